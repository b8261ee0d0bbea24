"""The Assessment contract: what the NLU layer understood about one message.

Two questions, answered apart: what is happening (`topic`) and how urgent it is (`urgency`, with
the `reasons`: danger now, self-harm, or both). A message can be sextortion *and* self-harm.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import FrozenSet

from .vocabulary import CONCERN_TOPICS, REASON_OF_TOPIC, Audience, Detail, Language, Reason, Topic, Urgency


@dataclass(frozen=True)
class Assessment:
    language: Language
    intent: str
    confidence: float
    topic: Topic
    urgency: Urgency
    audience: Audience
    # Why it is an emergency; empty when urgency is normal.
    reasons: FrozenSet[Reason] = field(default_factory=frozenset)
    # True when the model was unsure: the reply asks whether it understood.
    uncertain: bool = False
    # Facts the person stated that change the route: 18 or over, already paid, an AI-made image.
    details: FrozenSet[Detail] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # Plain values are accepted and turned into the vocabulary's members (ValueError if not one).
        set_ = object.__setattr__
        set_(self, "language", Language(self.language))
        set_(self, "topic", Topic(self.topic))
        set_(self, "urgency", Urgency(self.urgency))
        set_(self, "audience", Audience(self.audience))
        reasons = frozenset(Reason(r) for r in self.reasons)
        if self.topic in REASON_OF_TOPIC:
            reasons |= {REASON_OF_TOPIC[self.topic]}
        set_(self, "reasons", reasons)
        set_(self, "details", frozenset(Detail(d) for d in self.details))
        if reasons and self.urgency is not Urgency.EMERGENCY:
            raise ValueError("an assessment with reasons for urgency must be an emergency")
        if self.urgency is Urgency.EMERGENCY and not reasons:
            raise ValueError("an emergency needs a reason (danger, self_harm)")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError("confidence must be within 0..1")

    @property
    def is_concern(self) -> bool:
        return self.topic in CONCERN_TOPICS

    @property
    def is_emergency(self) -> bool:
        return self.urgency is Urgency.EMERGENCY

    def as_dict(self) -> dict:
        """Plain values for JSON: the contract's keys, reasons sorted."""
        return {
            "language": self.language.value, "intent": self.intent, "confidence": self.confidence,
            "topic": self.topic.value, "urgency": self.urgency.value,
            "reasons": sorted(r.value for r in self.reasons), "audience": self.audience.value,
            "uncertain": self.uncertain, "details": sorted(d.value for d in self.details),
        }
