"""Appointment texts once filled in, menu answers, and the calendar file."""
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from services.understanding.choices import option_number
from services.appointments.ics import appointment_ics
from services.appointments.texts import format_choices, format_options, format_place, format_when
from services.messaging.gsm7 import MAX_SMS_SEPTETS, non_gsm7_characters, septet_length
from services.oslo import OSLO
from storage.models import AppointmentKind, AppointmentStatus

DOMAIN = Path(__file__).resolve().parents[2] / "nlu" / "domain" / "appointments.yml"


def appointment(**overrides):
    fields = dict(id=7, version=2, kind=AppointmentKind.OFFICE, place="NAV Grünerløkka, Markveien 35, 0554 Oslo",
                  status=AppointmentStatus.CONFIRMED, starts_at=datetime(2026, 9, 30, 10, 0, tzinfo=OSLO),
                  ends_at=datetime(2026, 9, 30, 10, 45, tzinfo=OSLO),
                  user=SimpleNamespace(language="nb"), veileder=SimpleNamespace(first_name="Kari-Mette"))
    fields.update(overrides)
    return SimpleNamespace(**fields)


def test_times_are_written_in_oslo_time_in_the_users_language():
    summer = datetime(2026, 9, 30, 8, 0, tzinfo=timezone.utc)
    winter = datetime(2026, 12, 3, 13, 30, tzinfo=timezone.utc)
    assert format_when(summer) == "onsdag 30. september kl. 10.00"
    assert format_when(winter, "en") == "Thursday 3 December at 14:30"
    assert format_place(appointment(kind=AppointmentKind.PHONE), "nb") == "på telefon, veilederen ringer deg"
    assert format_place(appointment(place=""), "en") == "at the NAV office"
    assert format_choices(3) == "1, 2 eller 3" and format_choices(2, "en") == "1 or 2" and format_choices(1) == "1"


def _filled(language: str):
    """Every appointment response, filled with the longest values the service produces."""
    long_time = format_when(datetime(2026, 9, 30, 8, 0, tzinfo=timezone.utc), language)
    values = {
        "veileder": "Kari-Mette", "appointment_time": long_time, "old_time": long_time,
        "appointment_place": format_place(appointment(), language),
        "options": format_options([datetime(2026, 9, 30, 8, 0, tzinfo=timezone.utc) + timedelta(days=d)
                                   for d in range(3)], language),
        "choices": format_choices(3, language),
        "appointments": "; ".join(f"{long_time} {format_place(appointment(), language)}" for _ in range(3)),
    }
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    for name, variants in domain["responses"].items():
        for variant in variants:
            is_english = bool(variant.get("condition"))
            if is_english == (language == "en"):
                yield name, variant["text"].format(**values)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_filled_appointment_messages_stay_gsm7_and_within_two_segments(language):
    filled = list(_filled(language))
    assert len(filled) >= 18
    for name, message in filled:
        assert not non_gsm7_characters(message), name
        assert septet_length(message) <= MAX_SMS_SEPTETS, f"{name}: {septet_length(message)} septets"


@pytest.mark.parametrize("answer,number", [
    ("2", 2), (" 2 ", 2), ("nr 2", 2), ("2 passer fint", 2), ("2.", 2), ("alternativ 3", 3), ("den andre", 2),
    ("første", 1), ("the second one", 2), ("3!", 3),
    ("2. mars", None), ("torsdag etter kl 12", None), ("andre tider?", None), ("kl 2", None), ("nei", None),
    ("12", None),
])
def test_menu_answers(answer, number):
    assert option_number(answer) == number


def test_the_calendar_file_is_rfc5545():
    ics = appointment_ics(appointment(), "kontakt.example", datetime(2026, 9, 1, 12, 0, tzinfo=timezone.utc))
    lines = ics.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert "UID:appointment-7@kontakt.example" in lines
    assert "SEQUENCE:2" in lines
    assert "DTSTART:20260930T080000Z" in lines and "DTEND:20260930T084500Z" in lines
    assert "STATUS:CONFIRMED" in lines
    assert "LOCATION:NAV Grünerløkka\\, Markveien 35\\, 0554 Oslo" in ics.replace("\r\n ", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in ics.replace("\r\n", "")


def test_a_cancelled_phone_appointment_in_the_calendar():
    ics = appointment_ics(appointment(kind=AppointmentKind.PHONE, status=AppointmentStatus.CANCELLED,
                                      user=SimpleNamespace(language="en")),
                          "kontakt.example", datetime(2026, 9, 1, 12, 0, tzinfo=timezone.utc))
    assert "STATUS:CANCELLED" in ics
    assert "SUMMARY:Meeting with NAV (Kari-Mette)" in ics
    assert "LOCATION:by phone\\, your counsellor calls you" in ics
