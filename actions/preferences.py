"""The user's wishes about the messages themselves: language, when and how often, no more."""
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.escalation import EscalatingAction
from actions.storage_access import UserAction
from services.messaging.contact_rules import window_of
from services.messaging.keywords import stop_everything
from services.messaging.texts import text
from services.settings import Settings
from services.understanding.language_choice import requested_language
from services.understanding.message_preferences import halved_budget, read_wish
from storage.models import CaseCategory, User, utcnow


def _clock(at) -> str:
    return f"{at.hour:02d}" if at.minute == 0 else f"{at.hour:02d}.{at.minute:02d}"


def switch_language(user: User, language: str, dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
    """Stores the language on the user and in the slot; the confirmation is in the new language."""
    user.language = language
    dispatcher.utter_message(text=text("language_switched", language))
    return [SlotSet("language", language), SlotSet("english_offered", False)]


class ActionLanguagePreference(EscalatingAction):
    """English or Norwegian on request; any other language need (an interpreter, weak
    Norwegian, another language) goes to the veileder (P3), and English is offered."""

    category = CaseCategory.GENERAL
    text_keys = ("language_help",)

    def name(self) -> str:
        return "action_language_preference"

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        language = requested_language(tracker.latest_message.get("text") or "")
        if language is not None:
            return switch_language(user, language, dispatcher)
        offer_english = user.language != "en"
        events = super().run_for_user(session, user, dispatcher, tracker, domain)
        return events + [SlotSet("english_offered", offer_english)]


class ActionSwitchToEnglish(UserAction):
    """A yes to "Vil du ha meldinger på engelsk?"."""

    def name(self) -> str:
        return "action_switch_to_english"

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        if tracker.get_slot("english_offered"):
            return switch_language(user, "en", dispatcher)
        dispatcher.utter_message(text=text("language_no_offer_pending", user.language))
        return []


class ActionOptOut(UserAction):
    """A confirmed "ikke send meg flere meldinger": the same as the keyword STOPP."""

    def name(self) -> str:
        return "action_opt_out"

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        for reply in stop_everything(session, user) or [text("opt_out_already", user.language)]:
            dispatcher.utter_message(text=reply)
        return []


class ActionMessagePreferences(EscalatingAction):
    """Fewer messages or another time of day, stored on the user; anything else goes to the
    veileder (P3)."""

    category = CaseCategory.GENERAL
    text_keys = ("preferences_passed_on",)

    def name(self) -> str:
        return "action_message_preferences"

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        wish = read_wish(tracker.latest_message.get("text") or "", window_of(user), utcnow())
        if wish is None:
            return super().run_for_user(session, user, dispatcher, tracker, domain)
        said = []
        if wish.window is not None:
            user.contact_window_start, user.contact_window_end = wish.window.start, wish.window.end
            said.append(text("preferences_window", user.language).format(
                start=_clock(wish.window.start), end=_clock(wish.window.end)))
        if wish.fewer:
            budget = user.weekly_message_budget or Settings.from_env().sms_weekly_budget
            user.weekly_message_budget = halved_budget(budget)
            said.append(text("preferences_fewer", user.language).format(budget=user.weekly_message_budget))
        dispatcher.utter_message(text=" ".join(said))
        return []
