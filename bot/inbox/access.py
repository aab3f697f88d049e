"""The one gate for the inbox's pages about a user: the logged-in veileder sees the user
(services/staff/access.py) or gets 403, and either way the attempt is audited."""
from flask import abort
from flask_login import current_user

from services.staff.access import audit, can_see
from storage.models import User, Veileder, utcnow


def user_for_me(s, user_id: int, action: str, detail: str = "") -> tuple[User, Veileder]:
    """The user and the logged-in veileder, if they may see the user; otherwise 403 (audited)."""
    user = s.get(User, user_id)
    if user is None:
        abort(404)
    me = s.get(Veileder, current_user.id)
    allowed = can_see(s, me, user.id, utcnow())
    audit(s, me.id, user.id, action, allowed, detail)
    if not allowed:
        # The refusal must be stored even though the request ends in an error.
        s.commit()
        abort(403)
    return user, me


def row_for_me(s, model, row_id: int, action: str, label: str):
    """A row belonging to a user (a case, a notice, an appointment), if the veileder may see
    its user; audited as "<label> <id>"."""
    row = s.get(model, row_id)
    if row is None:
        abort(404)
    _, me = user_for_me(s, row.user_id, action, f"{label} {row.id}")
    return row, me
