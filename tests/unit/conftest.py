import pytest

from bot import create_app
from tests.conftest import make_settings

# The assistant and the public address are a closed port: nothing reaches Rasa in unit tests.
UNREACHABLE = "http://127.0.0.1:9"


@pytest.fixture
def app(db, fake_twilio):
    """The real Flask app on the test's SQLite database, sending SMS to the fake Twilio."""
    app = create_app(make_settings(db.url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url))
    yield app
    app.extensions["kontakt"].db.dispose()
