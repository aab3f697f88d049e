"""The thread as the web chat shows it, what the user has read, and the SMS when a
veileder's answer waits unread in the chat."""
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update

from services.conversation.intake import store_inbound
from services.conversation.staff_replies import reply_channel, send_veileder_reply
from services.messaging.keywords import stop_everything
from services.messaging.outbox import enqueue_sms
from services.messaging.send_policy import schedule_user_message
from services.messaging.threads import post_to_web
from services.oslo import OSLO
from services.webchat.thread import LATE_ARRIVALS, thread_entries
from services.webchat.unread import UNREAD_AFTER, mark_read, reader_of, remind_unread
from storage.models import (
    DeliveryStatus,
    Message,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    SenderKind,
    User,
    Veileder,
)
from tests.conftest import add_user

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=OSLO)


def write_in_chat(db, user_id: int, body: str, client_id: str) -> int:
    return store_inbound(db, user_id, "web", client_id, body).message_id


def veileder_answers(db, user_id: int, body: str, key: str, at: datetime):
    with db.session() as s:
        user = s.get(User, user_id)
        veileder = s.execute(select(Veileder)).scalars().first()
        sent = send_veileder_reply(s, user.conversation, veileder.id, body, key)
        s.execute(update(Message).where(Message.external_id.startswith(f"staff:{key}"))
                  .values(created_at=at).execution_options(synchronize_session=False))
        return sent


def entries(db, user_id: int, now: datetime | None = None, after_id: int | None = None):
    with db.reading() as s:
        return thread_entries(s, user_id, now, after_id)


def test_the_thread_holds_every_channel_oldest_first_with_who_wrote(db):
    user = add_user(db)
    store_inbound(db, user.id, "sms", "SM1", "hei fra sms")
    with db.session() as s:
        conversation = s.get(User, user.id).conversation
        enqueue_sms(s, conversation, "Hei! Hva kan jeg hjelpe med?", "reply:1:0")
        post_to_web(s, conversation, "Svar i chatten", "reply:2:0")
    write_in_chat(db, user.id, "hei fra chatten", "client-0000000000000001")
    veileder_answers(db, user.id, "Hei Test, dette er Kari.", "k1", NOON - timedelta(minutes=1))
    shown = entries(db, user.id)
    assert [(e.author, e.channel, e.body) for e in shown] == [
        ("user", "sms", "hei fra sms"), ("bot", "sms", "Hei! Hva kan jeg hjelpe med?"),
        ("bot", "web", "Svar i chatten"), ("user", "web", "hei fra chatten"),
        ("veileder", "web", "Hei Test, dette er Kari.")]
    assert shown[-1].veileder_name == "Kari Nordmann"


def test_sms_that_were_never_sent_or_are_not_due_are_not_shown_and_a_failed_one_is_marked(db):
    user = add_user(db)
    with db.session() as s:
        stored = s.get(User, user.id)
        tomorrow = enqueue_sms(s, stored.conversation, "Kommer i morgen", "later", due_at=NOON + timedelta(days=1))
        failed = enqueue_sms(s, stored.conversation, "Denne kom ikke fram", "reply:9:0", due_at=NOON)
        failed.state = OutboxState.FAILED
        stop_everything(s, stored)
        cancelled = schedule_user_message(s, stored, "Stoppet", MessageCategory.NUDGE, NOON, "nudge:stopped")
        assert cancelled.entry.state == OutboxState.CANCELLED
        s.flush()
        tomorrow_id = tomorrow.message_id
    shown = entries(db, user.id, NOON + timedelta(hours=1))
    assert [e.body for e in shown] == ["Denne kom ikke fram"] and shown[0].not_delivered
    assert tomorrow_id in [e.id for e in entries(db, user.id, NOON + timedelta(days=1, hours=1))]


def test_a_delivery_report_of_failure_marks_the_message(db):
    user = add_user(db)
    with db.session() as s:
        entry = enqueue_sms(s, s.get(User, user.id).conversation, "Hei", "reply:1:0")
        entry.state = OutboxState.SENT
        entry.message.delivery_status = DeliveryStatus.UNDELIVERED
    assert entries(db, user.id)[0].not_delivered


def test_after_an_id_the_live_page_gets_what_is_new_and_what_arrived_late(db):
    user = add_user(db)
    first = write_in_chat(db, user.id, "en", "client-0000000000000001")
    second = write_in_chat(db, user.id, "to", "client-0000000000000002")
    now = datetime.now(timezone.utc)
    assert [e.id for e in entries(db, user.id, now, after_id=second)] == [first, second]  # arrived just now
    later = now + LATE_ARRIVALS + timedelta(seconds=1)
    assert [e.id for e in entries(db, user.id, later, after_id=first)] == [second]
    assert entries(db, user.id, later, after_id=second) == []


