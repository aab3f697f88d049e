from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.storage_access import conversation_for_sender, database


class ActionSessionStart(Action):
    """Starts a session with the user's chosen language, read from their record."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = [SessionStarted()]
        carried_over = [
            SlotSet(key, value) for key, value in tracker.current_slot_values().items()
            if value is not None
        ]
        events.extend(carried_over)
        # Only reads: on SQLite a writing session would wait for the write lock (actions/jobs.py).
        with database().reading() as session:
            conversation = conversation_for_sender(session, tracker.sender_id)
            if conversation is not None:
                events.append(SlotSet("language", conversation.user.language))
        events.append(ActionExecuted("action_listen"))
        return events
