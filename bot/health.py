"""Probes for a process supervisor or an orchestrator: ``/healthz`` says the process is alive,
``/readyz`` that it can do its work (the database and Rasa answer)."""
from flask import Blueprint, current_app
from sqlalchemy import text

blueprint = Blueprint("health", __name__)


@blueprint.get("/healthz")
def healthz():
    return {"status": "ok"}


@blueprint.get("/readyz")
def readyz():
    services = current_app.extensions["kontakt"]
    checks = {"database": _database_answers(services.db), "rasa": services.assistant.is_ready()}
    ready = all(checks.values())
    return {"status": "ready" if ready else "not ready", "checks": checks}, 200 if ready else 503


def _database_answers(db) -> bool:
    try:
        with db.reading() as session:
            session.execute(text("SELECT 1"))
    except Exception:  # any driver's error means the same here: not ready
        return False
    return True
