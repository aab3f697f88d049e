"""When appointment reminders are due: offsets, the user's quiet hours, daylight saving."""
from datetime import datetime, time, timedelta, timezone

import pytest

from services.appointments.reminders import last_open_hour_before, parse_offsets, reminder_time
from services.messaging.contact_rules import ContactWindow
from services.oslo import OSLO

DEFAULT_WINDOW = ContactWindow(time(9, 0), time(20, 0))


def oslo(*args) -> datetime:
    return datetime(*args, tzinfo=OSLO)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def planned(starts_at: datetime, hours: int, window: ContactWindow = DEFAULT_WINDOW) -> datetime:
    return last_open_hour_before(window, reminder_time(starts_at, hours))


def test_a_day_before_keeps_the_wall_clock_across_the_spring_change():
    # Sunday 29 March 2026: clocks go from 02:00 CET to 03:00 CEST.
    meeting = oslo(2026, 3, 29, 10, 0)
    assert meeting.astimezone(timezone.utc) == utc(2026, 3, 29, 8, 0)
    reminder = planned(meeting, 24)
    assert reminder == utc(2026, 3, 28, 9, 0)  # Saturday 10:00 CET: 23 hours before
    assert reminder.astimezone(OSLO).strftime("%a %H:%M %Z") == "Sat 10:00 CET"


def test_two_hours_before_a_morning_meeting_on_the_spring_change_moves_to_the_evening_before():
    meeting = oslo(2026, 3, 29, 10, 0)
    # 08:00 CEST is in quiet hours; the last open hour before it starts 19:00 CET on Saturday.
    assert planned(meeting, 2) == utc(2026, 3, 28, 18, 0)


def test_two_hours_are_absolute_time_across_the_spring_change():
    meeting = oslo(2026, 3, 29, 11, 30)
    assert planned(meeting, 2) == utc(2026, 3, 29, 7, 30)  # 09:30 CEST, inside the window
    assert meeting - planned(meeting, 2) == timedelta(hours=2)


def test_a_day_before_keeps_the_wall_clock_across_the_autumn_change():
    # Sunday 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET.
    meeting = oslo(2026, 10, 25, 12, 0)
    assert meeting.astimezone(timezone.utc) == utc(2026, 10, 25, 11, 0)
    reminder = planned(meeting, 24)
    assert reminder == utc(2026, 10, 24, 10, 0)  # Saturday 12:00 CEST: 25 hours before
    assert meeting - reminder == timedelta(hours=25)


def test_two_hours_before_a_monday_morning_after_the_autumn_change_moves_to_sunday_evening():
    meeting = oslo(2026, 10, 26, 9, 0)
    assert planned(meeting, 2) == utc(2026, 10, 25, 18, 0)  # Sunday 19:00 CET
    assert planned(meeting, 24) == utc(2026, 10, 25, 8, 0)  # Sunday 09:00 CET


def test_a_reminder_in_the_night_of_the_autumn_change_moves_to_the_evening_before():
    meeting = oslo(2026, 10, 25, 4, 30)  # unusual, but the rule holds: never after the meeting
    reminder = planned(meeting, 2)
    assert reminder == utc(2026, 10, 24, 17, 0)  # Saturday 19:00 CEST
    assert reminder < meeting


def test_a_reminder_inside_the_window_is_not_moved():
    due = oslo(2026, 5, 12, 13, 0)
    assert last_open_hour_before(DEFAULT_WINDOW, due) == due


def test_the_users_own_window_is_kept():
    window = ContactWindow(time(10, 0), time(18, 0))
    assert last_open_hour_before(window, oslo(2026, 5, 12, 9, 0)) == oslo(2026, 5, 11, 17, 0)
    assert last_open_hour_before(window, oslo(2026, 5, 12, 18, 0)) == oslo(2026, 5, 12, 17, 0)
    assert last_open_hour_before(window, oslo(2026, 5, 12, 23, 59)) == oslo(2026, 5, 12, 17, 0)


def test_a_window_shorter_than_an_hour_gives_its_opening():
    window = ContactWindow(time(12, 0), time(12, 30))
    assert last_open_hour_before(window, oslo(2026, 5, 12, 15, 0)) == oslo(2026, 5, 12, 12, 0)


def test_a_window_over_midnight():
    window = ContactWindow(time(22, 0), time(2, 0))
    assert last_open_hour_before(window, oslo(2026, 5, 12, 5, 0)) == oslo(2026, 5, 12, 1, 0)
    assert last_open_hour_before(window, oslo(2026, 5, 12, 23, 0)) == oslo(2026, 5, 12, 23, 0)


@pytest.mark.parametrize("hour", range(24))
def test_a_moved_reminder_is_never_later_than_it_was_and_always_inside_the_window(hour):
    due = oslo(2026, 3, 29, 3, 0) + timedelta(hours=hour)
    moved = last_open_hour_before(DEFAULT_WINDOW, due)
    assert moved <= due
    assert DEFAULT_WINDOW.contains(moved)


def test_office_offsets_are_read_and_checked():
    assert parse_offsets("24, 2") == [24, 2]
    assert parse_offsets("2,48,2") == [48, 2]
    with pytest.raises(ValueError, match="whole hours"):
        parse_offsets("24,to")
    with pytest.raises(ValueError, match="between 1 and 336"):
        parse_offsets("0")
