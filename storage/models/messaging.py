import enum

from sqlalchemy import Column, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow
from storage.models.people import new_opaque_id


def _enum(cls):
    return Enum(cls, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e])


class Direction(str, enum.Enum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class SenderKind(str, enum.Enum):
    """Who wrote a message: bot messages never count as human follow-up."""

    USER = "user"
    BOT = "bot"
    VEILEDER = "veileder"
    HELPER = "helper"  # the user's helper or interpreter (storage/models/helpers.py)


class InboundState(str, enum.Enum):
    """Where a user's message is in the pipeline (services/conversation/pipeline.py)."""

    RECEIVED = "received"  # stored by its channel; a worker will take it
    PROCESSING = "processing"  # a worker runs it now (or ran it and died: the lease says)
    PROCESSED = "processed"
    WAITING_FOR_ASSISTANT = "waiting_for_assistant"  # past the pre-assistant steps; Rasa was away


class DeliveryStatus(str, enum.Enum):
    """Twilio's delivery states, in the order a message moves through them."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"


class Conversation(Base):
    """The one thread between a user and NAV, on every channel, kept whole across veileder changes.

    ``rasa_sender_id`` is what Rasa knows the user by: opaque, never the phone number.
    A worker holds the conversation under a lease (``lease_until``) while it runs the user's
    messages, so that they are answered one at a time and in order; ``retry_at`` is when
    messages that waited for Rasa may try again.
    """

    __tablename__ = "conversations"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, unique=True)
    rasa_sender_id = Column(String(32), nullable=False, unique=True, default=new_opaque_id)
    lease_until = Column(UtcDateTime, nullable=True)
    retry_at = Column(UtcDateTime, nullable=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)

    user = relationship("User", back_populates="conversation")
    messages = relationship("Message", back_populates="conversation", order_by="Message.id")


class Message(Base):
    __tablename__ = "messages"
    # The channel's own id of an inbound message (Twilio's MessageSid, the web page's message
    # id) makes storing it idempotent.
    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_messages_channel_external_id"),)

    id = Column(Integer, primary_key=True)
    conversation_id = Column(Integer, ForeignKey("conversations.id"), nullable=False, index=True)
    direction = Column(_enum(Direction), nullable=False)
    channel = Column(String(10), nullable=False)
    sender_kind = Column(_enum(SenderKind), nullable=False)
    author_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True)
    body = Column(Text, nullable=False)
    external_id = Column(String(64), nullable=True)
    inbound_state = Column(_enum(InboundState), nullable=True, index=True)
    delivery_status = Column(_enum(DeliveryStatus), nullable=True)
    # The user's helper who wrote this (inbound) or whom it was sent to (outbound); empty: the user.
    helper_id = Column(Integer, ForeignKey("helpers.id"), nullable=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
    # Moves with every change (a delivery report, say): live pages follow it (bot/live.py).
    updated_at = Column(UtcDateTime, nullable=False, default=utcnow, onupdate=utcnow, index=True)

    conversation = relationship("Conversation", back_populates="messages")
    helper = relationship("Helper", foreign_keys=[helper_id])
    outbox_entry = relationship("OutboxMessage", back_populates="message", uselist=False,
                                foreign_keys="OutboxMessage.message_id")


class OutboxState(str, enum.Enum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"
    # Not sent on purpose: the user opted out of this kind of message.
    CANCELLED = "cancelled"
    # Over the user's weekly budget: counted in a digest message instead.
    DIGESTED = "digested"


class MessageCategory(str, enum.Enum):
    """Why a message is sent; opt-outs, quiet hours and the weekly budget go by it."""

    REPLY = "reply"  # an answer to the user's own message: exempt from quiet hours, budget and STOPP
    REMINDER = "reminder"
    NUDGE = "nudge"
    JOB_MATCH = "job_match"
    VEILEDER = "veileder"
    SYSTEM = "system"
    DIGEST = "digest"


class OutboxMessage(Base):
    """An SMS waiting to be handed to Twilio, written with the change that caused it."""

    __tablename__ = "outbox"
    # The dispatchers' claim walks the due rows in this order and stops at the first it may send.
    __table_args__ = (Index("ix_outbox_state_due_at_id", "state", "due_at", "id"),)

    id = Column(Integer, primary_key=True)
    # Empty only for the one reply to a number that is not a user's.
    message_id = Column(Integer, ForeignKey("messages.id"), nullable=True, unique=True)
    # The user's message this answers, so that the logs follow one message from the webhook
    # to Twilio's status callback under its id; empty for what the service sends by itself.
    in_reply_to_id = Column(Integer, ForeignKey("messages.id"), nullable=True)
    idempotency_key = Column(String(200), nullable=False, unique=True)
    to_phone = Column(String(20), nullable=False, index=True)
    body = Column(Text, nullable=False)
    state = Column(_enum(OutboxState), nullable=False, default=OutboxState.PENDING)  # indexed first in ix_outbox_state_due_at_id
    category = Column(_enum(MessageCategory), nullable=False, default=MessageCategory.REPLY)
    # For a DIGESTED row: the digest message that counts it (services/send_policy.py).
    digest_id = Column(Integer, ForeignKey("outbox.id"), nullable=True)
    due_at = Column(UtcDateTime, nullable=False, default=utcnow, index=True)
    attempts = Column(Integer, nullable=False, default=0)
    lease_until = Column(UtcDateTime, nullable=True)
    twilio_sid = Column(String(64), nullable=True, unique=True)
    last_error = Column(String(300), nullable=True)
    sent_at = Column(UtcDateTime, nullable=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)

    message = relationship("Message", back_populates="outbox_entry", foreign_keys=[message_id])


class UnknownSender(Base):
    """A number that is not a user: only a keyed hash, so nothing about it is learnt."""

    __tablename__ = "unknown_senders"

    id = Column(Integer, primary_key=True)
    number_hash = Column(String(64), nullable=False, unique=True)
    last_replied_at = Column(UtcDateTime, nullable=True)
    message_count = Column(Integer, nullable=False, default=0)
