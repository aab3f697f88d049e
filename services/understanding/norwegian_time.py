"""Resolve Norwegian (Bokmål, Nynorsk, dialect) and simple English time
expressions from SMS to a time window in Europe/Oslo.

    parse_time_expression("kan vi flytte til tirsdag kl 14", now) -> TimeWish

A small, tested rule parser (dateparser does not handle most of these forms).
It looks for a *day part* and a *time-of-day part* anywhere in the text and
combines them. Returns None when nothing time-like is found.

Choices (documented, tested in tests/unit/test_norwegian_time.py):
- Exact time ("kl 14", "tirsdag 14") -> a 1-hour window from that time.
- A day without a time ("i morgen", "tirsdag", "14.03") -> 00:00 to the next
  day's 00:00, has_time=False.
- "neste uke" -> Monday 00:00 of next ISO week to the Monday after.
  "denne uka" -> today 00:00 to next Monday 00:00 (the past days of the week
  are of no use for planning).
- "etter kl 12" -> 12:00 to 24:00; "før kl 10" -> 00:00 to 10:00;
  "mellom 10 og 12" -> 10:00-12:00; "formiddag" 09-12, "ettermiddag" 12-17,
  "kveld" 17-22, "i natt"/"tonight" 22:00-06:00.
- A weekday name alone means the next such day; said on that same weekday it
  means next week's, unless a time or window that begins later than `now` today
  is given ("tirsdag kl 14" said on a Tuesday at 10:00 -> today 14:00; "tirsdag
  etter kl 12" said at 14:00 -> next Tuesday).
  "neste tirsdag" is the Tuesday of next ISO week (can be 8-13 days away).
- A time without a day ("kl 14:30", "etter kl 12") means today, or tomorrow
  when the whole window already lies in the past.
- A date without a year that is before today rolls to next year.
- Hours 1-6 written without a leading zero and without am/"natt" are read as
  afternoon ("kl 3" -> 15:00): nobody books a NAV meeting at 03:00, and SMS
  writers rarely use 24-hour notation for afternoons. "kl 02:30" stays 02:30.
- Daylight saving: wall-clock times are built with zoneinfo. A time that does
  not exist (02:00-03:00 on the last Sunday of March) is moved forward by the
  gap ("søndag kl 02:30" on 29 March 2026 -> 03:30 CEST). An ambiguous time
  (02:00-03:00 on the last Sunday of October) takes the first occurrence
  (fold=0, CEST). Durations (the 1-hour window) are absolute time; day
  boundaries are local midnights (a DST day window is 23 or 25 hours).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from services.oslo import OSLO


@dataclass(frozen=True)
class TimeWish:
    start: datetime  # aware, Europe/Oslo
    end: datetime  # aware, Europe/Oslo, exclusive
    has_time: bool  # True when the user narrowed the day (clock time or part of day)


# --------------------------------------------------------------------------
# vocabulary
WEEKDAYS_LONG = {
    0: ["mandag", "måndag", "mondag", "monday"],
    1: ["tirsdag", "tysdag", "tisdag", "tuesday"],
    2: ["onsdag", "wednesday"],
    3: ["torsdag", "thursday"],
    4: ["fredag", "friday"],
    5: ["lørdag", "laurdag", "lordag", "loerdag", "saturday"],
    6: ["søndag", "sundag", "sondag", "soendag", "sunday"],
}
# Short forms are ordinary words too ("man", "fri", "sat"), so they only count
# after "på/neste/til/innen/on/next" or before a time.
WEEKDAYS_SHORT = {
    0: ["man", "mon"],
    1: ["tir", "tirs", "tue", "tues"],
    2: ["ons", "wed"],
    3: ["tor", "tors", "thu", "thur", "thurs"],
    4: ["fre", "fri"],
    5: ["lør", "lor", "sat"],
    6: ["søn", "son", "sun"],
}
MONTHS = {
    1: ["januar", "jan", "january"],
    2: ["februar", "feb", "february"],
    3: ["mars", "mar", "march"],
    4: ["april", "apr"],
    5: ["mai", "may"],
    6: ["juni", "jun", "june"],
    7: ["juli", "jul", "july"],
    8: ["august", "aug"],
    9: ["september", "sep", "sept"],
    10: ["oktober", "okt", "october", "oct"],
    11: ["november", "nov"],
    12: ["desember", "des", "december", "dec"],
}
PARTS_OF_DAY = [
    # (regex, start hour, end hour; end may be > 24 for "next morning")
    (r"(?:på\s+)?formiddag(?:en)?|om\s+formiddagen|(?:in\s+the\s+)?morning", 9, 12),
    (r"(?:på\s+)?ettermiddag(?:en)?|om\s+ettermiddagen|(?:in\s+the\s+)?afternoon|etter\s+lunsj|after\s+lunch", 12, 17),
    (r"(?:i|på|om)\s+kvel(?:d|den)|(?:in\s+the\s+)?evening|kveld(?:en)?", 17, 22),
    (r"i\s+natt|tonight|i\s+nat", 22, 30),
]

_ALT = lambda words: "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # noqa: E731
_WD_LONG = {w: d for d, ws in WEEKDAYS_LONG.items() for w in ws}
_WD_SHORT = {w: d for d, ws in WEEKDAYS_SHORT.items() for w in ws}
_MONTH = {w: m for m, ws in MONTHS.items() for w in ws}

_NOUNIT = r"(?!\s*(?:uker|uke|dager|dag|døgn|mnd|måneder|måned|timer|time|min|minutter|år|weeks?|days?|months?|hours?|søknader|søknad|jobber|jobb|kr|kroner|stk|ganger|gang|prosent|%))"
_HOUR = r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
_KL = r"(?:kl\.?|klokka|klokken|klokkå|at)"
_RE_WD_LONG = re.compile(r"\b(?P<neste>neste\s+|nest\s+|next\s+)?(?:på\s+|on\s+|til\s+)?(?P<wd>" + _ALT(_WD_LONG) + r")(?:en|n)?\b")
_RE_WD_SHORT = re.compile(
    r"(?:\b(?P<pre>neste|på|til|innen|on|next)\s+(?P<wd1>" + _ALT(_WD_SHORT) + r")\b\.?)"
    r"|(?:\b(?P<wd2>" + _ALT(_WD_SHORT) + r")\b\.?(?=\s*(?:kl|\d)))"
)
_RE_DATE_NUM = re.compile(r"(?<![\d:.])(?P<d>\d{1,2})[./](?P<mo>\d{1,2})(?:[./](?P<y>\d{2,4}))?(?![\d:])")
_RE_DATE_MONTH = re.compile(r"\b(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:av\s+|of\s+)?(?P<mon>" + _ALT(_MONTH) + r")\b\.?(?:\s+(?P<y>\d{4}))?")
_RE_MONTH_DATE = re.compile(r"\b(?P<mon>" + _ALT([w for w in _MONTH if len(w) > 3]) + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b")

_RE_BETWEEN = re.compile(r"\b(?:mellom|between)\s+(?:" + _KL + r"\s*)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s+(?:og|and|-)\s+(?:" + _KL + r"\s*)?(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?")
_RE_RANGE_KL = re.compile(r"\b" + _KL + r"\s*(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*-\s*(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?")
_RE_AFTER = re.compile(r"\b(?:etter|fra|from|after|seinare\s+enn|senere\s+enn)\s+(?:" + _KL + r"\s*(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?|(?P<h_b>\d{1,2})(?::(?P<m_b>\d{2}))?(?![./]\d)" + _NOUNIT + r")(?P<ampm>\s*[ap]\.?m\.?)?")
_RE_BEFORE = re.compile(r"\b(?:før|innen|innan|until|before|by)\s+(?:" + _KL + r"\s*(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?|(?P<h_b>\d{1,2})(?::(?P<m_b>\d{2}))?(?![./]\d)" + _NOUNIT + r")(?P<ampm>\s*[ap]\.?m\.?)?")
_RE_KL = re.compile(r"\b" + _KL + r"\s*" + _HOUR + r"(?P<ampm>\s*[ap]\.?m\.?)?(?!\d)" + _NOUNIT)
_RE_AMPM = re.compile(r"\b" + _HOUR + r"\s*(?P<ampm>[ap]\.?m\.?)(?![a-z])")
_RE_COLON = re.compile(r"(?<![\d.])(?P<h>\d{1,2}):(?P<m>\d{2})(?!\d)")
_DAYWORD = r"(?:" + _ALT(list(_WD_LONG) + list(_WD_SHORT) + ["i dag", "idag", "i morgen", "imorgen", "i morra", "imorra", "i morgon", "imorgon", "tomorrow", "today", "overmorgen"]) + r")(?:en|n)?"
_RE_DAY_HOUR = re.compile(r"\b" + _DAYWORD + r"\s+(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?![\d./])" + _NOUNIT)

_RE_TODAY = re.compile(r"\b(?:i\s*dag|today|idag)\b")
_RE_OVERMORGEN = re.compile(r"\b(?:i\s+)?overmorg[eo]n\b|\bday\s+after\s+tomorrow\b")
_RE_TOMORROW = re.compile(r"\b(?:i\s*morgen|i\s*morra|i\s*morgon|i\s*mårra|tomorrow|tmrw)\b")
_RE_NEXT_WEEK = re.compile(r"\b(?:neste|nest|kommende|next)\s+(?:uke|veke|vekke|week)\b")
_RE_THIS_WEEK = re.compile(r"\b(?:denne|this)\s+(?:uka|uken|uke|veka|veke|week)\b|\bi\s+(?:uke|veke)\b")
_RE_WEEKEND = re.compile(r"\b(?:helga|helgen|helg|weekend)\b")
_RE_NEXT_MONTH = re.compile(r"\b(?:neste|next)\s+(?:måned|mnd|månad|month)\b")
_RE_THIS_MONTH = re.compile(r"\b(?:denne|this)\s+(?:måneden|måned|mnd|månaden|month)\b")


# --------------------------------------------------------------------------
# wall clock -> aware datetime

def _local(d: date, hour: int = 0, minute: int = 0) -> datetime:
    """Aware Oslo datetime for a wall-clock time; hour may be >= 24 (next day).

    Non-existent times (spring-forward gap) move forward by the gap;
    ambiguous times (fall-back) take the first occurrence (fold=0).
    """
    extra_days, hour = divmod(hour, 24)
    d = d + timedelta(days=extra_days)
    naive = datetime.combine(d, time(hour, minute))
    dt = naive.replace(tzinfo=OSLO, fold=0)
    roundtrip = dt.astimezone(timezone.utc).astimezone(OSLO)
    if roundtrip.replace(tzinfo=None) != naive:  # inside the spring-forward gap
        return roundtrip
    return dt


def _plus_abs(dt: datetime, delta: timedelta) -> datetime:
    return (dt.astimezone(timezone.utc) + delta).astimezone(OSLO)


def _normalise(text: str) -> str:
    t = text.lower()
    t = t.replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"[!?,;\"'()]", " ", t)
    t = re.sub(r"\s+", " ", t)
    return t.strip()


def _hour(h: str, m: str | None, ampm: str | None, text: str, *, pm_heuristic: bool = True) -> tuple[int, int] | None:
    hour, minute = int(h), int(m) if m else 0
    if ampm:
        a = ampm.strip().replace(".", "")
        if hour > 12:
            return None
        if a == "pm" and hour < 12:
            hour += 12
        if a == "am" and hour == 12:
            hour = 0
    elif pm_heuristic and 1 <= hour <= 6 and not h.startswith("0") and not re.search(r"natt|natta|night|tidlig|early", text):
        hour += 12
    if hour == 24 and minute == 0:
        return 24, 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return hour, minute


# --------------------------------------------------------------------------
# day part

def _next_weekday(today: date, wd: int, *, allow_today: bool) -> date:
    delta = (wd - today.weekday()) % 7
    if delta == 0 and not allow_today:
        delta = 7
    return today + timedelta(days=delta)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _roll_date(today: date, day: int, month: int, year: str | None) -> date | None:
    try:
        if year:
            y = int(year)
            if y < 100:
                y += 2000
            return date(y, month, day)
        d = date(today.year, month, day)
        if d < today:
            d = date(today.year + 1, month, day)
        return d
    except ValueError:
        return None


@dataclass
class _Day:
    start: date
    end: date  # exclusive
    weekday_same_as_today: bool = False  # bare weekday naming today's weekday


def _find_day(t: str, today: date) -> _Day | None:
    one = lambda d: _Day(d, d + timedelta(days=1))  # noqa: E731

    m = _RE_DATE_MONTH.search(t) or _RE_MONTH_DATE.search(t)
    if m:
        d = _roll_date(today, int(m.group("d")), _MONTH[m.group("mon")], m.groupdict().get("y"))
        if d:
            return one(d)
    for m in _RE_DATE_NUM.finditer(t):
        # "kl 14.30" is a time, not a date
        if re.search(_KL + r"\s*$", t[: m.start()]):
            continue
        d = _roll_date(today, int(m.group("d")), int(m.group("mo")), m.group("y"))
        if d:
            return one(d)

    next_week = _RE_NEXT_WEEK.search(t)
    this_week = _RE_THIS_WEEK.search(t)

    wd = None
    neste = False
    m = _RE_WD_LONG.search(t)
    if m:
        wd, neste = _WD_LONG[m.group("wd")], bool(m.group("neste"))
    else:
        m = _RE_WD_SHORT.search(t)
        if m:
            word = m.group("wd1") or m.group("wd2")
            wd = _WD_SHORT[word]
            neste = m.group("pre") in ("neste", "next")
    if wd is not None:
        if neste or next_week:
            return one(_monday(today) + timedelta(days=7 + wd))
        if this_week:
            return one(_monday(today) + timedelta(days=wd))
        same = wd == today.weekday()
        return _Day(*(lambda d: (d, d + timedelta(days=1)))(_next_weekday(today, wd, allow_today=False)), weekday_same_as_today=same)

    if _RE_OVERMORGEN.search(t):
        return one(today + timedelta(days=2))
    if _RE_TOMORROW.search(t):
        return one(today + timedelta(days=1))
    if _RE_TODAY.search(t):
        return one(today)
    if next_week:
        mon = _monday(today) + timedelta(days=7)
        return _Day(mon, mon + timedelta(days=7))
    if this_week:
        return _Day(today, _monday(today) + timedelta(days=7))
    if _RE_WEEKEND.search(t):
        if today.weekday() >= 5:
            return _Day(today, _monday(today) + timedelta(days=7))
        sat = _monday(today) + timedelta(days=5)
        return _Day(sat, sat + timedelta(days=2))
    if _RE_NEXT_MONTH.search(t):
        first = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
        after = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return _Day(first, after)
    if _RE_THIS_MONTH.search(t):
        after = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
        return _Day(today, after)
    return None


# --------------------------------------------------------------------------
# time-of-day part: (start (h, m), end (h, m) or None for exact)

def _find_clock(t: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    for rx in (_RE_BETWEEN, _RE_RANGE_KL):
        m = rx.search(t)
        if m:
            a = _hour(m.group("h"), m.group("m"), None, t)
            b = _hour(m.group("h2"), m.group("m2"), None, t)
            if a and b:
                if b <= a and b[0] + 12 < 24:
                    b = (b[0] + 12, b[1])
                if b > a:
                    return a, b
    m = _RE_AFTER.search(t)
    if m:
        h, mi = (m.group("h"), m.group("m")) if m.group("h") else (m.group("h_b"), m.group("m_b"))
        a = _hour(h, mi, m.group("ampm"), t)
        if a and a < (24, 0):
            return a, (24, 0)
    m = _RE_BEFORE.search(t)
    if m:
        h, mi = (m.group("h"), m.group("m")) if m.group("h") else (m.group("h_b"), m.group("m_b"))
        b = _hour(h, mi, m.group("ampm"), t)
        if b and b > (0, 0):
            return (0, 0), b
    for rx in (_RE_KL, _RE_AMPM):
        m = rx.search(t)
        if m:
            a = _hour(m.group("h"), m.group("m"), m.group("ampm"), t)
            if a and a < (24, 0):
                return a, None
    m = _RE_DAY_HOUR.search(t)
    if m:
        a = _hour(m.group("h"), m.group("m"), None, t)
        if a and a < (24, 0):
            return a, None
    m = _RE_COLON.search(t)
    if m:
        a = _hour(m.group("h"), m.group("m"), None, t)
        if a and a < (24, 0):
            return a, None
    for rx, h1, h2 in PARTS_OF_DAY:
        if re.search(r"\b(?:" + rx + r")\b", t):
            return (h1, 0), (h2, 0)
    return None


# --------------------------------------------------------------------------

def parse_time_expression(text: str, now: datetime) -> TimeWish | None:
    """Resolve a time expression in `text` relative to `now` (see module doc)."""
    if not text or not text.strip():
        return None
    if now.tzinfo is None:
        now = now.replace(tzinfo=OSLO)
    now = now.astimezone(OSLO)
    today = now.date()
    t = _normalise(text)

    clock = _find_clock(t)
    day = _find_day(t, today)
    if day is None and clock is None:
        return None

    if clock is None:
        return TimeWish(_local(day.start), _local(day.end), has_time=False)

    (h1, m1), end_hm = clock

    def window(d: date) -> tuple[datetime, datetime]:
        start = _local(d, h1, m1)
        if end_hm is None:
            return start, _plus_abs(start, timedelta(hours=1))
        return start, _local(d, *end_hm)

    if day is None:
        start, end = window(today)
        if (end_hm is None and start <= now) or (end_hm is not None and end <= now):
            start, end = window(today + timedelta(days=1))
        return TimeWish(start, end, has_time=True)

    d = day.start
    if day.weekday_same_as_today:
        # "tirsdag kl 14" or "tirsdag etter kl 12" said on a Tuesday morning means today; said
        # once the time or the window has begun, next week's Tuesday.
        start_today, _ = window(today)
        if start_today > now:
            d = today
    start, end = window(d)
    return TimeWish(start, end, has_time=True)
