"""A checked list: rows (what the bot understood and answered) and a summary worth printing.

Pure functions: items in, rows out (through the same core as the bot), rows -> summary, rows -> CSV.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from typing_extensions import assert_never

from nlu.assessment import Assessment
from nlu.vocabulary import CONCERN_TOPICS, REASON_OF_TOPIC, Audience, Language, Reason, Topic, Urgency
from responses import Reply

from ..core import ChatPrefs, respond
from .upload import EXPECT_EMERGENCY, Item

# How a message was treated, each message counted once: an emergency first, then its concern,
# advice, or an ordinary message (everyday chat, or something the bot does not deal with).
EMERGENCY = "emergency"
ADVICE = "advice"
ORDINARY = "ordinary"
FALLBACK = "fallback"
# Concerns that can be answered without an emergency (danger and self-harm topics always are one).
NON_EMERGENCY_CONCERNS = tuple(t for t in Topic if t in CONCERN_TOPICS and t not in REASON_OF_TOPIC)
TREATMENTS = (EMERGENCY,) + tuple(t.value for t in NON_EMERGENCY_CONCERNS) + (ADVICE, ORDINARY, FALLBACK)


@dataclass(frozen=True)
class Row:
    """One checked message: what was sent, what the school expected, what the bot did."""
    line: int
    text: str
    expected: Optional[str]
    assessment: Optional[Assessment]   # None when the bot fell back to its safe reply
    reply: Reply

    @property
    def failed(self) -> bool:
        return self.assessment is None

    @property
    def treated_as(self) -> str:
        a = self.assessment
        if a is None:
            return FALLBACK
        if a.urgency is Urgency.EMERGENCY:
            return EMERGENCY
        topic = a.topic
        if topic in CONCERN_TOPICS:
            return topic.value
        if topic is Topic.ADVICE:
            return ADVICE
        if topic is Topic.SMALLTALK or topic is Topic.OUT_OF_SCOPE:
            return ORDINARY
        assert_never(topic)  # a new topic: decide here how the report counts it

    @property
    def agrees(self) -> Optional[bool]:
        """None when nothing was expected; otherwise whether the bot saw what the school expected."""
        return None if self.expected is None else agrees(self.expected, self.assessment)


def agrees(expected: str, a: Optional[Assessment]) -> bool:
    """Whether an assessment is what was expected.

    A topic agrees when it is the bot's topic. `immediate_danger` and `self_harm` also agree when
    the bot treats the message as an emergency for that reason under another topic ("he'll post
    my pics and i want to die" is sextortion with self-harm). `emergency` agrees with any emergency.
    """
    if a is None:
        return False
    if expected == EXPECT_EMERGENCY:
        return a.is_emergency
    topic = Topic(expected)
    return a.topic is topic or (topic in REASON_OF_TOPIC and REASON_OF_TOPIC[topic] in a.reasons)


def check_item(item: Item, model) -> Row:
    """One message through the very same core as the bot, with the chat's choices if given."""
    prefs = ChatPrefs(language=item.language or Language.EN, audience=item.audience or Audience.UNKNOWN)
    outcome = respond(item.text, prefs, model=model)
    return Row(line=item.line, text=item.text, expected=item.expected,
               assessment=outcome.assessment, reply=outcome.reply)


def check_items(items: Iterable[Item], model) -> List[Row]:
    return [check_item(item, model) for item in items]


def in_report_order(rows: Sequence[Row]) -> List[Row]:
    """Messages that disagree with what was expected first, then the rest, each in list order."""
    return sorted(rows, key=lambda row: (row.agrees is not False, row.line))


@dataclass(frozen=True)
class ExpectedTopic:
    """Agreement for one expected value: how many, how many the bot agreed with, what it said instead."""
    expected: str
    total: int
    agreed: int
    instead: Tuple[Tuple[str, int], ...]   # (topic value or "fallback", count), most common first

    @property
    def percent(self) -> int:
        return round(100 * self.agreed / self.total) if self.total else 0


@dataclass(frozen=True)
class Agreement:
    checked: int
    agreed: int
    by_expected: Tuple[ExpectedTopic, ...]

    @property
    def percent(self) -> int:
        return round(100 * self.agreed / self.checked) if self.checked else 0

    @property
    def disagreed(self) -> int:
        return self.checked - self.agreed


@dataclass(frozen=True)
class Summary:
    total: int
    treated: Dict[str, int]                 # every TREATMENTS key, in that order
    reasons: Dict[Reason, int]              # emergencies by reason (a message may have both)
    topics: Dict[Topic, int]                # what the bot thought was happening, every topic
    languages: Dict[Language, int]
    audiences: Dict[Audience, int]
    uncertain: int
    services: Tuple[Tuple[str, int], ...]   # (service id, messages naming it), most often first
    agreement: Optional[Agreement]

    @property
    def emergencies(self) -> int:
        return self.treated[EMERGENCY]

    @property
    def concerns(self) -> int:
        """Concerns that were not emergencies."""
        return sum(self.treated[t.value] for t in NON_EMERGENCY_CONCERNS)

    @property
    def failed(self) -> int:
        return self.treated[FALLBACK]


def summarise(rows: Sequence[Row]) -> Summary:
    assessed = [row.assessment for row in rows if row.assessment is not None]
    treated = Counter(row.treated_as for row in rows)
    reasons = Counter(reason for a in assessed for reason in a.reasons)
    topics = Counter(a.topic for a in assessed)
    services = Counter(service for row in rows for service in dict.fromkeys(row.reply.signposts))
    return Summary(
        total=len(rows),
        treated={key: treated.get(key, 0) for key in TREATMENTS},
        reasons={r: reasons.get(r, 0) for r in Reason},
        topics={t: topics.get(t, 0) for t in Topic},
        languages={language: sum(1 for a in assessed if a.language is language) for language in Language},
        audiences={audience: sum(1 for a in assessed if a.audience is audience) for audience in Audience},
        uncertain=sum(1 for a in assessed if a.uncertain),
        services=tuple(sorted(services.items(), key=lambda item: (-item[1], item[0]))),
        agreement=_agreement(rows),
    )


def _agreement(rows: Sequence[Row]) -> Optional[Agreement]:
    with_expected = [row for row in rows if row.expected is not None]
    if not with_expected:
        return None
    by_expected = []
    for expected in _expected_order(row.expected for row in rows if row.expected is not None):
        group = [row for row in with_expected if row.expected == expected]
        wrong = Counter(row.assessment.topic.value if row.assessment else FALLBACK
                        for row in group if not row.agrees)
        by_expected.append(ExpectedTopic(
            expected=expected, total=len(group), agreed=sum(1 for row in group if row.agrees),
            instead=tuple(sorted(wrong.items(), key=lambda item: (-item[1], item[0])))))
    return Agreement(checked=len(with_expected), agreed=sum(1 for row in with_expected if row.agrees),
                     by_expected=tuple(by_expected))


def _expected_order(values: Iterable[str]) -> List[str]:
    """Expected values in the vocabulary's order (topics, then emergency)."""
    order = {value: position for position, value in enumerate([t.value for t in Topic] + [EXPECT_EMERGENCY])}
    return sorted(set(values), key=lambda value: order[value])


CSV_COLUMNS = ("line", "text", "expected", "agrees", "topic", "urgency", "reasons", "audience",
               "language", "confidence", "uncertain", "fallback", "signposts", "reply")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value: str) -> str:
    """A spreadsheet must not run a message as a formula: "=HYPERLINK(...)" is shown as text."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _yes_no(value: Optional[bool]) -> str:
    return "" if value is None else ("yes" if value else "no")


def to_csv(rows: Sequence[Row]) -> str:
    """The results as CSV (the vocabulary's plain values), with a byte order mark so that Excel
    reads Welsh letters right."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        a = row.assessment
        writer.writerow([
            row.line, _safe_cell(row.text), row.expected or "", _yes_no(row.agrees),
            a.topic.value if a else "", a.urgency.value if a else Urgency.EMERGENCY.value,
            " ".join(sorted(r.value for r in a.reasons)) if a else "",
            a.audience.value if a else "", a.language.value if a else "",
            f"{a.confidence:.2f}" if a else "", _yes_no(a.uncertain) if a else "",
            _yes_no(row.failed), " ".join(row.reply.signposts), _safe_cell(row.reply.text),
        ])
    return "\ufeff" + out.getvalue()
