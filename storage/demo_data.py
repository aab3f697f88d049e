"""Demo data for a newcomer's local service: two teams, their veiledere and a few users.

It shows the routing rules: Kari is the fixed veileder of Ola, Amina and John; Per is
away for two weeks with Kari as his backup, so Kari answers Nora; Jonas in another team
follows Sara, and neither team sees the other's users. Lise leads Kari's team.
"""
from datetime import timedelta

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from storage.models import Absence, Conversation, Team, User, Veileder, VeilederAssignment, utcnow

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
ABSENT_VEILEDER, ABSENCE_BACKUP = "per.hansen@nav.example", "kari.nordmann@nav.example"


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
    return users
