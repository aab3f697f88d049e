"""The base of the rules that adjust DIET's intent after the FallbackClassifier with the safety
net's signs (rasa_server/unsure_farewell.py, rasa_server/good_news.py, rasa_server/ordinary_sense.py):
nothing to train, nothing to configure."""
from __future__ import annotations

from typing import Any, Callable, Dict, FrozenSet, List, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
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


class ExplainedP1Rule(IntentRule):
    """Gives the model's next intent where it answered one of ``p1_intents`` and ``explains`` says
    the net finds the message's strong words explained (good news, an everyday sense)."""

    p1_intents: FrozenSet[str] = P1_INTENTS
    explains: Callable[[str], bool]

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if intent.get(INTENT_NAME_KEY) in self.p1_intents and self.explains(message.get(TEXT) or ""):
                give_next_intent(message)
        return messages
