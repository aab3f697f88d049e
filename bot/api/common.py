"""What the JSON API's views share: errors answered as ``{"error": ...}``, the JSON body, the
token's veileder, and the gate to a user of the veileder's own team (audited)."""
from flask import g, jsonify, request

from services.staff.access import audit
from storage.models import User, Veileder


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


def team_user(session, veileder: Veileder, user_id, action: str, detail: str | None) -> User:
    """The user, when in the veileder's team: 400 for an id that is not a number, 404 for no
    such user, 403 (audited and committed) for another team's user. An allowed look is audited
    with ``detail``; ``None`` leaves that to the caller (who knows the row it makes)."""
    if not isinstance(user_id, int) or isinstance(user_id, bool):
        raise ApiError(400, "user_id is required: the user's id as a number")
    user = session.get(User, user_id)
    if user is None:
        raise ApiError(404, f"no user {user_id}")
    if user.team_id != veileder.team_id:
        audit(session, veileder.id, user.id, action, False, "another team's user")
        # The refusal must be stored even though the request ends in an error.
        session.commit()
        raise ApiError(403, "this user belongs to another team")
    if detail is not None:
        audit(session, veileder.id, user.id, action, True, detail)
    return user


def team_row(session, veileder: Veileder, model, row_id: int, action: str, label: str):
    """A row belonging to a user (an activity, an appointment), when the user is in the
    veileder's team; 404 "no <label> <id>" without it; audited as "<label> <id>"."""
    row = session.get(model, row_id)
    if row is None:
        raise ApiError(404, f"no {label} {row_id}")
    team_user(session, veileder, row.user_id, action, f"{label} {row.id}")
    return row
