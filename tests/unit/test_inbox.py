"""The veileder inbox through the real Flask app: login, sessions, CSRF, access, audit, replies,
take-over and hand-back. SMS go through the real twilio client to the fake Twilio server."""
import re
from datetime import time, timedelta

import pytest
from sqlalchemy import func, select

from bot import create_app
from services.cases.escalations import create_escalation
from services.cases.handoff import hand_back_quiet_cases
from services.conversation.intake import receive_sms, store_inbound
from services.messaging.outbox import dispatch
from services.safety.net import check_message
from services.safety.step import answer_safety_hit
from storage.models import CaseStatus, Escalation, LoginFailure, Message, SenderKind, User, Veileder, utcnow
from tests.conftest import make_settings
from tests.support.inbox_client import audit_events, csrf_from, log_in
from tests.support.people import TEST_PASSWORD, make_absence, make_team, make_user, make_veileder
from tests.support.pipeline import answer_stored_messages
from tests.unit.conftest import UNREACHABLE


@pytest.fixture
def world(db):
    """Two teams: Kari (Ola's veileder), Per and lead Lise in one; Jonas in the other."""
    with db.session() as s:
        team, other = make_team(s, "Team Nord"), make_team(s, "Team Sør")
        kari, per = make_veileder(s, team, "Kari"), make_veileder(s, team, "Per")
        lise = make_veileder(s, team, "Lise", team_lead=True)
        jonas = make_veileder(s, other, "Jonas")
        ola = make_user(s, team, kari, "Ola")
        case = create_escalation(s, ola, "contact_request", "får ikke tak i veilederen min")
        ids = {"kari": kari, "per": per, "lise": lise, "jonas": jonas, "ola": ola, "case": case}
        return {name: (obj.email if isinstance(obj, Veileder) else obj.id) for name, obj in ids.items()}


def post_on_case(client, case_id: int, what: str, **data):
    page = client.get(f"/inbox/cases/{case_id}").get_data(as_text=True)
    return client.post(f"/inbox/cases/{case_id}/{what}", data={"csrf_token": csrf_from(page), **data})


def test_the_inbox_asks_for_a_login(app):
    response = app.test_client().get("/inbox/")
    assert response.status_code == 302 and "/inbox/login" in response.headers["Location"]


def test_a_veileder_logs_in_and_sees_the_case_at_the_top(app, db, world):
    client = app.test_client()
    response = log_in(client, world["kari"])
    assert response.status_code == 302
    page = client.get("/inbox/").get_data(as_text=True)
    assert "får ikke tak i veilederen min" in page
    assert f"/inbox/cases/{world['case']}" in page
    assert [e.allowed for e in audit_events(db, "login")] == [True]


def test_a_safety_case_shows_why_it_was_raised(app, db, world):
    words = "har ikke penger til husleie"
    with db.session() as s:
        answer_safety_hit(s, s.get(User, world["ola"]), words, check_message(words), "safety_net")
    client = app.test_client()
    log_in(client, world["kari"])
    page = client.get(f"/inbox/cases/{world['case']}").get_data(as_text=True)
    assert "Hvorfor P1" in page and "Sikkerhetsnettet: ingen penger («har ike penger»)" in page


def test_a_wrong_password_is_refused_recorded_and_audited(app, db, world):
    response = log_in(app.test_client(), world["kari"], "not-the-password")
    assert response.status_code == 401
    assert "Feil e-post eller passord" in response.get_data(as_text=True)
    with db.session() as s:
        # One row for the account and the address, one for the account alone (its delay).
        assert s.execute(select(func.count(LoginFailure.id))).scalar_one() == 2
    assert [e.allowed for e in audit_events(db, "login")] == [False]


def test_logins_are_rate_limited_per_account_and_address(app, world):
    client = app.test_client()
    for _ in range(5):
        assert log_in(client, world["kari"], "wrong-password").status_code == 401
    # Even the right password waits now.
    assert log_in(client, world["kari"]).status_code == 429
    # Another account from the same address is not affected.
    assert log_in(client, world["per"]).status_code == 302


def test_a_post_without_csrf_token_is_refused(app, db, world):
    client = app.test_client()
    assert client.post("/inbox/login", data={"email": world["kari"], "password": TEST_PASSWORD}).status_code == 400
    log_in(client, world["kari"])
    response = client.post(f"/inbox/cases/{world['case']}/reply", data={"body": "Hei!"})
    assert response.status_code == 400
    with db.session() as s:
        assert s.execute(select(func.count(Message.id)).where(Message.sender_kind == SenderKind.VEILEDER)).scalar_one() == 0


