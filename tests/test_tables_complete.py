"""Every table keyed by the vocabulary has an entry for every member it must cover.

A type checker cannot see a missing dict key, so adding a topic, reason, detail, audience,
language or button action fails here until every layer has its entry. (Branches over the
vocabulary end in `assert_never`, which mypy checks in `make lint`.)
"""
from __future__ import annotations

import itertools

import pytest

from bot.console import press
from bot.core import ChatPrefs
from bot.staff_page import assessment_words as words
from bot.staff_page.app import DATE_LOCALES
from nlu.vocabulary import (
    CHAT_AUDIENCES,
    CONCERN_TOPICS,
    REASON_OF_TOPIC,
    TOPIC_OF_REASON,
    Action,
    Audience,
    Detail,
    Language,
    Reason,
    Topic,
    Urgency,
    callback,
)
from responses import advice, buttons, failsafe_reply, faq, feedback, guidance, i18n
from responses.compose import REPLY_BUDGET, URGENT_ORDER
from responses.situation import Situation

READERS = set(CHAT_AUDIENCES)


def test_every_concern_has_guidance_for_every_reader_and_route():
    assert set(guidance.CONCERNS) == set(itertools.product(CONCERN_TOPICS, READERS))
    assert set(guidance.ADULT_CONCERNS) == set(itertools.product(guidance.ADULT_TOPICS, READERS))
    assert set(REASON_OF_TOPIC) <= set(CONCERN_TOPICS)


def test_every_reason_has_urgent_steps_services_a_place_in_the_order_and_a_topic():
    for table in (guidance.EMERGENCY_ADVICE, guidance.EMERGENCY_ADVICE_YP, guidance.EMERGENCY_SIGNPOSTS):
        assert set(table) == set(Reason)
    assert sorted(URGENT_ORDER) == sorted(Reason)  # each reason once
    assert set(TOPIC_OF_REASON) == set(Reason)


def test_every_reader_has_its_wording_services_and_budget():
    for table in (guidance.HELPLINES, guidance.HELP_NOW, REPLY_BUDGET, feedback.MENU_LABELS,
                  feedback.ACKNOWLEDGED, feedback.QUESTION_PROMPT):
        assert set(table) == READERS
    for table in (guidance.TALK_NOW, guidance.HUMAN_SERVICE):
        assert set(table) == set(itertools.product(READERS, (False, True)))
    for labels in feedback.MENU_LABELS.values():
        assert set(labels) == set(feedback.MENU)
    for subject, answer in faq.FAQ.items():
        assert set(answer.signposts) == READERS, subject
    for advice_id, wording in advice.ADVICE.items():
        assert wording and set(wording) <= READERS, advice_id


@pytest.mark.parametrize("audience", sorted(READERS))
def test_the_console_confirms_every_audience_a_chat_can_choose(audience):
    prefs = ChatPrefs()
    reply = press(callback(Action.AUDIENCE, audience), prefs)
    assert prefs.audience is audience and reply is not None and reply.text


def test_every_action_is_answered_by_the_shared_table_or_by_the_front_end():
    answered, state = set(buttons._REPLIES), set(buttons.STATE_ACTIONS)
    assert not answered & state
    assert answered | state == set(Action)
    assert set(buttons._STATE_VALUES) == state


@pytest.mark.parametrize("member", list(Reason) + list(Detail))
def test_a_buttons_situation_carries_every_reason_and_detail(member):
    reasons = {member} if isinstance(member, Reason) else set()
    details = {member} if isinstance(member, Detail) else set()
    s = Situation(Topic.SEXTORTION, frozenset(reasons), frozenset(details))
    assert Situation.decode(s.encode()) == s


@pytest.mark.parametrize("audience", [Audience.YOUNG_PERSON, Audience.PARENT])
def test_every_language_has_a_catalog_a_fail_safe_reply_and_a_date_format(audience):
    assert set(i18n.SUPPORTED) == set(Language)
    assert set(DATE_LOCALES) == set(Language)
    texts = {failsafe_reply(language, audience).text for language in Language}
    assert len(texts) == len(Language)  # each in its own language, not the English for all


def test_the_staff_page_has_words_for_every_member():
    assert set(words.URGENCY_NAMES) == set(Urgency)
    assert set(words.REASON_NAMES) == set(Reason)
    assert set(words.AUDIENCE_NAMES) == set(Audience)
    assert set(words.LANGUAGE_NAMES) == set(Language)
    assert set(words.AUDIENCE_CHOICES) == READERS
