"""Every reply the core can produce, for tests that check them all.

Composed replies to every concern (every topic, audience, reason set, stated detail, sure or not),
advice and small talk; and every reply behind a button: "What else can I do?" for every concern
situation, helplines, help now, "Talk to a person now", "Yes", the "No" menu and each choice;
the quick exit and the privacy notice. Labels are the same in both languages.
"""
from __future__ import annotations

import itertools

from nlu.assessment import Assessment
from nlu.intents import SMALLTALK_INTENTS, topic_for
from nlu.vocabulary import CONCERN_TOPICS, REASON_OF_TOPIC, Action, Audience, Detail, Language, Reason, Topic, Urgency
from responses import (
    compose,
    compose_cleared,
    compose_help_now,
    compose_helplines,
    compose_more,
    compose_privacy,
    compose_talk_now,
    reply_to_button,
)
from responses.faq import SUBJECTS
from responses.feedback import MENU
from responses.situation import Situation

AUDIENCES = tuple(Audience)
LANGUAGES = tuple(Language)
CONCERNS = tuple(t for t in Topic if t in CONCERN_TOPICS)
REASON_SETS = (frozenset(), frozenset({Reason.DANGER}), frozenset({Reason.SELF_HARM}),
               frozenset({Reason.DANGER, Reason.SELF_HARM}))
DETAIL_SETS = (frozenset(), frozenset({Detail.ADULT}), frozenset({Detail.ALREADY_PAID}),
               frozenset({Detail.AI_IMAGE}), frozenset(Detail))


def concern_assessments(language):
    for topic, audience, reasons, uncertain, details in itertools.product(
            CONCERNS, AUDIENCES, REASON_SETS, (False, True), DETAIL_SETS):
        if topic in REASON_OF_TOPIC and REASON_OF_TOPIC[topic] not in reasons:
            continue  # these topics are always emergencies for their own reason
        urgency = Urgency.EMERGENCY if reasons else Urgency.NORMAL
        yield Assessment(language, topic.value, 0.9, topic, urgency, audience, reasons, uncertain, details)


def other_assessments(language):
    for subject, audience, uncertain in itertools.product(SUBJECTS, AUDIENCES, (False, True)):
        yield Assessment(language, f"faq/{subject}", 0.9, Topic.ADVICE, "normal", audience, uncertain=uncertain)
    for intent, audience, uncertain in itertools.product(
            SMALLTALK_INTENTS + ("out_of_scope",), AUDIENCES, (False, True)):
        yield Assessment(language, intent, 0.9, topic_for(intent), "normal", audience, uncertain=uncertain)


def all_assessments(language):
    yield from concern_assessments(language)
    yield from other_assessments(language)


def situations():
    seen = set()
    for topic, reasons, details in itertools.product(CONCERNS, REASON_SETS, DETAIL_SETS):
        if topic in REASON_OF_TOPIC and REASON_OF_TOPIC[topic] not in reasons:
            continue
        s = Situation(topic, reasons, details)
        if s not in seen:
            seen.add(s)
            yield s


def label_of(a):
    return (f"{a.topic}/{a.intent}/{a.audience}/{a.urgency}/{sorted(a.reasons)}/{sorted(a.details)}/"
            f"{a.uncertain}")


def composed_replies(language):
    for a in all_assessments(language):
        yield label_of(a), a, compose(a)


def button_replies(language):
    """(label, audience, reply) for every reply behind a button, the quick exit and privacy."""
    for audience in AUDIENCES:
        for s in situations():
            yield f"more:{s.encode()}/{audience}", audience, compose_more(s.encode(), audience, language)
            yield (f"yes:{s.encode()}/{audience}", audience,
                   reply_to_button(Action.RIGHT, s.encode(), audience, language))
        yield f"yes:advice/{audience}", audience, reply_to_button(Action.RIGHT, "advice", audience, language)
        yield f"helplines/{audience}", audience, compose_helplines(audience, language)
        yield f"help_now/{audience}", audience, compose_help_now(audience, language)
        for adult in (False, True):
            yield f"talk:{adult}/{audience}", audience, compose_talk_now(audience, language, adult)
            flags = "a" if adult else ""
            yield f"no:{flags}/{audience}", audience, reply_to_button(Action.WRONG, flags, audience, language)
            for choice in MENU:
                value = f"{choice}/{flags}" if flags else choice
                yield (f"pick:{value}/{audience}", audience,
                       reply_to_button(Action.CHOICE, value, audience, language))
        for deleted, not_deleted in ((3, 0), (0, 2), (7, 4)):
            yield (f"cleared:{deleted}:{not_deleted}/{audience}", audience,
                   compose_cleared(deleted, not_deleted, audience, language))
        yield f"privacy/{audience}", audience, compose_privacy(audience, language, days=30)


def all_replies(language):
    """(label, assessment or None, reply) for every reply."""
    yield from composed_replies(language)
    for label, _audience, reply in button_replies(language):
        yield label, None, reply
