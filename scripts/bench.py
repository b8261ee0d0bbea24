"""`make bench`: the whole assess+compose path on a few thousand realistic messages.

Prints model load time, median and 99th-percentile latency per message, messages per second in
one process, and peak memory. Targets (issue 7): median < 10 ms, p99 < 30 ms, >= 200 msg/s,
load < 10 s, peak memory < 1 GB. Then where the time of one message goes: the model's parse,
language identification, the safety layer's and the audience's regexes, and compose().
"""
from __future__ import annotations

import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core import ChatPrefs, respond  # noqa: E402
from bot.privacy import configure_logging  # noqa: E402
from nlu.data_check import held_out_examples, training_examples  # noqa: E402

TARGETS = {"median_ms": 10, "p99_ms": 30, "per_second": 200, "load_s": 10, "peak_mb": 1000}


def messages(count: int = 4000) -> list:
    """Real example messages from both languages, with the oddities people send mixed in."""
    pool = []
    for language in ("en", "cy"):
        for source in (training_examples(language), held_out_examples(language)):
            for items in source.values():
                pool.extend((text, language) for text in items)
    rng = random.Random(7)
    extras = [("", "en"), ("😭😭😭", "en"), ("a" * 4000, "en"), ("ok", "cy")]
    chosen = [rng.choice(pool) for _ in range(count - len(extras))] + extras
    rng.shuffle(chosen)
    return chosen


def main() -> int:
    configure_logging("WARNING")
    load_before = os.getloadavg()[0]
    from nlu.model import IntentModel

    started = time.perf_counter()
    model = IntentModel()
    load_s = time.perf_counter() - started

    batch = messages()
    respond("warm up", ChatPrefs(), model=model)
    latencies = []
    wall = time.perf_counter()
    for text, language in batch:
        t0 = time.perf_counter()
        outcome = respond(text, ChatPrefs(language=language), model=model)
        latencies.append((time.perf_counter() - t0) * 1000)
        assert not outcome.failed
    wall = time.perf_counter() - wall

    latencies.sort()
    result = {
        "load_s": load_s,
        "median_ms": statistics.median(latencies),
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1],
        "per_second": len(batch) / wall,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print(f"messages           {len(batch)}")
    print(f"machine            {os.cpu_count()} cores, load average {load_before:.2f} at the start, "
          f"{os.getloadavg()[0]:.2f} at the end (other processes slow every number down)")
    rows = (("load_s", "model load", "{:.1f} s", "<"), ("median_ms", "latency median", "{:.2f} ms", "<"),
            ("p99_ms", "latency p99", "{:.2f} ms", "<"), ("per_second", "throughput", "{:.0f} messages/s", ">="),
            ("peak_mb", "peak memory (RSS)", "{:.0f} MB", "<"))
    misses = []
    for key, label, shape, relation in rows:
        met = result[key] >= TARGETS[key] if relation == ">=" else result[key] < TARGETS[key]
        misses += [] if met else [key]
        target = f"{relation} {TARGETS[key]}"
        print(f"{label:18} {shape.format(result[key]):18} target {target:8} {'within' if met else 'MISSED'}")
    print(f"{'latency max':18} {latencies[-1]:.2f} ms")
    print("all targets met" if not misses else f"targets missed: {', '.join(misses)}")
    print_breakdown(model, batch[:1000])
    return 0


def print_breakdown(model, batch) -> None:
    """Mean time per message of each step of assess()+compose(), on the same messages."""
    from nlu.assess import assess
    from nlu.audience import detect_audience
    from nlu.language import detect_language
    from nlu.safety import explicit_reasons, mentions_a_concern
    from responses import compose

    steps = {
        "model parse": lambda text, lang: model.parse(text),
        "language id": lambda text, lang: detect_language(text, lang),
        "safety regexes": lambda text, lang: (explicit_reasons(text), mentions_a_concern(text)),
        "audience regexes": lambda text, lang: detect_audience(text),
        "assess (all)": lambda text, lang: assess(text, lang, model=model),
    }
    print("time per message, by step:")
    for name, step in steps.items():
        t0 = time.perf_counter()
        for text, language in batch:
            step(text, language)
        print(f"  {name:18} {(time.perf_counter() - t0) * 1000 / len(batch):.2f} ms")
    assessments = [assess(text, language, model=model) for text, language in batch]
    t0 = time.perf_counter()
    for a in assessments:
        compose(a)
    print(f"  {'compose':18} {(time.perf_counter() - t0) * 1000 / len(batch):.2f} ms")


if __name__ == "__main__":
    sys.exit(main())
