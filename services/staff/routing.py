"""Who answers a user: the fixed veileder; the named backup while they are away; else the team.

    route_for(session, user, now) -> Route(veileder=Kari, team=..., reason="fixed")
"""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from services.staff.working_time import OFFICE_HOURS, Schedule
from storage.models import Absence, Team, User, Veileder, utcnow


@dataclass(frozen=True)
class Route:
    veileder: Veileder | None  # None: the team's inbox
    team: Team
    reason: str  # "fixed", "backup" or "team"
    away: Veileder | None = None  # the fixed veileder, when a backup answers for them
    away_until: datetime | None = None


def current_absence(session, veileder: Veileder, now: datetime) -> Absence | None:
    return session.execute(
        select(Absence).where(Absence.veileder_id == veileder.id, Absence.starts_at <= now,
                              Absence.ends_at > now).order_by(Absence.starts_at.desc())
    ).scalars().first()


def is_available(session, veileder: Veileder | None, now: datetime) -> bool:
    return veileder is not None and veileder.active and current_absence(session, veileder, now) is None


def route_for(session, user: User, now: datetime | None = None) -> Route:
    now = now or utcnow()
    fixed = user.current_veileder
    if is_available(session, fixed, now):
        return Route(veileder=fixed, team=user.team, reason="fixed")
    if fixed is not None and fixed.active:
        absence = current_absence(session, fixed, now)
        if is_available(session, absence.backup, now):
            return Route(veileder=absence.backup, team=user.team, reason="backup",
                         away=fixed, away_until=absence.ends_at)
        return Route(veileder=None, team=user.team, reason="team", away=fixed, away_until=absence.ends_at)
    return Route(veileder=None, team=user.team, reason="team")


def schedule_of(veileder: Veileder | None) -> Schedule:
    """The veileder's own weekly hours, or the office's (also for the team inbox)."""
    if veileder is None or not veileder.working_hours:
        return OFFICE_HOURS
    return {row.weekday: (row.starts, row.ends) for row in veileder.working_hours}


def backed_up_veileder_ids(session, backup: Veileder, now: datetime) -> list[int]:
    """The veiledere ``backup`` answers for right now."""
    return session.execute(
        select(Absence.veileder_id).where(Absence.backup_veileder_id == backup.id, Absence.starts_at <= now,
                                          Absence.ends_at > now)
    ).scalars().all()
