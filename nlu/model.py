"""The trained Rasa NLU model: found on disk, loaded once, parsed synchronously.

We run the prediction graph's nodes ourselves, in order (no tracker store, no dialogue, no async
wrapper, no dask scheduling), so a parse is one plain function call and neither Rasa's
`processor.message.parse` debug event nor the graph runner's debug line, which carry the message
text, is ever made. The ResponseSelector (advice subjects) runs only when DIET's ranking could
make the message an advice question: it costs as much as DIET itself.
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


def _may_be_advice(ranking: list) -> bool:
    """Whether `faq` leads DIET's ranking, or leads it once the concern labels are set aside:
    the only cases in which assess() can answer with an advice subject."""
    from .intents import RETRIEVAL_INTENT, topic_for
    from .vocabulary import CONCERN_TOPICS

    names = [item.get("name") for item in ranking]
    if names[:1] == [RETRIEVAL_INTENT]:
        return True
    others = [n for n in names if n and topic_for(n) not in CONCERN_TOPICS and n != "nlu_fallback"]
    return others[:1] == [RETRIEVAL_INTENT]


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
        # one thread per TensorFlow op pool: a message is a tiny batch, and threads only add
        # switching and memory (read when TensorFlow is first imported)
        os.environ.setdefault("TF_NUM_INTRAOP_THREADS", "1")
        os.environ.setdefault("TF_NUM_INTEROP_THREADS", "1")
        from rasa.core.agent import Agent
        from rasa.shared.core.trackers import DialogueStateTracker

        self._agent = Agent.load(str(path))
        self._tracker = DialogueStateTracker.from_events("local", [])
        self._plan_graph()
        self.path = path
        # trace the prediction graph now (the ResponseSelector too), not on a person's first message
        self._run_graph(self._message("warm up"), every_node=True)

    def _plan_graph(self) -> None:
        """The prediction graph's nodes in the order they run, with what each one needs."""
        from rasa.nlu.selectors.response_selector import ResponseSelector

        processor = self._agent.processor
        runner = processor.graph_runner
        self._target = processor.model_metadata.nlu_target
        schema = runner._graph_schema.minimal_graph_schema([self._target])
        nodes = runner._instantiated_nodes
        order: List[str] = []

        def visit(name: str) -> None:
            if name in order or name not in schema.nodes:
                return
            for need in schema.nodes[name].needs.values():
                visit(need)
            order.append(name)

        visit(self._target)
        self._steps = [(name, nodes[name], tuple(schema.nodes[name].needs.values()),
                        isinstance(getattr(nodes[name], "_component", None), ResponseSelector))
                       for name in order]

    @staticmethod
    def _message(text: str):
        from rasa.core.channels.channel import UserMessage

        # A leading "/" would be read by Rasa as an intent name ("/greet"): never let it.
        clean = (text or "").lstrip("/ \t\n")[:MAX_MODEL_CHARS] or "?"
        return UserMessage(clean, sender_id="local")

    def _run_graph(self, message, every_node: bool = False) -> dict:
        from rasa.shared.nlu.constants import INTENT_RANKING_KEY

        results = {"__message__": ("__message__", [message]), "__tracker__": ("__tracker__", self._tracker)}
        for name, node, needs, is_selector in self._steps:
            if is_selector and not every_node \
                    and not _may_be_advice(results[needs[0]][1][0].get(INTENT_RANKING_KEY) or []):
                results[name] = (name, results[needs[0]][1])  # pass the messages through
                continue
            results[name] = node(*(results[need] for need in needs))
        parsed = results[self._target][1][0]
        return {"text": "", "intent": {"name": None, "confidence": 0.0}, "entities": [],
                **parsed.as_dict(only_output_properties=True)}

    def parse(self, text: str) -> Parse:
        data = self._run_graph(self._message(text))
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
