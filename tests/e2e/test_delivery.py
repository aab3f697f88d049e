"""The dispatcher and the status callbacks, through the real twilio client and the fake Twilio."""
from datetime import datetime, timedelta

import pytest
import requests
from sqlalchemy import select

from bot import create_app
from services.gateways.sms import TwilioSmsSender
from services.messaging.outbox import DeliveryConfig, dispatch, enqueue_sms
from services.messaging.send_policy import schedule_user_message
from services.oslo import OSLO
from storage.models import (
    DeliveryStatus,
    MessageCategory,
    NoticeKind,
    OutboxMessage,
    OutboxState,
    User,
    VeilederNotice,
    utcnow,
)
from tests.conftest import ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER, add_user, make_settings
from tests.support.processes import free_port
from tests.support.wsgi import ThreadedWsgiServer

FAST = DeliveryConfig(lease=timedelta(seconds=30), max_attempts=4, backoff_base_seconds=0)


@pytest.fixture
def sender(fake_twilio):
    return TwilioSmsSender(ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER, fake_twilio.base_url)


@pytest.fixture
def web(db, fake_twilio):
    """The Flask app on loopback, so that the fake Twilio can post status callbacks to it."""
    port = free_port()
    settings = make_settings(db.url, f"http://127.0.0.1:{port}", f"http://127.0.0.1:{free_port()}",
                             fake_twilio.base_url)
    server = ThreadedWsgiServer(create_app(settings), port)
    yield settings
    server.stop()


def queue(db, user_id, body="Hei!", key=None, category=MessageCategory.REPLY, due_at=None):
    with db.session() as session:
        user = session.get(User, user_id)
        entry = enqueue_sms(session, user.conversation, body, key or f"t:{utcnow().timestamp()}:{body}",
                            category=category, due_at=due_at)
        session.flush()
        return entry.id


def entry_of(db, outbox_id):
    with db.session() as session:
        entry = session.get(OutboxMessage, outbox_id)
        return entry, (entry.message.delivery_status if entry.message else None)


def notices(db, user_id):
    with db.session() as session:
        return session.execute(select(VeilederNotice.kind).where(VeilederNotice.user_id == user_id)).scalars().all()


def test_500s_and_429s_are_retried_until_one_message_gets_through(db, sender, fake_twilio):
    user = add_user(db)
    outbox_id = queue(db, user.id, "Hei fra NAV")
    fake_twilio.fail_next(2, 500, 20500)
    fake_twilio.fail_next(1, 429, 20429)

    assert dispatch(db, sender, None, config=FAST) == 1

    entry, status = entry_of(db, outbox_id)
    assert (entry.state, entry.attempts, status) == (OutboxState.SENT, 4, DeliveryStatus.QUEUED)
    assert [m.body for m in fake_twilio.messages_to(user.phone_e164)] == ["Hei fra NAV"]


def test_backoff_grows_and_has_jitter():
    config = DeliveryConfig(backoff_base_seconds=5)
    first = [config.backoff(1).total_seconds() for _ in range(50)]
    fourth = [config.backoff(4).total_seconds() for _ in range(50)]
    assert all(2.5 <= s <= 7.5 for s in first) and all(20 <= s <= 60 for s in fourth)
    assert len(set(first)) > 1


def test_a_transient_failure_waits_for_its_backoff(db, sender, fake_twilio):
    user = add_user(db)
    outbox_id = queue(db, user.id)
    fake_twilio.fail_next(1, 503, 20503)
    assert dispatch(db, sender, None, config=DeliveryConfig(backoff_base_seconds=60)) == 0
    entry, _ = entry_of(db, outbox_id)
    assert entry.state == OutboxState.PENDING and entry.due_at > utcnow() + timedelta(seconds=25)
    assert fake_twilio.messages_to(user.phone_e164) == []


def test_after_the_last_attempt_the_message_is_undeliverable_and_the_veileder_told(db, sender, fake_twilio):
    user = add_user(db)
    outbox_id = queue(db, user.id)
    fake_twilio.fail_next(FAST.max_attempts, 500, 20500)
    assert dispatch(db, sender, None, config=FAST) == 0
    entry, status = entry_of(db, outbox_id)
    assert (entry.state, entry.attempts, status) == (OutboxState.FAILED, FAST.max_attempts, DeliveryStatus.FAILED)
    assert notices(db, user.id) == [NoticeKind.SMS_UNDELIVERABLE]


def test_carrier_opt_out_21610_is_recorded_and_never_retried(db, sender, fake_twilio):
    user = add_user(db)
    first, second = queue(db, user.id, "en"), queue(db, user.id, "to")
    fake_twilio.fail_next(1, 400, 21610)
    assert dispatch(db, sender, None, config=FAST) == 0
    assert entry_of(db, first)[0].attempts == 1 and entry_of(db, first)[0].state == OutboxState.FAILED
    # The carrier blocks everything: the next message is not even tried.
    assert entry_of(db, second)[0].state == OutboxState.CANCELLED
    with db.session() as session:
        assert session.get(User, user.id).carrier_opted_out_at is not None
    assert notices(db, user.id) == [NoticeKind.SMS_CARRIER_OPT_OUT]
    assert fake_twilio.messages_to(user.phone_e164) == []


