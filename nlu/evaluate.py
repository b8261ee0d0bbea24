"""`make evaluate`: `rasa test nlu` on the held-out sets, per-intent precision and recall by language.

Exits non-zero if recall on a risk intent is below the threshold for its language.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

from .intents import RISK_INTENTS
from .model import PROJECT_DIR, model_path

TEST_SETS = {"en": PROJECT_DIR / "tests/nlu/test_en.yml", "cy": PROJECT_DIR / "tests/nlu/test_cy.yml"}
RECALL_THRESHOLD = {"en": 0.95, "cy": 0.90}
RESULTS = PROJECT_DIR / "results"


def rasa_test(language: str) -> dict:
    out = RESULTS / language
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", RASA_TELEMETRY_ENABLED="false",
               PYTHONPATH=str(PROJECT_DIR))  # config.yml names nlu.components
    command = [os.path.join(os.path.dirname(sys.executable), "rasa"), "test", "nlu",
               "--nlu", str(TEST_SETS[language]), "--model", str(model_path()),
               "--out", str(out), "--quiet"]
    subprocess.run(command, cwd=PROJECT_DIR, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return json.loads((out / "intent_report.json").read_text())


def print_table(language: str, report: dict) -> list:
    failures = []
    print(f"\n{language}: {TEST_SETS[language].relative_to(PROJECT_DIR)}")
    print(f"{'intent':32} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}")
    for intent in sorted(k for k, v in report.items() if isinstance(v, dict) and "support" in v and k not in ("micro avg", "macro avg", "weighted avg")):
        row = report[intent]
        if not row["support"] and intent not in RISK_INTENTS:
            continue
        mark = ""
        if intent in RISK_INTENTS:
            mark = " *"
            if row["recall"] < RECALL_THRESHOLD[language]:
                mark = f" * BELOW {RECALL_THRESHOLD[language]}"
                failures.append((language, intent, row["recall"]))
        print(f"{intent:32} {row['precision']:9.3f} {row['recall']:7.3f} {row['f1-score']:6.3f} {row['support']:4d}{mark}")
    print(f"{'accuracy':32} {report.get('accuracy', 0):>17.3f}")
    return failures


def main() -> int:
    failures = []
    for language in ("en", "cy"):
        failures += print_table(language, rasa_test(language))
    print("\n* risk intent: recall must be at least 0.95 (en) / 0.90 (cy)")
    if failures:
        print("FAILED: " + ", ".join(f"{i} ({l}) recall {r:.3f}" for l, i, r in failures))
        return 1
    print("all risk-intent recall thresholds hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
