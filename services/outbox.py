"""The outbox: every outbound SMS is a row first, then handed to Twilio by a dispatcher.

A row is written in the same transaction as the change that caused it. Sending claims
the row atomically (a conditional UPDATE), so several dispatchers never send one twice.
"""
import logging
import random
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update

from services.sms_gateway import SendError, SmsSender
from storage.db import Database
from storage.models import (
    Conversation,
    DeliveryStatus,
    Direction,
    Message,
    OutboxMessage,
    OutboxState,
    SenderKind,
    utcnow,
)

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 6
BACKOFF_BASE_SECONDS = 5


def enqueue_sms(session, conversation: Conversation, body: str, idempotency_key: str,
                sender_kind: SenderKind = SenderKind.BOT, author_veileder_id: int | None = None,
                due_at: datetime | None = None) -> OutboxMessage:
    """Records an outbound SMS in the thread and queues it; the caller's commit makes it real."""
    existing = session.execute(
        select(OutboxMessage).where(OutboxMessage.idempotency_key == idempotency_key)
    ).scalar_one_or_none()
    if existing is not None:
        return existing
    message = Message(
        conversation=conversation,
        direction=Direction.OUTBOUND,
        channel="sms",
        sender_kind=sender_kind,
        author_veileder_id=author_veileder_id,
        body=body,
        delivery_status=None,
    )
    entry = OutboxMessage(
        message=message,
        idempotency_key=idempotency_key,
        to_phone=conversation.user.phone_e164,
        body=body,
        state=OutboxState.PENDING,
        due_at=due_at or utcnow(),
    )
    session.add_all([message, entry])
    return entry


def enqueue_sms_to_number(session, phone: str, body: str, idempotency_key: str) -> OutboxMessage:
    """Queues an SMS to a number that is not a user's (it belongs to no thread)."""
    existing = session.execute(
        select(OutboxMessage).where(OutboxMessage.idempotency_key == idempotency_key)
    ).scalar_one_or_none()
    if existing is not None:
        return existing
    entry = OutboxMessage(idempotency_key=idempotency_key, to_phone=phone, body=body,
                          state=OutboxState.PENDING, due_at=utcnow())
    session.add(entry)
    return entry


def _claim(session, outbox_id: int, now: datetime) -> bool:
    claimable = or_(
        and_(OutboxMessage.state == OutboxState.PENDING, OutboxMessage.due_at <= now),
        and_(OutboxMessage.state == OutboxState.CLAIMED, OutboxMessage.lease_until < now),
    )
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == outbox_id, claimable)
        .values(state=OutboxState.CLAIMED, lease_until=now + LEASE,
                attempts=OutboxMessage.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def _initial_status(twilio_status: str) -> DeliveryStatus:
    try:
        return DeliveryStatus(twilio_status)
    except ValueError:  # "accepted", "sending" and the like: not yet sent
        return DeliveryStatus.QUEUED


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_BASE_SECONDS * 2 ** (attempts - 1) * random.uniform(0.5, 1.5))


def dispatch(db: Database, sender: SmsSender, status_callback_url: str | None,
             only_ids: list[int] | None = None, now: datetime | None = None) -> int:
    """Sends what is due (or just ``only_ids``); returns how many Twilio accepted."""
    now = now or utcnow()
    with db.session() as session:
        query = select(OutboxMessage.id).where(
            or_(OutboxMessage.state == OutboxState.PENDING, OutboxMessage.state == OutboxState.CLAIMED),
            OutboxMessage.due_at <= now,
        ).order_by(OutboxMessage.due_at)
        if only_ids is not None:
            query = query.where(OutboxMessage.id.in_(only_ids))
        candidates = session.execute(query).scalars().all()

    sent = 0
    for outbox_id in candidates:
        with db.session() as session:
            if not _claim(session, outbox_id, now):
                continue
        with db.session() as session:
            entry = session.get(OutboxMessage, outbox_id)
            to, body, attempts = entry.to_phone, entry.body, entry.attempts
        try:
            result = sender.send(to, body, status_callback_url)
        except SendError as error:
            _record_failure(db, outbox_id, error, attempts)
            continue
        with db.session() as session:
            entry = session.get(OutboxMessage, outbox_id)
            entry.state = OutboxState.SENT
            entry.twilio_sid = result.sid
            entry.sent_at = utcnow()
            entry.lease_until = None
            if entry.message is not None:
                entry.message.delivery_status = _initial_status(result.status)
        sent += 1
    return sent


def _record_failure(db: Database, outbox_id: int, error: SendError, attempts: int) -> None:
    log.warning("outbox %s: send failed (%s)", outbox_id, error)
    with db.session() as session:
        entry = session.get(OutboxMessage, outbox_id)
        entry.last_error = str(error)[:300]
        entry.lease_until = None
        if error.transient and attempts < MAX_ATTEMPTS:
            entry.state = OutboxState.PENDING
            entry.due_at = utcnow() + _backoff(attempts)
        else:
            entry.state = OutboxState.FAILED
            if entry.message is not None:
                entry.message.delivery_status = DeliveryStatus.FAILED
