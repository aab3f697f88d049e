"""Booking, moving and cancelling appointments, from the veileder's side and the user's.

Veileder side (the JSON API, the inbox): ``create_appointment``, ``move_appointment`` and
``cancel_appointment`` change the appointment in the caller's transaction and record that the
user is owed a message (``notified_version`` behind ``version``); after the commit,
``tell_user_about`` asks the assistant for the message and queues it. Whatever is not told
then (the assistant down, a crash) is told by the scheduler (``tell_pending_changes``).

User side (the assistant's actions): the user's own SMS is answered by the action; the
veileder gets a ``VeilederNotice`` (for information) or a case for a person
(services/cases/escalations.py) when something needs a decision. Whether a time the user picks is booked at once or
proposed to the veileder is the office's ``Team.reschedule_mode``.

Nobody is double booked: a veileder or a user never has two active appointments at once.
"""
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from services.appointments.availability import conflicting_appointments
from services.appointments.messages import CANCELLED, MOVED, REQUEST, ask_assistant, queue_replies, telling
from services.appointments.reminders import plan_reminders, skip_outdated_reminders
from services.appointments.texts import format_when, sms_place
from services.cases.escalations import create_escalation
from services.gateways.rasa import AssistantClient, AssistantUnavailable
from services.messaging.send_policy import schedule_user_message
from services.messaging.texts import text
from services.staff.notices import notify_veileder
from storage.db import Database
from storage.models import (
    ACTIVE_STATUSES,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    CaseCategory,
    Escalation,
    MessageCategory,
    NoticeKind,
    OutboxMessage,
    User,
    Veileder,
    utcnow,
)

if TYPE_CHECKING:
    from services.runtime import MessagingServices

log = logging.getLogger(__name__)

MAX_DURATION = timedelta(hours=8)


class AppointmentError(ValueError):
    """A change that cannot be made; the message says why, for the veileder or the API caller."""


class DoubleBooking(AppointmentError):
    def __init__(self, conflicts: list[Appointment]):
        self.conflict_ids = [a.id for a in conflicts]
        super().__init__("the veileder or the user already has an appointment at that time "
                         f"(appointment {', '.join(map(str, self.conflict_ids))})")


def _check_times(starts_at: datetime, ends_at: datetime, now: datetime) -> None:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise AppointmentError("times must carry a UTC offset, e.g. 2026-03-03T10:00:00+01:00")
    if ends_at <= starts_at:
        raise AppointmentError("the appointment must end after it starts")
    if ends_at - starts_at > MAX_DURATION:
        raise AppointmentError("an appointment can last at most 8 hours")
    if starts_at <= now:
        raise AppointmentError("the appointment must start in the future")


def _ensure_free(session, veileder_id: int, user_id: int, starts_at: datetime, ends_at: datetime,
                 exclude_id: int | None = None) -> None:
    conflicts = conflicting_appointments(session, veileder_id, user_id, starts_at, ends_at, exclude_id)
    if conflicts:
        raise DoubleBooking(conflicts)


def _pending_intent(appointment: Appointment) -> str | None:
    """What the user still has to be told about the appointment, if anything."""
    if appointment.notified_version >= appointment.version:
        return None
    if appointment.status == AppointmentStatus.CANCELLED:
        return CANCELLED if appointment.notified_version else None  # never told of it: nothing to take back
    if appointment.status in ACTIVE_STATUSES:
        return REQUEST if appointment.notified_version == 0 else MOVED
    return None  # held or not attended: no message


def tell_user_about(db: Database, assistant: AssistantClient, appointment_id: int,
                    now: datetime | None = None) -> list[int]:
    """Tells the user about the appointment's latest change; returns the outbox ids queued.

    Call it after committing the change. When the assistant is unavailable the change stays
    owed and ``tell_pending_changes`` (the scheduler) tells the user later.
    """
    now = now or utcnow()
    with db.session() as session:
        appointment = session.get(Appointment, appointment_id)
        intent = _pending_intent(appointment)
        if intent is None:
            appointment.notified_version = appointment.version
            return []
        message = telling(session, appointment, intent)
    try:
        replies = ask_assistant(assistant, message)
    except AssistantUnavailable as error:
        log.warning("appointment %s: the user is told later, the assistant is unavailable (%s)",
                    appointment_id, error)
        return []
    with db.session() as session:
        appointment = session.get(Appointment, appointment_id)
        if appointment.version != message.version:
            return []  # changed meanwhile: the newer change is told instead
        entries = queue_replies(session, appointment, message, replies, MessageCategory.SYSTEM)
        appointment.notified_version = message.version
        if intent != CANCELLED:
            appointment.confirmation_requested_at = now
        session.flush()
        return [entry.id for entry in entries]


