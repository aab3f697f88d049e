"""The user's answers about the activity plan: done, need more time, which deadlines."""
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.storage_access import conversation_for_sender, database
from services.activity_replies import deadlines_text, report_done, report_need_more_time


def _words(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


class ActionActivityDone(Action):
    def name(self) -> str:
        return "action_activity_done"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        with database().session() as session:
            conversation = conversation_for_sender(session, tracker.sender_id)
            if conversation is None:
                dispatcher.utter_message(response="utter_default")
                return []
            activity, _ = report_done(session, conversation.user, _words(tracker))
        dispatcher.utter_message(response="utter_activity_done" if activity else "utter_activity_done_passed_on")
        return []


class ActionNeedMoreTime(Action):
    def name(self) -> str:
        return "action_need_more_time"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        with database().session() as session:
            conversation = conversation_for_sender(session, tracker.sender_id)
            if conversation is None:
                dispatcher.utter_message(response="utter_default")
                return []
            case = report_need_more_time(session, conversation.user, _words(tracker))
            notice = case.last_notice
        dispatcher.utter_message(response="utter_need_more_time", notice=notice)
        return []


class ActionAskActivity(Action):
    def name(self) -> str:
        return "action_ask_activity"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        with database().session() as session:
            conversation = conversation_for_sender(session, tracker.sender_id)
            listed = deadlines_text(session, conversation.user) if conversation else None
        if listed:
            dispatcher.utter_message(response="utter_activity_deadlines", activities=listed)
        else:
            dispatcher.utter_message(response="utter_no_activity_deadlines")
        return []
