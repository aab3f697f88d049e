import enum

from sqlalchemy import Column, ForeignKey, Integer, String, Text
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow
from storage.models.messaging import _enum


class NoticeKind(str, enum.Enum):
    SMS_UNREACHABLE = "sms_unreachable"  # a permanent Twilio error: can't reach by SMS
    SMS_CARRIER_OPT_OUT = "sms_carrier_opt_out"  # Twilio 21610
    SMS_UNDELIVERABLE = "sms_undeliverable"  # gave up after the last attempt
    ACTIVITY_DONE = "activity_done"
    NEED_MORE_TIME = "need_more_time"
    ACTIVITY_OVERDUE = "activity_overdue"
    APPOINTMENT_MOVED_BY_USER = "appointment_moved_by_user"  # office in "direct" mode
    APPOINTMENT_NOT_CONFIRMED = "appointment_not_confirmed"  # no yes a day before: silence is not a yes
    MESSAGE_WAITING = "message_waiting"  # the automatic service has not answered the user for a while
    JOB_INTEREST = "job_interest"  # the user answered a job match with its number
    JOB_WISH_SAVED = "job_wish_saved"  # the user confirmed a job wish or limit by SMS
    HELPER_ANSWERED = "helper_answered"  # the user said yes or no to a helper (services/people/helpers.py)


class VeilederNotice(Base):
    """Something the veileder must know about a user that needs no answer to the user (what
    needs one is a case: services/escalations.py), raised by delivery, the activity plan or
    an appointment. Shown in the inbox to whoever may see the user (services/access.py).

    ``priority`` follows the escalation priorities in shared/domain.md ("P1", "P2", "P3").
    ``detail`` is for the veileder only and never holds a phone number.
    """

    __tablename__ = "veileder_notices"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    kind = Column(_enum(NoticeKind), nullable=False)
    priority = Column(String(2), nullable=False, default="P3")
    detail = Column(Text, nullable=False, default="")
    activity_id = Column(Integer, ForeignKey("activities.id"), nullable=True)
    appointment_id = Column(Integer, ForeignKey("appointments.id"), nullable=True, index=True)
    outbox_id = Column(Integer, ForeignKey("outbox.id"), nullable=True)
    # The user's own words when the notice came from a message.
    message_id = Column(Integer, ForeignKey("messages.id"), nullable=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
    read_at = Column(UtcDateTime, nullable=True)
    read_by_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True)

    user = relationship("User")
    read_by = relationship("Veileder")
