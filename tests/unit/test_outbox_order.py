"""Messages to one number reach Twilio one at a time and in the order they were written,
whichever dispatcher takes them; a message waiting for a retry holds up nobody."""
from datetime import timedelta

from sqlalchemy import select

from services.messaging.outbox import claim_written, dispatch, enqueue_sms, send_outgoing
from storage.models import OutboxMessage, OutboxState, User, utcnow
from tests.conftest import add_user


def _queue(db, user_id: int, *bodies: str) -> list[int]:
    with db.session() as session:
        conversation = session.get(User, user_id).conversation
        entries = [enqueue_sms(session, conversation, body, f"order:{user_id}:{body}") for body in bodies]
        session.flush()
        return [entry.id for entry in entries]


def _set(db, outbox_id: int, **values) -> None:
    with db.session() as session:
        entry = session.get(OutboxMessage, outbox_id)
        for name, value in values.items():
            setattr(entry, name, value)


def test_a_later_message_waits_while_an_earlier_one_to_the_same_number_is_in_flight(app, db, fake_twilio):
    services = app.extensions["kontakt"]
    ola, kari = add_user(db), add_user(db)
    first, second = _queue(db, ola.id, "første", "andre")
    [other] = _queue(db, kari.id, "til en annen")
    _set(db, first, state=OutboxState.CLAIMED, lease_until=utcnow() + timedelta(seconds=60))  # another dispatcher

    assert dispatch(services.db, services.sender, None, only_ids=[second, other]) == 1

    assert [m.body for m in fake_twilio.messages_to(kari.phone_e164)] == ["til en annen"]
    assert fake_twilio.messages_to(ola.phone_e164) == []
    _set(db, first, state=OutboxState.PENDING, lease_until=None)  # its dispatcher died: the lease is given up
    assert dispatch(services.db, services.sender, None, only_ids=[second, first]) == 2
    assert [m.body for m in fake_twilio.messages_to(ola.phone_e164)] == ["første", "andre"]


def test_a_message_waiting_for_a_retry_does_not_hold_up_the_next(app, db, fake_twilio):
    services = app.extensions["kontakt"]
    ola = add_user(db)
    failed, later = _queue(db, ola.id, "prøves igjen", "neste")
    _set(db, failed, due_at=utcnow() + timedelta(minutes=5), attempts=1)

    assert dispatch(services.db, services.sender, None) == 1

    assert [m.body for m in fake_twilio.messages_to(ola.phone_e164)] == ["neste"]
    with db.session() as session:
        assert session.execute(select(OutboxMessage.state).where(OutboxMessage.id == failed)).scalar_one() \
            == OutboxState.PENDING


def _write_and_claim(db, user_id: int, *bodies: str):
    with db.session() as session:
        conversation = session.get(User, user_id).conversation
        entries = [enqueue_sms(session, conversation, body, f"claimed:{user_id}:{body}") for body in bodies]
        session.flush()
        return claim_written(session, [entry.id for entry in entries])


def _states(db, outbox_ids: list[int]) -> list[tuple[OutboxState, int]]:
    with db.reading() as session:
        return [session.execute(select(OutboxMessage.state, OutboxMessage.attempts)
                                .where(OutboxMessage.id == outbox_id)).one()._tuple() for outbox_id in outbox_ids]


def test_replies_claimed_as_they_are_written_leave_in_order_without_a_claim_of_their_own(app, db, fake_twilio):
    services = app.extensions["kontakt"]
    ola = add_user(db)

    outgoing = _write_and_claim(db, ola.id, "første svar", "andre svar")

    # Only the first may go at once: the second waits while the first is in flight.
    [(first, ready)], [second] = outgoing.claimed, outgoing.unclaimed
    assert ready.body == "første svar"
    assert _states(db, [first, second]) == [(OutboxState.CLAIMED, 1), (OutboxState.PENDING, 0)]
    assert dispatch(services.db, services.sender, None) == 0  # no other dispatcher takes either meanwhile
    assert send_outgoing(services.db, services.sender, None, outgoing) == 2
    assert [m.body for m in fake_twilio.messages_to(ola.phone_e164)] == ["første svar", "andre svar"]
    assert _states(db, [first, second]) == [(OutboxState.SENT, 1), (OutboxState.SENT, 1)]


def test_a_reply_claimed_as_written_that_no_dispatcher_sent_goes_when_its_lease_runs_out(app, db, fake_twilio):
    services = app.extensions["kontakt"]
    ola = add_user(db)
    [(claimed, _)] = _write_and_claim(db, ola.id, "svar").claimed  # the worker died before handing it over

    assert dispatch(services.db, services.sender, None) == 0
    assert dispatch(services.db, services.sender, None, now=utcnow() + timedelta(minutes=2)) == 1
    assert [m.body for m in fake_twilio.messages_to(ola.phone_e164)] == ["svar"]
    assert _states(db, [claimed]) == [(OutboxState.SENT, 2)]


def test_a_row_the_users_rules_stop_is_not_claimed_for_sending(app, db, fake_twilio):
    ola = add_user(db)
    _set_user(db, ola.id, carrier_opted_out_at=utcnow())

    outgoing = _write_and_claim(db, ola.id, "svar")

    assert not outgoing
    with db.reading() as session:
        assert session.execute(select(OutboxMessage.state)).scalars().all() == [OutboxState.CANCELLED]


def _set_user(db, user_id: int, **values) -> None:
    with db.session() as session:
        user = session.get(User, user_id)
        for name, value in values.items():
            setattr(user, name, value)
