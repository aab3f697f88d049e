"""Server-Sent Events from the database: a page follows what changes without a reload.

A stream polls the database every ``interval`` seconds, in a reading session (no write lock),
for rows changed since the last event the browser got (``Last-Event-ID``, which the
browser's EventSource sends by itself when it reconnects). Each change is sent once; a
comment line every ``heartbeat`` seconds keeps proxies from closing a quiet connection and
notices a browser that went away; after ``lifetime`` the stream ends and the EventSource
reconnects, so that a held connection costs one worker thread (gunicorn's gthread worker)
for a few minutes at most.

Events are hints ("Ola's thread changed"), not content: the page fetches what it shows
through its own access checks and audit. Rows are found by their ``updated_at``, looked for
``overlap`` further back than the cursor, so that a change written by a transaction that
committed a moment late is not missed; what was sent already is not sent again.
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


# (reading session, changed since) -> the events to send
Poll = Callable[[Session, datetime], Iterable[LiveEvent]]


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


def _frame(event: LiveEvent, cursor: datetime) -> str:
    return f"id: {cursor_id(cursor)}\nevent: {event.kind}\ndata: {json.dumps(event.data, separators=(',', ':'))}\n\n"


def stream_events(db: Database, poll: Poll, last_event_id: str | None, *, interval: float = 1.0,
                  heartbeat: float = 15.0, lifetime: float = 300.0, overlap: timedelta = timedelta(seconds=5),
                  retry_ms: int = 2000, clock=time.monotonic, sleep=time.sleep) -> Iterator[str]:
    """The text of an event stream (see the module's docstring)."""
    cursor = cursor_from(last_event_id, utcnow())
    sent_rows: dict[str, datetime] = {}
    sent_values: dict[str, dict] = {}
    started = last_output = clock()
    yield f"retry: {retry_ms}\n\n"
    while True:
        with db.reading() as session:
            events = list(poll(session, cursor - overlap))
        for event in events:
            if event.changed_at is None:
                if sent_values.get(event.key) == event.data:
                    continue
                sent_values[event.key] = event.data
            else:
                if sent_rows.get(event.key) == event.changed_at:
                    continue
                sent_rows[event.key] = event.changed_at
                cursor = max(cursor, event.changed_at)
            last_output = clock()
            yield _frame(event, cursor)
        sent_rows = {key: at for key, at in sent_rows.items() if at >= cursor - overlap}
        if clock() - started >= lifetime:
            return
        if clock() - last_output >= heartbeat:
            last_output = clock()
            yield ": ping\n\n"
        sleep(interval)


def event_stream_response(events: Iterator[str]) -> Response:
    """The stream as a response that no proxy buffers or caches."""
    return Response(stream_with_context(events), mimetype="text/event-stream",
                    headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})
