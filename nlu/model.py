"""The trained Rasa NLU model: found on disk, loaded once, parsed synchronously.

We call the processor's graph directly (no tracker store, no dialogue, no async wrapper), so a
parse is one plain function call and Rasa's `processor.message.parse` debug event, which carries
the message text, is never emitted.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_PATH = PROJECT_DIR / "models" / "nlu.tar.gz"
MAX_MODEL_CHARS = 1000  # the model sees at most this much; the safety layer sees everything


class ModelMissing(RuntimeError):
    """No trained model at the expected path."""


@dataclass(frozen=True)
class Parse:
    """What the model said: DIET's label and ranking, and for advice questions (`faq`) the
    ResponseSelector's subject (`what_is_ceop`, ...) with its confidence and ranking."""
    intent: str
    confidence: float
    ranking: Tuple[Tuple[str, float], ...]
    faq_subject: Optional[str] = None
    faq_confidence: float = 0.0
    faq_ranking: Tuple[Tuple[str, float], ...] = ()


def _subject(intent_response_key: str) -> str:
    """'faq/what_is_ceop' -> 'what_is_ceop'."""
    return intent_response_key.split("/", 1)[-1]


def model_path() -> Path:
    return Path(os.environ.get("NLU_MODEL_PATH", DEFAULT_MODEL_PATH))


class IntentModel:
    """A loaded Rasa NLU model. Load once (about 12 s), then `parse` takes milliseconds."""

    def __init__(self, path: Path | None = None) -> None:
        from bot.privacy import quiet_libraries

        quiet_libraries()
        path = Path(path or model_path())
        if not path.is_file():
            raise ModelMissing(f"no NLU model at {path}; run `make model` to train it")
        from rasa.core.agent import Agent
        from rasa.shared.core.trackers import DialogueStateTracker

        self._agent = Agent.load(str(path))
        self._tracker_type = DialogueStateTracker
        self.path = path
        self.parse("warm up")  # trace the prediction graph now, not on a person's first message

    def parse(self, text: str) -> Parse:
        from rasa.core.channels.channel import UserMessage

        # A leading "/" would be read by Rasa as an intent name ("/greet"): never let it.
        clean = (text or "").lstrip("/ \t\n")[:MAX_MODEL_CHARS] or "?"
        message = UserMessage(clean, sender_id="local")
        tracker = self._tracker_type.from_events("local", [])
        data = self._agent.processor._parse_message_with_graph(message, tracker)
        ranking: List[Tuple[str, float]] = [
            (item["name"], float(item["confidence"])) for item in data.get("intent_ranking", [])
        ]
        intent = data.get("intent") or {}
        selector = (data.get("response_selector") or {}).get("faq") or {}
        chosen = selector.get("response") or {}
        faq_ranking = tuple((_subject(item["intent_response_key"]), float(item["confidence"]))
                            for item in selector.get("ranking") or [] if item.get("intent_response_key"))
        return Parse(
            intent=intent.get("name") or "nlu_fallback",
            confidence=float(intent.get("confidence") or 0.0),
            ranking=tuple(ranking),
            faq_subject=_subject(chosen["intent_response_key"]) if chosen.get("intent_response_key") else None,
            faq_confidence=float(chosen.get("confidence") or 0.0),
            faq_ranking=faq_ranking,
        )
