"""Waking the workers when there is new work: PostgreSQL's LISTEN/NOTIFY, a short poll elsewhere.

``notify`` is called in the transaction that makes the work (PostgreSQL delivers the
notification when it commits, never before); a ``Waiter`` blocks until a notification
arrives or its timeout passes. On SQLite there is nothing to listen to: the waiter sleeps
for its poll interval and the caller looks again (a reading session is cheap there).
"""
import select
import time

from sqlalchemy import text

from storage.db import Database

INBOUND = "kontakt_inbound"
OUTBOX = "kontakt_outbox"


def notify(session, channel: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": channel})


class Waiter:
    def __init__(self, db: Database, channel: str, poll_seconds: float):
        self._poll_seconds = poll_seconds
        self._connection = None
        if not db.is_sqlite:
            pooled = db.engine.raw_connection()
            self._connection = pooled.driver_connection
            pooled.detach()  # a listening connection of its own, never handed back to the pool
            self._connection.autocommit = True
            with self._connection.cursor() as cursor:
                cursor.execute(f"LISTEN {channel}")

    def wait(self, timeout: float) -> None:
        """Returns when there may be new work: a notification, or the timeout (the poll
        interval on SQLite)."""
        if self._connection is None:
            time.sleep(min(timeout, self._poll_seconds))
            return
        if not self._connection.notifies:
            select.select([self._connection], [], [], timeout)
            self._connection.poll()
        self._connection.notifies.clear()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
