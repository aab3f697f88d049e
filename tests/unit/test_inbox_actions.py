"""The inbox's everyday actions through the real Flask app: a new fixed veileder (history kept,
the user told by SMS, the new veileder sees the whole thread, an open case follows), editing
an activity and its status, searching users (audited, without the search words), saved reply
texts (GSM-7 only) and the SMS size shown while typing."""
from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from services.cases.escalations import create_escalation
from services.messaging.staff_reply import sms_size
from services.messaging.threads import conversation_of
from storage.models import (
    Activity,
    ActivityStatus,
    Direction,
    Escalation,
    Message,
    SavedReply,
    SenderKind,
    User,
    VeilederAssignment,
)
from tests.support.inbox_client import audit_events, logged_in, post_form
from tests.support.people import make_team, make_user, make_veileder


@pytest.fixture
def world(db):
    """Kari follows Ola (who has told his story and has a case); Per is in the team; Jonas is not."""
    with db.session() as s:
        team, other = make_team(s, "Team Nord"), make_team(s, "Team Sør")
        kari, per, jonas = make_veileder(s, team, "Kari"), make_veileder(s, team, "Per"), make_veileder(s, other, "Jonas")
        ola = make_user(s, team, kari, "Ola")
        ola.contact_window_start, ola.contact_window_end = time(0, 0), time.max
        s.add(Message(conversation=conversation_of(s, ola.id), direction=Direction.INBOUND, channel="sms",
                      sender_kind=SenderKind.USER, body="Jeg har vært syk lenge og trenger en deltidsjobb."))
        case = create_escalation(s, ola, "situation_change", "trenger deltid")
        activity = Activity(user_id=ola.id, title="Send CV", deadline=date.today() + timedelta(days=3),
                            in_agreed_plan=True, status=ActivityStatus.PLANLAGT, created_by_veileder_id=kari.id)
        s.add(activity)
        s.flush()
        return {"kari": kari.email, "per": per.email, "jonas": jonas.email, "per_id": per.id, "kari_id": kari.id,
                "jonas_id": jonas.id,
                "ola": ola.id, "phone": ola.phone_e164, "case": case.id, "activity": activity.id}


def test_a_new_fixed_veileder_keeps_the_history_tells_the_user_and_sees_the_whole_thread(app, db, world, fake_twilio):
    kari, per = logged_in(app, world["kari"]), logged_in(app, world["per"])
    assert per.get(f"/inbox/users/{world['ola']}").status_code == 403

    response = post_form(kari, f"/inbox/users/{world['ola']}/veileder", veileder_id=world["per_id"])
    assert response.status_code == 302
    assert response.location == "/inbox/mine"  # Kari may no longer see Ola's page
    sms = fake_twilio.messages_to(world["phone"])[-1].body
    assert sms == ("Hei Ola! Fra nå er Per veilederen din hos NAV. Per kan lese det du har skrevet her før, "
                   "så du trenger ikke fortelle alt på nytt.")
    with db.session() as s:
        history = s.execute(select(VeilederAssignment).where(VeilederAssignment.user_id == world["ola"])
                            .order_by(VeilederAssignment.id)).scalars().all()
        assert [(a.veileder.first_name, a.ended_at is None) for a in history] == [("Kari", False), ("Per", True)]
        assert s.get(Escalation, world["case"]).assigned_veileder_id == world["per_id"]
    page = per.get(f"/inbox/users/{world['ola']}").get_data(as_text=True)
    assert "Jeg har vært syk lenge og trenger en deltidsjobb." in page and "Fra nå er Per veilederen din" in page
    assert per.get(f"/inbox/cases/{world['case']}").status_code == 200
    assert kari.get(f"/inbox/users/{world['ola']}").status_code == 403  # Kari no longer follows Ola
    changed = audit_events(db, "veileder_changed")
    assert [(e.user_id, e.detail) for e in changed] == [(world["ola"], f"fixed veileder {history[0].veileder_id} "
                                                                     f"to {world['per_id']}")]


def test_a_fixed_veileder_from_another_team_or_the_same_one_is_refused(app, db, world):
    kari = logged_in(app, world["kari"])
    for chosen in (world["jonas_id"], "999", ""):
        other = post_form(kari, f"/inbox/users/{world['ola']}/veileder", veileder_id=chosen)
        assert other.status_code == 400 and "Velg en veileder i brukerens team." in other.get_data(as_text=True)
    same = post_form(kari, f"/inbox/users/{world['ola']}/veileder", veileder_id=world["kari_id"])
    assert same.status_code == 400 and "er allerede fast veileder" in same.get_data(as_text=True)
    with db.session() as s:
        assert len(s.get(User, world["ola"]).assignments) == 1


