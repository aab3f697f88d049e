"""The one gate for the inbox's pages about a user: the logged-in veileder sees the user
(``services.staff.access.user_for``, the rule the JSON API uses too) or gets 403, and either
way the attempt is audited."""
from flask import abort
from flask_login import current_user

from services.staff.access import AccessDenied, row_for, user_for
from storage.models import User, Veileder, utcnow


def user_for_me(s, user_id: int, action: str, detail: str = "") -> tuple[User, Veileder]:
    """The user and the logged-in veileder, if they may see the user; otherwise 403 (audited)."""
    me = s.get(Veileder, current_user.id)
    try:
        return user_for(s, me, user_id, action, detail, utcnow()), me
    except AccessDenied:
        s.commit()  # the refusal must be stored even though the request ends in an error
        abort(403)


def row_for_me(s, model, row_id: int, action: str, label: str):
    """A row belonging to a user (a case, a notice, an appointment), if the veileder may see
    its user; audited as "<label> <id>"; 403 otherwise, also for a row that does not exist."""
    me = s.get(Veileder, current_user.id)
    try:
        return row_for(s, me, model, row_id, action, label, utcnow()), me
    except AccessDenied:
        s.commit()
        abort(403)
