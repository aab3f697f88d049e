"""The user's side of appointments: told about one, confirm it, move it, list them.

The service tells the assistant about an appointment with an external intent whose
entities carry the appointment (services/appointments/messages.py); the row itself may not
be committed yet, so ``action_appointment_notice`` reads nothing from storage.
"""
from abc import ABC, abstractmethod
from datetime import datetime
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.storage_access import conversation_for_sender, database, latest_inbound_message_id
from services.appointments.availability import free_slots, next_free_slots
from services.appointments.booking import (
    DoubleBooking,
    appointment_in_question,
    coming_appointments,
    confirm_by_user,
    hand_to_veileder,
    reschedule_by_user,
)
from services.appointments.texts import format_choices, format_list, format_options, format_place, format_when
from services.messaging.texts import text
from services.understanding.choices import option_number
from services.understanding.norwegian_time import parse_time_expression
from storage.models import Appointment, AppointmentStatus, utcnow

NOTICE_RESPONSES = {
    "EXTERNAL_appointment_request": "utter_appointment_request",
    "EXTERNAL_appointment_moved": "utter_appointment_moved",
    "EXTERNAL_appointment_cancelled": "utter_appointment_cancelled",
}
LIST_AT_MOST = 3
VEILEDER_TAKES_OVER = "veileder"

# An action that settles or asks the appointment question ends the bot's turn itself: the
# rules cannot list every value the featurised ``appointment_question`` may have afterwards.
_LISTEN = FollowupAction("action_listen")
_RESET_QUESTION = [SlotSet("appointment_question", None), SlotSet("appointment_unclear", None),
                   SlotSet("appointment_offered", None), SlotSet("appointment_choice", None), _LISTEN]


def _language(tracker: Tracker) -> str:
    return tracker.get_slot("language") or "nb"


def _latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def _latest_intent(tracker: Tracker) -> str:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name") or ""


def _recent_user_words(tracker: Tracker, count: int = 3) -> str:
    """The user's last few messages, in their own words, for the person who takes over."""
    texts = [e.get("text") for e in tracker.events if e.get("event") == "user"
             and e.get("text") and not e["text"].startswith("EXTERNAL")]
    return "\n".join(texts[-count:])


def _appointment(session, tracker: Tracker, now: datetime) -> tuple[Any, Appointment | None]:
    conversation = conversation_for_sender(session, tracker.sender_id)
    if conversation is None:
        return None, None
    return conversation, appointment_in_question(session, conversation.user_id,
                                                 tracker.get_slot("appointment_id"), now)


def _described(appointment: Appointment, language: str) -> dict[str, str]:
    return {"appointment_time": format_when(appointment.starts_at, language),
            "appointment_place": format_place(appointment, language),
            "veileder": appointment.veileder.first_name}


def wished_window(text: str, appointment: Appointment, now: datetime):
    """The time the user wishes for, unless the words name the meeting they cannot come to
    ("kan ikke komme tirsdag" about a Tuesday meeting)."""
    wish = parse_time_expression(text, now)
    if wish is None or wish.start <= appointment.starts_at < wish.end:
        return None
    return wish


class ActionAppointmentNotice(Action):
    """Tells the user about a new, moved, cancelled or coming appointment."""

    def name(self) -> str:
        return "action_appointment_notice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        intent = _latest_intent(tracker)
        entities = {e["entity"]: e["value"] for e in (tracker.latest_message or {}).get("entities", [])}
        response = NOTICE_RESPONSES.get(intent)
        if response is None:
            response = ("utter_appointment_reminder" if entities.get("appointment_confirmed") == "yes"
                        else "utter_appointment_reminder_unconfirmed")
        dispatcher.utter_message(response=response, appointment_time=entities.get("appointment_time", ""),
                                 appointment_place=entities.get("appointment_place", ""),
                                 veileder=entities.get("appointment_veileder", ""))
        cancelled = intent == "EXTERNAL_appointment_cancelled"
        events = list(_RESET_QUESTION)
        if tracker.active_loop.get("name"):
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
        events += [SlotSet("appointment_id", entities.get("appointment_id")),
                   SlotSet("appointment_question", None if cancelled else "confirm"), _LISTEN]
        return events


