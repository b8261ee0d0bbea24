"""The training and held-out data: enough of it, apart, and valid for Rasa."""
from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest
import yaml

from nlu.data_check import TRAIN_DIR, held_out_examples, read_examples, training_examples
from nlu.intents import (
    ADVICE_INTENTS,
    ALL_INTENTS,
    FAQ_SUBJECTS,
    MIXED_INTENTS,
    MODEL_INTENTS,
    RISK_INTENTS,
    SMALLTALK_INTENTS,
    topic_for,
)
from nlu.model import PROJECT_DIR

# (risk intents, advice subjects, mixed labels, every other intent)
MIN_TRAIN = {"en": (150, 20, 4, 40), "cy": (100, 15, 3, 25)}
MIN_TEST_RISK = {"en": 40, "cy": 30}
MIN_HARD_NEGATIVES = {"en": 200, "cy": 150}
BLIND_SETS = [f"{name}_{lang}.yml" for name in ("validation", "challenge") for lang in ("en", "cy")]


def _minimum(language: str, intent: str) -> int:
    risk, advice, mixed, other = MIN_TRAIN[language]
    if intent in RISK_INTENTS:
        return risk
    if intent in ADVICE_INTENTS:
        return advice
    return mixed if intent in MIXED_INTENTS else other


@pytest.mark.parametrize("language", ["en", "cy"])
def test_training_data_has_enough_examples_for_every_intent(language):
    counts = {intent: len(set(e.lower() for e in items)) for intent, items in training_examples(language).items()}
    for intent in ALL_INTENTS:
        assert counts.get(intent, 0) >= _minimum(language, intent), f"{language} {intent}: {counts.get(intent, 0)}"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_hard_negatives_are_many_and_spread_over_small_talk_out_of_scope_and_advice(language):
    examples = read_examples(TRAIN_DIR / language / "hard_negatives.yml")
    assert sum(len(items) for items in examples.values()) >= MIN_HARD_NEGATIVES[language]
    kinds = Counter(topic_for(intent).value for intent in examples for _ in examples[intent])
    assert set(kinds) == {"out_of_scope", "advice", "smalltalk"}, kinds
    assert not any(topic_for(intent).value in {"sextortion", "grooming", "image_shared"} or "+" in intent
                   or intent in RISK_INTENTS for intent in examples)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_held_out_set_covers_every_risk_intent(language):
    counts = {intent: len(items) for intent, items in held_out_examples(language).items()}
    for intent in RISK_INTENTS:
        assert counts.get(intent, 0) >= MIN_TEST_RISK[language], (language, intent)


def _training_texts() -> set:
    return {e.lower().strip() for lang in ("en", "cy") for items in training_examples(lang).values() for e in items}


def test_held_out_examples_are_never_in_the_training_data():
    training = _training_texts()
    leaked = [e for lang in ("en", "cy") for items in held_out_examples(lang).values() for e in items
              if e.lower().strip() in training]
    assert leaked == []


@pytest.mark.parametrize("name", BLIND_SETS)
def test_blind_sets_are_never_in_the_training_data(name):
    """The validation and challenge sets measure; not one of their messages is trained on."""
    training = _training_texts()
    messages = yaml.safe_load((PROJECT_DIR / "tests" / "nlu" / name).read_text(encoding="utf-8"))["messages"]
    assert len(messages) >= 100
    leaked = sum(m["text"].lower().strip() in training for m in messages)
    assert leaked == 0, f"{leaked} messages of {name} are in the training data"


def test_no_training_example_is_under_two_intents():
    owner = {}
    for lang in ("en", "cy"):
        for intent, items in training_examples(lang).items():
            for example in items:
                assert owner.setdefault(example.lower().strip(), intent) == intent, example


def test_domain_lists_exactly_the_intents_the_code_knows():
    domain = yaml.safe_load((PROJECT_DIR / "nlu" / "domain.yml").read_text())
    assert tuple(domain["intents"]) == MODEL_INTENTS
    assert set(domain["responses"]) == {f"utter_{intent}" for intent in ADVICE_INTENTS}
    for language in ("en", "cy"):
        assert set(training_examples(language)) == set(ALL_INTENTS)
    assert len(FAQ_SUBJECTS) == 26 and set(SMALLTALK_INTENTS) < set(MODEL_INTENTS)


def test_rasa_data_validate_passes_with_no_warnings():
    rasa = os.path.join(os.path.dirname(sys.executable), "rasa")
    result = subprocess.run(
        [rasa, "data", "validate", "--data", str(TRAIN_DIR), "--domain", "nlu/domain.yml",
         "--config", "config.yml", "--fail-on-warnings"],
        cwd=PROJECT_DIR, capture_output=True, text=True,
        env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore", PYTHONPATH=str(PROJECT_DIR)),
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
