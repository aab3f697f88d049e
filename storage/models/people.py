import uuid
from datetime import time

from sqlalchemy import Boolean, CheckConstraint, Column, Date, ForeignKey, Integer, String, Time, UniqueConstraint
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow


def new_opaque_id() -> str:
    return uuid.uuid4().hex


class Team(Base):
    """A team at a local NAV office. The team is also the inbox for cases no veileder can
    take (no fixed veileder, or the fixed veileder is away without a backup)."""

    __tablename__ = "teams"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    office_name = Column(String(120), nullable=False)
    # Appointments (services/appointments.py): a new time the user picks by SMS is made at
    # once ("direct") or sent to the veileder to decide ("propose").
    reschedule_mode = Column(String(10), nullable=False, default="direct")
    # Hours before a meeting that the user is reminded, comma-separated.
    reminder_offsets_hours = Column(String(40), nullable=False, default="24,2")
    # Job matches (services/jobs/sending.py): on this weekday (0 = Monday) at this Oslo time,
    # every ``job_match_interval_weeks`` weeks.
    job_match_weekday = Column(Integer, nullable=False, default=1)
    job_match_time = Column(Time, nullable=False, default=time(10, 0))
    job_match_interval_weeks = Column(Integer, nullable=False, default=2)
    # The Oslo date of the last scheduled run, so the scheduler runs an office once a run day.
    job_matches_sent_on = Column(Date, nullable=True)

    veiledere = relationship("Veileder", back_populates="team")


class Veileder(Base):
    __tablename__ = "veiledere"

    id = Column(Integer, primary_key=True)
    email = Column(String(200), nullable=False, unique=True)
    full_name = Column(String(200), nullable=False)
    first_name = Column(String(100), nullable=False)
    password_hash = Column(String(300), nullable=True)
    team_id = Column(Integer, ForeignKey("teams.id"), nullable=False)
    is_team_lead = Column(Boolean, nullable=False, default=False)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)

    team = relationship("Team", back_populates="veiledere")
    working_hours = relationship("WorkingHours", back_populates="veileder", order_by="WorkingHours.weekday")
    absences = relationship("Absence", back_populates="veileder", foreign_keys="Absence.veileder_id",
                            order_by="Absence.starts_at")


class WorkingHours(Base):
    """When a veileder usually works on one weekday (0 = Monday), Europe/Oslo wall time.

    A veileder with no rows works the office's hours (services/working_time.py)."""

    __tablename__ = "working_hours"
    __table_args__ = (
        UniqueConstraint("veileder_id", "weekday", name="uq_working_hours_veileder_weekday"),
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday_range"),
        CheckConstraint("starts < ends", name="starts_before_ends"),
    )

    id = Column(Integer, primary_key=True)
    veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=False, index=True)
    weekday = Column(Integer, nullable=False)
    starts = Column(Time, nullable=False)
    ends = Column(Time, nullable=False)

    veileder = relationship("Veileder", back_populates="working_hours")


class Absence(Base):
    """A veileder is away from ``starts_at`` until ``ends_at``; a named backup answers meanwhile."""

    __tablename__ = "absences"
    __table_args__ = (CheckConstraint("starts_at < ends_at", name="starts_before_ends"),)

    id = Column(Integer, primary_key=True)
    veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=False, index=True)
    backup_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True)
    starts_at = Column(UtcDateTime, nullable=False)
    ends_at = Column(UtcDateTime, nullable=False)

    veileder = relationship("Veileder", back_populates="absences", foreign_keys=[veileder_id])
    backup = relationship("Veileder", foreign_keys=[backup_veileder_id])


class User(Base):
    """A person followed up by NAV who reaches the service by SMS or web chat."""

    __tablename__ = "users"

    id = Column(Integer, primary_key=True)
    phone_e164 = Column(String(20), nullable=False, unique=True)
    first_name = Column(String(100), nullable=False)
    language = Column(String(5), nullable=False, default="nb")
    team_id = Column(Integer, ForeignKey("teams.id"), nullable=False)
    # STOPP by SMS: only replies to the user's own messages go out (services/keywords.py).
    opted_out_at = Column(UtcDateTime, nullable=True)
    # Twilio error 21610: the carrier blocks every message until the user texts START.
    carrier_opted_out_at = Column(UtcDateTime, nullable=True)
    # A permanent Twilio error (21211, 21614, 30005, 30006): shown to the veileder as
    # "can't reach by SMS"; cleared when a later message is delivered.
    sms_unreachable_at = Column(UtcDateTime, nullable=True)
    sms_unreachable_code = Column(Integer, nullable=True)
    # Reminders, nudges and job matches a week before a digest; empty: SMS_WEEKLY_BUDGET.
    weekly_message_budget = Column(Integer, nullable=True)
    # Scheduled messages only inside this daily window (Europe/Oslo); replies are exempt.
    contact_window_start = Column(Time, nullable=False, default=time(9, 0))
    contact_window_end = Column(Time, nullable=False, default=time(20, 0))
    # After a crisis message (services/safety_step.py): no reminders, nudges or job matches
    # until then; the veileder talks to the user first.
    nudges_paused_until = Column(UtcDateTime, nullable=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)

    team = relationship("Team")
    assignments = relationship(
        "VeilederAssignment", back_populates="user", order_by="VeilederAssignment.started_at"
    )
    conversation = relationship("Conversation", back_populates="user", uselist=False)

    @property
    def current_veileder(self):
        current = [a for a in self.assignments if a.ended_at is None]
        return current[-1].veileder if current else None


class VeilederAssignment(Base):
    """Who is the user's fixed veileder, and who was before (the history is kept)."""

    __tablename__ = "veileder_assignments"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=False, index=True)
    started_at = Column(UtcDateTime, nullable=False, default=utcnow)
    ended_at = Column(UtcDateTime, nullable=True)

    user = relationship("User", back_populates="assignments")
    veileder = relationship("Veileder")
