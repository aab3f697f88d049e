"""The user's own thread as the web chat shows it: every channel, oldest first.

An SMS shows once it is due (a reminder queued for the morning does not show at night) and
unless it was never meant to go (cancelled after STOPP, folded into a digest). One that did
not arrive is shown, marked: here the user can still read it.
"""
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select

from services.webchat.answer_buttons import Choice, choices_in
from storage.models import (
    Conversation,
    DeliveryStatus,
    Message,
    OutboxMessage,
    OutboxState,
    SenderKind,
    Veileder,
    utcnow,
)

SHOWN_OUTBOX_STATES = (OutboxState.PENDING, OutboxState.CLAIMED, OutboxState.SENT, OutboxState.FAILED)
NOT_DELIVERED = (DeliveryStatus.UNDELIVERED, DeliveryStatus.FAILED)
# The live page is sent what arrived this recently again, in case it committed late with a
# lower id or became due just now; the page shows each message once.
LATE_ARRIVALS = timedelta(seconds=30)


@dataclass(frozen=True)
class ThreadEntry:
    id: int
    author: str  # "user", "bot" or "veileder"
    veileder_name: str | None
    channel: str
    body: str
    created_at: datetime
    not_delivered: bool
    choices: list[Choice]


def conversation_id_of(session, user_id: int) -> int | None:
    return session.execute(select(Conversation.id).where(Conversation.user_id == user_id)).scalar_one_or_none()


def thread_entries(session, user_id: int, now: datetime | None = None, after_id: int | None = None) -> list[ThreadEntry]:
    """The user's thread; with ``after_id``, only what came after it or arrived in the last
    ``LATE_ARRIVALS``."""
    now = now or utcnow()
    query = _shown(session, user_id, now)
    if after_id is not None:
        recent = now - LATE_ARRIVALS
        query = query.where(or_(Message.id > after_id, Message.created_at >= recent, OutboxMessage.due_at >= recent))
    return [_entry(message, state, veileder_name) for message, state, veileder_name in session.execute(query)]


def own_web_message(session, user_id: int, external_id: str) -> ThreadEntry | None:
    """The message the user wrote in the chat under the page's id for it."""
    row = session.execute(_shown(session, user_id, utcnow()).where(Message.channel == "web",
                                                                    Message.external_id == external_id)).first()
    return _entry(*row) if row else None


def _shown(session, user_id: int, now: datetime):
    return (select(Message, OutboxMessage.state, Veileder.full_name)
            .outerjoin(OutboxMessage, OutboxMessage.message_id == Message.id)
            .outerjoin(Veileder, Veileder.id == Message.author_veileder_id)
            .where(Message.conversation_id == conversation_id_of(session, user_id),
                   or_(OutboxMessage.id.is_(None),
                       and_(OutboxMessage.state.in_(SHOWN_OUTBOX_STATES), OutboxMessage.due_at <= now)))
            .order_by(Message.id))


def _entry(message: Message, state: OutboxState | None, veileder_name: str | None) -> ThreadEntry:
    author = message.sender_kind.value
    return ThreadEntry(
        id=message.id, author=author, veileder_name=veileder_name, channel=message.channel, body=message.body,
        created_at=message.created_at,
        not_delivered=state is OutboxState.FAILED or message.delivery_status in NOT_DELIVERED,
        choices=choices_in(message.body) if message.sender_kind is SenderKind.BOT else [],
    )
