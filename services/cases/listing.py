"""The open cases a veileder sees in the inbox, most urgent and oldest due first, by filter."""
from datetime import datetime

from sqlalchemy import select

from services.cases.escalations import overdue_condition
from services.staff.access import visible_users
from storage.models import CaseStatus, Escalation, User, Veileder

FILTERS = ("all", "mine", "team", "waiting", "overdue")


def _condition(name: str, me: Veileder, now: datetime):
    return {
        "all": None,
        "mine": (Escalation.assigned_veileder_id == me.id) | (Escalation.held_by_veileder_id == me.id),
        "team": Escalation.assigned_team_id == me.team_id,
        "waiting": Escalation.status == CaseStatus.WAITING_FOR_USER,
        "overdue": overdue_condition(now),
    }[name]


def open_cases_for(session, me: Veileder, filter_name: str, now: datetime) -> list[Escalation]:
    """The unresolved cases of users ``me`` may see, P1 first, then by due time."""
    query = (select(Escalation).join(User, Escalation.user_id == User.id)
             .where(Escalation.status != CaseStatus.RESOLVED, visible_users(session, me, now))
             .order_by(Escalation.priority, Escalation.due_at))
    condition = _condition(filter_name, me, now)
    if condition is not None:
        query = query.where(condition)
    return session.execute(query).scalars().all()
