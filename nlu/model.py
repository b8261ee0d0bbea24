"""The trained Rasa NLU model: found on disk, loaded once, parsed synchronously.

We unpack the archive and load the prediction graph's nodes ourselves (no Agent, no message
processor, no dask), and run them in order (no tracker store, no dialogue, no async wrapper), so
a parse is one plain function call and neither Rasa's `processor.message.parse` debug event nor
the graph runner's debug line, which carry the message text, is ever made. The ResponseSelector
(advice subjects) runs only when DIET's ranking could make the message an advice question: it
costs as much as DIET itself. nlu/components.py loads DIET and the selector for prediction only.
`make bench` measures load time, latency, throughput and memory.
"""
from __future__ import annotations

import gc
import gzip
import json
import os
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, List, NamedTuple, Optional, Tuple

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_PATH = PROJECT_DIR / "models" / "nlu.tar.gz"
MAX_MODEL_CHARS = 1000  # the model sees at most this much; the safety layer sees everything
MESSAGE_INPUT = "__message__"  # the prediction graph's input: the user's message


class Step(NamedTuple):
    """One node of the prediction graph: its name, the loaded node, the nodes whose output it
    takes, and whether it is the ResponseSelector (which runs only when advice is possible)."""
    name: str
    node: Any
    needs: Tuple[str, ...]
    is_selector: bool


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


def _prepare_process() -> None:
    """Settings that must be made before TensorFlow is first imported (later calls change nothing).

    - One thread per TensorFlow op pool: a message is a batch of one, and on a shared 2-core
      machine more threads only add switching (TensorFlow reads these when it starts).
    - TensorFlow 2.12 imports jax (half a second, about 60 MB) only to offer converting jax
      functions to TensorFlow Lite, and does without it when it is missing: it is marked missing.
    """
    os.environ.setdefault("TF_NUM_INTRAOP_THREADS", "1")
    os.environ.setdefault("TF_NUM_INTEROP_THREADS", "1")
    if "tensorflow" not in sys.modules:
        sys.modules.setdefault("jax", None)  # type: ignore[arg-type]


def _unpack(archive: Path, into: Path) -> None:
    """Extract a model archive in one pass over it (Rasa's own extraction decompresses the archive
    twice: once to check its members, once to extract them). Only plain files and folders whose
    paths stay inside `into` are extracted; anything else stops the load."""
    with gzip.open(archive, "rb") as stream, tarfile.open(fileobj=stream, mode="r|") as tar:
        for member in tar:
            name = member.name.lstrip("/")
            parts = Path(name).parts
            if not name or not (member.isfile() or member.isdir()) or ".." in parts:
                if name or not member.isdir():  # the archive's own root folder is skipped
                    raise ValueError(f"unexpected member in the model archive: {member.name!r}")
                continue
            member.name = name
            tar.extract(member, into, set_attrs=False)


def _load_prediction_graph(archive: Path, unpacked: Path) -> Tuple[List[Step], str]:
    """The NLU prediction graph's nodes, loaded from `archive` (unpacked into `unpacked`, which
    is no longer needed once this returns), in the order they run, and the name of the last."""
    from rasa.engine.graph import ExecutionContext, GraphNode
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.storage import ModelMetadata
    from rasa.nlu.selectors.response_selector import ResponseSelector

    _unpack(archive, unpacked)
    metadata_file = unpacked / "metadata.json"
    if not metadata_file.is_file():
        raise ValueError(f"{archive} is not a Rasa 3 model (no metadata.json)")
    metadata = ModelMetadata.from_dict(json.loads(metadata_file.read_text(encoding="utf-8")))
    target = metadata.nlu_target
    schema = metadata.predict_schema.minimal_graph_schema([target])
    storage = LocalModelStorage(unpacked / "components")
    context = ExecutionContext(graph_schema=metadata.predict_schema, model_id=metadata.model_id)

    order: List[str] = []

    def visit(name: str) -> None:
        if name in order or name == MESSAGE_INPUT:
            return
        if name not in schema.nodes:
            raise ValueError(f"the NLU graph needs {name!r}, which a parse does not provide")
        for need in schema.nodes[name].needs.values():
            visit(need)
        order.append(name)

    visit(target)
    steps = []
    for name in order:
        node = GraphNode.from_schema_node(name, schema.nodes[name], storage, context)
        steps.append(Step(name, node, tuple(schema.nodes[name].needs.values()),
                          issubclass(schema.nodes[name].uses, ResponseSelector)))
    return steps, target


class IntentModel:
    """A loaded Rasa NLU model. Load once (about 5 s), then `parse` takes a few milliseconds."""

    def __init__(self, path: Path | None = None) -> None:
        from bot.privacy import quiet_libraries

        quiet_libraries()
        path = Path(path or model_path())
        if not path.is_file():
            raise ModelMissing(f"no NLU model at {path}; run `make model` to train it")
        _prepare_process()
        with tempfile.TemporaryDirectory(prefix="nlu-model-") as unpacked:
            self._steps, self._target = _load_prediction_graph(path, Path(unpacked))
        self.path = path
        # trace the prediction graph now (the ResponseSelector too), not on a person's first message
        self._run_graph(self._message("warm up"), every_node=True)
        # What is loaded by now (TensorFlow, Rasa, the model: half a million objects) lives as long
        # as the process. Python's full garbage collections would go through all of it, a fifth of
        # a second each time, in the middle of someone's message: it is set aside from them.
        gc.collect()
        gc.freeze()

    @staticmethod
    def _message(text: str):
        from rasa.core.channels.channel import UserMessage

        # A leading "/" would be read by Rasa as an intent name ("/greet"): never let it.
        clean = (text or "").lstrip("/ \t\n")[:MAX_MODEL_CHARS] or "?"
        return UserMessage(clean, sender_id="local")

    def _run_graph(self, message, every_node: bool = False) -> dict:
        from rasa.shared.nlu.constants import INTENT_RANKING_KEY

        results = {MESSAGE_INPUT: (MESSAGE_INPUT, [message])}
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
