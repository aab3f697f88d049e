"""What a veileder has not read yet: the messages of users with an open case since the case
began, that the veileder has not seen on a page showing the thread.

A case begins with the message that opened it: the last message from the user (or their
helper) stored before the case was made. Reading is per veileder (``ThreadRead``): Kari
reading Ola's thread does not read it for Per.
"""
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from services.staff.access import visible_users
from storage.models import (
    CaseStatus,
    Conversation,
    Direction,
    Escalation,
    Message,
    ThreadRead,
    User,
    Veileder,
    utcnow,
)


def mark_thread_read(session, veileder_id: int, user_id: int) -> None:
    """The veileder has seen the user's thread up to its newest message."""
    newest = session.execute(
        select(func.max(Message.id)).join(Conversation, Message.conversation_id == Conversation.id)
        .where(Conversation.user_id == user_id)
    ).scalar_one()
    if newest is None:
        return
    read = session.execute(
        select(ThreadRead).where(ThreadRead.veileder_id == veileder_id, ThreadRead.user_id == user_id)
    ).scalar_one_or_none()
    if read is None:
        session.add(ThreadRead(veileder_id=veileder_id, user_id=user_id, last_read_message_id=newest))
    elif newest > read.last_read_message_id:
        read.last_read_message_id, read.read_at = newest, utcnow()


def unread_by_user(session, veileder: Veileder, now: datetime) -> dict[int, int]:
    """User id -> messages the veileder has not read, for the users with an open case the
    veileder may see (users with nothing unread are left out)."""
    earlier = aliased(Message)
    case_start = (
        select(func.coalesce(func.max(earlier.id), 0))
        .where(earlier.conversation_id == Conversation.id, earlier.direction == Direction.INBOUND,
               earlier.created_at <= Escalation.created_at)
        .correlate(Conversation, Escalation)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Escalation.user_id, func.count(Message.id))
        .join(User, Escalation.user_id == User.id)
        .join(Conversation, Conversation.user_id == Escalation.user_id)
        .join(Message, Message.conversation_id == Conversation.id)
        .outerjoin(ThreadRead, (ThreadRead.user_id == Escalation.user_id) & (ThreadRead.veileder_id == veileder.id))
        .where(Escalation.status != CaseStatus.RESOLVED, visible_users(session, veileder, now),
               Message.direction == Direction.INBOUND, Message.id >= case_start,
               Message.id > func.coalesce(ThreadRead.last_read_message_id, 0))
        .group_by(Escalation.user_id)
    ).all()
    return {user_id: count for user_id, count in rows}


def unread_count(session, veileder: Veileder, now: datetime) -> int:
    return sum(unread_by_user(session, veileder, now).values())
