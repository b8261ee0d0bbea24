"""What the report page shows, in the page's language: cards, charts, tables, rows, the CSV link.

Pure functions of the rows and the page's translation `_`; the charts are drawn here.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

from nlu.vocabulary import Topic
from responses.i18n import N_
from responses.services import SERVICES

from . import charts
from .assessment_words import AUDIENCE_NAMES, LANGUAGE_NAMES, TOPIC_NAMES, sureness_words, urgency_words
from .report import ADVICE, FALLBACK, NON_EMERGENCY_CONCERNS, ORDINARY, Row, Summary, in_report_order, summarise, to_csv
from .upload import EXPECT_EMERGENCY

EMERGENCIES = N_("Emergencies")
CONCERNS_NOT_EMERGENCIES = N_("Concerns, not emergencies")
ADVICE_QUESTIONS = N_("Asking for advice")
ORDINARY_MESSAGES = N_("Ordinary messages")
FALLBACKS = N_("Safe fallback reply")
ANY_EMERGENCY = N_("Any emergency")
TREATED_CHART = N_("How the bot treated the messages")
SERVICES_CHART = N_("Services named in the replies")
AGREEMENT_CHART = N_("Agreement with what you expected")
AGREED = N_("Agreed")
DID_NOT_AGREE = N_("Did not agree")


@dataclass(frozen=True)
class RowView:
    line: int
    text: str
    expected: Optional[str]
    agrees: Optional[bool]
    topic: str
    urgency: str
    emergency: bool
    audience: str
    language: str
    sureness: str
    confidence_percent: Optional[int]
    uncertain: bool
    services: Tuple[str, ...]
    reply: str
    failed: bool


@dataclass(frozen=True)
class Card:
    label: str
    value: int
    kind: str   # emergency, concern, advice, ordinary, neutral


@dataclass(frozen=True)
class ReportView:
    summary: Summary
    cards: Tuple[Card, ...]
    charts: Tuple[charts.Chart, ...]
    services: Tuple[Tuple[str, int], ...]          # (service name, messages naming it)
    agreement: Tuple[Tuple[str, int, int, int, str], ...]   # expected, total, agreed, %, said instead
    rows: Tuple[RowView, ...]
    csv_uri: str


def expected_name(expected: str, _: Callable[[str], str]) -> str:
    return _(ANY_EMERGENCY) if expected == EXPECT_EMERGENCY else _(TOPIC_NAMES[Topic(expected)])


def service_name(service_id: str, _: Callable[[str], str]) -> str:
    return _(SERVICES[service_id].name) if service_id in SERVICES else service_id


def row_view(row: Row, _: Callable[[str], str]) -> RowView:
    a = row.assessment
    return RowView(
        line=row.line, text=row.text, expected=expected_name(row.expected, _) if row.expected else None,
        agrees=row.agrees, topic=_(TOPIC_NAMES[a.topic]) if a else _(FALLBACKS),
        urgency=urgency_words(a, _) if a else "", emergency=bool(a and a.is_emergency),
        audience=_(AUDIENCE_NAMES[a.audience]) if a else "", language=_(LANGUAGE_NAMES[a.language]) if a else "",
        sureness=sureness_words(a, _) if a else "", confidence_percent=round(a.confidence * 100) if a else None,
        uncertain=bool(a and a.uncertain), services=tuple(service_name(s, _) for s in row.reply.signposts),
        reply=row.reply.text, failed=row.failed,
    )


def _cards(summary: Summary, _: Callable[[str], str]) -> Tuple[Card, ...]:
    cards = [Card(_(EMERGENCIES), summary.emergencies, "emergency"),
             Card(_(CONCERNS_NOT_EMERGENCIES), summary.concerns, "concern"),
             Card(_(ADVICE_QUESTIONS), summary.treated[ADVICE], "advice"),
             Card(_(ORDINARY_MESSAGES), summary.treated[ORDINARY], "ordinary")]
    if summary.failed:
        cards.append(Card(_(FALLBACKS), summary.failed, "emergency"))
    return tuple(cards)


def _short(name: str) -> str:
    """A chart label: the service's name without what follows in brackets."""
    return name.split(" (")[0]


def _charts(summary: Summary, services: Sequence[Tuple[str, int]], _: Callable[[str], str]) -> List[charts.Chart]:
    treated = [(_(EMERGENCIES), summary.emergencies, charts.RED)]
    treated += [(_(TOPIC_NAMES[t]), summary.treated[t.value], charts.AMBER) for t in NON_EMERGENCY_CONCERNS]
    treated += [(_(ADVICE_QUESTIONS), summary.treated[ADVICE], charts.BLUE),
                (_(ORDINARY_MESSAGES), summary.treated[ORDINARY], charts.GREY)]
    if summary.failed:
        treated.append((_(FALLBACKS), summary.treated[FALLBACK], charts.RED))
    made = [charts.bar_chart(_(TREATED_CHART), treated)]
    if services:
        bars = [(_short(name), count, charts.TEAL) for name, count in services]
        made.append(charts.bar_chart(_(SERVICES_CHART), bars))
    if summary.agreement is not None:
        made.append(charts.agreement_chart(
            _(AGREEMENT_CHART),
            [(expected_name(e.expected, _), e.agreed, e.total) for e in summary.agreement.by_expected],
            _(AGREED), _(DID_NOT_AGREE)))
    return made


def _instead(instead: Sequence[Tuple[str, int]], _: Callable[[str], str]) -> str:
    names = [(_(FALLBACKS) if value == FALLBACK else _(TOPIC_NAMES[Topic(value)]), count) for value, count in instead]
    return ", ".join(f"{name} ({count})" for name, count in names)


def build(rows: Sequence[Row], _: Callable[[str], str]) -> ReportView:
    summary = summarise(rows)
    services = tuple((service_name(s, _), count) for s, count in summary.services)
    agreement: Tuple[Tuple[str, int, int, int, str], ...] = ()
    if summary.agreement is not None:
        agreement = tuple((expected_name(e.expected, _), e.total, e.agreed, e.percent, _instead(e.instead, _))
                          for e in summary.agreement.by_expected)
    csv_text = to_csv(in_report_order(rows))
    return ReportView(
        summary=summary, cards=_cards(summary, _), charts=tuple(_charts(summary, services, _)),
        services=services, agreement=agreement,
        rows=tuple(row_view(row, _) for row in in_report_order(rows)),
        csv_uri="data:text/csv;charset=utf-8;base64," + base64.b64encode(csv_text.encode("utf-8")).decode("ascii"),
    )

