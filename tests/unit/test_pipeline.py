"""The pipeline on a real SQLite database with Rasa unreachable: what waits, what does not,
who holds a conversation, and where replies go. (With Rasa running: tests/e2e.)"""
from datetime import timedelta

import pytest
from sqlalchemy import select

from services.conversation.intake import receive_sms, store_inbound
from services.conversation.pipeline import (
    AssistantCircuit,
    PipelineConfig,
    claim_conversation,
    flag_long_waits,
    process_conversation,
)
from storage.models import (
    CaseCategory,
    Direction,
    Escalation,
    InboundState,
    Message,
    NoticeKind,
    OutboxMessage,
    User,
    VeilederNotice,
    utcnow,
)
from tests.support.people import make_team, make_user, make_veileder
from tests.support.pipeline import answer_stored_messages


@pytest.fixture
def ola(db):
    with db.session() as s:
        team = make_team(s)
        user = make_user(s, team, make_veileder(s, team, "Kari"))
        return user.id, user.phone_e164


def _states(db, user_id: int) -> list[tuple[str, InboundState]]:
    with db.session() as s:
        return [(m.body, m.inbound_state) for m in s.get(User, user_id).conversation.messages
                if m.direction == Direction.INBOUND]


def test_a_webhook_only_stores_the_message_once_and_a_worker_answers_it(app, db, ola, fake_twilio):
    services = app.extensions["kontakt"]
    user_id, phone = ola
    assert receive_sms(services, "SMpipe0001", phone, "HJELP").kind == "stored"
    assert receive_sms(services, "SMpipe0001", phone, "HJELP").kind == "duplicate"
    assert _states(db, user_id) == [("HJELP", InboundState.RECEIVED)]
    assert fake_twilio.messages_to(phone) == []

    answer_stored_messages(services)

    assert _states(db, user_id) == [("HJELP", InboundState.PROCESSED)]
    [reply] = fake_twilio.messages_to(phone)
    assert "55 55 33 33" in reply.body


def test_while_rasa_is_away_the_user_hears_once_and_a_crisis_is_still_answered_at_once(app, db, ola, fake_twilio):
    services = app.extensions["kontakt"]
    user_id, phone = ola
    for index, body in enumerate(["kan ikke komme på møtet", "hallo?", "vil ikke leve lenger", "STOPP"]):
        receive_sms(services, f"SMaway{index}", phone, body)

    answer_stored_messages(services)

    assert _states(db, user_id) == [
        ("kan ikke komme på møtet", InboundState.WAITING_FOR_ASSISTANT),
        ("hallo?", InboundState.WAITING_FOR_ASSISTANT),  # behind the first, for Rasa's sake
        ("vil ikke leve lenger", InboundState.PROCESSED),
        ("STOPP", InboundState.PROCESSED),
    ]
    texts = [m.body for m in fake_twilio.messages_to(phone)]
    assert len([t for t in texts if "har kommet fram" in t]) == 1
    assert any("113" in t and "116 123" in t for t in texts)
    with db.session() as s:
        case = s.execute(select(Escalation).where(Escalation.user_id == user_id)).scalar_one()
        assert case.category == CaseCategory.CRISIS
        assert s.get(User, user_id).opted_out_at is not None


def test_one_worker_at_a_time_holds_a_conversation_until_its_lease_runs_out(app, db, ola):
    services = app.extensions["kontakt"]
    user_id, _ = ola
    store_inbound(db, user_id, "sms", "SMlease1", "hei")
    config, circuit = PipelineConfig(), AssistantCircuit(services.assistant)
    now = utcnow()

    first = claim_conversation(services, circuit, config, now)

    assert first is not None and first.message.body == "hei"
    assert first.done is None  # it passed the steps in the lease's transaction: Rasa's turn
    assert _states(db, user_id) == [("hei", InboundState.PROCESSING)]
    assert claim_conversation(services, circuit, config, now) is None
    again = claim_conversation(services, circuit, config, now + config.lease + timedelta(seconds=1))
    assert (again.conversation_id, again.message.id) == (first.conversation_id, first.message.id)


