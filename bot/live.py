"""Server-Sent Events from the database: a page follows what changes without a reload.

A stream polls the database every ``interval`` seconds, in a reading session (no write lock),
for what changed since the last event the browser got (``Last-Event-ID``, which the browser's
EventSource sends by itself when it reconnects). Each change is sent once per stream; a comment
line every ``heartbeat`` seconds keeps proxies from closing a quiet connection and notices a
browser that went away; after ``lifetime`` the stream ends and the EventSource reconnects, so
that a held connection costs one worker thread (gunicorn's gthread worker) for a few minutes
at most.

Two kinds of cursor:
- ``stream_events`` (the veileder's inbox): events are hints ("Ola's thread changed"), not
  content; the page fetches what it shows through its own access checks and audit. Rows are
  found by their ``updated_at``, looked for ``overlap`` further back than the cursor, so that
  a change written by a transaction that committed a moment late is not missed.
- ``stream_rows`` (the user's chat): the event id is the row's id; ``poll`` may also return
  rows that committed late with a lower id, which are sent once, and the page ignores an id it
  shows already. A stream whose ``allowed`` check fails (a session that ended) ends at once.
"""
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Response, stream_with_context
from sqlalchemy.orm import Session

from storage.db import Database
from storage.models import utcnow

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
# A browser away for longer than this (a laptop asleep) gets only what changes from now on;
# its page fetches the present when it is shown again.
MAX_CATCH_UP = timedelta(minutes=10)


@dataclass(frozen=True)
class LiveEvent:
    """One change for the browser: ``kind`` is the SSE event name. Row changes carry the
    row's ``changed_at`` and are sent once per key and time; an event without it (a count)
    is sent when its data differ from what was sent under its key before."""

    kind: str
    key: str
    changed_at: datetime | None
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class LiveRow:
    """One row for the browser, sent as an event named ``kind`` with ``data`` as JSON."""

    id: int
    kind: str
    data: dict


# (reading session, changed since) -> the events to send
Poll = Callable[[Session, datetime], Iterable[LiveEvent]]
# (reading session, after id) -> the rows with a greater id, and any later arrivals worth resending
RowPoll = Callable[[Session, int], Iterable[LiveRow]]
Allowed = Callable[[Session], bool]
# (reading session) -> the frames to send now, or None when the stream ends
Frames = Callable[[Session], list[str] | None]


def cursor_id(moment: datetime) -> str:
    """An event id: microseconds since the epoch, UTC."""
    return str((moment - EPOCH) // timedelta(microseconds=1))


def cursor_from(last_event_id: str | None, now: datetime) -> datetime:
    """Where a stream starts: the browser's last event, or now; never further back than MAX_CATCH_UP."""
    try:
        moment = EPOCH + timedelta(microseconds=int(last_event_id or ""))
    except (ValueError, OverflowError):
        return now
    return min(max(moment, now - MAX_CATCH_UP), now)


def last_event_id(header: str | None, fallback: str | None = None) -> int:
    """The id a stream starts after: the browser's Last-Event-ID, else the page's own (``fallback``)."""
    for candidate in (header, fallback):
        if candidate and candidate.isdigit():
            return int(candidate)
    return 0


def _frame(event_id: str | int, kind: str, data: dict) -> str:
    return f"id: {event_id}\nevent: {kind}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


def _stream(db: Database, frames: Frames, *, interval: float, heartbeat: float, lifetime: float,
            retry_ms: int, clock, sleep) -> Iterator[str]:
    started = last_output = clock()
    yield f"retry: {retry_ms}\n\n"
    while True:
        with db.reading() as session:
            batch = frames(session)
        if batch is None:
            return
        for frame in batch:
            last_output = clock()
            yield frame
        if clock() - started >= lifetime:
            return
        if clock() - last_output >= heartbeat:
            last_output = clock()
            yield ": ping\n\n"
        sleep(interval)


class _Changes:
    """Frames of changed rows and counts, with a time cursor (``stream_events``)."""

    def __init__(self, poll: Poll, last_event_id: str | None, overlap: timedelta):
        self.poll, self.overlap = poll, overlap
        self.cursor = cursor_from(last_event_id, utcnow())
        self.sent_rows: dict[str, datetime] = {}
        self.sent_values: dict[str, dict] = {}

    def __call__(self, session: Session) -> list[str]:
        frames = []
        for event in list(self.poll(session, self.cursor - self.overlap)):
            if event.changed_at is None:
                if self.sent_values.get(event.key) == event.data:
                    continue
                self.sent_values[event.key] = event.data
            else:
                if self.sent_rows.get(event.key) == event.changed_at:
                    continue
                self.sent_rows[event.key] = event.changed_at
                self.cursor = max(self.cursor, event.changed_at)
            frames.append(_frame(cursor_id(self.cursor), event.kind, event.data))
        self.sent_rows = {key: at for key, at in self.sent_rows.items() if at >= self.cursor - self.overlap}
        return frames


class _Rows:
    """Frames of new rows, with the row id as cursor (``stream_rows``)."""

    def __init__(self, poll: RowPoll, after_id: int, allowed: Allowed):
        self.poll, self.allowed, self.cursor = poll, allowed, after_id
        self.sent: set[int] = set()

    def __call__(self, session: Session) -> list[str] | None:
        if not self.allowed(session):
            return None
        rows = [row for row in self.poll(session, self.cursor) if row.id not in self.sent]
        frames = []
        for row in sorted(rows, key=lambda r: r.id):
            self.sent.add(row.id)
            self.cursor = max(self.cursor, row.id)
            frames.append(_frame(self.cursor, row.kind, row.data))
        return frames


def stream_events(db: Database, poll: Poll, last_event_id: str | None, *, interval: float = 1.0,
                  heartbeat: float = 15.0, lifetime: float = 300.0, overlap: timedelta = timedelta(seconds=5),
                  retry_ms: int = 2000, clock=time.monotonic, sleep=time.sleep) -> Iterator[str]:
    """An event stream of changes found by time (see the module's docstring)."""
    return _stream(db, _Changes(poll, last_event_id, overlap), interval=interval, heartbeat=heartbeat,
                   lifetime=lifetime, retry_ms=retry_ms, clock=clock, sleep=sleep)


def stream_rows(db: Database, poll: RowPoll, after_id: int, allowed: Allowed, *, interval: float = 1.0,
                heartbeat: float = 15.0, lifetime: float = 120.0, retry_ms: int = 2000,
                clock=time.monotonic, sleep=time.sleep) -> Iterator[str]:
    """An event stream of new rows found by id (see the module's docstring)."""
    return _stream(db, _Rows(poll, after_id, allowed), interval=interval, heartbeat=heartbeat,
                   lifetime=lifetime, retry_ms=retry_ms, clock=clock, sleep=sleep)


def event_stream_response(events: Iterator[str]) -> Response:
    """The stream as a response that no proxy buffers or caches."""
    return Response(stream_with_context(events), mimetype="text/event-stream",
                    headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})
