"""An inbound SMS is stored cleaned, on SQLite and PostgreSQL (issue 11, items 5 and 7): a NUL
byte no longer loses the message, a national identity number is never stored, and the user
is told kindly that NAV never needs it by SMS. Rasa is not running: the message waits for it.
A worker's turn runs in the test's own thread (tests/support/pipeline.py)."""
import pytest
from sqlalchemy import select

from services.conversation.inbound_text import text_for_assistant
from services.conversation.intake import receive_sms
from services.messaging.outbox import dispatch
from services.messaging.texts import text
from services.runtime import MessagingServices
from storage.models import Escalation, InboundState, Message, OutboxMessage
from tests.conftest import add_user, make_settings
from tests.support.pipeline import answer_stored_messages
from tests.unit.conftest import UNREACHABLE


@pytest.fixture
def services(any_database, fake_twilio):
    return MessagingServices.from_settings(
        make_settings(any_database.url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url), db=any_database)


def handle(services, sid, phone, body):
    """The webhook's part, then a worker's, then every dispatcher's: everything due is sent."""
    intake = receive_sms(services, sid, phone, body)
    answer_stored_messages(services)
    dispatch(services.db, services.sender, services.settings.status_callback_url)
    return intake


def inbound(services, sid):
    with services.db.session() as session:
        return session.execute(select(Message).where(Message.channel == "sms", Message.external_id == sid)).scalar_one()


def test_a_nul_byte_is_dropped_and_the_message_kept_and_acknowledged(services, fake_twilio):
    user = add_user(services.db)
    assert handle(services, "SMnul000001", user.phone_e164, "hei\x00 der\x00").kind == "stored"
    message = inbound(services, "SMnul000001")
    assert (message.body, message.inbound_state) == ("hei der", InboundState.WAITING_FOR_ASSISTANT)
    assert [m.body for m in fake_twilio.messages_to(user.phone_e164)] == [text("received_assistant_unavailable")]


def test_a_body_of_control_characters_only_is_kept_as_empty(services):
    user = add_user(services.db)
    handle(services, "SMnul000002", user.phone_e164, "\x00\x01\x02")
    assert inbound(services, "SMnul000002").body == ""


def test_a_national_identity_number_is_never_stored_and_the_user_is_told(services, fake_twilio):
    user = add_user(services.db)
    handle(services, "SMfnr000001", user.phone_e164, "mitt fnr er 01019912345")
    message = inbound(services, "SMfnr000001")
    assert message.body == "mitt fnr er ***********"
    assert text_for_assistant(message.body) == "mitt fnr er ***********"
    sent = [m.body for m in fake_twilio.messages_to(user.phone_e164)]
    assert sent[0] == text("national_id_not_needed") and "01019912345" not in " ".join(sent)
    with services.db.session() as session:
        bodies = session.execute(select(OutboxMessage.body)).scalars().all() + \
            session.execute(select(Message.body)).scalars().all()
    assert not any("0101991" in body for body in bodies)


def test_a_national_identity_number_in_a_crisis_is_masked_in_the_case_too(services):
    user = add_user(services.db, language="en")
    handle(services, "SMfnr000002", user.phone_e164, "orker ikke mer. fnr 151086 95088")
    with services.db.session() as session:
        case = session.execute(select(Escalation).where(Escalation.user_id == user.id)).scalar_one()
        assert case.user_words == "orker ikke mer. fnr ***********"
        keys = session.execute(select(OutboxMessage.idempotency_key, OutboxMessage.body)
                               .order_by(OutboxMessage.id)).all()
    assert keys[0] == (keys[0][0], text("national_id_not_needed", "en")) and keys[0][0].startswith("national-id:")


def test_a_repeated_webhook_does_not_tell_the_user_twice(services, fake_twilio):
    user = add_user(services.db)
    handle(services, "SMfnr000003", user.phone_e164, "fnr 15108695088")
    assert handle(services, "SMfnr000003", user.phone_e164, "fnr 15108695088").kind == "duplicate"
    told = [m for m in fake_twilio.messages_to(user.phone_e164) if m.body == text("national_id_not_needed")]
    assert len(told) == 1
