import fcntl
import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

PROJECT_ROOT = Path(__file__).resolve().parent.parent
READ_ONLY_OPTION = "kontakt_read_only"
DEFAULT_SQLITE_PATH = PROJECT_ROOT / "instance" / "kontakt.db"


def database_url_from_env() -> str:
    return os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE_PATH}"


def _normalise_url(url: str) -> str:
    # Heroku-style URLs say "postgres://", which SQLAlchemy no longer accepts.
    if url.startswith("postgres://"):
        return "postgresql://" + url[len("postgres://"):]
    return url


class _QueuedWriterConnection(sqlite3.Connection):
    """A SQLite connection whose write transactions queue on a lock file beside the database.

    SQLite lets one writer in at a time and makes the others poll, sleeping up to 100 ms between
    tries, so under load a webhook storing a message could wait most of a second for a lock that
    was free for much of that time. Here a writer first takes an exclusive ``flock`` on
    ``<database>-writer``, which the kernel hands on the moment it is released, and holds it from
    its BEGIN IMMEDIATE until its commit or rollback. A thread that already holds the lock through
    another connection does not queue (it could never get it): SQLite's own busy wait answers
    it, as before.
    """

    _held_by_thread = threading.local()

    def __init__(self, database, *args, **kwargs):
        super().__init__(database, *args, **kwargs)
        self._lock_file = None
        self._holding = False
        path = os.fspath(database)
        if path != ":memory:" and not path.startswith("file:"):
            self._lock_file = os.open(f"{path}-writer", os.O_RDWR | os.O_CREAT, 0o600)

    def queue_for_writing(self) -> None:
        if self._lock_file is None or self._holding or getattr(self._held_by_thread, "holding", False):
            return
        fcntl.flock(self._lock_file, fcntl.LOCK_EX)
        self._holding = self._held_by_thread.holding = True

    def leave_writer_queue(self) -> None:
        if self._holding:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._holding = self._held_by_thread.holding = False

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.leave_writer_queue()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.leave_writer_queue()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.leave_writer_queue()
            if self._lock_file is not None:
                os.close(self._lock_file)
                self._lock_file = None


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let the connection be driven by SQLAlchemy's BEGIN (below) so that
        # claims in the outbox are atomic across processes.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # Commits reach the disk at checkpoints, not one fsync each: a crash of the service loses
        # nothing, a power cut can lose the last moments (README, "Configuration"). PostgreSQL,
        # for production, syncs every commit.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # A reading session (Database.reading) takes no write lock, so that workers looking
        # for work every few milliseconds never hold up a webhook that stores a message.
        if connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
            return
        writer = connection.connection.driver_connection
        writer.queue_for_writing()
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            writer.leave_writer_queue()
            raise


class Database:
    """One engine and session factory per process."""

    def __init__(self, url: str | None = None):
        self.url = _normalise_url(url or database_url_from_env())
        if self.url.startswith("sqlite:///"):
            Path(self.url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        sqlite = make_url(self.url).get_backend_name() == "sqlite"
        # A server's connection can be lost (a restart, a failover): each is tried before use. A
        # SQLite file has no connection to lose, and the try would be a query on every session.
        self.engine = create_engine(self.url, pool_pre_ping=not sqlite,
                                    connect_args={"factory": _QueuedWriterConnection} if sqlite else {})
        if sqlite:
            _configure_sqlite(self.engine)
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._reading_factory = sessionmaker(self.engine.execution_options(**{READ_ONLY_OPTION: True}),
                                             expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only: nothing it does is committed."""
        session = self._reading_factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def answers(self) -> bool:
        """Whether the database answers a query now (for readiness probes)."""
        try:
            with self.reading() as session:
                session.execute(text("SELECT 1"))
        except Exception:  # any driver's error means the same here: not ready
            return False
        return True

    def dispose(self) -> None:
        self.engine.dispose()
