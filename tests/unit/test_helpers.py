"""A helper or interpreter in the user's thread, through the real Flask app and the real inbound
pipeline (Rasa is a closed port here: nothing in this file needs it). The user's "ja" to the
last SMS NAV sent is required, and without it nothing reaches the helper; the helper's
messages land in the user's thread, marked as the helper's; STOPP from the helper ends only
the helper's messages; removing the helper tells the user."""
from datetime import time, timedelta

import pytest
from sqlalchemy import func, select

from devtools.twilio_webhook import new_message_sid
from services.cases.escalations import create_escalation
from services.conversation.intake import receive_sms
from services.people.helper_messages import queue_for_helper
from storage.models import (
    CaseCategory,
    Escalation,
    Helper,
    HelperStatus,
    Message,
    MessageCategory,
    NoticeKind,
    OutboxMessage,
    OutboxState,
    Priority,
    SenderKind,
    User,
    VeilederNotice,
)
from services.messaging.outbox import dispatch
from tests.conftest import next_test_phone
from tests.support.inbox_client import audit_events, csrf_from, log_in, post_form
from tests.support.pipeline import answer_stored_messages
from tests.support.people import make_team, make_user, make_veileder

@pytest.fixture
def sister():
    """Ola's sister's number, new in every test (the fake Twilio keeps what it got all session)."""
    return next_test_phone()


@pytest.fixture
def world(db):
    with db.session() as s:
        team, other = make_team(s, "Team Nord"), make_team(s, "Team Sør")
        kari, jonas = make_veileder(s, team, "Kari"), make_veileder(s, other, "Jonas")
        ola = make_user(s, team, kari, "Ola")
        ola.contact_window_start, ola.contact_window_end = time(0, 0), time.max
        other_user = make_user(s, other, jonas, "Sara")
        case = create_escalation(s, ola, "contact_request", "kan søsteren min hjelpe meg?")
        return {"kari": kari.email, "jonas": jonas.email, "ola": ola.id, "phone": ola.phone_e164, "case": case.id,
                "sara_phone": other_user.phone_e164}


@pytest.fixture
def kari(app, world):
    client = app.test_client()
    log_in(client, world["kari"])
    return client


def text_in(app, phone: str, body: str) -> str:
    """An SMS from ``phone`` through the inbound pipeline, as Twilio's webhook delivers it and a
    worker answers it; then what fell due meanwhile is sent, as the dispatchers do. Returns
    "unknown_sender", or the message's state: "processed" or "waiting_for_assistant"."""
    services = app.extensions["kontakt"]
    intake = receive_sms(services, new_message_sid(), phone, body)
    answer_stored_messages(services)
    dispatch(services.db, services.sender, services.settings.status_callback_url)
    if intake.kind == "unknown_sender":
        return intake.kind
    with services.db.reading() as s:
        return s.get(Message, intake.message_id).inbound_state.value


def helper_of(db, user_id: int) -> Helper:
    with db.session() as s:
        return s.execute(select(Helper).where(Helper.user_id == user_id).order_by(Helper.id.desc())).scalars().first()


def link_sister(kari, world, sister, role="helper"):
    spaced = f"{sister[3:6]} {sister[6:8]} {sister[8:]}"
    return post_form(kari, f"/inbox/users/{world['ola']}/helper", name="Eva", phone=spaced, role=role)


def last_inbound(db, user_id: int) -> tuple[str, str | None, str] | None:
    """(sender kind, helper's name, words) of the newest message into the user's thread."""
    with db.session() as s:
        inbound = [m for m in s.get(User, user_id).conversation.messages if m.direction.value == "inbound"]
        return (inbound[-1].sender_kind.value, inbound[-1].helper.name if inbound[-1].helper else None,
                inbound[-1].body) if inbound else None


def test_the_helper_counts_only_after_the_users_yes(app, db, world, kari, fake_twilio, sister):
    assert link_sister(kari, world, sister).status_code == 302
    question = fake_twilio.messages_to(world["phone"])[-1].body
    assert question.startswith(f"Hei Ola! Kari hos NAV spør om Eva (nummer som slutter på {sister[-2:]}) kan være "
                               "hjelper for deg")
    assert "Svar JA, eller JA ALT" in question and sister not in question
    assert helper_of(db, world["ola"]).status is HelperStatus.ASKED

    # Before Ola's yes, Eva is a stranger: her message reaches no thread and she hears only
    # that the number is unknown.
    assert text_in(app, sister, "hei, jeg er søsteren til Ola") == "unknown_sender"
    assert [m.body for m in fake_twilio.messages_to(sister)] == [
        "Hei! Vi kjenner ikke igjen dette nummeret. Har du fått nytt nummer, kan du ringe NAV på 55 55 33 33 eller "
        "gi beskjed til veilederen din."]
    assert last_inbound(db, world["ola"]) is None

    assert text_in(app, world["phone"], "Ja") == "processed"
    assert fake_twilio.messages_to(world["phone"])[-1].body == (
        "Takk! Nå er Eva hjelper for deg og kan skrive med NAV her. Du kan be veilederen din ta bort Eva når du vil.")
    helper = helper_of(db, world["ola"])
    assert (helper.status, helper.gets_reminders) == (HelperStatus.ACTIVE, False)
    assert fake_twilio.messages_to(sister)[-1].body.startswith("Hei Eva! Ola har sagt ja til at du er hjelper hos NAV.")
    with db.session() as s:
        notice = s.execute(select(VeilederNotice).where(VeilederNotice.kind == NoticeKind.HELPER_ANSWERED)).scalar_one()
        assert notice.detail == "Ola sa ja til Eva som hjelper."
    assert [e.allowed for e in audit_events(db, "helper_add")] == [True]


