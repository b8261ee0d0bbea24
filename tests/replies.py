"""Every reply the core can produce, for tests that check them all."""
from __future__ import annotations

import itertools

from nlu.assessment import Assessment
from nlu.intents import ADVICE_INTENTS, SMALLTALK_INTENTS, topic_for
from responses import compose, compose_help_now, compose_helplines, compose_more

AUDIENCES = ("young_person", "parent", "staff", "unknown")
LANGUAGES = ("en", "cy")
CONCERNS = ("sextortion", "grooming", "image_shared", "immediate_danger", "self_harm")


def concern_assessments(language):
    for topic, audience, urgency, explicit, uncertain in itertools.product(
        CONCERNS, AUDIENCES, ("normal", "emergency"), (None, "immediate_danger", "self_harm"), (False, True)
    ):
        if topic in ("immediate_danger", "self_harm") and urgency == "normal":
            continue  # these topics are always emergencies
        if explicit is not None and urgency == "normal":
            continue  # the safety layer always raises urgency
        yield Assessment(language, topic, 0.9, topic, urgency, audience, uncertain, explicit)


def other_assessments(language):
    for intent, audience in itertools.product(ADVICE_INTENTS + SMALLTALK_INTENTS + ("out_of_scope",), AUDIENCES):
        yield Assessment(language, intent, 0.9, topic_for(intent), "normal", audience)


def all_assessments(language):
    yield from concern_assessments(language)
    yield from other_assessments(language)


def all_replies(language):
    """(label, reply) for every reply: composed ones, 'more', helplines and 'help now'."""
    for a in all_assessments(language):
        yield (f"{a.topic}/{a.intent}/{a.audience}/{a.urgency}/{a.explicit_risk}/{a.uncertain}", a, compose(a))
    for topic, audience in itertools.product(CONCERNS, AUDIENCES):
        yield (f"more:{topic}/{audience}", None, compose_more(topic, audience, language))
    for audience in AUDIENCES:
        yield (f"helplines/{audience}", None, compose_helplines(audience, language))
        yield (f"help_now/{audience}", None, compose_help_now(audience, language))
