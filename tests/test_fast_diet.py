"""The model as the bot loads it (nlu/model.py unpacks the archive and loads the prediction graph
itself; nlu/components.py builds DIET and the ResponseSelector for prediction only, without the
optimizer, and traces their prediction without AutoGraph) must predict exactly what Rasa's own
DIETClassifier and ResponseSelector predict from the same trained files, loaded the Rasa way.
Every held-out message in both languages goes through both."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from nlu.data_check import held_out_examples
from nlu.model import model_path

TOLERANCE = 1e-5  # float32 arithmetic in a traced graph vs. the same graph built another way


def messages():
    return [text for language in ("en", "cy") for items in held_out_examples(language).values() for text in items]


@pytest.fixture(scope="module")
def texts():
    texts = messages()
    assert len(texts) > 200
    return texts


@pytest.fixture(scope="module")
def rasas_own(tmp_path_factory, texts):
    """Each held-out message parsed by Rasa's own classes, loaded by Rasa from the same archive:
    (DIET's intent ranking, the ResponseSelector's ranking of advice subjects)."""
    from bot.privacy import quiet_libraries

    quiet_libraries()
    from rasa.core.channels.channel import UserMessage
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.nlu.classifiers.diet_classifier import DIETClassifier
    from rasa.nlu.selectors.response_selector import ResponseSelector

    from nlu.components import FastLoadingDIETClassifier, FastLoadingResponseSelector

    storage, metadata = LocalModelStorage.from_model_archive(
        Path(tmp_path_factory.mktemp("model")), model_path())
    schema = metadata.predict_schema
    nodes = dict(schema.nodes)
    for ours, rasas in ((FastLoadingDIETClassifier, DIETClassifier),
                        (FastLoadingResponseSelector, ResponseSelector)):
        # Rasa's own class and loading, under the name the trained files are stored by (both
        # components name their files after their class)
        stock = type(ours.__name__, (rasas,), {})
        assert "load" not in stock.__dict__ and "_load_model_class" not in stock.__dict__
        [name] = [name for name, node in nodes.items() if node.uses is ours]
        nodes[name] = dataclasses.replace(nodes[name], uses=stock)
    stock_schema = type(schema)(nodes)
    runner = DaskGraphRunner.create(graph_schema=stock_schema, model_storage=storage,
                                    execution_context=ExecutionContext(stock_schema, metadata.model_id))
    target = metadata.nlu_target
    parsed = runner.run(inputs={"__message__": [UserMessage(t) for t in texts]}, targets=[target])[target]
    return [(intent_ranking(m.as_dict(only_output_properties=True)),
             subject_ranking(m.as_dict(only_output_properties=True))) for m in parsed]


def intent_ranking(data):
    return [(item["name"], item["confidence"]) for item in data.get("intent_ranking") or []]


def subject_ranking(data):
    selector = (data.get("response_selector") or {}).get("faq") or {}
    return [(item["intent_response_key"], item["confidence"]) for item in selector.get("ranking") or []]


def test_diet_as_the_bot_loads_it_predicts_exactly_what_rasas_diet_predicts(model, texts, rasas_own):
    ours = [list(model.parse(text).ranking) for text in texts]
    differences = [(text, o[:2], r[:2]) for text, o, (r, _) in zip(texts, ours, rasas_own, strict=True)
                   if not same_prediction(o, r)]
    assert differences == []


def test_response_selector_as_the_bot_loads_it_predicts_exactly_what_rasas_predicts(model, texts, rasas_own):
    # every node, the selector included, whatever DIET said (parse() skips it when advice is impossible)
    ours = [subject_ranking(model._run_graph(model._message(text), every_node=True)) for text in texts]
    assert all(ours) and all(r for _, r in rasas_own)
    differences = [(text, o[:2], r[:2]) for text, o, (_, r) in zip(texts, ours, rasas_own, strict=True)
                   if not same_prediction(o, r)]
    assert differences == []


def test_prediction_is_traced_once_without_autograph(model, texts):
    from nlu.components import _TracedPredictStep

    networks = [step.node._component.model for step in model._steps
                if getattr(getattr(step.node, "_component", None), "model", None) is not None]
    assert len(networks) == 2  # DIET and the ResponseSelector
    for text in texts[:50] + ["", "a" * 3000, "😭"]:
        model.parse(text)
    for network in networks:
        assert isinstance(network._tf_predict_step, _TracedPredictStep)
        assert network._tf_predict_step.tracing_count() == 1  # any length of message, one graph


def same_prediction(ours, rasas):
    """The same top label, and every label's confidence the same (the order of labels whose
    confidence is practically zero is float noise, so it is compared by name)."""
    by_name = dict(rasas)
    return (bool(ours) and ours[0][0] == rasas[0][0] and set(dict(ours)) == set(by_name)
            and all(abs(confidence - by_name[name]) <= TOLERANCE for name, confidence in ours))


@pytest.mark.parametrize("bad_name", ["../outside.json", "/../../outside.json", "components/../../outside.json"])
def test_a_model_archive_reaching_outside_its_folder_is_refused(tmp_path, bad_name):
    import io
    import tarfile

    from nlu.model import _unpack

    archive = tmp_path / "bad.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name in ("components/ok.json", bad_name):
            info = tarfile.TarInfo(name)
            info.size = 2
            tar.addfile(info, io.BytesIO(b"{}"))
    into = tmp_path / "a" / "b" / "unpacked"
    into.mkdir(parents=True)
    with pytest.raises(ValueError, match="unexpected member"):
        _unpack(archive, into)
    assert not list(tmp_path.rglob("outside.json"))


def test_a_model_archive_with_a_link_is_refused(tmp_path):
    import tarfile

    from nlu.model import _unpack

    archive = tmp_path / "link.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("components/vocabularies.json")
        info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(info)
    (tmp_path / "unpacked").mkdir()
    with pytest.raises(ValueError, match="unexpected member"):
        _unpack(archive, tmp_path / "unpacked")
    assert not (tmp_path / "unpacked" / "components" / "vocabularies.json").exists()
