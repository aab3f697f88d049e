"""Activity-plan activities over JSON, for the veileder's tools.

``GET/POST /api/v1/users/<user_id>/activities``, ``GET/PATCH /api/v1/activities/<id>``.
A veileder's API token (``flask --app bot create-api-token EMAIL``) reaches only the users of
the veileder's own team (403 otherwise); every look and change is audited. Nudges before a
deadline are planned by the scheduler (services/nudges.py) from what is stored here; the
checks live in services/activities.py, shared with the inbox.
"""
from flask import Blueprint, current_app, g, jsonify, request
from sqlalchemy import select

from bot.api.auth import api_token_required
from services import activities as activity_plan
from services.activities import ActivityError
from storage.models import Activity, AuditEvent, User, Veileder

blueprint = Blueprint("activities_api", __name__, url_prefix="/api/v1")


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@blueprint.errorhandler(Refused)
@blueprint.errorhandler(ActivityError)
def _refused(error: Refused | ActivityError):
    response = jsonify(error=str(error))
    response.status_code = getattr(error, "status", 400)
    return response


def as_json(activity: Activity) -> dict:
    return {
        "id": activity.id,
        "user_id": activity.user_id,
        "title": activity.title,
        "title_is_safe_for_sms": activity.title_is_safe_for_sms,
        "description": activity.description,
        "status": activity.status.value,
        "deadline": activity.deadline.isoformat() if activity.deadline else None,
        "in_agreed_plan": activity.in_agreed_plan,
        "created_by_veileder_id": activity.created_by_veileder_id,
        "completed_at": activity.completed_at.isoformat() if activity.completed_at else None,
        "overdue_flagged": activity.overdue_flagged_at is not None,
    }


def _session():
    return current_app.extensions["kontakt"].db.session()


def _team_user(session, veileder: Veileder, user_id: int, action: str, detail: str) -> User:
    """The user, when in the veileder's team; every attempt is audited."""
    user = session.get(User, user_id)
    if user is None:
        raise Refused(404, f"no user {user_id}")
    allowed = user.team_id == veileder.team_id
    session.add(AuditEvent(veileder_id=veileder.id, user_id=user.id, action=action, allowed=allowed,
                           detail=detail if allowed else "another team's user"))
    if not allowed:
        session.commit()
        raise Refused(403, "this user belongs to another team")
    return user


def _team_activity(session, veileder: Veileder, activity_id: int, action: str) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise Refused(404, f"no activity {activity_id}")
    _team_user(session, veileder, activity.user_id, action, f"activity {activity.id}")
    return activity


def _json_object() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise Refused(400, "send a JSON object with Content-Type: application/json")
    return body


@blueprint.get("/users/<int:user_id>/activities")
@api_token_required
def list_activities(user_id: int):
    with _session() as session:
        veileder = session.get(Veileder, g.api_veileder_id)
        _team_user(session, veileder, user_id, "api_list_activities", "activities")
        activities = session.execute(
            select(Activity).where(Activity.user_id == user_id).order_by(Activity.deadline, Activity.id)
        ).scalars().all()
        return jsonify(activities=[as_json(a) for a in activities])


@blueprint.post("/users/<int:user_id>/activities")
@api_token_required
def create_activity(user_id: int):
    body = _json_object()
    with _session() as session:
        veileder = session.get(Veileder, g.api_veileder_id)
        user = _team_user(session, veileder, user_id, "api_create_activity", "new activity")
        activity = activity_plan.create_activity(session, user, veileder, body)
        response = jsonify(as_json(activity))
    response.status_code = 201
    return response


@blueprint.get("/activities/<int:activity_id>")
@api_token_required
def get_activity(activity_id: int):
    with _session() as session:
        veileder = session.get(Veileder, g.api_veileder_id)
        return jsonify(as_json(_team_activity(session, veileder, activity_id, "api_view_activity")))


@blueprint.patch("/activities/<int:activity_id>")
@api_token_required
def update_activity(activity_id: int):
    body = _json_object()
    with _session() as session:
        veileder = session.get(Veileder, g.api_veileder_id)
        activity = _team_activity(session, veileder, activity_id, "api_update_activity")
        activity_plan.update_activity(activity, body)
        session.flush()
        return jsonify(as_json(activity))
