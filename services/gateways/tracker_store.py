"""Rasa's conversations as the Rasa server stores them: the SQL tracker store's ``events`` table
(``sender_id``, ``timestamp`` in seconds since the epoch), wherever rasa_server/locations.py
puts it (the app's PostgreSQL, or a SQLite file of its own). Read for innsyn, purged for
retention; never written by the app."""
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterator

from sqlalchemy import Column, Float, MetaData, String, Table, Text, create_engine, delete, func, inspect, select
from sqlalchemy.engine import Engine

from storage.db import Database

_metadata = MetaData()
RASA_EVENTS = Table("events", _metadata, Column("sender_id", String(255)), Column("type_name", String(255)),
                    Column("timestamp", Float), Column("intent_name", String(255)),
                    Column("action_name", String(255)), Column("data", Text))


@contextmanager
def tracker_engine(db: Database, tracker_url: str | None) -> Iterator[Engine]:
    """The engine of the tracker store's database: the app's own when it is the same one."""
    if not tracker_url or tracker_url == db.url:
        yield db.engine
        return
    engine = create_engine(tracker_url)
    try:
        yield engine
    finally:
        engine.dispose()


def _has_events(engine: Engine) -> bool:
    return inspect(engine).has_table("events")


def events_of(engine: Engine, sender_id: str) -> list[dict]:
    """The conversation's events, oldest first; none when Rasa has stored nothing yet."""
    if not _has_events(engine):
        return []
    with engine.connect() as connection:
        rows = connection.execute(
            select(RASA_EVENTS.c.type_name, RASA_EVENTS.c.timestamp, RASA_EVENTS.c.intent_name,
                   RASA_EVENTS.c.action_name, RASA_EVENTS.c.data)
            .where(RASA_EVENTS.c.sender_id == sender_id).order_by(RASA_EVENTS.c.timestamp)
        ).mappings().all()
    return [{**row, "timestamp": datetime.fromtimestamp(row["timestamp"] or 0, timezone.utc).isoformat()}
            for row in rows]


def delete_events_before(engine: Engine, cutoff: datetime, dry_run: bool) -> int:
    """Deletes (or, ``dry_run``, counts) the events older than ``cutoff``."""
    if not _has_events(engine):
        return 0
    old = RASA_EVENTS.c.timestamp < cutoff.timestamp()
    with engine.begin() as connection:
        if dry_run:
            return connection.execute(select(func.count()).select_from(RASA_EVENTS).where(old)).scalar_one()
        return connection.execute(delete(RASA_EVENTS).where(old)).rowcount
