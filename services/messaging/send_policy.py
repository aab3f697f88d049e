"""Scheduling a message the service starts by itself: opt-outs, quiet hours, weekly budget.

Reminders, nudges, job matches and veileder messages go through ``schedule_user_message``.
Replies to the user's own messages are queued by ``services.messaging.outbox.enqueue_sms`` directly
and are exempt. The rules themselves are in services/messaging/contact_rules.py, which the dispatcher
applies once more just before sending.
"""
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import func, select

from services.messaging.contact_rules import may_receive, window_of
from services.messaging.outbox import enqueue_sms, find_by_key
from services.messaging.texts import text
from services.messaging.threads import conversation_of
from services.oslo import OSLO, oslo_wall_clock
from services.settings import Settings
from storage.models import (
    Conversation,
    Message,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    SenderKind,
    User,
    utcnow,
)

# Counted against the user's weekly budget; over it they are folded into a digest.
# Appointment reminders (REMINDER, services/appointments/reminders.py) are neither counted nor
# folded: a digest arrives the next day, and a reminder must never come after the meeting.
BUDGETED = frozenset({MessageCategory.NUDGE, MessageCategory.JOB_MATCH})
_NOT_COUNTED = (OutboxState.CANCELLED, OutboxState.DIGESTED, OutboxState.FAILED)


def _week_bounds(at: datetime) -> tuple[datetime, datetime]:
    monday = at.astimezone(OSLO).date()
    monday -= timedelta(days=monday.weekday())
    return oslo_wall_clock(monday, time(0)), oslo_wall_clock(monday + timedelta(days=7), time(0))


def budget_used(session, user: User, at: datetime) -> int:
    """Budgeted messages due to the user in the Oslo week (Monday to Sunday) holding ``at``."""
    week_start, week_end = _week_bounds(at)
    return session.execute(
        select(func.count(OutboxMessage.id))
        .join(Message, OutboxMessage.message_id == Message.id)
        .join(Conversation, Message.conversation_id == Conversation.id)
        .where(
            Conversation.user_id == user.id,
            OutboxMessage.category.in_(BUDGETED),
            OutboxMessage.state.not_in(_NOT_COUNTED),
            OutboxMessage.due_at >= week_start,
            OutboxMessage.due_at < week_end,
        )
    ).scalar_one()


@dataclass(frozen=True)
class Scheduled:
    """What ``schedule_user_message`` did: ``outcome`` is "scheduled", "deferred",
    "digested", "cancelled" (opted out) or "duplicate" (the key was used before)."""

    entry: OutboxMessage
    outcome: str


def schedule_user_message(session, user: User, body: str, category: MessageCategory,
                          due_at: datetime | None, idempotency_key: str, *,
                          weekly_budget: int | None = None,
                          sender_kind: SenderKind = SenderKind.BOT,
                          author_veileder_id: int | None = None) -> Scheduled:
    """Queues a message the service starts by itself, keeping the user's rules.

    Written in the caller's transaction (commit it with the change that caused it), once per
    ``idempotency_key`` (use a key naming the cause, e.g. ``reminder:{appointment_id}:24h``):

    - opted out of this category (STOPP, STOPP JOBB, STOPP PÅMINNELSE, carrier opt-out):
      the row is kept as CANCELLED and never sent;
    - due outside the user's contact window (default 09:00-20:00 Europe/Oslo): moved to the
      next opening, never dropped;
    - a nudge or job match over the user's weekly budget (``user.weekly_message_budget``,
      else ``weekly_budget``, else SMS_WEEKLY_BUDGET): kept as DIGESTED and counted in one digest message the next day
      when the window opens. Appointment reminders are exempt from the budget.

    ``category`` must not be REPLY: replies go through ``services.messaging.outbox.enqueue_sms``.
    The body must be a finished user text from services/messaging/texts.py or the Rasa domain.
    """
    if category == MessageCategory.REPLY:
        raise ValueError("replies are queued with services.messaging.outbox.enqueue_sms")
    existing = find_by_key(session, idempotency_key)
    if existing is not None:
        return Scheduled(existing, "duplicate")

    conversation = conversation_of(session, user.id)
    requested = due_at or utcnow()
    if not may_receive(session, user, category, requested):
        entry = enqueue_sms(session, conversation, body, idempotency_key, sender_kind=sender_kind,
                            author_veileder_id=author_veileder_id, due_at=requested, category=category)
        entry.state = OutboxState.CANCELLED
        entry.last_error = "opted out"
        return Scheduled(entry, "cancelled")

    due = window_of(user).next_opening(requested)
    over_budget = category in BUDGETED and budget_used(session, user, due) >= _budget_of(user, weekly_budget)
    entry = enqueue_sms(session, conversation, body, idempotency_key, sender_kind=sender_kind,
                        author_veileder_id=author_veileder_id, due_at=due, category=category)
    if over_budget:
        entry.state = OutboxState.DIGESTED
        entry.digest_id = _add_to_digest(session, user, conversation, due).id
        return Scheduled(entry, "digested")
    return Scheduled(entry, "scheduled" if due == requested else "deferred")


def _budget_of(user: User, weekly_budget: int | None) -> int:
    if user.weekly_message_budget is not None:
        return user.weekly_message_budget
    if weekly_budget is not None:
        return weekly_budget
    return Settings.from_env().sms_weekly_budget


def _add_to_digest(session, user: User, conversation: Conversation, due: datetime) -> OutboxMessage:
    """The user's pending digest for the day after ``due``, with one more message counted."""
    window = window_of(user)
    day = due.astimezone(OSLO).date() + timedelta(days=1)
    while True:
        key = f"digest:{user.id}:{day.isoformat()}"
        digest = find_by_key(session, key)
        if digest is None:
            opening = window.next_opening(oslo_wall_clock(day, time(0)))
            digest = enqueue_sms(session, conversation, text("digest", user.language).format(count=1), key,
                                 due_at=opening, category=MessageCategory.DIGEST)
            break
        if digest.state == OutboxState.PENDING:
            break
        day += timedelta(days=1)
    session.flush()
    count = session.execute(
        select(func.count(OutboxMessage.id)).where(OutboxMessage.digest_id == digest.id)
    ).scalar_one() + 1
    digest.body = digest.message.body = text("digest", user.language).format(count=count)
    return digest
