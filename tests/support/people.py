"""Teams, veiledere and users for tests of routing, cases and the inbox."""
import itertools
from datetime import datetime

from werkzeug.security import generate_password_hash

from storage.models import Absence, Conversation, Team, User, Veileder, VeilederAssignment

_numbers = itertools.count(1)
TEST_PASSWORD = "a-test-password-1"
# Hashing at full strength costs ~1 s per veileder on this machine; tests need no strength.
_FAST_HASH = generate_password_hash(TEST_PASSWORD, method="pbkdf2:sha256:1000")


def make_team(session, name: str = "Team Test") -> Team:
    team = Team(name=f"{name} {next(_numbers)}", office_name="NAV Test")
    session.add(team)
    session.flush()
    return team


def make_veileder(session, team: Team, first_name: str = "Kari", *, team_lead: bool = False,
                  active: bool = True) -> Veileder:
    number = next(_numbers)
    veileder = Veileder(team=team, email=f"{first_name.lower()}.{number}@nav.example",
                        full_name=f"{first_name} Testesen", first_name=first_name,
                        password_hash=_FAST_HASH, is_team_lead=team_lead, active=active)
    session.add(veileder)
    session.flush()
    return veileder


def make_user(session, team: Team, veileder: Veileder | None, first_name: str = "Ola",
              language: str = "nb") -> User:
    user = User(phone_e164=f"+474{next(_numbers):07d}", first_name=first_name, language=language, team=team)
    session.add_all([user, Conversation(user=user)])
    if veileder is not None:
        session.add(VeilederAssignment(user=user, veileder=veileder))
    session.flush()
    return user


def make_absence(session, veileder: Veileder, starts_at: datetime, ends_at: datetime,
                 backup: Veileder | None = None) -> Absence:
    absence = Absence(veileder=veileder, backup=backup, starts_at=starts_at, ends_at=ends_at)
    session.add(absence)
    session.flush()
    return absence
