"""Live pages: the Server-Sent Events stream (bot/live.py) on a real database, and the
veileder's stream (GET /inbox/live) through the real Flask app: only the users the veileder
may see, the unread count, and no stream without a login."""
from datetime import datetime, timedelta, timezone

import pytest

from bot.live import MAX_CATCH_UP, LiveEvent, cursor_from, cursor_id, stream_events
from services.cases.escalations import create_escalation
from services.messaging.threads import conversation_of
from services.staff.notices import notify_veileder
from storage.models import Direction, Message, NoticeKind, SenderKind, User, utcnow
from tests.support.inbox_client import log_in
from tests.support.people import make_team, make_user, make_veileder


class FakeClock:
    """Time that moves only when the stream sleeps."""

    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def frames(text_stream) -> list[dict]:
    """The stream's frames as dicts of their fields ("comment" for a heartbeat)."""
    found = []
    for block in "".join(text_stream).split("\n\n"):
        if not block:
            continue
        fields = {}
        for line in block.split("\n"):
            key, _, value = line.partition(": ") if not line.startswith(":") else ("comment", "", line[1:].strip())
            fields[key] = value
        found.append(fields)
    return found


def test_each_change_is_sent_once_with_a_cursor_and_quiet_times_get_a_heartbeat(db):
    # Rows written a moment after the stream began (their clocks are the database writers').
    first, later = utcnow() + timedelta(seconds=1), utcnow() + timedelta(seconds=2)
    polls = []

    def poll(session, since):
        polls.append(since)
        # The same rows come back on every poll, as rows inside the overlap window do.
        rows = [LiveEvent("thread", "message:1", first, {"user_id": 7})]
        if len(polls) > 1:
            rows.append(LiveEvent("thread", "message:2", later, {"user_id": 8}))
        return rows + [LiveEvent("unread", "unread", None, {"count": len(polls) // 5})]

    clock = FakeClock()
    sent = frames(stream_events(db, poll, None, interval=1.0, heartbeat=1.5, lifetime=6.0,
                                clock=clock, sleep=clock.sleep))

    assert sent[0] == {"retry": "2000"}
    events = [f for f in sent if "event" in f]
    assert [(f["event"], f["data"]) for f in events] == [
        ("thread", '{"user_id":7}'), ("unread", '{"count":0}'), ("thread", '{"user_id":8}'), ("unread", '{"count":1}')]
    assert events[0]["id"] == cursor_id(first) and events[2]["id"] == events[3]["id"] == cursor_id(later)
    # Nothing was sent between the second and the fifth poll: a heartbeat kept the line open.
    assert sent.index({"comment": "ping"}) == 4
    assert {"comment": "ping"} in sent
    assert len(polls) == 7  # every second for six seconds, then the stream ends
    # Each poll looks a little further back than the newest change sent (commits that came late).
    assert polls[-1] == later - timedelta(seconds=5)


def test_a_reconnecting_browser_resumes_from_its_last_event_but_not_from_long_ago():
    now = utcnow()
    recent = now - timedelta(seconds=30)
    assert cursor_from(cursor_id(recent), now) == recent
    assert cursor_from(cursor_id(now - timedelta(hours=5)), now) == now - MAX_CATCH_UP
    assert cursor_from("not a number", now) == now
    assert cursor_from(None, now) == now
    assert cursor_from(cursor_id(now + timedelta(hours=1)), now) == now


@pytest.fixture
def world(db):
    """Kari sees Ola (a case) and Siv (no case); Jonas, in another team, sees Sara."""
    with db.session() as s:
        team, other = make_team(s, "Team Live"), make_team(s, "Team Annet")
        kari, jonas = make_veileder(s, team, "Kari"), make_veileder(s, other, "Jonas")
        ola, siv = make_user(s, team, kari, "Ola"), make_user(s, team, kari, "Siv")
        sara = make_user(s, other, jonas, "Sara")
        create_escalation(s, ola, "contact_request", "ring meg")
        return {"kari": kari.email, "ola": ola.id, "siv": siv.id, "sara": sara.id}


def add_message(db, user_id: int, body: str, inbound: bool = True) -> int:
    with db.session() as s:
        message = Message(conversation=conversation_of(s, user_id), channel="sms", body=body,
                          direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
                          sender_kind=SenderKind.USER if inbound else SenderKind.BOT)
        s.add(message)
        s.flush()
        return message.id


def read_stream(client, since: datetime) -> list[dict]:
    response = client.get("/inbox/live", headers={"Last-Event-ID": cursor_id(since)}, buffered=False)
    assert response.status_code == 200 and response.mimetype == "text/event-stream"
    assert response.headers["Cache-Control"] == "no-store"
    return frames(chunk.decode() for chunk in response.response)


def test_the_veileder_stream_tells_of_the_veileders_users_only(app, db, world):
    app.config.update(LIVE_POLL_SECONDS=0.01, LIVE_LIFETIME_SECONDS=0)
    since = utcnow() - timedelta(seconds=1)
    for user_id in (world["ola"], world["siv"], world["sara"]):
        add_message(db, user_id, "hei")
    with db.session() as s:
        for user_id in (world["siv"], world["sara"]):
            notify_veileder(s, s.get(User, user_id), NoticeKind.SMS_UNREACHABLE, detail="Kan ikke nås på SMS.")
    client = app.test_client()
    log_in(client, world["kari"])

    events = [f for f in read_stream(client, since) if "event" in f]
    threads = [f["data"] for f in events if f["event"] == "thread"]
    assert sorted(threads) == sorted([f'{{"user_id":{world["ola"]}}}', f'{{"user_id":{world["siv"]}}}'])
    # Ola's case (made a moment ago) and the notice about Siv; never Sara's.
    assert {f["data"] for f in events if f["event"] == "cases"} == {f'{{"user_id":{world["ola"]}}}',
                                                                    f'{{"user_id":{world["siv"]}}}'}
    assert f'"user_id":{world["sara"]}' not in "".join(f["data"] for f in events)
    # Ola's "hei" is unread: it came after his case began; Siv has no case, so nothing owed.
    assert events[-1] == {"id": events[-1]["id"], "event": "unread", "data": '{"count":1}'}


def test_a_new_case_is_sent_and_reading_the_thread_clears_the_unread_count(app, db, world):
    app.config.update(LIVE_POLL_SECONDS=0.01, LIVE_LIFETIME_SECONDS=0)
    client = app.test_client()
    log_in(client, world["kari"])
    since = utcnow() - timedelta(seconds=1)
    add_message(db, world["ola"], "hallo?")
    with db.session() as s:
        create_escalation(s, s.get(User, world["siv"]), "crisis", "orker ikke mer")
    assert any(f.get("event") == "cases" for f in read_stream(client, since))
    assert "<title>(1) Saker" in client.get("/inbox/").get_data(as_text=True)
    client.get(f"/inbox/users/{world['ola']}")
    later = [f for f in read_stream(client, utcnow()) if f.get("event") == "unread"]
    assert later[-1]["data"] == '{"count":0}'
    assert "<title>Saker" in client.get("/inbox/").get_data(as_text=True)


def test_no_stream_without_a_login(app):
    response = app.test_client().get("/inbox/live")
    assert response.status_code == 302 and "/inbox/login" in response.headers["Location"]


def test_cursor_ids_are_microseconds_since_the_epoch():
    moment = datetime(2026, 11, 30, 12, 0, 0, 123456, tzinfo=timezone.utc)
    assert cursor_id(moment) == "1796040000123456"
    assert cursor_from("1796040000123456", moment + timedelta(minutes=1)) == moment
