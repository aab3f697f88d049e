"""Whose phone a text message comes from: a user's own, or the helper's of a user who said yes."""
from dataclasses import dataclass

from sqlalchemy import select

from storage.models import Helper, HelperStatus, User


@dataclass(frozen=True)
class Sender:
    user_id: int
    helper_id: int | None = None  # set when the user's helper wrote


def sender_of(session, phone_e164: str) -> Sender | None:
    """The user (and the helper, if any) the number belongs to; None for a number that is
    neither a user's nor an active helper's (a helper the user has not said yes to is a stranger)."""
    user_id = session.execute(select(User.id).where(User.phone_e164 == phone_e164)).scalar_one_or_none()
    if user_id is not None:
        return Sender(user_id)
    helper = session.execute(
        select(Helper.id, Helper.user_id).where(Helper.phone_e164 == phone_e164, Helper.status == HelperStatus.ACTIVE)
        .order_by(Helper.id.desc())
    ).first()
    return Sender(helper.user_id, helper.id) if helper is not None else None
