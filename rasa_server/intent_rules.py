"""The base of the rules that adjust DIET's intent after the FallbackClassifier with the safety
net's signs (rasa_server/unsure_farewell.py, rasa_server/good_news.py, rasa_server/ordinary_sense.py):
nothing to train, nothing to configure."""
from __future__ import annotations

from typing import Any, Dict, List, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

# What only DIET and the safety net decide (rasa_server/intent_vote.py).
P1_INTENTS = frozenset({"crisis", "urgent_need"})


class IntentRule(GraphComponent, IntentClassifier):
    @classmethod
    def required_components(cls) -> List[Type]:
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> IntentRule:
        return cls()


def give_next_intent(message: Message) -> None:
    """Gives the message the model's best intent that is not crisis or urgent need, where the
    ranking has one."""
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) not in P1_INTENTS]
    if ranking:
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
