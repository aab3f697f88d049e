"""Cases for a person: created by the bot, one open case per user, priority and due time.

Other code calls ``create_escalation``; the user is then sent ``escalation.last_notice``
(who reads the message and by when), e.g. from a Rasa action::

    case = create_escalation(session, user, "crisis", user_words, bot_reply=crisis_text)
    dispatcher.utter_message(text=case.last_notice)

Priorities (shared/domain.md): P1 the same day, P2 within one working day, P3 within two.
Due times are counted in the working hours of whoever gets the case (the office's hours
for the team inbox), skipping weekends and public holidays:
- P1: two working hours, but never after the end of the working day it arrives in; outside
  working hours, two hours into the next working day.
- P2: eight working hours (one working day). P3: sixteen working hours (two working days).
Every second message the user sends without a person answering raises the priority by one
step. Nothing lowers it. A wish for another veileder goes to the team's inbox, not to the
veileder the user wants to leave.
"""
from datetime import datetime, timedelta

from sqlalchemy import and_, select

from services.cases.who_answers import answerer, who_answers_text
from services.metrics.definitions import CASES_OPENED, after_commit
from services.oslo import OSLO
from services.staff.routing import Route, route_for, schedule_of
from services.staff.working_time import Schedule, add_working_hours, end_of_working_day
from storage.models import CaseCategory, CaseStatus, Escalation, Priority, User, Veileder, utcnow

CATEGORY_PRIORITY = {
    CaseCategory.CRISIS: Priority.P1,
    CaseCategory.URGENT_NEED: Priority.P1,
    CaseCategory.SITUATION_CHANGE: Priority.P2,
    CaseCategory.CANNOT_DO_ACTIVITY: Priority.P2,
    CaseCategory.NEED_MORE_TIME: Priority.P2,
    CaseCategory.COMPLAINT: Priority.P2,
    CaseCategory.CHANGE_VEILEDER: Priority.P2,
    CaseCategory.PAYMENT_QUESTION: Priority.P2,
    # Anger at NAV is a disagreement: it gets a person within a working day.
    CaseCategory.FRUSTRATION: Priority.P2,
    CaseCategory.CONTACT_REQUEST: Priority.P3,
    CaseCategory.RESCHEDULE: Priority.P3,
    CaseCategory.JOB_MATCH: Priority.P3,
    CaseCategory.GENERAL: Priority.P3,
    CaseCategory.NOT_UNDERSTOOD: Priority.P3,
    # The user's helper wrote (services/people/helpers.py); a crisis or urgent need in it is P1 like the user's.
    CaseCategory.HELPER_MESSAGE: Priority.P3,
}
WORKING_HOURS_TO_ANSWER = {Priority.P1: 2, Priority.P2: 8, Priority.P3: 16}
UNANSWERED_MESSAGES_PER_RAISE = 2
DUE_ROUNDING = timedelta(minutes=15)
OPEN_STATUSES = (CaseStatus.OPEN, CaseStatus.WAITING_FOR_USER, CaseStatus.HELD_BY_VEILEDER)


def more_urgent(a: Priority, b: Priority) -> Priority:
    return min(a, b, key=lambda p: p.value)


def raised(priority: Priority) -> Priority:
    return {Priority.P3: Priority.P2, Priority.P2: Priority.P1, Priority.P1: Priority.P1}[priority]


def _round_up(moment: datetime) -> datetime:
    seconds = DUE_ROUNDING.total_seconds()
    remainder = moment.timestamp() % seconds
    return moment if remainder == 0 else moment + timedelta(seconds=seconds - remainder)


def due_time(priority: Priority, now: datetime, schedule: Schedule) -> datetime:
    due = add_working_hours(now, WORKING_HOURS_TO_ANSWER[priority], schedule)
    if priority is Priority.P1:
        day_end = end_of_working_day(now, schedule)
        if day_end is not None:
            due = min(due, day_end)
    return _round_up(due).astimezone(OSLO)


def open_case_for(session, user: User) -> Escalation | None:
    return session.execute(
        select(Escalation).where(Escalation.user_id == user.id, Escalation.status.in_(OPEN_STATUSES))
        .order_by(Escalation.id.desc())
    ).scalars().first()


