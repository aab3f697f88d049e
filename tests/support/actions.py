"""Running a custom action as the action server runs it, on a tracker built from the user's words."""
import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def run_action(action, sender_id: str, words: str, *, entities=(), before: tuple[str, str] | None = None,
               slots=None) -> tuple[list[str], list[dict]]:
    """Runs ``action`` on ``words``; ``before`` is (the user's previous message, the bot's action
    after it). Returns what was said (texts, or response names) and the events returned."""
    events = []
    if before:
        events = [{"event": "user", "text": before[0]}, {"event": "action", "name": before[1]},
                  {"event": "action", "name": "action_listen"}]
    events.append({"event": "user", "text": words})
    tracker = Tracker(sender_id, slots or {}, {"text": words, "intent": {}, "entities": list(entities)},
                      events, False, None, {}, "")
    dispatcher = CollectingDispatcher()
    returned = asyncio.run(action.run(dispatcher, tracker, {}))
    return [m.get("text") or m.get("response") for m in dispatcher.messages], returned
