"""The user's answers to a job-match SMS, kept with the match.

A job-match SMS is open for answers while it is the latest message the service sent by itself
(a later reminder or appointment message is the newer question) and for ``OPEN_DAYS`` after it
was sent. "2" or "den andre" records interest in that ad and tells the veileder (a notice);
"nei, har ikke førerkort" records the ads as not relevant with the reason in a fixed set
(the user's words are the answer's message) and proposes the limit it points to.
"""
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from services.jobs.limits import decline_reason, limits_in_words
from services.jobs.places import first_place
from services.jobs.wishes import WishChange
from services.staff.notices import notify_veileder
from storage.models import (
    DeclineReason,
    JobMatch,
    JobWish,
    MatchAnswer,
    Message,
    MessageCategory,
    NoticeKind,
    OutboxMessage,
    OutboxState,
    User,
    WishKind,
)

OPEN_DAYS = 14


def open_matches(session, user: User, now: datetime) -> list[JobMatch]:
    """The ads of the job-match SMS the user may be answering, by position; empty when none is open."""
    if user.conversation is None:
        return []
    latest = session.execute(
        select(OutboxMessage).join(Message, OutboxMessage.message_id == Message.id)
        .where(Message.conversation_id == user.conversation.id, OutboxMessage.state == OutboxState.SENT,
               OutboxMessage.category != MessageCategory.REPLY)
        .order_by(OutboxMessage.sent_at.desc(), OutboxMessage.id.desc()).limit(1)
    ).scalar_one_or_none()
    if latest is None or latest.category != MessageCategory.JOB_MATCH or latest.sent_at < now - timedelta(days=OPEN_DAYS):
        return []
    return session.execute(
        select(JobMatch).where(JobMatch.outbox_id == latest.id).order_by(JobMatch.position)
    ).scalars().all()


def record_interest(session, user: User, match: JobMatch, message_id: int | None, now: datetime,
                    help_requested: bool = False) -> None:
    match.answer, match.decline_reason = MatchAnswer.INTERESTED, None
    match.answer_message_id, match.answered_at = message_id, now
    match.help_requested = match.help_requested or help_requested
    ad = match.ad
    notify_veileder(session, user, NoticeKind.JOB_INTEREST, priority="P3", message_id=message_id,
                    detail=f"Interessert i jobbmatch nr {match.position}: {ad.title} hos {ad.employer_name}, "
                           f"{first_place(ad.locations)}." + (" Vil ha hjelp til å søke." if help_requested else ""))


@dataclass(frozen=True)
class Declined:
    reason: DeclineReason
    proposal: WishChange  # what the assistant offers to save: a limit, or part or full time


def record_decline(session, user: User, matches: list[JobMatch], words: str, message_id: int | None,
                   now: datetime) -> Declined:
    """Marks the matches as not relevant with the reason in the user's words, and works out
    which limit (or extent) to offer; what the user already has is not offered again."""
    reason = decline_reason(words)
    for match in matches:
        match.answer, match.decline_reason = MatchAnswer.NOT_RELEVANT, reason
        match.answer_message_id, match.answered_at = message_id, now
    have = {(w.kind, w.value) for w in session.execute(select(JobWish).where(JobWish.user_id == user.id)).scalars()}
    proposal = WishChange(limits=[code for code in limits_in_words(words, turning_down=True)
                                  if (WishKind.LIMIT, code) not in have])
    if reason is DeclineReason.EXTENT:
        wanted = "heltid" if "heltid" in words.casefold() else "deltid"
        proposal.extent = wanted if (WishKind.EXTENT, wanted) not in have else None
    return Declined(reason, proposal)


def matches_of_user(session, user_id: int) -> list[JobMatch]:
    """Every match sent to the user, newest message first, for the veileder's page."""
    return session.execute(
        select(JobMatch).where(JobMatch.user_id == user_id).order_by(JobMatch.created_at.desc(), JobMatch.outbox_id.desc(),
                                                                     JobMatch.position)
    ).scalars().all()
