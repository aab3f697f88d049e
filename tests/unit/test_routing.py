"""Routing: the fixed veileder; the named backup while absent; the team's inbox when neither."""
from datetime import datetime, timedelta, timezone

from services.staff.routing import backed_up_veileder_ids, route_for
from storage.models import VeilederAssignment
from tests.support.people import make_absence, make_team, make_user, make_veileder

NOW = datetime(2028, 5, 9, 10, 0, tzinfo=timezone.utc)
DAY = timedelta(days=1)


def test_the_fixed_veileder_answers(db):
    with db.session() as session:
        team = make_team(session)
        kari = make_veileder(session, team, "Kari")
        user = make_user(session, team, kari)
        route = route_for(session, user, NOW)
        assert (route.veileder, route.team, route.reason) == (kari, team, "fixed")


def test_the_named_backup_answers_while_the_veileder_is_absent(db):
    with db.session() as session:
        team = make_team(session)
        kari, per = make_veileder(session, team, "Kari"), make_veileder(session, team, "Per")
        user = make_user(session, team, kari)
        absence = make_absence(session, kari, NOW - DAY, NOW + 7 * DAY, backup=per)
        route = route_for(session, user, NOW)
        assert (route.veileder, route.reason, route.away, route.away_until) == (per, "backup", kari, absence.ends_at)
        assert backed_up_veileder_ids(session, per, NOW) == [kari.id]


def test_an_absence_in_the_past_or_future_changes_nothing(db):
    with db.session() as session:
        team = make_team(session)
        kari, per = make_veileder(session, team, "Kari"), make_veileder(session, team, "Per")
        user = make_user(session, team, kari)
        make_absence(session, kari, NOW - 9 * DAY, NOW - 2 * DAY, backup=per)
        make_absence(session, kari, NOW + DAY, NOW + 3 * DAY, backup=per)
        assert route_for(session, user, NOW).veileder == kari
        # The absence ends at its end: the moment it ends, Kari answers again.
        assert route_for(session, user, NOW + 3 * DAY).veileder == kari
        assert route_for(session, user, NOW + 2 * DAY).veileder == per


def test_the_team_inbox_when_absent_without_a_backup(db):
    with db.session() as session:
        team = make_team(session)
        kari = make_veileder(session, team, "Kari")
        user = make_user(session, team, kari)
        make_absence(session, kari, NOW - DAY, NOW + DAY)
        route = route_for(session, user, NOW)
        assert (route.veileder, route.team, route.reason, route.away) == (None, team, "team", kari)


def test_the_team_inbox_when_the_backup_is_away_too(db):
    with db.session() as session:
        team = make_team(session)
        kari, per = make_veileder(session, team, "Kari"), make_veileder(session, team, "Per")
        user = make_user(session, team, kari)
        make_absence(session, kari, NOW - DAY, NOW + DAY, backup=per)
        make_absence(session, per, NOW - DAY, NOW + DAY)
        assert route_for(session, user, NOW).reason == "team"


def test_the_team_inbox_without_a_fixed_veileder_or_when_they_left(db):
    with db.session() as session:
        team = make_team(session)
        nobody = make_user(session, team, None)
        gone = make_veileder(session, team, "Anne", active=False)
        left_behind = make_user(session, team, gone)
        assert route_for(session, nobody, NOW).reason == "team"
        assert route_for(session, left_behind, NOW).reason == "team"


def test_a_new_fixed_veileder_takes_over_and_the_history_is_kept(db):
    with db.session() as session:
        team = make_team(session)
        kari, per = make_veileder(session, team, "Kari"), make_veileder(session, team, "Per")
        user = make_user(session, team, kari)
        user.assignments[0].ended_at = NOW - DAY
        session.add(VeilederAssignment(user=user, veileder=per, started_at=NOW - DAY))
        session.flush()
        session.refresh(user)
        assert route_for(session, user, NOW).veileder == per
        assert [a.veileder.first_name for a in user.assignments] == ["Kari", "Per"]
