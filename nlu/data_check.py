"""Read the Rasa YAML training and test files: examples per intent and language."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Dict, List

import yaml

from .model import PROJECT_DIR

TRAIN_DIR = PROJECT_DIR / "nlu" / "data"
TEST_DIR = PROJECT_DIR / "tests" / "nlu"


def read_examples(path: Path) -> Dict[str, List[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    examples: Dict[str, List[str]] = defaultdict(list)
    for block in data.get("nlu", []):
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                examples[block["intent"]].append(line[2:].strip())
    return examples


def training_examples(language: str) -> Dict[str, List[str]]:
    merged: Dict[str, List[str]] = defaultdict(list)
    for path in sorted((TRAIN_DIR / language).glob("*.yml")):
        for intent, items in read_examples(path).items():
            merged[intent].extend(items)
    return merged


def held_out_examples(language: str) -> Dict[str, List[str]]:
    return read_examples(TEST_DIR / f"test_{language}.yml")
