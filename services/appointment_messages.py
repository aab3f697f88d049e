"""Telling a user about an appointment through the assistant, so that it knows the context.

The assistant gets an external intent (``EXTERNAL_appointment_*``) with the appointment
as entities; its answer (nlu/domain/appointments.yml) comes back as text and is queued by
services/send_policy.py in the caller's transaction (opt-outs, quiet hours). A later "ja"
from the user then answers this appointment. Rasa's ``ReminderScheduled`` is not used:
its jobs live in memory.
"""
from datetime import datetime

from sqlalchemy import select

from services.appointment_texts import format_place, format_when
from services.assistant import AssistantClient, AssistantUnavailable
from services.send_policy import schedule_user_message
from storage.models import (
    Appointment,
    AppointmentStatus,
    Conversation,
    MessageCategory,
    OutboxMessage,
    OutboxState,
)

REQUEST = "EXTERNAL_appointment_request"
MOVED = "EXTERNAL_appointment_moved"
CANCELLED = "EXTERNAL_appointment_cancelled"
REMINDER = "EXTERNAL_appointment_reminder"


def appointment_entities(appointment: Appointment, language: str) -> dict[str, str]:
    """What the assistant's action needs to answer without reading the (maybe uncommitted) row."""
    return {
        "appointment_id": str(appointment.id),
        "appointment_time": format_when(appointment.starts_at, language),
        "appointment_place": format_place(appointment, language),
        "veileder_name": appointment.veileder.first_name,
        "appointment_confirmed": "yes" if appointment.status == AppointmentStatus.CONFIRMED else "no",
    }


def tell_through_assistant(session, assistant: AssistantClient, appointment: Appointment, intent: str,
                           key: str, category: MessageCategory, due_at: datetime | None = None
                           ) -> list[OutboxMessage]:
    """Triggers ``intent`` for the user and queues the answer; raises AssistantUnavailable."""
    user = appointment.user
    conversation = user.conversation
    if conversation is None:
        conversation = Conversation(user=user)
        session.add(conversation)
        session.flush()
    replies = assistant.trigger_intent(conversation.rasa_sender_id, intent,
                                       appointment_entities(appointment, user.language))
    if not replies:  # a model without the appointment rules: keep it to try again, never drop it
        raise AssistantUnavailable(f"the assistant had nothing to say for {intent}")
    return [
        schedule_user_message(session, user, reply, category, due_at, f"{key}:{index}").entry
        for index, reply in enumerate(replies)
    ]


def queued_for_version(session, appointment: Appointment) -> list[int]:
    """Outbox rows still waiting for the appointment's current version (to send them at once)."""
    return session.execute(
        select(OutboxMessage.id).where(
            OutboxMessage.idempotency_key.like(f"appointment:{appointment.id}:v{appointment.version}:%"),
            OutboxMessage.state == OutboxState.PENDING)
    ).scalars().all()
