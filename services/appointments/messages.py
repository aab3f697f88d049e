"""Telling a user about an appointment through the assistant, so that it knows the context.

The assistant gets an external intent (``EXTERNAL_appointment_*``) with the appointment as
entities; its answer (nlu/domain/appointments.yml) comes back as text and is queued by
services/messaging/send_policy.py (opt-outs, quiet hours). A later "ja" from the user then answers
this appointment. Rasa's ``ReminderScheduled`` is not used: its jobs live in memory.

The assistant is asked between transactions, never inside one: its actions read the
database, and a transaction held open meanwhile would lock them out (SQLite) until the
call times out. What is owed is stored first (``Appointment.notified_version``, reminder
rows), so a crash between the steps only delays the message.
"""
from dataclasses import dataclass
from datetime import datetime

from services.appointments.texts import format_place, format_when
from services.gateways.rasa import AssistantClient, AssistantUnavailable
from services.messaging.send_policy import schedule_user_message
from storage.models import Appointment, AppointmentStatus, Conversation, MessageCategory, OutboxMessage

REQUEST = "EXTERNAL_appointment_request"
MOVED = "EXTERNAL_appointment_moved"
CANCELLED = "EXTERNAL_appointment_cancelled"
REMINDER = "EXTERNAL_appointment_reminder"


@dataclass(frozen=True)
class Telling:
    """One message about one version of an appointment, read while a session was open."""

    appointment_id: int
    version: int
    sender_id: str
    intent: str
    entities: dict[str, str]
    label: str  # what the message is, unique for the version: "request", "reminder:120"

    @property
    def key(self) -> str:
        return f"appointment:{self.appointment_id}:v{self.version}:{self.label}"


def telling(session, appointment: Appointment, intent: str, label: str | None = None) -> Telling:
    user = appointment.user
    if user.conversation is None:
        session.add(Conversation(user=user))
        session.flush()
    return Telling(appointment.id, appointment.version, user.conversation.rasa_sender_id, intent,
                   appointment_entities(appointment, user.language), label or intent.rsplit("_", 1)[-1])


def appointment_entities(appointment: Appointment, language: str) -> dict[str, str]:
    """What the assistant's action needs to answer without reading the row."""
    return {
        "appointment_id": str(appointment.id),
        "appointment_time": format_when(appointment.starts_at, language),
        "appointment_place": format_place(appointment, language),
        "appointment_veileder": appointment.veileder.first_name,
        "appointment_confirmed": "yes" if appointment.status == AppointmentStatus.CONFIRMED else "no",
    }


def ask_assistant(assistant: AssistantClient, message: Telling) -> list[str]:
    """The assistant's answer to the external intent; call it with no transaction open."""
    replies = assistant.trigger_intent(message.sender_id, message.intent, message.entities)
    if not replies:  # a model without the appointment rules: keep it to try again, never drop it
        raise AssistantUnavailable(f"the assistant had nothing to say for {message.intent}")
    return replies


def queue_replies(session, appointment: Appointment, message: Telling, replies: list[str],
                  category: MessageCategory, due_at: datetime | None = None) -> list[OutboxMessage]:
    return [
        schedule_user_message(session, appointment.user, reply, category, due_at, f"{message.key}:{index}").entry
        for index, reply in enumerate(replies)
    ]

