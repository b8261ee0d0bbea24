"""Shared fixtures: the real trained model, loaded once per test session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def model():
    from nlu.model import IntentModel

    return IntentModel()
