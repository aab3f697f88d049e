"""The inbox's user page through the real Flask app: notices, the SMS badge, appointments,
activities and reassigning a case; access (another team: 403, audited) and CSRF on every
new form. The assistant is a closed port here, so a change is made and its message owed
(told later by the scheduler), as when Rasa is down; other SMS go to the fake Twilio."""
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from services.cases.escalations import create_escalation
from services.oslo import OSLO
from services.staff.notices import notify_veileder
from storage.models import (
    Activity,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Escalation,
    NoticeKind,
    User,
    Veileder,
    VeilederNotice,
    utcnow,
)
from tests.support.inbox_client import audit_events, logged_in, post_form
from tests.support.people import make_team, make_user, make_veileder


@pytest.fixture
def world(db):
    """Kari (Ola's veileder) and Per in one team, Jonas in another; Ola has a case, a notice
    and a meeting in three days; Ola may get texts all day."""
    with db.session() as s:
        team, other = make_team(s, "Team Nord"), make_team(s, "Team Sør")
        kari, per, jonas = make_veileder(s, team, "Kari"), make_veileder(s, team, "Per"), make_veileder(s, other, "Jonas")
        ola = make_user(s, team, kari, "Ola")
        ola.contact_window_start, ola.contact_window_end = time(0, 0), time.max
        case = create_escalation(s, ola, "contact_request", "får ikke tak i veilederen min")
        notice = notify_veileder(s, ola, NoticeKind.ACTIVITY_OVERDUE, detail="CV-en er over fristen.")
        starts = (utcnow() + timedelta(days=3)).replace(second=0, microsecond=0)
        meeting = Appointment(user=ola, veileder=kari, starts_at=starts, ends_at=starts + timedelta(minutes=45),
                              kind=AppointmentKind.OFFICE, place="NAV Nord", version=1, notified_version=1)
        s.add(meeting)
        s.flush()
        return {"kari": kari.email, "per": per.email, "jonas": jonas.email, "per_id": per.id, "jonas_id": jonas.id,
                "ola": ola.id, "phone": ola.phone_e164, "case": case.id, "notice": notice.id,
                "meeting": meeting.id, "starts": starts}


def oslo_fields(moment: datetime) -> dict:
    local = moment.astimezone(OSLO)
    return {"date": local.strftime("%Y-%m-%d"), "time": local.strftime("%H:%M")}


def test_notices_are_listed_for_those_who_see_the_user_and_marked_read(app, db, world):
    kari, jonas = logged_in(app, world["kari"]), logged_in(app, world["jonas"])
    assert "CV-en er over fristen." in kari.get("/inbox/notices").get_data(as_text=True)
    assert "CV-en er over fristen." not in jonas.get("/inbox/notices").get_data(as_text=True)
    assert [e.user_id for e in audit_events(db, "list_notices")] == [world["ola"]]

    assert post_form(jonas, f"/inbox/notices/{world['notice']}/read").status_code == 403
    assert post_form(kari, f"/inbox/notices/{world['notice']}/read", next="/inbox/notices").status_code == 302
    with db.session() as s:
        notice = s.get(VeilederNotice, world["notice"])
        assert notice.read_at is not None and notice.read_by.email == world["kari"]
    assert "CV-en er over fristen." not in kari.get("/inbox/notices").get_data(as_text=True)
    assert [(e.allowed, e.detail) for e in audit_events(db, "mark_notice_read")] == [
        (False, f"notice {world['notice']}"), (True, f"notice {world['notice']}")]


def test_the_user_page_shows_who_cannot_be_reached_by_sms_and_refuses_another_team(app, db, world):
    kari, jonas = logged_in(app, world["kari"]), logged_in(app, world["jonas"])
    page = kari.get(f"/inbox/users/{world['ola']}").get_data(as_text=True)
    assert "Kan ikke nås på SMS" not in page and "CV-en er over fristen." in page and "NAV Nord" in page
    with db.session() as s:
        s.get(User, world["ola"]).opted_out_at = utcnow()
    page = kari.get(f"/inbox/users/{world['ola']}").get_data(as_text=True)
    assert "Kan ikke nås på SMS" in page and "har sendt STOPP" in page
    assert "Kan ikke nås på SMS" in kari.get(f"/inbox/cases/{world['case']}").get_data(as_text=True)
    assert "Nås ikke på SMS" in kari.get("/inbox/").get_data(as_text=True)
    with db.session() as s:
        ola = s.get(User, world["ola"])
        ola.opted_out_at, ola.sms_unreachable_at, ola.sms_unreachable_code = None, utcnow(), 30006
    assert "Twilio-feil 30006" in kari.get(f"/inbox/users/{world['ola']}").get_data(as_text=True)

    response = jonas.get(f"/inbox/users/{world['ola']}")
    assert response.status_code == 403 and "NAV Nord" not in response.get_data(as_text=True)
    assert [e.allowed for e in audit_events(db, "view_user")] == [True, True, True, False]