def test_a_yes_to_something_asked_after_the_question_is_not_a_yes_to_the_helper(app, db, world, kari, fake_twilio, sister):
    link_sister(kari, world, sister, role="interpreter")
    assert "kan være tolk for deg" in fake_twilio.messages_to(world["phone"])[-1].body
    case_page = kari.get(f"/inbox/cases/{world['case']}").get_data(as_text=True)
    kari.post(f"/inbox/cases/{world['case']}/reply", data={"csrf_token": csrf_from(case_page),
                                                          "body": "Kan du komme på møtet fredag?"})
    # "ja" now answers Kari's question, not the helper's: it goes on to the assistant (down here).
    assert text_in(app, world["phone"], "ja") == "waiting_for_assistant"
    assert helper_of(db, world["ola"]).status is HelperStatus.ASKED
    assert fake_twilio.messages_to(sister) == []
    assert post_form(kari, f"/inbox/helpers/{helper_of(db, world['ola']).id}/ask-again").status_code == 302
    assert text_in(app, world["phone"], "JA ALT") == "processed"
    helper = helper_of(db, world["ola"])
    assert (helper.status, helper.gets_reminders) == (HelperStatus.ACTIVE, True)
    assert "får påminnelser om møtene dine" in fake_twilio.messages_to(world["phone"])[-1].body


def test_a_no_keeps_the_helper_out(app, db, world, kari, fake_twilio, sister):
    link_sister(kari, world, sister)
    text_in(app, world["phone"], "nei takk")
    assert helper_of(db, world["ola"]).status is HelperStatus.DECLINED
    assert fake_twilio.messages_to(world["phone"])[-1].body == (
        "Greit, Eva blir ikke lagt til. Du kan alltid skrive til oss selv.")
    assert text_in(app, sister, "hallo") == "unknown_sender"


def make_active(app, db, world, kari, sister):
    link_sister(kari, world, sister)
    text_in(app, world["phone"], "ja")
    return helper_of(db, world["ola"])


def test_the_helpers_messages_are_in_the_users_thread_and_go_to_a_person(app, db, world, kari, fake_twilio, sister):
    make_active(app, db, world, kari, sister)
    sent_to_ola = len(fake_twilio.messages_to(world["phone"]))

    assert text_in(app, sister, "Ola er syk i dag og kommer ikke på praksisplassen") == "processed"
    assert last_inbound(db, world["ola"]) == ("helper", "Eva", "Ola er syk i dag og kommer ikke på praksisplassen")
    with db.session() as s:
        case = s.get(Escalation, world["case"])
        assert case.user_words.endswith("Eva (hjelper): Ola er syk i dag og kommer ikke på praksisplassen")
    to_eva = [m.body for m in fake_twilio.messages_to(sister)][-1]
    assert to_eva.startswith("Takk, meldingen din om Ola er sendt videre til NAV. Kari leser meldingen din innen")
    assert len(fake_twilio.messages_to(world["phone"])) == sent_to_ola  # Ola hears nothing of it

    page = kari.get(f"/inbox/cases/{world['case']}").get_data(as_text=True)
    assert 'class="from-helper"' in page and "Eva (hjelper for Ola)" in page

    text_in(app, sister, "Ola sier han vil ta livet sitt")
    with db.session() as s:
        case = s.get(Escalation, world["case"])
        assert (case.priority, case.category) == (Priority.P1, CaseCategory.CRISIS)
    assert "ring 113" in fake_twilio.messages_to(sister)[-2].body


def test_a_reply_goes_to_the_user_the_helper_or_both(app, db, world, kari, fake_twilio, sister):
    make_active(app, db, world, kari, sister)
    page = kari.get(f"/inbox/cases/{world['case']}").get_data(as_text=True)
    assert '<option value="helper">Eva (hjelper)</option>' in page
    kari.post(f"/inbox/cases/{world['case']}/reply", data={"csrf_token": csrf_from(page), "to": "both",
                                                          "body": "Takk for beskjed. Hilsen Kari"})
    assert fake_twilio.messages_to(sister)[-1].body == fake_twilio.messages_to(world["phone"])[-1].body \
        == "Takk for beskjed. Hilsen Kari"
    page = kari.get(f"/inbox/cases/{world['case']}").get_data(as_text=True)
    assert "Veileder: Kari Testesen til Eva (hjelper)" in page


