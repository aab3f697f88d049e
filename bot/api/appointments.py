"""Appointments over JSON (``/api/v1/appointments``), for import from other systems, and
each appointment's calendar file (``/appointments/<token>.ics``).

A veileder's token reaches only the users the veileder may see in the inbox
(services/staff/access.py; 403 otherwise); every
look at or change of a user's appointments is audited.
"""
from datetime import datetime, timedelta
from urllib.parse import urlparse

from flask import Blueprint, Response, abort, current_app, jsonify, request
from sqlalchemy import select

from bot.api.auth import api_token_required
from bot.api.common import ApiError, api_error, api_row, api_user, error_response, json_body, token_veileder
from services.appointments.booking import (
    AppointmentError,
    DoubleBooking,
    cancel_appointment,
    create_appointment,
    move_appointment,
    record_outcome,
    tell_and_send,
)
from services.appointments.ics import appointment_ics
from services.appointments.texts import MAX_PLACE_LENGTH
from services.messaging.gsm7 import NotSmsText
from services.staff.access import audit
from storage.models import Appointment, AppointmentKind, AppointmentStatus, Veileder, utcnow

api = Blueprint("appointments_api", __name__, url_prefix="/api/v1/appointments")
api.register_error_handler(ApiError, api_error)
calendar = Blueprint("appointments_calendar", __name__)


def _services():
    return current_app.extensions["kontakt"]


@api.errorhandler(NotSmsText)
def _not_for_sms(error: NotSmsText):
    return error_response(400, str(error))


@api.errorhandler(AppointmentError)
def _refused(error: AppointmentError):
    if isinstance(error, DoubleBooking):
        return error_response(409, str(error), conflicting_appointment_ids=error.conflict_ids)
    return error_response(400, str(error))


def _time(body: dict, field: str) -> datetime:
    value = body.get(field)
    if not isinstance(value, str):
        raise ApiError(400, f"{field} is required: an ISO 8601 time with a UTC offset, "
                            "e.g. 2026-03-03T10:00:00+01:00")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"{field} is not an ISO 8601 time: {value[:40]!r}") from None
    if moment.tzinfo is None:
        raise ApiError(400, f"{field} needs a UTC offset, e.g. {value}+01:00")
    return moment


