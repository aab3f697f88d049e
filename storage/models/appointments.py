import enum

from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow
from storage.models.messaging import _enum
from storage.models.people import new_opaque_id


class AppointmentKind(str, enum.Enum):
    OFFICE = "office"
    PHONE = "phone"
    VIDEO = "video"


class AppointmentStatus(str, enum.Enum):
    PROPOSED = "proposed"  # booked, the user has not said yes yet
    CONFIRMED = "confirmed"  # the user said yes, outright
    MOVED = "moved"  # moved to a new time the user has not said yes to yet
    CANCELLED = "cancelled"
    HELD = "held"
    NOT_ATTENDED = "not_attended"


# Appointments that still take the veileder's and the user's time.
ACTIVE_STATUSES = (AppointmentStatus.PROPOSED, AppointmentStatus.CONFIRMED, AppointmentStatus.MOVED)


class Appointment(Base):
    """A meeting between a user and a veileder.

    ``version`` grows with every change of time or status; reminders and messages carry
    the version they were made for, so that nothing is sent about an old time.
    ``notified_version`` is the last version the user was told about (a change made while
    the assistant was down is told later by the scheduler).
    """

    __tablename__ = "appointments"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=False, index=True)
    starts_at = Column(UtcDateTime, nullable=False, index=True)
    ends_at = Column(UtcDateTime, nullable=False)
    kind = Column(_enum(AppointmentKind), nullable=False)
    # Shown to the user: an address for office meetings; never a link or anything sensitive.
    place = Column(String(200), nullable=False, default="")
    status = Column(_enum(AppointmentStatus), nullable=False, default=AppointmentStatus.PROPOSED)
    version = Column(Integer, nullable=False, default=1)
    notified_version = Column(Integer, nullable=False, default=0)
    confirmation_requested_at = Column(UtcDateTime, nullable=True)
    confirmed_at = Column(UtcDateTime, nullable=True)
    cancelled_at = Column(UtcDateTime, nullable=True)
    # A new time the user asked for, waiting for the veileder (offices in "propose" mode).
    requested_starts_at = Column(UtcDateTime, nullable=True)
    requested_ends_at = Column(UtcDateTime, nullable=True)
    # Unguessable: the calendar file is fetched by it without logging in.
    ics_token = Column(String(32), nullable=False, unique=True, default=new_opaque_id)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
    updated_at = Column(UtcDateTime, nullable=False, default=utcnow, onupdate=utcnow)

    user = relationship("User")
    veileder = relationship("Veileder")
    reminders = relationship("AppointmentReminder", back_populates="appointment",
                             order_by="AppointmentReminder.due_at")

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class ReminderKind(str, enum.Enum):
    REMINDER = "reminder"  # a reminder to the user
    CONFIRMATION_CHECK = "confirmation_check"  # tells the veileder when the user never said yes


class ReminderState(str, enum.Enum):
    PENDING = "pending"
    PROCESSING = "processing"
    SENT = "sent"
    SKIPPED = "skipped"  # the appointment changed, was cancelled, or the time passed


class AppointmentReminder(Base):
    """Something to do about one version of an appointment at ``due_at`` (stored, never in memory)."""

    __tablename__ = "appointment_reminders"
    __table_args__ = (UniqueConstraint("appointment_id", "version", "kind", "offset_minutes",
                                       name="uq_appointment_reminders_once"),)

    id = Column(Integer, primary_key=True)
    appointment_id = Column(Integer, ForeignKey("appointments.id"), nullable=False, index=True)
    version = Column(Integer, nullable=False)
    kind = Column(_enum(ReminderKind), nullable=False)
    offset_minutes = Column(Integer, nullable=False)
    due_at = Column(UtcDateTime, nullable=False, index=True)
    state = Column(_enum(ReminderState), nullable=False, default=ReminderState.PENDING, index=True)
    lease_until = Column(UtcDateTime, nullable=True)
    processed_at = Column(UtcDateTime, nullable=True)

    appointment = relationship("Appointment", back_populates="reminders")
