"""The user's rules hold for every SMS at run time (issue 11, items 1, 2 and 4): the hand-back
SMS keeps STOPP and quiet hours, a crisis pause holds the digest too, and the outbox refuses a
body that is not GSM-7 or longer than 306 septets, after its clean-up."""
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from services.cases.escalations import create_escalation
from services.cases.handoff import hand_back_quiet_cases, take_over
from services.messaging.gsm7 import NotSmsText, clean_for_sms, sms_text
from services.messaging.outbox import dispatch, enqueue_sms, enqueue_sms_to_number
from services.messaging.send_policy import schedule_user_message
from services.oslo import OSLO
from storage.models import (
    Appointment,
    CategoryOptOut,
    Escalation,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    User,
    utcnow,
)
from tests.support.inbox_client import csrf_from, log_in
from tests.support.people import make_team, make_user, make_veileder


@pytest.fixture
def held_case(db, app):
    """A case Kari took over, quiet since 01:00 Oslo time on 1 December 2026."""
    services = app.extensions["kontakt"]
    with db.session() as s:
        team = make_team(s)
        kari = make_veileder(s, team, "Kari")
        user = make_user(s, team, kari)
        case = create_escalation(s, user, "contact_request", "kan du ringe meg")
        take_over(s, case, kari, services.assistant, now=datetime(2026, 12, 1, 1, 0, tzinfo=OSLO))
        return case.id, user.id


def hand_back_at(app, moment: datetime) -> list[int]:
    services = app.extensions["kontakt"]
    return hand_back_quiet_cases(services.db, services.assistant, timedelta(hours=1), now=moment)


def send_due(app, moment: datetime) -> int:
    services = app.extensions["kontakt"]
    return dispatch(services.db, services.sender, services.settings.status_callback_url, now=moment)


def test_the_automatic_hand_back_at_0230_waits_for_the_morning(app, db, held_case, fake_twilio):
    night = datetime(2026, 12, 1, 2, 30, tzinfo=OSLO)
    [outbox_id] = hand_back_at(app, night)
    assert send_due(app, night) == 0
    with db.session() as s:
        entry = s.get(OutboxMessage, outbox_id)
        assert (entry.state, entry.category) == (OutboxState.PENDING, MessageCategory.SYSTEM)
        assert entry.due_at == datetime(2026, 12, 1, 9, 0, tzinfo=OSLO)
        phone = s.get(User, held_case[1]).phone_e164
    assert fake_twilio.messages_to(phone) == []
    assert send_due(app, datetime(2026, 12, 1, 9, 0, tzinfo=OSLO)) == 1


def test_the_hand_back_is_never_sent_to_a_user_who_wrote_stopp(app, db, held_case, fake_twilio):
    with db.session() as s:
        s.get(User, held_case[1]).opted_out_at = utcnow()
    day = datetime(2026, 12, 1, 12, 0, tzinfo=OSLO)
    [outbox_id] = hand_back_at(app, day)
    assert send_due(app, day) == 0
    with db.session() as s:
        assert s.get(OutboxMessage, outbox_id).state == OutboxState.CANCELLED
        assert s.get(Escalation, held_case[0]).held_by_veileder_id is None  # the bot answers again all the same


def test_a_digest_queued_before_a_crisis_is_not_sent_during_the_pause(app, db, fake_twilio):
    with db.session() as s:
        team = make_team(s)
        user = make_user(s, team, make_veileder(s, team))
        user.weekly_message_budget = 1
        now = utcnow()
        for index in range(3):
            schedule_user_message(s, user, "Hei! En aktivitet i planen din har frist i dag.", MessageCategory.NUDGE,
                                  now, f"nudge:pause:{index}")
        digest = s.execute(select(OutboxMessage).where(OutboxMessage.category == MessageCategory.DIGEST)).scalar_one()
        digest_id, digest_due, user_id, phone = digest.id, digest.due_at, user.id, user.phone_e164
        user.nudges_paused_until = utcnow() + timedelta(days=7)  # a crisis message now
    send_due(app, digest_due)
    with db.session() as s:
        assert s.get(OutboxMessage, digest_id).state == OutboxState.CANCELLED
    assert not any("påminnelser" in m.body for m in fake_twilio.messages_to(phone))
    with db.session() as s:  # and a digest asked for during the pause is not queued at all
        result = schedule_user_message(s, s.get(User, user_id), "Du har 2 nye påminnelser.", MessageCategory.DIGEST,
                                       None, "digest:during-pause")
        assert result.outcome == "cancelled"


