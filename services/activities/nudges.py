"""Friendly nudges before activity-plan deadlines, and overdue activities flagged to the veileder.

Only activities in the agreed plan that are not done get a nudge: ``days_before`` days
before the deadline ("soon") and on the day ("today"), at 10:00 Oslo time or, when that is
outside the user's window, at its next opening. Each nudge has the idempotency key
``nudge:{activity_id}:{kind}:{deadline}``, so running this in several processes or many
times a day sends nothing twice; a moved deadline gets new nudges.

The activity's title is used only when the veileder marked it safe for SMS (and it is
plain GSM-7 and short); otherwise the text says "an activity in your plan". An overdue
activity is flagged to the veileder once; the user never gets a message about it.
"""
from datetime import date, time, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from services.messaging.gsm7 import fits_one_sms_thread
from services.messaging.send_policy import schedule_user_message
from services.messaging.texts import text
from services.oslo import oslo_wall_clock
from services.staff.notices import notify_veileder
from storage.models import OPEN_STATUSES, Activity, MessageCategory, NoticeKind, utcnow

NUDGE_TIME = time(10, 0)
MAX_TITLE_LENGTH = 60
WEEKDAYS = {
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def format_deadline(deadline: date, language: str) -> str:
    """"fredag 27.11" / "Friday 27.11"."""
    names = WEEKDAYS.get(language, WEEKDAYS["nb"])
    return f"{names[deadline.weekday()]} {deadline.day:02d}.{deadline.month:02d}"


def sms_title(activity: Activity) -> str | None:
    """The title when it may go into an SMS, else None (the neutral wording is used)."""
    title = activity.title.strip()
    if activity.title_is_safe_for_sms and title and len(title) <= MAX_TITLE_LENGTH and fits_one_sms_thread(title):
        return title
    return None


def nudge_text(activity: Activity, kind: str) -> str:
    user = activity.user
    title = sms_title(activity)
    key = f"nudge_{kind}" + ("_titled" if title else "")
    return text(key, user.language).format(name=user.first_name, title=title,
                                           deadline=format_deadline(activity.deadline, user.language))


def plan_nudges(session, today: date, days_before: int) -> int:
    """Queues the nudges due today; returns how many new ones were written."""
    kinds = {today: "today", today + timedelta(days=days_before): "soon"}
    activities = session.execute(
        select(Activity).where(Activity.in_agreed_plan.is_(True), Activity.status.in_(OPEN_STATUSES),
                               Activity.deadline.in_(list(kinds)))
        .order_by(Activity.id)
    ).scalars().all()
    written = 0
    for activity in activities:
        kind = kinds[activity.deadline]
        key = f"nudge:{activity.id}:{kind}:{activity.deadline.isoformat()}"
        try:
            with session.begin_nested():
                result = schedule_user_message(session, activity.user, nudge_text(activity, kind),
                                               MessageCategory.NUDGE, oslo_wall_clock(today, NUDGE_TIME), key)
                session.flush()
        except IntegrityError:  # another scheduler process wrote the same nudge just now
            continue
        written += result.outcome != "duplicate"
    return written


def flag_overdue(session, today: date) -> int:
    """Tells the veileder, once, about agreed activities whose deadline has passed undone."""
    overdue = session.execute(
        select(Activity).where(Activity.in_agreed_plan.is_(True), Activity.status.in_(OPEN_STATUSES),
                               Activity.deadline < today, Activity.overdue_flagged_at.is_(None))
    ).scalars().all()
    flagged = 0
    for activity in overdue:
        claimed = session.execute(
            update(Activity).where(Activity.id == activity.id, Activity.overdue_flagged_at.is_(None))
            .values(overdue_flagged_at=utcnow()).execution_options(synchronize_session=False)
        ).rowcount == 1
        if claimed:
            notify_veileder(session, activity.user, NoticeKind.ACTIVITY_OVERDUE, priority="P3",
                            activity_id=activity.id,
                            detail=f"Fristen {activity.deadline.isoformat()} for en aktivitet i planen er passert. "
                                   "Brukeren har ikke fått noen melding om det.")
            flagged += 1
    return flagged
