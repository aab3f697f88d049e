"""The scheduler process: ``python -m scheduler``.

APScheduler keeps its recurring jobs in the shared database under fixed ids, so a
restart never adds copies, and a job that was due while the process was down still
runs (a generous misfire grace time, coalesced to one run).
"""
import logging
import signal

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.blocking import BlockingScheduler

from scheduler import jobs
from storage.db import Database

TIMEZONE = "Europe/Oslo"


def build_scheduler(database_url: str | None = None) -> BlockingScheduler:
    database = Database(database_url)
    scheduler = BlockingScheduler(
        timezone=TIMEZONE,
        jobstores={"default": SQLAlchemyJobStore(engine=database.engine)},
        job_defaults={"coalesce": True, "misfire_grace_time": 3600, "max_instances": 1},
    )
    scheduler.add_job(jobs.dispatch_outbox, "interval", seconds=10,
                      id="dispatch_outbox", replace_existing=True)
    scheduler.add_job(jobs.answer_messages_waiting_for_assistant, "interval", seconds=30,
                      id="answer_messages_waiting_for_assistant", replace_existing=True)
    return scheduler


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    scheduler = build_scheduler()
    signal.signal(signal.SIGTERM, lambda *_: scheduler.shutdown(wait=False))
    scheduler.start()


if __name__ == "__main__":
    main()
