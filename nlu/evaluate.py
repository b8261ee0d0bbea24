"""`make evaluate`: what a person gets, measured on messages the model never saw.

Every message goes through the whole path a person meets, `assess()` then `compose()` (model,
safety layer, thresholds, audience and language detection), as the first message of a new chat
(chat language English, audience unknown). Three sets, per language:

- held-out   `tests/nlu/test_{en,cy}.yml`: Rasa NLU format, labels `topic[+reason]` or `faq/<subject>`;
             gated by tests/test_understanding.py (GATES below).
- validation `tests/nlu/validation{,_more}_{en,cy}.yml`: written blind; the dev set that thresholds are
             chosen on (never trained on).
- challenge  `tests/nlu/challenge_{en,cy}.yml`: written blind; a measurement only, reported as it
             is (never trained on, tuned to or edited).

Measures (a "risk" message is one whose topic is one of the five concerns):
- recall per risk topic: sextortion, grooming, image_shared answered with that topic's guidance;
  immediate_danger, self_harm answered as an emergency for that reason;
- risk recall: the same over all risk messages; "any guidance": given any concern guidance at all;
- emergency recall: messages whose urgency is emergency (mixed ones included) answered as one;
- mixed, both parts: emergency *and* the topic's own guidance;
- urgent only, given a concern: messages that are only danger or only self-harm answered with a
  concern's steps as well (the price of finding the topic of mixed ones);
- false alarms: ordinary messages (hard negatives, everyday, small talk, out of scope) given concern
  guidance or an emergency; the emergencies among them are counted apart;
- concerns made emergencies: concerns with no danger now and no self-harm answered with 999 first;
- advice: questions routed to the right `faq/<subject>` (and to any advice at all); advice
  questions given concern guidance count as misread;
- audience accuracy for parents and staff; language accuracy.

It also sweeps the two thresholds of `nlu/assess.py` on the validation set, prints the curves and
the values they choose, writes topic confusion matrices as PNG under `results/`, and prints Rasa's
intent report on the held-out set. `--cross-validation` (make evaluate-cv, about 20 minutes) adds
`rasa test nlu --cross-validation --folds 5` on the training data.

Exit code 1 if a held-out gate fails.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

from responses import compose

from .assess import DEFAULT_THRESHOLDS, Thresholds, assess
from .assessment import Assessment
from .data_check import read_examples
from .model import PROJECT_DIR, IntentModel, Parse, model_path
from .vocabulary import CONCERN_TOPICS, REASON_OF_TOPIC, Audience, Language, Topic, Urgency

LANGUAGES = ("en", "cy")
TEST_DIR = PROJECT_DIR / "tests" / "nlu"
RESULTS = PROJECT_DIR / "results"
RISK_TOPICS = (Topic.SEXTORTION, Topic.GROOMING, Topic.IMAGE_SHARED, Topic.IMMEDIATE_DANGER, Topic.SELF_HARM)
ORDINARY_KINDS = ("hard_negative", "everyday")
# The held-out gates (tests/test_understanding.py asserts them; the threshold sweep aims at them).
GATES = {"risk_recall": 0.97, "emergency_recall": 0.98, "false_alarms": 0.10}


@dataclass(frozen=True)
class Case:
    """One message and what a person should get for it."""
    text: str
    language: str
    topic: str
    urgency: str
    kind: str                      # concern, danger, mixed, hard_negative, everyday, advice
    audience: Optional[str] = None  # None where the set does not say
    about: Optional[str] = None     # the advice subject, for kind == advice


# ---------------------------------------------------------------------------------- the sets

def case_from_label(text: str, language: str, label: str) -> Case:
    """A held-out example: labels are `topic`, `topic+reason...`, `faq/<subject>` (or the old
    `advice_<subject>`), a small-talk intent or `out_of_scope`."""
    if label.startswith("faq/") or label.startswith("advice_"):
        about = label.split("/", 1)[1] if label.startswith("faq/") else label[len("advice_"):]
        return Case(text, language, Topic.ADVICE, Urgency.NORMAL, "advice", about=about)
    parts = label.split("+")
    if parts[0] in {t.value for t in RISK_TOPICS}:
        emergency = any(Topic(p) in REASON_OF_TOPIC for p in parts)
        kind = "concern" if not emergency else ("danger" if len(parts) == 1 or parts[0] in REASON_OF_TOPIC else "mixed")
        return Case(text, language, parts[0], Urgency.EMERGENCY if emergency else Urgency.NORMAL, kind)
    if label == "out_of_scope":
        return Case(text, language, Topic.OUT_OF_SCOPE, Urgency.NORMAL, "hard_negative")
    return Case(text, language, Topic.SMALLTALK, Urgency.NORMAL, "everyday")


def held_out_cases(language: str) -> List[Case]:
    examples = read_examples(TEST_DIR / f"test_{language}.yml")
    return [case_from_label(text, language, label) for label, texts in examples.items() for text in texts]


def blind_cases(path: Path) -> List[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    language = data["language"]
    return [Case(m["text"], language, m["topic"], m["urgency"], m["kind"], m.get("audience"), m.get("about"))
            for m in data["messages"]]


def validation_cases(language: str) -> List[Case]:
    """The dev set: `validation_{lang}.yml` and the second blind batch `validation_more_{lang}.yml`
    (more ordinary and calm messages, so that the sweep can see what a low floor costs)."""
    return [case for name in ("validation", "validation_more")
            for case in blind_cases(TEST_DIR / f"{name}_{language}.yml")]


SETS: Dict[str, Callable[[str], List[Case]]] = {
    "held-out": held_out_cases,
    "validation": validation_cases,
    "challenge": lambda language: blind_cases(TEST_DIR / f"challenge_{language}.yml"),
}


# ------------------------------------------------------------------------------ running them

class CachedModel:
    """The real model, each distinct text parsed once (threshold sweeps re-decide, not re-parse)."""

    def __init__(self, model: IntentModel) -> None:
        self._model = model
        self._parses: Dict[str, Parse] = {}

    def parse(self, text: str) -> Parse:
        if text not in self._parses:
            self._parses[text] = self._model.parse(text)
        return self._parses[text]


@dataclass(frozen=True)
class Result:
    case: Case
    a: Assessment
    advice_answered: bool   # compose() gave an advice answer (not small talk) for it


def run(cases: Iterable[Case], model, thresholds: Thresholds = DEFAULT_THRESHOLDS,
        with_reply: bool = True) -> List[Result]:
    results = []
    for case in cases:
        a = assess(case.text, Language.EN, Audience.UNKNOWN, model=model, thresholds=thresholds)
        answered = bool(compose(a).advice) if with_reply and a.topic == Topic.ADVICE else False
        results.append(Result(case, a, answered))
    return results


# --------------------------------------------------------------------------------- measures

def subject_of(a: Assessment) -> Optional[str]:
    if a.topic != Topic.ADVICE:
        return None
    if a.intent.startswith("faq/"):
        return a.intent.split("/", 1)[1]
    return a.intent[len("advice_"):] if a.intent.startswith("advice_") else a.intent


def right_for_risk(case: Case, a: Assessment) -> bool:
    topic = Topic(case.topic)
    if topic in REASON_OF_TOPIC:
        return a.is_emergency and REASON_OF_TOPIC[topic] in a.reasons
    return a.topic == topic


def is_alarm(a: Assessment) -> bool:
    return a.is_concern or a.is_emergency


def ratio(hits: int, n: int) -> Tuple[float, int, int]:
    return (hits / n if n else float("nan"), hits, n)


def measures(results: Sequence[Result]) -> Dict[str, Tuple[float, int, int]]:
    m: Dict[str, Tuple[float, int, int]] = {}
    risk = [r for r in results if r.case.topic in CONCERN_TOPICS]
    for topic in RISK_TOPICS:
        of = [r for r in risk if r.case.topic == topic]
        m[f"recall {topic.value}"] = ratio(sum(right_for_risk(r.case, r.a) for r in of), len(of))
    m["risk recall"] = ratio(sum(right_for_risk(r.case, r.a) for r in risk), len(risk))
    m["risk: any guidance"] = ratio(sum(is_alarm(r.a) for r in risk), len(risk))
    urgent = [r for r in results if r.case.urgency == Urgency.EMERGENCY]
    m["emergency recall"] = ratio(sum(r.a.is_emergency for r in urgent), len(urgent))
    mixed = [r for r in results if r.case.kind == "mixed"]
    m["mixed: both parts"] = ratio(sum(r.a.is_emergency and r.a.topic == r.case.topic for r in mixed), len(mixed))
    # the other side of mixed messages: only self-harm or only danger, given a concern's steps as well
    only_urgent = [r for r in results if r.case.kind == "danger"]
    m["urgent only: given a concern"] = ratio(
        sum(r.a.topic in CONCERN_TOPICS and r.a.topic not in REASON_OF_TOPIC for r in only_urgent), len(only_urgent))
    ordinary = [r for r in results if r.case.kind in ORDINARY_KINDS]
    m["false alarms"] = ratio(sum(is_alarm(r.a) for r in ordinary), len(ordinary))
    m["false emergencies"] = ratio(sum(r.a.is_emergency for r in ordinary), len(ordinary))
    calm = [r for r in risk if r.case.urgency == Urgency.NORMAL]
    m["concerns made emergencies"] = ratio(sum(r.a.is_emergency for r in calm), len(calm))
    advice = [r for r in results if r.case.kind == "advice"]
    m["advice: right subject"] = ratio(sum(subject_of(r.a) == r.case.about for r in advice), len(advice))
    m["advice: any advice"] = ratio(sum(r.a.topic == Topic.ADVICE for r in advice), len(advice))
    m["advice: answered by compose"] = ratio(sum(r.advice_answered for r in advice), len(advice))
    m["advice misread as concern"] = ratio(sum(is_alarm(r.a) for r in advice), len(advice))
    for audience in (Audience.PARENT, Audience.STAFF):
        of = [r for r in results if r.case.audience == audience]
        if of:
            m[f"audience {audience.value}"] = ratio(sum(r.a.audience == audience for r in of), len(of))
    m["language"] = ratio(sum(r.a.language == r.case.language for r in results), len(results))
    return m


def gate_failures(m: Dict[str, Tuple[float, int, int]]) -> List[str]:
    failures = []
    if m["risk recall"][0] < GATES["risk_recall"]:
        failures.append(f"risk recall {m['risk recall'][0]:.3f} < {GATES['risk_recall']}")
    if m["emergency recall"][0] < GATES["emergency_recall"]:
        failures.append(f"emergency recall {m['emergency recall'][0]:.3f} < {GATES['emergency_recall']}")
    if m["false alarms"][0] > GATES["false_alarms"]:
        failures.append(f"false alarms {m['false alarms'][0]:.3f} > {GATES['false_alarms']}")
    return failures


def _cell(value: Tuple[float, int, int]) -> str:
    share, hits, n = value
    return f"{'-':>5} {'':>9}" if not n else f"{share:5.3f} {f'({hits}/{n})':>9}"


def print_measures(name: str, by_language: Dict[str, Dict[str, Tuple[float, int, int]]]) -> None:
    print(f"\n== {name}")
    print(f"{'':30} {'en':>15} {'cy':>15}")
    keys = list(dict.fromkeys(k for m in by_language.values() for k in m))
    for key in keys:
        cells = [_cell(by_language[lang].get(key, (0.0, 0, 0))) for lang in LANGUAGES]
        print(f"{key:30} {cells[0]:>15} {cells[1]:>15}")


# ------------------------------------------------------------------------ threshold choices

CONCERN_FLOORS = (0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90)
EMERGENCY_FLOORS = (0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 1.01)  # 1.01: the model's label only
CONFIDENCES = (0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 0.95)


def _point(cases: Dict[str, List[Case]], model, thresholds: Thresholds) -> dict:
    row = {lang: measures(run(cases[lang], model, thresholds, with_reply=False)) for lang in LANGUAGES}
    return {
        "thresholds": thresholds, "row": row,
        "risk": min(row[lang]["risk recall"][0] for lang in LANGUAGES),
        "emergency": min(row[lang]["emergency recall"][0] for lang in LANGUAGES),
        "risk_sum": sum(row[lang]["risk recall"][0] for lang in LANGUAGES),
        "emergency_sum": sum(row[lang]["emergency recall"][0] for lang in LANGUAGES),
        # both kinds of crying wolf: ordinary messages given guidance, calm concerns given 999 first
        "alarms": sum(row[lang]["false alarms"][1] + row[lang]["concerns made emergencies"][1] for lang in LANGUAGES),
    }


def choose_floors(cases: Dict[str, List[Case]], model, confident: float) -> Tuple[Thresholds, List[dict]]:
    """The concern and emergency floors that meet the recall gates on the validation set, in both
    languages, with the fewest false alarms. When none meets them: recall first (the best worst
    emergency recall, then the best worst risk recall, then the best recall over both languages),
    then the fewest false alarms. Ties go to
    the lower floors (the more cautious choice on messages nobody has seen). False alarms here are
    both kinds: ordinary messages given guidance and calm concerns answered as emergencies."""
    grid = [_point(cases, model, Thresholds(cf, confident, ef)) for cf in CONCERN_FLOORS for ef in EMERGENCY_FLOORS]
    meeting = [p for p in grid if p["risk"] >= GATES["risk_recall"] and p["emergency"] >= GATES["emergency_recall"]]
    if meeting:
        best = min(meeting, key=lambda p: (p["alarms"], p["thresholds"].concern_floor, p["thresholds"].emergency_floor))
    else:
        best = min(grid, key=lambda p: (-round(p["emergency"], 6), -round(p["risk"], 6),
                                        -round(p["emergency_sum"], 6), -round(p["risk_sum"], 6), p["alarms"],
                                        p["thresholds"].concern_floor, p["thresholds"].emergency_floor))
    return best["thresholds"], grid


def answer_is_wrong(r: Result) -> bool:
    """Whether a person got the wrong kind of answer (what the checking question is for)."""
    case, a = r.case, r.a
    if case.topic in CONCERN_TOPICS:
        return not right_for_risk(case, a) or (case.urgency == Urgency.EMERGENCY) != a.is_emergency
    if case.kind == "advice":
        return subject_of(a) != case.about
    return is_alarm(a) or a.topic == Topic.ADVICE


def choose_confident(cases: Dict[str, List[Case]], model, floors: Thresholds) -> Tuple[float, List[tuple]]:
    """The "uncertain" threshold: the one whose checking question best tells wrong answers from
    right ones on the validation set (Youden's J: share of wrong ones asked minus right ones asked)."""
    curve = []
    for confident in CONFIDENCES:
        thresholds = Thresholds(floors.concern_floor, confident, floors.emergency_floor)
        results = [r for lang in LANGUAGES for r in run(cases[lang], model, thresholds, with_reply=False)]
        wrong = [r for r in results if answer_is_wrong(r)]
        right = [r for r in results if not answer_is_wrong(r)]
        asked_wrong = sum(r.a.uncertain for r in wrong) / max(len(wrong), 1)
        asked_right = sum(r.a.uncertain for r in right) / max(len(right), 1)
        curve.append((confident, asked_wrong, asked_right, asked_wrong - asked_right, len(wrong), len(right)))
    best = max(curve, key=lambda c: (round(c[3], 6), -c[0]))
    return best[0], curve


def _print_curve(title: str, points: List[dict], key: str, chosen: float) -> None:
    print(title)
    print(f"{key:>9} {'risk en':>8} {'risk cy':>8} {'emerg en':>9} {'emerg cy':>9} {'alarms en':>10} {'alarms cy':>10}"
          f" {'calm->urg en':>13} {'calm->urg cy':>13}")
    for p in points:
        row, value = p["row"], getattr(p["thresholds"], key.replace(" ", "_"))
        mark = "  <- chosen" if value == chosen else ""
        print(f"{value:9.2f} {row['en']['risk recall'][0]:8.3f} {row['cy']['risk recall'][0]:8.3f} "
              f"{row['en']['emergency recall'][0]:9.3f} {row['cy']['emergency recall'][0]:9.3f} "
              f"{row['en']['false alarms'][0]:10.3f} {row['cy']['false alarms'][0]:10.3f} "
              f"{row['en']['concerns made emergencies'][0]:13.3f} "
              f"{row['cy']['concerns made emergencies'][0]:13.3f}{mark}")


def print_threshold_choice(cases: Dict[str, List[Case]], model) -> Thresholds:
    floors, grid = choose_floors(cases, model, DEFAULT_THRESHOLDS.confident)
    confident, confident_curve = choose_confident(cases, model, floors)
    print("\n== thresholds, chosen on the validation set (nlu/assess.py); gates: "
          f"risk recall >= {GATES['risk_recall']}, emergency recall >= {GATES['emergency_recall']} in both languages")
    _print_curve("concern floor (concern labels together at least this likely -> concern guidance), "
                 f"emergency floor {floors.emergency_floor:.2f}:",
                 [p for p in grid if p["thresholds"].emergency_floor == floors.emergency_floor],
                 "concern floor", floors.concern_floor)
    _print_curve("emergency floor (labels with a reason together at least this likely -> an emergency reply; "
                 "1.01 = off), "
                 f"concern floor {floors.concern_floor:.2f}:",
                 [p for p in grid if p["thresholds"].concern_floor == floors.concern_floor],
                 "emergency floor", floors.emergency_floor)
    print("uncertain below: share of wrong answers that ask 'have I understood?' vs right ones that do")
    print(f"{'conf':>6} {'wrong asked':>12} {'right asked':>12} {'J':>6}")
    for c, asked_wrong, asked_right, j, _n_wrong, _n_right in confident_curve:
        mark = "  <- chosen" if c == confident else ""
        print(f"{c:6.2f} {asked_wrong:12.3f} {asked_right:12.3f} {j:6.3f}{mark}")
    chosen = Thresholds(floors.concern_floor, confident, floors.emergency_floor)
    d = DEFAULT_THRESHOLDS
    print(f"chosen: concern_floor={chosen.concern_floor:.2f} emergency_floor={chosen.emergency_floor:.2f} "
          f"confident={chosen.confident:.2f}; in nlu/assess.py: concern_floor={d.concern_floor:.2f} "
          f"emergency_floor={d.emergency_floor:.2f} confident={d.confident:.2f}"
          + ("" if chosen == d else "  (DIFFERENT: update nlu/assess.py)"))
    return chosen


# ------------------------------------------------------------------------ confusion matrices

TOPIC_ORDER = [t.value for t in Topic]


def shown_topic(a: Assessment) -> str:
    """What the person was given: an emergency-only topic stands for itself; other concerns show
    the topic (the emergency is in the urgency matrix)."""
    return a.topic.value


def save_confusion(name: str, language: str, results: Sequence[Result]) -> Path:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    counts = Counter((r.case.topic, shown_topic(r.a)) for r in results)
    urgency = Counter((r.case.urgency, r.a.urgency.value) for r in results)
    rows = [t for t in TOPIC_ORDER if any(k[0] == t for k in counts)]
    cols = TOPIC_ORDER
    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(13, 5.5), gridspec_kw={"width_ratios": [4, 1]})
    grid = [[counts.get((r, c), 0) for c in cols] for r in rows]
    ax.imshow(grid, cmap="Blues")
    ax.set_xticks(range(len(cols)), cols, rotation=45, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.set_xlabel("assessed topic")
    ax.set_ylabel("expected topic")
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            if value:
                ax.text(j, i, str(value), ha="center", va="center", fontsize=8)
    levels = ["emergency", "normal"]
    ugrid = [[urgency.get((r, c), 0) for c in levels] for r in levels]
    ax2.imshow(ugrid, cmap="Reds")
    ax2.set_xticks(range(2), levels)
    ax2.set_yticks(range(2), levels)
    ax2.set_xlabel("assessed urgency")
    ax2.set_ylabel("expected urgency")
    for i, row in enumerate(ugrid):
        for j, value in enumerate(row):
            ax2.text(j, i, str(value), ha="center", va="center")
    fig.suptitle(f"{name} ({language}): assess() + compose()")
    fig.tight_layout()
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"confusion_{name}_{language}.png"
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return path


# ------------------------------------------------------------------------------------ Rasa

def _rasa_env() -> dict:
    return dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", RASA_TELEMETRY_ENABLED="false",
                PYTHONHASHSEED="0", PYTHONWARNINGS="ignore",
                PYTHONPATH=str(PROJECT_DIR))  # config.yml names nlu.components


