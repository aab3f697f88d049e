"""STOPP, START, HJELP and STOPP JOBB through the running service: they never reach Rasa,
and a user who said STOPP gets nothing more but the replies to their own messages."""
from datetime import time

import requests
from sqlalchemy import select

from services.messaging.send_policy import schedule_user_message
from services.messaging.texts import text
from services.runtime import MessagingServices
from storage.models import Conversation, MessageCategory, OutboxMessage, OutboxState, User
from tests.conftest import RASA_TOKEN


def whole_day_user(stack) -> User:
    """The contact window is the whole day, so the test does not depend on the clock."""
    user = stack.add_user()
    with stack.db.session() as session:
        stored = session.get(User, user.id)
        stored.contact_window_start, stored.contact_window_end = time(0), time.max
    return user


def bodies_to(stack, user) -> list[str]:
    return [m.body for m in stack.fake_twilio.messages_to(user.phone_e164)]


def texts_rasa_saw(stack, user) -> list[str]:
    with stack.db.session() as session:
        sender_id = session.execute(
            select(Conversation.rasa_sender_id).where(Conversation.user_id == user.id)
        ).scalar_one()
    tracker = requests.get(f"{stack.rasa_url}/conversations/{sender_id}/tracker",
                           params={"token": RASA_TOKEN}, timeout=10).json()
    return [e.get("text") for e in tracker.get("events") or [] if e.get("event") == "user"]


def schedule_and_send(stack, user, category, key) -> OutboxState:
    with stack.db.session() as session:
        entry = schedule_user_message(session, session.get(User, user.id), "Hei! En aktivitet i planen din har "
                                      "frist i dag.", category, None, key).entry
        session.flush()
        outbox_id = entry.id
    MessagingServices.from_settings(stack.settings, db=stack.db).send_now([outbox_id])
    with stack.db.session() as session:
        return session.get(OutboxMessage, outbox_id).state


def test_stopp_ends_scheduled_messages_but_replies_still_come_and_start_resumes(stack):
    user = whole_day_user(stack)
    with stack.db.session() as session:
        queued = schedule_user_message(session, session.get(User, user.id), "Hei! Påminnelse om møtet i morgen.",
                                       MessageCategory.REMINDER, None, f"reminder:kw:{user.id}")
        queued.entry.due_at = queued.entry.due_at.replace(year=2099)  # still waiting when STOPP comes

    assert stack.text(user.phone_e164, "  Stopp ").status_code == 200
    assert bodies_to(stack, user) == [text("keyword_stop")]
    with stack.db.session() as session:
        assert session.get(User, user.id).opted_out_at is not None
        assert session.execute(select(OutboxMessage.state).where(
            OutboxMessage.idempotency_key == f"reminder:kw:{user.id}")).scalar_one() == OutboxState.CANCELLED

    stack.text(user.phone_e164, "STOP")  # confirmed once: no second confirmation
    assert bodies_to(stack, user) == [text("keyword_stop")]

    assert schedule_and_send(stack, user, MessageCategory.NUDGE, f"nudge:kw:{user.id}:1") == OutboxState.CANCELLED
    assert schedule_and_send(stack, user, MessageCategory.VEILEDER, f"veileder:kw:{user.id}") == OutboxState.CANCELLED
    assert len(bodies_to(stack, user)) == 1

    stack.text(user.phone_e164, "hei")  # a reply to the user's own message still comes
    assert len(bodies_to(stack, user)) == 2

    stack.text(user.phone_e164, "start")
    assert bodies_to(stack, user)[2] == text("keyword_start")
    assert schedule_and_send(stack, user, MessageCategory.NUDGE, f"nudge:kw:{user.id}:2") == OutboxState.SENT
    assert len(bodies_to(stack, user)) == 4

    assert texts_rasa_saw(stack, user) == ["hei"]


def test_hjelp_and_help_explain_the_service_without_rasa(stack):
    user = whole_day_user(stack)
    stack.text(user.phone_e164, "HJELP")
    stack.text(user.phone_e164, "help!")
    assert bodies_to(stack, user) == [text("keyword_help")] * 2
    assert "55 55 33 33" in text("keyword_help")
    assert texts_rasa_saw(stack, user) == []


def test_english_users_get_english_keyword_answers(stack):
    user = stack.add_user(language="en")
    stack.text(user.phone_e164, "STOP")
    assert bodies_to(stack, user) == [text("keyword_stop", "en")]


def test_stopp_jobb_ends_job_matches_only(stack):
    user = whole_day_user(stack)
    stack.text(user.phone_e164, "STOPP JOBB")
    assert bodies_to(stack, user) == [text("keyword_stop_jobs")]
    assert schedule_and_send(stack, user, MessageCategory.JOB_MATCH, f"job:kw:{user.id}") == OutboxState.CANCELLED
    assert schedule_and_send(stack, user, MessageCategory.NUDGE, f"nudge:kwj:{user.id}") == OutboxState.SENT

    stack.text(user.phone_e164, "stopp påminnelse")
    assert bodies_to(stack, user)[-1] == text("keyword_stop_reminders")
    assert schedule_and_send(stack, user, MessageCategory.NUDGE, f"nudge:kwj2:{user.id}") == OutboxState.CANCELLED
    assert texts_rasa_saw(stack, user) == []


def test_a_sentence_with_stopp_in_it_goes_to_the_assistant(stack):
    user = whole_day_user(stack)
    stack.text(user.phone_e164, "stopp å sende meg sjåførjobber")
    with stack.db.session() as session:
        assert session.get(User, user.id).opted_out_at is None
    assert texts_rasa_saw(stack, user) == ["stopp å sende meg sjåførjobber"]
