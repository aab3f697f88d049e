"""Changing a user's fixed veileder: the history is kept, an open case follows the user to
whoever answers for the new veileder, and the user is told by SMS who their veileder is now.
The new veileder sees the whole thread (services/staff/access.py: the fixed veileder sees the
user), so the user never has to tell their story again."""
from datetime import datetime

from services.cases.escalations import open_case_for, reassign
from services.messaging.send_policy import Scheduled, schedule_user_message
from services.messaging.texts import text
from services.staff.routing import route_for
from storage.models import MessageCategory, User, Veileder, VeilederAssignment, utcnow


class AssignmentError(ValueError):
    """The change cannot be made; the message says why, for the veileder."""


def change_fixed_veileder(session, user: User, new: Veileder, now: datetime | None = None) -> Scheduled:
    """Makes ``new`` the user's fixed veileder and queues the SMS that tells the user."""
    now = now or utcnow()
    if new.team_id != user.team_id or not new.active:
        raise AssignmentError("Velg en veileder i brukerens team.")
    old = user.current_veileder
    if old is not None and old.id == new.id:
        raise AssignmentError(f"{new.full_name} er allerede fast veileder.")
    for assignment in user.assignments:
        if assignment.ended_at is None:
            assignment.ended_at = now
    assignment = VeilederAssignment(user=user, veileder=new, started_at=now)
    session.add(assignment)
    session.flush()
    session.refresh(user, ["assignments"])
    case = open_case_for(session, user)
    if case is not None and case.route in ("fixed", "backup"):
        reassign(case, route_for(session, user, now).veileder)
    body = text("veileder_changed", user.language).format(name=user.first_name, veileder=new.first_name)
    return schedule_user_message(session, user, body, MessageCategory.SYSTEM, now,
                                 f"veileder-changed:{assignment.id}")
