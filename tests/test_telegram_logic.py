"""The Telegram front end's pure decisions."""
from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest

from bot import telegram_logic as logic
from bot.telegram_handlers import LANGUAGE_BUTTONS
from nlu.vocabulary import CONCERN_TOPICS, Action, Detail, Reason, Topic, callback, parse_callback
from responses import compose_more
from responses.compose import check_buttons, concern_buttons
from responses.situation import Situation
from tests.replies import AUDIENCES, LANGUAGES, all_replies


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


def matching_actions(data):
    """The actions whose button handler takes this callback data (python-telegram-bot's
    CallbackQueryHandler calls a callable pattern with the data)."""
    return [a for a in Action if logic.callback_pattern(a)(data)]


def buttons_the_bot_makes():
    """Every button behind every reply the core makes, in both languages, for every audience,
    following each "What else can I do?" to its last page and "No" to its menu."""
    made = set()
    for language in LANGUAGES:
        for _label, _a, reply in all_replies(language):
            made.update(data for _text, data in reply.buttons)
        for audience, s in itertools.product(AUDIENCES, all_situations()):
            made.update(data for _text, data in check_buttons(s, audience, language))
            if s.topic not in CONCERN_TOPICS:
                continue
            made.update(data for _text, data in concern_buttons(s, audience, language))
            page = compose_more(s, audience, language)
            while True:
                made.update(data for _text, data in page.buttons)
                more = [data for _text, data in page.buttons if data.startswith("more:")]
                if not more:
                    break
                page = compose_more(parse_callback(more[0])[1], audience, language)
    made.update(data for _text, data in LANGUAGE_BUTTONS)
    made.update(callback(Action.FORGET, v) for v in ("yes", "no"))
    return made


def all_situations():
    """Every situation a reply can be about: every topic, reason set and set of details."""
    for topic in Topic:
        for reasons in (frozenset(), *(frozenset({r}) for r in Reason), frozenset(Reason)):
            for n in range(len(Detail) + 1):
                for details in itertools.combinations(Detail, n):
                    yield Situation(topic, reasons, frozenset(details))


MADE = buttons_the_bot_makes()


def test_every_button_the_bot_makes_has_exactly_its_own_handler():
    assert len(MADE) > 100  # every action, many situations and pages
    assert {parse_callback(data)[0] for data in MADE} == set(Action)
    for data in MADE:
        assert matching_actions(data) == [parse_callback(data)[0]], data


def test_the_longest_callback_data_the_bot_makes_fits_telegrams_64_bytes():
    longest = max(MADE, key=lambda data: len(data.encode()))
    print("longest callback data:", longest, len(longest.encode()), "bytes")
    assert len(longest.encode()) <= 64
    assert longest.count("/") == 1 and parse_callback(longest)[0] in (Action.MORE, Action.RIGHT)


@pytest.mark.parametrize("data", [
    "lang:fr", "aud:unknown", "more:smalltalk", "more:bullying", "more:sextortion/zz", "more:sextortion.1",
    "helplines:", "helplines:x", "help_now:", "forget:maybe", "lang:en\n", "yes:", "yes:nonsense", "no:",
    "no:s", "no:x", "pick:nope", "pick:danger/s", "talk:", "talk:s", "drop table; --", "", None, "x" * 64,
    "more:sextortion" + "/" + "a" * 60,
])
def test_callback_data_the_bot_never_makes_has_no_handler_but_the_catch_all(data):
    assert matching_actions(data) == []


def test_urgent_buttons_and_the_menus_choices_are_taken_by_their_own_handlers():
    for data in ("help_now", "talk", "talk:a", "no", "no:a", "pick:danger", "pick:danger/a", "pick:sextortion",
                 "pick:question/a", "yes:sextortion/as", "more:sextortion/as.2"):
        assert matching_actions(data) == [parse_callback(data)[0]], data


def test_messages_to_delete_go_in_batches_of_at_most_100():
    assert logic.chunks(list(range(250)), logic.DELETE_AT_ONCE) == [
        list(range(100)), list(range(100, 200)), list(range(200, 250))]
    assert logic.chunks([], 100) == []


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
