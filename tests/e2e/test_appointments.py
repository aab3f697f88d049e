"""Appointments through the running stack: the JSON API books, the user answers by SMS.

Real Rasa and action server, the Flask app over HTTP, the real twilio client against the
fake Twilio. Each test has its own team, veileder and user, so calendars never collide.
"""
import secrets
from datetime import datetime, time, timedelta

import pytest
import requests
from sqlalchemy import select

from bot.api.auth import token_hash
from services.appointments.booking import create_appointment, tell_pending_changes, tell_user_about
from services.appointments.reminders import process_due_reminders
from services.appointments.texts import format_when
from services.gateways.rasa import AssistantClient
from services.messaging.outbox import dispatch
from services.oslo import OSLO
from storage.models import (
    ApiToken,
    Appointment,
    AppointmentKind,
    AppointmentReminder,
    AppointmentStatus,
    AuditEvent,
    CaseCategory,
    Escalation,
    NoticeKind,
    ReminderKind,
    ReminderState,
    Team,
    User,
    Veileder,
    VeilederNotice,
    utcnow,
)
from tests.conftest import RASA_TOKEN
from tests.support.people import make_team, make_user, make_veileder
from tests.support.processes import free_port


class Office:
    """A team with one veileder (with an API token) and one user who may get texts all day."""

    def __init__(self, stack, mode: str = "direct", language: str = "nb"):
        self.stack = stack
        self.token = secrets.token_urlsafe(24)
        with stack.db.session() as session:
            team = make_team(session, "Team Avtaler")
            team.reschedule_mode = mode
            veileder = make_veileder(session, team, "Kari")
            user = make_user(session, team, veileder, "Ola", language=language)
            user.contact_window_start, user.contact_window_end = time(0, 0), time.max
            session.add(ApiToken(veileder_id=veileder.id, token_hash=token_hash(self.token)))
            self.team_id, self.veileder_id, self.user_id = team.id, veileder.id, user.id
            self.phone, self.sender_id = user.phone_e164, user.conversation.rasa_sender_id

    def api(self, method: str, path: str, token: str | None = "own", **kwargs):
        headers = {} if token is None else {"Authorization": f"Bearer {self.token if token == 'own' else token}"}
        return requests.request(method, f"{self.stack.settings.public_base_url}/api/v1/appointments{path}",
                                headers=headers, timeout=30, **kwargs)

    def book(self, starts_at: datetime, minutes: int = 45, **fields):
        body = {"user_id": self.user_id, "starts_at": starts_at.isoformat(), "duration_minutes": minutes,
                "kind": "office", "place": "NAV Grünerløkka, Markveien 35", **fields}
        return self.api("POST", "", json=body)

    def texts(self) -> list[str]:
        return [m.body for m in self.stack.fake_twilio.messages_to(self.phone)]

    def say(self, body: str) -> str:
        """Texts the service and returns its one reply (all replies joined)."""
        before = len(self.texts())
        assert self.stack.text(self.phone, body).status_code == 200
        replies = self.texts()[before:]
        assert replies, f"no reply to {body!r}"
        return "\n".join(replies)

    def appointment(self, appointment_id: int) -> Appointment:
        with self.stack.db.session() as session:
            appointment = session.get(Appointment, appointment_id)
            appointment.reminders  # loaded for the caller
            return appointment

    def tracker_slot(self, name: str):
        tracker = requests.get(f"{self.stack.rasa_url}/conversations/{self.sender_id}/tracker",
                               params={"token": RASA_TOKEN}, timeout=10).json()
        return tracker["slots"].get(name)


def weekday_at(days_ahead: int, hour: int, minute: int = 0, weekday: int | None = None) -> datetime:
    """An Oslo wall-clock time ``days_ahead`` days from today (moved on to ``weekday`` if given)."""
    day = datetime.now(OSLO).date() + timedelta(days=days_ahead)
    while weekday is not None and day.weekday() != weekday:
        day += timedelta(days=1)
    return datetime.combine(day, time(hour, minute), tzinfo=OSLO)


def test_a_booking_asks_the_user_and_a_plain_ja_confirms_it(stack):
    office = Office(stack)
    starts_at = weekday_at(9, 10, 0)
    response = office.book(starts_at)

    assert response.status_code == 201, response.text
    booked = response.json()
    assert booked["status"] == "proposed" and booked["user_told"] is True
    [request] = office.texts()
    assert request.startswith("Hei! Kari har satt opp et møte med deg")
    assert format_when(starts_at) in request and "Markveien 35" in request and "Svar JA" in request

    reply = office.say("ja")

    assert reply == f"Takk! Møtet med Kari {format_when(starts_at)} er bekreftet."
    appointment = office.appointment(booked["id"])
    assert appointment.status == AppointmentStatus.CONFIRMED and appointment.confirmed_at is not None
    assert appointment.confirmation_requested_at is not None


