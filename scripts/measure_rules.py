"""Numbers for the rule-based parts of nlu/ on the validation set (no model needed).

    .venv/bin/python scripts/measure_rules.py            # the table
    .venv/bin/python scripts/measure_rules.py --language # also py3langid vs lingua, raw
    .venv/bin/python scripts/measure_rules.py --speed    # also time on 100,000-character inputs
    .venv/bin/python scripts/measure_rules.py --team-sets  # also the team's training and held-out data

Reads `tests/nlu/validation_{en,cy}.yml` (written blind; labels topic, urgency, audience, kind).
Never reads the challenge set: that one is the final measurement of the whole path.

Prints, per language:
- the safety layer's emergency recall on its own (urgency: emergency), and whether the reason
  matches for messages that are only danger or only self-harm;
- its false-alarm rate on `kind: hard_negative` and `kind: everyday` (any reason found), and on
  every message labelled `urgency: normal`;
- audience accuracy for messages written by parents and by staff (the words alone, chat unknown),
  and how often a young person's message is taken for an adult's;
- language accuracy with the chat set to the other language (the hard case) and to the same one,
  plus the short-message checks of issue 7.
`--show-misses` lists the texts behind each miss (for the developer's eyes; never in a log).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlu.audience import detect_audience  # noqa: E402
from nlu.language import detect_language  # noqa: E402
from nlu.safety import explicit_reasons, mentions_a_concern  # noqa: E402
from nlu.vocabulary import Audience, Language, Reason  # noqa: E402

VALIDATION = {lang: ROOT / "tests" / "nlu" / f"validation_{lang}.yml" for lang in ("en", "cy")}
ONLY_REASON = {"immediate_danger": Reason.DANGER, "self_harm": Reason.SELF_HARM}

# Very short messages whose language says nothing by itself: (text, chat language, expected).
SHORT = [
    ("helo", "cy", "cy"), ("diolch", "cy", "cy"), ("ok ta ta", "cy", "cy"), ("iawn", "cy", "cy"),
    ("diolch yn fawr", "cy", "cy"), ("ia", "cy", "cy"), ("na", "cy", "cy"), ("ok diolch", "cy", "cy"),
    ("hwyl", "cy", "cy"), ("helo?", "cy", "cy"), ("iawn diolch", "cy", "cy"), ("ta ta", "cy", "cy"),
    ("ok", "en", "en"), ("thanks", "en", "en"), ("ok thanks", "en", "en"), ("hi", "en", "en"),
    ("help", "en", "en"), ("yes", "en", "en"), ("no", "en", "en"), ("cheers", "en", "en"),
    ("thank you", "en", "en"), ("ok bye", "en", "en"), ("hello?", "en", "en"), ("ta", "en", "en"),
    # short but clear: these should switch
    ("diolch yn fawr iawn", "en", "cy"), ("dwi angen help", "en", "cy"), ("helo, sut wyt ti?", "en", "cy"),
    ("thank you so much", "cy", "en"), ("i need help", "cy", "en"), ("hello how are you", "cy", "en"),
]


def load(language: str) -> list[dict]:
    return yaml.safe_load(VALIDATION[language].read_text(encoding="utf-8"))["messages"]


def rate(hits: int, total: int) -> str:
    return f"{hits / total:6.3f} ({hits}/{total})" if total else "     - (0/0)"


def measure(language: str, show: bool) -> None:
    messages = load(language)
    other = Language.CY if language == "en" else Language.EN
    misses: dict[str, list[str]] = {}

    def miss(kind: str, text: str, note: str = "") -> None:
        misses.setdefault(kind, []).append(f"{text}{'   [' + note + ']' if note else ''}")

    emergencies = [m for m in messages if m["urgency"] == "emergency"]
    caught = 0
    only = right_reason = 0
    for m in emergencies:
        found = explicit_reasons(m["text"])
        if found:
            caught += 1
        else:
            miss("emergency missed", m["text"], m["topic"])
        if m["topic"] in ONLY_REASON:
            only += 1
            if ONLY_REASON[m["topic"]] in found:
                right_reason += 1
            elif found:
                miss("wrong reason", m["text"], m["topic"])

    def alarms(selected: list[dict], name: str) -> tuple[int, int]:
        hits = 0
        for m in selected:
            found = explicit_reasons(m["text"])
            if found:
                hits += 1
                miss(f"false alarm ({name})", m["text"], ",".join(sorted(found)))
        return hits, len(selected)

    hard = alarms([m for m in messages if m.get("kind") == "hard_negative"], "hard_negative")
    everyday = alarms([m for m in messages if m.get("kind") == "everyday"], "everyday")
    normal = [m for m in messages if m["urgency"] == "normal"]
    normal_all = sum(bool(explicit_reasons(m["text"])) for m in normal)
    normal_n = len(normal)
    for m in normal:
        if m.get("kind") not in ("hard_negative", "everyday") and explicit_reasons(m["text"]):
            miss(f"false alarm ({m.get('kind')}, urgency normal)", m["text"], m["topic"])

    audience = {}
    for label in (Audience.PARENT, Audience.STAFF):
        selected = [m for m in messages if m["audience"] == label]
        good = 0
        for m in selected:
            got = detect_audience(m["text"], Audience.UNKNOWN)
            good += got == label
            if got != label:
                miss(f"audience {label}", m["text"], got)
        audience[label] = (good, len(selected))
    young = [m for m in messages if m["audience"] == "young_person"]
    taken_for_adult = 0
    for m in young:
        got = detect_audience(m["text"], Audience.UNKNOWN)
        if got in (Audience.PARENT, Audience.STAFF):
            taken_for_adult += 1
            miss("young person taken for an adult", m["text"], got)

    lang_other = lang_same = 0
    for m in messages:
        if detect_language(m["text"], other) == language:
            lang_other += 1
        else:
            miss("language (chat in the other language)", m["text"])
        lang_same += detect_language(m["text"], language) == language

    ordinary = [m for m in messages if m.get("kind") in ("hard_negative", "everyday")]
    concern_words = sum(mentions_a_concern(m["text"]) for m in ordinary)

    print(f"\n{language}: {VALIDATION[language].relative_to(ROOT)} ({len(messages)} messages)")
    print(f"  safety layer alone, emergency recall     {rate(caught, len(emergencies))}")
    print(f"    right reason (danger-only, self-harm-only) {rate(right_reason, only)}")
    print(f"  false alarms, kind hard_negative         {rate(*hard)}")
    print(f"  false alarms, kind everyday              {rate(*everyday)}")
    print(f"  false alarms, every urgency: normal      {rate(normal_all, normal_n)}")
    for label, (good, total) in audience.items():
        print(f"  audience accuracy, {label:20} {rate(good, total)}")
    print(f"  young person taken for parent/staff      {rate(taken_for_adult, len(young))}")
    print(f"  language, chat in the other language     {rate(lang_other, len(messages))}")
    print(f"  language, chat in the same language      {rate(lang_same, len(messages))}")
    print(f"  (mentions_a_concern on hard_negative+everyday: {concern_words})")
    if show:
        for kind, texts in misses.items():
            print(f"  -- {kind}")
            for text in texts:
                print(f"     {text}")


def team_sets() -> None:
    """The layer on the team's own training and held-out data (not independent: a regression check)."""
    from nlu.data_check import held_out_examples, training_examples
    from nlu.intents import RISK_INTENTS

    print("\nteam data (written by the team: a regression check, not an independent measure)")
    for language in ("en", "cy"):
        for name, source in (("training", training_examples(language)), ("held-out", held_out_examples(language))):
            emergencies = [t for intent in ("immediate_danger", "self_harm") for t in source.get(intent, [])]
            ordinary = [t for intent, items in source.items() if intent not in RISK_INTENTS for t in items]
            other_risk = [t for intent in RISK_INTENTS if intent not in ("immediate_danger", "self_harm")
                          for t in source.get(intent, [])]
            def fired(texts: list) -> str:
                return rate(sum(bool(explicit_reasons(t)) for t in texts), len(texts))

            print(f"  {language} {name:9} danger/self-harm caught {fired(emergencies)}   fires on non-risk "
                  f"{fired(ordinary)}   on sextortion/grooming/image {fired(other_risk)}")


