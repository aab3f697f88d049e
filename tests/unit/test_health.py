"""The probes a supervisor or orchestrator asks: alive, and ready to take requests."""
from bot import create_app
from tests.conftest import make_settings
from tests.unit.conftest import UNREACHABLE


def test_healthz_says_the_process_is_alive(app):
    response = app.test_client().get("/healthz")
    assert (response.status_code, response.json) == (200, {"status": "ok"})


def test_readyz_is_200_while_rasa_cannot_be_reached_and_says_so(app):
    # The webhook stores messages without Rasa: taking the app out of its load balancer
    # would turn Twilio away instead.
    response = app.test_client().get("/readyz")
    assert response.status_code == 200
    assert response.json == {"status": "ready", "checks": {"database": True, "rasa": False}}


def test_readyz_is_503_when_the_database_does_not_answer(tmp_path, fake_twilio):
    url = "postgresql://kontakt@127.0.0.1:9/nowhere"  # a closed port
    app = create_app(make_settings(url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url))
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json == {"status": "not ready", "checks": {"database": False, "rasa": False}}
