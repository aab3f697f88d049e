"""The scheduler process: ``python -m scheduler``.

APScheduler keeps its recurring jobs in the shared database under fixed ids, so a
restart never adds copies, and a job that was due while the process was down still
runs once when it is back (no misfire limit, coalesced to one run). The jobs only find
work in the database and queue messages in the outbox with their own ``due_at``; the
workers' dispatchers (python -m worker) send them when due, so several scheduler processes
at once send nothing twice (the outbox claim, services/messaging/outbox.py).
"""
import logging
import signal

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.blocking import BlockingScheduler

from scheduler import jobs
from services.oslo import OSLO
from services.settings import Settings
from storage.db import Database


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
    return scheduler


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # APScheduler logs every run of every job at INFO: only its warnings are worth reading.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    scheduler = build_scheduler()
    signal.signal(signal.SIGTERM, lambda *_: scheduler.shutdown(wait=False))
    scheduler.start()


if __name__ == "__main__":
    main()
