"""The Assessment contract: what the NLU layer understood about one message."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Optional

LANGUAGES = ("en", "cy")
TOPICS = (
    "sextortion",
    "grooming",
    "image_shared",
    "immediate_danger",
    "self_harm",
    "advice",
    "smalltalk",
    "out_of_scope",
)
CONCERN_TOPICS = frozenset({"sextortion", "grooming", "image_shared", "immediate_danger", "self_harm"})
URGENCIES = ("emergency", "normal")
AUDIENCES = ("young_person", "parent", "staff", "unknown")


@dataclass(frozen=True)
class Assessment:
    language: str
    intent: str
    confidence: float
    topic: str
    urgency: str
    audience: str
    # True when the model was unsure: the reply adds a checking question.
    uncertain: bool = False
    # What the deterministic safety layer found, if anything ('immediate_danger'/'self_harm').
    explicit_risk: Optional[str] = None

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown language {self.language!r}")
        if self.topic not in TOPICS:
            raise ValueError(f"unknown topic {self.topic!r}")
        if self.urgency not in URGENCIES:
            raise ValueError(f"unknown urgency {self.urgency!r}")
        if self.audience not in AUDIENCES:
            raise ValueError(f"unknown audience {self.audience!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError("confidence must be within 0..1")

    @property
    def is_concern(self) -> bool:
        return self.topic in CONCERN_TOPICS

    def as_dict(self) -> dict:
        return asdict(self)
