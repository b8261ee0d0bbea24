"""FastLoadingDIETClassifier (nlu/components.py) builds DIET's network eagerly to load in seconds
instead of tracing a training step. It must predict exactly what Rasa's own DIETClassifier
predicts from the same trained weights: the same model file is run twice, once as trained and once
with the DIET node swapped for Rasa's class, on every held-out message in both languages."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from nlu.data_check import held_out_examples
from nlu.model import model_path

TOLERANCE = 1e-5  # float32 arithmetic in a traced graph vs. the same graph built eagerly


def messages():
    return [text for language in ("en", "cy") for items in held_out_examples(language).values() for text in items]


def rankings(storage, metadata, schema, texts):
    from rasa.core.channels.channel import UserMessage
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.runner.dask import DaskGraphRunner

    runner = DaskGraphRunner.create(graph_schema=schema, model_storage=storage,
                                    execution_context=ExecutionContext(schema, metadata.model_id))
    target = metadata.nlu_target
    parsed = runner.run(inputs={"__message__": [UserMessage(t) for t in texts]}, targets=[target])[target]
    return [[(i["name"], i["confidence"]) for i in m.get("intent_ranking")] for m in parsed]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    from bot.privacy import quiet_libraries

    quiet_libraries()
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    storage, metadata = LocalModelStorage.from_model_archive(
        Path(tmp_path_factory.mktemp("model")), model_path())
    return storage, metadata


def test_fast_loading_diet_predicts_exactly_what_rasas_diet_predicts(loaded):
    from rasa.nlu.classifiers.diet_classifier import DIETClassifier

    from nlu.components import FastLoadingDIETClassifier

    storage, metadata = loaded
    schema = metadata.predict_schema
    [diet] = [name for name, node in schema.nodes.items() if node.uses is FastLoadingDIETClassifier]
    # Rasa's own class and loading, under the name the trained files are stored by (DIET names its
    # files after its class)
    rasas_own = type(FastLoadingDIETClassifier.__name__, (DIETClassifier,), {})
    assert "load" not in rasas_own.__dict__
    stock = dataclasses.replace(schema.nodes[diet], uses=rasas_own)
    stock_schema = type(schema)({**schema.nodes, diet: stock})

    texts = messages()
    assert len(texts) > 200
    fast, rasa = rankings(storage, metadata, schema, texts), rankings(storage, metadata, stock_schema, texts)
    differences = [(text, f[:2], r[:2])
                   for text, f, r in zip(texts, fast, rasa, strict=True) if not same_prediction(f, r)]
    assert differences == []


def same_prediction(fast, rasa):
    """The same top intent, and every intent's confidence the same (the order of intents whose
    confidence is practically zero is float noise, so it is compared by name)."""
    by_name = dict(rasa)
    return (fast[0][0] == rasa[0][0] and set(dict(fast)) == set(by_name)
            and all(abs(confidence - by_name[name]) <= TOLERANCE for name, confidence in fast))
