"""What happened in the turn before the user's latest message."""
from rasa_sdk import Tracker


def previous_turn(tracker: Tracker) -> tuple[str | None, str]:
    """The bot's last action before the latest user message, and the user's message before it.

    ("action_explain_term", "hva betyr aap") when the user now answers "ja" to the offer that
    followed the explanation; (None, "") at the start of a conversation.
    """
    events = list(tracker.events)
    user_turns = [index for index, event in enumerate(events) if event.get("event") == "user"]
    if len(user_turns) < 2:
        return None, ""
    earlier, latest = user_turns[-2], user_turns[-1]
    action = next((e.get("name") for e in reversed(events[earlier:latest])
                   if e.get("event") == "action" and e.get("name") != "action_listen"), None)
    return action, events[earlier].get("text") or ""
