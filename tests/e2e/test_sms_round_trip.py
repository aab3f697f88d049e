"""A real SMS round trip: signed webhook -> Flask -> Rasa + actions -> twilio client -> fake Twilio."""
import requests
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from devtools.demo_data import DEMO_USERS
from storage.models import (
    Conversation,
    DeliveryStatus,
    Direction,
    InboundState,
    Message,
    OutboxMessage,
    SenderKind,
    UnknownSender,
    User,
)
from tests.conftest import RASA_TOKEN, next_test_phone


def _thread(stack, phone):
    with stack.db.session() as session:
        user = session.execute(select(User).where(User.phone_e164 == phone)).scalar_one()
        return session.execute(
            select(Message).join(Conversation).where(Conversation.user_id == user.id)
            .options(selectinload(Message.outbox_entry)).order_by(Message.id)
        ).scalars().all()


def test_hei_from_a_demo_user_is_answered_in_norwegian(stack):
    phone = DEMO_USERS[0]["phone_e164"]
    response = stack.text(phone, "hei")

    assert response.status_code == 200
    sent = stack.fake_twilio.messages_to(phone)
    assert len(sent) == 1
    assert sent[0].body.startswith("Hei!")
    assert sent[0].status_callback == f"{stack.settings.public_base_url}/sms/status"

    inbound, outbound = _thread(stack, phone)
    assert (inbound.direction, inbound.body, inbound.inbound_state) == (Direction.INBOUND, "hei", InboundState.PROCESSED)
    assert (outbound.direction, outbound.sender_kind) == (Direction.OUTBOUND, SenderKind.BOT)
    assert outbound.body == sent[0].body
    assert outbound.delivery_status == DeliveryStatus.QUEUED
    assert outbound.outbox_entry.twilio_sid == sent[0].sid


def test_rasa_knows_the_user_by_an_opaque_id_not_the_phone_number(stack):
    user = stack.add_user()
    stack.text(user.phone_e164, "/greet")
    with stack.db.session() as session:
        sender_id = session.execute(
            select(Conversation.rasa_sender_id).where(Conversation.user_id == user.id)
        ).scalar_one()

    def tracker(sender):
        return requests.get(f"{stack.rasa_url}/conversations/{sender}/tracker",
                            params={"token": RASA_TOKEN}, timeout=10).json()

    assert user.phone_e164.lstrip("+") not in sender_id
    def user_texts(sender):
        return [e["text"] for e in tracker(sender)["events"] if e["event"] == "user"]

    assert user_texts(sender_id) == ["greet"]  # the "/" was stripped
    assert user_texts(user.phone_e164) == []


def test_the_same_webhook_twice_gives_one_message_and_one_reply(stack):
    user = stack.add_user()
    first = stack.text(user.phone_e164, "hei", message_sid="SMduplicate0001")
    second = stack.text(user.phone_e164, "hei", message_sid="SMduplicate0001")

    assert first.status_code == second.status_code == 200
    assert len(stack.fake_twilio.messages_to(user.phone_e164)) == 1
    assert [m.direction for m in _thread(stack, user.phone_e164)] == [Direction.INBOUND, Direction.OUTBOUND]


def test_a_bad_signature_is_refused_and_nothing_is_stored(stack):
    user = stack.add_user()
    response = stack.text(user.phone_e164, "hei", signature="bm90IGEgc2lnbmF0dXJl")

    assert response.status_code == 403
    assert _thread(stack, user.phone_e164) == []
    assert stack.fake_twilio.messages_to(user.phone_e164) == []


def test_the_signature_is_checked_against_the_public_url_behind_a_proxy(stack):
    user = stack.add_user()
    # The request reaches the app at another host name than the public one Twilio signed.
    internal_url = stack.settings.public_base_url.replace("127.0.0.1", "localhost") + "/sms/inbound"
    response = stack.text(user.phone_e164, "hei", target_url=internal_url)

    assert response.status_code == 200
    assert len(stack.fake_twilio.messages_to(user.phone_e164)) == 1


def test_an_unknown_number_gets_one_polite_reply_and_nothing_is_learnt(stack):
    phone = next_test_phone()
    with stack.db.session() as session:
        unknown_before = session.execute(select(func.count(UnknownSender.id))).scalar_one()
        messages_before = session.execute(select(func.count(Message.id))).scalar_one()

    assert stack.text(phone, "hei, det er meg, har fått nytt nummer").status_code == 200
    assert stack.text(phone, "hallo?").status_code == 200

    replies = stack.fake_twilio.messages_to(phone)
    assert len(replies) == 1
    assert "55 55 33 33" in replies[0].body
    with stack.db.session() as session:
        assert session.execute(select(func.count(Message.id))).scalar_one() == messages_before
        hashes = session.execute(select(UnknownSender.number_hash)).scalars().all()
        assert len(hashes) == unknown_before + 1
        assert all(phone.lstrip("+") not in h for h in hashes)
        assert session.execute(
            select(func.count(OutboxMessage.id)).where(OutboxMessage.to_phone == phone)
        ).scalar_one() == 1


def test_malformed_and_oversized_requests_get_a_clear_4xx_and_store_nothing(stack):
    user = stack.add_user()
    too_long = stack.text(user.phone_e164, "x" * 1601)
    not_a_number = stack.text("not-a-number", "hei")
    url = f"{stack.settings.public_base_url}/sms/inbound"
    oversized = requests.post(url, data={"Body": "x" * 70_000}, timeout=10)
    missing_fields = requests.post(url, data={}, timeout=10)

    assert too_long.status_code == 400 and "1600" in too_long.text
    assert not_a_number.status_code == 400 and "phone number" in not_a_number.text
    assert oversized.status_code == 413
    assert missing_fields.status_code == 403  # unsigned: refused before it is read
    assert _thread(stack, user.phone_e164) == []


def test_the_running_service_is_ready(stack):
    response = requests.get(f"{stack.settings.public_base_url}/readyz", timeout=15)
    assert (response.status_code, response.json()["checks"]) == (200, {"database": True, "rasa": True})
