"""Sending job matches: each office's schedule, the user's rules (STOPP JOBB, budget, quiet hours),
one message per run, and the answers kept with the match."""
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from services.jobs.answers import open_matches, record_decline, record_interest
from services.jobs.sending import due_teams, is_run_day, next_run, send_job_matches
from services.oslo import OSLO
from storage.models import (
    CategoryOptOut,
    DeclineReason,
    JobAd,
    JobMatch,
    JobWish,
    MatchAnswer,
    MessageCategory,
    NoticeKind,
    OutboxMessage,
    OutboxState,
    VeilederNotice,
    WishKind,
    WishSource,
)
from tests.support.people import make_team, make_user, make_veileder

TUESDAY_10 = datetime(2026, 12, 1, 10, 0, tzinfo=OSLO)  # a run week: 152 weeks after 1 January 2024


def _ads(session, count: int, title: str = "Lagermedarbeider", text: str = "") -> None:
    for number in range(count):
        session.add(JobAd(uuid=f"{title}-{number}-{text[:5]}", title=f"{title} {number + 1}", jobtitle=title,
                          description=text, extent="Heltid", locations=[{"municipal": "OSLO", "postalCode": "0557"}],
                          categories=[], occupations=[], expires_at=TUESDAY_10 + timedelta(days=30)))


def _user_who_wants(session, words: str = "lager", **user_fields):
    team = make_team(session)
    user = make_user(session, team, make_veileder(session, team))
    user.contact_window_start, user.contact_window_end = time(0), time.max
    for name, value in user_fields.items():
        setattr(user, name, value)
    session.add(JobWish(user_id=user.id, kind=WishKind.OCCUPATION, value=words, source=WishSource.VEILEDER))
    session.flush()
    return user


def _job_sms(session, user) -> list[OutboxMessage]:
    return [e for e in session.execute(select(OutboxMessage).where(OutboxMessage.category == MessageCategory.JOB_MATCH))
            .scalars() if e.message.conversation.user_id == user.id]


def test_an_office_gets_matches_on_its_weekday_every_second_week_from_its_time():
    team = type("Team", (), {"job_match_weekday": 1, "job_match_interval_weeks": 2, "job_match_time": time(10)})()
    assert is_run_day(team, date(2026, 12, 1)) and not is_run_day(team, date(2026, 12, 8))
    assert is_run_day(team, date(2026, 12, 15)) and not is_run_day(team, date(2026, 12, 2))
    assert next_run(team, TUESDAY_10 + timedelta(minutes=1)) == datetime(2026, 12, 15, 10, 0, tzinfo=OSLO)


def test_a_run_sends_three_ads_once_and_the_next_run_sends_others(db):
    with db.session() as s:
        _ads(s, 5)
        user = _user_who_wants(s)
        assert user.team in due_teams(s, TUESDAY_10) and user.team not in due_teams(s, TUESDAY_10 - timedelta(hours=1))
        team_id = user.team_id
    first = send_job_matches(db, TUESDAY_10, [team_id])
    with db.session() as s:
        assert due_teams(s, TUESDAY_10 + timedelta(minutes=15)) == []  # once a run day
    again = send_job_matches(db, TUESDAY_10 + timedelta(minutes=15), [team_id])
    later = send_job_matches(db, TUESDAY_10 + timedelta(days=14), [team_id])
    assert (first.messages, first.ads, again.messages, later.ads) == (1, 3, 0, 2)
    with db.session() as s:
        matched = s.execute(select(JobMatch.ad_id)).scalars().all()
        assert len(matched) == len(set(matched)) == 5
        assert [e.body.startswith("Hei Ola! Tre ledige jobber") for e in _job_sms(s, user)] == [True, False]


def test_stopp_jobb_and_the_crisis_pause_send_nothing_and_keep_the_ads_free(db):
    with db.session() as s:
        _ads(s, 3)
        stopped = _user_who_wants(s)
        s.add(CategoryOptOut(user_id=stopped.id, category=MessageCategory.JOB_MATCH))
        paused = _user_who_wants(s, nudges_paused_until=TUESDAY_10 + timedelta(days=3))
        teams = [stopped.team_id, paused.team_id]
    result = send_job_matches(db, TUESDAY_10, teams)
    with db.session() as s:
        assert result.messages == 0 and s.execute(select(JobMatch)).first() is None
        assert _job_sms(s, stopped) == [] and _job_sms(s, paused) == []


def test_the_crisis_pause_is_judged_at_the_runs_time_not_the_clocks(db):
    with db.session() as s:
        _ads(s, 3)
        paused = _user_who_wants(s, nudges_paused_until=TUESDAY_10 + timedelta(days=3))
        team_id = paused.team_id
    during = send_job_matches(db, TUESDAY_10, [team_id])
    after = send_job_matches(db, TUESDAY_10 + timedelta(days=14), [team_id])
    assert (during.messages, after.messages) == (0, 1)


def test_over_the_weekly_budget_the_message_is_digested_and_its_ads_may_come_again(db):
    with db.session() as s:
        _ads(s, 3)
        user = _user_who_wants(s, weekly_message_budget=0)
        team_id = user.team_id
    result = send_job_matches(db, TUESDAY_10, [team_id])
    with db.session() as s:
        assert result.outcomes == {"digested": 1} and s.execute(select(JobMatch)).first() is None
        assert [e.state for e in _job_sms(s, user)] == [OutboxState.DIGESTED]


def test_in_the_quiet_hours_the_message_waits_for_the_morning(db):
    with db.session() as s:
        _ads(s, 1)
        user = _user_who_wants(s, contact_window_start=time(9), contact_window_end=time(20))
        team_id = user.team_id
    send_job_matches(db, TUESDAY_10.replace(hour=6), [team_id], forced=True)
    with db.session() as s:
        assert _job_sms(s, user)[0].due_at == TUESDAY_10.replace(hour=9)


def test_answers_are_kept_on_the_match_and_the_veileder_is_told(db):
    with db.session() as s:
        _ads(s, 3)
        user = _user_who_wants(s)
        team_id = user.team_id
    send_job_matches(db, TUESDAY_10, [team_id])
    with db.session() as s:
        entry = _job_sms(s, user)[0]
        assert open_matches(s, entry.message.conversation.user, TUESDAY_10) == []  # not sent yet
        entry.state, entry.sent_at = OutboxState.SENT, TUESDAY_10
        user = entry.message.conversation.user
        first, second, third = open_matches(s, user, TUESDAY_10 + timedelta(hours=1))
        record_interest(s, user, second, None, TUESDAY_10)
        declined = record_decline(s, user, [first, third], "nei, har ikke førerkort", None, TUESDAY_10)
        assert declined.reason is DeclineReason.LICENCE and declined.proposal.limits == ["no_licence"]
        assert (second.answer, first.answer, third.decline_reason) == \
            (MatchAnswer.INTERESTED, MatchAnswer.NOT_RELEVANT, DeclineReason.LICENCE)
        notice = s.execute(select(VeilederNotice).where(VeilederNotice.user_id == user.id)).scalar_one()
        assert notice.kind is NoticeKind.JOB_INTEREST and "nr 2" in notice.detail
        assert open_matches(s, user, TUESDAY_10 + timedelta(days=15)) == []
