"""The quick exit (/clear, /clirio) and the privacy notice that goes with it."""
from __future__ import annotations

import pytest

from responses import compose_cleared, compose_privacy


def test_the_cleared_reply_says_what_went_what_could_not_and_how_to_finish_in_the_app():
    reply = compose_cleared(12, 3, "young_person", "en").text
    assert "Messages deleted from this chat: 12." in reply
    assert "more than 48 hours old: 3." in reply
    assert "press and hold this chat" in reply and "swipe left" in reply and "Delete" in reply
    assert "messages from the person doing this" in reply and "not evidence you need to keep" in reply


def test_nothing_left_behind_says_nothing_about_it():
    reply = compose_cleared(5, 0, "parent", "en").text
    assert "would not let me delete" not in reply and "Messages deleted from this chat: 5." in reply


@pytest.mark.parametrize("audience,imperative", [("young_person", "pwysa"), ("parent", "pwyswch")])
def test_the_welsh_cleared_reply_is_in_the_readers_register(audience, imperative):
    reply = compose_cleared(2, 1, audience, "cy").text
    assert imperative in reply and "Negeseuon wedi'u dileu o'r sgwrs hon: 2." in reply
    assert "hŷn na 48 awr: 1." in reply


def test_the_cleared_reply_names_nothing_of_what_the_chat_was_about():
    """Someone else may pick up the phone: the reply that stays says nothing of blackmail or images."""
    for language in ("en", "cy"):
        text = compose_cleared(4, 2, "young_person", language).text.lower()
        for word in ("blackmail", "nude", "picture", "sextortion", "blacmel", "noeth", "llun"):
            assert word not in text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_privacy_says_message_ids_never_text_are_kept_48_hours_for_the_quick_exit(language):
    text = compose_privacy("young_person", language, days=30).text
    if language == "en":
        assert "numbers (ids) of the messages" in text and "never what they say" in text
        assert "for 48 hours and no longer" in text and "/clear" in text and "30 days" in text
    else:
        assert "rhifau (ids) y negeseuon" in text and "am 48 awr a dim hirach" in text and "/clirio" in text
