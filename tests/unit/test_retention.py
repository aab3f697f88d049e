"""Retention (issue 11, "Also deliver"): what is older than the policy is blanked or deleted, on
SQLite and PostgreSQL, by the purge the scheduler runs and `flask --app bot purge`; the dry run
changes nothing; audit events outlive the data they describe."""
import json
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from bot import create_app
from services.cases.escalations import create_escalation
from services.retention.purge import describe, purge
from services.settings import ConfigurationError
from storage.models import (
    AuditEvent,
    CaseNote,
    CaseStatus,
    Direction,
    Escalation,
    InboundState,
    LoginFailure,
    Message,
    OutboxMessage,
    OutboxState,
    SenderKind,
    utcnow,
)
from tests.conftest import make_settings
from tests.support.people import make_team, make_user, make_veileder
from tests.support.rasa_events import rasa_events_table
from tests.unit.conftest import UNREACHABLE

NOW = utcnow()
OLD, RECENT = NOW - timedelta(days=400), NOW - timedelta(days=10)


@pytest.fixture
def stored(any_database):
    """Old and recent data of every kind, for one user, and Rasa's tracker events."""
    db = any_database
    with db.session() as s:
        team = make_team(s)
        kari = make_veileder(s, team, "Kari")
        ola = make_user(s, team, kari)
        for when, label in ((OLD, "old"), (RECENT, "recent")):
            s.add(Message(conversation=ola.conversation, direction=Direction.INBOUND, channel="sms",
                          sender_kind=SenderKind.USER, body=f"{label} words", created_at=when,
                          inbound_state=InboundState.PROCESSED))
            reply = Message(conversation=ola.conversation, direction=Direction.OUTBOUND, channel="sms",
                            sender_kind=SenderKind.BOT, body=f"{label} reply", created_at=when)
            s.add(OutboxMessage(message=reply, idempotency_key=f"k:{label}", to_phone=ola.phone_e164,
                                body=f"{label} reply", state=OutboxState.SENT, created_at=when, due_at=when))
            s.add(AuditEvent(veileder_id=kari.id, user_id=ola.id, action="view_user", allowed=True,
                             created_at=when - timedelta(days=1500)))  # 1900 and 1510 days old
            s.add(LoginFailure(key_hash=label, created_at=when))
        s.add(Message(conversation=ola.conversation, direction=Direction.INBOUND, channel="sms",
                      sender_kind=SenderKind.USER, body="still waiting", created_at=OLD,
                      inbound_state=InboundState.WAITING_FOR_ASSISTANT))
        s.add(OutboxMessage(idempotency_key="k:pending", to_phone=ola.phone_e164, body="pending", due_at=OLD,
                            state=OutboxState.PENDING, created_at=OLD))
        old_case = create_escalation(s, ola, "complaint", "old complaint", now=OLD)
        old_case.status, old_case.resolved_at = CaseStatus.RESOLVED, OLD
        s.add(CaseNote(escalation=old_case, author_veileder_id=kari.id, body="old note"))
        s.flush()
        open_case = create_escalation(s, ola, "contact_request", "ring meg", now=OLD)
        ids = {"old_case": old_case.id, "open_case": open_case.id, "sender": ola.conversation.rasa_sender_id}
    # Where the Rasa server keeps them: the same PostgreSQL, or a SQLite file beside the app's.
    tracker_engine = sa.create_engine(settings_for(db).rasa_tracker_url)
    events = rasa_events_table(tracker_engine)
    with tracker_engine.begin() as connection:
        for when in (OLD, RECENT):
            connection.execute(events.insert().values(sender_id=ids["sender"], type_name="user",
                                                      timestamp=when.timestamp(), data=json.dumps({"text": "x"})))
    yield db, ids, (events, tracker_engine)
    tracker_engine.dispose()


def settings_for(db, **retention):
    return make_settings(db.url, UNREACHABLE, UNREACHABLE, UNREACHABLE, **retention)


def snapshot(db, events):
    with db.session() as s:
        state = {
            "messages": sorted(s.execute(select(Message.body)).scalars()),
            "outbox": sorted(s.execute(select(OutboxMessage.body, OutboxMessage.to_phone != "")).all()),
            "cases": sorted(s.execute(select(Escalation.id, Escalation.user_words)).all()),
            "notes": s.execute(select(CaseNote.body)).scalars().all(),
            "audit": s.execute(select(sa.func.count(AuditEvent.id))).scalar_one(),
            "failures": s.execute(select(sa.func.count(LoginFailure.id))).scalar_one(),
        }
    table, engine = events
    with engine.connect() as connection:
        state["events"] = connection.execute(select(sa.func.count()).select_from(table)).scalar_one()
    return state


def test_the_dry_run_counts_and_changes_nothing(stored):
    db, ids, events = stored
    before = snapshot(db, events)
    results = purge(db, settings_for(db), NOW, dry_run=True)
    assert {r.what: r.rows for r in results} == {
        "message bodies": 2, "case words and notes": 2, "outbox bodies and numbers": 1,
        "Rasa tracker events": 1, "audit events": 1, "failed logins": 2}
    assert snapshot(db, events) == before
    assert describe(results, dry_run=True)[0].startswith("2 message bodies would be blanked (older than ")


def test_the_purge_blanks_and_deletes_what_is_older_and_keeps_the_rest(stored):
    db, ids, events = stored
    purge(db, settings_for(db), NOW)
    after = snapshot(db, events)
    assert after["messages"] == ["", "", "recent reply", "recent words", "still waiting"]
    assert after["outbox"] == [("", False), ("pending", True), ("recent reply", True)]
    assert dict(after["cases"]) == {ids["old_case"]: "", ids["open_case"]: "ring meg"}
    assert after["notes"] == [""]
    assert (after["events"], after["audit"], after["failures"]) == (1, 1, 0)
    assert {r.rows for r in purge(db, settings_for(db), NOW)} == {0}  # nothing left to do


def test_audit_events_outlive_the_data_they_describe(stored):
    db, _, events = stored
    purge(db, settings_for(db, RETAIN_AUDIT_DAYS="3000"), NOW)
    assert snapshot(db, events)["audit"] == 2
    with pytest.raises(ConfigurationError, match="RETAIN_AUDIT_DAYS"):
        settings_for(db, RETAIN_AUDIT_DAYS="30")
    with pytest.raises(ConfigurationError, match="at least one day"):
        settings_for(db, RETAIN_OUTBOX_BODIES_DAYS="0")


def test_rasa_trackers_where_rasa_tracker_url_says(any_database, tmp_path):
    tracker_url = f"sqlite:///{tmp_path}/elsewhere/rasa_trackers.db"
    (tmp_path / "elsewhere").mkdir()
    engine = sa.create_engine(tracker_url)
    events = rasa_events_table(engine)
    with engine.begin() as connection:
        connection.execute(events.insert().values(sender_id="abc", type_name="user", timestamp=OLD.timestamp()))
    results = purge(any_database, settings_for(any_database, RASA_TRACKER_URL=tracker_url), NOW)
    assert {r.what: r.rows for r in results}["Rasa tracker events"] == 1
    with engine.connect() as connection:
        assert connection.execute(select(sa.func.count()).select_from(events)).scalar_one() == 0
    engine.dispose()


def test_the_command_prints_what_it_would_remove(db):
    app = create_app(settings_for(db))
    result = app.test_cli_runner().invoke(args=["purge", "--dry-run"])
    assert result.exit_code == 0
    assert "0 message bodies would be blanked" in result.output
    assert "0 Rasa tracker events would be deleted" in result.output  # no tracker table yet: nothing to do