def test_a_digest_of_nudges_is_not_sent_after_stopp_paminnelse(app, db, fake_twilio):
    with db.session() as s:
        team = make_team(s)
        user = make_user(s, team, make_veileder(s, team))
        user.weekly_message_budget = 1
        for index in range(3):
            schedule_user_message(s, user, "Hei! En aktivitet i planen din har frist i dag.", MessageCategory.NUDGE,
                                  utcnow(), f"nudge:stop:{index}")
        digest = s.execute(select(OutboxMessage).where(OutboxMessage.category == MessageCategory.DIGEST)).scalar_one()
        digest_id, digest_due = digest.id, digest.due_at
        s.add(CategoryOptOut(user_id=user.id, category=MessageCategory.NUDGE))
    send_due(app, digest_due)
    with db.session() as s:
        assert s.get(OutboxMessage, digest_id).state == OutboxState.CANCELLED


@pytest.mark.parametrize("typed,sent", [
    ("Møt meg i resepsjonen – 2. etasje", "Møt meg i resepsjonen - 2. etasje"),
    ("«Velkommen» og “takk” og ‘ok’…", '"Velkommen" og "takk" og \'ok\'...'),
    ("Łukasz, Ayşe, Đorđe, Zoë, Iñaki, Renée, Jürgen, Søren, Ægir",
     "Lukasz, Ayse, Dorde, Zoe, Iñaki, Renée, Jürgen, Søren, Ægir"),
    ("kl\u00a010\u2009-\u202f11\r\nhilsen Kari\t ", "kl 10 - 11\nhilsen Kari"),
])
def test_the_clean_up_turns_typography_and_accents_into_gsm7(typed, sent):
    assert clean_for_sms(typed) == sent == sms_text(typed)


@pytest.mark.parametrize("body,reason", [
    ("Ha en fin dag 🙂", "kan ikke sendes på SMS: 🙂"),
    ("Привет", "kan ikke sendes på SMS"),
    ("x" * 307, "307 tegn"),
    ("€" * 154, "308 tegn"),  # the euro sign takes two septets
    ("  \t ", "tom"),
])
def test_the_outbox_refuses_what_is_not_one_sms_thread_and_says_why(db, body, reason):
    with db.session() as s:
        team = make_team(s)
        user = make_user(s, team, make_veileder(s, team))
        with pytest.raises(NotSmsText, match=reason):
            enqueue_sms(s, user.conversation, body, "refused:1")
        with pytest.raises(NotSmsText, match=reason):
            enqueue_sms_to_number(s, "+4791234567", body, "refused:2")
        with pytest.raises(NotSmsText, match=reason):
            schedule_user_message(s, user, body, MessageCategory.VEILEDER, None, "refused:3")
        s.flush()
        assert s.execute(select(OutboxMessage)).first() is None


def test_the_outbox_queues_the_cleaned_body(db):
    with db.session() as s:
        team = make_team(s)
        user = make_user(s, team, make_veileder(s, team))
        entry = enqueue_sms(s, user.conversation, "Møtet er flyttet – se “Min side”", "clean:1")
        assert entry.body == entry.message.body == 'Møtet er flyttet - se "Min side"'
        assert enqueue_sms(s, user.conversation, "x" * 306, "clean:2").body == "x" * 306


def test_a_place_the_veileder_typed_is_cleaned_or_refused_with_a_reason(app, db):
    with db.session() as s:
        team = make_team(s)
        kari = make_veileder(s, team, "Kari")
        user_id, email = make_user(s, team, kari).id, kari.email
    client = app.test_client()
    log_in(client, email)
    page = client.get(f"/inbox/users/{user_id}").get_data(as_text=True)
    day = (utcnow() + timedelta(days=3)).astimezone(OSLO).date().isoformat()
    form = {"csrf_token": csrf_from(page), "date": day, "time": "10:00", "minutes": "30", "kind": "office"}

    refused = client.post(f"/inbox/users/{user_id}/appointments", data={**form, "place": "Rom 🙂 i 2. etg"})
    assert refused.status_code == 400
    assert "Disse tegnene kan ikke sendes på SMS: 🙂" in refused.get_data(as_text=True)
    too_long = client.post(f"/inbox/users/{user_id}/appointments", data={**form, "place": "Markveien " * 13})
    assert too_long.status_code == 400 and "høyst 120 tegn" in too_long.get_data(as_text=True)

    booked = client.post(f"/inbox/users/{user_id}/appointments",
                         data={**form, "place": "NAV Łódź – “Markveien” 35"})
    assert booked.status_code == 302
    with db.session() as s:
        assert s.execute(select(Appointment.place)).scalar_one() == 'NAV Lodz - "Markveien" 35'