class AppointmentAction(Action, ABC):
    """Runs ``run_for_appointment`` in one session on the appointment in question; without one
    (or without a conversation), says there are no coming appointments and drops the question.

    Abstract, so rasa-sdk's action server does not try to register it.
    """

    @abstractmethod
    def name(self) -> str:
        ...

    @abstractmethod
    def run_for_appointment(self, session, conversation, appointment: Appointment,
                            dispatcher: CollectingDispatcher, tracker: Tracker,
                            now: datetime) -> list[dict[str, Any]]:
        ...

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        now = utcnow()
        with database().session() as session:
            conversation, appointment = _appointment(session, tracker, now)
            if appointment is None:
                dispatcher.utter_message(response="utter_no_coming_appointments")
                return list(_RESET_QUESTION)
            return self.run_for_appointment(session, conversation, appointment, dispatcher, tracker, now)


class ActionConfirmAppointment(AppointmentAction):
    def name(self) -> str:
        return "action_confirm_appointment"

    def run_for_appointment(self, session, conversation, appointment, dispatcher, tracker, now):
        confirm_by_user(appointment, now)
        dispatcher.utter_message(response="utter_appointment_confirmed",
                                 **_described(appointment, _language(tracker)))
        return [SlotSet("appointment_id", str(appointment.id)), *_RESET_QUESTION]


class ActionAppointmentUnclear(AppointmentAction):
    """One question back; a second unclear answer goes to the veileder with the user's words."""

    def name(self) -> str:
        return "action_appointment_unclear"

    def run_for_appointment(self, session, conversation, appointment, dispatcher, tracker, now):
        described = _described(appointment, _language(tracker))
        if not tracker.get_slot("appointment_unclear"):
            dispatcher.utter_message(response="utter_appointment_confirm_unclear", **described)
            return [SlotSet("appointment_unclear", True), _LISTEN]
        case = hand_to_veileder(session, appointment, _recent_user_words(tracker), now)
        dispatcher.utter_message(response="utter_appointment_to_veileder", **described)
        dispatcher.utter_message(text=case.last_notice)
        return list(_RESET_QUESTION)


class ActionAskAppointmentChoice(Action):
    """Offers up to three free times: inside the user's wish when there is one."""

    def name(self) -> str:
        return "action_ask_appointment_choice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        now, language = utcnow(), _language(tracker)
        offered = tracker.get_slot("appointment_offered") or []
        if tracker.get_slot("appointment_unclear") and offered:
            dispatcher.utter_message(response="utter_appointment_choice_unclear",
                                     choices=format_choices(len(offered), language))
            return []
        with database().session() as session:
            _, appointment = _appointment(session, tracker, now)
            if appointment is None:
                return []
            wish = wished_window(_latest_text(tracker), appointment, now)
            slots = free_slots(session, appointment, wish.start, wish.end, now) if wish else []
            if slots:
                response = "utter_appointment_offer_for_wish"
            else:
                slots = next_free_slots(session, appointment, now)
                response = "utter_appointment_offer_no_match" if wish else "utter_appointment_offer"
            dispatcher.utter_message(response=response, options=format_options(slots, language),
                                     choices=format_choices(len(slots), language),
                                     veileder=appointment.veileder.first_name)
            return [SlotSet("appointment_id", str(appointment.id)),
                    SlotSet("appointment_offered", [s.isoformat() for s in slots])]


