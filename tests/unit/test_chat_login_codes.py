"""Login codes for the web chat (OWASP ASVS V2.7) and the sessions they open."""
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from services.messaging.keywords import stop_everything
from services.messaging.phone import InvalidPhoneNumber
from services.oslo import OSLO
from services.webchat import sessions
from services.webchat.login_codes import (
    CODE_LIFETIME,
    CODES_PER_ADDRESS,
    CodeCheck,
    MAX_FAILED_ATTEMPTS,
    check_code,
    request_code,
)
from storage.models import ChatLoginCode, ChatSession, Message, MessageCategory, OutboxMessage, OutboxState, User
from tests.conftest import add_user
from tests.support.chat_client import CODE_IN_SMS

SECRET = "test-secret-key"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


def ask(db, phone: str, address: str = "10.0.0.1", now: datetime = NOW):
    with db.session() as s:
        return request_code(s, phone, address, SECRET, now)


def check(db, code_id, typed: str, now: datetime = NOW):
    with db.session() as s:
        return check_code(s, code_id, typed, SECRET, now)


def sent_code(db, code_id: int) -> OutboxMessage:
    with db.session() as s:
        return s.execute(select(OutboxMessage).where(OutboxMessage.idempotency_key == f"chat-code:{code_id}")
                         ).scalar_one()


def code_of(db, code_id: int) -> str:
    return CODE_IN_SMS.search(sent_code(db, code_id).body).group(1)


def test_the_code_goes_by_sms_as_a_reply_and_only_its_hash_is_kept(db):
    user = add_user(db)
    asked = ask(db, user.phone_e164)
    assert asked.outcome == "sent"
    entry = sent_code(db, asked.code_id)
    code = code_of(db, asked.code_id)
    assert entry.category == MessageCategory.REPLY and entry.to_phone == user.phone_e164
    assert entry.body.startswith(f"Koden din for å logge inn i chatten med NAV er {code}.")
    with db.session() as s:
        row = s.get(ChatLoginCode, asked.code_id)
        thread_body = s.execute(select(Message.body).where(Message.id == entry.message_id)).scalar_one()
    assert code not in row.code_hash and len(row.code_hash) == 64 and row.user_id == user.id
    assert user.phone_e164 not in row.number_hash and row.expires_at == NOW + CODE_LIFETIME
    assert code not in thread_body  # whoever reads the thread cannot use it


def test_the_code_reaches_a_user_who_said_stopp_at_night(app, db, fake_twilio):
    user = add_user(db)
    with db.session() as s:
        stop_everything(s, s.get(User, user.id))
    night = datetime(2026, 11, 26, 23, 30, tzinfo=OSLO)
    asked = ask(db, user.phone_e164, now=night)
    app.extensions["kontakt"].send_now([sent_code(db, asked.code_id).id])
    assert sent_code(db, asked.code_id).state == OutboxState.SENT
    assert CODE_IN_SMS.search(fake_twilio.messages_to(user.phone_e164)[-1].body)


def test_once_the_code_has_logged_in_the_outbox_forgets_its_text(app, db, fake_twilio):
    user = add_user(db)
    asked = ask(db, user.phone_e164, now=datetime.now(timezone.utc))
    app.extensions["kontakt"].send_now([sent_code(db, asked.code_id).id])
    code = CODE_IN_SMS.search(fake_twilio.messages_to(user.phone_e164)[-1].body).group(1)
    assert code in sent_code(db, asked.code_id).body  # kept only until it is used
    assert check(db, asked.code_id, code, now=datetime.now(timezone.utc)).outcome == "ok"
    sent = sent_code(db, asked.code_id)
    assert sent.state == OutboxState.SENT and sent.body == ""


def test_the_right_code_logs_in_once(db):
    user = add_user(db)
    asked = ask(db, user.phone_e164)
    code = code_of(db, asked.code_id)
    assert check(db, asked.code_id, code[:3] + " " + code[3:]) == CodeCheck("ok", user_id=user.id)
    assert check(db, asked.code_id, code).outcome == "expired"


def test_five_wrong_tries_spend_the_code(db):
    user = add_user(db)
    asked = ask(db, user.phone_e164)
    code = code_of(db, asked.code_id)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    outcomes = [check(db, asked.code_id, wrong) for _ in range(MAX_FAILED_ATTEMPTS)]
    assert [o.outcome for o in outcomes] == ["wrong"] * 4 + ["spent"]
    assert [o.attempts_left for o in outcomes[:4]] == [4, 3, 2, 1]
    assert check(db, asked.code_id, code).outcome == "spent"


