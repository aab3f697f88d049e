from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow


class ApiToken(Base):
    """A veileder's token for the JSON API; only its SHA-256 is kept (services/api_tokens.py)."""

    __tablename__ = "api_tokens"

    id = Column(Integer, primary_key=True)
    veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=False, index=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
    last_used_at = Column(UtcDateTime, nullable=True)
    revoked_at = Column(UtcDateTime, nullable=True)

    veileder = relationship("Veileder")
