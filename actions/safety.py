"""Crisis and urgent need when the model recognises what the safety net let through.

On SMS the safety net (services/safety/step.py) answers most of these before Rasa; these
actions answer the rest the same way: help at once, a P1 case, who reads it and by when. The
model alone never raises a P1 on junk or mostly non-letter text ("T2 bad utf8 %FF%FE end"):
that is treated as not understood (services.safety.net.model_may_raise_p1).
"""
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.storage_access import UserAction
from services.safety.net import REASON_MAX, SafetyHit, check_message, farewell_sign, model_may_raise_p1
from services.safety.step import answer_safety_hit
from storage.models import User


def model_reason(intent: str, confidence: float | None, words: str = "") -> str:
    """What the inbox shows when only the model raised the case: with the farewell sign that
    made an unsure model's message a crisis (rasa_server/unsure_farewell.py), if there is one."""
    said = f"{intent}, {confidence:.2f}" if confidence is not None else intent
    if sign := farewell_sign(words):
        return f"Modellen ({said}) og ett tegn i sikkerhetsnettet: {sign[0]} («{sign[1]}»)"[:REASON_MAX]
    return f"Modellen alene ({said}); ingen tegn i sikkerhetsnettet"


class SafetyAction(UserAction):
    intent: str

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        words = tracker.latest_message.get("text") or ""
        hit = check_message(words)
        detected_by, reason = "safety_net", None
        if hit is None:
            if not model_may_raise_p1(words):
                dispatcher.utter_message(response="utter_ask_rephrase")
                return []
            hit, detected_by = SafetyHit(self.intent, "model"), "model"
            reason = model_reason(self.intent, (tracker.latest_message.get("intent") or {}).get("confidence"), words)
        for reply in answer_safety_hit(session, user, words, hit, detected_by, reason):
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