def _times(body: dict) -> tuple[datetime, datetime]:
    starts_at = _time(body, "starts_at")
    if "ends_at" in body:
        return starts_at, _time(body, "ends_at")
    minutes = body.get("duration_minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
        raise ApiError(400, "give ends_at, or duration_minutes as a positive whole number")
    return starts_at, starts_at + timedelta(minutes=minutes)


def _calendar_url(appointment: Appointment) -> str:
    return f"{_services().settings.public_base_url}/appointments/{appointment.ics_token}.ics"


def as_json(appointment: Appointment) -> dict:
    return {
        "id": appointment.id,
        "user_id": appointment.user_id,
        "veileder_id": appointment.veileder_id,
        "starts_at": appointment.starts_at.isoformat(),
        "ends_at": appointment.ends_at.isoformat(),
        "kind": appointment.kind.value,
        "place": appointment.place,
        "status": appointment.status.value,
        "version": appointment.version,
        "user_told": appointment.notified_version == appointment.version,
        "confirmation_requested_at": _iso(appointment.confirmation_requested_at),
        "confirmed_at": _iso(appointment.confirmed_at),
        "requested_starts_at": _iso(appointment.requested_starts_at),
        "calendar_url": _calendar_url(appointment),
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _changed(session, appointment: Appointment, status: int = 200):
    """Commits the change, then tells the user (the assistant is asked with no transaction
    open) and sends the message at once."""
    session.commit()
    tell_and_send(_services(), appointment.id)
    session.refresh(appointment)
    response = jsonify(as_json(appointment))
    response.status_code = status
    return response


@api.post("")
@api_token_required
def create():
    body = json_body()
    services = _services()
    with services.db.session() as session:
        veileder = token_veileder(session)
        user = api_user(session, veileder, body.get("user_id"), "appointment_create", None)
        owner = veileder
        if body.get("veileder_id") not in (None, veileder.id):
            owner = session.get(Veileder, body["veileder_id"]) if isinstance(body["veileder_id"], int) else None
            if owner is None or owner.team_id != veileder.team_id:
                raise ApiError(400, "veileder_id must be a veileder in your own team")
        try:
            kind = AppointmentKind(body.get("kind"))
        except ValueError:
            raise ApiError(400, "kind must be one of: office, phone, video") from None
        place = body.get("place", "")
        if not isinstance(place, str):
            raise ApiError(400, f"place is an address of at most {MAX_PLACE_LENGTH} characters")
        starts_at, ends_at = _times(body)
        appointment = create_appointment(session, user=user, veileder=owner,
                                         starts_at=starts_at, ends_at=ends_at, kind=kind, place=place)
        audit(session, veileder.id, user.id, "appointment_create", True, f"appointment {appointment.id}")
        return _changed(session, appointment, status=201)


@api.get("")
@api_token_required
def list_for_user():
    user_id = request.args.get("user_id", type=int)
    with _services().db.session() as session:
        veileder = token_veileder(session)
        user = api_user(session, veileder, user_id, "appointment_list", "appointments")
        appointments = session.execute(
            select(Appointment).where(Appointment.user_id == user.id).order_by(Appointment.starts_at)
        ).scalars().all()
        return jsonify(appointments=[as_json(a) for a in appointments])


@api.get("/<int:appointment_id>")
@api_token_required
def show(appointment_id: int):
    with _services().db.session() as session:
        veileder = token_veileder(session)
        appointment = api_row(session, veileder, Appointment, appointment_id, "appointment_view", "appointment")
        return jsonify(as_json(appointment))


@api.post("/<int:appointment_id>/move")
@api_token_required
def move(appointment_id: int):
    body = json_body()
    services = _services()
    with services.db.session() as session:
        veileder = token_veileder(session)
        appointment = api_row(session, veileder, Appointment, appointment_id, "appointment_move", "appointment")
        starts_at, ends_at = _times(body)
        move_appointment(session, appointment, starts_at, ends_at)
        return _changed(session, appointment)


@api.post("/<int:appointment_id>/cancel")
@api_token_required
def cancel(appointment_id: int):
    services = _services()
    with services.db.session() as session:
        veileder = token_veileder(session)
        appointment = api_row(session, veileder, Appointment, appointment_id, "appointment_cancel", "appointment")
        cancel_appointment(session, appointment)
        return _changed(session, appointment)


@api.post("/<int:appointment_id>/outcome")
@api_token_required
def outcome(appointment_id: int):
    body = json_body()
    try:
        status = AppointmentStatus(body.get("status"))
    except ValueError:
        raise ApiError(400, "status must be held or not_attended") from None
    with _services().db.session() as session:
        veileder = token_veileder(session)
        appointment = api_row(session, veileder, Appointment, appointment_id, "appointment_outcome", "appointment")
        record_outcome(session, appointment, status)
        return _changed(session, appointment)


@calendar.get("/appointments/<token>.ics")
def ics(token: str):
    """The calendar file, without a login (it is for the user's calendar): only while the
    meeting is still coming and not cancelled; every fetch, served or not, is audited."""
    with _services().db.session() as session:
        appointment = session.execute(
            select(Appointment).where(Appointment.ics_token == token)
        ).scalar_one_or_none()
        served = appointment is not None and appointment.is_active and appointment.ends_at > utcnow()
        audit(session, None, appointment.user_id if appointment else None, "calendar_fetch", served,
              f"appointment {appointment.id}" if appointment else "unknown token")
        if not served:
            session.commit()  # the refusal is counted even though the request ends in an error
            abort(404)
        host = urlparse(_services().settings.public_base_url).hostname or "kontakt"
        body = appointment_ics(appointment, host, utcnow())
    return Response(body, mimetype="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="mote.ics"',
                             "Cache-Control": "no-store"})
