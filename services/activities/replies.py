"""What the user's answers about the activity plan do ("ferdig", "trenger mer tid", "hva er fristene").

Which activity an answer is about: the one nudged in the last week if exactly one was,
else the only open one; when that is unclear nothing is changed and the veileder is told
with the user's own words. "ferdig" becomes a notice for the veileder, "trenger mer tid"
a P2 case (services/cases/escalations.py). Nothing here has any consequence for the user: a veileder decides.
"""
from datetime import timedelta

from sqlalchemy import select

from services.activities.nudges import format_deadline, sms_title
from services.cases.escalations import create_escalation
from services.messaging.gsm7 import as_many_as_fit
from services.staff.notices import notify_veileder
from storage.models import (
    OPEN_STATUSES,
    Activity,
    ActivityStatus,
    Escalation,
    Message,
    NoticeKind,
    OutboxMessage,
    OutboxState,
    User,
    VeilederNotice,
    utcnow,
)

RECENT_NUDGE = timedelta(days=7)
MAX_LISTED = 4


def open_activities(session, user: User) -> list[Activity]:
    return session.execute(
        select(Activity).where(Activity.user_id == user.id, Activity.in_agreed_plan.is_(True),
                               Activity.status.in_(OPEN_STATUSES))
        .order_by(Activity.deadline.is_(None), Activity.deadline, Activity.id)
    ).scalars().all()


def _recently_nudged_ids(session, user: User) -> set[int]:
    keys = session.execute(
        select(OutboxMessage.idempotency_key)
        .join(Message, OutboxMessage.message_id == Message.id)
        .where(Message.conversation_id == user.conversation.id, OutboxMessage.state == OutboxState.SENT,
               OutboxMessage.idempotency_key.like("nudge:%"), OutboxMessage.sent_at >= utcnow() - RECENT_NUDGE)
    ).scalars()
    return {int(key.split(":")[1]) for key in keys}


def activity_meant(session, user: User) -> Activity | None:
    candidates = open_activities(session, user)
    nudged = [a for a in candidates if a.id in _recently_nudged_ids(session, user)]
    if len(nudged) == 1:
        return nudged[0]
    return candidates[0] if len(candidates) == 1 else None


def report_done(session, user: User, words: str) -> tuple[Activity | None, VeilederNotice]:
    """Marks the activity meant as done (fullført) and lets the veileder know.

    A notice, not a case: nobody owes the user an answer, and a case would count as an
    unanswered message and raise the priority of the user's next real case.
    """
    activity = activity_meant(session, user)
    if activity is not None:
        activity.status = ActivityStatus.FULLFORT
        activity.completed_at = utcnow()
    detail = f"Brukeren skrev: {words}" if activity else f"Uklart hvilken aktivitet. Brukeren skrev: {words}"
    notice = notify_veileder(session, user, NoticeKind.ACTIVITY_DONE, priority="P3", detail=detail,
                             activity_id=activity.id if activity else None)
    return activity, notice


def report_need_more_time(session, user: User, words: str) -> Escalation:
    """A P2 case for the veileder; the deadline itself is not changed by the bot."""
    return create_escalation(session, user, "need_more_time", words)


def deadlines_text(session, user: User) -> str | None:
    """"fredag 27.11 (Sende CV), tirsdag 01.12" for the open activities with a deadline."""
    listed = [a for a in open_activities(session, user) if a.deadline is not None][:MAX_LISTED]
    if not listed:
        return None
    return deadline_list(listed, user.language)


def deadline_list(activities: list[Activity], language: str) -> str:
    """The activities' deadlines (and safe titles), as many as fit in a text."""
    return as_many_as_fit([format_deadline(a.deadline, language) + (f" ({sms_title(a)})" if sms_title(a) else "")
                           for a in activities], ", ")
