"""Writing the user's activity plan (aktivitetsplan): the veileder's inbox and the JSON API
(bot/api/activities.py) both create and change activities here, with the same checks.

Nudges before a deadline are planned by the scheduler (services/activities/nudges.py) from what is
stored here.
"""
from datetime import date

from storage.models import OPEN_STATUSES, Activity, ActivityStatus, User, Veileder, utcnow

TEXT_FIELDS = {"title": 200, "description": 4000}
FLAG_FIELDS = ("in_agreed_plan", "title_is_safe_for_sms")


class ActivityError(ValueError):
    """A change that cannot be made; the message says why."""


def create_activity(session, user: User, veileder: Veileder, changes: dict) -> Activity:
    """A new activity with ``changes`` (``title`` required); raises ActivityError."""
    if "title" not in changes:
        raise ActivityError("title is required")
    activity = Activity(user_id=user.id, created_by_veileder_id=veileder.id, description="",
                        status=ActivityStatus.PLANLAGT, in_agreed_plan=False, title_is_safe_for_sms=False)
    update_activity(activity, changes)
    session.add(activity)
    session.flush()
    return activity


def update_activity(activity: Activity, changes: dict) -> None:
    """Copies the given fields onto ``activity``, refusing anything malformed (ActivityError)
    before anything is changed."""
    unknown = set(changes) - set(TEXT_FIELDS) - set(FLAG_FIELDS) - {"status", "deadline"}
    if unknown:
        raise ActivityError(f"unknown fields: {', '.join(sorted(unknown))}")
    checked = {}
    for field, limit in TEXT_FIELDS.items():
        if field in changes:
            value = changes[field]
            if not isinstance(value, str) or len(value) > limit or (field == "title" and not value.strip()):
                raise ActivityError(f"{field} must be text of at most {limit} characters"
                                    + (" and not empty" if field == "title" else ""))
            checked[field] = value.strip() if field == "title" else value
    for field in FLAG_FIELDS:
        if field in changes:
            if not isinstance(changes[field], bool):
                raise ActivityError(f"{field} must be true or false")
            checked[field] = changes[field]
    if "deadline" in changes:
        checked["deadline"] = parse_deadline(changes["deadline"])
    status = _status(changes["status"]) if "status" in changes else None
    for field, value in checked.items():
        setattr(activity, field, value)
    if status is not None:
        if status == ActivityStatus.FULLFORT and activity.status != status:
            activity.completed_at = utcnow()
        activity.status = status


def parse_deadline(value) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ActivityError("deadline must be a date like 2026-11-27, or null") from None


def _status(value) -> ActivityStatus:
    try:
        return ActivityStatus(value)
    except ValueError:
        choices = ", ".join(s.value for s in ActivityStatus)
        raise ActivityError(f"status must be one of: {choices}") from None


def is_overdue(activity: Activity, today: date) -> bool:
    """An activity in the agreed plan, not done, past its deadline (Oslo's ``today``)."""
    return (activity.in_agreed_plan and activity.status in OPEN_STATUSES and activity.deadline is not None
            and activity.deadline < today)
