"""Where every channel hands over a user's message: stored once, answered later by a worker.

A channel adapter (the SMS webhook, bot/sms.py; the web chat) checks the request, calls
``store_inbound`` with the channel's own id of the message, and answers its caller at once.
The message is committed before anything else happens to it, so nothing is lost when the
assistant or a worker is down; the workers (services/conversation/pipeline.py) are woken in
the same transaction.
"""
from dataclasses import dataclass
from datetime import timedelta

import structlog
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from services.conversation.inbound_text import clean_inbound
from services.conversation.replies import NATIONAL_ID_PREFIX, queue_replies
from services.messaging.outbox import enqueue_sms_to_number
from services.messaging.phone import normalise_phone, phone_hash
from services.messaging.texts import text
from services.messaging.threads import conversation_of
from services.metrics.definitions import INBOUND_MESSAGES, RATE_LIMIT_REFUSALS, after_commit
from services.people.senders import sender_of
from services.runtime import MessagingServices
from storage import wakeup
from storage.db import Database
from storage.models import Direction, InboundState, Message, SenderKind, UnknownSender, utcnow

log = structlog.get_logger(__name__)

UNKNOWN_SENDER_REPLY_INTERVAL = timedelta(hours=24)


@dataclass(frozen=True)
class Intake:
    kind: str  # "stored", "duplicate" or "unknown_sender"
    message_id: int | None = None


def store_inbound(db: Database, user_id: int, channel: str, external_id: str, body: str,
                  helper_id: int | None = None) -> Intake:
    """Stores a user's message in their conversation, once per (channel, external_id), cleaned
    (services/conversation/inbound_text.py); with ``helper_id``, the message is the user's
    helper's (services/people/)."""
    try:
        with db.session() as session:
            message_id = _store(session, user_id, channel, external_id, body, helper_id)
    except IntegrityError:
        return _duplicate(channel)
    return _stored(channel, message_id)


def receive_sms(services: MessagingServices, message_sid: str, from_number: str, body: str) -> Intake:
    """The SMS channel: the sender by their number, normalised (a user's own, or the helper's
    of a user who said yes), looked up in the transaction that stores the message; a number
    that is neither gets one polite reply a day and nothing of it is kept but a keyed hash."""
    phone = normalise_phone(from_number)
    try:
        with services.db.session() as session:
            sender = sender_of(session, phone)
            message_id = None if sender is None else _store(session, sender.user_id, "sms", message_sid, body,
                                                            sender.helper_id)
    except IntegrityError:
        return _duplicate("sms")
    if sender is None:
        _answer_unknown_sender(services, phone, message_sid)
        INBOUND_MESSAGES.labels("sms", "unknown_sender").inc()
        log.info("sms from a number that is no user's")
        return Intake(kind="unknown_sender")
    return _stored("sms", message_id)


def _store(session, user_id: int, channel: str, external_id: str, body: str, helper_id: int | None) -> int:
    """Adds the message in the caller's transaction and wakes the workers when it commits. A
    masked national identity number is answered at once, by the same channel, in the same
    transaction: NAV never needs it there."""
    inbound = clean_inbound(body)
    message = Message(conversation=conversation_of(session, user_id), direction=Direction.INBOUND,
                      channel=channel, sender_kind=SenderKind.HELPER if helper_id else SenderKind.USER,
                      helper_id=helper_id, body=inbound.text, external_id=external_id,
                      inbound_state=InboundState.RECEIVED)
    session.add(message)
    session.flush()
    if inbound.national_id_masked:
        language = message.conversation.user.language
        queue_replies(session, message, [text("national_id_not_needed", language)], NATIONAL_ID_PREFIX)
    wakeup.notify(session, wakeup.INBOUND)
    return message.id


def _duplicate(channel: str) -> Intake:
    INBOUND_MESSAGES.labels(channel, "duplicate").inc()
    log.info("a message the channel had delivered already was ignored", channel=channel)
    return Intake(kind="duplicate")


def _stored(channel: str, message_id: int) -> Intake:
    INBOUND_MESSAGES.labels(channel, "stored").inc()
    # Every later line of this request names the message; the worker's lines name it too.
    structlog.contextvars.bind_contextvars(message_id=message_id)
    log.info("message stored", channel=channel)
    return Intake(kind="stored", message_id=message_id)


def _answer_unknown_sender(services: MessagingServices, phone: str, message_sid: str) -> None:
    number_hash = phone_hash(phone, services.settings.secret_key)
    now = utcnow()
    with services.db.session() as session:
        sender = session.execute(
            select(UnknownSender).where(UnknownSender.number_hash == number_hash)
        ).scalar_one_or_none()
        if sender is None:
            sender = UnknownSender(number_hash=number_hash, message_count=0)
            session.add(sender)
        sender.message_count += 1
        if sender.last_replied_at is None or now - sender.last_replied_at > UNKNOWN_SENDER_REPLY_INTERVAL:
            sender.last_replied_at = now
            enqueue_sms_to_number(session, phone, text("unknown_number"), f"unknown:{message_sid}")
        else:
            after_commit(session, RATE_LIMIT_REFUSALS.labels("unknown_sender_reply").inc)
