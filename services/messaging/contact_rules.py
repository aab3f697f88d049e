"""Which messages a user may get and when: opt-outs and the daily contact window.

Used when a message is scheduled (services/messaging/send_policy.py) and again by the dispatcher just
before sending (services/messaging/outbox.py), so that a message that became due while the service
was down, or whose user said STOPP after it was queued, still keeps the rules.
"""
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select

from services.oslo import OSLO, oslo_wall_clock
from storage.models import CategoryOptOut, Helper, HelperStatus, MessageCategory, OutboxMessage, User

# What "STOPP PÅMINNELSE" and "STOPP JOBB" stop.
REMINDER_CATEGORIES = frozenset({MessageCategory.REMINDER, MessageCategory.NUDGE})
JOB_CATEGORIES = frozenset({MessageCategory.JOB_MATCH})
# What a crisis pauses for a while (User.nudges_paused_until, services/safety/step.py): also
# the digest that counts nudges and job matches.
PAUSABLE_CATEGORIES = REMINDER_CATEGORIES | JOB_CATEGORIES | {MessageCategory.DIGEST}


@dataclass(frozen=True)
class ContactWindow:
    """The daily hours (Europe/Oslo wall clock) in which scheduled messages may arrive.

    A window whose end is before its start runs over midnight (e.g. 22:00-02:00).
    """

    start: time
    end: time

    def contains(self, at: datetime) -> bool:
        local = at.astimezone(OSLO).time()
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def next_opening(self, at: datetime) -> datetime:
        """``at`` itself when inside the window, else the next moment the window opens (UTC)."""
        if self.contains(at):
            return at
        day = at.astimezone(OSLO).date()
        for offset in range(3):
            opening = oslo_wall_clock(day + timedelta(days=offset), self.start)
            if opening > at:
                return opening
        raise AssertionError("a daily window opens within two days")


def window_of(user: User) -> ContactWindow:
    return ContactWindow(user.contact_window_start or time(9, 0), user.contact_window_end or time(20, 0))


def stopped_categories(session, user: User) -> set[MessageCategory]:
    return set(session.execute(
        select(CategoryOptOut.category).where(CategoryOptOut.user_id == user.id)
    ).scalars())


def may_receive(session, user: User, category: MessageCategory, at: datetime) -> bool:
    """False when the user (or their carrier) has stopped this kind of message, or a crisis paused it at ``at``."""
    if user.carrier_opted_out_at is not None:
        return False
    return category == MessageCategory.REPLY or _user_allows(session, user, category, at)


def _user_allows(session, user: User, category: MessageCategory, at: datetime) -> bool:
    """The user's own rules for a message NAV starts: STOPP, a stopped category, a crisis pause."""
    if user.opted_out_at is not None:
        return False
    if category in PAUSABLE_CATEGORIES and user.nudges_paused_until is not None \
            and user.nudges_paused_until > at:
        return False
    return category not in stopped_categories(session, user)


def may_reach_helper(session, helper: Helper, category: MessageCategory, at: datetime) -> bool:
    """A message to a user's helper: only while the user's yes stands; after the helper's own
    STOPP only replies to what the helper wrote; reminders only when the user chose so; and
    nothing the user has stopped or paused for themselves (the helper gets copies of it)."""
    if helper.status is not HelperStatus.ACTIVE:
        return False
    if category == MessageCategory.REPLY:
        return True
    if helper.opted_out_at is not None:
        return False
    if category in REMINDER_CATEGORIES and not helper.gets_reminders:
        return False
    return _user_allows(session, helper.user, category, at)


def _digest_still_wanted(session, user: User, entry: OutboxMessage, at: datetime) -> bool:
    """A digest counts nudges and job matches: after STOPP PÅMINNELSE and STOPP JOBB for all
    of the kinds it counts, it has nothing left to say."""
    if entry.category != MessageCategory.DIGEST:
        return True
    counted = set(session.execute(
        select(OutboxMessage.category).where(OutboxMessage.digest_id == entry.id)
    ).scalars())
    return not counted or any(may_receive(session, user, category, at) for category in counted)


@dataclass(frozen=True)
class DispatchDecision:
    action: str  # "send", "cancel" or "defer"
    defer_until: datetime | None = None


def decide_at_dispatch(session, entry: OutboxMessage, now: datetime) -> DispatchDecision:
    """Checks a claimed row once more just before it is handed to Twilio."""
    if entry.message is None:  # the one reply to a number that is not a user's
        return DispatchDecision("send")
    user = entry.message.conversation.user
    helper = entry.message.helper
    allowed = (may_reach_helper(session, helper, entry.category, now) if helper is not None
               else may_receive(session, user, entry.category, now))
    if not allowed or not _digest_still_wanted(session, user, entry, now):
        return DispatchDecision("cancel")
    if entry.category != MessageCategory.REPLY:
        opening = window_of(user).next_opening(now)
        if opening != now:
            return DispatchDecision("defer", opening)
    return DispatchDecision("send")
