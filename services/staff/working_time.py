"""Working time: weekdays minus Norwegian public holidays, inside a schedule of daily hours.

A schedule maps a weekday (0 = Monday) to its (start, end) wall-clock hours in
Europe/Oslo; a weekday missing from it is a day off. Public holidays come from the
``holidays`` package (Easter, Ascension and Whitsun move every year; 17 May, 1 May, ...).
"""
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from services.oslo import OSLO

Schedule = dict[int, tuple[time, time]]

# The office's hours: for the team inbox and for veiledere without their own hours.
OFFICE_HOURS: Schedule = {weekday: (time(8, 0), time(16, 0)) for weekday in range(5)}


@lru_cache(maxsize=16)
def _norwegian_holidays(year: int) -> holidays.HolidayBase:
    return holidays.Norway(years=year)


def is_public_holiday(day: date) -> bool:
    return day in _norwegian_holidays(day.year)


def working_period(day: date, schedule: Schedule) -> tuple[datetime, datetime] | None:
    """The working hours of ``day`` as aware Oslo datetimes, or None for a day off."""
    hours = schedule.get(day.weekday())
    if hours is None or is_public_holiday(day):
        return None
    return datetime.combine(day, hours[0], tzinfo=OSLO), datetime.combine(day, hours[1], tzinfo=OSLO)


def _periods_from(moment: datetime, schedule: Schedule):
    """Working periods that end after ``moment``, the first one clipped to start at it."""
    if not schedule:
        raise ValueError("a schedule needs at least one working day")
    day = moment.astimezone(OSLO).date()
    while True:
        period = working_period(day, schedule)
        if period is not None and period[1] > moment:
            yield max(period[0], moment), period[1]
        day += timedelta(days=1)


def add_working_hours(start: datetime, hours: float, schedule: Schedule = OFFICE_HOURS) -> datetime:
    """The moment ``hours`` of working time after ``start`` (counted from the next working
    period when ``start`` is outside one)."""
    remaining = timedelta(hours=hours)
    for period_start, period_end in _periods_from(start, schedule):
        available = period_end - period_start
        if remaining <= available:
            return period_start + remaining
        remaining -= available
    raise AssertionError("unreachable: _periods_from never ends")


def end_of_working_day(moment: datetime, schedule: Schedule = OFFICE_HOURS) -> datetime | None:
    """The end of the working period ``moment`` falls inside, or None outside working hours."""
    period = working_period(moment.astimezone(OSLO).date(), schedule)
    if period is None or not period[0] <= moment < period[1]:
        return None
    return period[1]