def create_escalation(session, user: User, category: CaseCategory | str, user_words: str,
                      bot_reply: str = "", now: datetime | None = None) -> Escalation:
    """Opens a case for a person, or adds to the user's open one (words appended, priority
    raised when higher, never lowered). ``last_notice`` is the text that tells the user who
    reads the message and by when; it is recorded with ``bot_reply`` as what the bot said."""
    now = now or utcnow()
    category = CaseCategory(category)
    case = open_case_for(session, user)
    if case is None:
        route = route_for(session, user, now)
        if category is CaseCategory.CHANGE_VEILEDER:
            route = Route(veileder=None, team=user.team, reason="team")
        priority = CATEGORY_PRIORITY[category]
        case = Escalation(
            user=user, category=category, priority=priority, status=CaseStatus.OPEN,
            due_at=due_time(priority, now, schedule_of(route.veileder)),
            assigned_veileder=route.veileder, assigned_team=route.team, route=route.reason,
            user_words=user_words, bot_reply="", unanswered_count=1, created_at=now, last_activity_at=now,
        )
        session.add(case)
        after_commit(session, CASES_OPENED.labels(priority.value, category.value).inc)
    else:
        if CATEGORY_PRIORITY[category].value < case.priority.value:
            case.category = category
        add_user_message(case, user_words, now, priority=CATEGORY_PRIORITY[category])
    case.last_notice = who_answers_text(case, user.language, now)
    case.bot_reply = "\n".join(part for part in (case.bot_reply, bot_reply, case.last_notice) if part)
    session.flush()
    return case


def add_user_message(case: Escalation, words: str, now: datetime, priority: Priority | None = None) -> None:
    """The user wrote again before the case was resolved: NAV owes an answer (again)."""
    was_answered = case.unanswered_count == 0
    case.user_words = f"{case.user_words}\n{words}" if case.user_words else words
    case.unanswered_count += 1
    case.last_activity_at = now
    if case.status is CaseStatus.WAITING_FOR_USER:
        case.status = CaseStatus.OPEN
    new_priority = more_urgent(case.priority, priority or case.priority)
    if case.unanswered_count % UNANSWERED_MESSAGES_PER_RAISE == 0:
        new_priority = raised(new_priority)
    schedule = schedule_of(answerer(case))
    if new_priority is not case.priority or was_answered:
        new_due = due_time(new_priority, now, schedule)
        case.due_at = new_due if was_answered else min(case.due_at, new_due)
    case.priority = new_priority


def record_veileder_reply(case: Escalation, now: datetime) -> None:
    case.unanswered_count = 0
    case.last_activity_at = now
    if case.status is CaseStatus.OPEN:
        case.status = CaseStatus.WAITING_FOR_USER


def reassign(case: Escalation, veileder: Veileder | None) -> None:
    """A veileder hands the case to a colleague in the case's team, or to the team's inbox
    (``None``). A case held by a veileder moves its hold to the new veileder, so the bot stays
    quiet; sent to the team's inbox, it stays held by whoever holds it until they hand it back.
    The due time stays: the user was told it."""
    if veileder is not None and (veileder.team_id != case.assigned_team_id or not veileder.active):
        raise ValueError("a case goes to an active veileder of its own team")
    case.assigned_veileder = veileder
    case.route = "manual" if veileder is not None else "team"
    if veileder is not None and case.status is CaseStatus.HELD_BY_VEILEDER:
        case.held_by = veileder


OWING_STATUSES = (CaseStatus.OPEN, CaseStatus.HELD_BY_VEILEDER)


def is_overdue(case: Escalation, now: datetime) -> bool:
    return case.status in OWING_STATUSES and case.unanswered_count > 0 and case.due_at < now


def overdue_condition(now: datetime):
    """``is_overdue`` in SQL: NAV owes the user an answer and its due time has passed."""
    return and_(Escalation.status.in_(OWING_STATUSES), Escalation.unanswered_count > 0, Escalation.due_at < now)
