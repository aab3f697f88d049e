"""Replies go back by the channel the user's message came in on.

SMS replies are outbox rows (services/messaging/outbox.py), sent and tracked until Twilio
reports their fate; web replies are stored in the thread for the chat page to show. A new
channel adds its way back here, keyed by the channel's name on ``Message.channel``.
"""
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import or_, select

from services.messaging.outbox import enqueue_sms
from services.messaging.threads import post_to_web
from storage.models import Direction, InboundState, Message, OutboxMessage, OutboxState


def _by_sms(session, message: Message, body: str, key: str) -> int | None:
    # A reply to what the user's helper wrote goes to the helper (services/people/).
    entry = enqueue_sms(session, message.conversation, body, key, helper=message.helper, in_reply_to_id=message.id)
    session.flush()
    return entry.id


def _on_the_page(session, message: Message, body: str, key: str) -> int | None:
    post_to_web(session, message.conversation, body, key)
    return None


# Replies are keyed "<prefix>:<message id>:<n>": the answer, the note that it arrived and waits,
# or the note that a national identity number was not stored (services/conversation/intake.py).
NATIONAL_ID_PREFIX = "national-id"
REPLY_PREFIXES = ("reply", "ack", NATIONAL_ID_PREFIX)
REPLY_CHANNELS: dict[str, Callable[..., int | None]] = {"sms": _by_sms, "web": _on_the_page}


def queue_replies(session, message: Message, replies: list[str], key_prefix: str) -> list[int]:
    """Writes the replies to ``message`` in the caller's transaction, once per key; returns the
    outbox rows to send (none for a channel that is not SMS)."""
    reply = REPLY_CHANNELS[message.channel]
    outbox_ids = [reply(session, message, body, f"{key_prefix}:{message.id}:{index}")
                  for index, body in enumerate(replies)]
    return [outbox_id for outbox_id in outbox_ids if outbox_id is not None]


@dataclass(frozen=True)
class Answer:
    """What the service answered one user message, as far as it got."""

    state: InboundState
    bodies: list[str]
    handed_to_gateway: bool  # every SMS among them has left the outbox (sent, failed or cancelled)

    @property
    def settled(self) -> bool:
        """The workers are done with the message for now: answered, or waiting for Rasa."""
        return self.state in (InboundState.PROCESSED, InboundState.WAITING_FOR_ASSISTANT)


def answer_to(session, channel: str, external_id: str) -> Answer | None:
    """The replies to the user message the channel knows by ``external_id``; None when no such
    message was stored (an SMS from a number that is no user's)."""
    message = session.execute(
        select(Message).where(Message.channel == channel, Message.external_id == external_id)
    ).scalar_one_or_none()
    if message is None:
        return None
    if message.inbound_state not in (InboundState.PROCESSED, InboundState.WAITING_FOR_ASSISTANT):
        return Answer(state=message.inbound_state, bodies=[], handed_to_gateway=False)
    keys = or_(*(key_column.like(f"{prefix}:{message.id}:%") for prefix in REPLY_PREFIXES
                 for key_column in (OutboxMessage.idempotency_key, Message.external_id)))
    replies = session.execute(
        select(Message.body, OutboxMessage.state).outerjoin(OutboxMessage, OutboxMessage.message_id == Message.id)
        .where(Message.conversation_id == message.conversation_id, Message.direction == Direction.OUTBOUND, keys)
        .order_by(Message.id)
    ).all()
    return Answer(state=message.inbound_state, bodies=[body for body, _ in replies],
                  handed_to_gateway=all(state not in (OutboxState.PENDING, OutboxState.CLAIMED)
                                        for _, state in replies))
