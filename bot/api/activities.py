"""Activity-plan activities over JSON, for the veileder's tools.

``GET/POST /api/v1/users/<user_id>/activities``, ``GET/PATCH /api/v1/activities/<id>``.
A veileder's API token (``flask --app bot create-api-token EMAIL``) reaches only the users the
veileder may see in the inbox (services/staff/access.py; 403 otherwise); every look and change is
audited. Nudges before a deadline are planned by the scheduler (services/activities/nudges.py) from what is stored here; the
checks live in services/activities/plan.py, shared with the inbox.
"""
from flask import Blueprint, current_app, jsonify
from sqlalchemy import select

from bot.api.auth import api_token_required
from bot.api.common import ApiError, api_error, api_row, api_user, error_response, json_body, token_veileder
from services.activities import plan as activity_plan
from services.activities.plan import ActivityError
from storage.models import Activity

blueprint = Blueprint("activities_api", __name__, url_prefix="/api/v1")
blueprint.register_error_handler(ApiError, api_error)


@blueprint.errorhandler(ActivityError)
def _refused(error: ActivityError):
    return error_response(400, str(error))


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


@blueprint.get("/users/<int:user_id>/activities")
@api_token_required
def list_activities(user_id: int):
    with _session() as session:
        veileder = token_veileder(session)
        api_user(session, veileder, user_id, "api_list_activities", "activities")
        activities = session.execute(
            select(Activity).where(Activity.user_id == user_id).order_by(Activity.deadline, Activity.id)
        ).scalars().all()
        return jsonify(activities=[as_json(a) for a in activities])


@blueprint.post("/users/<int:user_id>/activities")
@api_token_required
def create_activity(user_id: int):
    body = json_body()
    with _session() as session:
        veileder = token_veileder(session)
        user = api_user(session, veileder, user_id, "api_create_activity", "new activity")
        activity = activity_plan.create_activity(session, user, veileder, body)
        response = jsonify(as_json(activity))
    response.status_code = 201
    return response


@blueprint.get("/activities/<int:activity_id>")
@api_token_required
def get_activity(activity_id: int):
    with _session() as session:
        veileder = token_veileder(session)
        return jsonify(as_json(api_row(session, veileder, Activity, activity_id, "api_view_activity", "activity")))


@blueprint.patch("/activities/<int:activity_id>")
@api_token_required
def update_activity(activity_id: int):
    body = json_body()
    with _session() as session:
        veileder = token_veileder(session)
        activity = api_row(session, veileder, Activity, activity_id, "api_update_activity", "activity")
        activity_plan.update_activity(activity, body)
        session.flush()
        return jsonify(as_json(activity))
