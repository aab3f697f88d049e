"""Scheduling messages: quiet hours, the weekly budget and its digest, opt-outs, idempotency."""
from datetime import datetime, time, timezone

from sqlalchemy import select

from services.messaging.send_policy import budget_used, schedule_user_message
from services.messaging.texts import text
from services.oslo import OSLO
from storage.models import CategoryOptOut, MessageCategory, OutboxMessage, OutboxState, User, utcnow
from tests.conftest import add_user


def oslo(*args) -> datetime:
    return datetime(*args, tzinfo=OSLO)


def schedule(db, user_id, due, key, category=MessageCategory.NUDGE, budget=5):
    with db.session() as session:
        user = session.get(User, user_id)
        result = schedule_user_message(session, user, "Hei! En aktivitet i planen din har frist i dag.",
                                       category, due, key, weekly_budget=budget)
        session.flush()
        return result.outcome, result.entry.id, result.entry.due_at, result.entry.state


def test_a_nudge_due_at_22_is_deferred_to_09_the_next_morning(db):
    user = add_user(db)
    outcome, _, due, state = schedule(db, user.id, oslo(2026, 11, 26, 22, 0), "nudge:1:today:2026-11-26")
    assert (outcome, state) == ("deferred", OutboxState.PENDING)
    assert due.astimezone(OSLO) == oslo(2026, 11, 27, 9, 0)


def test_a_message_inside_the_window_keeps_its_time(db):
    user = add_user(db)
    outcome, _, due, _ = schedule(db, user.id, oslo(2026, 11, 26, 12, 0), "k1")
    assert outcome == "scheduled" and due == oslo(2026, 11, 26, 12, 0)


def test_deferral_over_the_spring_change_of_29_march(db):
    user = add_user(db)
    _, _, due, _ = schedule(db, user.id, oslo(2026, 3, 28, 23, 15), "k-spring")
    assert due == datetime(2026, 3, 29, 7, 0, tzinfo=timezone.utc)  # 09:00 CEST


def test_deferral_over_the_autumn_change_of_25_october(db):
    user = add_user(db)
    _, _, due, _ = schedule(db, user.id, oslo(2026, 10, 25, 2, 30), "k-autumn")
    assert due == datetime(2026, 10, 25, 8, 0, tzinfo=timezone.utc)  # 09:00 CET


def test_the_users_own_window_is_used(db):
    user = add_user(db)
    with db.session() as session:
        stored = session.get(User, user.id)
        stored.contact_window_start, stored.contact_window_end = time(11), time(15)
    _, _, due, _ = schedule(db, user.id, oslo(2026, 11, 26, 10, 0), "k-window")
    assert due.astimezone(OSLO) == oslo(2026, 11, 26, 11, 0)


def test_over_the_weekly_budget_messages_become_one_digest_the_next_morning(db):
    user = add_user(db)
    outcomes = [schedule(db, user.id, oslo(2026, 11, 24, 10 + i, 0), f"b{i}", budget=3) for i in range(5)]
    assert [o[0] for o in outcomes] == ["scheduled"] * 3 + ["digested"] * 2
    with db.session() as session:
        digests = session.execute(
            select(OutboxMessage).where(OutboxMessage.category == MessageCategory.DIGEST)
        ).scalars().all()
        assert len(digests) == 1
        digest = digests[0]
        assert digest.state == OutboxState.PENDING
        assert digest.due_at.astimezone(OSLO) == oslo(2026, 11, 25, 9, 0)
        assert digest.body == text("digest", "nb").format(count=2)
        folded = session.execute(select(OutboxMessage).where(OutboxMessage.digest_id == digest.id)).scalars().all()
        assert {e.idempotency_key for e in folded} == {"b3", "b4"}
        assert all(e.state == OutboxState.DIGESTED for e in folded)


def test_the_budget_is_per_week_and_replies_do_not_count(db):
    user = add_user(db)
    for i in range(3):
        schedule(db, user.id, oslo(2026, 11, 24, 10 + i), f"w1-{i}", budget=3)
    # Sunday 29 November is still the same week; Monday 30 November starts a new one.
    assert schedule(db, user.id, oslo(2026, 11, 29, 12), "w1-sun", budget=3)[0] == "digested"
    assert schedule(db, user.id, oslo(2026, 11, 30, 12), "w2-mon", budget=3)[0] == "scheduled"
    assert schedule(db, user.id, oslo(2026, 11, 24, 12), "veileder-1", MessageCategory.VEILEDER, budget=3)[0] \
        == "scheduled"
    with db.session() as session:
        assert budget_used(session, session.get(User, user.id), oslo(2026, 11, 24, 12)) == 3


def test_a_users_own_lower_budget_wins(db):
    user = add_user(db)
    with db.session() as session:
        session.get(User, user.id).weekly_message_budget = 1
    assert [schedule(db, user.id, oslo(2026, 11, 24, 10 + i), f"own{i}", budget=5)[0] for i in range(2)] \
        == ["scheduled", "digested"]


def test_the_same_key_twice_gives_one_row(db):
    user = add_user(db)
    first = schedule(db, user.id, oslo(2026, 11, 26, 12), "nudge:7:soon:2026-11-23")
    second = schedule(db, user.id, oslo(2026, 11, 26, 12), "nudge:7:soon:2026-11-23")
    assert second[0] == "duplicate" and second[1] == first[1]


def test_opted_out_users_get_a_cancelled_row_not_a_message(db):
    stopped, jobs_stopped = add_user(db), add_user(db)
    with db.session() as session:
        session.get(User, stopped.id).opted_out_at = utcnow()
        session.add(CategoryOptOut(user_id=jobs_stopped.id, category=MessageCategory.JOB_MATCH))
    assert schedule(db, stopped.id, oslo(2026, 11, 26, 12), "s1")[0] == "cancelled"
    assert schedule(db, jobs_stopped.id, oslo(2026, 11, 26, 12), "s2", MessageCategory.JOB_MATCH)[3] \
        == OutboxState.CANCELLED
    assert schedule(db, jobs_stopped.id, oslo(2026, 11, 26, 12), "s3", MessageCategory.NUDGE)[0] == "scheduled"


def test_appointment_reminders_are_exempt_from_the_weekly_budget(db):
    """A digest comes the next morning, after the meeting: a reminder is never folded into it,
    and it leaves the budget for nudges and job matches."""
    user = add_user(db)
    for i in range(3):
        schedule(db, user.id, oslo(2026, 11, 24, 10 + i), f"spent-{i}", budget=3)
    meeting_reminder = schedule(db, user.id, oslo(2026, 11, 24, 14), "appointment:1:v1:reminder:120",
                                MessageCategory.REMINDER, budget=3)
    assert meeting_reminder[0] == "scheduled" and meeting_reminder[3] == OutboxState.PENDING
    assert meeting_reminder[2] == oslo(2026, 11, 24, 14)
    with db.session() as session:
        assert budget_used(session, session.get(User, user.id), oslo(2026, 11, 24, 12)) == 3
    assert schedule(db, user.id, oslo(2026, 11, 24, 15), "nudge-after", budget=3)[0] == "digested"