def test_something_that_is_not_six_digits_is_not_counted(db):
    user = add_user(db)
    asked = ask(db, user.phone_e164)
    for typed in ["", "12345", "abcdef", "1234567"]:
        assert check(db, asked.code_id, typed).outcome == "malformed"
    assert check(db, asked.code_id, code_of(db, asked.code_id)).outcome == "ok"


def test_the_code_is_valid_for_ten_minutes(db):
    user = add_user(db)
    asked = ask(db, user.phone_e164)
    code = code_of(db, asked.code_id)
    assert check(db, asked.code_id, code, NOW + CODE_LIFETIME).outcome == "expired"
    assert check(db, asked.code_id, code, NOW + CODE_LIFETIME - timedelta(seconds=1)).outcome == "ok"


def test_a_new_code_replaces_the_one_before(db):
    user = add_user(db)
    first = ask(db, user.phone_e164)
    second = ask(db, user.phone_e164, now=NOW + timedelta(minutes=1))
    later = NOW + timedelta(minutes=2)
    assert check(db, first.code_id, code_of(db, first.code_id), later).outcome == "expired"
    assert check(db, second.code_id, code_of(db, second.code_id), later).outcome == "ok"


def test_three_codes_per_number_an_hour(db):
    user = add_user(db)
    outcomes = [ask(db, user.phone_e164, f"10.0.0.{n}", NOW + timedelta(minutes=n)).outcome for n in range(4)]
    assert outcomes == ["sent", "sent", "sent", "rate_limited"]
    assert ask(db, user.phone_e164, now=NOW + timedelta(minutes=61)).outcome == "sent"
    with db.reading() as s:
        sms = s.execute(select(func.count(OutboxMessage.id)).where(OutboxMessage.to_phone == user.phone_e164)
                        ).scalar_one()
    assert sms == 4


def test_a_limit_per_client_address(db):
    phones = [add_user(db).phone_e164 for _ in range(CODES_PER_ADDRESS + 1)]
    outcomes = [ask(db, phone, "10.9.9.9").outcome for phone in phones]
    assert outcomes == ["sent"] * CODES_PER_ADDRESS + ["rate_limited"]
    assert ask(db, phones[-1], "10.9.9.10").outcome == "sent"


def test_a_number_that_is_no_users_gets_the_same_answer_and_limits_but_no_sms(db):
    unknown = "+4799988877"
    outcomes = [ask(db, unknown, now=NOW + timedelta(minutes=n)) for n in range(4)]
    assert [o.outcome for o in outcomes] == ["sent", "sent", "sent", "rate_limited"]
    with db.reading() as s:
        assert s.execute(select(func.count(OutboxMessage.id))).scalar_one() == 0
        assert s.get(ChatLoginCode, outcomes[0].code_id).user_id is None
    assert [check(db, outcomes[2].code_id, "123456").outcome for _ in range(5)] == ["wrong"] * 4 + ["spent"]


@pytest.mark.parametrize("raw", ["", "hei", "123", "+4712"])
def test_something_that_is_not_a_phone_number_is_refused(db, raw):
    with pytest.raises(InvalidPhoneNumber):
        ask(db, raw)


def test_a_session_ends_after_30_minutes_idle_and_activity_keeps_it(db):
    user = add_user(db)
    with db.session() as s:
        token = sessions.start_session(s, user.id, NOW)
    with db.session() as s:
        assert sessions.touch(s, token, NOW + timedelta(minutes=29)) == user.id
    with db.session() as s:
        assert sessions.user_of(s, token, NOW + timedelta(minutes=58)) == user.id  # watching is not activity
        assert sessions.touch(s, token, NOW + timedelta(minutes=59, seconds=1)) is None
    with db.session() as s:
        assert sessions.touch(s, token, NOW + timedelta(minutes=60)) is None
        assert s.execute(select(ChatSession.ended_at)).scalar_one() is not None


def test_a_session_lasts_twelve_hours_at_most_and_ends_at_logout(db):
    user = add_user(db)
    with db.session() as s:
        token, other = sessions.start_session(s, user.id, NOW), sessions.start_session(s, user.id, NOW)
    for minutes in range(20, 12 * 60, 20):  # active every 20 minutes, up to 11 h 40 min
        with db.session() as s:
            assert sessions.touch(s, token, NOW + timedelta(minutes=minutes)) == user.id
    with db.session() as s:
        assert sessions.touch(s, token, NOW + timedelta(hours=12)) is None
    with db.session() as s:
        sessions.end_session(s, other, NOW)
        assert sessions.user_of(s, other, NOW) is None
        assert sessions.user_of(s, "not-a-token", NOW) is None and sessions.user_of(s, None, NOW) is None
