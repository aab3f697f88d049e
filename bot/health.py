"""Probes for a process supervisor or an orchestrator: ``/healthz`` says the process is alive,
``/readyz`` that it can take requests: the database answers.

Rasa is reported in ``/readyz`` too, but does not make the web app unready: a webhook only
stores the message, which waits for Rasa in the database (services/conversation/pipeline.py).
An app taken out of its load balancer whenever Rasa is away would turn Twilio's webhooks
away instead, and those messages would be lost.
"""
from flask import Blueprint, current_app

blueprint = Blueprint("health", __name__)


@blueprint.get("/healthz")
def healthz():
    return {"status": "ok"}


@blueprint.get("/readyz")
def readyz():
    services = current_app.extensions["kontakt"]
    checks = {"database": services.db.answers(), "rasa": services.assistant.is_ready()}
    ready = checks["database"]
    return {"status": "ready" if ready else "not ready", "checks": checks}, 200 if ready else 503
