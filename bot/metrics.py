"""The web app's ``/metrics`` and what it measures of every request.

``/metrics`` shows what every gunicorn process of this app counted (multi-process mode,
services/metrics/exposition.py), and what the database says the service is doing now: the
queue of user messages, the outbox's waiting rows and the cases past their due time are
states, not events, so they are counted in the database at each scrape (a few indexed
queries). Every replica says the same of them; the dashboards take the max.

Each request gets an id (``X-Request-ID`` from the proxy when it sent a sane one, else a new
one), bound for every log line written while it is handled and sent back in the answer.
"""
import re
import time
import uuid
from datetime import datetime

import structlog
from flask import Blueprint, Flask, Response, current_app, g, request
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from services.cases.escalations import OPEN_STATUSES, overdue_condition
from services.metrics.definitions import HTTP_REQUESTS
from services.metrics.exposition import registry_for_this_process
from storage.db import Database
from storage.models import (
    Direction,
    Escalation,
    InboundState,
    Message,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    Priority,
    utcnow,
)

log = structlog.get_logger(__name__)
blueprint = Blueprint("metrics", __name__)
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
# Asked every few seconds by Prometheus and the orchestrator: measured, never logged.
UNLOGGED_ROUTES = {"/metrics", "/healthz", "/readyz"}

QUEUED_STATES = (InboundState.RECEIVED, InboundState.PROCESSING, InboundState.WAITING_FOR_ASSISTANT)
WAITING_OUTBOX_STATES = (OutboxState.PENDING, OutboxState.CLAIMED)


class DatabaseGauges(Collector):
    def __init__(self, db: Database):
        self._db = db

    def collect(self):
        up = GaugeMetricFamily("kontakt_database_up", "1 when the database answered the gauges' queries")
        try:
            with self._db.reading() as session:
                families = list(_families(session, utcnow()))
        except Exception:  # any driver's error means the same here: no figures this time
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families


def _age(now: datetime, oldest: datetime | None) -> float:
    return max((now - oldest).total_seconds(), 0.0) if oldest is not None else 0.0


def _families(session, now: datetime):
    queued = GaugeMetricFamily("kontakt_inbound_queue_messages",
                               "User messages stored and not yet answered, by state", labels=["state"])
    rows = dict(session.execute(
        select(Message.inbound_state, func.count())
        .where(Message.direction == Direction.INBOUND, Message.inbound_state.in_(QUEUED_STATES))
        .group_by(Message.inbound_state)).all())
    for state in QUEUED_STATES:
        queued.add_metric([state.value], rows.get(state, 0))
    yield queued
    oldest = session.execute(
        select(func.min(Message.created_at))
        .where(Message.direction == Direction.INBOUND, Message.inbound_state.in_(QUEUED_STATES))).scalar()
    yield GaugeMetricFamily("kontakt_inbound_queue_oldest_age_seconds",
                            "How long the oldest unanswered user message has waited (0: none waits)",
                            value=_age(now, oldest))

    outbox = GaugeMetricFamily("kontakt_outbox_messages", "Outbox rows not yet handed to Twilio, by state "
                               "(pending includes rows due later) and category", labels=["state", "category"])
    counts = {(state, category): count for state, category, count in session.execute(
        select(OutboxMessage.state, OutboxMessage.category, func.count())
        .where(OutboxMessage.state.in_(WAITING_OUTBOX_STATES))
        .group_by(OutboxMessage.state, OutboxMessage.category)).all()}
    for state in WAITING_OUTBOX_STATES:
        for category in MessageCategory:
            outbox.add_metric([state.value, category.value], counts.get((state, category), 0))
    yield outbox
    oldest_due = session.execute(
        select(func.min(OutboxMessage.due_at))
        .where(OutboxMessage.state == OutboxState.PENDING, OutboxMessage.due_at <= now)).scalar()
    yield GaugeMetricFamily("kontakt_outbox_oldest_due_age_seconds",
                            "How long the oldest due outbox row has waited for a dispatcher (0: none)",
                            value=_age(now, oldest_due))

    open_cases = GaugeMetricFamily("kontakt_cases_open", "Cases not resolved, by priority", labels=["priority"])
    past_due = GaugeMetricFamily("kontakt_cases_past_due", "Cases whose answer is owed and past its due time, "
                                 "by priority", labels=["priority"])
    opened = dict(session.execute(select(Escalation.priority, func.count())
                                  .where(Escalation.status.in_(OPEN_STATUSES)).group_by(Escalation.priority)).all())
    overdue = dict(session.execute(select(Escalation.priority, func.count())
                                   .where(overdue_condition(now)).group_by(Escalation.priority)).all())
    for priority in Priority:
        open_cases.add_metric([priority.value], opened.get(priority, 0))
        past_due.add_metric([priority.value], overdue.get(priority, 0))
    yield open_cases
    yield past_due


def init_app(app: Flask, db: Database) -> None:
    app.extensions["kontakt_metrics"] = registry_for_this_process([DatabaseGauges(db)])
    app.register_blueprint(blueprint)
    app.before_request(_start)
    app.after_request(_finish)
    app.teardown_request(lambda _error: structlog.contextvars.clear_contextvars())


@blueprint.get("/metrics")
def metrics():
    return Response(generate_latest(current_app.extensions["kontakt_metrics"]), mimetype=CONTENT_TYPE_LATEST)


def _start() -> None:
    offered = request.headers.get("X-Request-ID", "")
    g.request_id = offered if REQUEST_ID.match(offered) else uuid.uuid4().hex
    g.started = time.perf_counter()
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(request_id=g.request_id)


def _finish(response: Response) -> Response:
    route = request.url_rule.rule if request.url_rule is not None else "unmatched"
    seconds = time.perf_counter() - g.started
    HTTP_REQUESTS.labels(route, request.method, str(response.status_code)).observe(seconds)
    if route not in UNLOGGED_ROUTES:
        log.info("request", method=request.method, route=route, status=response.status_code,
                 ms=round(seconds * 1000, 1))
    response.headers["X-Request-ID"] = g.request_id
    return response
