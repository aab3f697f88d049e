"""Demo data for a newcomer's local service: two teams, their veiledere and a few users.

It shows the routing rules: Kari is the fixed veileder of Ola, Amina and John; Per is
away for two weeks with Kari as his backup, so Kari answers Nora; Jonas in another team
follows Sara, and neither team sees the other's users. Lise leads Kari's team.
Ola has a meeting with Kari he has not confirmed yet, Amina a confirmed phone meeting.
Kari has noted Ola's job wishes: warehouse or driving work within 30 km of Oslo (0557).
"""
from datetime import datetime, time, timedelta

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from services.appointments.reminders import plan_reminders
from services.oslo import OSLO
from storage.models import (
    Absence,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Conversation,
    JobWish,
    Team,
    User,
    Veileder,
    VeilederAssignment,
    WishKind,
    WishSource,
    utcnow,
)

DEMO_TEAM = {"name": "Team Oppfølging", "office_name": "NAV Grünerløkka"}
OTHER_TEAM = {"name": "Team Ung", "office_name": "NAV Sagene"}
DEMO_VEILEDER = {"email": "kari.nordmann@nav.example", "full_name": "Kari Nordmann", "first_name": "Kari"}
DEMO_VEILEDERE = [
    (DEMO_TEAM, DEMO_VEILEDER),
    (DEMO_TEAM, {"email": "per.hansen@nav.example", "full_name": "Per Hansen", "first_name": "Per"}),
    (DEMO_TEAM, {"email": "lise.berg@nav.example", "full_name": "Lise Berg", "first_name": "Lise",
                 "is_team_lead": True}),
    (OTHER_TEAM, {"email": "jonas.lie@nav.example", "full_name": "Jonas Lie", "first_name": "Jonas"}),
]
DEMO_USERS = [
    {"phone_e164": "+4791234567", "first_name": "Ola", "language": "nb", "veileder": "kari.nordmann@nav.example"},
    {"phone_e164": "+4792345678", "first_name": "Amina", "language": "nb", "veileder": "kari.nordmann@nav.example"},
    {"phone_e164": "+4793456789", "first_name": "John", "language": "en", "veileder": "kari.nordmann@nav.example"},
    {"phone_e164": "+4794567890", "first_name": "Nora", "language": "nb", "veileder": "per.hansen@nav.example"},
    {"phone_e164": "+4795678901", "first_name": "Sara", "language": "nb", "veileder": "jonas.lie@nav.example"},
]
# (user's first name, kind, value, radius in km): noted by the user's veileder.
DEMO_JOB_WISHES = [
    ("Ola", WishKind.OCCUPATION, "lager", None),
    ("Ola", WishKind.OCCUPATION, "sjåfør", None),
    ("Ola", WishKind.PLACE, "0557", 30),
]
ABSENT_VEILEDER, ABSENCE_BACKUP = "per.hansen@nav.example", "kari.nordmann@nav.example"
# (user's first name, working days ahead, Oslo time, kind, place, status)
DEMO_APPOINTMENTS = [
    ("Ola", 2, time(10, 0), AppointmentKind.OFFICE, "NAV Grünerløkka, Markveien 35", AppointmentStatus.PROPOSED),
    ("Amina", 4, time(13, 0), AppointmentKind.PHONE, "", AppointmentStatus.CONFIRMED),
]


def _team(session, fields: dict) -> Team:
    team = session.execute(select(Team).where(Team.name == fields["name"])).scalar_one_or_none()
    if team is None:
        team = Team(**fields)
        session.add(team)
    return team


def seed_demo(session, veileder_password: str | None = None) -> list[User]:
    """Adds the demo teams, veiledere and users unless they are there already.

    ``veileder_password`` is given only outside production (Settings.demo_veileder_password);
    without it the demo veiledere cannot log in."""
    veiledere = {}
    for team_fields, fields in DEMO_VEILEDERE:
        veileder = session.execute(select(Veileder).where(Veileder.email == fields["email"])).scalar_one_or_none()
        if veileder is None:
            veileder = Veileder(team=_team(session, team_fields), **fields)
            session.add(veileder)
        if veileder_password and not veileder.password_hash:
            veileder.password_hash = generate_password_hash(veileder_password)
        veiledere[fields["email"]] = veileder
    session.flush()

    absent = veiledere[ABSENT_VEILEDER]
    if not session.execute(select(Absence.id).where(Absence.veileder_id == absent.id)).first():
        now = utcnow()
        session.add(Absence(veileder=absent, backup=veiledere[ABSENCE_BACKUP],
                            starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=14)))

    users = []
    for fields in DEMO_USERS:
        fields = dict(fields)
        veileder = veiledere[fields.pop("veileder")]
        user = session.execute(
            select(User).where(User.phone_e164 == fields["phone_e164"])
        ).scalar_one_or_none()
        if user is None:
            user = User(team=veileder.team, **fields)
            session.add_all([user, Conversation(user=user),
                             VeilederAssignment(user=user, veileder=veileder)])
        users.append(user)
    session.flush()
    by_name = {user.first_name: user for user in users}
    _seed_appointments(session, by_name, veiledere[DEMO_VEILEDER["email"]])
    _seed_job_wishes(session, by_name)
    return users


def _seed_job_wishes(session, users: dict[str, User]) -> None:
    for first_name, kind, value, radius in DEMO_JOB_WISHES:
        user = users[first_name]
        if session.execute(select(JobWish.id).where(JobWish.user_id == user.id, JobWish.value == value)).first():
            continue
        session.add(JobWish(user_id=user.id, kind=kind, value=value, radius_km=radius, source=WishSource.VEILEDER,
                            created_by_veileder_id=user.current_veileder.id))


def _working_day(days_ahead: int, at: time) -> datetime:
    day = utcnow().astimezone(OSLO).date()
    while days_ahead:
        day += timedelta(days=1)
        days_ahead -= day.weekday() < 5
    return datetime.combine(day, at, tzinfo=OSLO)


def _seed_appointments(session, users: dict[str, User], veileder: Veileder) -> None:
    """Meetings the users were already told about (their reminders are planned)."""
    now = utcnow()
    for first_name, days_ahead, at, kind, place, status in DEMO_APPOINTMENTS:
        user = users[first_name]
        if session.execute(select(Appointment.id).where(Appointment.user_id == user.id)).first():
            continue
        starts_at = _working_day(days_ahead, at)
        appointment = Appointment(user=user, veileder=veileder, starts_at=starts_at,
                                  ends_at=starts_at + timedelta(minutes=45), kind=kind, place=place, status=status,
                                  version=1, notified_version=1, confirmation_requested_at=now,
                                  confirmed_at=now if status == AppointmentStatus.CONFIRMED else None)
        session.add(appointment)
        session.flush()
        plan_reminders(session, appointment, now)
