"""All tables. Import models from here: ``from storage.models import User``."""
from storage.models.activities import OPEN_STATUSES, Activity, ActivityStatus
from storage.models.api_tokens import ApiToken
from storage.models.appointments import (
    ACTIVE_STATUSES,
    Appointment,
    AppointmentKind,
    AppointmentReminder,
    AppointmentStatus,
    ReminderKind,
    ReminderState,
)
from storage.models.audit import AuditEvent, LoginFailure
from storage.models.base import Base, utcnow
from storage.models.escalations import CaseCategory, CaseNote, CaseStatus, Escalation, Priority
from storage.models.helpers import Helper, HelperRole, HelperStatus
from storage.models.inbox import SavedReply, ThreadRead
from storage.models.messaging import (
    Conversation,
    DeliveryStatus,
    Direction,
    InboundState,
    Message,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    SenderKind,
    UnknownSender,
)
from storage.models.jobs import DeclineReason, JobAd, JobMatch, JobWish, MatchAnswer, WishKind, WishSource
from storage.models.notices import NoticeKind, VeilederNotice
from storage.models.opt_outs import CategoryOptOut
from storage.models.people import Absence, Team, User, Veileder, VeilederAssignment, WorkingHours
from storage.models.webchat import ChatLoginCode, ChatReader, ChatSession

__all__ = [
    "ACTIVE_STATUSES",
    "OPEN_STATUSES",
    "Activity",
    "ActivityStatus",
    "ApiToken",
    "Appointment",
    "AppointmentKind",
    "AppointmentReminder",
    "AppointmentStatus",
    "Absence",
    "AuditEvent",
    "Base",
    "CaseCategory",
    "CaseNote",
    "CaseStatus",
    "CategoryOptOut",
    "ChatLoginCode",
    "ChatReader",
    "ChatSession",
    "Conversation",
    "DeliveryStatus",
    "Direction",
    "DeclineReason",
    "Escalation",
    "Helper",
    "HelperRole",
    "HelperStatus",
    "InboundState",
    "JobAd",
    "JobMatch",
    "JobWish",
    "LoginFailure",
    "MatchAnswer",
    "Message",
    "MessageCategory",
    "NoticeKind",
    "OutboxMessage",
    "OutboxState",
    "Priority",
    "ReminderKind",
    "ReminderState",
    "SavedReply",
    "SenderKind",
    "Team",
    "ThreadRead",
    "UnknownSender",
    "User",
    "Veileder",
    "VeilederAssignment",
    "VeilederNotice",
    "WishKind",
    "WishSource",
    "WorkingHours",
    "utcnow",
]
