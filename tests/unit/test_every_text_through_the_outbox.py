"""Every text the service can produce, filled with the longest real values (names, places,
titles, times: tests/support/longest.py), passes the outbox's check (issue 11, item 4): GSM-7
after the clean-up and at most 306 septets. A template that cannot fails here, not in a
user's phone; the lists filled into texts stop at what fits."""
from datetime import date, datetime, timedelta
from functools import lru_cache

import pytest

from services.activities.replies import deadline_list
from services.appointments.texts import format_list
from services.messaging.gsm7 import MAX_SMS_SEPTETS, septet_length, sms_text
from services.oslo import OSLO
from storage.models import Activity, Appointment, AppointmentKind
from tests.support.longest import PLACE, TITLE, values
from tests.unit.test_user_texts import ALL_TEXTS


@lru_cache
def _lists(language: str) -> dict[str, str]:
    """The lists the actions fill in, made from the longest meetings and activities."""
    starts = datetime(2026, 9, 30, 12, 45, tzinfo=OSLO)
    meetings = [Appointment(starts_at=starts + timedelta(days=7 * n), kind=AppointmentKind.OFFICE, place=PLACE)
                for n in range(3)]
    activities = [Activity(title=TITLE, title_is_safe_for_sms=True, deadline=date(2026, 9, 30)) for _ in range(4)]
    return {"appointments": format_list(meetings, language), "activities": deadline_list(activities, language)}


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("name,template", ALL_TEXTS, ids=[name for name, _ in ALL_TEXTS])
def test_the_text_filled_with_the_longest_values_passes_the_outbox(name, template, language):
    # Each template is filled with the values of both languages: the longer ones decide.
    filled = template.format_map({**values(language), **_lists(language)})
    assert sms_text(filled) == filled.strip(), f"{name} was changed by the clean-up"
    assert septet_length(filled) <= MAX_SMS_SEPTETS


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_lists_stop_at_what_fits(language):
    lists = _lists(language)
    assert lists["appointments"].count(";") == 0  # one long meeting is all that fits with such a place
    assert lists["activities"].count(",") == 1
    assert all(septet_length(listed) <= 190 for listed in lists.values())
