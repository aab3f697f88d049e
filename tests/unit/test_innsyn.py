"""Innsyn (issue 11, "Also deliver"): a veileder who may see a user exports everything stored
about them, as JSON and as a readable page, from the user page; every export is audited and
lists itself; another team's veileder gets 403."""
import json
from datetime import timedelta

import pytest
import sqlalchemy as sa
from services.cases.escalations import create_escalation
from services.conversation.intake import receive_sms
from services.innsyn.export import SECTIONS
from services.messaging.outbox import enqueue_sms
from services.webchat.sessions import start_session
from services.webchat.unread import reader_of
from storage.models import (
    Activity,
    Appointment,
    AppointmentKind,
    CaseNote,
    DeclineReason,
    Direction,
    Helper,
    HelperStatus,
    JobAd,
    JobMatch,
    JobWish,
    MatchAnswer,
    Message,
    SenderKind,
    WishKind,
    WishSource,
    utcnow,
)
from tests.support.inbox_client import audit_events, log_in
from tests.support.pipeline import answer_stored_messages
from tests.support.rasa_events import rasa_events_table
from tests.support.people import make_team, make_user, make_veileder


@pytest.fixture
def ola(db, app):
    """Ola, Kari's user, with a message by SMS and one by web chat, a case with a note, a
    meeting, an activity, a helper he said no to, a reply in the outbox, a job wish and a job
    match he turned down, and a web chat login; Jonas works in another team."""
    with db.session() as s:
        team, other = make_team(s), make_team(s)
        kari, jonas = make_veileder(s, team, "Kari"), make_veileder(s, other, "Jonas")
        user = make_user(s, team, kari, "Ola")
        s.add(Message(conversation=user.conversation, direction=Direction.INBOUND, channel="web",
                      sender_kind=SenderKind.USER, body="hei fra nettpraten"))
        case = create_escalation(s, user, "complaint", "uenig i vedtaket")
        s.add(CaseNote(escalation=case, author_veileder_id=kari.id, body="Ringte Ola, avtalte møte."))
        starts = utcnow() + timedelta(days=4)
        s.add(Appointment(user=user, veileder=kari, starts_at=starts, ends_at=starts + timedelta(minutes=30),
                          kind=AppointmentKind.PHONE, version=1, notified_version=1))
        s.add(Activity(user=user, title="Skrive CV", created_by_veileder_id=kari.id))
        s.add(Helper(user=user, phone_e164="+4741999888", name="Eva", status=HelperStatus.DECLINED,
                     gets_reminders=False, added_by_veileder_id=kari.id, answered_at=utcnow()))
        start_session(s, user.id)  # logged in to the web chat, and said no to the SMS about unread answers
        reader_of(s, user.id).sms_when_unread = False
        enqueue_sms(s, user.conversation, "Takk, jeg har sendt det du skrev videre.", "innsyn:reply")
        s.add(JobWish(user=user, kind=WishKind.LIMIT, value="no_licence", source=WishSource.SMS))
        ad = JobAd(uuid="innsyn-ad", title="Sjåfør varebil", employer_name="Nordlys AS")
        matches_sms = enqueue_sms(s, user.conversation, "Hei Ola! En ledig jobb som kan passe deg: 1) Sjåfør varebil",
                                  "innsyn:jobmatch")
        s.add(JobMatch(user_id=user.id, ad=ad, outbox_entry=matches_sms, position=1, score=0.4, reason="sjåfør i Oslo",
                       answer=MatchAnswer.NOT_RELEVANT, decline_reason=DeclineReason.LICENCE))
        ids = {"user": user.id, "phone": user.phone_e164, "kari": kari.email, "jonas": jonas.email}
        sender_id = user.conversation.rasa_sender_id
    # What the Rasa server keeps of the conversation, in its own database beside the app's.
    engine = sa.create_engine(app.extensions["kontakt"].settings.rasa_tracker_url)
    events = rasa_events_table(engine)
    with engine.begin() as connection:
        for other, words in ((sender_id, "hei bot"), ("someone-else", "not Ola's")):
            connection.execute(events.insert().values(sender_id=other, type_name="user", intent_name="greet",
                                                      timestamp=utcnow().timestamp(),
                                                      data=json.dumps({"text": words})))
    engine.dispose()
    receive_sms(app.extensions["kontakt"], "SMinnsyn01", ids["phone"], "når er møtet?")
    answer_stored_messages(app.extensions["kontakt"])
    return ids


