"""`make bench`: the whole assess+compose path on a few thousand realistic messages.

Prints model load time, median and 99th-percentile latency per message, messages per second in
one process, and peak memory. Targets (issue 2): median < 15 ms, p99 < 50 ms, >= 100 msg/s,
load < 15 s, peak memory < 1.2 GB.
"""
from __future__ import annotations

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

TARGETS = {"median_ms": 15, "p99_ms": 50, "per_second": 100, "load_s": 15, "peak_mb": 1200}


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
    print(f"model load         {result['load_s']:.1f} s      (target < {TARGETS['load_s']} s)")
    print(f"latency median     {result['median_ms']:.2f} ms   (target < {TARGETS['median_ms']} ms)")
    print(f"latency p99        {result['p99_ms']:.2f} ms   (target < {TARGETS['p99_ms']} ms)")
    print(f"latency max        {latencies[-1]:.2f} ms")
    print(f"throughput         {result['per_second']:.0f} messages/s (target >= {TARGETS['per_second']})")
    print(f"peak memory (RSS)  {result['peak_mb']:.0f} MB    (target < {TARGETS['peak_mb']} MB)")
    misses = [k for k, v in result.items()
              if (v < TARGETS[k] if k == "per_second" else v >= TARGETS[k])]
    print("all targets met" if not misses else f"targets missed: {', '.join(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
