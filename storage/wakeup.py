"""Waking the workers when there is new work: PostgreSQL's LISTEN/NOTIFY; on SQLite, a token file.

``notify`` is called in the transaction that makes the work; the waiters hear of it once it
commits, never before: PostgreSQL delivers the notification at the commit, and on SQLite a new
random token is written to a file beside the database (``<database>-<channel>``) after it. A
``Waiter`` blocks until a notification arrives, it is nudged, or its timeout passes. On SQLite
the kernel tells it when the token file is written (inotify), so it reads the token then;
where inotify is missing it reads the token every ``poll_seconds``, a system call where
looking for work costs a query. It looks for work when the token changed, and when its
timeout passes (retries that fell due, leases that ran out). An in-memory SQLite database has
no file beside it: its waiter looks every ``poll_seconds``.

The threads of one process share one ``Waiter`` and take turns listening, so that a new message
wakes one thread, not all of them racing for the same work. A thread that found more work
than it took calls ``nudge``: the thread listening then looks once more. Work stored after a
thread looked changes the token (or sends a notification) that the next listener waits for.
"""
import os
import select
import threading
import time

from inotify_simple import INotify, flags
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


def _watch(path: str) -> INotify | None:
    """The kernel's notice that the token file was written; None where there is no inotify."""
    try:
        watch = INotify()
    except (OSError, AttributeError):  # AttributeError: a C library without inotify (not Linux)
        return None
    watch.add_watch(path, flags.MODIFY)
    return watch


class Waiter:
    def __init__(self, db: Database, channel: str, poll_seconds: float):
        self._poll_seconds = poll_seconds
        self._turn = threading.Lock()
        self._nudges, self._nudge = os.pipe()
        os.set_blocking(self._nudges, False)
        os.set_blocking(self._nudge, False)
        self._connection = None
        self._token_file = None
        self._token_written = None
        if not db.is_sqlite:
            pooled = db.engine.raw_connection()
            self._connection = pooled.driver_connection
            pooled.detach()  # a listening connection of its own, never handed back to the pool
            self._connection.autocommit = True
            with self._connection.cursor() as cursor:
                cursor.execute(f"LISTEN {channel}")
        elif (path := _token_path(db.engine.url, channel)) is not None:
            self._token_file = os.open(path, os.O_RDONLY | os.O_CREAT, 0o600)
            self._token_written = _watch(path)
            # Read before the caller first looks for work: what is stored after that wakes it.
            self._token = os.pread(self._token_file, _TOKEN_SIZE, 0)

    def wait(self, timeout: float) -> None:
        """Returns when there may be new work: a notification, a nudge, or the timeout (the
        poll interval on an in-memory SQLite database). One thread listens at a time; the
        others wait for their turn."""
        with self._turn:
            if self._connection is not None:
                if not self._connection.notifies:
                    ready, _, _ = select.select([self._connection, self._nudges], [], [], timeout)
                    self._take_nudges(ready)
                    self._connection.poll()
                self._connection.notifies.clear()
            elif self._token_file is not None:
                self._wait_for_token(timeout)
            else:
                self._take_nudges(select.select([self._nudges], [], [], min(timeout, self._poll_seconds))[0])

    def nudge(self) -> None:
        """Makes the thread listening, or the next to listen, look for work at once."""
        try:
            os.write(self._nudge, b"!")
        except BlockingIOError:
            pass  # the pipe is full of nudges nobody has taken yet: one more adds nothing

    def _take_nudges(self, ready) -> bool:
        if self._nudges not in ready:
            return False
        try:
            while os.read(self._nudges, 4096):
                pass
        except BlockingIOError:
            pass  # all taken
        return True

    def _wait_for_token(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while (token := os.pread(self._token_file, _TOKEN_SIZE, 0)) == self._token:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            if self._token_written is None:
                ready = select.select([self._nudges], [], [], min(remaining, self._poll_seconds))[0]
            else:
                ready = select.select([self._token_written, self._nudges], [], [], remaining)[0]
                if self._token_written in ready:
                    self._token_written.read(timeout=0)
            if self._take_nudges(ready):
                return
        self._token = token

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        if self._token_file is not None:
            os.close(self._token_file)
        if self._token_written is not None:
            self._token_written.close()
        os.close(self._nudges)
        os.close(self._nudge)
