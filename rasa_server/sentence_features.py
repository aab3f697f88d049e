"""Drops the token-level features of the regexes and the counts before DIET (config.yml).

Without transformer layers (``number_of_transformer_layers: 0``) DIET reads the intent from the
sentence-level features alone: nothing carries the token-level (sequence) features into the
sentence vector, and entity recognition, the only other reader, is off. DIET would still embed
every token's features in every batch, for nothing; this component drops them first, which
shortens training (reports/nlu_pipeline_choice.md, "Round 46"). DIET needs some token-level
features to build its layers: the safety signs' (all zeros, rasa_server/safety_features.py) stay.
The intents' own features, on the label side, are left as they are.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import FEATURE_TYPE_SEQUENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


def drop_sequence_features(message: Message, featurizers: List[Text]) -> None:
    """Removes the text's token-level features made by the featurizers named (by their alias)."""
    message.features = [f for f in message.features
                        if not (f.attribute == TEXT and f.type == FEATURE_TYPE_SEQUENCE and f.origin in featurizers)]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceFeaturesOnly(GraphComponent):
    """Removes the token-level features of the text made by ``featurizers`` (their aliases)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"featurizers": []}

    def __init__(self, featurizers: List[Text]):
        self._featurizers = featurizers

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SentenceFeaturesOnly:
        return cls(config["featurizers"])

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            drop_sequence_features(message, self._featurizers)
        return messages
