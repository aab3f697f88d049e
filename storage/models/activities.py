import enum

from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow
from storage.models.messaging import _enum


class ActivityStatus(str, enum.Enum):
    PLANLAGT = "planlagt"
    GJENNOMFORES = "gjennomfores"
    FULLFORT = "fullfort"
    AVBRUTT = "avbrutt"


OPEN_STATUSES = (ActivityStatus.PLANLAGT, ActivityStatus.GJENNOMFORES)


class Activity(Base):
    """An activity in the user's activity plan (aktivitetsplan), written by the veileder.

    ``title`` goes into an SMS only when ``title_is_safe_for_sms`` (the veileder says it
    reveals nothing sensitive); ``description`` is internal and never sent.
    """

    __tablename__ = "activities"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    title = Column(String(200), nullable=False)
    title_is_safe_for_sms = Column(Boolean, nullable=False, default=False)
    description = Column(Text, nullable=False, default="")
    status = Column(_enum(ActivityStatus), nullable=False, default=ActivityStatus.PLANLAGT)
    deadline = Column(Date, nullable=True)
    in_agreed_plan = Column(Boolean, nullable=False, default=False)
    created_by_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=False)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
    updated_at = Column(UtcDateTime, nullable=False, default=utcnow, onupdate=utcnow)
    completed_at = Column(UtcDateTime, nullable=True)
    overdue_flagged_at = Column(UtcDateTime, nullable=True)

    user = relationship("User")
    created_by = relationship("Veileder")