def test_kan_ikke_then_slot_2_moves_the_meeting_and_both_sides_are_told(stack):
    office = Office(stack)
    booked = office.book(weekday_at(8, 13, 0)).json()

    offer = office.say("kan ikke, ungen e syk")

    offered = [datetime.fromisoformat(s) for s in office.tracker_slot("appointment_offered")]
    assert len(offered) == 3
    assert offer.startswith("Disse tidene er ledige: 1) ")
    assert f"2) {format_when(offered[1])}" in offer and "Svar 1, 2 eller 3" in offer

    done = office.say("2")

    assert done.startswith(f"Flott! Møtet er flyttet til {format_when(offered[1])}")
    assert "Kari har fått beskjed" in done
    appointment = office.appointment(booked["id"])
    assert appointment.starts_at == offered[1]
    assert appointment.status == AppointmentStatus.CONFIRMED  # the user chose it: an explicit yes
    assert appointment.version == 2
    with stack.db.session() as session:
        notices = session.execute(
            select(VeilederNotice).where(VeilederNotice.appointment_id == booked["id"])
        ).scalars().all()
        assert [(n.kind, n.user_id) for n in notices] == [(NoticeKind.APPOINTMENT_MOVED_BY_USER, office.user_id)]
        assert format_when(offered[1]) in notices[0].detail
        assert notices[0].message_id is not None  # the user's own "2"
    # The reminders follow the new time.
    pending = [r for r in appointment.reminders if r.state == ReminderState.PENDING]
    assert pending and all(r.version == 2 for r in pending)
    assert all(r.state == ReminderState.SKIPPED for r in appointment.reminders if r.version == 1)
    # The veileder sees the new time through the API too.
    assert datetime.fromisoformat(office.api("GET", f"/{booked['id']}").json()["starts_at"]) == offered[1]


def test_a_wish_in_words_is_offered_and_taken(stack):
    office = Office(stack)
    wednesday = weekday_at(14, 10, 0, weekday=2)
    booked = office.book(wednesday).json()

    offer = office.say("kan vi ta det torsdag etter kl 12 i stedet?")

    offered = [datetime.fromisoformat(s).astimezone(OSLO) for s in office.tracker_slot("appointment_offered")]
    assert offer.startswith("Disse tidene passer med ønsket ditt: 1) torsdag")
    assert offered and all(s.weekday() == 3 and s.hour >= 12 for s in offered)

    done = office.say("1")

    assert done.startswith(f"Flott! Møtet er flyttet til {format_when(offered[0])}")
    assert office.appointment(booked["id"]).starts_at == offered[0]


def test_propose_mode_sends_the_wish_to_the_veileder_and_keeps_the_old_time(stack):
    office = Office(stack, mode="propose")
    starts_at = weekday_at(8, 9, 0)
    booked = office.book(starts_at).json()
    office.say("nei")
    offered = [datetime.fromisoformat(s) for s in office.tracker_slot("appointment_offered")]

    reply = office.say("3")

    assert reply.startswith(f"Takk! Jeg har sendt ønsket om {format_when(offered[2])} videre.")
    assert f"gjelder den gamle tiden {format_when(starts_at)}" in reply
    assert "Kari leser meldingen din innen" in reply  # who answers, and by when
    appointment = office.appointment(booked["id"])
    assert appointment.starts_at == starts_at and appointment.requested_starts_at == offered[2]
    with stack.db.session() as session:
        case = session.execute(select(Escalation).where(Escalation.user_id == office.user_id)).scalar_one()
        assert case.category == CaseCategory.RESCHEDULE and "nei" in case.user_words

    # The veileder accepts it by moving the meeting: the user is told and asked again.
    moved = office.api("POST", f"/{booked['id']}/move", json={
        "starts_at": offered[2].isoformat(), "duration_minutes": 45})
    assert moved.status_code == 200 and moved.json()["status"] == "moved"
    assert office.texts()[-1].startswith(f"Møtet ditt med Kari er flyttet til {format_when(offered[2])}")
    assert office.say("ja").startswith("Takk! Møtet med Kari")


def test_an_unclear_answer_gets_one_question_then_goes_to_the_veileder(stack):
    office = Office(stack)
    booked = office.book(weekday_at(10, 11, 0)).json()
    office.say("kan ikke komme, må flytte")

    again = office.say("hmm vet ikke")
    assert again.startswith("Beklager, jeg forsto ikke helt. Svar 1, 2 eller 3")

    handed = office.say("orker ikke tenke på det nå")
    assert handed.startswith("Takk. Jeg sender dette videre")
    assert "Kari leser meldingen din innen" in handed
    with stack.db.session() as session:
        case = session.execute(select(Escalation).where(Escalation.user_id == office.user_id)).scalar_one()
        assert "hmm vet ikke" in case.user_words and "orker ikke tenke" in case.user_words
    assert office.appointment(booked["id"]).version == 1  # nothing changed without a yes


