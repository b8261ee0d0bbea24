"""Every reply the core can produce, for tests that check them all."""
from __future__ import annotations

import itertools

from nlu.assessment import Assessment
from nlu.intents import ADVICE_INTENTS, SMALLTALK_INTENTS, topic_for
from nlu.vocabulary import CONCERN_TOPICS, REASON_OF_TOPIC, Audience, Language, Reason, Topic, Urgency
from responses import compose, compose_help_now, compose_helplines, compose_more

AUDIENCES = tuple(Audience)
LANGUAGES = tuple(Language)
CONCERNS = tuple(t for t in Topic if t in CONCERN_TOPICS)
REASON_SETS = (frozenset(), frozenset({Reason.DANGER}), frozenset({Reason.SELF_HARM}),
               frozenset({Reason.DANGER, Reason.SELF_HARM}))


def concern_assessments(language):
    for topic, audience, reasons, uncertain in itertools.product(CONCERNS, AUDIENCES, REASON_SETS, (False, True)):
        if topic in REASON_OF_TOPIC and REASON_OF_TOPIC[topic] not in reasons:
            continue  # these topics are always emergencies for their own reason
        urgency = Urgency.EMERGENCY if reasons else Urgency.NORMAL
        yield Assessment(language, topic.value, 0.9, topic, urgency, audience, reasons, uncertain)


def other_assessments(language):
    for intent, audience in itertools.product(ADVICE_INTENTS + SMALLTALK_INTENTS + ("out_of_scope",), AUDIENCES):
        yield Assessment(language, intent, 0.9, topic_for(intent), "normal", audience)


def all_assessments(language):
    yield from concern_assessments(language)
    yield from other_assessments(language)


def all_replies(language):
    """(label, reply) for every reply: composed ones, 'more', helplines and 'help now'."""
    for a in all_assessments(language):
        yield (f"{a.topic}/{a.intent}/{a.audience}/{a.urgency}/{sorted(a.reasons)}/{a.uncertain}", a, compose(a))
    for topic, audience in itertools.product(CONCERNS, AUDIENCES):
        yield (f"more:{topic}/{audience}", None, compose_more(topic, audience, language))
    for audience in AUDIENCES:
        yield (f"helplines/{audience}", None, compose_helplines(audience, language))
        yield (f"help_now/{audience}", None, compose_help_now(audience, language))
