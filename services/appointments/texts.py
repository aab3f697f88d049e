"""How an appointment's time and place are written in a user's SMS (Bokmål or English).

Only the time, the kind of meeting and an office address: never what the meeting is about.
"""
from datetime import datetime

from services.messaging.gsm7 import NotSmsText, as_many_as_fit, gsm7_text, septet_length
from services.messaging.texts import text
from services.oslo import OSLO
from storage.models import Appointment, AppointmentKind

WEEKDAYS = {
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}

# The longest place that still lets every appointment text fit one SMS thread (306 septets)
# with a long first name and the longest date (tests/unit/test_every_text_through_the_outbox.py).
MAX_PLACE_LENGTH = 120


def sms_place(place: str) -> str:
    """The place a veileder typed, as it will stand in the user's SMS (cleaned up like every
    SMS, services/messaging/gsm7.py); NotSmsText, for the veileder, when it cannot."""
    if not place.strip():
        return ""
    cleaned = gsm7_text(place)
    if septet_length(cleaned) > MAX_PLACE_LENGTH:
        raise NotSmsText(f"Stedet kan ha høyst {MAX_PLACE_LENGTH} tegn, for at meldingen til brukeren "
                         f"skal få plass i én SMS. Det har {septet_length(cleaned)}.")
    return cleaned


def _language(language: str | None) -> str:
    return "en" if language == "en" else "nb"


def format_when(starts_at: datetime, language: str | None = "nb") -> str:
    """'tirsdag 3. mars kl. 10.00' or 'Tuesday 3 March at 10:00' (Oslo wall clock)."""
    lang = _language(language)
    local = starts_at.astimezone(OSLO)
    weekday, month = WEEKDAYS[lang][local.weekday()], MONTHS[lang][local.month - 1]
    if lang == "en":
        return f"{weekday} {local.day} {month} at {local:%H:%M}"
    return f"{weekday} {local.day}. {month} kl. {local:%H.%M}"


def format_place(appointment: Appointment, language: str | None = "nb") -> str:
    """'på NAV Grünerløkka, Markveien 1', 'på telefon (vi ringer deg)' or 'på video'."""
    lang = _language(language)
    if appointment.kind == AppointmentKind.OFFICE:
        return text("appointment_place_office", lang).format(place=appointment.place or text(
            "appointment_place_office_unnamed", lang))
    return text(f"appointment_place_{appointment.kind.value}", lang)


def format_list(appointments: list[Appointment], language: str | None = "nb") -> str:
    """'tirsdag 3. mars kl. 10.00 på NAV Nord; ...': as many coming meetings as fit in a text."""
    return as_many_as_fit([f"{format_when(a.starts_at, language)} {format_place(a, language)}"
                           for a in appointments], "; ")


def format_options(starts: list[datetime], language: str | None = "nb") -> str:
    """'1) tirsdag 3. mars kl. 10.00, 2) ...' for a menu the user answers with a digit."""
    return ", ".join(f"{number}) {format_when(start, language)}" for number, start in enumerate(starts, 1))


def format_choices(count: int, language: str | None = "nb") -> str:
    """'1, 2 eller 3' (or '1' alone): the digits the user may answer with."""
    digits = [str(number) for number in range(1, count + 1)]
    if len(digits) == 1:
        return digits[0]
    joiner = " or " if _language(language) == "en" else " eller "
    return ", ".join(digits[:-1]) + joiner + digits[-1]
