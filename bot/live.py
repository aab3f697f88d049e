"""Server-Sent Events from the database: a page follows new rows without a reload.

A stream polls the database every ``interval`` seconds, in a reading session (no write lock),
for the rows after the last one the browser got. The event id is the row's id, so that the
browser's EventSource, which sends the last id back by itself when it reconnects
(``Last-Event-ID``), resumes where it stopped. ``poll`` may also return rows the browser may
have had already (rows that committed late with a lower id, or became visible late): within
one stream a row is sent once, and the page ignores an id it shows already. A comment line
every ``heartbeat`` seconds keeps proxies from closing a quiet connection and notices a
browser that went away; after ``lifetime`` the stream ends and the EventSource reconnects,
so that a held connection costs one worker thread (gunicorn's gthread worker) for a few
minutes at most. A stream whose ``allowed`` check fails (a session that ended) ends at once.
"""
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from flask import Response, stream_with_context
from sqlalchemy.orm import Session

from storage.db import Database


@dataclass(frozen=True)
class LiveRow:
    """One row for the browser, sent as an event named ``kind`` with ``data`` as JSON."""

    id: int
    kind: str
    data: dict


# (reading session, after id) -> the rows with a greater id, and any later arrivals worth resending
Poll = Callable[[Session, int], Iterable[LiveRow]]
Allowed = Callable[[Session], bool]


def last_event_id(header: str | None, fallback: str | None = None) -> int:
    """The id a stream starts after: the browser's Last-Event-ID, else the page's own (``fallback``)."""
    for candidate in (header, fallback):
        if candidate and candidate.isdigit():
            return int(candidate)
    return 0


def _frame(row: LiveRow, event_id: int) -> str:
    return f"id: {event_id}\nevent: {row.kind}\ndata: {json.dumps(row.data, separators=(',', ':'))}\n\n"


def stream_rows(db: Database, poll: Poll, after_id: int, allowed: Allowed, *, interval: float = 1.0,
                heartbeat: float = 15.0, lifetime: float = 120.0, retry_ms: int = 2000,
                clock=time.monotonic, sleep=time.sleep) -> Iterator[str]:
    """The text of an event stream (see the module's docstring)."""
    sent: set[int] = set()
    cursor = after_id
    started = last_output = clock()
    yield f"retry: {retry_ms}\n\n"
    while True:
        with db.reading() as session:
            if not allowed(session):
                return
            rows = [row for row in poll(session, cursor) if row.id not in sent]
        for row in sorted(rows, key=lambda r: r.id):
            sent.add(row.id)
            cursor = max(cursor, row.id)
            last_output = clock()
            yield _frame(row, cursor)
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
