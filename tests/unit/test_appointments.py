"""Appointments in storage: booking, double booking, free times, reminders planned per version.

Where the user is to be told, the assistant is a real client pointed at a closed port: the
change stays made and the message owed (``notified_version``), exactly as when Rasa is down.
"""
from datetime import datetime, time, timedelta, timezone

import pytest
from sqlalchemy import select

from services.appointments.availability import free_slots, next_free_slots
from services.appointments.booking import (
    AppointmentError,
    DoubleBooking,
    cancel_appointment,
    create_appointment,
    decline_requested_move,
    move_appointment,
    tell_user_about,
)
from services.gateways.rasa import AssistantClient
from services.oslo import OSLO
from storage.models import (
    Appointment,
    AppointmentKind,
    AppointmentReminder,
    AppointmentStatus,
    OutboxMessage,
    ReminderKind,
    ReminderState,
)
from tests.support.people import make_absence, make_team, make_user, make_veileder
from tests.support.processes import free_port

# Tuesday 12 May 2026, 10:00 in Oslo: the tests' "now".
NOW = datetime(2026, 5, 12, 10, 0, tzinfo=OSLO).astimezone(timezone.utc)


def oslo(*args) -> datetime:
    return datetime(*args, tzinfo=OSLO)


@pytest.fixture
def assistant_down():
    return AssistantClient(f"http://127.0.0.1:{free_port()}", timeout_seconds=2)


@pytest.fixture
def people(db):
    with db.session() as session:
        team = make_team(session)
        kari = make_veileder(session, team, "Kari")
        per = make_veileder(session, team, "Per")
        ola = make_user(session, team, kari, "Ola")
        amina = make_user(session, team, kari, "Amina")
        ids = {"team": team.id, "kari": kari.id, "per": per.id, "ola": ola.id, "amina": amina.id}
    return ids


def book(session, people, user="ola", veileder="kari", start=oslo(2026, 5, 14, 10, 0),
         minutes=45, kind=AppointmentKind.OFFICE):
    from storage.models import User, Veileder

    return create_appointment(session, user=session.get(User, people[user]),
                              veileder=session.get(Veileder, people[veileder]), starts_at=start,
                              ends_at=start + timedelta(minutes=minutes), kind=kind,
                              place="NAV Test, Storgata 1", now=NOW)


def test_booking_plans_reminders_and_waits_to_tell_the_user_when_the_assistant_is_down(db, people, assistant_down):
    with db.session() as session:
        appointment = book(session, people)
        appointment_id = appointment.id
    assert tell_user_about(db, assistant_down, appointment_id, now=NOW) == []
    with db.session() as session:
        appointment = session.get(Appointment, appointment_id)
        assert appointment.status == AppointmentStatus.PROPOSED
        assert (appointment.version, appointment.notified_version) == (1, 0)
        reminders = {(r.kind, r.offset_minutes): r.due_at for r in appointment.reminders}
        assert reminders[(ReminderKind.REMINDER, 24 * 60)] == oslo(2026, 5, 13, 10, 0)
        # 08:00 is in quiet hours: the last open hour before it, 19:00 the evening before.
        assert reminders[(ReminderKind.REMINDER, 120)] == oslo(2026, 5, 13, 19, 0)
        assert reminders[(ReminderKind.CONFIRMATION_CHECK, 24 * 60)] == oslo(2026, 5, 13, 10, 0)
        assert session.execute(select(OutboxMessage)).scalars().all() == []


@pytest.mark.parametrize("who", ["veileder", "user"])
def test_a_double_booking_is_refused_for_the_veileder_and_for_the_user(db, people, who):
    with db.session() as session:
        first = book(session, people)
        first_id = first.id
    with db.session() as session, pytest.raises(DoubleBooking) as refused:
        if who == "veileder":
            book(session, people, user="amina", start=oslo(2026, 5, 14, 10, 30))
        else:
            book(session, people, veileder="per", start=oslo(2026, 5, 14, 9, 30))
    assert refused.value.conflict_ids == [first_id]
    assert "already has an appointment" in str(refused.value)
    with db.session() as session:
        assert len(session.execute(select(Appointment)).scalars().all()) == 1


def test_back_to_back_and_cancelled_appointments_are_not_double_bookings(db, people):
    with db.session() as session:
        first = book(session, people)
        book(session, people, user="amina", start=oslo(2026, 5, 14, 10, 45))
        cancel_appointment(session, first, now=NOW)
        again = book(session, people, user="ola", start=oslo(2026, 5, 14, 10, 0))
        assert again.id != first.id


@pytest.mark.parametrize("start,end,message", [
    (datetime(2026, 5, 14, 10, 0), datetime(2026, 5, 14, 11, 0), "UTC offset"),
    (oslo(2026, 5, 14, 11, 0), oslo(2026, 5, 14, 10, 0), "end after it starts"),
    (oslo(2026, 5, 11, 10, 0), oslo(2026, 5, 11, 11, 0), "in the future"),
    (oslo(2026, 5, 14, 8, 0), oslo(2026, 5, 14, 17, 0), "at most 8 hours"),
])
def test_bad_times_get_a_clear_error(db, people, start, end, message):
    from storage.models import User, Veileder

    with db.session() as session, pytest.raises(AppointmentError, match=message):
        create_appointment(session, user=session.get(User, people["ola"]),
                           veileder=session.get(Veileder, people["kari"]), starts_at=start, ends_at=end,
                           kind=AppointmentKind.PHONE, now=NOW)


