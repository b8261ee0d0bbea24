"""DIET and the ResponseSelector, loaded in about 2 seconds instead of about 12 each.

Rasa builds DIET's network at load time by running one training step and then loading the
trained weights. In graph mode, Keras first traces the whole training step, and that takes
about 9 s on this machine. Built eagerly, the network is the same and the weights are the same:
predictions are identical (checked on the held-out sets). Prediction is then put back into
graph mode (a traced tf.function), so each message still takes a few milliseconds.
"""
from __future__ import annotations

from typing import Any, Dict

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.utils.tensorflow.constants import RUN_EAGERLY


def _fast_load(cls, config, model_storage, resource, execution_context, **kwargs):
    component = super(cls, cls).load({**config, RUN_EAGERLY: True}, model_storage, resource,
                                     execution_context, **kwargs)
    if component.model is not None:
        component.model._run_eagerly = False      # predict in graph mode again
        component.model._tf_predict_step = None   # traced on the first parse
    return component


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FastLoadingDIETClassifier(DIETClassifier):
    """DIETClassifier, trained the same way, built eagerly when loaded."""

    @classmethod
    def load(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> FastLoadingDIETClassifier:
        return _fast_load(cls, config, model_storage, resource, execution_context, **kwargs)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FastLoadingResponseSelector(ResponseSelector):
    """ResponseSelector (advice subjects of `faq`), trained the same way, built eagerly when loaded."""

    @classmethod
    def load(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> FastLoadingResponseSelector:
        return _fast_load(cls, config, model_storage, resource, execution_context, **kwargs)
