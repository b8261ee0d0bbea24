"""The report's pure parts: agreement, the summary, the order of rows, the CSV, the charts."""
from __future__ import annotations

import base64
import csv
import io

from bot.staff_page import report_view
from bot.staff_page.report import Row, agrees, in_report_order, summarise, to_csv
from nlu.assessment import Assessment
from responses import Reply


def assessment(topic, urgency="normal", reasons=(), language="en", audience="unknown", uncertain=False):
    return Assessment(language=language, intent=topic, confidence=0.9, topic=topic, urgency=urgency,
                      audience=audience, reasons=frozenset(reasons), uncertain=uncertain)


def row(line, topic, expected=None, signposts=("childline",), text="a message", **kwargs):
    return Row(line=line, text=text, expected=expected, assessment=assessment(topic, **kwargs),
               reply=Reply(text="a reply", signposts=list(signposts)))


def test_agreement_by_topic_by_reason_and_for_any_emergency():
    blackmail_and_self_harm = assessment("sextortion", "emergency", {"self_harm"})
    assert agrees("sextortion", blackmail_and_self_harm)
    assert agrees("self_harm", blackmail_and_self_harm)        # the reason, under another topic
    assert not agrees("immediate_danger", blackmail_and_self_harm)
    assert agrees("emergency", blackmail_and_self_harm)
    assert not agrees("emergency", assessment("sextortion"))
    assert not agrees("grooming", assessment("sextortion"))
    assert not agrees("advice", None)                          # the safe fallback reply


def test_the_summary_counts_each_message_once_and_services_once_per_message():
    rows = [
        row(2, "sextortion", "sextortion", signposts=("childline", "ceop", "childline")),
        row(3, "sextortion", "sextortion", urgency="emergency", reasons={"self_harm"},
            signposts=("police_999", "childline")),
        row(4, "self_harm", "self_harm", urgency="emergency", language="cy"),
        row(5, "advice", "grooming", uncertain=True),
        row(6, "smalltalk", None),
        row(7, "out_of_scope", "advice"),
        Row(line=8, text="x", expected="sextortion", assessment=None,
            reply=Reply(text="safe", signposts=["childline", "police_999"])),
    ]
    s = summarise(rows)
    assert s.total == 7 and sum(s.treated.values()) == 7
    assert (s.emergencies, s.concerns, s.treated["advice"], s.treated["ordinary"], s.failed) == (2, 1, 1, 2, 1)
    assert s.reasons == {"danger": 0, "self_harm": 2}
    assert s.uncertain == 1 and s.languages == {"en": 5, "cy": 1}
    assert s.services[0] == ("childline", 7) and dict(s.services)["police_999"] == 2
    by = {e.expected: e for e in s.agreement.by_expected}
    assert (s.agreement.checked, s.agreement.agreed) == (6, 3)
    assert (by["sextortion"].total, by["sextortion"].agreed, by["sextortion"].instead) == (3, 2, (("fallback", 1),))
    assert by["grooming"].instead == (("advice", 1),) and by["grooming"].percent == 0
    assert [e.expected for e in s.agreement.by_expected] == ["sextortion", "grooming", "self_harm", "advice"]


def test_no_expected_column_means_no_agreement():
    assert summarise([row(2, "advice")]).agreement is None


def test_disagreements_come_first_then_list_order():
    rows = [row(2, "advice", "advice"), row(3, "advice", "grooming"), row(4, "smalltalk"),
            row(5, "advice", "sextortion")]
    assert [r.line for r in in_report_order(rows)] == [3, 5, 2, 4]


def test_the_csv_is_excel_ready_and_never_a_formula():
    rows = [row(2, "sextortion", "sextortion", text="=HYPERLINK(\"http://x\")", urgency="emergency",
                reasons={"danger"}),
            row(3, "advice", text="café ŵyr")]
    text = to_csv(rows)
    assert text.startswith("\ufeff")
    parsed = list(csv.DictReader(io.StringIO(text[1:])))
    assert parsed[0]["text"] == "'=HYPERLINK(\"http://x\")"
    assert (parsed[0]["topic"], parsed[0]["urgency"], parsed[0]["reasons"], parsed[0]["agrees"]) == (
        "sextortion", "emergency", "danger", "yes")
    assert parsed[1]["text"] == "café ŵyr" and parsed[1]["expected"] == "" and parsed[1]["agrees"] == ""


def test_the_view_draws_svg_charts_and_the_agreement_chart_only_when_something_was_expected():
    with_expected = report_view.build([row(2, "advice", "advice"), row(3, "sextortion", "grooming")], lambda s: s)
    assert [c.title for c in with_expected.charts] == [
        "How the bot treated the messages", "Services named in the replies", "Agreement with what you expected"]
    svg = base64.b64decode(with_expected.charts[0].data_uri.split(",", 1)[1])
    assert svg.lstrip().startswith(b"<?xml") and b"<svg" in svg
    assert "Sextortion: 1" in with_expected.charts[0].description
    assert [r.line for r in with_expected.rows] == [3, 2]
    without = report_view.build([row(2, "advice")], lambda s: s)
    assert len(without.charts) == 2 and without.agreement == ()