def test_session_cookie_flags(app, world, db, fake_twilio):
    client = app.test_client()
    cookie = log_in(client, world["kari"]).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    production = create_app(make_settings(db.url, "https://kontakt.example", UNREACHABLE, fake_twilio.base_url,
                                          KONTAKT_ENV="production"))
    assert production.config["SESSION_COOKIE_SECURE"] is True
    assert production.extensions["kontakt"].settings.demo_veileder_password is None


def test_logout_ends_the_session(app, world):
    client = app.test_client()
    log_in(client, world["kari"])
    page = client.get("/inbox/").get_data(as_text=True)
    assert client.get("/inbox/logout").status_code == 405  # logging out is a form post
    assert client.post("/inbox/logout", data={"csrf_token": csrf_from(page)}).status_code == 302
    assert client.get("/inbox/").status_code == 302


def test_an_old_session_is_logged_out(app, world):
    client = app.test_client()
    log_in(client, world["kari"])
    with client.session_transaction() as session:
        session["logged_in_at"] = (utcnow() - timedelta(hours=9)).isoformat()
    response = client.get("/inbox/")
    assert response.status_code == 302 and "/inbox/login" in response.headers["Location"]


def test_a_veileder_from_another_team_gets_403_and_it_is_audited(app, db, world):
    client = app.test_client()
    log_in(client, world["jonas"])
    assert client.get(f"/inbox/cases/{world['case']}").status_code == 403
    assert "får ikke tak" not in client.get("/inbox/").get_data(as_text=True)
    refused = audit_events(db, "view_case")
    assert [(e.user_id, e.allowed) for e in refused] == [(world["ola"], False)]
    with db.session() as s:
        jonas_id = s.execute(select(Veileder.id).where(Veileder.email == world["jonas"])).scalar_one()
    assert refused[0].veileder_id == jonas_id


def test_a_colleague_who_is_not_the_backup_cannot_open_the_case_but_the_team_lead_can(app, world):
    per, lise = app.test_client(), app.test_client()
    log_in(per, world["per"])
    log_in(lise, world["lise"])
    assert per.get(f"/inbox/cases/{world['case']}").status_code == 403
    assert lise.get(f"/inbox/cases/{world['case']}").status_code == 200


def test_the_backup_sees_the_absent_veileders_user(app, db, world):
    with db.session() as s:
        kari = s.execute(select(Veileder).where(Veileder.email == world["kari"])).scalar_one()
        per = s.execute(select(Veileder).where(Veileder.email == world["per"])).scalar_one()
        make_absence(s, kari, utcnow() - timedelta(hours=1), utcnow() + timedelta(days=3), backup=per)
    client = app.test_client()
    log_in(client, world["per"])
    assert client.get(f"/inbox/cases/{world['case']}").status_code == 200


def test_a_team_inbox_case_is_seen_by_the_team_only(app, db, world):
    with db.session() as s:
        team = s.execute(select(Veileder).where(Veileder.email == world["per"])).scalar_one().team
        orphan = make_user(s, team, None, "Ali")
        case_id = create_escalation(s, orphan, "general", "hallo?").id
    per, jonas = app.test_client(), app.test_client()
    log_in(per, world["per"])
    log_in(jonas, world["jonas"])
    assert per.get(f"/inbox/cases/{case_id}").status_code == 200
    assert jonas.get(f"/inbox/cases/{case_id}").status_code == 403


def test_cases_are_sorted_by_priority_then_due_time_and_filtered(app, db, world):
    with db.session() as s:
        kari = s.execute(select(Veileder).where(Veileder.email == world["kari"])).scalar_one()
        crisis_user = make_user(s, kari.team, kari, "Eva")
        crisis = create_escalation(s, crisis_user, "crisis", "orker ikke mer").id
        waiting_user = make_user(s, kari.team, kari, "Tor")
        waiting = create_escalation(s, waiting_user, "complaint", "uenig")
        waiting.status, waiting.unanswered_count = CaseStatus.WAITING_FOR_USER, 0
        overdue_user = make_user(s, kari.team, kari, "Siv")
        overdue = create_escalation(s, overdue_user, "general", "spørsmål")
        overdue.due_at = utcnow() - timedelta(hours=1)
        waiting_id, overdue_id = waiting.id, overdue.id
    client = app.test_client()
    log_in(client, world["kari"])

    def listed(filter_name):
        page = client.get(f"/inbox/?filter={filter_name}").get_data(as_text=True)
        return [int(n) for n in re.findall(r'href="/inbox/cases/(\d+)[?"]', page)]

    everything = listed("all")
    assert everything[0] == crisis and everything[1] == waiting_id
    assert set(everything) == {crisis, waiting_id, overdue_id, world["case"]}
    assert listed("waiting") == [waiting_id]
    assert listed("overdue") == [overdue_id]
    assert set(listed("mine")) == set(everything)


