"""Sending job matches: at most three ads in one SMS, on each office's schedule.

An office (``Team``) gets them on its weekday and time (Europe/Oslo), every
``job_match_interval_weeks`` weeks, counted from Monday 1 January 2024 (default: every second
Tuesday at 10:00). Each message goes through ``schedule_user_message`` (quiet hours, the weekly
budget and digest, STOPP and STOPP JOBB, the crisis pause). Only a message that is to be sent
records its ads as matches (never sent again); a message that is folded into a digest or
cancelled leaves its ads free for the next run. One key per user and run day
(``jobmatch:{user}:{date}``) makes a repeated run send nothing twice, and a team's
``job_matches_sent_on`` keeps the scheduler from running it again that day; ``--now`` runs
have their own keys and leave the schedule as it was.
"""
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select, true, update
from sqlalchemy.exc import IntegrityError

from services.jobs.matching import AdIndex, build_index, match_users, wishes_of_users
from services.jobs.message import listed, matches_text
from services.jobs.places import first_place
from services.messaging.contact_rules import may_receive
from services.messaging.outbox import find_by_key
from services.messaging.send_policy import schedule_user_message
from services.oslo import OSLO, oslo_wall_clock
from storage.models import JobAd, JobMatch, MessageCategory, Team, User

SCHEDULE_EPOCH = date(2024, 1, 1)  # a Monday
USERS_PER_TRANSACTION = 200


@dataclass
class SendResult:
    users: int = 0
    messages: int = 0
    ads: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


def is_run_day(team: Team, day: date) -> bool:
    weeks = (day - SCHEDULE_EPOCH).days // 7
    return day.weekday() == team.job_match_weekday and weeks % max(team.job_match_interval_weeks, 1) == 0


def due_teams(session, now: datetime) -> list[Team]:
    """The teams whose job-match time has come today and that have not had today's run."""
    today = now.astimezone(OSLO).date()
    return [team for team in session.execute(select(Team).order_by(Team.id)).scalars()
            if is_run_day(team, today) and now >= oslo_wall_clock(today, team.job_match_time)
            and team.job_matches_sent_on != today]


def run_key(user_id: int, now: datetime, forced: bool) -> str:
    day = now.astimezone(OSLO).date().isoformat()
    return f"jobmatch:{user_id}:{now.isoformat()}" if forced else f"jobmatch:{user_id}:{day}"


def send_job_matches(db, now: datetime, team_ids: list[int] | None = None, forced: bool = False,
                     index: AdIndex | None = None) -> SendResult:
    """Matches and queues the job-match SMS of the given teams (all when None) for ``now``."""
    result = SendResult()
    with db.session() as session:
        query = select(User.id).order_by(User.id)
        if team_ids is not None:
            query = query.where(User.team_id.in_(team_ids))
        user_ids = session.execute(query).scalars().all()
        if index is None and user_ids:
            index = build_index(session, now)
    for start in range(0, len(user_ids), USERS_PER_TRANSACTION):
        with db.session() as session:
            _send_to(session, index, user_ids[start:start + USERS_PER_TRANSACTION], now, forced, result)
    if not forced:
        with db.session() as session:
            session.execute(update(Team).where(Team.id.in_(team_ids) if team_ids is not None else true())
                            .values(job_matches_sent_on=now.astimezone(OSLO).date()))
    return result


def _send_to(session, index: AdIndex, user_ids: list[int], now: datetime, forced: bool, result: SendResult) -> None:
    users = {user.id: user for user in session.execute(select(User).where(User.id.in_(user_ids))).scalars()}
    waiting = [uid for uid, user in users.items()
               if may_receive(session, user, MessageCategory.JOB_MATCH, now)
               and find_by_key(session, run_key(uid, now, forced)) is None]
    found = match_users(index, list(wishes_of_users(session, waiting).values()))
    for user_id, matches in found.items():
        result.users += 1
        if not matches:
            continue
        user = users[user_id]
        ads = {ad.id: ad for ad in session.execute(select(JobAd).where(JobAd.id.in_([m.ad_id for m in matches])))
               .scalars()}
        body = matches_text(user.first_name, [listed(ads[m.ad_id], first_place(ads[m.ad_id].locations))
                                              for m in matches], user.language)
        try:
            with session.begin_nested():
                scheduled = schedule_user_message(session, user, body, MessageCategory.JOB_MATCH, now,
                                                  run_key(user_id, now, forced))
                session.flush()
                if scheduled.outcome in ("scheduled", "deferred"):
                    session.add_all(JobMatch(user_id=user_id, ad_id=m.ad_id, outbox_id=scheduled.entry.id,
                                             position=position, score=m.score, reason=m.reason, created_at=now)
                                    for position, m in enumerate(matches, start=1))
                    result.messages += 1
                    result.ads += len(matches)
                session.flush()
        except IntegrityError:  # another process sent this user's matches just now
            continue
        result.count(scheduled.outcome)


def next_run(team: Team, after: datetime) -> datetime:
    """When the team's next job-match run is, for the inbox."""
    day = after.astimezone(OSLO).date()
    for offset in range(0, 7 * max(team.job_match_interval_weeks, 1) + 7):
        candidate = day + timedelta(days=offset)
        at = oslo_wall_clock(candidate, team.job_match_time)
        if is_run_day(team, candidate) and at > after:
            return at
    raise AssertionError("a run day comes within the interval")
