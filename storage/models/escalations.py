"""Cases: what the bot passes to a person, and what the people do with it."""
import enum

from sqlalchemy import Column, ForeignKey, Integer, String, Text
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow
from storage.models.messaging import _enum


class CaseCategory(str, enum.Enum):
    CRISIS = "crisis"
    URGENT_NEED = "urgent_need"
    SITUATION_CHANGE = "situation_change"
    CANNOT_DO_ACTIVITY = "cannot_do_activity"
    NEED_MORE_TIME = "need_more_time"
    COMPLAINT = "complaint"
    CHANGE_VEILEDER = "change_veileder"
    PAYMENT_QUESTION = "payment_question"
    FRUSTRATION = "frustration"
    CONTACT_REQUEST = "contact_request"
    RESCHEDULE = "reschedule"
    JOB_MATCH = "job_match"
    GENERAL = "general"
    NOT_UNDERSTOOD = "not_understood"
    HELPER_MESSAGE = "helper_message"  # written by the user's helper (services/people/helpers.py)


class Priority(str, enum.Enum):
    """P1 is the most urgent; the values sort in order of urgency."""

    P1 = "P1"
    P2 = "P2"
    P3 = "P3"


class CaseStatus(str, enum.Enum):
    OPEN = "open"  # NAV owes the user an answer
    WAITING_FOR_USER = "waiting_for_user"  # a veileder answered; the bot talks to the user
    HELD_BY_VEILEDER = "held_by_veileder"  # a veileder took over: the bot stays quiet
    RESOLVED = "resolved"


class Escalation(Base):
    """One case per user at a time: later escalations are added to the open one."""

    __tablename__ = "escalations"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    category = Column(_enum(CaseCategory), nullable=False)
    priority = Column(_enum(Priority), nullable=False, index=True)
    status = Column(_enum(CaseStatus), nullable=False, default=CaseStatus.OPEN, index=True)
    due_at = Column(UtcDateTime, nullable=False, index=True)
    # Either a veileder (the fixed one or the backup) or, when neither can take it, the team's inbox.
    assigned_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True, index=True)
    assigned_team_id = Column(Integer, ForeignKey("teams.id"), nullable=False, index=True)
    route = Column(String(20), nullable=False)  # "fixed", "backup", "team" or "manual" (reassigned)
    held_by_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True)
    user_words = Column(Text, nullable=False)
    bot_reply = Column(Text, nullable=False, default="")
    # The last "who answers and when" text the user got.
    last_notice = Column(Text, nullable=True)
    # Why a crisis or urgent need was raised: the safety net's sign and matched words, or the
    # model's intent and confidence (services/safety/step.py). Shown in the inbox; the latest wins.
    safety_reason = Column(String(200), nullable=True)
    # The user's messages since a person last answered; raises the priority.
    unanswered_count = Column(Integer, nullable=False, default=1)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
    last_activity_at = Column(UtcDateTime, nullable=False, default=utcnow)
    resolved_at = Column(UtcDateTime, nullable=True)
    resolved_by_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True)
    # Moves with every change: live case lists follow it (bot/live.py).
    updated_at = Column(UtcDateTime, nullable=False, default=utcnow, onupdate=utcnow, index=True)

    user = relationship("User")
    assigned_veileder = relationship("Veileder", foreign_keys=[assigned_veileder_id])
    assigned_team = relationship("Team")
    held_by = relationship("Veileder", foreign_keys=[held_by_veileder_id])
    notes = relationship("CaseNote", back_populates="escalation", order_by="CaseNote.id")


class CaseNote(Base):
    """A note for staff only: never sent to the user."""

    __tablename__ = "case_notes"

    id = Column(Integer, primary_key=True)
    escalation_id = Column(Integer, ForeignKey("escalations.id"), nullable=False, index=True)
    author_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=False)
    body = Column(Text, nullable=False)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)

    escalation = relationship("Escalation", back_populates="notes")
    author = relationship("Veileder")