@pytest.mark.parametrize("code", [21211, 21614, 30005, 30006])
def test_unreachable_numbers_are_flagged_once_and_not_retried(db, sender, fake_twilio, code):
    user = add_user(db)
    queue(db, user.id, "en"), queue(db, user.id, "to")
    fake_twilio.fail_next(2, 400, code)
    assert dispatch(db, sender, None, config=FAST) == 0
    with db.session() as session:
        stored = session.get(User, user.id)
        assert stored.sms_unreachable_code == code and stored.sms_unreachable_at is not None
        states = session.execute(select(OutboxMessage.state, OutboxMessage.attempts)
                                 .where(OutboxMessage.to_phone == user.phone_e164)).all()
    assert states == [(OutboxState.FAILED, 1), (OutboxState.FAILED, 1)]
    assert notices(db, user.id) == [NoticeKind.SMS_UNREACHABLE]


def test_status_callbacks_twice_and_out_of_order_and_unknown(db, sender, fake_twilio, web):
    user = add_user(db)
    outbox_id = queue(db, user.id, "Status")
    dispatch(db, sender, web.status_callback_url, config=FAST)
    sid = fake_twilio.messages_to(user.phone_e164)[0].sid

    assert fake_twilio.send_status_callback(sid, "delivered") == 200
    assert fake_twilio.send_status_callback(sid, "delivered") == 200  # the same callback twice
    assert fake_twilio.send_status_callback(sid, "sent") == 200       # late and out of order
    assert fake_twilio.send_status_callback(sid, "queued") == 200
    assert entry_of(db, outbox_id)[1] == DeliveryStatus.DELIVERED
    assert notices(db, user.id) == []

    unknown = requests.post(web.status_callback_url, data={"MessageSid": "SMnotours", "MessageStatus": "delivered"},
                            headers={"X-Twilio-Signature": _signature(web, "SMnotours")}, timeout=10)
    assert unknown.status_code == 200
    unsigned = requests.post(web.status_callback_url, data={"MessageSid": sid, "MessageStatus": "failed"}, timeout=10)
    assert unsigned.status_code == 403
    assert entry_of(db, outbox_id)[1] == DeliveryStatus.DELIVERED


def _signature(settings, sid):
    from twilio.request_validator import RequestValidator
    return RequestValidator(AUTH_TOKEN).compute_signature(settings.status_callback_url,
                                                          {"MessageSid": sid, "MessageStatus": "delivered"})


def test_sent_then_undelivered_with_a_permanent_code_flags_the_user(db, sender, fake_twilio, web):
    user = add_user(db)
    outbox_id = queue(db, user.id, "Kommer den fram?")
    dispatch(db, sender, web.status_callback_url, config=FAST)
    sid = fake_twilio.messages_to(user.phone_e164)[0].sid
    fake_twilio.send_status_callback(sid, "undelivered", 30005)
    fake_twilio.send_status_callback(sid, "sent")
    assert entry_of(db, outbox_id)[1] == DeliveryStatus.UNDELIVERED
    assert notices(db, user.id) == [NoticeKind.SMS_UNREACHABLE]


def test_a_nudge_due_at_22_goes_out_at_09(db, sender, fake_twilio):
    user = add_user(db)
    evening = datetime(2026, 11, 26, 22, 0, tzinfo=OSLO)
    with db.session() as session:
        result = schedule_user_message(session, session.get(User, user.id), "Hei! En frist nærmer seg.",
                                       MessageCategory.NUDGE, evening, "nudge:test:22")
        session.flush()
        outbox_id = result.entry.id
    assert dispatch(db, sender, None, now=evening + timedelta(minutes=5), config=FAST) == 0
    assert dispatch(db, sender, None, now=datetime(2026, 11, 27, 8, 59, tzinfo=OSLO), config=FAST) == 0
    assert dispatch(db, sender, None, now=datetime(2026, 11, 27, 9, 0, tzinfo=OSLO), config=FAST) == 1
    assert len(fake_twilio.messages_to(user.phone_e164)) == 1
    assert entry_of(db, outbox_id)[0].due_at == datetime(2026, 11, 27, 9, 0, tzinfo=OSLO)


def test_a_message_that_became_due_in_quiet_hours_while_down_waits_for_the_morning(db, sender, fake_twilio):
    user = add_user(db)
    outbox_id = queue(db, user.id, "Påminnelse", category=MessageCategory.REMINDER,
                      due_at=datetime(2026, 3, 28, 19, 30, tzinfo=OSLO))
    # The dispatcher comes back at 03:30 on the night the clocks go forward.
    night = datetime(2026, 3, 29, 3, 30, tzinfo=OSLO)
    assert dispatch(db, sender, None, now=night, config=FAST) == 0
    entry, _ = entry_of(db, outbox_id)
    assert (entry.state, entry.attempts) == (OutboxState.PENDING, 0)
    assert entry.due_at == datetime(2026, 3, 29, 9, 0, tzinfo=OSLO)
    # A reply is exempt: it goes at night.
    reply_id = queue(db, user.id, "Svar", due_at=night)
    assert dispatch(db, sender, None, now=night, config=FAST) == 1
    assert entry_of(db, reply_id)[0].state == OutboxState.SENT
