"""What the JSON API's views share: errors answered as ``{"error": ...}``, the JSON body, the
token's veileder, and the gate to a user the veileder may see (audited)."""
from flask import g, jsonify, request

from services.staff.access import AccessDenied, row_for, user_for
from storage.models import User, Veileder, utcnow

FORBIDDEN = ("you may not see this user: only your own users, those of a colleague you are backup for, "
             "users with a case assigned to you or in your team's inbox (a team lead: the whole team)")


class ApiError(Exception):
    """Answered by ``error_response`` with ``status`` (each API blueprint registers it)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def error_response(status: int, message: str, **extra):
    response = jsonify(error=message, **extra)
    response.status_code = status
    return response


def api_error(error: ApiError):
    return error_response(error.status, str(error))


def json_body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "send a JSON object with Content-Type: application/json")
    return body


def token_veileder(session) -> Veileder:
    """The veileder of the request's API token (``api_token_required`` has checked it)."""
    return session.get(Veileder, g.api_veileder_id)


def api_user(session, veileder: Veileder, user_id, action: str, detail: str | None) -> User:
    """The user, when the veileder may see them (services/staff/access.py, the inbox's rule):
    400 for an id that is not a number, 403 (audited and committed) otherwise, also for an id
    that does not exist. An allowed look is audited with ``detail``; ``None`` leaves that to the
    caller (who knows the row it makes)."""
    if not isinstance(user_id, int) or isinstance(user_id, bool):
        raise ApiError(400, "user_id is required: the user's id as a number")
    try:
        return user_for(session, veileder, user_id, action, detail, utcnow())
    except AccessDenied:
        session.commit()  # the refusal must be stored even though the request ends in an error
        raise ApiError(403, FORBIDDEN) from None


def api_row(session, veileder: Veileder, model, row_id: int, action: str, label: str):
    """A row belonging to a user (an activity, an appointment) under the same rule; audited as
    "<label> <id>"; 403 for a row that does not exist, as for one the veileder may not see."""
    try:
        return row_for(session, veileder, model, row_id, action, label, utcnow())
    except AccessDenied:
        session.commit()
        raise ApiError(403, FORBIDDEN) from None
