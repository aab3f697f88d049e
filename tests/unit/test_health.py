"""The probes a supervisor or orchestrator asks: alive, and ready to work."""


def test_healthz_says_the_process_is_alive(app):
    response = app.test_client().get("/healthz")
    assert (response.status_code, response.json) == (200, {"status": "ok"})


def test_readyz_is_503_and_names_what_is_missing_while_rasa_cannot_be_reached(app):
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json == {"status": "not ready", "checks": {"database": True, "rasa": False}}