def test_a_reply_goes_out_as_sms_and_is_audited(app, db, world, fake_twilio):
    client = app.test_client()
    log_in(client, world["kari"])
    response = post_on_case(client, world["case"], "reply", body="Hei Ola, jeg ringer deg “i morgen” – kl 10.",
                            reply_key="k1")
    assert response.status_code == 302
    with db.session() as s:
        phone = s.get(User, world["ola"]).phone_e164
        message = s.execute(select(Message).where(Message.sender_kind == SenderKind.VEILEDER)).scalar_one()
        case = s.get(Escalation, world["case"])
        assert (case.status, case.unanswered_count) == (CaseStatus.WAITING_FOR_USER, 0)
        assert message.author_veileder_id is not None
    sent = fake_twilio.messages_to(phone)
    assert [m.body for m in sent] == ['Hei Ola, jeg ringer deg "i morgen" - kl 10.']
    assert message.body == sent[0].body
    assert [e.allowed for e in audit_events(db, "reply")] == [True]
    # The same form sent twice (a double click) sends one SMS.
    post_on_case(client, world["case"], "reply", body="Hei Ola, jeg ringer deg “i morgen” – kl 10.", reply_key="k1")
    assert len(fake_twilio.messages_to(phone)) == 1


@pytest.mark.parametrize("body,reason", [("   ", "tomt"), ("Hei 🙂", "kan ikke sendes på SMS"),
                                         ("ord " * 300, "for langt")])
def test_a_bad_reply_is_explained_and_kept(app, db, world, body, reason):
    client = app.test_client()
    log_in(client, world["kari"])
    response = post_on_case(client, world["case"], "reply", body=body)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and reason in page
    if body.strip():
        assert body.strip()[:20] in page
    with db.session() as s:
        assert s.execute(select(func.count(Message.id)).where(Message.sender_kind == SenderKind.VEILEDER)).scalar_one() == 0


def test_a_long_reply_is_split_into_sms(app, world, db, fake_twilio):
    client = app.test_client()
    log_in(client, world["kari"])
    post_on_case(client, world["case"], "reply", body="Dette er et langt svar. " * 20)
    with db.session() as s:
        phone = s.get(User, world["ola"]).phone_e164
    bodies = [m.body for m in fake_twilio.messages_to(phone)]
    assert len(bodies) == 2 and all(len(b) <= 306 for b in bodies)


def open_all_day(db, user_id: int) -> None:
    """The hand-back SMS keeps the user's quiet hours: these tests must not depend on the clock."""
    with db.session() as s:
        user = s.get(User, user_id)
        user.contact_window_start, user.contact_window_end = time(0), time(23, 59, 59, 999999)


def test_take_over_keeps_the_bot_quiet_and_hand_back_tells_the_user(app, db, world, fake_twilio):
    open_all_day(db, world["ola"])
    client = app.test_client()
    log_in(client, world["kari"])
    assert post_on_case(client, world["case"], "take-over").status_code == 302
    services = app.extensions["kontakt"]
    with db.session() as s:
        phone = s.get(User, world["ola"]).phone_e164
    # Rasa is not even running here: a held case never reaches it.
    assert receive_sms(services, "SMheld0001", phone, "når er møtet mitt?").kind == "stored"
    assert answer_stored_messages(services) == []
    with db.session() as s:
        case = s.get(Escalation, world["case"])
        assert case.status == CaseStatus.HELD_BY_VEILEDER
        assert case.user_words.endswith("når er møtet mitt?") and case.unanswered_count == 2
    assert fake_twilio.messages_to(phone) == []

    assert post_on_case(client, world["case"], "hand-back").status_code == 302
    assert fake_twilio.messages_to(phone)[-1].body.startswith("Nå svarer den automatiske meldingstjenesten")
    with db.session() as s:
        assert s.get(Escalation, world["case"]).status == CaseStatus.OPEN