def test_moving_skips_the_old_reminders_and_plans_new_ones(db, people):
    with db.session() as session:
        appointment = book(session, people)
        move_appointment(session, appointment, oslo(2026, 5, 15, 13, 0),
                         oslo(2026, 5, 15, 13, 45), now=NOW)
        appointment_id = appointment.id
    with db.session() as session:
        reminders = session.execute(
            select(AppointmentReminder).where(AppointmentReminder.appointment_id == appointment_id)
        ).scalars().all()
        old = [r for r in reminders if r.version == 1]
        new = [r for r in reminders if r.version == 2]
        assert old and all(r.state == ReminderState.SKIPPED for r in old)
        assert new and all(r.state == ReminderState.PENDING for r in new)
        assert {r.due_at for r in new if r.kind == ReminderKind.REMINDER} == {
            oslo(2026, 5, 14, 13, 0), oslo(2026, 5, 15, 11, 0)}
        assert session.get(Appointment, appointment_id).status == AppointmentStatus.MOVED


def test_cancelled_appointments_cannot_be_moved(db, people):
    with db.session() as session:
        appointment = book(session, people)
        cancel_appointment(session, appointment, now=NOW)
        assert all(r.state == ReminderState.SKIPPED for r in appointment.reminders)
        with pytest.raises(AppointmentError, match="cancelled"):
            move_appointment(session, appointment, oslo(2026, 5, 15, 13, 0),
                             oslo(2026, 5, 15, 14, 0), now=NOW)


def test_free_slots_are_in_working_hours_one_per_day_and_skip_busy_times_absences_and_holidays(
        db, people):
    with db.session() as session:
        from storage.models import Veileder

        appointment = book(session, people)  # Thursday 14 May (Ascension Day!)
        other = book(session, people, user="amina", start=oslo(2026, 5, 13, 8, 0), minutes=120)
        make_absence(session, session.get(Veileder, people["kari"]), oslo(2026, 5, 15, 0, 0),
                     oslo(2026, 5, 16, 0, 0))
        slots = next_free_slots(session, appointment, NOW)
        assert other.ends_at == oslo(2026, 5, 13, 10, 0)
        # Wednesday after the other meeting; Thursday is a public holiday, Friday an absence,
        # the weekend is off: Monday and Tuesday next.
        assert slots == [oslo(2026, 5, 13, 10, 0), oslo(2026, 5, 18, 8, 0), oslo(2026, 5, 19, 8, 0)]


def test_free_slots_inside_a_wish_do_not_overlap_and_leave_time_to_get_there(db, people):
    with db.session() as session:
        appointment = book(session, people, start=oslo(2026, 5, 19, 10, 0))
        today_afternoon = free_slots(session, appointment, oslo(2026, 5, 12, 11, 0), oslo(2026, 5, 12, 23, 0), NOW)
        assert today_afternoon == [oslo(2026, 5, 12, 12, 0), oslo(2026, 5, 12, 12, 45), oslo(2026, 5, 12, 13, 30)]
        assert all(slot >= NOW + timedelta(hours=2) for slot in today_afternoon)
        evening = free_slots(session, appointment, oslo(2026, 5, 12, 17, 0), oslo(2026, 5, 12, 23, 0), NOW)
        assert evening == []


def test_a_user_in_another_team_cannot_be_booked_with_this_veileder(db, people):
    from storage.models import User, Veileder

    with db.session() as session:
        other_team = make_team(session, "Team Annet")
        stranger = make_user(session, other_team, None, "Eva")
        with pytest.raises(AppointmentError, match="same team"):
            create_appointment(session, user=stranger,
                               veileder=session.get(Veileder, people["kari"]),
                               starts_at=oslo(2026, 5, 14, 10, 0), ends_at=oslo(2026, 5, 14, 11, 0),
                               kind=AppointmentKind.VIDEO, now=NOW)
        assert session.get(User, people["ola"]) is not None


def test_reminders_keep_the_users_own_window(db, people):
    from storage.models import User

    with db.session() as session:
        user = session.get(User, people["ola"])
        user.contact_window_start, user.contact_window_end = time(12, 0), time(16, 0)
        appointment = book(session, people, start=oslo(2026, 5, 14, 10, 0))
        reminders = {r.offset_minutes: r.due_at for r in appointment.reminders if r.kind == ReminderKind.REMINDER}
        # 24 h: Wednesday 10:00 is before the window: the last open hour before it, Tuesday 15:00.
        # 2 h: Thursday 08:00: also Wednesday 15:00.
        assert reminders == {24 * 60: oslo(2026, 5, 12, 15, 0), 120: oslo(2026, 5, 13, 15, 0)}


def test_declining_the_time_the_user_asked_for_keeps_the_meeting_and_tells_the_user_kindly(db, people):
    wished = oslo(2026, 5, 15, 13, 0)
    with db.session() as session:
        appointment = book(session, people)
        with pytest.raises(AppointmentError, match="has not asked"):
            decline_requested_move(session, appointment, now=NOW)
        appointment.requested_starts_at, appointment.requested_ends_at = wished, wished + timedelta(minutes=45)
        entry = decline_requested_move(session, appointment, now=NOW)
        session.flush()
        assert appointment.requested_starts_at is None and appointment.starts_at == oslo(2026, 5, 14, 10, 0)
        assert appointment.version == 1  # nothing about the meeting itself changed
        assert entry.body == ("Hei! Kari kunne dessverre ikke flytte møtet til fredag 15. mai kl. 13.00. "
                              "Møtet er fortsatt torsdag 14. mai kl. 10.00. Passer ikke det, kan du svare på "
                              "denne meldingen, så finner dere en annen tid sammen.")
        assert entry.due_at == NOW
