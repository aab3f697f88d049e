"""Due times in working hours: weekends, 17 May, Easter and a veileder's own hours."""
from datetime import date, datetime, time

import pytest

from services.cases.escalations import due_time
from services.oslo import OSLO
from services.staff.working_time import OFFICE_HOURS, add_working_hours, is_public_holiday
from storage.models import Priority


def oslo(*args) -> datetime:
    return datetime(*args, tzinfo=OSLO)


@pytest.mark.parametrize("day,holiday", [
    (date(2028, 5, 17), True),   # Constitution Day, a Wednesday
    (date(2028, 4, 13), True),   # Maundy Thursday (Easter 2028 is 16 April)
    (date(2028, 4, 14), True),   # Good Friday
    (date(2028, 4, 17), True),   # Easter Monday
    (date(2028, 5, 25), True),   # Ascension Day
    (date(2028, 6, 5), True),    # Whit Monday
    (date(2028, 5, 1), True),
    (date(2028, 12, 26), True),
    (date(2028, 12, 24), False),  # Christmas Eve is a working day (office hours are another matter)
    (date(2028, 5, 16), False),
])
def test_norwegian_public_holidays(day, holiday):
    assert is_public_holiday(day) is holiday


def test_p2_skips_17_may():
    # Tuesday 16 May 12:00: four hours that day, Wednesday is 17 May, four more on Thursday.
    assert due_time(Priority.P2, oslo(2028, 5, 16, 12, 0), OFFICE_HOURS) == oslo(2028, 5, 18, 12, 0)


def test_p2_on_friday_afternoon_is_due_on_monday():
    assert due_time(Priority.P2, oslo(2028, 5, 5, 15, 0), OFFICE_HOURS) == oslo(2028, 5, 8, 15, 0)


def test_p2_over_easter_skips_five_days_off():
    # Wednesday before Easter 14:00: two hours, then Thursday to Monday are off.
    assert due_time(Priority.P2, oslo(2028, 4, 12, 14, 0), OFFICE_HOURS) == oslo(2028, 4, 18, 14, 0)


def test_p3_is_two_working_days():
    assert due_time(Priority.P3, oslo(2028, 5, 8, 12, 0), OFFICE_HOURS) == oslo(2028, 5, 10, 12, 0)


def test_p1_is_the_same_day_within_working_hours():
    assert due_time(Priority.P1, oslo(2028, 5, 8, 10, 0), OFFICE_HOURS) == oslo(2028, 5, 8, 12, 0)
    # Late in the day: still the same day, at the end of it.
    assert due_time(Priority.P1, oslo(2028, 5, 8, 15, 30), OFFICE_HOURS) == oslo(2028, 5, 8, 16, 0)


def test_p1_outside_working_hours_is_early_on_the_next_working_day():
    assert due_time(Priority.P1, oslo(2028, 5, 6, 11, 0), OFFICE_HOURS) == oslo(2028, 5, 8, 10, 0)  # Saturday
    assert due_time(Priority.P1, oslo(2028, 5, 17, 9, 0), OFFICE_HOURS) == oslo(2028, 5, 18, 10, 0)  # 17 May
    assert due_time(Priority.P1, oslo(2028, 5, 8, 22, 0), OFFICE_HOURS) == oslo(2028, 5, 9, 10, 0)


def test_due_times_are_rounded_up_to_the_quarter_hour():
    assert due_time(Priority.P1, oslo(2028, 5, 8, 10, 7, 30), OFFICE_HOURS) == oslo(2028, 5, 8, 12, 15)


def test_a_veileders_own_hours_are_used():
    part_time = {0: (time(9), time(15)), 1: (time(9), time(15)), 3: (time(9), time(15))}
    # Tuesday 14:00: one hour on Tuesday, six on Thursday, one on Monday.
    assert due_time(Priority.P2, oslo(2028, 5, 9, 14, 0), part_time) == oslo(2028, 5, 15, 10, 0)


def test_counting_across_the_change_to_summer_time_uses_wall_clock_hours():
    # Summer time starts Sunday 26 March 2028.
    due = add_working_hours(oslo(2028, 3, 24, 15, 0), 8)
    assert due == oslo(2028, 3, 27, 15, 0)
    assert due.utcoffset().total_seconds() == 2 * 3600


def test_an_empty_schedule_is_refused():
    with pytest.raises(ValueError):
        add_working_hours(oslo(2028, 5, 16, 9, 0), 1, {})
