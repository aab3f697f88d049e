"""Real worker processes (``python -m worker``, whose dispatchers send the outbox) against the
fake Twilio: restarts, a dispatcher killed with SIGKILL between its claim and the send, three
workers at once; and the scheduler's job store across a restart."""
import os
import signal
import socket
import threading
import time
from collections import Counter
from datetime import time as wall_time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from services.messaging.outbox import enqueue_sms
from storage import migrate
from storage.db import Database
from storage.models import OutboxMessage, OutboxState, User, utcnow
from tests.conftest import ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER, add_user
from tests.support.processes import VENV_BIN, ManagedProcess, wait_until


class HangingTwilio:
    """Accepts the twilio client's request and never answers: the send is stuck in flight."""

    def __init__(self):
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen()
        self.requests = threading.Semaphore(0)
        self._connections = []
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def _serve(self):
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            self._connections.append(connection)
            if connection.recv(65536):
                self.requests.release()

    def close(self):
        for connection in self._connections:
            connection.close()
        self._socket.close()


def process_env(database_url: str, twilio_url: str, **extra) -> dict[str, str]:
    return {
        **os.environ, "KONTAKT_ENV": "test", "DATABASE_URL": database_url,
        "PUBLIC_BASE_URL": "http://127.0.0.1:9", "SECRET_KEY": "test-secret-key",
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": SERVICE_NUMBER, "TWILIO_API_BASE_URL": twilio_url,
        "RASA_URL": "http://127.0.0.1:9", "OUTBOX_POLL_SECONDS": "0.5", "WORKER_THREADS": "1",
        "OUTBOX_BACKOFF_BASE_SECONDS": "0.2", "OUTBOX_MAX_ATTEMPTS": "20", **extra,
    }


def start_scheduler(name: str, env: dict[str, str], log_dir) -> ManagedProcess:
    return ManagedProcess(name, [str(VENV_BIN / "python"), "-m", "scheduler"], env, log_dir)


def start_dispatching_worker(name: str, env: dict[str, str], log_dir) -> ManagedProcess:
    return ManagedProcess(name, [str(VENV_BIN / "python"), "-m", "worker"], env, log_dir)


def always_open_user(db: Database) -> int:
    """A user whose contact window is the whole day, so the test does not depend on the clock."""
    user = add_user(db)
    with db.session() as session:
        stored = session.get(User, user.id)
        stored.contact_window_start, stored.contact_window_end = wall_time(0), wall_time.max
    return user.id


def queue_messages(db: Database, user_ids: list[int], count: int, tag: str, due_in_past=timedelta(0)) -> list[str]:
    bodies = []
    with db.session() as session:
        for index in range(count):
            user = session.get(User, user_ids[index % len(user_ids)])
            body = f"Melding {tag}-{index}"
            enqueue_sms(session, user.conversation, body, f"{tag}:{index}", due_at=utcnow() - due_in_past)
            bodies.append(body)
    return bodies


def counts(fake_twilio, bodies: list[str]) -> Counter:
    wanted = set(bodies)
    return Counter(m.body for m in fake_twilio.messages if m.body in wanted)


def outbox_states(db: Database, tag: str) -> Counter:
    with db.session() as session:
        return Counter(session.execute(
            select(OutboxMessage.state).where(OutboxMessage.idempotency_key.like(f"{tag}:%"))
        ).scalars())


def wait_for_all_sent(db, tag, total, timeout):
    wait_until(lambda: outbox_states(db, tag)[OutboxState.SENT] == total, timeout,
               f"all {total} messages sent", None)


@pytest.fixture
def sqlite_url(tmp_path):
    url = f"sqlite:///{tmp_path}/kontakt.db"
    migrate.upgrade(url, configure_logging=False)
    return url


def test_messages_due_while_no_worker_ran_are_sent_when_one_starts(sqlite_url, fake_twilio, tmp_path):
    db = Database(sqlite_url)
    env = process_env(sqlite_url, fake_twilio.base_url)
    user_id = always_open_user(db)
    # Nothing ran for "two hours": these fell due meanwhile.
    bodies = queue_messages(db, [user_id], 5, "downtime", due_in_past=timedelta(hours=2))
    worker = start_dispatching_worker("worker-after", env, tmp_path)
    try:
        wait_for_all_sent(db, "downtime", 5, 30)
    finally:
        worker.stop()
    assert counts(fake_twilio, bodies) == Counter({body: 1 for body in bodies})
    db.dispose()


