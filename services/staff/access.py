"""Which users' data a veileder may see: the one rule for the inbox and the JSON API
(``user_for``), and the one audit writer.

A veileder sees a user when
- they are the user's fixed veileder,
- they are the named backup of the user's fixed veileder, while that veileder is absent,
- the user has an unresolved case assigned to them or held by them, or
- the user has an unresolved case in their own team's inbox (no veileder on it).
A team lead also sees every user of their team. Nobody sees another team's users otherwise.
A user id that does not exist is refused like a user one may not see, so that nobody learns
which ids exist.
"""
from datetime import datetime

from sqlalchemy import and_, false, or_, select

from services.staff.routing import backed_up_veileder_ids
from storage.models import AuditEvent, CaseStatus, Escalation, User, Veileder, VeilederAssignment


def visible_users(session, veileder: Veileder, now: datetime):
    """A condition on ``User`` that holds for the users ``veileder`` may see."""
    answers_for = [veileder.id, *backed_up_veileder_ids(session, veileder, now)]
    fixed = select(VeilederAssignment.user_id).where(VeilederAssignment.veileder_id.in_(answers_for),
                                                     VeilederAssignment.ended_at.is_(None))
    cases = select(Escalation.user_id).where(
        Escalation.status != CaseStatus.RESOLVED,
        or_(Escalation.assigned_veileder_id == veileder.id,
            Escalation.held_by_veileder_id == veileder.id,
            and_(Escalation.assigned_team_id == veileder.team_id, Escalation.assigned_veileder_id.is_(None))),
    )
    return or_(User.id.in_(fixed), User.id.in_(cases),
               User.team_id == veileder.team_id if veileder.is_team_lead else false())


def can_see(session, veileder: Veileder, user_id: int, now: datetime) -> bool:
    return session.execute(
        select(User.id).where(User.id == user_id, visible_users(session, veileder, now))
    ).first() is not None


def audit(session, veileder_id: int | None, user_id: int | None, action: str, allowed: bool,
          detail: str = "") -> None:
    """Writes one audit event in the caller's transaction (no message content in ``detail``)."""
    session.add(AuditEvent(veileder_id=veileder_id, user_id=user_id, action=action, allowed=allowed,
                           detail=detail[:200]))


class AccessDenied(Exception):
    """The veileder may not see this user (or there is no such user); the refusal is audited in
    the caller's transaction, which must be committed even though the request fails."""


def user_for(session, veileder: Veileder, user_id: int, action: str, detail: str | None,
             now: datetime) -> User:
    """The user, if ``veileder`` may see them; every attempt is audited (an allowed one with
    ``detail``; ``None`` leaves that to the caller, who knows the row it makes)."""
    user = session.get(User, user_id)
    if user is None:
        audit(session, veileder.id, None, action, False, f"no user {user_id}")
        raise AccessDenied(user_id)
    if not can_see(session, veileder, user.id, now):
        audit(session, veileder.id, user.id, action, False, detail or "")
        raise AccessDenied(user_id)
    if detail is not None:
        audit(session, veileder.id, user.id, action, True, detail)
    return user


def row_for(session, veileder: Veileder, model, row_id: int, action: str, label: str, now: datetime):
    """A row belonging to a user (a case, a notice, an appointment, an activity), under the
    same rule; audited as "<label> <id>". A missing row is refused like a forbidden one."""
    row = session.get(model, row_id)
    if row is None:
        audit(session, veileder.id, None, action, False, f"no {label} {row_id}")
        raise AccessDenied(row_id)
    user_for(session, veileder, row.user_id, action, f"{label} {row.id}", now)
    return row
