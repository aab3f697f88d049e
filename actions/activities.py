"""The user's answers about the activity plan: done, need more time, which deadlines."""
from abc import abstractmethod
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.storage_access import UserAction
from services.activities.replies import deadlines_text, report_done, report_need_more_time
from storage.models import User


class ActivityAction(UserAction):
    """Answers with one response, chosen (with its placeholders) by ``answer``."""

    @abstractmethod
    def answer(self, session, user: User, words: str) -> tuple[str, dict[str, str]]:
        ...

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        response, values = self.answer(session, user, tracker.latest_message.get("text") or "")
        dispatcher.utter_message(response=response, **values)
        return []


class ActionActivityDone(ActivityAction):
    def name(self) -> str:
        return "action_activity_done"

    def answer(self, session, user, words):
        activity, _ = report_done(session, user, words)
        return ("utter_activity_done" if activity else "utter_activity_done_passed_on"), {}


class ActionNeedMoreTime(ActivityAction):
    def name(self) -> str:
        return "action_need_more_time"

    def answer(self, session, user, words):
        return "utter_need_more_time", {"notice": report_need_more_time(session, user, words).last_notice}


class ActionAskActivity(ActivityAction):
    def name(self) -> str:
        return "action_ask_activity"

    def answer(self, session, user, words):
        listed = deadlines_text(session, user)
        if listed:
            return "utter_activity_deadlines", {"activities": listed}
        return "utter_no_activity_deadlines", {}
