"""What a person answers: help with a job application, innsyn, absence from a tiltak, and a yes to the offer of
the veileder after an explanation or a payment question. Each opens or adds to the user's case
(actions/escalation.py) and tells who reads it and by when."""
import re

from rasa_sdk import Tracker

from actions.escalation import EscalatingAction
from actions.turns import previous_turn
from storage.models import CaseCategory

ILLNESS = re.compile(r"\b(syk\w*|sjuk\w*|sick|ill|feber|fever|influensa|forkj[øo]l\w*|omgangssyk\w*|"
                     r"lege\w*|doctor|sykehus\w*|sjukehus\w*|hospital|vondt|migrene|covid|korona)\b")
# The bot's offers that a "ja" accepts, and the case each one opens.
OFFERS = {
    "utter_ask_payment": CaseCategory.PAYMENT_QUESTION,
    "action_explain_term": CaseCategory.GENERAL,
}


class ActionJobApplicationHelp(EscalatingAction):
    category = CaseCategory.JOB_MATCH
    text_keys = ("case_job_application_help",)

    def name(self) -> str:
        return "action_job_application_help"


class ActionRequestOwnData(EscalatingAction):
    category = CaseCategory.GENERAL
    text_keys = ("case_own_data",)

    def name(self) -> str:
        return "action_request_own_data"


class ActionReportAbsence(EscalatingAction):
    """Late or away from a tiltak: the veileder is told; illness is a P2 case, the rest P3."""

    category = CaseCategory.GENERAL
    text_keys = ("case_absence",)

    def name(self) -> str:
        return "action_report_absence"

    def case_for(self, tracker: Tracker):
        category, text_keys, words = super().case_for(tracker)
        if ILLNESS.search(words.casefold()):
            return CaseCategory.CANNOT_DO_ACTIVITY, ("case_absence_ill",), words
        return category, text_keys, words


class ActionOfferAccepted(EscalatingAction):
    """A yes to "Vil du at veilederen din ...? Svar ja": the question before it goes on."""

    category = CaseCategory.GENERAL
    text_keys = ("case_sent",)

    def name(self) -> str:
        return "action_offer_accepted"

    def case_for(self, tracker: Tracker):
        offer, question = previous_turn(tracker)
        _, text_keys, words = super().case_for(tracker)
        return OFFERS.get(offer, self.category), text_keys, f"{question}\n{words}".strip()
