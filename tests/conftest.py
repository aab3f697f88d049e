"""Fixtures of the app's tests (the app's environment). The NLU's tests (nlu/tests) run in the
Rasa environment and share only tests/support/figures.py and tests/support/processes.py."""
import itertools
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import select

from bot import create_app
from devtools.demo_data import seed_demo
from devtools.fake_twilio import FakeTwilioServer
from devtools.twilio_webhook import new_message_sid, post_inbound_sms
from services.settings import Settings
from storage import migrate
from storage.db import Database
from storage.models import Conversation, Team, User, Veileder, VeilederAssignment
from tests.support.figures import pytest_terminal_summary, report_figures  # noqa: F401 (pytest finds them here)
from tests.support.pipeline import wait_for_answer
from tests.support.postgres import TemporaryPostgres
from tests.support.processes import (
    ManagedProcess,
    ensure_model,
    free_port,
    start_action_server,
    start_rasa_server,
    start_worker,
)
from tests.support.wsgi import ThreadedWsgiServer

ACCOUNT_SID = "AC" + "1" * 32
AUTH_TOKEN = "test-auth-token"
SERVICE_NUMBER = "+4759440000"
RASA_TOKEN = "test-rasa-token"

_phone_numbers = itertools.count(41000001)


def next_test_phone() -> str:
    """A fresh, valid Norwegian mobile number, so that tests never share a conversation."""
    return f"+47{next(_phone_numbers)}"


def test_environment(database_url: str, public_base_url: str, rasa_url: str, twilio_api_base_url: str,
                     **overrides) -> dict[str, str]:
    """The environment variables of every process of a test's service."""
    return {
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


def make_settings(*args, **overrides) -> Settings:
    return Settings.from_env(test_environment(*args, **overrides))


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
    """The running service: Flask app, worker, Rasa server, action server, fake Twilio."""

    settings: Settings
    db: Database
    fake_twilio: FakeTwilioServer
    rasa_url: str
    processes: dict[str, ManagedProcess]
    environment: dict[str, str]
    work: Path
    model: Path

    def text(self, phone: str, body: str, wait: bool = True, **kwargs):
        """Texts the service as Twilio would; with ``wait``, returns once the workers have answered
        the message and handed the replies to the fake Twilio (or at once if it was refused)."""
        message_sid = kwargs.pop("message_sid", None) or new_message_sid()
        response = post_inbound_sms(self.settings.public_base_url, AUTH_TOKEN, phone, body,
                                    to_number=SERVICE_NUMBER, account_sid=ACCOUNT_SID,
                                    message_sid=message_sid, **kwargs)
        if wait and response.status_code == 200:
            wait_for_answer(self.db, message_sid)
        return response

    def add_user(self, **kwargs) -> User:
        return add_user(self.db, **kwargs)

    def start_rasa(self) -> None:
        port = int(self.rasa_url.rsplit(":", 1)[1])
        self.processes["rasa"] = start_rasa_server(self.environment, port, self.model, RASA_TOKEN, self.work)


@contextmanager
def running_stack(work: Path, fake_twilio: FakeTwilioServer, database_url: str | None = None,
                  **overrides) -> Iterator[Stack]:
    """The whole service with the demo data, on ``database_url`` (a new SQLite database in
    ``work`` by default); ``overrides`` are environment variables of its processes."""
    database_url = database_url or f"sqlite:///{work}/kontakt.db"
    migrate.upgrade(database_url, configure_logging=False)
    seeding = Database(database_url)
    with seeding.session() as session:
        seed_demo(session)
    seeding.dispose()

    action_port, rasa_port, web_port = free_port(), free_port(), free_port()
    service_env = test_environment(database_url, f"http://127.0.0.1:{web_port}",
                                   f"http://127.0.0.1:{rasa_port}", fake_twilio.base_url, **overrides)
    env = {**os.environ, **service_env, "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook"}
    settings = Settings.from_env(service_env)
    stack = Stack(settings=settings, db=Database(database_url), fake_twilio=fake_twilio,
                  rasa_url=settings.rasa_url, processes={}, environment=env, work=work, model=ensure_model())
    web = None
    try:
        stack.processes["actions"] = start_action_server(env, action_port, work)
        stack.start_rasa()
        stack.processes["worker"] = start_worker(env, work)
        web = ThreadedWsgiServer(create_app(settings), web_port)
        yield stack
    finally:
        if web is not None:
            web.stop()
        for process in stack.processes.values():
            process.stop()
        stack.db.dispose()


@pytest.fixture(scope="session")
def stack(tmp_path_factory, fake_twilio):
    with running_stack(tmp_path_factory.mktemp("stack"), fake_twilio) as running:
        yield running


@pytest.fixture
def db(tmp_path):
    """A migrated, empty SQLite database for tests that need storage but no servers."""
    url = f"sqlite:///{tmp_path}/kontakt.db"
    migrate.upgrade(url, configure_logging=False)
    database = Database(url)
    yield database
    database.dispose()
