"""The training and held-out data: enough of it, apart, and valid for Rasa."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml

from nlu.data_check import TRAIN_DIR, held_out_examples, training_examples
from nlu.intents import ALL_INTENTS, RISK_INTENTS
from nlu.model import PROJECT_DIR

MIN_TRAIN = {"en": (150, 40), "cy": (100, 25)}   # (risk intents, every other intent)
MIN_TEST_RISK = {"en": 40, "cy": 30}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_training_data_has_enough_examples_for_every_intent(language):
    counts = {intent: len(set(e.lower() for e in items)) for intent, items in training_examples(language).items()}
    risk_min, other_min = MIN_TRAIN[language]
    for intent in ALL_INTENTS:
        minimum = risk_min if intent in RISK_INTENTS else other_min
        assert counts.get(intent, 0) >= minimum, f"{language} {intent}: {counts.get(intent, 0)} < {minimum}"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_held_out_set_covers_every_risk_intent(language):
    counts = {intent: len(items) for intent, items in held_out_examples(language).items()}
    for intent in RISK_INTENTS:
        assert counts.get(intent, 0) >= MIN_TEST_RISK[language], (language, intent)


def test_held_out_examples_are_never_in_the_training_data():
    training = {e.lower().strip() for lang in ("en", "cy") for items in training_examples(lang).values() for e in items}
    leaked = [e for lang in ("en", "cy") for items in held_out_examples(lang).values() for e in items
              if e.lower().strip() in training]
    assert leaked == []


def test_no_training_example_is_under_two_intents():
    owner = {}
    for lang in ("en", "cy"):
        for intent, items in training_examples(lang).items():
            for example in items:
                assert owner.setdefault(example.lower().strip(), intent) == intent, example


def test_domain_lists_exactly_the_intents_the_code_knows():
    domain = yaml.safe_load((PROJECT_DIR / "nlu" / "domain.yml").read_text())
    assert tuple(domain["intents"]) == ALL_INTENTS
    for language in ("en", "cy"):
        assert set(training_examples(language)) == set(ALL_INTENTS)


def test_rasa_data_validate_passes_with_no_warnings():
    rasa = os.path.join(os.path.dirname(sys.executable), "rasa")
    result = subprocess.run(
        [rasa, "data", "validate", "--data", str(TRAIN_DIR), "--domain", "nlu/domain.yml",
         "--config", "config.yml", "--fail-on-warnings"],
        cwd=PROJECT_DIR, capture_output=True, text=True,
        env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore", PYTHONPATH=str(PROJECT_DIR)),
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
