"""Nudges before activity deadlines: who gets one, when, what it says, never twice."""
from datetime import date, datetime, timedelta

from sqlalchemy import select

from services.activities.nudges import flag_overdue, format_deadline, plan_nudges
from services.activities.replies import deadlines_text, report_done, report_need_more_time
from services.messaging.gsm7 import fits_one_sms_thread
from services.oslo import OSLO
from storage.models import (
    Activity,
    ActivityStatus,
    CategoryOptOut,
    MessageCategory,
    NoticeKind,
    OutboxMessage,
    OutboxState,
    Priority,
    User,
    Veileder,
    VeilederNotice,
)
from tests.conftest import add_user

TODAY = date(2026, 11, 24)  # a Tuesday


def add_activity(db, user_id, deadline, title="Behandling hos DPS", safe=False, agreed=True,
                 status=ActivityStatus.PLANLAGT) -> int:
    with db.session() as session:
        veileder = session.execute(select(Veileder)).scalars().first()
        activity = Activity(user_id=user_id, title=title, title_is_safe_for_sms=safe, description="internt",
                            deadline=deadline, in_agreed_plan=agreed, status=status, created_by_veileder_id=veileder.id)
        session.add(activity)
        session.flush()
        return activity.id


def nudges(db):
    with db.session() as session:
        return session.execute(
            select(OutboxMessage).where(OutboxMessage.category == MessageCategory.NUDGE).order_by(OutboxMessage.id)
        ).scalars().all()


def plan(db, today=TODAY):
    with db.session() as session:
        return plan_nudges(session, today, days_before=3)


def test_a_nudge_three_days_before_and_one_on_the_day(db):
    user = add_user(db, first_name="Ola")
    activity = add_activity(db, user.id, TODAY + timedelta(days=3))
    assert plan(db) == 1
    assert plan(db, TODAY + timedelta(days=3)) == 1
    soon, today = nudges(db)
    assert soon.idempotency_key == f"nudge:{activity}:soon:2026-11-27"
    assert today.idempotency_key == f"nudge:{activity}:today:2026-11-27"
    assert soon.body == ("Hei Ola! En aktivitet i planen din har frist fredag 27.11. Skriv ferdig når den er gjort, "
                         "eller trenger mer tid om du trenger det. Lykke til!")
    assert soon.due_at == datetime(2026, 11, 24, 10, 0, tzinfo=OSLO)
    assert all(fits_one_sms_thread(n.body) for n in (soon, today))


def test_running_many_times_sends_nothing_twice(db):
    user = add_user(db)
    add_activity(db, user.id, TODAY + timedelta(days=3))
    assert [plan(db) for _ in range(3)] == [1, 0, 0]
    assert len(nudges(db)) == 1


def test_the_title_is_used_only_when_marked_safe(db):
    user = add_user(db, first_name="Ola")
    add_activity(db, user.id, TODAY, title="Behandling hos DPS", safe=False)
    add_activity(db, user.id, TODAY, title="Sende CV", safe=True)
    add_activity(db, user.id, TODAY, title="Møte “viktig” – ok", safe=True)  # not GSM-7: neutral
    plan(db)
    bodies = [n.body for n in nudges(db)]
    assert not any("DPS" in b or "viktig" in b for b in bodies)
    assert sum(b.startswith("Hei Ola! Sende CV i planen din har frist i dag.") for b in bodies) == 1
    assert sum("En aktivitet i planen din har frist i dag" in b for b in bodies) == 2


def test_only_agreed_and_open_activities_are_nudged(db):
    user = add_user(db)
    add_activity(db, user.id, TODAY, agreed=False)
    add_activity(db, user.id, TODAY, status=ActivityStatus.FULLFORT)
    add_activity(db, user.id, TODAY, status=ActivityStatus.AVBRUTT)
    add_activity(db, user.id, TODAY + timedelta(days=1))  # neither today nor in three days
    assert plan(db) == 0


def test_a_user_who_stopped_reminders_gets_no_nudge(db):
    user = add_user(db)
    with db.session() as session:
        session.add(CategoryOptOut(user_id=user.id, category=MessageCategory.NUDGE))
    add_activity(db, user.id, TODAY)
    plan(db)
    assert [n.state for n in nudges(db)] == [OutboxState.CANCELLED]


def test_english_users_get_english_nudges():
    assert format_deadline(date(2026, 11, 27), "en") == "Friday 27.11"
    assert format_deadline(date(2026, 12, 1), "nb") == "tirsdag 01.12"


def test_an_overdue_activity_is_flagged_to_the_veileder_once_and_the_user_gets_nothing(db):
    user = add_user(db)
    activity = add_activity(db, user.id, TODAY - timedelta(days=1))
    with db.session() as session:
        assert flag_overdue(session, TODAY) == 1
    with db.session() as session:
        assert flag_overdue(session, TODAY + timedelta(days=1)) == 0
        flagged = session.execute(select(VeilederNotice)).scalars().all()
    assert [(n.kind, n.activity_id) for n in flagged] == [(NoticeKind.ACTIVITY_OVERDUE, activity)]
    assert nudges(db) == []


def test_ferdig_marks_the_only_open_activity_done_and_tells_the_veileder(db):
    user = add_user(db)
    activity = add_activity(db, user.id, TODAY)
    with db.session() as session:
        done, notice = report_done(session, session.get(User, user.id), "ferdig")
        assert done.id == activity
        assert (notice.kind, notice.activity_id, notice.detail) == (NoticeKind.ACTIVITY_DONE, activity,
                                                                   "Brukeren skrev: ferdig")
    with db.session() as session:
        assert session.get(Activity, activity).status == ActivityStatus.FULLFORT


def test_ferdig_with_several_open_activities_changes_nothing_but_tells_the_veileder(db):
    user = add_user(db)
    first, second = add_activity(db, user.id, TODAY), add_activity(db, user.id, TODAY + timedelta(days=5))
    with db.session() as session:
        done, notice = report_done(session, session.get(User, user.id), "ferdig")
        assert done is None and notice.activity_id is None and "Uklart" in notice.detail
    with db.session() as session:
        assert {session.get(Activity, i).status for i in (first, second)} == {ActivityStatus.PLANLAGT}


def test_ferdig_naming_the_activity_marks_that_one_among_several(db):
    """What the web chat's "Ferdig" button beside an activity sends."""
    user = add_user(db)
    cv = add_activity(db, user.id, TODAY, title="Sende CV")
    other = add_activity(db, user.id, TODAY + timedelta(days=5), title="Søke fem jobber")
    with db.session() as session:
        done, notice = report_done(session, session.get(User, user.id), "ferdig med sende cv")
        assert done.id == cv and notice.activity_id == cv
    with db.session() as session:
        assert session.get(Activity, other).status == ActivityStatus.PLANLAGT


def test_need_more_time_is_a_p2_case_and_the_deadline_stays(db):
    user = add_user(db)
    activity = add_activity(db, user.id, TODAY)
    with db.session() as session:
        case = report_need_more_time(session, session.get(User, user.id), "trenger mer tid")
        assert case.priority == Priority.P2 and case.last_notice
    with db.session() as session:
        assert session.get(Activity, activity).deadline == TODAY


def test_deadlines_are_listed_with_safe_titles_only(db):
    user = add_user(db)
    add_activity(db, user.id, date(2026, 11, 27), title="Sende CV", safe=True)
    add_activity(db, user.id, date(2026, 12, 1), title="Behandling", safe=False)
    with db.session() as session:
        assert deadlines_text(session, session.get(User, user.id)) == "fredag 27.11 (Sende CV), tirsdag 01.12"