def test_a_message_the_steps_answer_is_done_in_the_transaction_that_takes_the_lease(app, db, ola, fake_twilio):
    services = app.extensions["kontakt"]
    user_id, phone = ola
    store_inbound(db, user_id, "sms", "SMstop1", "STOPP")
    config, circuit = PipelineConfig(), AssistantCircuit(services.assistant)

    claim = claim_conversation(services, circuit, config)

    outgoing, next_message = claim.done
    assert next_message is None and len(outgoing.claimed) == 1
    assert _states(db, user_id) == [("STOPP", InboundState.PROCESSED)]
    assert claim_conversation(services, circuit, config) is None  # the lease ended with it
    services.send_now(outgoing)
    assert len(fake_twilio.messages_to(phone)) == 1


def test_a_conversation_that_only_waits_for_rasa_is_not_taken_before_its_retry_time(app, db, ola):
    services = app.extensions["kontakt"]
    user_id, phone = ola
    receive_sms(services, "SMretry1", phone, "når er møtet?")
    config = PipelineConfig(retry_delay=timedelta(minutes=5))
    circuit = AssistantCircuit(services.assistant)
    claim = claim_conversation(services, circuit, config)
    process_conversation(services, claim, circuit, config, services.send_now)

    assert claim_conversation(services, circuit, config) is None
    later = claim_conversation(services, circuit, config, utcnow() + timedelta(minutes=6))
    assert later.conversation_id == claim.conversation_id


def test_a_new_message_is_taken_at_once_though_an_earlier_one_waits_for_rasa(app, db, ola, fake_twilio):
    services = app.extensions["kontakt"]
    user_id, phone = ola
    receive_sms(services, "SMfirst", phone, "når er møtet?")
    config = PipelineConfig(retry_delay=timedelta(minutes=5))
    circuit = AssistantCircuit(services.assistant)
    # The note that the message waits was claimed as it was written: it goes first.
    process_conversation(services, claim_conversation(services, circuit, config), circuit, config,
                         services.send_now)
    receive_sms(services, "SMsecond", phone, "hjelp")

    claim = claim_conversation(services, circuit, config)

    assert claim is not None
    process_conversation(services, claim, circuit, config, services.send_now)
    assert _states(db, user_id) == [("når er møtet?", InboundState.WAITING_FOR_ASSISTANT),
                                    ("hjelp", InboundState.PROCESSED)]
    assert "55 55 33 33" in fake_twilio.messages_to(phone)[-1].body


def test_a_message_waiting_long_is_put_before_the_veileder_once(app, db, ola):
    services = app.extensions["kontakt"]
    user_id, phone = ola
    receive_sms(services, "SMlong1", phone, "når er møtet?")
    receive_sms(services, "SMlong2", phone, "hallo")
    answer_stored_messages(services)

    assert flag_long_waits(db, timedelta(minutes=10)) == 0
    later = utcnow() + timedelta(minutes=11)
    assert flag_long_waits(db, timedelta(minutes=10), now=later) == 1
    assert flag_long_waits(db, timedelta(minutes=10), now=later) == 0
    with db.session() as s:
        [notice] = s.execute(select(VeilederNotice).where(VeilederNotice.user_id == user_id)).scalars().all()
        assert notice.kind == NoticeKind.MESSAGE_WAITING and notice.priority == "P2"


def test_a_reply_goes_back_by_the_channel_the_message_came_in_on(app, db, ola, fake_twilio):
    services = app.extensions["kontakt"]
    user_id, phone = ola
    store_inbound(db, user_id, "web", "web-1", "hjelp")

    answer_stored_messages(services)

    with db.session() as s:
        replies = s.execute(select(Message).where(Message.direction == Direction.OUTBOUND)).scalars().all()
        assert [(m.channel, "55 55 33 33" in m.body) for m in replies] == [("web", True)]
        assert s.execute(select(OutboxMessage)).first() is None
    assert fake_twilio.messages_to(phone) == []