def test_booking_a_meeting_in_oslo_time_and_a_double_booking_explained(app, db, world):
    kari = logged_in(app, world["kari"])
    starts = datetime.combine((utcnow() + timedelta(days=8)).astimezone(OSLO).date(), time(10, 0), tzinfo=OSLO)
    form = {**oslo_fields(starts), "minutes": "60", "kind": "video", "place": ""}
    assert post_form(kari, f"/inbox/users/{world['ola']}/appointments", **form).status_code == 302
    with db.session() as s:
        booked = s.execute(select(Appointment).where(Appointment.starts_at == starts)).scalar_one()
        assert (booked.kind, booked.status, booked.ends_at - booked.starts_at) == (
            AppointmentKind.VIDEO, AppointmentStatus.PROPOSED, timedelta(minutes=60))
        assert booked.veileder.email == world["kari"]
        assert booked.notified_version == 0  # the assistant is down: told later, never lost

    again = post_form(kari, f"/inbox/users/{world['ola']}/appointments", **{**form, "place": "Rom 3"})
    page = again.get_data(as_text=True)
    assert again.status_code == 409 and "har allerede et møte på den tiden" in page
    assert 'value="Rom 3"' in page  # what was typed is kept
    past = post_form(kari, f"/inbox/users/{world['ola']}/appointments",
                **{**form, **oslo_fields(utcnow() - timedelta(days=1))})
    assert past.status_code == 400 and "har allerede vært" in past.get_data(as_text=True)
    assert [e.allowed for e in audit_events(db, "appointment_create")] == [True, True, True]


def test_moving_cancelling_and_the_outcome(app, db, world):
    kari = logged_in(app, world["kari"])
    new_time = world["starts"] + timedelta(days=1)
    moved = post_form(kari, f"/inbox/appointments/{world['meeting']}/move", **oslo_fields(new_time), minutes="30")
    assert moved.status_code == 302
    with db.session() as s:
        meeting = s.get(Appointment, world["meeting"])
        assert (meeting.starts_at, meeting.status) == (new_time, AppointmentStatus.MOVED)
        assert meeting.ends_at - meeting.starts_at == timedelta(minutes=30)
    assert post_form(kari, f"/inbox/appointments/{world['meeting']}/cancel").status_code == 302
    refused = post_form(kari, f"/inbox/appointments/{world['meeting']}/outcome", status="held")
    assert refused.status_code == 409 and "Endringen ble ikke gjort" in refused.get_data(as_text=True)
    with db.session() as s:
        assert s.get(Appointment, world["meeting"]).status == AppointmentStatus.CANCELLED
    assert [e.action for e in audit_events(db, "appointment_move") + audit_events(db, "appointment_cancel")] == [
        "appointment_move", "appointment_cancel"]


def test_the_users_wish_to_move_is_declined_kindly_or_accepted(app, db, world, fake_twilio):
    wished = world["starts"] + timedelta(hours=2)
    with db.session() as s:
        meeting = s.get(Appointment, world["meeting"])
        meeting.requested_starts_at, meeting.requested_ends_at = wished, wished + timedelta(minutes=45)
    kari = logged_in(app, world["kari"])
    assert "ønsker å flytte møtet" in kari.get(f"/inbox/users/{world['ola']}").get_data(as_text=True)
    assert post_form(kari, f"/inbox/appointments/{world['meeting']}/decline-move").status_code == 302
    sms = fake_twilio.messages_to(world["phone"])
    assert len(sms) == 1 and "kunne dessverre ikke flytte møtet" in sms[0].body
    again = post_form(kari, f"/inbox/appointments/{world['meeting']}/accept-move")
    assert again.status_code == 400 and "har ikke bedt om å flytte" in again.get_data(as_text=True)

    with db.session() as s:
        meeting = s.get(Appointment, world["meeting"])
        meeting.requested_starts_at, meeting.requested_ends_at = wished, wished + timedelta(minutes=45)
    assert post_form(kari, f"/inbox/appointments/{world['meeting']}/accept-move").status_code == 302
    with db.session() as s:
        meeting = s.get(Appointment, world["meeting"])
        assert (meeting.starts_at, meeting.requested_starts_at) == (wished, None)


