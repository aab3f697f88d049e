"""What happens to a text message from a user: stored first, then answered.

The message is committed before anything else runs, so that nothing is lost when the
assistant is down; a message the assistant could not take waits for it (see
``answer_waiting_messages``, run by the scheduler).
"""
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Callable, Optional

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from services.cases.handoff import hold_for_veileder
from services.gateways.rasa import AssistantUnavailable
from services.people.helper_answers import answer_helper_question
from services.people.helper_messages import handle_helper_message
from services.people.senders import sender_of
from services.messaging.keywords import handle_keyword
from services.messaging.outbox import enqueue_sms, enqueue_sms_to_number
from services.messaging.phone import normalise_phone, phone_hash
from services.messaging.texts import text
from services.messaging.threads import conversation_of
from services.runtime import MessagingServices
from services.safety.step import check_safety
from storage.models import (
    Direction,
    InboundState,
    Message,
    OutboxMessage,
    SenderKind,
    UnknownSender,
    utcnow,
)

log = logging.getLogger(__name__)

UNKNOWN_SENDER_REPLY_INTERVAL = timedelta(hours=24)


@dataclass
class InboundOutcome:
    kind: str  # "answered", "waiting", "duplicate" or "unknown_sender"
    message_id: int | None = None
    outbox_ids: list[int] = field(default_factory=list)


def text_for_assistant(body: str) -> str:
    """User text as the assistant gets it: a leading "/" would otherwise trigger an intent."""
    return body.strip().lstrip("/").strip()


def receive_sms(services: MessagingServices, message_sid: str, from_number: str, body: str) -> InboundOutcome:
    """Stores one inbound SMS (once per MessageSid), answers it and sends the answer."""
    phone = normalise_phone(from_number)
    with services.db.session() as session:
        sender = sender_of(session, phone)
    if sender is None:
        return _answer_unknown_sender(services, phone, message_sid)

    try:
        with services.db.session() as session:
            conversation = conversation_of(session, sender.user_id)
            message = Message(
                conversation=conversation,
                direction=Direction.INBOUND,
                channel="sms",
                sender_kind=SenderKind.HELPER if sender.helper_id else SenderKind.USER,
                helper_id=sender.helper_id,
                body=body,
                twilio_sid=message_sid,
                inbound_state=InboundState.RECEIVED,
            )
            session.add(message)
            session.flush()
            message_id = message.id
    except IntegrityError:
        log.info("duplicate webhook for an inbound message ignored")
        return InboundOutcome(kind="duplicate")

    outcome = answer_message(services, message_id)
    services.send_now(outcome.outbox_ids)
    return outcome


def _start_processing(session, message_id: int) -> bool:
    result = session.execute(
        update(Message)
        .where(Message.id == message_id,
               Message.inbound_state.in_([InboundState.RECEIVED, InboundState.WAITING_FOR_ASSISTANT]))
        .values(inbound_state=InboundState.PROCESSING)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


# Checks run on every stored message before the assistant sees it, in this order. Each
# takes (session, message) and returns the replies when it took care of the message (an
# empty list: taken care of, nothing to say), or None to pass the message on. Anything a
# step writes is committed together with its replies.
Step = Callable[[Session, Message], Optional[list[str]]]
# A helper's message is taken care of by the first step, so the keywords and the rest are the user's.
PRE_ASSISTANT_STEPS: list[Step] = [handle_helper_message, handle_keyword, check_safety, answer_helper_question,
                                   hold_for_veileder]


def answer_message(services: MessagingServices, message_id: int) -> InboundOutcome:
    """Runs the pre-assistant steps, then asks the assistant, and queues the replies."""
    with services.db.session() as session:
        if not _start_processing(session, message_id):
            return InboundOutcome(kind="duplicate", message_id=message_id)
    with services.db.session() as session:
        message = session.get(Message, message_id)
        for step in PRE_ASSISTANT_STEPS:
            replies = step(session, message)
            if replies is not None:
                return _queue_replies(session, message, replies)
        conversation = message.conversation
        sender_id, language, body = conversation.rasa_sender_id, conversation.user.language, message.body

    try:
        replies = services.assistant.send(message.channel, sender_id, text_for_assistant(body))
    except AssistantUnavailable as error:
        log.warning("assistant unavailable for message %s: %s", message_id, error)
        return _acknowledge_and_wait(services, message_id, language)

    with services.db.session() as session:
        return _queue_replies(session, session.get(Message, message_id), replies)


def _queue_replies(session, message: Message, replies: list[str]) -> InboundOutcome:
    entries = [  # a reply to the user's helper goes to the helper
        enqueue_sms(session, message.conversation, reply, f"reply:{message.id}:{index}", helper=message.helper)
        for index, reply in enumerate(replies)
    ]
    message.inbound_state = InboundState.PROCESSED
    session.flush()
    return InboundOutcome(kind="answered", message_id=message.id, outbox_ids=[e.id for e in entries])


def _acknowledge_and_wait(services: MessagingServices, message_id: int, language: str) -> InboundOutcome:
    with services.db.session() as session:
        message = session.get(Message, message_id)
        message.inbound_state = InboundState.WAITING_FOR_ASSISTANT
        already_acknowledged = session.execute(
            select(OutboxMessage.id).where(OutboxMessage.idempotency_key == f"ack:{message_id}")
        ).first()
        outbox_ids = []
        if not already_acknowledged:
            entry = enqueue_sms(session, message.conversation,
                                text("received_assistant_unavailable", language), f"ack:{message_id}")
            session.flush()
            outbox_ids.append(entry.id)
    return InboundOutcome(kind="waiting", message_id=message_id, outbox_ids=outbox_ids)


def answer_waiting_messages(services: MessagingServices) -> int:
    """Answers, oldest first, the messages that arrived while the assistant was away."""
    with services.db.session() as session:
        waiting = session.execute(
            select(Message.id)
            .where(Message.inbound_state == InboundState.WAITING_FOR_ASSISTANT)
            .order_by(Message.id)
        ).scalars().all()
    answered = 0
    for message_id in waiting:
        outcome = answer_message(services, message_id)
        services.send_now(outcome.outbox_ids)
        if outcome.kind == "waiting":
            break
        answered += outcome.kind == "answered"
    return answered


def _answer_unknown_sender(services: MessagingServices, phone: str, message_sid: str) -> InboundOutcome:
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
        should_reply = sender.last_replied_at is None or now - sender.last_replied_at > UNKNOWN_SENDER_REPLY_INTERVAL
        outbox_ids = []
        if should_reply:
            sender.last_replied_at = now
            entry = enqueue_sms_to_number(session, phone, text("unknown_number"), f"unknown:{message_sid}")
            session.flush()
            outbox_ids.append(entry.id)
    services.send_now(outbox_ids)
    return InboundOutcome(kind="unknown_sender", outbox_ids=outbox_ids)
