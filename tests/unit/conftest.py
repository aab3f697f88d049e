import pytest

from actions import storage_access
from bot import create_app
from tests.conftest import make_settings
from tests.support.people import make_team, make_user, make_veileder

# The assistant and the public address are a closed port: nothing reaches Rasa in unit tests.
UNREACHABLE = "http://127.0.0.1:9"


@pytest.fixture
def app(db, fake_twilio):
    """The real Flask app on the test's SQLite database, sending SMS to the fake Twilio."""
    # No waiting for an even answer time in the chat's login (bench/chat_login.py measures it).
    app = create_app(make_settings(db.url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url,
                                   CHAT_LOGIN_ANSWER_SECONDS="0"))
    yield app
    app.extensions["kontakt"].db.dispose()


@pytest.fixture
def sender(db, monkeypatch):
    """(Rasa sender id, user id) of a user of Kari's, with the action server's database on ``db``."""
    # The action server opens the database named by DATABASE_URL, once per process.
    monkeypatch.setenv("DATABASE_URL", db.url)
    storage_access.database.cache_clear()
    with db.session() as s:
        team = make_team(s)
        user = make_user(s, team, make_veileder(s, team, "Kari"))
        ids = user.conversation.rasa_sender_id, user.id
    yield ids
    storage_access.database().dispose()
    storage_access.database.cache_clear()
