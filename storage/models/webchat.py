"""The web chat's own tables: login codes sent by SMS, logged-in sessions, and what the
user has read (services/webchat/)."""
from sqlalchemy import Boolean, Column, ForeignKey, Integer, String

from storage.models.base import Base, UtcDateTime, utcnow


class ChatLoginCode(Base):
    """A one-time code sent by SMS to log in to the web chat.

    Only keyed hashes are kept: of the code, the phone number and the client's address. A
    request for a number that is no user's is stored the same way (no ``user_id``, a code
    nobody was sent), so that every number gets the same answer and the same rate limits.
    """

    __tablename__ = "chat_login_codes"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=True, index=True)
    number_hash = Column(String(64), nullable=False, index=True)
    address_hash = Column(String(64), nullable=False, index=True)
    code_hash = Column(String(64), nullable=False)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow, index=True)
    # Set to the moment a newer code for the same number replaces this one.
    expires_at = Column(UtcDateTime, nullable=False)
    failed_attempts = Column(Integer, nullable=False, default=0)
    used_at = Column(UtcDateTime, nullable=True)


class ChatSession(Base):
    """A user logged in to the web chat; the browser's cookie holds the token, this row its hash."""

    __tablename__ = "chat_sessions"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
    last_seen_at = Column(UtcDateTime, nullable=False, default=utcnow)
    ended_at = Column(UtcDateTime, nullable=True)


class ChatReader(Base):
    """How far the user has read their thread in the web chat, and whether they want an SMS
    when a veileder's answer waits there unread (services/webchat/unread.py)."""

    __tablename__ = "chat_readers"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, unique=True)
    read_up_to_message_id = Column(Integer, nullable=False, default=0)
    read_at = Column(UtcDateTime, nullable=True)
    sms_when_unread = Column(Boolean, nullable=False, default=True)
