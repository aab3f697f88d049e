"""'Mine brukere': the veileder's users, the ones who need attention first, each reason in words;
and the page itself (audited, only the veileder's own users)."""
from datetime import date, timedelta

import pytest

from services.cases.escalations import create_escalation
from services.messaging.threads import conversation_of
from services.people.caseload import caseload
from storage.models import (
    Activity,
    ActivityStatus,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    CaseStatus,
    Direction,
    Message,
    SenderKind,
    Veileder,
    utcnow,
)
from tests.support.inbox_client import audit_events, log_in
from tests.support.people import make_absence, make_team, make_user, make_veileder


def said(session, user, *, weeks_ago: float, sender=SenderKind.USER) -> None:
    inbound = sender is SenderKind.USER
    session.add(Message(conversation=conversation_of(session, user.id), channel="sms", body="...",
                        direction=Direction.INBOUND if inbound else Direction.OUTBOUND, sender_kind=sender,
                        created_at=utcnow() - timedelta(weeks=weeks_ago)))


@pytest.fixture
def world(db):
    now = utcnow()
    with db.session() as s:
        team, other = make_team(s, "Team Mine"), make_team(s, "Team Andre")
        kari, per, jonas = make_veileder(s, team, "Kari"), make_veileder(s, team, "Per"), make_veileder(s, other, "Jonas")
        users = {name: make_user(s, team, kari, name) for name in
                 ("Quiet", "Crisis", "Urgent", "Stopped", "Meeting", "Overdue", "Silent", "Fine", "Busy")}
        users["PerUser"] = make_user(s, team, per, "PerUser")
        users["Other"] = make_user(s, other, jonas, "Other")
        for name, user in users.items():
            if name not in ("Silent", "Quiet"):
                said(s, user, weeks_ago=1)
        said(s, users["Quiet"], weeks_ago=6)
        said(s, users["Quiet"], weeks_ago=0, sender=SenderKind.BOT)  # the bot's messages are not contact
        crisis = create_escalation(s, users["Crisis"], "crisis", "orker ikke mer", now=now - timedelta(days=3))
        crisis.status = CaseStatus.RESOLVED
        create_escalation(s, users["Urgent"], "urgent_need", "har ikke mat")
        users["Stopped"].opted_out_at = now
        s.add(Appointment(user=users["Meeting"], veileder=kari, starts_at=now + timedelta(days=1),
                          ends_at=now + timedelta(days=1, hours=1), kind=AppointmentKind.PHONE,
                          status=AppointmentStatus.PROPOSED, version=1, notified_version=1))
        s.add(Activity(user_id=users["Overdue"].id, title="Send CV", deadline=date.today() - timedelta(days=5),
                       status=ActivityStatus.PLANLAGT, in_agreed_plan=True, created_by_veileder_id=kari.id))
        busy = users["Busy"]
        create_escalation(s, busy, "complaint", "uenig i vedtaket")
        s.add(Activity(user_id=busy.id, title="Kurs", deadline=date.today() - timedelta(days=1),
                       status=ActivityStatus.GJENNOMFORES, in_agreed_plan=True, created_by_veileder_id=kari.id))
        return {"kari": kari.id, "per": per.id, "kari_email": kari.email, "per_email": per.email,
                **{name: user.id for name, user in users.items()}}


def entries_for(db, veileder_id):
    with db.session() as s:
        found = caseload(s, s.get(Veileder, veileder_id), utcnow(), str.upper)
        return [(e.user.first_name, [r.kind for r in e.reasons], [r.words for r in e.reasons]) for e in found]


def test_the_users_who_need_attention_come_first_each_with_the_reasons_in_words(db, world):
    found = entries_for(db, world["kari"])
    assert [name for name, _, _ in found] == ["Urgent", "Crisis", "Busy", "Stopped", "Meeting", "Overdue", "Quiet",
                                              "Silent", "Fine"]
    reasons = {name: (kinds, words) for name, kinds, words in found}
    assert reasons["Urgent"][0] == ["P1"] and reasons["Urgent"][1][0].startswith("Åpen sak P1: URGENT_NEED, frist ")
    assert reasons["Crisis"][0] == ["crisis"] and reasons["Crisis"][1][0].startswith("Krise de siste 7 dagene (")
    assert reasons["Busy"][0] == ["P2", "activity"]  # one P2 case outweighs anything below it
    assert reasons["Stopped"][1] == ["Kan ikke nås på SMS: har sendt STOPP: får bare svar på egne meldinger, "
                                     "ikke møteinnkallinger eller påminnelser"]
    assert reasons["Meeting"][1][0].startswith("Møtet ") and reasons["Meeting"][1][0].endswith(
        " er ikke bekreftet av brukeren")
    assert reasons["Overdue"][1][0].startswith("Aktivitet over fristen: «Send CV» (frist ")
    assert reasons["Quiet"][1][0].startswith("Ingen kontakt på 6 uker (sist ")
    assert reasons["Silent"][1] == ["Ingen kontakt med en veileder ennå"]
    assert reasons["Fine"] == ([], [])


def test_a_backup_sees_the_absent_colleagues_users_too_and_nobody_elses(db, world):
    assert "PerUser" not in [name for name, _, _ in entries_for(db, world["kari"])]
    with db.session() as s:
        make_absence(s, s.get(Veileder, world["per"]), utcnow() - timedelta(hours=1), utcnow() + timedelta(days=2),
                     backup=s.get(Veileder, world["kari"]))
    names = [name for name, _, _ in entries_for(db, world["kari"])]
    assert "PerUser" in names and "Other" not in names


def test_the_page_lists_the_reasons_and_audits_each_user_shown(app, db, world):
    client = app.test_client()
    log_in(client, world["kari_email"])
    page = client.get("/inbox/mine").get_data(as_text=True)
    assert page.index(">Urgent<") < page.index(">Crisis<") < page.index(">Fine<")
    assert "Aktivitet over fristen: «Send CV»" in page and "Ingen kontakt med en veileder ennå" in page
    shown = {event.user_id for event in audit_events(db, "list_caseload")}
    assert world["Urgent"] in shown and world["Other"] not in shown and world["PerUser"] not in shown
