"""Actions that pass the user to a person (a case, services/cases/escalations.py) or say who that is."""
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.storage_access import UserAction
from services.cases.escalations import create_escalation
from services.cases.who_answers import veileder_info_text
from services.messaging.gsm7 import join_when_it_fits
from services.messaging.texts import text
from storage.models import CaseCategory, User


class EscalatingAction(UserAction):
    """Says ``text_keys`` (in order), opens or adds to the user's case, and tells who answers when."""

    category: CaseCategory
    text_keys: tuple[str, ...]

    def case_for(self, tracker: Tracker) -> tuple[CaseCategory, tuple[str, ...], str]:
        """The case's category, the texts to say and the user's words for the case."""
        return self.category, self.text_keys, tracker.latest_message.get("text") or ""

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        category, text_keys, words = self.case_for(tracker)
        said = [text(key, user.language) for key in text_keys]
        case = create_escalation(session, user, category, words, bot_reply="\n".join(said))
        *before, last = said
        for message in [*before, *join_when_it_fits(last, case.last_notice)]:
            dispatcher.utter_message(text=message)
        return []


class ActionContactVeileder(EscalatingAction):
    category = CaseCategory.CONTACT_REQUEST
    text_keys = ("case_sent",)

    def name(self) -> str:
        return "action_contact_veileder"


class ActionChangeVeileder(EscalatingAction):
    category = CaseCategory.CHANGE_VEILEDER
    text_keys = ("case_change_veileder",)

    def name(self) -> str:
        return "action_change_veileder"


class ActionComplaint(EscalatingAction):
    category = CaseCategory.COMPLAINT
    text_keys = ("case_complaint_rights", "case_sent")

    def name(self) -> str:
        return "action_complaint"


class ActionSituationChange(EscalatingAction):
    category = CaseCategory.SITUATION_CHANGE
    text_keys = ("case_situation_change",)

    def name(self) -> str:
        return "action_situation_change"


class ActionFrustration(EscalatingAction):
    category = CaseCategory.FRUSTRATION
    text_keys = ("case_frustration",)

    def name(self) -> str:
        return "action_frustration"


class ActionNotUnderstood(EscalatingAction):
    category = CaseCategory.NOT_UNDERSTOOD
    text_keys = ("case_not_understood",)

    def name(self) -> str:
        return "action_not_understood"


class ActionAskVeileder(UserAction):
    """Names the user's veileder and when they usually answer; no case."""

    def name(self) -> str:
        return "action_ask_veileder"

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        dispatcher.utter_message(text=veileder_info_text(session, user))
        return []
