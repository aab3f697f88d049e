"""Fixtures of the app's tests (the app's environment). The NLU's tests (nlu/tests) run in the
Rasa environment and share only tests/support/figures.py and tests/support/processes.py."""
import itertools
import os
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from bot import create_app
from devtools.demo_data import seed_demo
from devtools.fake_twilio import FakeTwilioServer
from devtools.twilio_webhook import post_inbound_sms
from services.settings import Settings
from storage import migrate
from storage.db import Database
from storage.models import Conversation, Team, User, Veileder, VeilederAssignment
from tests.support.figures import pytest_terminal_summary, report_figures  # noqa: F401 (pytest finds them here)
from tests.support.postgres import TemporaryPostgres
from tests.support.processes import ensure_model, free_port, start_action_server, start_rasa_server
from tests.support.wsgi import ThreadedWsgiServer

ACCOUNT_SID = "AC" + "1" * 32
AUTH_TOKEN = "test-auth-token"
SERVICE_NUMBER = "+4759440000"
RASA_TOKEN = "test-rasa-token"

_phone_numbers = itertools.count(41000001)


def next_test_phone() -> str:
    """A fresh, valid Norwegian mobile number, so that tests never share a conversation."""
    return f"+47{next(_phone_numbers)}"


def make_settings(database_url: str, public_base_url: str, rasa_url: str, twilio_api_base_url: str,
                  **overrides) -> Settings:
    environ = {
        "KONTAKT_ENV": "test",
        "DATABASE_URL": database_url,
        "PUBLIC_BASE_URL": public_base_url,
        "SECRET_KEY": "test-secret-key",
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": SERVICE_NUMBER,
        "TWILIO_API_BASE_URL": twilio_api_base_url,
        "RASA_URL": rasa_url,
        "RASA_TOKEN": RASA_TOKEN,
        "RASA_TIMEOUT_SECONDS": "10",
        **overrides,
    }
    return Settings.from_env(environ)


def add_user(db: Database, phone: str | None = None, language: str = "nb", first_name: str = "Test") -> User:
    """A user with a conversation and the demo veileder as fixed veileder."""
    with db.session() as session:
        seed_demo(session)
        team = session.execute(select(Team)).scalars().first()
        veileder = session.execute(select(Veileder).where(Veileder.team_id == team.id)).scalars().first()
        user = User(phone_e164=phone or next_test_phone(), first_name=first_name, language=language, team=team)
        session.add_all([user, Conversation(user=user), VeilederAssignment(user=user, veileder=veileder)])
    return user


@pytest.fixture(scope="session")
def fake_twilio():
    server = FakeTwilioServer(ACCOUNT_SID, AUTH_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres():
    server = TemporaryPostgres().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request, tmp_path):
    """A migrated, empty database of each kind the service supports."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/kontakt.db"
    else:
        url = request.getfixturevalue("postgres").create_database(f"t{next(_phone_numbers)}")
    migrate.upgrade(url, configure_logging=False)
    db = Database(url)
    yield db
    db.dispose()


@dataclass
class Stack:
    """The running service: Flask app, Rasa server, action server, fake Twilio."""

    settings: Settings
    db: Database
    fake_twilio: FakeTwilioServer
    rasa_url: str

    def text(self, phone: str, body: str, **kwargs):
        return post_inbound_sms(self.settings.public_base_url, AUTH_TOKEN, phone, body,
                                to_number=SERVICE_NUMBER, account_sid=ACCOUNT_SID, **kwargs)

    def add_user(self, **kwargs) -> User:
        return add_user(self.db, **kwargs)


@pytest.fixture(scope="session")
def stack(tmp_path_factory, fake_twilio):
    work = tmp_path_factory.mktemp("stack")
    database_url = f"sqlite:///{work}/kontakt.db"
    migrate.upgrade(database_url, configure_logging=False)
    seeding = Database(database_url)
    with seeding.session() as session:
        seed_demo(session)
    seeding.dispose()
    model = ensure_model()

    action_port, rasa_port, web_port = free_port(), free_port(), free_port()
    env = {**os.environ, "DATABASE_URL": database_url,
           "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook"}
    processes = [start_action_server(env, action_port, work)]
    try:
        processes.append(start_rasa_server(env, rasa_port, model, RASA_TOKEN, work))
        settings = make_settings(database_url, f"http://127.0.0.1:{web_port}",
                                 f"http://127.0.0.1:{rasa_port}", fake_twilio.base_url)
        app = create_app(settings)
        web = ThreadedWsgiServer(app, web_port)
        yield Stack(settings=settings, db=app.extensions["kontakt"].db, fake_twilio=fake_twilio,
                    rasa_url=settings.rasa_url)
        web.stop()
    finally:
        for process in processes:
            process.stop()


@pytest.fixture
def db(tmp_path):
    """A migrated, empty SQLite database for tests that need storage but no servers."""
    url = f"sqlite:///{tmp_path}/kontakt.db"
    migrate.upgrade(url, configure_logging=False)
    database = Database(url)
    yield database
    database.dispose()
