"""When a veileder (and the user) can meet: working hours minus absences and appointments.

Working hours are the veileder's own, else the office's, without public holidays
(services/staff/routing.py, services/staff/working_time.py). Only the times the assistant offers must
be inside them; a veileder may book outside them, but never on top of another appointment.
"""
from datetime import datetime, time, timedelta

from sqlalchemy import or_, select

from services.oslo import OSLO, oslo_wall_clock
from services.staff.routing import schedule_of
from services.staff.working_time import working_period
from storage.models import ACTIVE_STATUSES, Absence, Appointment, Veileder

SLOT_STEP = timedelta(minutes=30)
OFFER_HORIZON = timedelta(days=21)
# A time offered today must leave the user this long to get there.
MINIMUM_NOTICE = timedelta(hours=2)


def conflicting_appointments(session, veileder_id: int, user_id: int, starts_at: datetime,
                             ends_at: datetime, exclude_id: int | None = None) -> list[Appointment]:
    """Active appointments of the veileder or the user that overlap [starts_at, ends_at)."""
    query = select(Appointment).where(
        or_(Appointment.veileder_id == veileder_id, Appointment.user_id == user_id),
        Appointment.status.in_(ACTIVE_STATUSES),
        Appointment.starts_at < ends_at,
        Appointment.ends_at > starts_at,
    )
    if exclude_id is not None:
        query = query.where(Appointment.id != exclude_id)
    return session.execute(query).scalars().all()


def _busy(session, appointment: Appointment, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    booked = conflicting_appointments(session, appointment.veileder_id, appointment.user_id, start, end,
                                      exclude_id=appointment.id)
    absences = session.execute(
        select(Absence).where(Absence.veileder_id == appointment.veileder_id, Absence.starts_at < end,
                              Absence.ends_at > start)
    ).scalars().all()
    return [(a.starts_at, a.ends_at) for a in [*booked, *absences]]


def _working_periods(veileder: Veileder, start: datetime, end: datetime):
    schedule = schedule_of(veileder)
    day = start.astimezone(OSLO).date()
    while oslo_wall_clock(day, time(0)) < end:
        period = working_period(day, schedule)
        if period is not None:
            yield period
        day += timedelta(days=1)


def free_slots(session, appointment: Appointment, window_start: datetime, window_end: datetime,
               now: datetime, limit: int = 3, one_per_day: bool = False) -> list[datetime]:
    """Start times for ``appointment`` (same length, same veileder and user) inside the window.

    Within the veileder's working hours, not during an absence, free for both, not sooner than MINIMUM_NOTICE from
    ``now``, never the appointment's current time; offered times never overlap each other.
    """
    duration = appointment.ends_at - appointment.starts_at
    earliest = max(window_start, now + MINIMUM_NOTICE)
    busy = _busy(session, appointment, earliest, window_end)
    slots: list[datetime] = []
    for period_start, period_end in _working_periods(appointment.veileder, earliest, window_end):
        candidate = period_start
        while candidate + duration <= min(period_end, window_end) and len(slots) < limit:
            end = candidate + duration
            taken = [(s, e) for s, e in busy if s < end and e > candidate]
            if candidate < earliest or candidate == appointment.starts_at:
                candidate += SLOT_STEP
            elif taken:
                candidate = max(candidate + SLOT_STEP, max(e for _, e in taken))
            else:
                slots.append(candidate)
                if one_per_day:
                    break
                busy.append((candidate, end))
                candidate = end
        if len(slots) >= limit:
            break
    return slots


def next_free_slots(session, appointment: Appointment, now: datetime, limit: int = 3) -> list[datetime]:
    """Up to ``limit`` times on different days, from tomorrow, for a user who must move a meeting."""
    tomorrow = oslo_wall_clock(now.astimezone(OSLO).date() + timedelta(days=1), time(0))
    return free_slots(session, appointment, tomorrow, tomorrow + OFFER_HORIZON, now, limit, one_per_day=True)
