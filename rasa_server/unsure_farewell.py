"""A message the model cannot place that carries a farewell sign is a crisis.

DIET sends what it cannot place to `nlu_fallback` (the FallbackClassifier in config.yml). The
safety net's indirect signs (things given away, papers put in order, a farewell:
``services.safety.net.INDIRECT_SIGNS``) are no verdict alone, because ordinary messages have them
too; two together are. Between the two: one sign, and a model that cannot say what the message
is. Blind batches showed such messages to be crises told in words nobody had written before
("please cancel all my things with NAV, I will not need them after Sunday"), so this component,
after the FallbackClassifier, answers them as `crisis`. The rules then run `action_crisis`,
which records the sign on the case (actions/safety.py).

Runs in the Rasa server's environment; ``services.safety.net`` is pure Python.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from rasa_server.intent_rules import IntentRule
from services.safety.net import farewell_sign, model_may_raise_p1

CRISIS = "crisis"


def is_unsure_farewell(intent: Dict[Text, Any], text: str) -> bool:
    """Whether a parse result should become a crisis: the model unsure, a farewell sign in words."""
    return (intent.get(INTENT_NAME_KEY) == DEFAULT_NLU_FALLBACK_INTENT_NAME and model_may_raise_p1(text)
            and farewell_sign(text) is not None)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class UnsureFarewellClassifier(IntentRule):
    """Turns `nlu_fallback` into `crisis` when the message carries a farewell sign."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if not is_unsure_farewell(intent, message.get(TEXT) or ""):
                continue
            crisis = {INTENT_NAME_KEY: CRISIS, PREDICTED_CONFIDENCE_KEY: intent.get(PREDICTED_CONFIDENCE_KEY)}
            message.set(INTENT, crisis, add_to_output=True)
            message.data.setdefault(INTENT_RANKING_KEY, []).insert(0, dict(crisis))
        return messages