def test_a_quiet_held_case_goes_back_to_the_bot(app, db, world, fake_twilio):
    open_all_day(db, world["ola"])
    client = app.test_client()
    log_in(client, world["kari"])
    post_on_case(client, world["case"], "take-over")
    services = app.extensions["kontakt"]
    assert hand_back_quiet_cases(services.db, services.assistant, timedelta(hours=24)) == []
    later = utcnow() + timedelta(hours=25)
    handed_back = hand_back_quiet_cases(services.db, services.assistant, timedelta(hours=24), now=later)
    assert len(handed_back) == 1
    dispatch(services.db, services.sender, services.settings.status_callback_url, only_ids=handed_back, now=later)
    with db.session() as s:
        case = s.get(Escalation, world["case"])
        assert (case.status, case.held_by_veileder_id) == (CaseStatus.OPEN, None)
        phone = s.get(User, world["ola"]).phone_e164
    assert len(fake_twilio.messages_to(phone)) == 1


def test_notes_are_for_staff_and_resolving_closes_the_case(app, db, world, fake_twilio):
    client = app.test_client()
    log_in(client, world["kari"])
    post_on_case(client, world["case"], "notes", body="Ringte, fikk ikke svar.")
    assert "Ringte, fikk ikke svar." in client.get(f"/inbox/cases/{world['case']}").get_data(as_text=True)
    assert post_on_case(client, world["case"], "resolve").status_code == 302
    with db.session() as s:
        case = s.get(Escalation, world["case"])
        assert case.status == CaseStatus.RESOLVED and case.resolved_at is not None
        assert fake_twilio.messages_to(s.get(User, world["ola"]).phone_e164) == []
    assert f"/inbox/cases/{world['case']}" not in client.get("/inbox/").get_data(as_text=True)


def test_create_veileder_command(app, db, monkeypatch):
    runner = app.test_cli_runner()
    monkeypatch.setenv("KONTAKT_VEILEDER_PASSWORD", "short")
    assert runner.invoke(args=["create-veileder", "ny@nav.example", "--name", "Nina Ny", "--team", "T"]).exit_code != 0
    monkeypatch.delenv("KONTAKT_VEILEDER_PASSWORD")
    result = runner.invoke(args=["create-veileder", "Ny@nav.example", "--name", "Nina Ny", "--team", "Team Ny"],
                           input="a-long-password-1\na-long-password-1\n")
    assert result.exit_code == 0, result.output
    with db.session() as s:
        nina = s.execute(select(Veileder).where(Veileder.email == "ny@nav.example")).scalar_one()
        assert (nina.first_name, nina.team.name) == ("Nina", "Team Ny")
        assert "a-long-password-1" not in nina.password_hash
    assert log_in(app.test_client(), "ny@nav.example", "a-long-password-1").status_code == 302


def test_a_reply_to_a_user_who_last_wrote_in_the_chat_goes_to_the_chat(app, db, world, fake_twilio):
    store_inbound(db, world["ola"], "web", "page-0000000000000001", "hei, skriver fra chatten")
    client = app.test_client()
    log_in(client, world["kari"])
    page = client.get(f"/inbox/cases/{world['case']}").get_data(as_text=True)
    assert "Svar Ola i chatten" in page and "Send i chatten" in page
    assert '<span class="aksel-detail channel">i chatten</span>' in page  # each message shows its channel
    response = post_on_case(client, world["case"], "reply", body="Hei Ola – jeg ser på det i dag. 🙂", reply_key="w1")
    assert response.status_code == 302
    assert "Svaret er lagt i chatten" in client.get(response.headers["Location"]).get_data(as_text=True)
    with db.session() as s:
        message = s.execute(select(Message).where(Message.sender_kind == SenderKind.VEILEDER)).scalar_one()
        assert (message.channel, message.body) == ("web", "Hei Ola – jeg ser på det i dag. 🙂")  # no SMS rules
        assert message.outbox_entry is None
        phone = s.get(User, world["ola"]).phone_e164
    assert fake_twilio.messages_to(phone) == []
    post_on_case(client, world["case"], "reply", body="Hei Ola – jeg ser på det i dag. 🙂", reply_key="w1")
    with db.session() as s:
        assert s.execute(select(func.count(Message.id)).where(Message.sender_kind == SenderKind.VEILEDER)
                         ).scalar_one() == 1
