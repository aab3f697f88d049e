"""A farewell that good news explains is not a crisis, for the model as for the safety net.

The net lets good news ("fikk fast jobb", "flytter for å jobbe", a contract, a study place) explain
a farewell or things given away: such a message raises no P1 unless a strong sign is in it too
(``services.safety.net._GOOD_NEWS``). DIET has no such rule and took many of them for a crisis
("Fikk fast jobb ... takk for følget, dette er siste melding fra meg"). This component, after the
FallbackClassifier, gives such a message the model's best intent that is not crisis or urgent need
when the net finds good news and no sign but indirect ones (``explained_by_good_news``). Any
strong sign keeps the crisis: "fikk jobb, men orker ikke mer" stays one.

Runs in the Rasa server's environment; ``services.safety.net`` is pure Python.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe

from rasa_server.intent_rules import ExplainedP1Rule
from services.safety.net import explained_by_good_news


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class GoodNewsFarewellClassifier(ExplainedP1Rule):
    """Turns a crisis into the next intent when good news explains the farewell."""

    p1_intents = frozenset({"crisis"})
    explains = staticmethod(explained_by_good_news)
