"""Appointments from the user page: book, move, cancel, record the outcome, and accept or
decline a new time the user asked for (offices in "propose" mode).

The changes are made by services/appointments/booking.py (which refuses double booking); after the
commit the user is told through the assistant (``tell_and_send``), as the JSON API does.
Times are typed and shown in Europe/Oslo. Every change is audited.
"""
from datetime import date, datetime, time, timedelta

from flask import current_app, flash, redirect, request, url_for
from flask_login import login_required

from bot.inbox import blueprint
from bot.inbox.access import row_for_me, user_for_me
from bot.inbox.auth import db
from bot.inbox.users import APPOINTMENT_LENGTHS, render_user
from services.appointments.booking import (
    AppointmentError,
    DoubleBooking,
    cancel_appointment,
    create_appointment,
    decline_requested_move,
    move_appointment,
    record_outcome,
    tell_and_send,
)
from services.messaging.gsm7 import NotSmsText
from services.oslo import oslo_wall_clock
from storage.models import Appointment, AppointmentKind, AppointmentStatus, utcnow


class FormError(ValueError):
    """What the veileder typed cannot be used; the message says so, in Norwegian."""


def _times(form) -> tuple[datetime, datetime]:
    try:
        day, clock = date.fromisoformat(form.get("date", "")), time.fromisoformat(form.get("time", ""))
    except ValueError:
        raise FormError("Skriv dato og klokkeslett, for eksempel 03.03.2026 kl 10:00.") from None
    try:
        minutes = int(form.get("minutes", ""))
    except ValueError:
        minutes = 0
    if minutes not in APPOINTMENT_LENGTHS:
        raise FormError("Velg hvor lenge møtet varer.")
    starts_at = oslo_wall_clock(day, clock)
    if starts_at <= utcnow():
        raise FormError("Den tiden har allerede vært. Velg en tid fram i tid.")
    return starts_at, starts_at + timedelta(minutes=minutes)


def _explain(error: Exception) -> str:
    if isinstance(error, (FormError, NotSmsText)):
        return str(error)
    if isinstance(error, DoubleBooking):
        return ("Du eller brukeren har allerede et møte på den tiden. Velg en annen tid; "
                "se møtene over og i kalenderen din.")
    return f"Endringen ble ikke gjort ({error}). Last siden på nytt og prøv igjen."


def _refused(s, user, form_id: str, error: Exception):
    status = 409 if isinstance(error, DoubleBooking) or not isinstance(error, (FormError, NotSmsText)) else 400
    return render_user(s, user, errors={form_id: _explain(error)}, status=status)


def _told(user_id: int, appointment_id: int, outbox_ids: list[int], done: str):
    services = current_app.extensions["kontakt"]
    tell_and_send(services, appointment_id)
    services.send_now(outbox_ids)
    flash(done)
    return redirect(url_for("inbox.user_page", user_id=user_id) + f"#appointment-{appointment_id}")


@blueprint.post("/users/<int:user_id>/appointments")
@login_required
def book_appointment(user_id: int):
    form = request.form
    with db().session() as s:
        user, me = user_for_me(s, user_id, "appointment_create", "new appointment")
        try:
            starts_at, ends_at = _times(form)
            try:
                kind = AppointmentKind(form.get("kind"))
            except ValueError:
                raise FormError("Velg om møtet er på kontoret, på telefon eller på video.") from None
            appointment = create_appointment(s, user=user, veileder=me, starts_at=starts_at, ends_at=ends_at,
                                             kind=kind, place=form.get("place", ""))
        except (FormError, AppointmentError, NotSmsText) as error:
            return _refused(s, user, "book", error)
        appointment_id = appointment.id
    return _told(user_id, appointment_id, [], "Møtet er booket. Brukeren får en SMS og blir bedt om å bekrefte.")


def _change(appointment_id: int, action: str, change, done: str):
    """Runs ``change(session, appointment)`` (returning outbox ids to send, if any) on an
    appointment of a user the veileder may see; its errors are shown on the appointment."""
    with db().session() as s:
        appointment, _ = row_for_me(s, Appointment, appointment_id, action, "appointment")
        try:
            outbox_ids = change(s, appointment) or []
        except (FormError, AppointmentError) as error:
            return _refused(s, appointment.user, f"appointment-{appointment_id}", error)
        user_id = appointment.user_id
    return _told(user_id, appointment_id, outbox_ids, done)


@blueprint.post("/appointments/<int:appointment_id>/move")
@login_required
def move(appointment_id: int):
    def change(s, appointment):
        move_appointment(s, appointment, *_times(request.form))
    return _change(appointment_id, "appointment_move", change,
                   "Møtet er flyttet. Brukeren får den nye tiden på SMS og blir bedt om å bekrefte.")


@blueprint.post("/appointments/<int:appointment_id>/cancel")
@login_required
def cancel(appointment_id: int):
    def change(s, appointment):
        cancel_appointment(s, appointment)
    return _change(appointment_id, "appointment_cancel", change, "Møtet er avlyst. Brukeren får beskjed på SMS.")


@blueprint.post("/appointments/<int:appointment_id>/outcome")
@login_required
def outcome(appointment_id: int):
    def change(s, appointment):
        chosen = request.form.get("status")
        if chosen not in (AppointmentStatus.HELD.value, AppointmentStatus.NOT_ATTENDED.value):
            raise FormError("Velg gjennomført eller ikke møtt.")
        record_outcome(s, appointment, AppointmentStatus(chosen))
    return _change(appointment_id, "appointment_outcome", change, "Utfallet av møtet er lagret.")


def _requested(appointment: Appointment) -> tuple[datetime, datetime]:
    """The new time the user asked for, waiting for the veileder."""
    if appointment.requested_starts_at is None:
        raise FormError("Brukeren har ikke bedt om å flytte dette møtet.")
    return appointment.requested_starts_at, appointment.requested_ends_at


@blueprint.post("/appointments/<int:appointment_id>/accept-move")
@login_required
def accept_move(appointment_id: int):
    def change(s, appointment):
        move_appointment(s, appointment, *_requested(appointment))
    return _change(appointment_id, "appointment_accept_move", change,
                   "Møtet er flyttet til tiden brukeren ønsket. Brukeren får beskjed på SMS.")


@blueprint.post("/appointments/<int:appointment_id>/decline-move")
@login_required
def decline_move(appointment_id: int):
    def change(s, appointment):
        _requested(appointment)
        entry = decline_requested_move(s, appointment)
        s.flush()
        return [entry.id]
    return _change(appointment_id, "appointment_decline_move", change,
                   "Brukeren får beskjed på SMS om at møtet blir som før.")
