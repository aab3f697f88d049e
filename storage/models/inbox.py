"""What the veileder inbox keeps for itself: saved reply texts and how far each veileder has read."""
from sqlalchemy import Column, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow


class SavedReply(Base):
    """A reply text a team uses often; the veileder picks it, edits it and sends it as SMS.
    The body is checked as a reply is (GSM-7, at most three SMS) when it is saved."""

    __tablename__ = "saved_replies"

    id = Column(Integer, primary_key=True)
    team_id = Column(Integer, ForeignKey("teams.id"), nullable=False, index=True)
    title = Column(String(80), nullable=False)
    body = Column(Text, nullable=False)
    created_by_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)

    created_by = relationship("Veileder")


class ThreadRead(Base):
    """The newest message of a user's thread a veileder has seen (the inbox's unread count)."""

    __tablename__ = "thread_reads"
    __table_args__ = (UniqueConstraint("veileder_id", "user_id", name="uq_thread_reads_veileder_user"),)

    id = Column(Integer, primary_key=True)
    veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=False)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    last_read_message_id = Column(Integer, nullable=False)
    read_at = Column(UtcDateTime, nullable=False, default=utcnow)
