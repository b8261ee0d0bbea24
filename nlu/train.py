"""Train the NLU model into models/nlu.tar.gz (`make model` runs this when data or config changed).

Reproducible: DIET's random seed is fixed in config.yml and hashing is fixed here.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

from .model import DEFAULT_MODEL_PATH, PROJECT_DIR


def main() -> int:
    env = dict(os.environ, PYTHONHASHSEED="0", TF_CPP_MIN_LOG_LEVEL="3",
               RASA_TELEMETRY_ENABLED="false", TF_DETERMINISTIC_OPS="1",
               PYTHONWARNINGS="ignore", PYTHONPATH=str(PROJECT_DIR))  # config.yml names nlu.components
    command = [
        os.path.join(os.path.dirname(sys.executable), "rasa"), "train", "nlu",
        "--config", "config.yml", "--nlu", "nlu/data", "--domain", "nlu/domain.yml",
        "--out", str(DEFAULT_MODEL_PATH.parent), "--fixed-model-name", "nlu", "--quiet",
    ]
    print("training the NLU model (a few minutes, once)...", file=sys.stderr)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=PROJECT_DIR, env=env)
    if result.returncode != 0 or not DEFAULT_MODEL_PATH.is_file():
        print("error: NLU training failed", file=sys.stderr)
        return result.returncode or 1
    print(f"trained {DEFAULT_MODEL_PATH} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
