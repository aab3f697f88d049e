"""The one-way delivery state machine: never backwards, duplicates and reordering harmless."""
import itertools

import pytest
from sqlalchemy import select

from services.messaging.delivery_status import FINAL, advance, apply_status_callback, from_twilio
from services.messaging.outbox import enqueue_sms
from storage.models import DeliveryStatus, Message, OutboxMessage, OutboxState, User
from tests.conftest import add_user

Q, S, D, U, F = (DeliveryStatus.QUEUED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED,
                 DeliveryStatus.UNDELIVERED, DeliveryStatus.FAILED)


@pytest.mark.parametrize("current,reported,expected", [
    (None, Q, Q), (Q, S, S), (S, D, D), (S, U, U), (Q, F, F),
    (S, Q, S), (D, S, D), (D, Q, D),          # never backwards
    (D, U, D), (U, D, U), (F, D, F),          # the first final status stays
    (S, S, S), (D, D, D),                     # repeats change nothing
    (Q, D, D),                                # "sent" may never be reported
])
def test_advance(current, reported, expected):
    assert advance(current, reported) == expected


def test_any_order_of_the_same_reports_ends_in_the_same_final_status():
    for order in itertools.permutations([Q, S, D]):
        status = None
        for reported in order:
            status = advance(status, reported)
        assert status == D


@pytest.mark.parametrize("twilio,expected", [
    ("accepted", Q), ("sending", Q), ("queued", Q), ("sent", S), ("delivered", D), ("read", D),
    ("undelivered", U), ("failed", F), ("canceled", F), ("DELIVERED", D), ("nonsense", None), ("", None),
])
def test_twilio_statuses(twilio, expected):
    assert from_twilio(twilio) == expected


def test_final_statuses():
    assert FINAL == {D, U, F}


def _sent_message(db, sid):
    user = add_user(db)
    with db.session() as session:
        user = session.get(User, user.id)
        entry = enqueue_sms(session, user.conversation, "Hei!", f"test:{sid}")
        entry.state, entry.twilio_sid = OutboxState.SENT, sid
        entry.message.delivery_status = Q
        session.flush()
        return user.id, entry.message.id


def _status(db, message_id):
    with db.session() as session:
        return session.get(Message, message_id).delivery_status


def test_callbacks_applied_to_the_database(db):
    _, message_id = _sent_message(db, "SMabc")
    results = []
    for status in ["delivered", "sent", "delivered", "queued"]:
        with db.session() as session:
            results.append(apply_status_callback(session, "SMabc", status, None))
    assert results == ["updated", "unchanged", "unchanged", "unchanged"]
    assert _status(db, message_id) == D


def test_an_unknown_sid_and_an_unknown_status_are_ignored(db):
    _, message_id = _sent_message(db, "SMknown")
    with db.session() as session:
        assert apply_status_callback(session, "SMnotours", "delivered", None) == "unknown_sid"
        assert apply_status_callback(session, "SMknown", "exploded", None) == "unknown_status"
    assert _status(db, message_id) == Q


def test_an_undelivered_report_with_a_permanent_code_flags_the_user(db):
    user_id, _ = _sent_message(db, "SMgone")
    with db.session() as session:
        apply_status_callback(session, "SMgone", "undelivered", 30006)
    with db.session() as session:
        user = session.get(User, user_id)
        assert user.sms_unreachable_code == 30006 and user.sms_unreachable_at is not None
        entry = session.execute(select(OutboxMessage).where(OutboxMessage.twilio_sid == "SMgone")).scalar_one()
        assert entry.state == OutboxState.SENT