def test_an_activity_is_edited_and_its_status_set_from_the_user_page(app, db, world):
    kari = logged_in(app, world["kari"])
    response = post_form(kari, f"/inbox/activities/{world['activity']}", title="Send CV til Rema", description="Intern",
                    deadline="2030-01-15", status="fullfort", in_agreed_plan="on")
    assert response.status_code == 302
    with db.session() as s:
        activity = s.get(Activity, world["activity"])
        assert (activity.title, activity.description, activity.deadline, activity.status, activity.in_agreed_plan,
                activity.title_is_safe_for_sms) == ("Send CV til Rema", "Intern", date(2030, 1, 15),
                                                    ActivityStatus.FULLFORT, True, False)
        assert activity.completed_at is not None
    assert [e.allowed for e in audit_events(db, "activity_update")] == [True]


def test_a_bad_activity_edit_changes_nothing_and_is_explained(app, db, world):
    kari = logged_in(app, world["kari"])
    response = post_form(kari, f"/inbox/activities/{world['activity']}", title="Ny tittel", deadline="i morgen",
                    status="planlagt")
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "fristen må være en dato" in page and 'value="Ny tittel"' in page
    with db.session() as s:
        assert s.get(Activity, world["activity"]).title == "Send CV"
    jonas = logged_in(app, world["jonas"])
    assert post_form(jonas, f"/inbox/activities/{world['activity']}", title="x", status="avbrutt").status_code == 403
    assert [e.allowed for e in audit_events(db, "activity_update")] == [True, False]


def test_users_are_found_by_name_or_number_among_those_the_veileder_sees_and_the_search_is_audited(app, db, world):
    with db.session() as s:
        make_user(s, s.get(User, world["ola"]).team, None, "Olav")  # no veileder, no case: Kari does not see him
    kari = logged_in(app, world["kari"])
    by_name = kari.get("/inbox/search?q=ola").get_data(as_text=True)
    assert f"/inbox/users/{world['ola']}" in by_name and "Olav" not in by_name
    spaced = world["phone"][3:6] + " " + world["phone"][6:]
    assert f"/inbox/users/{world['ola']}" in kari.get(f"/inbox/search?q={spaced}").get_data(as_text=True)
    assert f"/inbox/users/{world['ola']}" in kari.get(f"/inbox/search?q={world['phone'][-4:]}").get_data(as_text=True)
    assert "0 treff" in kari.get("/inbox/search?q=Per").get_data(as_text=True)
    jonas = logged_in(app, world["jonas"])
    assert f"/inbox/users/{world['ola']}" not in jonas.get("/inbox/search?q=Ola").get_data(as_text=True)
    searches = audit_events(db, "search_users")
    assert len(searches) == 5 and all(world["phone"][-4:] not in e.detail and "ola" not in e.detail.lower()
                                      for e in searches)
    assert {e.user_id for e in audit_events(db, "search_result")} == {world["ola"]}


def test_saved_replies_are_checked_when_saved_and_filled_in_with_the_name(app, db, world):
    kari = logged_in(app, world["kari"])
    refused = post_form(kari, "/inbox/svartekster", title="Smil", body="Hei {navn} 🙂")
    assert refused.status_code == 400 and "kan ikke sendes på SMS: 🙂" in refused.get_data(as_text=True)
    assert post_form(kari, "/inbox/svartekster", title="Ringer deg", body="Hei {navn}! Jeg ringer deg i dag.").status_code == 302
    with db.session() as s:
        saved = s.execute(select(SavedReply)).scalar_one()
    case_page = kari.get(f"/inbox/cases/{world['case']}?saved_reply={saved.id}").get_data(as_text=True)
    assert ">Hei Ola! Jeg ringer deg i dag.</textarea>" in case_page
    assert sms_size("Hei Ola! Jeg ringer deg i dag.").summary in case_page
    jonas = logged_in(app, world["jonas"])
    assert post_form(jonas, f"/inbox/svartekster/{saved.id}/delete").status_code == 403
    assert post_form(kari, f"/inbox/svartekster/{saved.id}/delete").status_code == 302
    with db.session() as s:
        assert s.execute(select(SavedReply)).first() is None


@pytest.mark.parametrize("text,summary", [
    ("", "160 tegn igjen · 0 SMS-segmenter"),
    ("Hei!", "156 tegn igjen · 1 SMS-segment"),
    ("a" * 160, "0 tegn igjen · 1 SMS-segment"),
    ("a" * 161, "145 tegn igjen · 2 SMS-segmenter"),
    ("€" * 80, "0 tegn igjen · 1 SMS-segment"),  # € takes two septets
    ("“Hei” – ok", "150 tegn igjen · 1 SMS-segment"),  # typographic quotes and dashes are replaced
    ("Hei 🙂", "Kan ikke sendes på SMS: 🙂"),
    ("ord " * 240, "For langt: blir 4 SMS, høyst 3"),
])
def test_the_sms_size_a_veileder_sees(text, summary):
    assert sms_size(text).summary == summary
