"""The Telegram front end's pure decisions."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from bot import telegram_logic as logic
from nlu.vocabulary import CHAT_AUDIENCES, CONCERN_TOPICS, Action, callback, parse_callback


@pytest.mark.parametrize("fields,kind", [
    ({"text": "hi"}, "text"),
    ({"text": ""}, "text"),
    ({"photo": [object()]}, "media"),
    ({"document": object()}, "media"),
    ({"video_note": object()}, "media"),
    ({"animation": object()}, "media"),
    ({"voice": object()}, "ask_to_type"),
    ({"sticker": object()}, "ask_to_type"),
    ({"poll": object()}, "ask_to_type"),
    ({"location": object()}, "personal_details"),
    ({"contact": object()}, "personal_details"),
    ({}, "other"),
])
def test_message_kind(fields, kind):
    assert logic.message_kind(SimpleNamespace(**fields)) == kind


@pytest.mark.parametrize("data,known", [
    ("lang:cy", True), ("aud:parent", True), ("more:sextortion", True), ("forget:yes", True),
    ("more:anything", False), ("lang:fr", False), ("", False), (None, False), ("x" * 64, False),
])
def test_only_callback_data_the_bot_made_is_acted_on(data, known):
    assert is_known(data) is known


def is_known(data):
    """Whether some button handler's pattern takes this callback data (as python-telegram-bot's
    CallbackQueryHandler does: re.match on a string)."""
    return isinstance(data, str) and any(re.match(logic.callback_pattern(a), data) for a in Action)


def test_welsh_command_names_answer_in_welsh():
    assert logic.command_language("/iaith") == "cy"
    assert logic.command_language("/dechrau@test_help_bot") == "cy"
    assert logic.command_language("/start") is None


def test_keyboard_puts_the_two_languages_side_by_side():
    rows = logic.keyboard_rows([("English", "lang:en"), ("Cymraeg", "lang:cy"), ("I'm a parent", "aud:parent")])
    assert rows == [[("English", "lang:en"), ("Cymraeg", "lang:cy")], [("I'm a parent", "aud:parent")]]


def test_mentions_bot():
    assert logic.mentions_bot("@test_help_bot hi", "test_help_bot")
    assert logic.mentions_bot("hi @Test_Help_Bot, can you help", "test_help_bot")
    assert not logic.mentions_bot("@someone_else hi", "test_help_bot")
    assert not logic.mentions_bot("@test_help_bot2 hi", "test_help_bot")  # another bot's name
    assert not logic.mentions_bot("hello", "test_help_bot")


def test_each_action_has_one_pattern_matching_exactly_the_data_the_bot_makes():
    made = ([callback(Action.LANGUAGE, v) for v in ("en", "cy")]
            + [callback(Action.AUDIENCE, a) for a in CHAT_AUDIENCES]
            + [callback(Action.MORE, t) for t in CONCERN_TOPICS]
            + [callback(Action.FORGET, v) for v in ("yes", "no")]
            + [callback(Action.HELPLINES), callback(Action.HELP_NOW)])
    for data in made:
        matching = [a for a in Action if re.match(logic.callback_pattern(a), data)]
        assert matching == [parse_callback(data)[0]], data
    for data in ("lang:fr", "aud:unknown", "more:smalltalk", "helplines:x", "forget:maybe", "lang:en\n"):
        assert not is_known(data), data
