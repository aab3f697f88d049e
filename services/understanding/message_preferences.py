"""A user's wish about when and how often messages come, read from their own words.

    read_wish("ikke send etter kl 18", window, now) -> Wish(window=09:00-18:00, fewer=False)

The time is read by services/understanding/norwegian_time.py. A wish against a time ("ikke send etter kl
18", "not before 10", "ikke om kvelden") removes it from the user's window; a wish for a time
("send heller på ettermiddagen", "bare etter kl 12") narrows the window to it. "Færre
meldinger" halves the weekly budget of reminders, nudges and job matches. Whatever cannot be
read safely (weekends, more messages, a window of less than an hour) is None: the wish goes to
the veileder instead of being guessed.
"""
import re
from dataclasses import dataclass
from datetime import datetime, time

from services.messaging.contact_rules import ContactWindow
from services.oslo import OSLO
from services.understanding.norwegian_time import parse_time_expression

MINUTES_A_DAY = 24 * 60
SHORTEST_WINDOW_MINUTES = 60
_NEGATION = re.compile(r"\b(ikke|ikkje|ikkj|itj|ike|not|dont|don't|never|aldri|ingen|no)\b")
_FEWER = re.compile(r"f[æa]rre|for mange|too many|fewer|less|mindre|ikk?j?e så mange|ikke sa mange|"
                    r"sjeldnere|roligere|bare (en|ei|én) (melding|gang)")


@dataclass(frozen=True)
class Wish:
    window: ContactWindow | None  # the new window, when the user asked for one
    fewer: bool


def _minutes(at: datetime) -> int:
    local = at.astimezone(OSLO)
    return local.hour * 60 + local.minute


def _span(start: int, end: int) -> set[int]:
    """Minutes of the day from start up to end, running over midnight when end <= start."""
    if end <= start:
        return set(range(start, MINUTES_A_DAY)) | set(range(0, end))
    return set(range(start, end))


def _as_window(minutes: set[int]) -> ContactWindow | None:
    """The one stretch of minutes (it may run over midnight) as a window, else None."""
    if len(minutes) < SHORTEST_WINDOW_MINUTES or len(minutes) == MINUTES_A_DAY:
        return None
    starts = [m for m in minutes if (m - 1) % MINUTES_A_DAY not in minutes]
    if len(starts) != 1:
        return None
    start = starts[0]
    end = (start + len(minutes)) % MINUTES_A_DAY
    return ContactWindow(time(start // 60, start % 60), time(end // 60, end % 60))


def _window_minutes(window: ContactWindow) -> set[int]:
    return _span(window.start.hour * 60 + window.start.minute, window.end.hour * 60 + window.end.minute)


def read_wish(message: str, current: ContactWindow, now: datetime) -> Wish | None:
    lowered = message.casefold()
    fewer = bool(_FEWER.search(lowered))
    window = None
    said = parse_time_expression(message, now)
    if said is not None and said.has_time:
        start, end = _minutes(said.start), _minutes(said.end)
        wished = _span(start, end)
        allowed = _window_minutes(current)
        if _NEGATION.search(lowered):
            window = _as_window(allowed - wished)
        elif start == 0 or end == 0:  # "bare etter kl 12", "før kl 18": one side is open
            window = _as_window(allowed & wished)
        else:
            window = _as_window(wished)
        if window is None:
            return None
    if window is None and not fewer:
        return None
    return Wish(window, fewer)


def halved_budget(current: int) -> int:
    return max(1, current // 2)