def short_messages() -> None:
    good = sum(detect_language(text, chat) == expected for text, chat, expected in SHORT)
    print(f"\nshort messages (issue 7 item 7): {rate(good, len(SHORT))}")
    for text, chat, expected in SHORT:
        got = detect_language(text, chat)
        if got != expected:
            print(f"  wrong: {text!r} in a {chat} chat -> {got}")


def compare_identifiers() -> None:
    """py3langid and lingua restricted to en/cy: on their own, and inside detect_language."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    import nlu.language as language_module

    langid = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    langid.set_languages(["en", "cy"])
    backends = {"py3langid": lambda text: tuple(langid.classify(text.lower()))}
    try:
        from lingua import Language as L
        from lingua import LanguageDetectorBuilder

        started = time.perf_counter()
        detector = LanguageDetectorBuilder.from_languages(L.ENGLISH, L.WELSH).with_preloaded_language_models().build()
        print(f"\nlingua: detector built in {time.perf_counter() - started:.2f} s")
        names = {L.ENGLISH: "en", L.WELSH: "cy"}

        def lingua(text: str) -> tuple:
            values = detector.compute_language_confidence_values(text)
            return (names[values[0].language], values[0].value) if values else ("en", 0.0)

        backends["lingua"] = lingua
    except ImportError:
        print("\n(lingua is not installed: pip install lingua-language-detector to compare)")
    sets = {lang: [(m["text"], lang) for m in load(lang)] for lang in ("en", "cy")}
    short = [(t, e) for t, _c, e in SHORT] + [(m["text"], lang) for lang in ("en", "cy") for m in load(lang)
                                             if len(m["text"].split()) <= 4]
    print("\nraw identifiers, restricted to en/cy")
    print(f"{'':12} {'validation en':>15} {'validation cy':>15} {'short (<=4 words)':>18} {'ms/message':>11}")
    for name, identify in backends.items():
        row = [rate(sum(identify(t)[0] == e for t, e in items), len(items))
               for items in (sets["en"], sets["cy"], short)]
        every = sets["en"] + sets["cy"]
        started = time.perf_counter()
        for text, _e in every:
            identify(text)
        ms = (time.perf_counter() - started) * 1000 / len(every)
        print(f"{name:12} {row[0]:>15} {row[1]:>15} {row[2]:>18} {ms:11.3f}")
    print("\ndetect_language with each identifier inside (chat in the other language / the same; short set)")
    original = language_module.identify
    try:
        for name, identify in backends.items():
            language_module.identify = identify
            cells = []
            for lang in ("en", "cy"):
                other = "cy" if lang == "en" else "en"
                items = sets[lang]
                cells.append(rate(sum(detect_language(t, other) == e for t, e in items), len(items)))
                cells.append(rate(sum(detect_language(t, lang) == e for t, e in items), len(items)))
            cells.append(rate(sum(detect_language(t, c) == e for t, c, e in SHORT), len(SHORT)))
            print(f"{name:12} en {cells[0]} / {cells[1]}   cy {cells[2]} / {cells[3]}   short {cells[4]}")
    finally:
        language_module.identify = original


def speed() -> None:
    """Time each rule function on long and hostile inputs (a benchmark, not a test)."""
    hostile = {
        "letters": "a" * 100_000,
        "sentence": ("he is coming to the house and " * 4000)[:100_000],
        "repeated cue": ("hasn't come back " * 6000)[:100_000],
        "address cue": ("got my address " * 7000)[:100_000],
        "welsh": ("mae o wedi mynd i gwrdd efo fo heno ar ol ysgol " * 2100)[:100_000],
        "invisible": ("i\u200bwant\u00ad " * 12500)[:100_000],
        "phrase at end": "a " * 49_990 + "i want to die",
    }
    functions = {"explicit_reasons": explicit_reasons, "mentions_a_concern": mentions_a_concern,
                 "detect_audience": detect_audience, "detect_language": detect_language}
    print("\n100,000-character inputs (best of 3, ms)")
    print(f"{'input':14}" + "".join(f"{name:>20}" for name in functions))
    worst = 0.0
    for label, text in hostile.items():
        cells = []
        for function in functions.values():
            times = []
            for _ in range(3):
                started = time.perf_counter()
                function(text)
                times.append((time.perf_counter() - started) * 1000)
            cells.append(min(times))
            worst = max(worst, min(times))
        print(f"{label:14}" + "".join(f"{c:20.1f}" for c in cells))
    print(f"worst: {worst:.1f} ms")
    ordinary = [m["text"] for lang in ("en", "cy") for m in load(lang)]
    times = []
    for text in ordinary:
        started = time.perf_counter()
        explicit_reasons(text)
        detect_audience(text)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    print(f"validation messages, explicit_reasons + detect_audience: median {statistics.median(times):.3f} ms,"
          f" max {times[-1]:.3f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="list the texts behind each miss")
    parser.add_argument("--language", action="store_true", help="compare py3langid and lingua, raw")
    parser.add_argument("--speed", action="store_true", help="time the rules on 100,000-character inputs")
    parser.add_argument("--team-sets", action="store_true", help="also the layer on the team's own data")
    args = parser.parse_args()
    for language in ("en", "cy"):
        measure(language, args.show_misses)
    short_messages()
    if args.team_sets:
        team_sets()
    if args.language:
        compare_identifiers()
    if args.speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
