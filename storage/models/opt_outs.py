from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint

from storage.models.base import Base, UtcDateTime, utcnow
from storage.models.messaging import MessageCategory, _enum


class CategoryOptOut(Base):
    """One kind of message a user stopped ("STOPP JOBB", "STOPP PÅMINNELSE"); START removes it."""

    __tablename__ = "category_opt_outs"
    __table_args__ = (UniqueConstraint("user_id", "category"),)

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    category = Column(_enum(MessageCategory), nullable=False)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