def logged_in(app, email):
    client = app.test_client()
    log_in(client, email)
    return client


def test_the_user_page_links_to_the_export(app, ola):
    page = logged_in(app, ola["kari"]).get(f"/inbox/users/{ola['user']}").get_data(as_text=True)
    assert f"/inbox/users/{ola['user']}/innsyn" in page and f"/inbox/users/{ola['user']}/innsyn.json" in page


def test_the_json_export_holds_everything_stored_and_its_own_audit(app, db, ola):
    client = logged_in(app, ola["kari"])
    client.get(f"/inbox/users/{ola['user']}")
    response = client.get(f"/inbox/users/{ola['user']}/innsyn.json")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    export = json.loads(response.get_data(as_text=True))
    sections = export["sections"]
    assert set(sections) == set(SECTIONS)
    assert sections["profil"][0]["phone_e164"] == ola["phone"]
    assert {(m["channel"], m["body"]) for m in sections["meldinger"]} >= {
        ("web", "hei fra nettpraten"), ("sms", "når er møtet?"), ("sms", "Takk, jeg har sendt det du skrev videre.")}
    assert sections["saker"][0]["user_words"] == "uenig i vedtaket"
    assert sections["notater"][0]["body"] == "Ringte Ola, avtalte møte."
    assert sections["moter"][0]["kind"] == "phone" and sections["aktiviteter"][0]["title"] == "Skrive CV"
    assert {d["idempotency_key"] for d in sections["levering"]} >= {"innsyn:reply", "innsyn:jobmatch"}
    assert [(w["kind"], w["value"], w["source"]) for w in sections["jobbonsker"]] == [("limit", "no_licence", "sms")]
    assert [(m["stilling"], m["arbeidsgiver"], m["answer"], m["decline_reason"]) for m in sections["jobbtips"]] \
        == [("Sjåfør varebil", "Nordlys AS", "not_relevant", "licence")]
    assert sections["veiledere"][0]["veileder"] == "Kari Testesen"
    assert [(h["name"], h["phone_e164"], h["status"]) for h in sections["hjelpere"]] == [
        ("Eva", "+4741999888", "declined")]
    chat = {record["hva"]: record for record in sections["nettchat"]}
    assert chat["innlogging"]["ended_at"] is None and chat["lest og valg"]["sms_when_unread"] is False
    assert not any(key.endswith("_hash") for record in sections["nettchat"] for key in record)
    assert [(e["intent_name"], json.loads(e["data"])["text"]) for e in sections["samtalen_med_boten"]] \
        == [("greet", "hei bot")]
    looked = [(e["action"], e["detail"], e["veileder"]) for e in sections["innsyn_i_data"]]
    assert ("view_user", "", "Kari Testesen") in looked
    assert looked[-1] == ("innsyn_export", "json", "Kari Testesen")


def test_the_readable_page_shows_every_section_and_is_audited(app, db, ola):
    page = logged_in(app, ola["kari"]).get(f"/inbox/users/{ola['user']}/innsyn")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for title in SECTIONS.values():
        assert title.replace("(", "").split()[0] in html
    assert "hei fra nettpraten" in html and "Ringte Ola, avtalte møte." in html and "hei bot" in html
    assert "Sjåfør varebil" in html and "no_licence" in html
    assert "not Ola" not in html
    assert [(e.detail, e.allowed) for e in audit_events(db, "innsyn_export")] == [("html", True)]


def test_another_teams_veileder_gets_403_and_it_is_audited(app, db, ola):
    client = logged_in(app, ola["jonas"])
    for path in (f"/inbox/users/{ola['user']}/innsyn.json", f"/inbox/users/{ola['user']}/innsyn"):
        response = client.get(path)
        assert response.status_code == 403 and "nettpraten" not in response.get_data(as_text=True)
    assert [e.allowed for e in audit_events(db, "innsyn_export")] == [False, False]