def test_the_scheduler_keeps_its_jobs_under_fixed_ids_across_a_restart(sqlite_url, tmp_path):
    db = Database(sqlite_url)
    env = process_env(sqlite_url, "http://127.0.0.1:9")
    first = start_scheduler("scheduler-before", env, tmp_path)
    try:
        wait_until(lambda: set(_jobs(db)) >= {"plan_activity_nudges", "flag_messages_waiting_long"}, 30,
                   "the job store")
    finally:
        os.kill(first.process.pid, signal.SIGKILL)
        first.stop()
    before = _jobs(db)
    time.sleep(1.1)  # the next run times the restart writes are later than these
    second = start_scheduler("scheduler-after", env, tmp_path)
    try:
        wait_until(lambda: _jobs(db)["flag_messages_waiting_long"] != before["flag_messages_waiting_long"], 30,
                   "the restarted scheduler's jobs")
    finally:
        second.stop()
    assert set(_jobs(db)) == set(before)  # fixed ids: the restart replaced the jobs, added no copies
    db.dispose()


def _jobs(db) -> dict[str, float]:
    """The job store's rows: job id -> next run time."""
    with db.engine.connect() as connection:
        if not db.engine.dialect.has_table(connection, "apscheduler_jobs"):
            return {}
        return dict(connection.exec_driver_sql("SELECT id, next_run_time FROM apscheduler_jobs").all())


def test_a_dispatcher_killed_between_claim_and_send_loses_nothing_and_sends_once(sqlite_url, fake_twilio, tmp_path):
    db = Database(sqlite_url)
    user_id = always_open_user(db)
    bodies = queue_messages(db, [user_id], 1, "killed")
    hanging = HangingTwilio()
    doomed = start_dispatching_worker("worker-doomed", process_env(sqlite_url, hanging.base_url,
                                                                   OUTBOX_LEASE_SECONDS="3"), tmp_path)
    try:
        assert hanging.requests.acquire(timeout=30), "the dispatcher never tried to send"
        with db.session() as session:
            entry = session.execute(select(OutboxMessage).where(OutboxMessage.idempotency_key == "killed:0")).scalar_one()
            assert (entry.state, entry.attempts) == (OutboxState.CLAIMED, 1)
        os.kill(doomed.process.pid, signal.SIGKILL)
    finally:
        doomed.stop()
        hanging.close()

    survivor = start_dispatching_worker("worker-survivor", process_env(sqlite_url, fake_twilio.base_url,
                                                                       OUTBOX_LEASE_SECONDS="3"), tmp_path)
    try:
        wait_for_all_sent(db, "killed", 1, 30)
    finally:
        survivor.stop()
    assert counts(fake_twilio, bodies) == Counter({bodies[0]: 1})
    with db.session() as session:
        assert session.execute(select(OutboxMessage.attempts)
                               .where(OutboxMessage.idempotency_key == "killed:0")).scalar_one() == 2
    db.dispose()


def test_three_workers_on_postgresql_under_faults_send_every_message_exactly_once(postgres, fake_twilio, tmp_path,
                                                                                  report_figures):
    url = postgres.create_database("three_workers")
    migrate.upgrade(url, configure_logging=False)
    db = Database(url)
    user_ids = [always_open_user(db) for _ in range(5)]
    total = 60
    bodies = queue_messages(db, user_ids, total, "faults")
    fake_twilio.fail_next(8, 500, 20500)
    fake_twilio.fail_next(6, 429, 20429)
    fake_twilio.fail_next(4, 503, 20503)

    hanging = HangingTwilio()
    lease = {"OUTBOX_LEASE_SECONDS": "4"}
    doomed = start_dispatching_worker("pg-doomed", process_env(url, hanging.base_url, **lease), tmp_path)
    workers = []
    try:
        assert hanging.requests.acquire(timeout=30), "the doomed dispatcher never claimed a message"
        # Three more workers join while the doomed one holds a claim it will never finish.
        workers = [start_dispatching_worker(f"pg-worker-{i}", process_env(url, fake_twilio.base_url, **lease),
                                            tmp_path)
                   for i in range(3)]
        time.sleep(0.5)
        os.kill(doomed.process.pid, signal.SIGKILL)
        wait_for_all_sent(db, "faults", total, 90)
        time.sleep(2.5)  # let any late duplicate show itself
    finally:
        doomed.stop()
        hanging.close()
        for process in workers:
            process.stop()

    delivered = counts(fake_twilio, bodies)
    sent = sum(1 for body in bodies if delivered[body] >= 1)
    lost = sum(1 for body in bodies if delivered[body] == 0)
    twice = sum(1 for body in bodies if delivered[body] > 1)
    with db.session() as session:
        retried = session.execute(select(func.count(OutboxMessage.id)).where(
            OutboxMessage.idempotency_key.like("faults:%"), OutboxMessage.attempts > 1)).scalar_one()
    report_figures([f"delivery under faults: {sent} messages sent, {lost} lost, {twice} sent twice "
                    f"(3 workers + 1 killed with SIGKILL mid-send, 18 Twilio 500/429/503 answers, "
                    f"{retried} messages needed more than one attempt)"])
    assert (sent, lost, twice) == (total, 0, 0)
    assert retried >= 1
    db.dispose()
