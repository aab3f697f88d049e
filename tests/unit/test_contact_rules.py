"""Quiet hours on the Oslo wall clock, including the daylight-saving changes of 2026."""
from datetime import datetime, time, timezone

import pytest

from services.messaging.contact_rules import ContactWindow
from services.oslo import OSLO, oslo_wall_clock

DEFAULT = ContactWindow(time(9), time(20))


def oslo(*args) -> datetime:
    return datetime(*args, tzinfo=OSLO)


def test_a_nudge_due_at_22_goes_out_at_09_the_next_morning():
    opening = DEFAULT.next_opening(oslo(2026, 11, 26, 22, 0))
    assert opening.astimezone(OSLO) == oslo(2026, 11, 27, 9, 0)


def test_inside_the_window_nothing_moves():
    at = oslo(2026, 11, 26, 14, 30)
    assert DEFAULT.next_opening(at) == at


@pytest.mark.parametrize("local,expected", [
    ((2026, 11, 26, 8, 59), (2026, 11, 26, 9, 0)),   # before opening: same morning
    ((2026, 11, 26, 20, 0), (2026, 11, 27, 9, 0)),   # the end is exclusive
    ((2026, 11, 26, 0, 30), (2026, 11, 26, 9, 0)),   # after midnight: that morning
])
def test_edges_of_the_window(local, expected):
    assert DEFAULT.next_opening(oslo(*local)).astimezone(OSLO) == oslo(*expected)


def test_spring_forward_29_march_2026_opens_at_09_summer_time():
    # 02:00 CET became 03:00 CEST: 09:00 that morning is 07:00 UTC, not 08:00.
    opening = DEFAULT.next_opening(oslo(2026, 3, 28, 22, 0))
    assert opening == datetime(2026, 3, 29, 7, 0, tzinfo=timezone.utc)
    assert opening.astimezone(OSLO).hour == 9


def test_fall_back_25_october_2026_opens_at_09_winter_time():
    # 03:00 CEST became 02:00 CET: 09:00 that morning is 08:00 UTC.
    opening = DEFAULT.next_opening(oslo(2026, 10, 24, 21, 0))
    assert opening == datetime(2026, 10, 25, 8, 0, tzinfo=timezone.utc)
    assert opening.astimezone(OSLO).hour == 9


def test_the_repeated_hour_of_25_october_is_outside_the_window_both_times():
    first = datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)   # 02:30 CEST
    second = datetime(2026, 10, 25, 1, 30, tzinfo=timezone.utc)  # 02:30 CET
    for at in (first, second):
        assert not DEFAULT.contains(at)
        assert DEFAULT.next_opening(at) == datetime(2026, 10, 25, 8, 0, tzinfo=timezone.utc)


def test_a_window_opening_inside_the_skipped_hour_opens_when_the_clock_reaches_it():
    early_bird = ContactWindow(time(2, 30), time(20))
    opening = early_bird.next_opening(oslo(2026, 3, 28, 21, 0))
    # 02:30 did not exist on 29 March: it is read as 03:30 summer time (01:30 UTC).
    assert opening == datetime(2026, 3, 29, 1, 30, tzinfo=timezone.utc)
    assert early_bird.contains(opening)


def test_a_window_over_midnight():
    night_owl = ContactWindow(time(22), time(2))
    assert night_owl.contains(oslo(2026, 11, 26, 23, 30))
    assert night_owl.contains(oslo(2026, 11, 27, 1, 0))
    assert not night_owl.contains(oslo(2026, 11, 27, 12, 0))
    assert night_owl.next_opening(oslo(2026, 11, 27, 12, 0)).astimezone(OSLO) == oslo(2026, 11, 27, 22, 0)


def test_wall_clock_times_become_utc():
    assert oslo_wall_clock(datetime(2026, 7, 1).date(), time(9)) == datetime(2026, 7, 1, 7, tzinfo=timezone.utc)
    assert oslo_wall_clock(datetime(2026, 1, 5).date(), time(9)) == datetime(2026, 1, 5, 8, tzinfo=timezone.utc)
