"""Waking the workers when there is new work: PostgreSQL's LISTEN/NOTIFY; on SQLite, a token file.

``notify`` is called in the transaction that makes the work; the waiters hear of it once it
commits, never before: PostgreSQL delivers the notification at the commit, and on SQLite a new
random token is written to a file beside the database (``<database>-<channel>``) after it. A
``Waiter`` blocks until a notification arrives or its timeout passes. On SQLite it reads the
token every ``poll_seconds``, which costs a system call where looking for work costs a query;
it looks for work when the token changed, and when its timeout passes (retries that fell due,
leases that ran out). An in-memory SQLite database has no file beside it: its waiter looks
every ``poll_seconds``.
"""
import os
import select
import time

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from storage.db import Database

INBOUND = "kontakt_inbound"
OUTBOX = "kontakt_outbox"

_TOKEN_SIZE = 8
_TOKENS_TO_WRITE = "kontakt_wakeup_tokens"


def _token_path(url, channel: str) -> str | None:
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return f"{database}-{channel}"


def notify(session, channel: str) -> None:
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": channel})
        return
    path = _token_path(bind.url, channel)
    if path is not None:
        session.info.setdefault(_TOKENS_TO_WRITE, set()).add(path)


@event.listens_for(Session, "after_commit")
def _write_tokens(session: Session) -> None:
    for path in session.info.pop(_TOKENS_TO_WRITE, ()):
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            os.pwrite(descriptor, os.urandom(_TOKEN_SIZE), 0)
        finally:
            os.close(descriptor)


@event.listens_for(Session, "after_rollback")
def _forget_tokens(session: Session) -> None:
    session.info.pop(_TOKENS_TO_WRITE, None)


class Waiter:
    def __init__(self, db: Database, channel: str, poll_seconds: float):
        self._poll_seconds = poll_seconds
        self._connection = None
        self._token_file = None
        if not db.is_sqlite:
            pooled = db.engine.raw_connection()
            self._connection = pooled.driver_connection
            pooled.detach()  # a listening connection of its own, never handed back to the pool
            self._connection.autocommit = True
            with self._connection.cursor() as cursor:
                cursor.execute(f"LISTEN {channel}")
        elif (path := _token_path(db.engine.url, channel)) is not None:
            self._token_file = os.open(path, os.O_RDONLY | os.O_CREAT, 0o600)
            # Read before the caller first looks for work: what is stored after that wakes it.
            self._token = os.pread(self._token_file, _TOKEN_SIZE, 0)

    def wait(self, timeout: float) -> None:
        """Returns when there may be new work: a notification, or the timeout (the poll
        interval on an in-memory SQLite database)."""
        if self._connection is not None:
            if not self._connection.notifies:
                select.select([self._connection], [], [], timeout)
                self._connection.poll()
            self._connection.notifies.clear()
        elif self._token_file is not None:
            self._wait_for_token(timeout)
        else:
            time.sleep(min(timeout, self._poll_seconds))

    def _wait_for_token(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while (token := os.pread(self._token_file, _TOKEN_SIZE, 0)) == self._token:
            if time.monotonic() >= deadline:
                return
            time.sleep(self._poll_seconds)
        self._token = token

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        if self._token_file is not None:
            os.close(self._token_file)
