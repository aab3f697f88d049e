"""A veileder's own users ("Mine brukere"), the ones who need attention first, each with the
reasons in words.

A veileder's users are those they are fixed veileder for, and those of an absent colleague
they answer for as backup. The reasons, most serious first:

- an open P1 case,
- a crisis in the last 7 days (any case of category crisis opened since),
- an open P2 case,
- SMS cannot reach the user (an unreachable number, a carrier opt-out, STOPP),
- a meeting in the next 3 days the user has not confirmed (silence is not a yes),
- an activity in the agreed plan past its deadline,
- no contact for ``quiet_weeks`` weeks: no message from the user or their helper, no message
  from a veileder and no meeting held (the bot's messages are not follow-up).

Each reason weighs twice the next one, so one more serious reason outweighs any number of
lesser ones; users with the same weight go by their case's due time (overdue first), then
by name.
"""
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from services.messaging.reachability import sms_problems
from services.oslo import OSLO
from services.staff.routing import backed_up_veileder_ids
from storage.models import (
    OPEN_STATUSES,
    Activity,
    Appointment,
    AppointmentStatus,
    CaseCategory,
    CaseStatus,
    Conversation,
    Direction,
    Escalation,
    Message,
    Priority,
    SenderKind,
    User,
    Veileder,
    VeilederAssignment,
)

CRISIS_WINDOW = timedelta(days=7)
MEETING_SOON = timedelta(days=3)
DEFAULT_QUIET_WEEKS = 4
ORDER = ("P1", "crisis", "P2", "sms", "meeting", "activity", "quiet")
WEIGHTS = {kind: 2 ** (len(ORDER) - rank) for rank, kind in enumerate(ORDER)}


@dataclass(frozen=True)
class Reason:
    kind: str  # a key of WEIGHTS
    words: str


@dataclass
class CaseloadEntry:
    user: User
    reasons: list[Reason] = field(default_factory=list)
    case: Escalation | None = None

    @property
    def weight(self) -> int:
        return sum(WEIGHTS[reason.kind] for reason in self.reasons)


def my_users(session, veileder: Veileder, now: datetime) -> list[User]:
    answers_for = [veileder.id, *backed_up_veileder_ids(session, veileder, now)]
    return session.execute(
        select(User).join(VeilederAssignment, VeilederAssignment.user_id == User.id)
        .where(VeilederAssignment.veileder_id.in_(answers_for), VeilederAssignment.ended_at.is_(None))
        .order_by(User.first_name, User.id)
    ).scalars().unique().all()


def _when(moment: datetime) -> str:
    return moment.astimezone(OSLO).strftime("%d.%m. kl %H:%M")


def _crises(session, ids, now):
    return session.execute(
        select(Escalation.user_id, func.max(Escalation.created_at))
        .where(Escalation.user_id.in_(ids), Escalation.category == CaseCategory.CRISIS,
               Escalation.created_at >= now - CRISIS_WINDOW)
        .group_by(Escalation.user_id)
    ).all()


def _open_cases(session, ids):
    return session.execute(
        select(Escalation).where(Escalation.user_id.in_(ids), Escalation.status != CaseStatus.RESOLVED)
    ).scalars().all()


def _unconfirmed_meetings(session, ids, now):
    return session.execute(
        select(Appointment).where(Appointment.user_id.in_(ids),
                                  Appointment.status.in_([AppointmentStatus.PROPOSED, AppointmentStatus.MOVED]),
                                  Appointment.starts_at > now, Appointment.starts_at <= now + MEETING_SOON)
        .order_by(Appointment.starts_at)
    ).scalars().all()


def _overdue_activities(session, ids, now):
    today = now.astimezone(OSLO).date()
    return session.execute(
        select(Activity).where(Activity.user_id.in_(ids), Activity.in_agreed_plan.is_(True),
                               Activity.status.in_(OPEN_STATUSES), Activity.deadline < today)
        .order_by(Activity.deadline)
    ).scalars().all()


def _last_contacts(session, ids, now) -> dict[int, datetime]:
    """User id -> the last message between the user (or helper) and a person, or meeting held."""
    person = or_(Message.direction == Direction.INBOUND, Message.sender_kind == SenderKind.VEILEDER)
    last = dict(session.execute(
        select(Conversation.user_id, func.max(Message.created_at))
        .join(Message, Message.conversation_id == Conversation.id)
        .where(Conversation.user_id.in_(ids), person).group_by(Conversation.user_id)
    ).all())
    for user_id, held in session.execute(
        select(Appointment.user_id, func.max(Appointment.starts_at))
        .where(Appointment.user_id.in_(ids), Appointment.status == AppointmentStatus.HELD, Appointment.starts_at <= now)
        .group_by(Appointment.user_id)
    ).all():
        last[user_id] = max(last.get(user_id, held), held)
    return last


def caseload(session, veileder: Veileder, now: datetime, category_label,
             quiet_weeks: int = DEFAULT_QUIET_WEEKS) -> list[CaseloadEntry]:
    """The veileder's users, the ones needing attention first; ``category_label`` names a
    case's category in the reasons."""
    users = my_users(session, veileder, now)
    entries = {user.id: CaseloadEntry(user) for user in users}
    ids = list(entries)
    reasons: dict[int, list[Reason]] = defaultdict(list)
    for user_id, at in _crises(session, ids, now):
        reasons[user_id].append(Reason("crisis", f"Krise de siste 7 dagene ({_when(at)})"))
    for case in _open_cases(session, ids):
        entries[case.user_id].case = case
        if case.priority in (Priority.P1, Priority.P2):
            overdue = case.unanswered_count > 0 and case.due_at < now
            reasons[case.user_id].append(Reason(case.priority.value, (
                f"Åpen sak {case.priority.value}: {category_label(case.category.value)}, "
                f"frist {_when(case.due_at)}" + (" (over fristen)" if overdue else ""))))
    for user in users:
        problems = sms_problems(user)
        if problems:
            reasons[user.id].append(Reason("sms", "Kan ikke nås på SMS: " + "; ".join(problems)))
    for appointment in _unconfirmed_meetings(session, ids, now):
        reasons[appointment.user_id].append(Reason(
            "meeting", f"Møtet {_when(appointment.starts_at)} er ikke bekreftet av brukeren"))
    for activity in _overdue_activities(session, ids, now):
        reasons[activity.user_id].append(Reason(
            "activity", f"Aktivitet over fristen: «{activity.title}» (frist {activity.deadline:%d.%m.%Y})"))
    last_contacts = _last_contacts(session, ids, now)
    for user in users:
        last = last_contacts.get(user.id)
        if last is None:
            reasons[user.id].append(Reason("quiet", "Ingen kontakt med en veileder ennå"))
        elif last < now - timedelta(weeks=quiet_weeks):
            weeks = (now - last).days // 7
            reasons[user.id].append(Reason("quiet", f"Ingen kontakt på {weeks} uker (sist {last.astimezone(OSLO):%d.%m.%Y})"))
    for user_id, found in reasons.items():
        entries[user_id].reasons = sorted(found, key=lambda reason: ORDER.index(reason.kind))
    far_future = now + timedelta(days=3650)
    return sorted(entries.values(), key=lambda e: (-e.weight, e.case.due_at if e.case else far_future,
                                                   e.user.first_name, e.user.id))