def test_double_booking_is_refused_through_the_api_and_when_a_chosen_time_was_taken(stack):
    office = Office(stack)
    first = office.book(weekday_at(9, 9, 0)).json()
    told = len(office.texts())

    refused = office.book(weekday_at(9, 9, 30))

    assert refused.status_code == 409
    assert refused.json()["conflicting_appointment_ids"] == [first["id"]]
    assert len(office.texts()) == told  # nothing was sent about a refused booking

    office.say("flytte møtet")
    offered = [datetime.fromisoformat(s) for s in office.tracker_slot("appointment_offered")]
    with stack.db.session() as session:  # someone else takes slot 1 meanwhile
        other = make_user(session, session.get(Team, office.team_id), None, "Per")
        session.add(Appointment(user=other, veileder_id=office.veileder_id, starts_at=offered[0],
                                ends_at=offered[0] + timedelta(minutes=45), kind=AppointmentKind.PHONE))

    reply = office.say("1")

    assert reply.startswith("Beklager, den tiden ble nettopp tatt.")
    assert office.appointment(first["id"]).starts_at == datetime.fromisoformat(first["starts_at"])


def test_the_old_reminder_of_a_moved_meeting_is_never_sent(stack):
    office = Office(stack)
    first_time, new_time = weekday_at(5, 10, 0), weekday_at(9, 14, 0)
    booked = office.book(first_time).json()
    assert office.api("POST", f"/{booked['id']}/move", json={
        "starts_at": new_time.isoformat(), "ends_at": (new_time + timedelta(minutes=45)).isoformat(),
    }).status_code == 200
    assistant = AssistantClient(stack.settings.rasa_url, 10, RASA_TOKEN)
    sender = stack.settings.sms_sender()
    before = len(office.texts())

    # When the old reminders would have been due, nothing goes out to this user (the job
    # serves every user: other tests' reminders may be due then).
    at_old_time = first_time - timedelta(hours=1)
    queued = process_due_reminders(stack.db, assistant, now=at_old_time)
    dispatch(stack.db, sender, stack.settings.status_callback_url, only_ids=queued, now=at_old_time)
    assert len(office.texts()) == before
    # A day before the new time, the reminder has the new time.
    at_new_time = new_time - timedelta(hours=23)
    queued = process_due_reminders(stack.db, assistant, now=at_new_time)
    dispatch(stack.db, sender, stack.settings.status_callback_url, only_ids=queued, now=at_new_time)

    reminders = office.texts()[before:]
    assert len(reminders) == 1
    assert reminders[0].startswith(f"Påminnelse: møte med Kari {format_when(new_time)}")
    assert format_when(first_time) not in reminders[0]
    appointment = office.appointment(booked["id"])
    old = [r for r in appointment.reminders if r.version == 1]
    assert old and all(r.state == ReminderState.SKIPPED for r in old)
    # Unconfirmed a day before: the veileder is told (silence is not a yes); the reminder asks.
    assert "Kan du komme? Svar JA" in reminders[0]
    with stack.db.session() as session:
        kinds = session.execute(select(VeilederNotice.kind).where(
            VeilederNotice.appointment_id == booked["id"])).scalars().all()
        assert kinds == [NoticeKind.APPOINTMENT_NOT_CONFIRMED]
    # And the user's "ja" to the reminder confirms the meeting it named.
    assert office.say("ja").startswith(f"Takk! Møtet med Kari {format_when(new_time)}")
    assert office.appointment(booked["id"]).status == AppointmentStatus.CONFIRMED


def test_a_cancellation_tells_the_user_and_stops_the_reminders(stack):
    office = Office(stack, language="en")
    starts_at = weekday_at(6, 12, 0)
    booked = office.book(starts_at, kind="video", place="").json()
    assert office.texts()[-1].startswith("Hi! Kari has set up a meeting with you on")

    response = office.api("POST", f"/{booked['id']}/cancel")

    assert response.status_code == 200 and response.json()["status"] == "cancelled"
    assert office.texts()[-1] == (f"Your meeting with Kari on {format_when(starts_at, 'en')} is cancelled. "
                                  "You do not need to do anything. Write to us if you have questions.")
    assert all(r.state == ReminderState.SKIPPED for r in office.appointment(booked["id"]).reminders)
    assert office.api("POST", f"/{booked['id']}/cancel").status_code == 400