def tell_and_send(services: "MessagingServices", appointment_id: int) -> None:
    """After the commit of a veileder's change (the inbox, the JSON API): tells the user and
    sends the message at once."""
    services.send_now(tell_user_about(services.db, services.assistant, appointment_id))


def create_appointment(session, *, user: User, veileder: Veileder,
                       starts_at: datetime, ends_at: datetime, kind: AppointmentKind, place: str = "",
                       now: datetime | None = None) -> Appointment:
    """Books a meeting (the user is asked to confirm it by ``tell_user_about`` after the commit);
    raises AppointmentError / DoubleBooking, or NotSmsText for a place that cannot go in an SMS."""
    now = now or utcnow()
    place = sms_place(place)
    _check_times(starts_at, ends_at, now)
    if veileder.team_id != user.team_id:
        raise AppointmentError("the veileder and the user must belong to the same team")
    _ensure_free(session, veileder.id, user.id, starts_at, ends_at)
    appointment = Appointment(user=user, veileder=veileder, starts_at=starts_at, ends_at=ends_at,
                              kind=kind, place=place, status=AppointmentStatus.PROPOSED,
                              version=1, notified_version=0)
    session.add(appointment)
    session.flush()
    plan_reminders(session, appointment, now)
    return appointment


def _require_active(appointment: Appointment) -> None:
    if appointment.status not in ACTIVE_STATUSES:
        raise AppointmentError(f"the appointment is {appointment.status.value} and cannot be changed")


def _set_time(session, appointment: Appointment, starts_at: datetime, ends_at: datetime, now: datetime,
              status: AppointmentStatus) -> None:
    _require_active(appointment)
    _check_times(starts_at, ends_at, now)
    _ensure_free(session, appointment.veileder_id, appointment.user_id, starts_at, ends_at,
                 exclude_id=appointment.id)
    appointment.starts_at, appointment.ends_at = starts_at, ends_at
    appointment.status = status
    appointment.confirmed_at = now if status == AppointmentStatus.CONFIRMED else None
    appointment.requested_starts_at = appointment.requested_ends_at = None
    appointment.version += 1
    session.flush()
    plan_reminders(session, appointment, now)


def move_appointment(session, appointment: Appointment, starts_at: datetime,
                     ends_at: datetime, now: datetime | None = None) -> Appointment:
    """The veileder moves a meeting (or accepts the time the user asked for): the user is told
    the new time and asked to confirm it."""
    now = now or utcnow()
    _set_time(session, appointment, starts_at, ends_at, now, AppointmentStatus.MOVED)
    return appointment


def cancel_appointment(session, appointment: Appointment, now: datetime | None = None) -> Appointment:
    now = now or utcnow()
    _require_active(appointment)
    appointment.status = AppointmentStatus.CANCELLED
    appointment.cancelled_at = now
    appointment.requested_starts_at = appointment.requested_ends_at = None
    appointment.version += 1
    skip_outdated_reminders(session, appointment)
    return appointment


def decline_requested_move(session, appointment: Appointment, now: datetime | None = None) -> OutboxMessage:
    """The veileder cannot take the time the user asked for (offices in "propose" mode): the
    meeting keeps its time and the user is told kindly. Returns the queued message; to accept
    the time instead, ``move_appointment`` to it."""
    if appointment.requested_starts_at is None:
        raise AppointmentError("the user has not asked to move this appointment")
    _require_active(appointment)
    wished = appointment.requested_starts_at
    appointment.requested_starts_at = appointment.requested_ends_at = None
    user = appointment.user
    body = text("appointment_move_declined", user.language).format(
        veileder=appointment.veileder.first_name, wished=format_when(wished, user.language),
        when=format_when(appointment.starts_at, user.language))
    key = f"appointment:{appointment.id}:v{appointment.version}:declined:{wished.isoformat()}"
    return schedule_user_message(session, user, body, MessageCategory.SYSTEM, now, key).entry