def _rasa() -> str:
    return os.path.join(os.path.dirname(sys.executable), "rasa")


def _print_intent_report(title: str, report: dict) -> None:
    print(f"\n== {title}")
    labels = sorted(k for k, v in report.items() if isinstance(v, dict) and "support" in v
                    and k not in ("micro avg", "macro avg", "weighted avg") and v["support"])
    print(f"{'label':34} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>5}")
    for label in labels:
        row = report[label]
        print(f"{label:34} {row['precision']:9.3f} {row['recall']:7.3f} {row['f1-score']:6.3f} {row['support']:5d}")
    print(f"{'accuracy':34} {report.get('accuracy', 0):>17.3f}")


def rasa_held_out(language: str) -> None:
    """Rasa's own intent report and confusion matrix PNG on the held-out set (labels only)."""
    out = RESULTS / f"rasa_held_out_{language}"
    command = [_rasa(), "test", "nlu", "--nlu", str(TEST_DIR / f"test_{language}.yml"),
               "--model", str(model_path()), "--out", str(out), "--quiet"]
    subprocess.run(command, cwd=PROJECT_DIR, env=_rasa_env(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _print_intent_report(f"Rasa intent report, held-out ({language}), model labels only: "
                         f"{out.relative_to(PROJECT_DIR)}/", json.loads((out / "intent_report.json").read_text()))


def rasa_cross_validation(folds: int = 5) -> None:
    out = RESULTS / "cross_validation"
    command = [_rasa(), "test", "nlu", "--nlu", "nlu/data", "--config", "config.yml",
               "--cross-validation", "--folds", str(folds), "--out", str(out), "--quiet"]
    subprocess.run(command, cwd=PROJECT_DIR, env=_rasa_env(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _print_intent_report(f"Rasa {folds}-fold cross-validation on the training data (both languages): "
                         f"{out.relative_to(PROJECT_DIR)}/", json.loads((out / "intent_report.json").read_text()))
    selection = out / "response_selection_report.json"
    if selection.is_file():
        report = json.loads(selection.read_text())
        print(f"response selection (faq subjects), cross-validated: accuracy {report.get('accuracy', 0):.3f}, "
              f"weighted f1 {report.get('weighted avg', {}).get('f1-score', 0):.3f}")


# ------------------------------------------------------------------------------------ main

def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross-validation", action="store_true",
                        help="also run Rasa's 5-fold cross-validation on the training data (about 20 min)")
    parser.add_argument("--no-rasa-report", action="store_true", help="skip Rasa's held-out intent report")
    args = parser.parse_args(argv)

    import logging
    import warnings
    warnings.filterwarnings("ignore")
    from bot.privacy import configure_logging
    configure_logging("WARNING")
    logging.getLogger("matplotlib").setLevel(logging.ERROR)
    model = CachedModel(IntentModel())
    print(f"model: {model_path()}")

    failures = []
    for name, load in SETS.items():
        cases = {lang: load(lang) for lang in LANGUAGES}
        by_language = {}
        for lang in LANGUAGES:
            results = run(cases[lang], model)
            by_language[lang] = measures(results)
            save_confusion(name, lang, results)
            if name == "held-out":
                failures += [f"{lang}: {f}" for f in gate_failures(by_language[lang])]
        print_measures(f"{name} set: assess() + compose(), per language", by_language)
        if name == "validation":
            print_threshold_choice(cases, model)
    print(f"\ntopic and urgency confusion matrices: {RESULTS.relative_to(PROJECT_DIR)}/confusion_*.png")

    if not args.no_rasa_report:
        for lang in LANGUAGES:
            rasa_held_out(lang)
    if args.cross_validation:
        rasa_cross_validation()

    gates = ", ".join(f"{k.replace('_', ' ')} {'>=' if k != 'false_alarms' else '<='} {v}" for k, v in GATES.items())
    if failures:
        print(f"\nheld-out gates ({gates}) FAILED: " + "; ".join(failures))
        return 1
    print(f"\nheld-out gates ({gates}) hold in both languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
