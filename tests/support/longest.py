"""The longest real values a user's SMS can be filled with: names, places, titles, times.

Used by the tests that put every text through the outbox's check. A first name of 20
characters covers double names ("Marie-Kristine Sofie"); places and titles are as long as
the forms allow (services/appointments/texts.MAX_PLACE_LENGTH, services/activities/nudges.MAX_TITLE_LENGTH).
"""
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from services.activities.nudges import MAX_TITLE_LENGTH, format_deadline
from services.appointments.texts import MAX_PLACE_LENGTH, format_choices, format_options, format_when
from services.cases.who_answers import clock, date_text, hours_text
from services.jobs.limits import LIMITS
from services.jobs.message import Listed, ad_detail, match_items
from services.jobs.places import municipalities
from services.jobs.wishes import MAX_MUNICIPALITIES, MAX_OCCUPATION_LENGTH, MAX_OCCUPATIONS, MAX_RADIUS_KM, WishChange, describe
from services.messaging.gsm7 import septet_length
from services.messaging.texts import text
from services.oslo import OSLO
from storage.models import JobAd
from services.people.helpers import MAX_NAME_LENGTH as MAX_HELPER_NAME_LENGTH
from services.webchat.login_codes import CODE_DIGITS

FIRST_NAME = "Marie-Kristine Sofie"
PLACE = ("NAV Grünerløkka, Markveien 35, inngang fra bakgården, 2. etasje, spør etter veilederen din i "
         "resepsjonen ved heisen")[:MAX_PLACE_LENGTH].ljust(MAX_PLACE_LENGTH, ".")
# A helper's name as long as the inbox's form allows (services/people/helpers.py).
HELPER_NAME = "Anne-Marie Kristine Johannessen"[:MAX_HELPER_NAME_LENGTH]
TITLE = "Søke på tre jobber innen lager og logistikk og sende CV til Kiwi"[:MAX_TITLE_LENGTH]
# A job ad's words come from employers, of any length (the feed's title is up to 300 characters).
JOB_TITLE = "Lagermedarbeider/plukker til nytt sentrallager for dagligvarer på Østlandet (vikariat 100 %) " * 3
EMPLOYER = "Østlandets Største Dagligvarelogistikk og Sentrallager Aksjeselskap Avdeling Nordre Follo"
JOB_PLACE = "Nordre Follo, Ski sentrum, inngang fra baksiden av kjøpesenteret"
APPLICATION_DUE = "Snarest mulig, søknader behandles fortløpende til stillingen er besatt"
# Every weekday with its own hours: the longest way to say when a veileder answers.
IRREGULAR_HOURS = {day: (time(8 + day % 2, 30), time(15, 45)) for day in range(5)}


def _longest(values):
    return max(values, key=septet_length)


def _year_of_days():
    start = datetime(2026, 1, 1, 12, 45, tzinfo=OSLO)
    return [start + timedelta(days=n) for n in range(366)]


def when(language: str) -> str:
    """The longest appointment time: 'onsdag 30. september kl. 12.45'."""
    return _longest(format_when(moment, language) for moment in _year_of_days())


def due_when(language: str) -> str:
    """The longest 'by when' of a case notice."""
    longest_date = _longest(date_text(moment, language) for moment in _year_of_days())
    return text("when_date", language).format(date=longest_date, time="12:45")


def notice(language: str) -> str:
    """The longest 'who reads your message and by when'."""
    by = due_when(language)
    return _longest([
        text("case_notice_team", language).format(when=by),
        text("case_notice_veileder", language).format(name=FIRST_NAME, when=by),
        text("case_notice_backup", language).format(away=FIRST_NAME, name=FIRST_NAME, when=by),
    ])


def job_values(language: str) -> dict[str, str]:
    """The job-match placeholders: the ads listed, one ad told, a wish or limit asked about."""
    ad = JobAd(title=JOB_TITLE, employer_name=EMPLOYER, extent="deltid", application_due=APPLICATION_DUE)
    longest_places = sorted((m.name for m in municipalities().values()), key=septet_length)[-MAX_MUNICIPALITIES:]
    occupation = "x" * MAX_OCCUPATION_LENGTH
    widest = WishChange(occupations=[occupation] * MAX_OCCUPATIONS, municipalities=longest_places, postcode="0557",
                        radius_km=MAX_RADIUS_KM, extent="deltid", limits=list(LIMITS))
    stop = f" {text('list_and', language)} ".join(
        limit.stop_en if language == "en" else limit.stop_nb for limit in LIMITS.values())
    return {
        "ads": match_items(FIRST_NAME, [Listed(JOB_TITLE, JOB_PLACE, "deltid")] * 3, language),
        "ad": ad_detail(ad, JOB_PLACE, language), "employer": EMPLOYER[:40], "due": APPLICATION_DUE[:20],
        "number": "3", "what": _longest([describe(widest, language), stop]), "words": occupation,
        "km": str(MAX_RADIUS_KM), "postcode": "0557",
    }


@lru_cache
def values(language: str) -> dict[str, str]:
    """A value for every placeholder in texts.py and the Rasa domain, as long as it gets."""
    longest_when = when(language)
    moments = sorted(_year_of_days(), key=lambda m: septet_length(format_when(m, language)))[-3:]
    place = text("appointment_place_office", language).format(place=PLACE)
    return {
        "name": FIRST_NAME, "veileder": FIRST_NAME, "away": FIRST_NAME, "title": TITLE, "place": PLACE,
        "appointment_time": longest_when, "old_time": longest_when, "wished": longest_when,
        "appointment_place": place, "options": format_options(moments, language),
        "choices": format_choices(3, language), "when": due_when(language), "notice": notice(language),
        "hours": hours_text(IRREGULAR_HOURS, language),
        "until": _longest(date_text(moment, language) for moment in _year_of_days()),
        "deadline": _longest(format_deadline(date(2026, 9, day), language) for day in range(1, 31)),
        "start": clock(time(22, 30), language), "end": clock(time(23, 45), language), "budget": "10", "count": "99",
        "date": _longest(date_text(moment, language) for moment in _year_of_days()), "time": "12:45",
        "weekday": _longest(text("weekday_names", language).split()),
        "day": _longest(text("weekday_names", language).split()),
        "days": ", ".join(text("weekday_names", language).split()[:5]),
        **job_values(language),
        "helper": HELPER_NAME, "ending": "67", "code": "9" * CODE_DIGITS,
        "role": _longest(text(f"helper_role_{role}", language) for role in ("helper", "interpreter")),
    }
