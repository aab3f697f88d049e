"""NAV words explained in plain language, always with the offer of the veileder."""
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.escalation import EscalatingAction
from actions.turns import previous_turn
from services.understanding.nav_terms import find_term
from storage.models import CaseCategory


class ActionExplainTerm(EscalatingAction):
    """Explains the word asked about; without one, asks which word. A second message without
    a word it knows goes to the veileder as a question (P3)."""

    category = CaseCategory.GENERAL
    text_keys = ("case_term_unknown",)

    def name(self) -> str:
        return "action_explain_term"

    def case_for(self, tracker: Tracker):
        _, question = previous_turn(tracker)
        category, text_keys, words = super().case_for(tracker)
        return category, text_keys, f"{question}\n{words}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        named = [e.get("value") or "" for e in message.get("entities") or [] if e.get("entity") == "term"]
        term = find_term(*named, message.get("text") or "")
        if term is not None:
            dispatcher.utter_message(response=f"utter_term_{term}")
            return []
        asked_which, _ = previous_turn(tracker)
        if asked_which == self.name():
            return await super().run(dispatcher, tracker, domain)
        dispatcher.utter_message(response="utter_term_which")
        return []
