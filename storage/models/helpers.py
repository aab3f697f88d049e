"""A trusted helper or interpreter who writes with NAV for a user, from their own phone."""
import enum

from sqlalchemy import Boolean, Column, ForeignKey, Integer, String
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow
from storage.models.messaging import _enum


class HelperRole(str, enum.Enum):
    HELPER = "helper"  # a relative, a friend, someone from a support service
    INTERPRETER = "interpreter"


class HelperStatus(str, enum.Enum):
    ASKED = "asked"  # the user was asked by SMS; nothing reaches the helper before the user's yes
    ACTIVE = "active"  # the user said yes
    DECLINED = "declined"  # the user said no
    REMOVED = "removed"  # a veileder removed the helper (the user is told), or withdrew the question


class Helper(Base):
    """A second phone number linked to a user (services/people/helpers.py). It takes effect only when
    the user answers yes by SMS; the helper's messages are stored in the user's thread
    (``Message.helper_id``). ``gets_reminders`` is the user's choice; ``opted_out_at`` is the
    helper's own STOPP, which ends only the helper's messages."""

    __tablename__ = "helpers"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    phone_e164 = Column(String(20), nullable=False, index=True)
    name = Column(String(60), nullable=False)
    role = Column(_enum(HelperRole), nullable=False, default=HelperRole.HELPER)
    status = Column(_enum(HelperStatus), nullable=False, default=HelperStatus.ASKED, index=True)
    gets_reminders = Column(Boolean, nullable=False, default=False)
    # The SMS that asked the user: a yes counts only as the answer to the last thing NAV asked.
    question_message_id = Column(Integer, nullable=True)
    added_by_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=False)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
    answered_at = Column(UtcDateTime, nullable=True)
    opted_out_at = Column(UtcDateTime, nullable=True)
    removed_at = Column(UtcDateTime, nullable=True)
    removed_by_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True)

    user = relationship("User")
    added_by = relationship("Veileder", foreign_keys=[added_by_veileder_id])

    @property
    def phone_ending(self) -> str:
        """The last two digits: enough for the user to recognise the number, never the number."""
        return self.phone_e164[-2:]
