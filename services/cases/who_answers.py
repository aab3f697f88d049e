"""What the user is told about who answers: "Kari leser meldingen din innen i morgen kl 12."

All wording is in services/messaging/texts.py; times are Europe/Oslo.
"""
from datetime import datetime, time, timedelta

from services.messaging.texts import text
from services.oslo import OSLO
from services.staff.routing import route_for, schedule_of
from services.staff.working_time import OFFICE_HOURS, Schedule
from storage.models import Escalation, User, Veileder, utcnow


def answerer(case: Escalation) -> Veileder | None:
    """The person who answers the user: whoever holds the case, else its assignee."""
    return case.held_by or case.assigned_veileder


def clock(moment: datetime | time, language: str) -> str:
    if language == "en":
        return moment.strftime("%H:%M")
    return f"{moment.hour}" if moment.minute == 0 else f"{moment.hour}.{moment.minute:02d}"


def _joined(items: list[str], language: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {text('list_and', language)} {items[-1]}"


def hours_text(schedule: Schedule, language: str) -> str:
    """'på hverdager mellom kl 8 og 16', 'mandag og onsdag mellom kl 9 og 15', or day by day."""
    names = text("weekday_names", language).split()
    days = sorted(schedule)
    spans = {schedule[day] for day in days}
    if len(spans) == 1:
        start, end = (clock(t, language) for t in spans.pop())
        if days == [0, 1, 2, 3, 4]:
            return text("hours_weekdays", language).format(start=start, end=end)
        return text("hours_days", language).format(days=_joined([names[d] for d in days], language),
                                                   start=start, end=end)
    return _joined([text("hours_day", language).format(day=names[d], start=clock(schedule[d][0], language),
                                                       end=clock(schedule[d][1], language)) for d in days],
                   language)


def date_text(moment: datetime, language: str) -> str:
    moment = moment.astimezone(OSLO)
    month = text("month_names", language).split()[moment.month - 1]
    return f"{moment.day}. {month}" if language != "en" else f"{moment.day} {month}"


def when_text(due: datetime, now: datetime, language: str) -> str:
    """'i dag kl 14', 'i morgen kl 12', 'fredag kl 10' or '19. mai kl 12' (Oslo time)."""
    due, today = due.astimezone(OSLO), now.astimezone(OSLO).date()
    days = (due.date() - today).days
    time_text = clock(due, language)
    if days <= 0:
        return text("when_today", language).format(time=time_text)
    if days == 1:
        return text("when_tomorrow", language).format(time=time_text)
    if days < 7:
        weekday = text("weekday_names", language).split()[due.weekday()]
        return text("when_weekday", language).format(weekday=weekday, time=time_text)
    return text("when_date", language).format(date=date_text(due, language), time=time_text)


def who_answers_text(case: Escalation, language: str, now: datetime | None = None) -> str:
    """E.g. 'Kari leser meldingen din innen i morgen kl 12.' (first name only)."""
    now = now or utcnow()
    when = when_text(case.due_at, now, language)
    person = answerer(case)
    if person is None:
        return text("case_notice_team", language).format(when=when)
    fixed = case.user.current_veileder
    if case.route == "backup" and fixed is not None and person is not fixed:
        return text("case_notice_backup", language).format(away=fixed.first_name, name=person.first_name,
                                                           when=when)
    return text("case_notice_veileder", language).format(name=person.first_name, when=when)


def veileder_info_text(session, user: User, now: datetime | None = None) -> str:
    """Who the user's veileder is and when they usually answer (or who answers while away)."""
    now = now or utcnow()
    route = route_for(session, user, now)
    language = user.language
    if route.reason == "fixed":
        return text("veileder_info", language).format(name=route.veileder.first_name,
                                                      hours=hours_text(schedule_of(route.veileder), language))
    if route.reason == "backup":
        return text("veileder_info_backup", language).format(
            away=route.away.first_name, until=date_text(route.away_until - timedelta(microseconds=1), language),
            name=route.veileder.first_name)
    return text("veileder_info_team", language).format(hours=hours_text(OFFICE_HOURS, language))
