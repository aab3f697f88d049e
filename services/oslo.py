"""Norway's time zone, the one every wall-clock time in the service is read in."""
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


def oslo_wall_clock(day: date, wall_clock: time) -> datetime:
    """A wall-clock time in Oslo as UTC; a time skipped by the spring change moves forward."""
    local = datetime.combine(day, wall_clock, tzinfo=OSLO)
    return local.astimezone(timezone.utc)
