"""The safety net's signs as features for DIET (config.yml): one sentence feature for each
group of signs found in the message (services/safety/net.py, ``SIGN_GROUPS``) and one for each
verdict the net would give (crisis, urgent_need).

They only add features; DIET still decides, and learns from the training data how much a sign
weighs: "gitt bort hunden" alone, or "orker ikke mer kurs", stays ordinary where the data says
so. The net itself still runs before Rasa on every message (services/safety/step.py).

Runs in the Rasa server's environment and in training; ``services.safety.net`` is pure Python.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Type

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from services.safety import net
from services.safety.net import SIGN_GROUPS, check_message, matched_groups

FEATURES = tuple(group for group, _ in SIGN_GROUPS) + ("verdict_crisis", "verdict_urgent_need")


def features_of(text: str) -> np.ndarray:
    """1.0 for each feature of ``FEATURES`` the text has, else 0.0."""
    present = matched_groups(text)
    hit = check_message(text)
    if hit:
        present.add(f"verdict_{hit.intent}")
    return np.array([[1.0 if name in present else 0.0 for name in FEATURES]])


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SafetySignFeaturizer(SparseFeaturizer, GraphComponent):
    """Adds the safety net's signs to a message's sentence features."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return SparseFeaturizer.get_default_config()

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        """Nothing to configure."""

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        """The net's source: Rasa's training cache keys on this component's code and config, not on
        the modules it imports, so a changed sign must still retrain the model that weighs it."""
        return hashlib.sha256(Path(net.__file__).read_bytes()).hexdigest()

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SafetySignFeaturizer:
        return cls(execution_context.node_name, config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            tokens = message.get(TOKENS_NAMES[TEXT], [])
            if not message.get(TEXT) or not tokens:
                continue
            # DIET without a transformer reads a text's intent from its sentence features;
            # the sequence gets zero rows of the same width, as Rasa's featurizers pair them.
            sequence = scipy.sparse.coo_matrix((len(tokens), len(FEATURES)))
            sentence = scipy.sparse.coo_matrix(features_of(message.get(TEXT)))
            self.add_features_to_message(sequence, sentence, TEXT, message)
        return messages
