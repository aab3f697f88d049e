"""Twilio's delivery reports as a one-way state machine on ``Message.delivery_status``.

queued -> sent -> delivered | undelivered | failed. A status never moves backwards and the
first final status stays, so repeated and out-of-order callbacks change nothing. The
update is a conditional UPDATE, so two callbacks racing each other cannot undo one another.
"""
import structlog
from sqlalchemy import or_, select, update

from services.messaging.reachability import (
    PERMANENT_CODES,
    record_delivered,
    record_permanent_error,
    record_undeliverable,
)
from services.metrics.definitions import STATUS_CALLBACKS, TWILIO_ERRORS, after_commit
from storage.models import DeliveryStatus, Message, OutboxMessage

log = structlog.get_logger(__name__)

_RANK = {
    DeliveryStatus.QUEUED: 0,
    DeliveryStatus.SENT: 1,
    DeliveryStatus.DELIVERED: 2,
    DeliveryStatus.UNDELIVERED: 2,
    DeliveryStatus.FAILED: 2,
}
FINAL = frozenset(status for status, rank in _RANK.items() if rank == 2)

# Every MessageStatus Twilio reports for an outbound message.
_FROM_TWILIO = {
    "accepted": DeliveryStatus.QUEUED,
    "scheduled": DeliveryStatus.QUEUED,
    "queued": DeliveryStatus.QUEUED,
    "sending": DeliveryStatus.QUEUED,
    "sent": DeliveryStatus.SENT,
    "delivered": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.DELIVERED,
    "undelivered": DeliveryStatus.UNDELIVERED,
    "failed": DeliveryStatus.FAILED,
    "canceled": DeliveryStatus.FAILED,
}


def from_twilio(status: str) -> DeliveryStatus | None:
    return _FROM_TWILIO.get((status or "").strip().lower())


def advance(current: DeliveryStatus | None, reported: DeliveryStatus) -> DeliveryStatus:
    """The status after ``reported`` arrives: only ever forwards."""
    if current is None or _RANK[reported] > _RANK[current]:
        return reported
    return current


def _earlier_than(reported: DeliveryStatus):
    earlier = [status for status, rank in _RANK.items() if rank < _RANK[reported]]
    return or_(Message.delivery_status.is_(None), Message.delivery_status.in_(earlier))


def apply_status_callback(session, message_sid: str, twilio_status: str, error_code: int | None) -> str:
    """Applies one callback; returns "updated", "unchanged", "unknown_sid" or "unknown_status"."""
    result = _apply(session, message_sid, twilio_status, error_code)
    status = from_twilio(twilio_status)
    after_commit(session, STATUS_CALLBACKS.labels(status.value if status else "unknown", result).inc)
    if error_code is not None:
        after_commit(session, TWILIO_ERRORS.labels("callback", str(error_code)).inc)
    return result


def _apply(session, message_sid: str, twilio_status: str, error_code: int | None) -> str:
    reported = from_twilio(twilio_status)
    if reported is None:
        log.info("status callback with an unknown status ignored")
        return "unknown_status"
    entry = session.execute(
        select(OutboxMessage).where(OutboxMessage.twilio_sid == message_sid)
    ).scalar_one_or_none()
    if entry is None or entry.message_id is None:
        log.info("status callback for a message that is not ours (or not a user's) ignored")
        return "unknown_sid"
    moved = session.execute(
        update(Message)
        .where(Message.id == entry.message_id, _earlier_than(reported))
        .values(delivery_status=reported)
        .execution_options(synchronize_session=False)
    ).rowcount == 1
    log.info("status callback", status=reported.value, error_code=error_code, changed=moved,
             outbox_id=entry.id, message_id=entry.in_reply_to_id)
    if not moved:
        return "unchanged"
    session.expire(entry.message)
    user, helper = entry.message.conversation.user, entry.message.helper
    if reported == DeliveryStatus.DELIVERED:
        record_delivered(user, helper)
    elif reported in FINAL:
        if error_code in PERMANENT_CODES:
            record_permanent_error(session, user, error_code, entry.id, helper)
        else:
            record_undeliverable(session, user, entry.id, f"status {reported.value}, kode {error_code or '-'}", helper)
    return "updated"
