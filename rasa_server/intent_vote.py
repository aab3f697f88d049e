"""A second opinion on the ordinary intents: a logistic regression on the same features as DIET,
whose probabilities are averaged with DIET's (reports/nlu_pipeline_choice.md, "Round 36").

The two disagree in useful ways: on the users' own voices (2,241 messages never trained on) the
average chose the right ordinary intent more often than either alone. But DIET alone catches
more crisis messages, so DIET alone decides whether a message is a P1: when DIET's top intent is
crisis or urgent_need, or when the average would put one of them on top, DIET's ranking stands
unchanged. The vote only changes which ordinary intent a message gets, and only when it is clear
(the FallbackClassifier's own threshold and ambiguity): where the two disagree too much to be
sure, DIET's ranking stands too, so a disagreement does not turn into "I did not understand".

Comes right after DIET in config.yml; the FallbackClassifier then reads the ranking it leaves.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_server.intent_rules import P1_INTENTS

# The regression is saved and loaded with skops, whose import pulls in numpy.distutils, whose log
# lowers the root logger to WARNING (setuptools' distutils log is the root logger): loading the
# model would silence the Rasa server's info lines (rasa_server/logs.py). Imported here, where the
# level can be put back, before the regression's own load imports it.
_level = logging.getLogger().level
import skops.io  # noqa: E402,F401
logging.getLogger().setLevel(_level)

CONFIDENCE = "confidence"


def vote(diet_ranking: List[Dict[Text, Any]], probabilities: Dict[Text, float],
         diet_weight: float) -> List[Dict[Text, Any]]:
    """DIET's ranking and the regression's probabilities averaged, best first. An intent
    missing from DIET's ranking (it lists its top few) counts as 0 for DIET."""
    diet = {r[INTENT_NAME_KEY]: r[CONFIDENCE] for r in diet_ranking}
    averaged = {name: diet_weight * diet.get(name, 0.0) + (1 - diet_weight) * p
                for name, p in probabilities.items()}
    return [{INTENT_NAME_KEY: name, CONFIDENCE: confidence}
            for name, confidence in sorted(averaged.items(), key=lambda item: -item[1])]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class IntentVoteClassifier(LogisticRegressionClassifier):
    """DIET's intent, or the average of DIET and a logistic regression when that is clear and
    neither puts a P1 on top."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "diet_weight": 0.5,
                "threshold": 0.4, "ambiguity_threshold": 0.1}

    def _clear(self, ranking: List[Dict[Text, Any]]) -> bool:
        top, runner_up = ranking[0][CONFIDENCE], ranking[1][CONFIDENCE] if len(ranking) > 1 else 0.0
        return top >= self.config["threshold"] and top - runner_up >= self.config["ambiguity_threshold"]

    def process(self, messages: List[Message]) -> List[Message]:
        voters = [m for m in messages
                  if m.get(TEXT) and m.get(INTENT_RANKING_KEY) and m.get_sparse_features(TEXT)[1]]
        if not voters:
            return messages
        probabilities = self.clf.predict_proba(self._create_X(voters))
        for message, row in zip(voters, probabilities):
            diet_ranking = message.get(INTENT_RANKING_KEY)
            averaged = vote(diet_ranking, dict(zip(self.clf.classes_, row)), self.config["diet_weight"])
            p1 = diet_ranking[0][INTENT_NAME_KEY] in P1_INTENTS or averaged[0][INTENT_NAME_KEY] in P1_INTENTS
            if p1 or not self._clear(averaged):
                continue
            ranking = averaged[: len(diet_ranking)]
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """The training examples keep their own intents."""
        return training_data