def test_the_user_asks_for_coming_meetings_is_asked_about_the_next_and_gets_a_calendar_file(stack):
    office = Office(stack)
    first = office.book(weekday_at(7, 10, 0)).json()
    office.book(weekday_at(12, 14, 30), kind="phone", place="")

    reply = office.say("når er neste møte?")

    assert reply == (f"Dine neste møter: {format_when(weekday_at(7, 10, 0))} på NAV Grünerløkka, Markveien 35; "
                     f"{format_when(weekday_at(12, 14, 30))} på telefon, veilederen ringer deg.\n"
                     f"Kan du komme på møtet {format_when(weekday_at(7, 10, 0))}? "
                     "Svar JA, eller NEI hvis tiden ikke passer.")  # the next one is not confirmed yet
    ics = requests.get(first["calendar_url"], timeout=10)
    assert ics.status_code == 200 and ics.headers["Content-Type"].startswith("text/calendar")
    assert f"UID:appointment-{first['id']}@127.0.0.1" in ics.text
    assert requests.get(f"{stack.settings.public_base_url}/appointments/{'0' * 32}.ics", timeout=10).status_code == 404
    # The question after the list is answered like the booking's own.
    assert office.say("kan ikke").startswith("Disse tidene er ledige: 1) ")


def test_a_user_booked_while_the_assistant_was_down_is_told_when_it_is_back(stack):
    office = Office(stack)
    with stack.db.session() as session:
        appointment = create_appointment(
            session, user=session.get(User, office.user_id), veileder=session.get(Veileder, office.veileder_id),
            starts_at=weekday_at(6, 9, 30), ends_at=weekday_at(6, 10, 15), kind=AppointmentKind.OFFICE, place="")
        appointment_id = appointment.id
    down = AssistantClient(f"http://127.0.0.1:{free_port()}", 2, RASA_TOKEN)
    assert tell_user_about(stack.db, down, appointment_id) == []
    assert office.texts() == [] and office.appointment(appointment_id).notified_version == 0

    queued = tell_pending_changes(stack.db, AssistantClient(stack.settings.rasa_url, 10, RASA_TOKEN))
    dispatch(stack.db, stack.settings.sms_sender(), stack.settings.status_callback_url, only_ids=queued)

    assert len(office.texts()) == 1
    assert office.texts()[0].startswith("Hei! Kari har satt opp et møte med deg")
    assert "på NAV-kontoret" in office.texts()[0]
    assert office.appointment(appointment_id).notified_version == 1


@pytest.mark.parametrize("body,message", [
    ({"starts_at": "2030-01-07T10:00:00", "duration_minutes": 30, "kind": "office"}, "UTC offset"),
    ({"starts_at": "neste tirsdag", "duration_minutes": 30, "kind": "office"}, "not an ISO 8601 time"),
    ({"starts_at": "2030-01-07T10:00:00+01:00", "kind": "office"}, "duration_minutes"),
    ({"starts_at": "2030-01-07T10:00:00+01:00", "duration_minutes": 30, "kind": "teams"}, "office, phone, video"),
    ({"starts_at": "2020-01-07T10:00:00+01:00", "duration_minutes": 30, "kind": "phone"}, "in the future"),
])
def test_bad_input_gets_a_clear_400(stack, body, message):
    office = Office(stack)
    response = office.api("POST", "", json={"user_id": office.user_id, **body})
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_the_api_needs_a_token_and_keeps_to_the_veileders_team(stack):
    office, other = Office(stack), Office(stack)
    booked = office.book(weekday_at(11, 10, 0)).json()

    assert office.api("GET", f"/{booked['id']}", token=None).status_code == 401
    assert office.api("GET", f"/{booked['id']}", token="not-a-token").status_code == 401
    assert other.api("GET", f"/{booked['id']}").status_code == 403
    assert other.book(weekday_at(11, 12, 0), user_id=office.user_id).status_code == 403
    assert office.api("GET", "", params={"user_id": office.user_id}).json()["appointments"][0]["id"] == booked["id"]
    with stack.db.session() as session:
        refused = session.execute(select(AuditEvent).where(
            AuditEvent.veileder_id == other.veileder_id, AuditEvent.allowed.is_(False))).scalars().all()
        assert {e.user_id for e in refused} == {office.user_id}
        reminders = session.execute(select(AppointmentReminder).where(
            AppointmentReminder.appointment_id == booked["id"],
            AppointmentReminder.kind == ReminderKind.REMINDER)).scalars().all()
        assert {r.offset_minutes for r in reminders} == {24 * 60, 120}
    assert utcnow() < datetime.fromisoformat(booked["starts_at"])
