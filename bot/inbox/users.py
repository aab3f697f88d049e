"""The user page: whether SMS reaches the user, notices, open cases, appointments, the
activity plan with the form to add an activity, job wishes and the job matches sent.
Appointment forms post to bot/inbox/appointments.py, job-wish forms to bot/inbox/jobs.py;
both show their errors on this page."""
from flask import flash, redirect, render_template, request, url_for
from flask_login import login_required
from sqlalchemy import select

from bot.inbox import blueprint
from bot.inbox.access import user_for_me
from bot.inbox.auth import db
from services.activities import plan as activity_plan
from services.activities.plan import ActivityError
from services.jobs.answers import matches_of_user
from services.jobs.limits import LIMITS
from services.jobs.occupations import STYRK08
from services.jobs.places import first_place
from services.jobs.sending import next_run
from services.jobs.wishes import wishes_of
from services.staff.notices import notices_of_user
from storage.models import Activity, Appointment, AppointmentKind, CaseStatus, Escalation, User, WishKind, utcnow

APPOINTMENT_LENGTHS = (15, 30, 45, 60, 90, 120)


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
    return render_template(
        "inbox/user.html", user=user, appointments=appointments, activities=activities, cases=cases,
        notices=notices_of_user(s, user.id), errors=errors or {}, typed=request.form,
        lengths=APPOINTMENT_LENGTHS, kinds=list(AppointmentKind), now=utcnow(),
        wishes=wishes_of(s, user.id), job_matches=matches_of_user(s, user.id), limits=LIMITS, occupations=STYRK08,
        wish_kinds=list(WishKind), first_place=first_place, next_job_matches=next_run(user.team, utcnow()),
    ), status


@blueprint.get("/users/<int:user_id>")
@login_required
def user_page(user_id: int):
    with db().session() as s:
        user, _ = user_for_me(s, user_id, "view_user")
        return render_user(s, user)


@blueprint.post("/users/<int:user_id>/activities")
@login_required
def add_activity(user_id: int):
    form = request.form
    with db().session() as s:
        user, me = user_for_me(s, user_id, "activity_create")
        changes = {"title": form.get("title", ""), "description": form.get("description", ""),
                   "deadline": form.get("deadline") or None, "in_agreed_plan": form.get("in_agreed_plan") == "on",
                   "title_is_safe_for_sms": form.get("title_is_safe_for_sms") == "on"}
        if not changes["title"].strip():
            return render_user(s, user, errors={"activity": "Skriv hva aktiviteten er (tittel)."}, status=400)
        try:
            activity = activity_plan.create_activity(s, user, me, changes)
        except ActivityError:
            return render_user(s, user, errors={"activity": "Sjekk feltene: tittelen kan ha høyst 200 tegn, "
                                                            "beskrivelsen høyst 4000, og fristen må være en dato."},
                               status=400)
        title = activity.title
    flash(f"Aktiviteten «{title}» er lagt til i planen.")
    return redirect(url_for("inbox.user_page", user_id=user_id) + "#activities")
