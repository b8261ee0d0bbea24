"""Every intent the model knows, and the topic and urgency each one implies."""
from __future__ import annotations

from .vocabulary import REASON_OF_TOPIC, Reason, Topic

RISK_INTENTS = ("sextortion", "grooming", "image_shared", "immediate_danger", "self_harm")

ADVICE_INTENTS = (
    "advice_what_is_grooming",
    "advice_what_is_sextortion",
    "advice_grooming_signs",
    "advice_why_children_dont_tell",
    "advice_who_is_at_risk",
    "advice_block_report",
    "advice_talk_to_child",
    "advice_school_response",
    "advice_nudes_law",
)

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

ALL_INTENTS = RISK_INTENTS + ADVICE_INTENTS + SMALLTALK_INTENTS + (OUT_OF_SCOPE,)


def topic_for(intent: str) -> Topic:
    """The Assessment topic an intent belongs to."""
    if intent in RISK_INTENTS:
        return Topic(intent)
    if intent in ADVICE_INTENTS:
        return Topic.ADVICE
    if intent in SMALLTALK_INTENTS:
        return Topic.SMALLTALK
    return Topic.OUT_OF_SCOPE


def reasons_for(intent: str) -> frozenset[Reason]:
    """The reasons for urgency an intent implies by itself (danger now, self-harm)."""
    topic = topic_for(intent)
    return frozenset({REASON_OF_TOPIC[topic]}) if topic in REASON_OF_TOPIC else frozenset()
