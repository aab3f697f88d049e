"""Appointment reminders: planned as rows when an appointment is booked or moved, sent by
the scheduler when due, after checking that the appointment still is as it was.

- Offsets come from the office (``Team.reminder_offsets_hours``, default "24,2"). Whole days
  keep the wall clock ("24" before Monday 10:00 is Sunday 10:00, even across a daylight-
  saving change); other offsets are absolute hours.
- A reminder that would fall outside the user's contact window moves to the last open hour
  before it, never past the meeting.
- Each row names the appointment's version: a moved or cancelled appointment's old reminders
  are skipped, when it changes and again when they fall due.
- A day before the meeting, a request the user never said yes to is flagged to the
  veileder: silence is not a yes.
- A helper the user chose to get the reminders (services/people/helpers.py) gets one too, at the
  same time, in plain words from services/messaging/texts.py.
"""
import logging
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update

from services.appointments.messages import REMINDER, Telling, ask_assistant, queue_replies, telling
from services.appointments.texts import format_place, format_when
from services.gateways.rasa import AssistantClient, AssistantUnavailable
from services.people.helper_messages import queue_for_helper
from services.people.helpers import active_helper
from services.messaging.contact_rules import ContactWindow, window_of
from services.messaging.texts import text
from services.oslo import OSLO, oslo_wall_clock
from services.staff.notices import notify_veileder
from storage.db import Database
from storage.models import (
    Appointment,
    AppointmentReminder,
    AppointmentStatus,
    MessageCategory,
    NoticeKind,
    OutboxMessage,
    ReminderKind,
    ReminderState,
    Team,
    utcnow,
)

log = logging.getLogger(__name__)

DEFAULT_OFFSETS_HOURS = (24, 2)
CONFIRMATION_CHECK_BEFORE = timedelta(hours=24)
LEASE = timedelta(minutes=2)


def parse_offsets(value: str) -> list[int]:
    """Reads an office setting such as "24, 2": whole hours, largest first."""
    try:
        hours = sorted({int(part) for part in value.split(",") if part.strip()}, reverse=True)
    except ValueError:
        raise ValueError("reminder offsets are whole hours separated by commas, e.g. 24,2") from None
    if not all(0 < h <= 24 * 14 for h in hours):
        raise ValueError("each reminder offset must be between 1 and 336 hours")
    return hours


def reminder_offsets(team: Team) -> list[int]:
    """The office's reminder offsets in hours (the default when the setting is unreadable)."""
    try:
        return parse_offsets(team.reminder_offsets_hours or "")
    except ValueError:
        return list(DEFAULT_OFFSETS_HOURS)


