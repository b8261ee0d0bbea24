"""Settings, the page's language, the access gate and the plain words of an assessment."""
from __future__ import annotations

import pytest

from bot.staff_page import assessment_words as words
from bot.staff_page.page_language import choose, from_accept_language
from bot.staff_page.security import AccessGate, same_site
from bot.staff_page.settings import StaffSettingsError, load_staff_settings
from nlu.assessment import Assessment
from nlu.vocabulary import Audience, Language, Reason, Topic, Urgency


def test_defaults_are_this_computer_only_on_port_8080():
    settings = load_staff_settings({})
    assert (settings.host, settings.port, settings.access_code, settings.url) == (
        "127.0.0.1", 8080, None, "http://127.0.0.1:8080")
    assert "correct" not in repr(load_staff_settings({"STAFF_ACCESS_CODE": "correct-horse"}))


@pytest.mark.parametrize("env, says", [
    ({"STAFF_HOST": "0.0.0.0"}, "set STAFF_ACCESS_CODE too"),
    ({"STAFF_HOST": "192.168.1.20"}, "set STAFF_ACCESS_CODE too"),
    ({"STAFF_PORT": "eighty"}, "STAFF_PORT must be a port number"),
    ({"STAFF_PORT": "70000"}, "STAFF_PORT must be a port number"),
    ({"STAFF_ACCESS_CODE": "abc"}, "at least 6 characters"),
])
def test_bad_settings_are_refused_with_a_clear_reason(env, says):
    with pytest.raises(StaffSettingsError, match=says):
        load_staff_settings(env)


def test_another_address_with_a_code_is_allowed():
    assert load_staff_settings({"STAFF_HOST": "0.0.0.0", "STAFF_ACCESS_CODE": "correct-horse"}).host == "0.0.0.0"
    assert load_staff_settings({"STAFF_HOST": "localhost"}).access_code is None


@pytest.mark.parametrize("header, language", [
    ("cy", "cy"), ("cy-GB,en;q=0.8", "cy"), ("en-GB,cy;q=0.9", "en"), ("fr,cy;q=0.5,en;q=0.4", "cy"),
    ("en;q=0.3,cy;q=0.7", "cy"), ("", "en"), (None, "en"), ("de,fr", "en"), ("cy;q=bad,en", "en"),
])
def test_welsh_when_the_browser_prefers_it(header, language):
    assert from_accept_language(header) == language


def test_the_switch_wins_over_the_browser():
    assert choose("en", "cy") == Language.EN and choose("cy", "en") == Language.CY and choose("xx", "cy") == Language.CY


def test_the_access_gate_admits_its_own_token_and_limits_wrong_codes():
    gate = AccessGate("correct-horse")
    assert not gate.admits(None) and not gate.admits("forged") and gate.admits(gate.session_token())
    assert AccessGate("correct-horse").session_token() != gate.session_token()   # a restart asks again
    assert gate.check(" correct-horse ")
    for n in range(10):
        assert not gate.check("guess", now=100.0 + n)
    assert not gate.check("correct-horse", now=110.0)      # too many tries in a minute
    assert gate.check("correct-horse", now=200.0)
    assert AccessGate(None).admits(None)


def test_same_site_by_fetch_metadata_then_origin():
    assert same_site({"Sec-Fetch-Site": "same-origin", "Origin": "null"}, "h:1", "http")
    assert not same_site({"Sec-Fetch-Site": "same-site"}, "h:1", "http")
    assert same_site({"Origin": "http://h:1"}, "h:1", "http")
    assert not same_site({"Origin": "http://other:1"}, "h:1", "http")
    assert same_site({}, "h:1", "http")


def test_every_value_of_the_vocabulary_has_plain_words():
    assert set(words.TOPIC_NAMES) == set(Topic) == set(words.TOPIC_SENTENCES)
    assert set(words.URGENCY_NAMES) == set(Urgency) and set(words.REASON_NAMES) == set(Reason)
    assert set(words.AUDIENCE_NAMES) == set(Audience) and set(words.LANGUAGE_NAMES) == set(Language)


def test_plain_words_for_an_emergency_with_both_reasons_and_choices_made_on_the_page():
    a = Assessment(language="cy", intent="sextortion", confidence=0.55, topic="sextortion", urgency="emergency",
                   audience="parent", reasons=frozenset({"self_harm", "danger"}), uncertain=True)
    plain = words.describe(a, lambda s: s, chosen_audience=Audience.PARENT)
    assert plain.urgency == "Emergency: danger right now, self-harm or suicide" and plain.emergency
    assert plain.audience == "A parent or carer (chosen on this page)" and plain.language == "Welsh"
    assert plain.sureness.startswith("Unsure") and plain.confidence_percent == 55
