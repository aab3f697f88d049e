"""Finding a user by first name or phone number, among the users a veileder may see."""
import re
from datetime import datetime

from sqlalchemy import select

from services.staff.access import visible_users
from storage.models import User, Veileder

MAX_RESULTS = 25
# Enough digits to be a deliberate search for a number (e.g. the last four).
MIN_PHONE_DIGITS = 4


def search_users(session, veileder: Veileder, query: str, now: datetime) -> list[User]:
    """Users whose first name contains ``query``, or whose number contains its digits
    (spaces and a leading +47 or 0047 ignored); at most MAX_RESULTS, by name."""
    query = query.strip()
    digits = re.sub(r"[\s()+-]", "", query)
    if digits.startswith("0047"):
        digits = digits[4:]
    if digits.isdigit() and len(digits) >= MIN_PHONE_DIGITS:
        condition = User.phone_e164.contains(digits, autoescape=True)
    elif len(query) >= 2:
        condition = User.first_name.ilike(f"%{_escaped(query)}%", escape="\\")
    else:
        return []
    return session.execute(
        select(User).where(condition, visible_users(session, veileder, now))
        .order_by(User.first_name, User.id).limit(MAX_RESULTS)
    ).scalars().all()


def _escaped(words: str) -> str:
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
