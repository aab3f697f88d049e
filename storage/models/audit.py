"""The audit log of staff access to users' data, and failed logins for the rate limit."""
from sqlalchemy import Boolean, Column, ForeignKey, Integer, String

from storage.models.base import Base, UtcDateTime, utcnow


class AuditEvent(Base):
    """Who looked at or acted on whose data, when, and whether it was allowed.

    ``detail`` names the object (e.g. "case 12"), never message content."""

    __tablename__ = "audit_events"

    id = Column(Integer, primary_key=True)
    veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True, index=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=True, index=True)
    action = Column(String(40), nullable=False)
    allowed = Column(Boolean, nullable=False)
    detail = Column(String(200), nullable=False, default="")
    created_at = Column(UtcDateTime, nullable=False, default=utcnow, index=True)


class LoginFailure(Base):
    """One failed login, keyed by a hash of the account and the client address."""

    __tablename__ = "login_failures"

    id = Column(Integer, primary_key=True)
    key_hash = Column(String(64), nullable=False, index=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
