"""What a concern reply was about, carried in its buttons so that the next reply fits it.

A reply's buttons ("What else can I do?", "Yes", "No", "Talk to a person now") must answer from
(action, value, audience, language) alone: the bot stores nothing about the conversation. So the
value carries the situation the first reply was composed for: the topic, the reasons it was an
emergency and the details stated (18 or over, already paid, AI-made image), in a short code:

    "sextortion"          a sextortion reply
    "sextortion/as"       ... on the adult route, mixed with self-harm

Telegram allows 64 bytes of callback data; the longest value here is well within that.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, FrozenSet, Iterable, Optional, Tuple, Union

from nlu.assessment import Assessment
from nlu.vocabulary import CONCERN_TOPICS, REASON_OF_TOPIC, Detail, Reason, Topic

_FLAGS: Dict[str, Union[Detail, Reason]] = {
    "a": Detail.ADULT, "p": Detail.ALREADY_PAID, "i": Detail.AI_IMAGE,
    "d": Reason.DANGER, "s": Reason.SELF_HARM,
}
_CODE = {member: code for code, member in _FLAGS.items()}


@dataclass(frozen=True)
class Situation:
    topic: Topic
    reasons: FrozenSet[Reason] = field(default_factory=frozenset)
    details: FrozenSet[Detail] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "topic", Topic(self.topic))
        reasons = frozenset(Reason(r) for r in self.reasons)
        if self.topic in REASON_OF_TOPIC:
            reasons |= {REASON_OF_TOPIC[self.topic]}
        object.__setattr__(self, "reasons", reasons)
        object.__setattr__(self, "details", frozenset(Detail(d) for d in self.details))

    @classmethod
    def of(cls, a: Assessment) -> Situation:
        return cls(a.topic, a.reasons, a.details)

    @property
    def is_emergency(self) -> bool:
        return bool(self.reasons)

    @property
    def adult(self) -> bool:
        return Detail.ADULT in self.details

    def flags(self) -> str:
        """The reasons and details as a short code: 'as' is adult + self-harm."""
        return "".join(sorted(_CODE[m] for m in self.details | self.reasons))

    def encode(self) -> str:
        flags = self.flags()
        return f"{self.topic.value}/{flags}" if flags else self.topic.value

    @classmethod
    def decode(cls, value: str) -> Optional[Situation]:
        """The situation in a button's value, or None if the bot could not have made it."""
        topic, _sep, flags = (value or "").partition("/")
        parsed = parse_flags(flags)
        if topic not in {t.value for t in Topic} or parsed is None:
            return None
        reasons, details = parsed
        return cls(Topic(topic), reasons, details)


def parse_flags(flags: str) -> Optional[Tuple[FrozenSet[Reason], FrozenSet[Detail]]]:
    """(reasons, details) from a flag code, or None for a code the bot never makes."""
    if any(f not in _FLAGS for f in flags) or len(set(flags)) != len(flags) or list(flags) != sorted(flags):
        return None
    members = [_FLAGS[f] for f in flags]
    return (frozenset(m for m in members if isinstance(m, Reason)),
            frozenset(m for m in members if isinstance(m, Detail)))


def details_flags(details: Iterable[object]) -> str:
    """Only the details' code (for buttons whose answer depends on the route, not the topic)."""
    return "".join(sorted(_CODE[Detail(d)] for d in details))


def is_concern(situation: Situation) -> bool:
    return situation.topic in CONCERN_TOPICS
