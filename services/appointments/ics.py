"""An appointment as an iCalendar file (RFC 5545), for the user's own calendar.

Written by hand: a single event needs a dozen lines. Only the time, the kind of meeting
and the office address go in; never what the meeting is about.
"""
from datetime import datetime, timezone

from services.appointments.texts import format_place
from storage.models import Appointment, AppointmentKind, AppointmentStatus

PRODUCT_ID = "-//NAV Kontakt//Appointments//NO"
SUMMARY = {"nb": "Møte med NAV", "en": "Meeting with NAV"}
ICS_STATUS = {AppointmentStatus.CONFIRMED: "CONFIRMED", AppointmentStatus.CANCELLED: "CANCELLED"}


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    folded, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > 75:
            folded.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    folded.append(current.decode("utf-8"))
    return "\r\n".join(folded)


def _location(appointment: Appointment, language: str) -> str:
    if appointment.kind == AppointmentKind.OFFICE and appointment.place:
        return appointment.place
    return format_place(appointment, language)


def appointment_ics(appointment: Appointment, host: str, now: datetime) -> str:
    language = appointment.user.language if appointment.user.language == "en" else "nb"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:appointment-{appointment.id}@{host}",
        f"SEQUENCE:{appointment.version}",
        f"DTSTAMP:{_utc(now)}",
        f"DTSTART:{_utc(appointment.starts_at)}",
        f"DTEND:{_utc(appointment.ends_at)}",
        f"SUMMARY:{_escape(SUMMARY[language] + ' (' + appointment.veileder.first_name + ')')}",
        f"LOCATION:{_escape(_location(appointment, language))}",
        f"STATUS:{ICS_STATUS.get(appointment.status, 'TENTATIVE')}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
