"""All tables. Import models from here: ``from storage.models import User``."""
from storage.models.activities import OPEN_STATUSES, Activity, ActivityStatus
from storage.models.api_tokens import ApiToken
from storage.models.base import Base, utcnow
from storage.models.messaging import (
    Conversation,
    Direction,
    DeliveryStatus,
    InboundState,
    Message,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    SenderKind,
    UnknownSender,
)
from storage.models.notices import NoticeKind, VeilederNotice
from storage.models.opt_outs import CategoryOptOut
from storage.models.people import Team, User, Veileder, VeilederAssignment

__all__ = [
    "OPEN_STATUSES",
    "Activity",
    "ActivityStatus",
    "ApiToken",
    "Base",
    "CategoryOptOut",
    "Conversation",
    "DeliveryStatus",
    "Direction",
    "InboundState",
    "Message",
    "MessageCategory",
    "NoticeKind",
    "OutboxMessage",
    "OutboxState",
    "SenderKind",
    "Team",
    "UnknownSender",
    "User",
    "Veileder",
    "VeilederAssignment",
    "VeilederNotice",
    "utcnow",
]
