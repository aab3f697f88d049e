"""Hostile and careless SMS against the running service (issue 11, items 5-7): real Rasa, real
action server, the real twilio client against the fake Twilio. What Rasa's tracker holds is
read back through Rasa's own HTTP API."""
import pytest
import requests
from sqlalchemy import select

from services.messaging.texts import text
from storage.models import Conversation, Message, User
from tests.conftest import RASA_TOKEN
from tests.unit.test_inbound_text import COMMANDS


def _sender_id(stack, phone: str) -> str:
    with stack.db.session() as session:
        return session.execute(select(Conversation.rasa_sender_id).join(User).where(User.phone_e164 == phone)
                               ).scalar_one()


def _user_events(stack, phone: str) -> list[dict]:
    tracker = requests.get(f"{stack.rasa_url}/conversations/{_sender_id(stack, phone)}/tracker",
                           params={"token": RASA_TOKEN}, timeout=10).json()
    return [event for event in tracker["events"] if event["event"] == "user"]


def test_a_national_identity_number_reaches_neither_the_database_nor_rasa(stack):
    user = stack.add_user()
    assert stack.text(user.phone_e164, "hei, mitt fnr er 01019912345").status_code == 200
    [seen] = _user_events(stack, user.phone_e164)
    assert seen["text"] == "hei, mitt fnr er ***********"
    assert "0101991" not in str(seen)
    sent = [m.body for m in stack.fake_twilio.messages_to(user.phone_e164)]
    assert sent[0] == text("national_id_not_needed") and len(sent) >= 2  # then the assistant's own answer
    with stack.db.session() as session:
        assert not any("0101991" in body for body in session.execute(select(Message.body)).scalars())


@pytest.mark.parametrize("body", COMMANDS[:4] + COMMANDS[11:13] + COMMANDS[18:20])
def test_no_body_forces_an_intent_or_entities_in_rasa(stack, body):
    user = stack.add_user()
    assert stack.text(user.phone_e164, body).status_code == 200
    [seen] = _user_events(stack, user.phone_e164)
    assert not seen["text"].startswith("/")
    assert seen["parse_data"]["intent"]["confidence"] < 1.0 or seen["parse_data"]["intent"]["name"] == "nlu_fallback"
    assert not [e for e in seen["parse_data"]["entities"] if e["entity"].startswith("appointment_")]


def test_a_nul_byte_is_answered_and_kept(stack):
    user = stack.add_user()
    assert stack.text(user.phone_e164, "hei\x00").status_code == 200
    assert stack.fake_twilio.messages_to(user.phone_e164)
    with stack.db.session() as session:
        bodies = session.execute(select(Message.body).join(Conversation).join(User)
                                 .where(User.phone_e164 == user.phone_e164).order_by(Message.id)).scalars().all()
    assert bodies[0] == "hei"
