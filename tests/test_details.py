"""Facts stated in a message: 18 or over, already paid, an AI-made image (nlu/details.py)."""
from __future__ import annotations

import pytest

from bot.core import ChatPrefs, respond
from nlu.details import stated_details
from nlu.vocabulary import Detail

ADULT = ["i'm 18", "im 19", "I'm 20", "i am 18 and he says he'll post my nudes", "my daughter is 19",
         "my son (19) is being blackmailed", "my 19 year old son", "I turned 18 last week", "i'm over 18",
         "the student is 18", "dwi'n 18", "rwy'n 19 oed", "dw i'n 20 ac mae o'n bygwth", "mae fy merch yn 19",
         "mae fy mab i'n 20", "fy merch 19 oed", "dwi dros 18"]
NOT_ADULT = ["i told him i'm 18", "he thinks im 18", "when i'm 18 i can drive", "im 15", "i'm 16 and he is 20",
             "he is 19", "he says hes 25", "my friend is 19", "my son is 14", "i'm 18 months clean",
             "dwi'n 15", "mae o'n 19", "mae fy mab yn 14"]
PAID = ["i already paid", "i paid him 50", "ive paid", "i've already paid them", "we sent him £200",
        "my son paid them", "i sent him more pics", "already sent money", "dw i wedi talu", "dwi di talu'n barod",
        "nes i dalu", "talais i £50", "mae fy mab wedi talu", "wedi anfon arian"]
NOT_PAID = ["i haven't paid", "i didn't pay", "should i pay", "unless i pay", "he wants me to pay",
            "i sent him a pic", "he paid for my game", "dwi ddim wedi talu", "heb dalu", "os na dwi'n talu",
            "sa i wedi talu"]
AI = ["they made a fake nude of me", "it's a deepfake", "AI generated nudes of me", "he used ai to make nudes",
      "photoshopped my face onto a porn pic", "lluniau ffug ohona i", "llun noeth ffug", "wedi creu lluniau gydag AI"]
NOT_AI = ["is this a fake account", "are you an ai", "ai fi sydd ar fai?", "cyfrif ffug", "my ai homework"]


@pytest.mark.parametrize("text", ADULT)
def test_an_adult_age_is_noticed(text):
    assert Detail.ADULT in stated_details(text)


@pytest.mark.parametrize("text", NOT_ADULT)
def test_claimed_other_peoples_and_under_18_ages_are_not_adults(text):
    assert Detail.ADULT not in stated_details(text)


@pytest.mark.parametrize("text", PAID)
def test_already_paid_is_noticed(text):
    assert Detail.ALREADY_PAID in stated_details(text)


@pytest.mark.parametrize("text", NOT_PAID)
def test_not_paying_is_not_already_paid(text):
    assert Detail.ALREADY_PAID not in stated_details(text)


@pytest.mark.parametrize("text", AI)
def test_ai_made_images_are_noticed(text):
    assert Detail.AI_IMAGE in stated_details(text)


@pytest.mark.parametrize("text", NOT_AI)
def test_fake_accounts_and_welsh_ai_are_not_ai_images(text):
    assert Detail.AI_IMAGE not in stated_details(text)


def test_known_accepted_false_alarm_an_ai_question_about_a_drawing():
    """Only adds the "made with AI is treated like a real one" line to a concern reply, if any."""
    assert Detail.AI_IMAGE in stated_details("is it made with ai? my drawing")


def test_a_forwarded_message_gives_no_age_or_payment_of_the_reader():
    text = "i'm 25 and you already paid, i made a fake nude of you"
    assert stated_details(text, by_reader=False) == {Detail.AI_IMAGE}


@pytest.mark.parametrize("text,language", [
    ("i'm 19 and someone says he'll post my nudes unless i pay", "en"),
    ("dwi'n 19 ac mae o'n bygwth rhannu lluniau noeth ohona i os na dwi'n talu", "cy"),
])
def test_an_18_plus_sextortion_message_gets_the_adult_route(text, language, model):
    outcome = respond(text, ChatPrefs(language=language), model=model)
    a, reply = outcome.assessment, outcome.reply
    assert Detail.ADULT in a.details and a.topic in ("sextortion", "image_shared")
    assert {"stopncii", "revenge_porn_helpline"} <= set(reply.signposts)
    assert "report_remove" not in reply.signposts and "take_it_down" not in reply.signposts
    assert "StopNCII" in reply.text and "0345 6000 459" in reply.text
    assert ("18 or over" if language == "en" else "18 oed neu'n hŷn") in reply.text


def test_under_18_keeps_report_remove(model):
    reply = respond("im 15 and he says he'll post my nudes unless i pay", ChatPrefs(), model=model).reply
    assert "report_remove" in reply.signposts and "stopncii" not in reply.signposts


def test_already_paid_changes_dont_pay_to_the_already_paid_advice(model):
    outcome = respond("i already paid him £100 and he still says he'll post my nudes", ChatPrefs(), model=model)
    assert Detail.ALREADY_PAID in outcome.assessment.details
    assert "already_paid" in outcome.reply.advice and "don't pay again" in outcome.reply.text.lower()
