"""Crisis and urgent need when the model recognises what the safety net let through.

On SMS the safety net (services/safety/step.py) answers most of these before Rasa; these
actions answer the rest the same way: help at once, a P1 case, who reads it and by when.
"""
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.storage_access import UserAction
from services.safety.net import SafetyHit, check_message
from services.safety.step import answer_safety_hit
from storage.models import User


class SafetyAction(UserAction):
    intent: str

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        words = tracker.latest_message.get("text") or ""
        hit = check_message(words) or SafetyHit(self.intent, "model")
        for reply in answer_safety_hit(session, user, words, hit, "model"):
            dispatcher.utter_message(text=reply)
        return []


class ActionCrisis(SafetyAction):
    intent = "crisis"

    def name(self) -> str:
        return "action_crisis"


class ActionUrgentNeed(SafetyAction):
    intent = "urgent_need"

    def name(self) -> str:
        return "action_urgent_need"