class ValidateAppointmentChoiceForm(FormValidationAction):
    def name(self) -> str:
        return "validate_appointment_choice_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        # Nothing to ask when there is no appointment to move or no free time to offer.
        now = utcnow()
        with database().session() as session:
            _, appointment = _appointment(session, tracker, now)
            if appointment is None or not next_free_slots(session, appointment, now, limit=1):
                return []
        return domain_slots

    async def validate_appointment_choice(self, value: Any, dispatcher: CollectingDispatcher,
                                          tracker: Tracker, domain: dict[str, Any]) -> dict[str, Any]:
        text = str(value or "")
        offered = tracker.get_slot("appointment_offered") or []
        number = option_number(text)
        if number is None and _latest_intent(tracker) == "affirm" and len(offered) == 1:
            number = 1
        if number is not None and number <= len(offered):
            return {"appointment_choice": offered[number - 1], "appointment_unclear": None}
        now = utcnow()
        with database().session() as session:
            _, appointment = _appointment(session, tracker, now)
            if appointment is not None and wished_window(text, appointment, now) is not None:
                return {"appointment_choice": None, "appointment_unclear": None}  # offered anew
        if tracker.get_slot("appointment_unclear"):
            return {"appointment_choice": VEILEDER_TAKES_OVER}
        return {"appointment_choice": None, "appointment_unclear": True}


class ActionApplyAppointmentChoice(AppointmentAction):
    """Books or proposes the chosen time, or hands the matter to the veileder."""

    def name(self) -> str:
        return "action_apply_appointment_choice"

    def run_for_appointment(self, session, conversation, appointment, dispatcher, tracker, now):
        language = _language(tracker)
        choice = tracker.get_slot("appointment_choice")
        if choice is None:
            case = hand_to_veileder(session, appointment, _recent_user_words(tracker), now)
            dispatcher.utter_message(response="utter_appointment_no_free_slots")
        elif choice == VEILEDER_TAKES_OVER:
            case = hand_to_veileder(session, appointment, _recent_user_words(tracker), now)
            dispatcher.utter_message(response="utter_appointment_to_veileder",
                                     **_described(appointment, language))
        else:
            case = self._reschedule(session, dispatcher, tracker, conversation, appointment,
                                    datetime.fromisoformat(choice), now, language)
        if case is not None:
            dispatcher.utter_message(text=case.last_notice)
        return [SlotSet("appointment_id", str(appointment.id)), *_RESET_QUESTION]

    @staticmethod
    def _reschedule(session, dispatcher, tracker, conversation, appointment, starts_at, now, language):
        old_time = format_when(appointment.starts_at, language)
        words = _recent_user_words(tracker)
        try:
            case = reschedule_by_user(session, appointment, starts_at, words,
                                      latest_inbound_message_id(session, conversation), now)
        except DoubleBooking:
            dispatcher.utter_message(response="utter_appointment_slot_taken")
            return hand_to_veileder(session, appointment, words, now)
        described = _described(appointment, language)
        if case is None:
            dispatcher.utter_message(response="utter_appointment_moved_by_user", **described)
        else:
            described["appointment_time"] = format_when(starts_at, language)
            dispatcher.utter_message(response="utter_appointment_move_requested", old_time=old_time,
                                     **described)
        return case


class ActionAskAppointment(Action):
    """Lists the user's coming appointments; when the next one is not confirmed yet, asks
    whether the user can come, so that "ja" or "kan ikke" answers it as after a request."""

    def name(self) -> str:
        return "action_ask_appointment"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        language = _language(tracker)
        with database().session() as session:
            conversation = conversation_for_sender(session, tracker.sender_id)
            coming = coming_appointments(session, conversation.user_id, utcnow()) if conversation else []
            if not coming:
                dispatcher.utter_message(response="utter_no_coming_appointments")
                return []
            dispatcher.utter_message(response="utter_appointment_list",
                                     appointments=format_list(coming[:LIST_AT_MOST], language))
            following = coming[0]
            if following.status is AppointmentStatus.CONFIRMED:
                return [SlotSet("appointment_id", str(following.id))]
            dispatcher.utter_message(text=text("appointment_confirm_question", language).format(
                when=format_when(following.starts_at, language)))
            return [*_RESET_QUESTION, SlotSet("appointment_id", str(following.id)),
                    SlotSet("appointment_question", "confirm"), _LISTEN]