def record_outcome(session, appointment: Appointment, status: AppointmentStatus) -> Appointment:
    """The veileder records that the meeting was held or not attended; the user gets no message."""
    if status not in (AppointmentStatus.HELD, AppointmentStatus.NOT_ATTENDED):
        raise AppointmentError("an outcome is held or not_attended")
    _require_active(appointment)
    appointment.status = status
    appointment.version += 1
    skip_outdated_reminders(session, appointment)
    return appointment


def tell_pending_changes(db: Database, assistant: AssistantClient, now: datetime | None = None) -> list[int]:
    """Tells users about changes not told yet (made while the assistant was down, or by a
    caller that did not tell); run by the scheduler. Returns the outbox ids queued."""
    with db.session() as session:
        pending = session.execute(
            select(Appointment.id).where(Appointment.notified_version < Appointment.version)
            .order_by(Appointment.id)
        ).scalars().all()
    queued: list[int] = []
    for appointment_id in pending:
        queued.extend(tell_user_about(db, assistant, appointment_id, now))
    return queued


# The user's side, called by the assistant's actions (actions/appointments.py).

def coming_appointments(session, user_id: int, now: datetime) -> list[Appointment]:
    return session.execute(
        select(Appointment).where(Appointment.user_id == user_id, Appointment.status.in_(ACTIVE_STATUSES),
                                  Appointment.ends_at > now).order_by(Appointment.starts_at)
    ).scalars().all()


def appointment_in_question(session, user_id: int, appointment_id: str | None, now: datetime
                            ) -> Appointment | None:
    """The appointment the user answers about: the one last asked about while it is still
    coming, else the user's next one."""
    coming = coming_appointments(session, user_id, now)
    asked = [a for a in coming if appointment_id and str(a.id) == str(appointment_id)]
    return (asked or coming or [None])[0]


def confirm_by_user(appointment: Appointment, now: datetime) -> None:
    """The user said yes, outright: only an answer counts, never silence."""
    appointment.status = AppointmentStatus.CONFIRMED
    appointment.confirmed_at = now


def reschedule_by_user(session, appointment: Appointment, starts_at: datetime, user_words: str,
                       message_id: int | None, now: datetime) -> Escalation | None:
    """The user picked a new time. By the office's setting it is booked at once (None is
    returned; the veileder gets a notice) or proposed to the veileder (the case for a person
    is returned: tell the user its ``last_notice``). Raises DoubleBooking when the time was
    taken meanwhile."""
    ends_at = starts_at + (appointment.ends_at - appointment.starts_at)
    old_time = format_when(appointment.starts_at)
    if appointment.user.team.reschedule_mode == "propose":
        _require_active(appointment)
        _ensure_free(session, appointment.veileder_id, appointment.user_id, starts_at, ends_at,
                     exclude_id=appointment.id)
        appointment.requested_starts_at, appointment.requested_ends_at = starts_at, ends_at
        return hand_to_veileder(session, appointment, f"{user_words}\n(Ønsker å flytte møtet {old_time} "
                                f"til {format_when(starts_at)}.)", now)
    _set_time(session, appointment, starts_at, ends_at, now, AppointmentStatus.CONFIRMED)
    appointment.notified_version = appointment.version  # the action's reply tells the user
    notify_veileder(session, appointment.user, NoticeKind.APPOINTMENT_MOVED_BY_USER, priority="P3",
                    detail=f"Flyttet møtet {old_time} til {format_when(starts_at)}.",
                    appointment_id=appointment.id, message_id=message_id)
    return None


def hand_to_veileder(session, appointment: Appointment, user_words: str, now: datetime) -> Escalation:
    """A person settles the appointment with the user (P3, rescheduling); tell the user the
    case's ``last_notice`` (who answers, by when)."""
    return create_escalation(session, appointment.user, CaseCategory.RESCHEDULE, user_words, now=now)
