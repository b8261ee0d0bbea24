"""DIET and the ResponseSelector, loaded for prediction only: in well under a second each, with
no optimizer state, and their prediction traced without AutoGraph.

Rasa builds each network at load time by compiling it with an Adam optimizer, running one
training step in graph mode (Keras traces the whole training step: about 9 s) and then loading
the trained weights *and the optimizer's two slots for every weight* from the checkpoint. None of
that is needed to predict. Here the network is built by running one prediction eagerly, the
trained weights are restored into it (every variable the prediction uses must be found in the
checkpoint; the optimizer's slots, two thirds of the file, are never read), the label embeddings
are computed again from those weights, and prediction is traced once, on the first parse, with
the same input signature Rasa uses, without AutoGraph (Rasa's prediction has no Python control
flow on tensors, so the traced graph is the same, and tracing takes a fraction of the time).

Predictions are identical to Rasa's own classes on the same trained files (tests/test_fast_diet.py
checks every held-out message). Training is Rasa's, unchanged; fine-tuning loads the Rasa way.
"""
from __future__ import annotations

import copy
from typing import Any, Dict, List, Optional, Tuple, Type

import tensorflow as tf  # type: ignore[import-untyped]  # no stubs in the lock
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.nlu.extractors.extractor import EntityTagSpec
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.shared.nlu.constants import TEXT
from rasa.utils.tensorflow.constants import USE_TEXT_AS_LABEL
from rasa.utils.tensorflow.model_data import RasaModelData
from rasa.utils.tensorflow.models import RasaModel


class _TracedPredictStep:
    """Stands in for RasaModel._tf_predict_step: on the first call, traces `predict_step` with the
    input signature Rasa itself would give it (any batch size and length, fixed feature sizes),
    with AutoGraph off; every call runs that one traced graph (TensorFlow 2.12's
    ConcreteFunction._call_flat: a private method, pinned with TensorFlow in requirements.lock)."""

    def __init__(self, model: RasaModel) -> None:
        self._model = model
        self._traced: Any = None  # the tf.function, once traced
        self._graph: Any = None  # its one concrete function
        self._specs: List[Any] = []
        self._shapes: List[Tuple[Optional[int], ...]] = []

    def __call__(self, batch_in: Any) -> Any:
        if self._traced is None:
            [self._specs] = self._model._dynamic_signature(batch_in)
            self._traced = tf.function(self._model.predict_step, input_signature=[self._specs],
                                       autograph=False)
            self._graph = self._traced.get_concrete_function()
            self._shapes = [tuple(spec.shape.as_list()) for spec in self._specs]
        # The graph called directly with the batch's arrays as tensors of the signature's types:
        # what tf.function does on each call, without its generic matching of arguments to
        # signatures (about half a millisecond a call, as much as running the graph itself).
        for array, shape in zip(batch_in, self._shapes, strict=True):
            if len(array.shape) != len(shape) or shape[-1] not in (None, array.shape[-1]):
                raise ValueError(f"an array of shape {array.shape} for a signature of {shape}")
        tensors = [tf.convert_to_tensor(array, dtype=spec.dtype)
                   for array, spec in zip(batch_in, self._specs, strict=True)]
        return self._graph._call_flat(tensors, self._graph.captured_inputs)

    def tracing_count(self) -> int:
        return 0 if self._traced is None else self._traced.experimental_get_tracing_count()


def load_for_prediction(model_class: Type[RasaModel], tf_model_file: str,
                        model_data_example: RasaModelData, label_data: RasaModelData,
                        entity_tag_specs: List[EntityTagSpec], config: Dict[str, Any]) -> RasaModel:
    """The trained network of a DIETClassifier or ResponseSelector, ready to predict."""
    predict_data_example = RasaModelData(
        label_key=model_data_example.label_key,
        data={name: features for name, features in model_data_example.items() if TEXT in name},
    )
    model = model_class(data_signature=model_data_example.get_signature(), label_data=label_data,
                        entity_tag_specs=entity_tag_specs, config=copy.deepcopy(config))
    model.run_eagerly = True
    model.run_inference(predict_data_example)  # creates every variable prediction uses
    status = model.load_weights(tf_model_file)
    status.expect_partial()  # the optimizer's slots are in the checkpoint too: not wanted
    status.assert_existing_objects_matched()  # but every variable of the network is restored
    model.run_eagerly = False
    # the label embeddings were computed from the untrained weights: compute them again (eagerly,
    # before the first traced prediction, which captures them)
    model.prepared_for_prediction = False
    model.all_labels_embed = None
    model._tf_predict_step = _TracedPredictStep(model)
    return model


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FastLoadingDIETClassifier(DIETClassifier):
    """DIETClassifier, trained the same way, loaded for prediction only."""

    @classmethod
    def _load_model_class(cls, tf_model_file: str, model_data_example: RasaModelData,
                          label_data: RasaModelData, entity_tag_specs: List[EntityTagSpec],
                          config: Dict[str, Any], finetune_mode: bool) -> RasaModel:
        if finetune_mode:  # training goes on: Rasa's way, optimizer state included
            return super()._load_model_class(tf_model_file, model_data_example, label_data,
                                             entity_tag_specs, config, finetune_mode)
        return load_for_prediction(cls.model_class(), tf_model_file, model_data_example, label_data,
                                   entity_tag_specs, config)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FastLoadingResponseSelector(ResponseSelector):
    """ResponseSelector (advice subjects of `faq`), trained the same way, loaded for prediction only."""

    @classmethod
    def _load_model_class(cls, tf_model_file: str, model_data_example: RasaModelData,
                          label_data: RasaModelData, entity_tag_specs: List[EntityTagSpec],
                          config: Dict[str, Any], finetune_mode: bool = False) -> RasaModel:
        if finetune_mode:
            return super()._load_model_class(tf_model_file, model_data_example, label_data,
                                             entity_tag_specs, config, finetune_mode)
        return load_for_prediction(cls.model_class(config[USE_TEXT_AS_LABEL]), tf_model_file,
                                   model_data_example, label_data, entity_tag_specs, config)
