"""A veileder takes a case over from the bot, and hands it back.

While a veileder holds a case the bot stays quiet: the user's routine messages go to the
case (``hold_for_veileder``, a pre-assistant step that runs after the keyword and crisis
checks). Rasa's tracker gets its own ``pause`` / ``resume`` events, so that it stays
consistent with what happened. The case goes back to the bot by the veileder's button or
after a quiet period (``hand_back_quiet_cases``, run by the scheduler), and the user is told.
"""
import logging
from datetime import datetime, timedelta

from sqlalchemy import select

from services.cases.escalations import add_user_message
from services.gateways.rasa import AssistantClient, AssistantUnavailable
from services.messaging.send_policy import schedule_user_message
from services.messaging.texts import text
from storage.db import Database
from storage.models import (
    CaseStatus,
    Direction,
    Escalation,
    Message,
    MessageCategory,
    OutboxMessage,
    SenderKind,
    Veileder,
    utcnow,
)

log = logging.getLogger(__name__)


def _tell_assistant(assistant: AssistantClient, case: Escalation, paused: bool) -> None:
    sender_id = case.user.conversation.rasa_sender_id
    try:
        if paused:
            assistant.pause(sender_id)
        else:
            assistant.resume(sender_id)
    except AssistantUnavailable as error:
        # The hold itself lives in our database; Rasa's tracker is only kept in step.
        log.warning("could not record %s for case %s in the assistant: %s",
                    "pause" if paused else "resume", case.id, error)


def take_over(session, case: Escalation, veileder: Veileder, assistant: AssistantClient,
              now: datetime | None = None) -> None:
    case.status = CaseStatus.HELD_BY_VEILEDER
    case.held_by = veileder
    case.last_activity_at = now or utcnow()
    session.flush()
    _tell_assistant(assistant, case, paused=True)


def hand_back(session, case: Escalation, assistant: AssistantClient, now: datetime | None = None) -> OutboxMessage:
    """The bot answers the user again; the user is told, within the user's rules (STOPP,
    quiet hours: it answers no message of theirs). Returns the queued SMS."""
    now = now or utcnow()
    case.held_by = None
    case.status = CaseStatus.OPEN if case.unanswered_count else CaseStatus.WAITING_FOR_USER
    case.last_activity_at = now
    user = case.user
    entry = schedule_user_message(session, user, text("handed_back", user.language), MessageCategory.SYSTEM,
                                  now, f"handed-back:{case.id}:{now.isoformat()}").entry
    session.flush()
    _tell_assistant(assistant, case, paused=False)
    return entry


def held_case_for(session, user_id: int) -> Escalation | None:
    return session.execute(
        select(Escalation).where(Escalation.user_id == user_id,
                                 Escalation.status == CaseStatus.HELD_BY_VEILEDER)
    ).scalars().first()


def hold_for_veileder(session, message: Message) -> list[str] | None:
    """Pre-assistant step: a user's message while a veileder holds the case goes to the case,
    unanswered."""
    if message.direction is not Direction.INBOUND or message.sender_kind is not SenderKind.USER:
        return None
    case = held_case_for(session, message.conversation.user_id)
    if case is None:
        return None
    add_user_message(case, message.body, utcnow())
    return []


def hand_back_quiet_cases(db: Database, assistant: AssistantClient, quiet_period: timedelta,
                          now: datetime | None = None) -> list[int]:
    """Hands back every held case with no activity for ``quiet_period``; returns the queued
    messages that tell the users."""
    now = now or utcnow()
    with db.session() as session:
        quiet = session.execute(
            select(Escalation).where(Escalation.status == CaseStatus.HELD_BY_VEILEDER,
                                     Escalation.last_activity_at < now - quiet_period)
        ).scalars().all()
        outbox_ids = []
        for case in quiet:
            outbox_ids.append(hand_back(session, case, assistant, now).id)
    return outbox_ids