def test_adding_an_activity_with_a_deadline(app, db, world):
    kari = logged_in(app, world["kari"])
    deadline = (utcnow() + timedelta(days=10)).date().isoformat()
    empty = post_form(kari, f"/inbox/users/{world['ola']}/activities", title="  ", deadline=deadline)
    assert empty.status_code == 400 and "Skriv hva aktiviteten er" in empty.get_data(as_text=True)
    response = post_form(kari, f"/inbox/users/{world['ola']}/activities", title="Send CV til Rema", description="",
                    deadline=deadline, in_agreed_plan="on")
    assert response.status_code == 302
    with db.session() as s:
        activity = s.execute(select(Activity).where(Activity.user_id == world["ola"])).scalar_one()
        assert (activity.title, activity.deadline.isoformat(), activity.in_agreed_plan,
                activity.title_is_safe_for_sms) == ("Send CV til Rema", deadline, True, False)
    assert "Send CV til Rema" in kari.get(f"/inbox/users/{world['ola']}").get_data(as_text=True)


def test_a_case_is_reassigned_within_the_team_only(app, db, world):
    kari = logged_in(app, world["kari"])
    wrong = post_form(kari, f"/inbox/cases/{world['case']}/reassign", to=str(world["jonas_id"]))
    assert wrong.status_code == 400 and "Velg en veileder i teamet" in wrong.get_data(as_text=True)
    assert post_form(kari, f"/inbox/cases/{world['case']}/reassign", to=str(world["per_id"])).status_code == 302
    with db.session() as s:
        case = s.get(Escalation, world["case"])
        assert (case.assigned_veileder_id, case.route) == (world["per_id"], "manual")
    per = logged_in(app, world["per"])
    assert post_form(per, f"/inbox/cases/{world['case']}/reassign", to="team").status_code == 302
    with db.session() as s:
        case = s.get(Escalation, world["case"])
        assert (case.assigned_veileder_id, case.route) == (None, "team")
    assert [e.allowed for e in audit_events(db, "reassign_case")] == [True, True, True]
    assert [e.detail for e in audit_events(db, "case_reassigned")] == [
        f"case {world['case']} to veileder {world['per_id']}", f"case {world['case']} to team inbox"]


ROUTES = [
    ("get", "/inbox/users/{ola}", "view_user"),
    ("post", "/inbox/notices/{notice}/read", "mark_notice_read"),
    ("post", "/inbox/users/{ola}/appointments", "appointment_create"),
    ("post", "/inbox/appointments/{meeting}/move", "appointment_move"),
    ("post", "/inbox/appointments/{meeting}/cancel", "appointment_cancel"),
    ("post", "/inbox/appointments/{meeting}/outcome", "appointment_outcome"),
    ("post", "/inbox/appointments/{meeting}/accept-move", "appointment_accept_move"),
    ("post", "/inbox/appointments/{meeting}/decline-move", "appointment_decline_move"),
    ("post", "/inbox/users/{ola}/activities", "activity_create"),
    ("post", "/inbox/cases/{case}/reassign", "reassign_case"),
]


@pytest.mark.parametrize("method,path,action", ROUTES, ids=[r[2] for r in ROUTES])
def test_another_teams_veileder_gets_403_and_it_is_audited(app, db, world, method, path, action):
    jonas = logged_in(app, world["jonas"])
    url = path.format(**world)
    response = jonas.get(url) if method == "get" else post_form(jonas, url, title="x", to="team", status="held")
    assert response.status_code == 403
    refused = [e for e in audit_events(db, action) if not e.allowed]
    with db.session() as s:
        jonas_id = s.execute(select(Veileder.id).where(Veileder.email == world["jonas"])).scalar_one()
    assert [(e.user_id, e.veileder_id) for e in refused] == [(world["ola"], jonas_id)]
    with db.session() as s:  # nothing changed
        assert s.get(Appointment, world["meeting"]).version == 1
        assert s.get(Escalation, world["case"]).assigned_veileder is not None
        assert s.get(VeilederNotice, world["notice"]).read_at is None


@pytest.mark.parametrize("method,path,action", [r for r in ROUTES if r[0] == "post"],
                         ids=[r[2] for r in ROUTES if r[0] == "post"])
def test_every_new_form_needs_the_csrf_token(app, db, world, method, path, action):
    kari = logged_in(app, world["kari"])
    assert kari.post(path.format(**world), data={"title": "x", "to": "team", "status": "held"}).status_code == 400
    assert audit_events(db, action) == []