def test_only_the_latest_question_of_the_service_has_buttons_in_its_entry(db):
    user = add_user(db)
    with db.session() as s:
        post_to_web(s, s.get(User, user.id).conversation, "Kan du komme? Svar JA, eller NEI hvis tiden ikke passer.",
                    "reply:1:0")
    write_in_chat(db, user.id, "Svar ja", "client-0000000000000001")  # the user's words are never a question
    shown = entries(db, user.id)
    assert [c.sends for c in shown[0].choices] == ["ja", "kan ikke"] and shown[1].choices == []


def test_a_veilederes_answer_goes_where_the_user_last_wrote(db, app, fake_twilio):
    user = add_user(db)
    with db.session() as s:
        assert reply_channel(s, s.get(User, user.id).conversation) == "sms"  # never wrote: SMS
    write_in_chat(db, user.id, "hei", "client-0000000000000001")
    assert veileder_answers(db, user.id, "Hei fra Kari", "to-web", NOON).channel == "web"
    store_inbound(db, user.id, "sms", "SM2", "og på sms")
    sent = veileder_answers(db, user.id, "Hei igjen", "to-sms", NOON)
    assert sent.channel == "sms" and len(sent.outbox_ids) == 1
    app.extensions["kontakt"].send_now(sent.outbox_ids)
    assert [m.body for m in fake_twilio.messages_to(user.phone_e164)] == ["Hei igjen"]


def test_an_unread_answer_in_the_chat_brings_one_sms_after_15_minutes(db):
    user = add_user(db)
    write_in_chat(db, user.id, "hei", "client-0000000000000001")
    veileder_answers(db, user.id, "Svar 1", "a1", NOON)
    veileder_answers(db, user.id, "Svar 2", "a2", NOON + timedelta(minutes=2))
    with db.session() as s:
        assert remind_unread(s, NOON + UNREAD_AFTER - timedelta(seconds=1)) == []
    with db.session() as s:
        queued = remind_unread(s, NOON + UNREAD_AFTER)
        assert remind_unread(s, NOON + UNREAD_AFTER + timedelta(minutes=5)) == []  # one SMS for the run
    with db.session() as s:
        entry = s.get(OutboxMessage, queued[0])
        assert len(queued) == 1 and entry.body == "Du har fått svar fra NAV. Logg inn i chatten for å lese."
        assert entry.category == MessageCategory.VEILEDER and entry.to_phone == user.phone_e164


def test_an_answer_read_in_time_brings_no_sms_and_one_read_later_cancels_it(db):
    user = add_user(db)
    write_in_chat(db, user.id, "hei", "client-0000000000000001")
    veileder_answers(db, user.id, "Svar 1", "a1", NOON)
    read_up_to = entries(db, user.id)[-1].id
    with db.session() as s:
        mark_read(s, user.id, read_up_to, NOON + timedelta(minutes=1))
        assert remind_unread(s, NOON + UNREAD_AFTER) == []
    veileder_answers(db, user.id, "Svar 2", "a2", NOON + timedelta(hours=10))  # 22:00: the SMS waits for 09:00
    with db.session() as s:
        assert remind_unread(s, NOON + timedelta(hours=10) + UNREAD_AFTER) == []  # deferred, not sent now
        mark_read(s, user.id, entries(db, user.id)[-1].id)
    with db.session() as s:
        waiting = s.execute(select(OutboxMessage).where(OutboxMessage.idempotency_key.startswith("chat-unread:"))
                            ).scalar_one()
        assert waiting.state == OutboxState.CANCELLED


def test_no_sms_for_a_user_who_said_no_to_it_or_stopp(db):
    said_no, stopped = add_user(db), add_user(db)
    for user in (said_no, stopped):
        write_in_chat(db, user.id, "hei", f"client-00000000000000{user.id:02d}")
        veileder_answers(db, user.id, "Svar", f"a{user.id}", NOON)
    with db.session() as s:
        reader_of(s, said_no.id).sms_when_unread = False
        stop_everything(s, s.get(User, stopped.id))
    with db.session() as s:
        assert remind_unread(s, NOON + UNREAD_AFTER) == []
        states = s.execute(select(OutboxMessage.state).where(OutboxMessage.idempotency_key.startswith("chat-unread:"))
                           ).scalars().all()
    assert states == [OutboxState.CANCELLED]  # the STOPP user's, kept as cancelled


def test_reading_never_moves_back_nor_past_the_thread(db):
    user = add_user(db)
    newest = write_in_chat(db, user.id, "hei", "client-0000000000000001")
    with db.session() as s:
        mark_read(s, user.id, newest + 1000)
        mark_read(s, user.id, 0)
    with db.session() as s:
        assert reader_of(s, user.id).read_up_to_message_id == newest
        assert s.execute(select(Message.sender_kind)).scalar_one() == SenderKind.USER