def test_stopp_from_the_helper_ends_only_the_helpers_messages(app, db, world, kari, fake_twilio, sister):
    helper = make_active(app, db, world, kari, sister)
    with db.session() as s:
        helper = s.get(Helper, helper.id)
        helper.gets_reminders = True
        queued = queue_for_helper(s, helper, "Påminnelse om møtet", MessageCategory.REMINDER, "test-reminder",
                                  due_at=None)
        queued.due_at += timedelta(days=1)
        s.flush()
        queued_id = queued.id

    text_in(app, sister, "STOPP")
    assert fake_twilio.messages_to(sister)[-1].body == "Du får ikke flere meldinger fra NAV om Ola. Skriv START om " \
                                                       "du vil ha dem igjen."
    with db.session() as s:
        assert s.get(OutboxMessage, queued_id).state is OutboxState.CANCELLED
        ola = s.get(User, world["ola"])
        assert ola.opted_out_at is None  # Ola's own messages go on
        helper = s.get(Helper, helper.id)
        assert helper.opted_out_at is not None and helper.status is HelperStatus.ACTIVE
        assert queue_for_helper(s, helper, "Påminnelse", MessageCategory.REMINDER, "test-reminder-2") is None
    # Eva may still write; Kari still reads it.
    text_in(app, sister, "Ola har fått ny adresse")
    assert last_inbound(db, world["ola"]) == ("helper", "Eva", "Ola har fått ny adresse")
    assert '<option value="helper">' not in kari.get(f"/inbox/cases/{world['case']}").get_data(as_text=True)
    text_in(app, sister, "start")
    with db.session() as s:
        assert s.get(Helper, helper.id).opted_out_at is None


def test_removing_the_helper_tells_the_user_and_ends_the_link(app, db, world, kari, fake_twilio, sister):
    helper = make_active(app, db, world, kari, sister)
    jonas = app.test_client()
    log_in(jonas, world["jonas"])
    assert post_form(jonas, f"/inbox/helpers/{helper.id}/remove").status_code == 403
    assert post_form(kari, f"/inbox/helpers/{helper.id}/remove").status_code == 302
    assert fake_twilio.messages_to(world["phone"])[-1].body == (
        "Eva er ikke lenger hjelper for deg hos NAV og får ikke flere meldinger fra oss. Du kan alltid skrive til "
        "oss selv.")
    assert helper_of(db, world["ola"]).status is HelperStatus.REMOVED
    assert text_in(app, sister, "hei igjen") == "unknown_sender"
    assert [e.allowed for e in audit_events(db, "helper_remove")] == [False, True]


def test_an_sms_the_helpers_number_cannot_take_says_nothing_about_the_users_number(app, db, world, kari, fake_twilio, sister):
    link_sister(kari, world, sister)
    services = app.extensions["kontakt"]
    receive_sms(services, new_message_sid(), world["phone"], "ja")
    answer_stored_messages(services)  # Ola's answer is sent; Eva's welcome waits in the outbox
    fake_twilio.fail_next(1, http_status=400, code=21211)
    dispatch(services.db, services.sender, services.settings.status_callback_url)
    with db.session() as s:
        assert s.get(User, world["ola"]).sms_unreachable_at is None
        notice = s.execute(select(VeilederNotice).where(VeilederNotice.kind == NoticeKind.SMS_UNDELIVERABLE)).scalar_one()
        assert notice.detail.startswith("En SMS til Eva, hjelperen til brukeren, kom ikke fram (Twilio-feil 21211)")


@pytest.mark.parametrize("name,phone,reason", [
    ("Eva", "123", "Skriv et gyldig mobilnummer"),
    ("Eva", "own", "Det er brukerens eget nummer"),
    ("Eva", "sara", "allerede knyttet til en annen bruker"),
    ("", "sister", "Skriv hjelperens fornavn"),
    ("Евa", "sister", "kan bare ha vanlige bokstaver"),
])
def test_a_helper_that_cannot_be_linked_is_explained(app, db, world, kari, sister, name, phone, reason):
    phone = {"own": world["phone"], "sara": world["sara_phone"], "sister": sister}.get(phone, phone)
    response = post_form(kari, f"/inbox/users/{world['ola']}/helper", name=name, phone=phone, role="helper")
    assert response.status_code == 400 and reason in response.get_data(as_text=True)
    with db.session() as s:
        assert s.execute(select(func.count(Helper.id))).scalar_one() == 0
        assert s.execute(select(func.count(Message.id)).where(Message.sender_kind == SenderKind.BOT)).scalar_one() == 0