def reminder_time(starts_at: datetime, hours: int) -> datetime:
    """``hours`` before the meeting; whole days keep the Oslo wall clock."""
    if hours % 24 == 0:
        local = starts_at.astimezone(OSLO)
        return oslo_wall_clock(local.date() - timedelta(days=hours // 24), local.time())
    return starts_at - timedelta(hours=hours)


def last_open_hour_before(window: ContactWindow, due: datetime) -> datetime:
    """``due`` when the window is open then, else the start of the window's last open hour
    before ``due`` (or the window's opening, when it is open for less than an hour)."""
    if window.contains(due):
        return due
    day = due.astimezone(OSLO).date()
    closing = next(c for c in (oslo_wall_clock(day - timedelta(days=back), window.end) for back in range(3))
                   if c <= due)
    closing_day = closing.astimezone(OSLO).date()
    opening = next(o for o in (oslo_wall_clock(closing_day - timedelta(days=back), window.start)
                               for back in range(2)) if o < closing)
    return max(opening, closing - timedelta(hours=1))


def _confirmation_check_time(starts_at: datetime, now: datetime) -> datetime:
    due = starts_at - CONFIRMATION_CHECK_BEFORE
    return due if due > now else now + (starts_at - now) / 2


def plan_reminders(session, appointment: Appointment, now: datetime) -> list[AppointmentReminder]:
    """Skips the reminders of older versions and plans the current version's (idempotent)."""
    skip_outdated_reminders(session, appointment)
    if not appointment.is_active:
        return []
    planned = {(r.kind, r.offset_minutes) for r in appointment.reminders if r.version == appointment.version}
    window = window_of(appointment.user)
    wanted = []
    for hours in reminder_offsets(appointment.user.team):
        due = last_open_hour_before(window, reminder_time(appointment.starts_at, hours))
        if now < due < appointment.starts_at:
            wanted.append((ReminderKind.REMINDER, hours * 60, due))
    if appointment.status != AppointmentStatus.CONFIRMED:
        due = _confirmation_check_time(appointment.starts_at, now)
        wanted.append((ReminderKind.CONFIRMATION_CHECK, int(CONFIRMATION_CHECK_BEFORE.total_seconds() // 60), due))
    added = [
        AppointmentReminder(appointment=appointment, version=appointment.version, kind=kind,
                            offset_minutes=offset, due_at=due, state=ReminderState.PENDING)
        for kind, offset, due in wanted if (kind, offset) not in planned
    ]
    session.add_all(added)
    return added


def skip_outdated_reminders(session, appointment: Appointment) -> None:
    for reminder in appointment.reminders:
        outdated = reminder.version != appointment.version or not appointment.is_active
        if reminder.state == ReminderState.PENDING and outdated:
            reminder.state = ReminderState.SKIPPED


def _claimable(now: datetime):
    return or_(
        and_(AppointmentReminder.state == ReminderState.PENDING, AppointmentReminder.due_at <= now),
        and_(AppointmentReminder.state == ReminderState.PROCESSING, AppointmentReminder.lease_until < now),
    )


def _claim(db: Database, reminder_id: int, now: datetime) -> bool:
    with db.session() as session:
        result = session.execute(
            update(AppointmentReminder)
            .where(AppointmentReminder.id == reminder_id, _claimable(now))
            .values(state=ReminderState.PROCESSING, lease_until=now + LEASE)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1


def process_due_reminders(db: Database, assistant: AssistantClient, now: datetime | None = None) -> list[int]:
    """Sends the reminders that are due and still valid; returns the outbox ids queued."""
    now = now or utcnow()
    with db.session() as session:
        due = session.execute(
            select(AppointmentReminder.id).where(_claimable(now)).order_by(AppointmentReminder.due_at)
        ).scalars().all()
    queued: list[int] = []
    for reminder_id in due:
        if not _claim(db, reminder_id, now):
            continue
        with db.session() as session:
            message = _to_send(session, session.get(AppointmentReminder, reminder_id), now)
        if message is None:
            continue
        try:
            replies = ask_assistant(assistant, message)
        except AssistantUnavailable as error:
            log.warning("appointment reminder %s waits for the assistant: %s", reminder_id, error)
            with db.session() as session:
                reminder = session.get(AppointmentReminder, reminder_id)
                reminder.state, reminder.lease_until = ReminderState.PENDING, None
            break
        with db.session() as session:
            queued.extend(entry.id for entry in _queue(session, reminder_id, message, replies, now))
    return queued


def _to_send(session, reminder: AppointmentReminder, now: datetime) -> Telling | None:
    """The reminder's message, or None when it is settled here (skipped, checked, deferred)."""
    appointment = reminder.appointment
    reminder.lease_until = None
    if reminder.version != appointment.version or not appointment.is_active or appointment.starts_at <= now:
        reminder.state = ReminderState.SKIPPED
        return None
    if reminder.kind == ReminderKind.CONFIRMATION_CHECK:
        if appointment.status != AppointmentStatus.CONFIRMED:
            notify_veileder(session, appointment.user, NoticeKind.APPOINTMENT_NOT_CONFIRMED, priority="P2",
                            appointment_id=appointment.id,
                            detail="Brukeren har ikke bekreftet møtet. Ikke svar er ikke et ja.")
        reminder.state, reminder.processed_at = ReminderState.SENT, now
        return None
    window = window_of(appointment.user)
    if not window.contains(now):  # the scheduler was down: never send in quiet hours
        opening = window.next_opening(now)
        reminder.state = ReminderState.SKIPPED if opening >= appointment.starts_at else ReminderState.PENDING
        reminder.due_at = opening
        return None
    return telling(session, appointment, REMINDER, f"reminder:{reminder.offset_minutes}")


def _queue(session, reminder_id: int, message: Telling, replies: list[str], now: datetime) -> list[OutboxMessage]:
    reminder = session.get(AppointmentReminder, reminder_id)
    appointment = reminder.appointment
    if appointment.version != reminder.version or not appointment.is_active:  # changed meanwhile
        reminder.state = ReminderState.SKIPPED
        return []
    entries = queue_replies(session, appointment, message, replies, MessageCategory.REMINDER, due_at=now)
    helper_entry = _remind_helper(session, reminder, now)
    reminder.state, reminder.processed_at = ReminderState.SENT, now
    session.flush()
    return entries + ([helper_entry] if helper_entry is not None else [])


def _remind_helper(session, reminder: AppointmentReminder, now: datetime) -> OutboxMessage | None:
    appointment = reminder.appointment
    helper = active_helper(session, appointment.user_id)
    if helper is None or not helper.gets_reminders:
        return None
    language = appointment.user.language
    body = text("helper_reminder", language).format(
        helper=helper.name, name=appointment.user.first_name, when=format_when(appointment.starts_at, language),
        place=format_place(appointment, language))
    return queue_for_helper(session, helper, body, MessageCategory.REMINDER,
                            f"helper-reminder:{reminder.id}:{helper.id}", due_at=now)
