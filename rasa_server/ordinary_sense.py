"""Strong words in their everyday sense are not a P1, for the model as for the safety net.

DIET reads a crisis into idioms and goodbyes for now ("id kill for an earlier slot", "I'm killing
myself trying to get this CV under two pages lol", "eg ler meg ihjel", "Då seier eg farvel for i
dag. God helg"): the blind ordinary batches found most of its false P1 there. The net's signs
already leave such words alone. This component, after the FallbackClassifier, gives such a message
the model's best intent that is not crisis or urgent need when the net finds an everyday sense of
the words and no sign but indirect ones (``explained_by_ordinary_sense``). Any other sign keeps
the P1: "jeg dør av latter, men orker ikke mer" stays one. The same goes for a death told as
expected ("far min døde i vinter, han va 88 og hadde et godt liv"), with no sign at all (round 48),
and for pills that make one sleep through the alarm clock with a later time asked for, or a wish for
no more SMS with nav.no named instead (round 50).

Runs in the Rasa server's environment; ``services.safety.net`` is pure Python.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe

from rasa_server.intent_rules import ExplainedP1Rule
from services.safety.net import explained_by_ordinary_sense


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class OrdinarySenseClassifier(ExplainedP1Rule):
    """Turns a crisis or urgent need into the next intent when the strong words are everyday ones."""

    explains = staticmethod(explained_by_ordinary_sense)
