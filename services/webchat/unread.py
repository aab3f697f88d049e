"""What the user has read in the web chat, and the SMS when a veileder's answer waits there.

A veileder's answer goes to the chat when the user last wrote there
(services/conversation/staff_replies.py). Not read within ``UNREAD_AFTER``, the user gets an
SMS without content, once for a run of unread answers, unless they said no to it in the
chat or to every message by STOPP; it keeps their quiet hours (a message the service starts
by itself, services/messaging/send_policy.py). Read before it goes, it is cancelled.
"""
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update

from services.messaging.send_policy import schedule_user_message
from services.messaging.texts import text
from services.webchat.thread import conversation_id_of
from storage.models import (
    ChatReader,
    Conversation,
    Direction,
    Message,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    SenderKind,
    User,
    utcnow,
)

UNREAD_AFTER = timedelta(minutes=15)
# Answers older than this when the job first sees them (the service was down for days) get no SMS.
LOOK_BACK = timedelta(days=2)
KEY_PREFIX = "chat-unread:"


def reader_of(session, user_id: int) -> ChatReader:
    """The user's reading state, made on first use."""
    reader = session.execute(select(ChatReader).where(ChatReader.user_id == user_id)).scalar_one_or_none()
    if reader is None:
        reader = ChatReader(user_id=user_id, read_up_to_message_id=0, sms_when_unread=True)
        session.add(reader)
    return reader


def mark_read(session, user_id: int, up_to_message_id: int, now: datetime | None = None) -> None:
    """The user has seen the thread up to this message (never moves back); an SMS about an
    answer read meanwhile is not sent."""
    conversation_id = conversation_id_of(session, user_id)
    newest = session.execute(
        select(func.max(Message.id)).where(Message.conversation_id == conversation_id)
    ).scalar_one_or_none() or 0
    up_to = min(up_to_message_id, newest)  # nobody has read what does not exist yet
    reader = reader_of(session, user_id)
    if up_to <= reader.read_up_to_message_id:
        return
    reader.read_up_to_message_id, reader.read_at = up_to, now or utcnow()
    pending = session.execute(
        select(OutboxMessage.id, OutboxMessage.idempotency_key)
        .join(Message, OutboxMessage.message_id == Message.id)
        .where(Message.conversation_id == conversation_id, OutboxMessage.state == OutboxState.PENDING,
               OutboxMessage.idempotency_key.startswith(KEY_PREFIX))
    ).all()
    read = [outbox_id for outbox_id, key in pending if int(key[len(KEY_PREFIX):]) <= up_to]
    if read:
        session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(read))
                        .values(state=OutboxState.CANCELLED, last_error="read in the web chat")
                        .execution_options(synchronize_session=False))


def remind_unread(session, now: datetime | None = None) -> list[int]:
    """Queues the SMS for each user with a veileder's answer unread in the chat for
    ``UNREAD_AFTER``; returns the outbox rows to send now."""
    now = now or utcnow()
    read_up_to = func.coalesce(ChatReader.read_up_to_message_id, 0)
    waiting = session.execute(
        select(Conversation.user_id, func.min(Message.id))
        .join(Conversation, Message.conversation_id == Conversation.id)
        .outerjoin(ChatReader, ChatReader.user_id == Conversation.user_id)
        .where(Message.channel == "web", Message.direction == Direction.OUTBOUND,
               Message.sender_kind == SenderKind.VEILEDER,
               Message.created_at <= now - UNREAD_AFTER, Message.created_at > now - LOOK_BACK,
               Message.id > read_up_to,
               or_(ChatReader.sms_when_unread.is_(None), ChatReader.sms_when_unread.is_(True)))
        .group_by(Conversation.user_id)
    ).all()
    queued = []
    for user_id, first_unread_id in waiting:
        user = session.get(User, user_id)
        scheduled = schedule_user_message(session, user, text("chat_unread_sms", user.language),
                                          MessageCategory.VEILEDER, now, f"{KEY_PREFIX}{first_unread_id}")
        if scheduled.outcome == "scheduled":
            queued.append(scheduled.entry)
    session.flush()
    return [entry.id for entry in queued]
