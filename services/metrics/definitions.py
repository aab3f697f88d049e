"""Every Prometheus metric the service's processes count, defined once (prometheus_client).

Each process serves what it counted at its own ``/metrics`` (services/metrics/exposition.py;
the README's "Metrics" table says which port serves what). Under gunicorn the web app's
processes share one count through ``PROMETHEUS_MULTIPROC_DIR`` (gunicorn.conf.py).

Labels never carry personal data: no phone number, user, case or message id, no text; only
small fixed sets (a channel, a state, a category, a priority, a Twilio error code).

Counts of what a transaction did are added when it commits (``after_commit``), so that a
rolled-back transaction (a duplicate webhook, a lost race for a lease) counts nothing.
"""
from typing import Callable

from prometheus_client import Counter, Gauge, Histogram
from sqlalchemy import event
from sqlalchemy.orm import Session

_PENDING = "kontakt_metrics_after_commit"

# Seconds, from a keyword answered in milliseconds to a message that waited minutes for Rasa.
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800)
RASA_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30)

# Inbound messages (the web app: channel adapters and services/conversation/intake.py).
INBOUND_MESSAGES = Counter(
    "kontakt_inbound_messages", "User messages a channel received, by what became of them at the door: "
    "stored, duplicate (delivered before), unknown_sender, invalid (refused with 400)",
    ["channel", "outcome"])
TWILIO_BAD_SIGNATURES = Counter(
    "kontakt_twilio_bad_signatures", "Requests to a Twilio webhook refused (403) for a missing or wrong "
    "X-Twilio-Signature, by URL rule", ["endpoint"])

# The pipeline (the worker: services/conversation/pipeline.py).
PIPELINE_MESSAGES = Counter(
    "kontakt_pipeline_messages", "Stored user messages the workers finished, by what answered them: keyword, "
    "safety, veileder_hold (a veileder holds the case), assistant; waiting_for_assistant counts each "
    "message once when it starts to wait for Rasa",
    ["channel", "outcome"])
PIPELINE_LATENCY = Histogram(
    "kontakt_pipeline_latency_seconds", "From a user message stored to its replies queued", ["channel"],
    buckets=LATENCY_BUCKETS)
RASA_REQUEST_SECONDS = Histogram(
    "kontakt_rasa_request_seconds", "Calls to the Rasa server, by kind: message (a channel webhook), "
    "trigger_intent, event (pause/resume), status (the readiness check)", ["call"], buckets=RASA_BUCKETS)
RASA_FAILURES = Counter(
    "kontakt_rasa_failures", "Calls to the Rasa server that failed, by kind and reason (timeout, "
    "connection, http_<status>)", ["call", "reason"])

# The outbox (every process that dispatches: services/messaging/outbox.py) and Twilio's reports.
SMS_SEND_ATTEMPTS = Counter(
    "kontakt_sms_send_attempts", "Outbox rows a dispatcher handled, by category and result: sent (Twilio "
    "took it), retry (a transient error; it goes again later), failed (a permanent Twilio error), "
    "given_up (too many attempts), cancelled (the user opted out), deferred (outside the user's hours)",
    ["category", "result"])
TWILIO_ERRORS = Counter(
    "kontakt_twilio_errors", "Twilio error codes, from the REST API when sending (source=send) and from "
    "status callbacks (source=callback); code=none for a transport error without a code",
    ["source", "code"])
STATUS_CALLBACKS = Counter(
    "kontakt_status_callbacks", "Twilio status callbacks, by the status reported and what it changed "
    "(updated, unchanged, unknown_sid, unknown_status)", ["status", "result"])

# Cases and safety (the worker's safety step, the action server's actions, the inbox).
CASES_OPENED = Counter(
    "kontakt_cases_opened", "Cases opened for a person (a later message added to an open case is not "
    "counted), by priority and topic", ["priority", "topic"])
SAFETY_DETECTIONS = Counter(
    "kontakt_safety_detections", "Crisis and urgent-need messages answered, by kind and by what "
    "recognised them: safety_net (before Rasa) or model (Rasa's intent)", ["kind", "detected_by"])

# The scheduler (scheduler/__main__.py).
SCHEDULER_JOB_RUNS = Counter(
    "kontakt_scheduler_job_runs", "Scheduler job runs, by job and outcome (ok, error, missed)", ["job", "outcome"])
SCHEDULER_JOB_LAST_SUCCESS = Gauge(
    "kontakt_scheduler_job_last_success_timestamp_seconds", "When each job last finished without an error",
    ["job"], multiprocess_mode="max")

# The inbox (bot/inbox/auth.py).
LOGIN_FAILURES = Counter("kontakt_login_failures", "Inbox logins refused for a wrong e-mail or password")
RATE_LIMIT_REFUSALS = Counter(
    "kontakt_rate_limit_refusals", "Requests refused or not answered because a rate limit was reached: "
    "login (too many failed logins from one address), login_account (one account slowed down after "
    "failures from any address), unknown_sender_reply (a number that is no user's got its one reply "
    "today already)", ["limit"])

# HTTP (the web app, bot/metrics.py): routes are the URL rules, never the paths themselves.
HTTP_REQUESTS = Histogram(
    "kontakt_http_request_seconds", "Requests the web app answered, by URL rule, method and status code",
    ["route", "method", "status"], buckets=RASA_BUCKETS)


def after_commit(session: Session, count: Callable[[], None]) -> None:
    """Runs ``count`` when ``session`` commits; nothing if it rolls back."""
    session.info.setdefault(_PENDING, []).append(count)


@event.listens_for(Session, "after_commit")
def _count_committed(session: Session) -> None:
    for count in session.info.pop(_PENDING, []):
        count()


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back(session: Session) -> None:
    session.info.pop(_PENDING, None)
