"""Deletes or blanks what is older than the retention policy (services/settings.py, README
"What is kept, and for how long"). Run daily by the scheduler; ``flask --app bot purge
--dry-run`` prints what it would remove.

- message bodies (every channel): blanked after ``retain_message_bodies_days``; the row stays
  (direction, time, delivery status), so the thread keeps its shape. A message still waiting
  for the assistant is never touched.
- case words: the user's words, the bot's replies and the notes of a case resolved more than
  ``retain_case_words_days`` ago are blanked; the case row (category, priority, times) stays.
- outbox bodies and numbers: blanked on rows that are finished (sent, failed, cancelled,
  digested) and older than ``retain_outbox_bodies_days``.
- Rasa's trackers: events older than ``retain_rasa_trackers_days`` deleted from the SQL
  tracker store's ``events`` table (``sender_id``, ``timestamp`` in seconds since the epoch),
  wherever rasa_server/locations.py says it is (the app's PostgreSQL, or a SQLite file of its own).
- audit events: deleted after ``retain_audit_days``, which is never shorter than the others.
- failed logins: deleted after a day (they only feed the login delays).
"""
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update

from services.gateways.tracker_store import delete_events_before, tracker_engine
from services.settings import Settings
from storage.db import Database
from storage.models import (
    AuditEvent,
    CaseNote,
    CaseStatus,
    Escalation,
    InboundState,
    LoginFailure,
    Message,
    OutboxMessage,
    OutboxState,
)

FINISHED_OUTBOX = (OutboxState.SENT, OutboxState.FAILED, OutboxState.CANCELLED, OutboxState.DIGESTED)
UNFINISHED_INBOUND = (InboundState.RECEIVED, InboundState.PROCESSING, InboundState.WAITING_FOR_ASSISTANT)
LOGIN_FAILURES_KEPT = timedelta(days=1)

@dataclass(frozen=True)
class Purged:
    """One kind of data: how many rows were (or, in a dry run, would be) deleted or blanked."""

    what: str
    action: str  # "blanked" or "deleted"
    older_than: datetime
    rows: int


def _cutoff(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)


def _run(session, statement, count_query, dry_run: bool) -> int:
    if dry_run:
        return session.execute(count_query).scalar_one()
    return session.execute(statement.execution_options(synchronize_session=False)).rowcount


def _message_bodies(session, cutoff: datetime, dry_run: bool) -> int:
    condition = (Message.created_at < cutoff, Message.body != "",
                 Message.inbound_state.is_(None) | Message.inbound_state.not_in(UNFINISHED_INBOUND))
    return _run(session, update(Message).where(*condition).values(body=""),
                select(func.count(Message.id)).where(*condition), dry_run)


def _case_words(session, cutoff: datetime, dry_run: bool) -> int:
    old_case = (Escalation.status == CaseStatus.RESOLVED, Escalation.resolved_at < cutoff)
    condition = (*old_case, (Escalation.user_words != "") | (Escalation.bot_reply != "")
                 | Escalation.last_notice.is_not(None))
    cases = _run(session, update(Escalation).where(*condition).values(user_words="", bot_reply="", last_notice=None),
                 select(func.count(Escalation.id)).where(*condition), dry_run)
    old_notes = (CaseNote.escalation_id.in_(select(Escalation.id).where(*old_case)), CaseNote.body != "")
    notes = _run(session, update(CaseNote).where(*old_notes).values(body=""),
                 select(func.count(CaseNote.id)).where(*old_notes), dry_run)
    return cases + notes


def _outbox_bodies(session, cutoff: datetime, dry_run: bool) -> int:
    condition = (OutboxMessage.created_at < cutoff, OutboxMessage.state.in_(FINISHED_OUTBOX),
                 (OutboxMessage.body != "") | (OutboxMessage.to_phone != ""))
    return _run(session, update(OutboxMessage).where(*condition).values(body="", to_phone=""),
                select(func.count(OutboxMessage.id)).where(*condition), dry_run)


def _deleted(session, model, cutoff: datetime, dry_run: bool) -> int:
    return _run(session, delete(model).where(model.created_at < cutoff),
                select(func.count(model.id)).where(model.created_at < cutoff), dry_run)


def purge(db: Database, settings: Settings, now: datetime, dry_run: bool = False) -> list[Purged]:
    """Applies the retention policy once (or only counts, ``dry_run``); returns what it did."""
    periods = {
        "message bodies": settings.retain_message_bodies_days,
        "case words and notes": settings.retain_case_words_days,
        "outbox bodies and numbers": settings.retain_outbox_bodies_days,
        "Rasa tracker events": settings.retain_rasa_trackers_days,
        "audit events": settings.retain_audit_days,
    }
    cut = {what: _cutoff(now, days) for what, days in periods.items()}
    with db.session() as session:
        results = [
            Purged("message bodies", "blanked", cut["message bodies"],
                   _message_bodies(session, cut["message bodies"], dry_run)),
            Purged("case words and notes", "blanked", cut["case words and notes"],
                   _case_words(session, cut["case words and notes"], dry_run)),
            Purged("outbox bodies and numbers", "blanked", cut["outbox bodies and numbers"],
                   _outbox_bodies(session, cut["outbox bodies and numbers"], dry_run)),
            Purged("audit events", "deleted", cut["audit events"],
                   _deleted(session, AuditEvent, cut["audit events"], dry_run)),
            Purged("failed logins", "deleted", now - LOGIN_FAILURES_KEPT,
                   _deleted(session, LoginFailure, now - LOGIN_FAILURES_KEPT, dry_run)),
        ]
        if dry_run:
            session.rollback()
    results.insert(3, Purged("Rasa tracker events", "deleted", cut["Rasa tracker events"],
                             _purge_trackers(db, settings, cut["Rasa tracker events"], dry_run)))
    return results


def _purge_trackers(db: Database, settings: Settings, cutoff: datetime, dry_run: bool) -> int:
    with tracker_engine(db, settings.rasa_tracker_url) as engine:
        return delete_events_before(engine, cutoff, dry_run)


def describe(results: list[Purged], dry_run: bool) -> list[str]:
    """One line per kind of data, for the command line and the scheduler's log (no content)."""
    verb = "would be" if dry_run else "were"
    return [f"{r.rows} {r.what} {verb} {r.action} (older than {r.older_than:%Y-%m-%d %H:%M} UTC)" for r in results]
