"""Help now, from anywhere: a message that is only a plea for help gets the help-now reply."""
from __future__ import annotations

import pytest

from bot.core import ChatPrefs, apply_choices, respond
from nlu.vocabulary import CONCERN_TOPICS
from responses import help_now_plea

PLEAS_EN = ["help", "Help me", "HELP!!!", "SOS", "sos", "999", "help me please", "please help me", "help pls",
            "help plis", "i need help", "I need help now", "need help asap", "someone help me", "help now",
            "urgent help", "emergency", "/now"]
PLEAS_CY = ["helpu", "Helpa fi", "helpa fi plis", "helpwch fi os gwelwch yn dda", "dw i angen help",
            "dwi angen help nawr", "angen help rwan", "cymorth", "argyfwng", "help nawr", "/nawr"]
NEAR_MISSES = [
    "can you help me with my homework", "help me make a photo collage for my nan", "how can i help my son",
    "thanks for the help", "that was helpful", "no help at all", "what does sos mean", "i need help with maths",
    "call 999", "is 999 free", "/help", "/helplines", "help me with my homework plis",
    "helpu gyda gwaith cartref", "allwch chi helpu fi gyda fy ngwaith cartref", "diolch am yr help",
    "help me he's outside my house",  # not a bare plea: the safety layer answers it as danger
]


@pytest.mark.parametrize("text", PLEAS_EN + PLEAS_CY)
def test_short_pleas_for_help_are_recognised(text):
    assert help_now_plea(text) is not None


@pytest.mark.parametrize("text", PLEAS_CY)
def test_welsh_pleas_answer_in_welsh(text):
    assert help_now_plea(text).language == "cy"


@pytest.mark.parametrize("text", ["help", "help plis", "SOS", "999"])
def test_neutral_pleas_keep_the_chats_language(text):
    assert help_now_plea(text).language is None


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_pleas(text):
    assert help_now_plea(text) is None


def test_help_typed_in_the_middle_of_a_conversation_gets_the_help_now_reply(model):
    prefs = ChatPrefs()
    apply_choices(respond("someone says he'll post my pics unless i pay", prefs, model=model), prefs)
    outcome = respond("help", prefs, model=model)
    assert outcome.help_now and outcome.urgent
    reply = outcome.reply
    assert reply.signposts == ["police_999", "childline", "meic", "shout", "samaritans"]
    assert reply.text.startswith("If you are in danger right now, call 999.")
    assert "0800 1111" in reply.text and "SHOUT" in reply.text and "080880 23456" in reply.text


def test_help_in_a_welsh_chat_is_answered_in_welsh_and_keeps_the_chat_welsh(model):
    prefs = ChatPrefs(language="cy", audience="parent")
    outcome = respond("help", prefs, model=model)
    apply_choices(outcome, prefs)
    assert outcome.help_now and prefs.language == "cy"
    assert outcome.reply.text.startswith("Os ydych chi mewn perygl nawr, ffoniwch 999.")
    assert outcome.reply.signposts == ["police_999", "nspcc", "police_101", "samaritans"]


def test_helpu_in_an_english_chat_is_answered_in_welsh(model):
    outcome = respond("helpu", ChatPrefs(language="en"), model=model)
    assert outcome.help_now and "ffonia 999" in outcome.reply.text


@pytest.mark.parametrize("text", ["can you help me with my homework", "helpu gyda gwaith cartref"])
def test_a_near_miss_gets_the_ordinary_reply_and_does_no_harm(text, model):
    outcome = respond(text, ChatPrefs(), model=model)
    assert not outcome.help_now and not outcome.failed and not outcome.urgent
    assert outcome.assessment.topic not in CONCERN_TOPICS  # no safeguarding guidance for homework
    assert "childline" in outcome.reply.signposts  # and still a person to talk to


def test_help_still_gets_the_help_now_reply_when_the_model_is_broken():
    class BrokenModel:
        def parse(self, text):
            raise RuntimeError("boom")

    outcome = respond("help me", ChatPrefs(language="cy"), model=BrokenModel())
    assert outcome.help_now and not outcome.failed and outcome.urgent
    assert outcome.reply.signposts[0] == "police_999" and "ffonia 999" in outcome.reply.text


def test_a_forwarded_help_is_what_someone_else_wrote_not_a_plea(model):
    outcome = respond("help", ChatPrefs(), model=model, forwarded=True)
    assert not outcome.help_now
