"""All tables. Import models from here: ``from storage.models import User``."""
from storage.models.base import Base, utcnow
from storage.models.messaging import (
    Conversation,
    Direction,
    DeliveryStatus,
    InboundState,
    Message,
    OutboxMessage,
    OutboxState,
    SenderKind,
    UnknownSender,
)
from storage.models.people import Team, User, Veileder, VeilederAssignment

__all__ = [
    "Base",
    "Conversation",
    "DeliveryStatus",
    "Direction",
    "InboundState",
    "Message",
    "OutboxMessage",
    "OutboxState",
    "SenderKind",
    "Team",
    "UnknownSender",
    "User",
    "Veileder",
    "VeilederAssignment",
    "utcnow",
]
