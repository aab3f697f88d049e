"""A user's logged-in web chat: a random token in the browser's cookie, its hash here.

A session ends at logout, after ``IDLE_LIMIT`` without anything the user did (the live
stream of new messages does not count), and ``LIFETIME`` after the login at the latest.
Kept on the server, so that logging out ends the session for a copied cookie too.
"""
import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update

from storage.models import ChatSession, utcnow

IDLE_LIMIT = timedelta(minutes=30)
LIFETIME = timedelta(hours=12)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session, user_id: int, now: datetime | None = None) -> str:
    """A new session for the user; returns the token for the cookie."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    session.add(ChatSession(user_id=user_id, token_hash=_hash(token), created_at=now, last_seen_at=now))
    return token


def _is_live(row: ChatSession, now: datetime) -> bool:
    return row.ended_at is None and row.last_seen_at > now - IDLE_LIMIT and row.created_at > now - LIFETIME


def _row(session, token: str | None) -> ChatSession | None:
    if not token:
        return None
    return session.execute(select(ChatSession).where(ChatSession.token_hash == _hash(token))).scalar_one_or_none()


def user_of(session, token: str | None, now: datetime | None = None) -> int | None:
    """The logged-in user, without counting this as activity (a reading session will do)."""
    row = _row(session, token)
    return row.user_id if row is not None and _is_live(row, now or utcnow()) else None


def touch(session, token: str | None, now: datetime | None = None) -> int | None:
    """The logged-in user after something the user did, which keeps the session going; None
    when there is no live session (an idle or old one is ended here)."""
    now = now or utcnow()
    row = _row(session, token)
    if row is None:
        return None
    if not _is_live(row, now):
        row.ended_at = row.ended_at or now
        return None
    row.last_seen_at = now
    return row.user_id


def end_session(session, token: str | None, now: datetime | None = None) -> None:
    if token:
        session.execute(update(ChatSession).where(ChatSession.token_hash == _hash(token),
                                                  ChatSession.ended_at.is_(None))
                        .values(ended_at=now or utcnow()).execution_options(synchronize_session=False))
