"""Logging in to the web chat with the phone number and a one-time code sent by SMS.

Out-of-band codes as OWASP ASVS V2.7 asks: six digits from ``secrets``, only a keyed hash
stored, valid for ten minutes, used once, spent after five wrong tries, and replaced by a
newer code for the same number. At most three codes per number and ten per client address
an hour. A number that is no user's is treated exactly like a user's (a row is stored, the
same answer is given, the same limits count) except that no SMS is sent: nobody can learn
from the chat whether a number is NAV's user. The code goes out through the outbox as a
reply to the user's own request (category ``reply``: exempt from the weekly budget, STOPP
and quiet hours, a code at night must arrive at night); in the thread the message reads
without the code, so that no one who reads the thread can use it.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from services.messaging.outbox import enqueue_sms
from services.messaging.phone import normalise_phone, phone_hash
from services.messaging.texts import text
from services.messaging.threads import conversation_of
from storage.models import ChatLoginCode, OutboxMessage, OutboxState, User, utcnow

CODE_DIGITS = 6
CODE_LIFETIME = timedelta(minutes=10)
MAX_FAILED_ATTEMPTS = 5
RATE_WINDOW = timedelta(hours=1)
CODES_PER_NUMBER = 3
CODES_PER_ADDRESS = 10
# The outbox key of a code's SMS: the code's row id after it.
CODE_SMS_KEY = "chat-code:"
# An SMS the outbox is done with: its text is no longer needed to send it.
DONE_WITH = (OutboxState.SENT, OutboxState.FAILED, OutboxState.CANCELLED)


@dataclass(frozen=True)
class CodeRequest:
    """``outcome`` is "sent" (for every valid number, a user's or not) or "rate_limited"."""

    outcome: str
    code_id: int | None = None


@dataclass(frozen=True)
class CodeCheck:
    """``outcome``: "ok" (``user_id`` is logged in), "malformed" (not six digits; not counted),
    "wrong" (``attempts_left``), "spent" (the last wrong try) or "expired" (used, replaced,
    too old or unknown)."""

    outcome: str
    user_id: int | None = None
    attempts_left: int = 0


def _keyed(secret: str, purpose: str, value: str) -> str:
    return hmac.new(secret.encode(), f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()


def _code_hash(secret: str, number_hash: str, code: str) -> str:
    return _keyed(secret, f"chat-code:{number_hash}", code)


def address_hash(address: str | None, secret: str) -> str:
    return _keyed(secret, "address", address or "")


def new_code() -> str:
    return f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"


def _recent(session, column, value: str, now: datetime) -> int:
    return session.execute(
        select(func.count(ChatLoginCode.id)).where(column == value, ChatLoginCode.created_at > now - RATE_WINDOW)
    ).scalar_one()


def request_code(session, raw_number: str, address: str | None, secret: str,
                 now: datetime | None = None) -> CodeRequest:
    """Sends a new code to ``raw_number`` if it is a user's; InvalidPhoneNumber when it is not a
    phone number at all. Written in the caller's transaction; the outbox's dispatchers send it."""
    now = now or utcnow()
    phone = normalise_phone(raw_number)
    number_hash, from_address = phone_hash(phone, secret), address_hash(address, secret)
    if _recent(session, ChatLoginCode.number_hash, number_hash, now) >= CODES_PER_NUMBER \
            or _recent(session, ChatLoginCode.address_hash, from_address, now) >= CODES_PER_ADDRESS:
        return CodeRequest("rate_limited")
    user = session.execute(select(User).where(User.phone_e164 == phone)).scalar_one_or_none()
    session.execute(
        update(ChatLoginCode)
        .where(ChatLoginCode.number_hash == number_hash, ChatLoginCode.used_at.is_(None),
               ChatLoginCode.expires_at > now)
        .values(expires_at=now).execution_options(synchronize_session=False)
    )
    code = new_code()  # for a number that is no user's, a code nobody is sent
    row = ChatLoginCode(user_id=user.id if user else None, number_hash=number_hash, address_hash=from_address,
                        code_hash=_code_hash(secret, number_hash, code), created_at=now,
                        expires_at=now + CODE_LIFETIME, failed_attempts=0)
    session.add(row)
    session.flush()
    if user is not None:
        entry = enqueue_sms(session, conversation_of(session, user.id),
                            text("chat_login_code", user.language).format(code=code), f"{CODE_SMS_KEY}{row.id}")
        entry.message.body = text("chat_login_code_in_thread", user.language)
    return CodeRequest("sent", row.id)


def code_texts_to_forget(before: datetime) -> tuple:
    """Where the outbox still holds the text of a code's SMS that it is done with, sent
    before ``before``: that text is blanked, so that a code is kept only as a hash."""
    return (OutboxMessage.idempotency_key.like(f"{CODE_SMS_KEY}%"), OutboxMessage.created_at < before,
            OutboxMessage.state.in_(DONE_WITH), OutboxMessage.body != "")


def check_code(session, code_id: int | None, typed: str, secret: str, now: datetime | None = None) -> CodeCheck:
    """Checks what the user typed against the code ``code_id``; a right code is used up."""
    now = now or utcnow()
    row = session.get(ChatLoginCode, code_id) if code_id else None
    if row is None or row.used_at is not None or row.expires_at <= now:
        return CodeCheck("expired")
    if row.failed_attempts >= MAX_FAILED_ATTEMPTS:
        return CodeCheck("spent")
    typed = "".join(typed.split())
    if len(typed) != CODE_DIGITS or not typed.isdigit():
        return CodeCheck("malformed", attempts_left=MAX_FAILED_ATTEMPTS - row.failed_attempts)
    still_open = (ChatLoginCode.id == row.id, ChatLoginCode.used_at.is_(None),
                  ChatLoginCode.failed_attempts < MAX_FAILED_ATTEMPTS, ChatLoginCode.expires_at > now)
    right = hmac.compare_digest(_code_hash(secret, row.number_hash, typed), row.code_hash)
    if right and row.user_id is not None:
        # Conditional, so that two requests with the same code cannot both log in.
        used = session.execute(update(ChatLoginCode).where(*still_open).values(used_at=now)
                               .execution_options(synchronize_session=False)).rowcount == 1
        if not used:
            return CodeCheck("expired")
        session.execute(update(OutboxMessage).where(OutboxMessage.idempotency_key == f"{CODE_SMS_KEY}{row.id}",
                                                    OutboxMessage.state.in_(DONE_WITH)).values(body="")
                        .execution_options(synchronize_session=False))
        return CodeCheck("ok", user_id=row.user_id)
    counted = session.execute(update(ChatLoginCode).where(*still_open)
                              .values(failed_attempts=ChatLoginCode.failed_attempts + 1)
                              .execution_options(synchronize_session=False)).rowcount == 1
    if not counted:
        return CodeCheck("expired")
    session.refresh(row)
    left = MAX_FAILED_ATTEMPTS - row.failed_attempts
    return CodeCheck("wrong", attempts_left=left) if left > 0 else CodeCheck("spent")
