"""The scheduler process: ``python -m scheduler``.

APScheduler keeps its recurring jobs in the shared database under fixed ids, so a
restart never adds copies, and a job that was due while the process was down still
runs once when it is back (no misfire limit, coalesced to one run). The jobs only find
work in the database and queue messages in the outbox with their own ``due_at``; the
workers' dispatchers (python -m worker) send them when due, so several scheduler processes
at once send nothing twice (the outbox claim, services/messaging/outbox.py).

Every run is counted by job and outcome (``kontakt_scheduler_job_runs_total``), and with
``METRICS_PORT`` set the process serves ``/metrics``, ``/healthz`` and ``/readyz`` there.
"""
import signal
import time

import structlog
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobEvent
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.blocking import BlockingScheduler

from scheduler import jobs
from services.logs.setup import configure_logging
from services.metrics.definitions import SCHEDULER_JOB_LAST_SUCCESS, SCHEDULER_JOB_RUNS
from services.metrics.exposition import registry_for_this_process, serve_process_endpoints
from services.oslo import OSLO
from services.settings import Settings
from storage.db import Database

log = structlog.get_logger("scheduler")


def build_scheduler(settings: Settings | None = None) -> BlockingScheduler:
    settings = settings or Settings.from_env()
    scheduler = BlockingScheduler(
        timezone=OSLO,
        jobstores={"default": SQLAlchemyJobStore(engine=Database(settings.database_url).engine)},
        job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
    )
    scheduler.add_job(jobs.plan_activity_nudges, "interval", minutes=30,
                      id="plan_activity_nudges", replace_existing=True)
    scheduler.add_job(jobs.send_appointment_reminders, "interval", seconds=60,
                      id="send_appointment_reminders", replace_existing=True)
    scheduler.add_job(jobs.flag_messages_waiting_long, "interval", seconds=60,
                      id="flag_messages_waiting_long", replace_existing=True)
    scheduler.add_job(jobs.hand_back_quiet_cases_to_the_bot, "interval", minutes=5,
                      id="hand_back_quiet_cases_to_the_bot", replace_existing=True)
    scheduler.add_job(jobs.tell_of_unread_chat_answers, "interval", seconds=60,
                      id="tell_of_unread_chat_answers", replace_existing=True)
    scheduler.add_job(jobs.purge_expired_data, "cron", hour=3, minute=15,
                      id="purge_expired_data", replace_existing=True)
    scheduler.add_job(jobs.send_due_job_matches, "interval", minutes=15,
                      id="send_due_job_matches", replace_existing=True)
    scheduler.add_listener(count_job_run, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    return scheduler


def count_job_run(event: JobEvent) -> None:
    """APScheduler logs a failed or missed run itself (a warning or an error, with the traceback)."""
    outcome = {EVENT_JOB_EXECUTED: "ok", EVENT_JOB_ERROR: "error", EVENT_JOB_MISSED: "missed"}[event.code]
    SCHEDULER_JOB_RUNS.labels(event.job_id, outcome).inc()
    if outcome == "ok":
        SCHEDULER_JOB_LAST_SUCCESS.labels(event.job_id).set(time.time())


def main() -> None:
    configure_logging("scheduler")  # APScheduler's INFO line for every run is left out: only its warnings
    settings = Settings.from_env()
    scheduler = build_scheduler(settings)
    if settings.metrics_port:
        serve_process_endpoints(settings.metrics_port, registry_for_this_process(),
                                Database(settings.database_url).answers, settings.metrics_host)
    signal.signal(signal.SIGTERM, lambda *_: scheduler.shutdown(wait=False))
    log.info("scheduler started", jobs=[job.id for job in scheduler.get_jobs()], metrics_port=settings.metrics_port)
    scheduler.start()


if __name__ == "__main__":
    main()
