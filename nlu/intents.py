"""Every label the model knows, and the topic and urgency each one implies.

Two questions in one label: what is happening, and why it is urgent. A label is a topic alone
(`sextortion`), or a topic joined with the reasons that make it an emergency
(`sextortion+self_harm`, `grooming+immediate_danger`): Rasa's multi-intent labels
(`intent_tokenization_flag`, split on "+"), so the label's parts are also its features.
Advice questions are one retrieval intent, `faq`; Rasa's ResponseSelector picks the subject, and
the assessment's intent is `faq/<subject>` (answered by responses/faq.py).
"""
from __future__ import annotations

from typing import Iterable

from .vocabulary import REASON_OF_TOPIC, TOPIC_OF_REASON, Reason, Topic

SPLIT = "+"

RISK_INTENTS = ("sextortion", "grooming", "image_shared", "immediate_danger", "self_harm")

# A concern and an emergency at once (the model's labels; the safety layer adds its own reasons).
MIXED_INTENTS = (
    "sextortion+self_harm",
    "image_shared+self_harm",
    "grooming+self_harm",
    "sextortion+immediate_danger",
    "grooming+immediate_danger",
    "image_shared+immediate_danger",
    "immediate_danger+self_harm",
)

RETRIEVAL_INTENT = "faq"
FAQ_SUBJECTS = (
    "what_is_grooming",
    "what_is_sextortion",
    "grooming_signs",
    "why_children_dont_tell",
    "who_is_at_risk",
    "block_report",
    "talk_to_child",
    "school_response",
    "nudes_law",
    "what_is_ceop",
    "what_is_childline",
    "what_is_report_remove",
    "what_is_meic",
    "what_is_take_it_down",
    "which_service",
    "privacy_settings",
    "location_sharing",
    "stranger_requests",
    "deepfakes",
    "already_paid",
    "app_age_limits",
    "online_safety_policy",
    "staff_training",
    "what_happens_after_report",
    "confidentiality",
    "parental_controls",
)
ADVICE_INTENTS = tuple(f"{RETRIEVAL_INTENT}/{subject}" for subject in FAQ_SUBJECTS)

SMALLTALK_INTENTS = (
    "greet",
    "thanks",
    "goodbye",
    "bot_challenge",
    "what_can_you_do",
    "change_language",
)

OUT_OF_SCOPE = "out_of_scope"
FALLBACK = "nlu_fallback"

# The intents of the domain (what DIET classifies; `faq` stands for every advice subject).
MODEL_INTENTS = RISK_INTENTS + MIXED_INTENTS + (RETRIEVAL_INTENT,) + SMALLTALK_INTENTS + (OUT_OF_SCOPE,)
# Every intent an Assessment can carry, and every label of the training data.
ALL_INTENTS = RISK_INTENTS + MIXED_INTENTS + ADVICE_INTENTS + SMALLTALK_INTENTS + (OUT_OF_SCOPE,)


def faq_intent(subject: str) -> str:
    return f"{RETRIEVAL_INTENT}/{subject}"


def parts(intent: str) -> tuple[str, ...]:
    """The parts of a label: 'sextortion+self_harm' -> ('sextortion', 'self_harm')."""
    return tuple(intent.split(SPLIT))


def topic_for(intent: str) -> Topic:
    """The Assessment topic a label belongs to (the first part of a mixed label)."""
    first = parts(intent)[0]
    if first in RISK_INTENTS:
        return Topic(first)
    if intent == RETRIEVAL_INTENT or intent.startswith(RETRIEVAL_INTENT + "/"):
        return Topic.ADVICE
    if intent in SMALLTALK_INTENTS:
        return Topic.SMALLTALK
    return Topic.OUT_OF_SCOPE


def mixed_intent(topic: Topic, reasons: Iterable[Reason]) -> str:
    """The label of a concern that is also urgent: 'sextortion+self_harm'. With both reasons, the
    self-harm one (the label set has one reason per concern; the reasons travel apart)."""
    order = (Reason.SELF_HARM, Reason.DANGER)
    present = [r for r in order if r in set(reasons)]
    if not present:
        return topic.value
    return SPLIT.join((topic.value, TOPIC_OF_REASON[present[0]].value))


def reasons_for(intent: str) -> frozenset[Reason]:
    """The reasons for urgency a label implies by itself (danger now, self-harm)."""
    found = set()
    for part in parts(intent):
        if part in RISK_INTENTS and Topic(part) in REASON_OF_TOPIC:
            found.add(REASON_OF_TOPIC[Topic(part)])
    return frozenset(found)
