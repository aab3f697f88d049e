"""The user page: whether SMS reaches the user, the fixed veileder (and changing it), the
helper, notices, open cases, appointments, the activity plan (add, edit, set the status), job
wishes and the job matches sent, and the whole thread. Appointment forms post to
bot/inbox/appointments.py, helper forms to bot/inbox/helpers.py, job-wish forms to
bot/inbox/jobs.py; all show their errors on this page."""
from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from bot.inbox import blueprint
from bot.inbox.access import row_for_me, user_for_me
from bot.inbox.auth import db
from bot.inbox.threads import read_thread
from services.activities import plan as activity_plan
from services.activities.plan import ActivityError, is_overdue
from services.jobs.answers import matches_of_user
from services.jobs.limits import LIMITS
from services.jobs.occupations import STYRK08
from services.jobs.places import first_place
from services.jobs.sending import next_run
from services.jobs.wishes import wishes_of
from services.oslo import OSLO
from services.people.helpers import open_helper
from services.people.veileder_change import AssignmentError, change_fixed_veileder
from services.staff.access import audit, can_see
from services.staff.notices import notices_of_user
from storage.models import (
    Activity,
    ActivityStatus,
    Appointment,
    AppointmentKind,
    CaseStatus,
    Escalation,
    User,
    Veileder,
    WishKind,
    utcnow,
)

APPOINTMENT_LENGTHS = (15, 30, 45, 60, 90, 120)
ACTIVITY_FIELDS_ERROR = ("Sjekk feltene: tittelen kan ha høyst 200 tegn, beskrivelsen høyst 4000, "
                         "og fristen må være en dato.")


def render_user(s, user: User, *, errors: dict[str, str] | None = None, status: int = 200):
    """The user page; ``errors`` maps a form's id to what was wrong, shown on that form with
    what the veileder typed (``request.form``)."""
    appointments = s.execute(
        select(Appointment).where(Appointment.user_id == user.id).order_by(Appointment.starts_at)
    ).scalars().all()
    activities = s.execute(
        select(Activity).where(Activity.user_id == user.id).order_by(Activity.deadline, Activity.id)
    ).scalars().all()
    cases = s.execute(
        select(Escalation).where(Escalation.user_id == user.id, Escalation.status != CaseStatus.RESOLVED)
        .order_by(Escalation.priority, Escalation.due_at)
    ).scalars().all()
    colleagues = s.execute(
        select(Veileder).where(Veileder.team_id == user.team_id, Veileder.active.is_(True),
                               Veileder.id != (user.current_veileder.id if user.current_veileder else None))
        .order_by(Veileder.full_name)
    ).scalars().all()
    today = utcnow().astimezone(OSLO).date()
    return render_template(
        "inbox/user.html", appointments=appointments, activities=activities, cases=cases,
        notices=notices_of_user(s, user.id), errors=errors or {}, typed=request.form, colleagues=colleagues,
        lengths=APPOINTMENT_LENGTHS, kinds=list(AppointmentKind), activity_statuses=list(ActivityStatus),
        overdue_ids={a.id for a in activities if is_overdue(a, today)}, now=utcnow(),
        open_helper=open_helper(s, user.id), **read_thread(s, user, current_user.id),
        wishes=wishes_of(s, user.id), job_matches=matches_of_user(s, user.id), limits=LIMITS, occupations=STYRK08,
        wish_kinds=list(WishKind), first_place=first_place, next_job_matches=next_run(user.team, utcnow()),
    ), status


@blueprint.get("/users/<int:user_id>")
@login_required
def user_page(user_id: int):
    with db().session() as s:
        user, _ = user_for_me(s, user_id, "view_user")
        return render_user(s, user)


def _activity_changes(form) -> dict:
    return {"title": form.get("title", ""), "description": form.get("description", ""),
            "deadline": form.get("deadline") or None, "in_agreed_plan": form.get("in_agreed_plan") == "on",
            "title_is_safe_for_sms": form.get("title_is_safe_for_sms") == "on"}


@blueprint.post("/users/<int:user_id>/activities")
@login_required
def add_activity(user_id: int):
    with db().session() as s:
        user, me = user_for_me(s, user_id, "activity_create")
        changes = _activity_changes(request.form)
        if not changes["title"].strip():
            return render_user(s, user, errors={"activity": "Skriv hva aktiviteten er (tittel)."}, status=400)
        try:
            activity = activity_plan.create_activity(s, user, me, changes)
        except ActivityError:
            return render_user(s, user, errors={"activity": ACTIVITY_FIELDS_ERROR}, status=400)
        title = activity.title
    flash(f"Aktiviteten «{title}» er lagt til i planen.")
    return redirect(url_for("inbox.user_page", user_id=user_id) + "#activities")


@blueprint.post("/activities/<int:activity_id>")
@login_required
def edit_activity(activity_id: int):
    with db().session() as s:
        activity, _ = row_for_me(s, Activity, activity_id, "activity_update", "activity")
        form_id = f"activity-{activity.id}"
        changes = {**_activity_changes(request.form), "status": request.form.get("status", "")}
        if not changes["title"].strip():
            return render_user(s, activity.user, errors={form_id: "Skriv hva aktiviteten er (tittel)."}, status=400)
        try:
            activity_plan.update_activity(activity, changes)
        except ActivityError:
            return render_user(s, activity.user, errors={form_id: ACTIVITY_FIELDS_ERROR + " Velg en status fra lista."},
                               status=400)
        user_id, title = activity.user_id, activity.title
    flash(f"Aktiviteten «{title}» er endret.")
    return redirect(url_for("inbox.user_page", user_id=user_id) + f"#activity-{activity_id}")


@blueprint.post("/users/<int:user_id>/veileder")
@login_required
def change_veileder(user_id: int):
    chosen = request.form.get("veileder_id", "")
    with db().session() as s:
        user, me = user_for_me(s, user_id, "veileder_change")
        new = s.get(Veileder, int(chosen)) if chosen.isdigit() else None
        old = user.current_veileder
        try:
            if new is None:
                raise AssignmentError("Velg en veileder i brukerens team.")
            scheduled = change_fixed_veileder(s, user, new)
        except AssignmentError as error:
            return render_user(s, user, errors={"veileder": str(error)}, status=400)
        audit(s, me.id, user.id, "veileder_changed", True,
              f"fixed veileder {old.id if old else 'none'} to {new.id}")
        s.flush()
        name, first_name, outbox_id = new.full_name, user.first_name, scheduled.entry.id
        # The old veileder may no longer see the user (services/staff/access.py): then back to
        # their own users rather than to a page that would be 403.
        still_sees = can_see(s, me, user.id, utcnow())
    current_app.extensions["kontakt"].send_now([outbox_id])
    flash(f"{name} er nå fast veileder for {first_name}. {first_name} får en SMS om det.")
    if still_sees:
        return redirect(url_for("inbox.user_page", user_id=user_id))
    return redirect(url_for("inbox.caseload"))
