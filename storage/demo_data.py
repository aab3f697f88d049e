"""Demo data for a newcomer's local service: one team, a veileder and a few users."""
from sqlalchemy import select

from storage.models import Conversation, Team, User, Veileder, VeilederAssignment

DEMO_TEAM = {"name": "Team Oppfølging", "office_name": "NAV Grünerløkka"}
DEMO_VEILEDER = {"email": "kari.nordmann@nav.example", "full_name": "Kari Nordmann", "first_name": "Kari"}
DEMO_USERS = [
    {"phone_e164": "+4791234567", "first_name": "Ola", "language": "nb"},
    {"phone_e164": "+4792345678", "first_name": "Amina", "language": "nb"},
    {"phone_e164": "+4793456789", "first_name": "John", "language": "en"},
]


def seed_demo(session) -> list[User]:
    """Adds the demo team, veileder and users unless they are there already."""
    team = session.execute(select(Team).where(Team.name == DEMO_TEAM["name"])).scalar_one_or_none()
    if team is None:
        team = Team(**DEMO_TEAM)
        session.add(team)
    veileder = session.execute(
        select(Veileder).where(Veileder.email == DEMO_VEILEDER["email"])
    ).scalar_one_or_none()
    if veileder is None:
        veileder = Veileder(team=team, **DEMO_VEILEDER)
        session.add(veileder)
    users = []
    for fields in DEMO_USERS:
        user = session.execute(
            select(User).where(User.phone_e164 == fields["phone_e164"])
        ).scalar_one_or_none()
        if user is None:
            user = User(team=team, **fields)
            session.add_all([user, Conversation(user=user),
                             VeilederAssignment(user=user, veileder=veileder)])
        users.append(user)
    session.flush()
    return users
