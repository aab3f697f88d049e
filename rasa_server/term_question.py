"""A question of what a NAV word means is explain_term, whatever else the model read into it.

DIET learned the older NAV words from many examples, but a word of a letter about money pulls it to
ask_payment ("ka betyr etterbetaling", "what is etterbetaling"). Teaching it with training lines moves
the whole model as much as a new seed does (reports/nlu_pipeline_choice.md, "Round 50"), so this
component, after the other rules, gives explain_term where ``asks_what_a_term_means`` finds a NAV
word asked about. A crisis or urgent need stays: the net and the model decide those.

Runs in the Rasa server's environment; ``services.understanding.nav_terms`` is pure Python.
"""
from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from rasa_server.intent_rules import P1_INTENTS, IntentRule
from services.understanding.nav_terms import asks_what_a_term_means

EXPLAIN_TERM = "explain_term"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class TermQuestionClassifier(IntentRule):
    """Puts explain_term first, with the confidence of the intent it replaces, for a question of
    what a NAV word means."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            name = intent.get(INTENT_NAME_KEY)
            if name in P1_INTENTS or name == EXPLAIN_TERM or not asks_what_a_term_means(message.get(TEXT) or ""):
                continue
            top = {INTENT_NAME_KEY: EXPLAIN_TERM, "confidence": intent.get("confidence", 0.0)}
            others = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != EXPLAIN_TERM]
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top, *others], add_to_output=True)
        return messages
