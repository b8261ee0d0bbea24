"""Who is writing and in which language, from the words (no model needed)."""
import pytest

from nlu.audience import detect_audience
from nlu.language import detect_language, requested_language


@pytest.mark.parametrize("text,expected", [
    ("my son is being blackmailed over a video", "parent"),
    ("our 14 year old daughter sent a pic to someone", "parent"),
    ("i'm a mum and i found messages on her phone", "parent"),
    ("mae fy merch i wedi anfon lluniau", "parent"),
    ("dwi'n poeni am fy mab", "parent"),
    ("a pupil in year 8 told me someone is threatening her", "staff"),
    ("one of my learners disclosed something today", "staff"),
    ("as a governor what should we ask", "staff"),
    ("mae disgybl wedi dweud wrtha i", "staff"),
    ("a parent told me her son is being blackmailed, i'm his teacher", "staff"),
])
def test_audience_from_words(text, expected):
    assert detect_audience(text) == expected


def test_first_person_keeps_the_chats_choice():
    assert detect_audience("he says he'll post my pics") == "unknown"
    assert detect_audience("he says he'll post my pics", "young_person") == "young_person"
    assert detect_audience("what should i do", "parent") == "parent"


@pytest.mark.parametrize("text,expected", [
    ("someone says he'll post my pics unless i pay", "en"),
    ("mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu", "cy"),
    ("ma fe di cal nudes fi a mae e moyn arian", "cy"),
    ("dwi isio help plis", "cy"),
    ("he said if i dont send more he'll show everyone", "en"),
])
def test_language_from_text(text, expected):
    assert detect_language(text, "en" if expected == "cy" else "cy") == expected


@pytest.mark.parametrize("text", ["ok", "help", "helo", "👍", "", "x"])
def test_short_text_keeps_chat_language(text):
    assert detect_language(text, "cy") == "cy"
    assert detect_language(text, "en") == "en"


@pytest.mark.parametrize("text,expected", [
    ("Cymraeg", "cy"), ("welsh please", "cy"), ("English please", "en"), ("Saesneg", "en"),
    ("change language", None),
])
def test_requested_language(text, expected):
    assert requested_language(text) == expected
