"""Messages to one number reach Twilio one at a time and in the order they were written,
whichever dispatcher takes them; a message waiting for a retry holds up nobody."""
from datetime import timedelta

from sqlalchemy import select

from services.messaging.outbox import dispatch, enqueue_sms
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
