"""The Server-Sent Events stream of new rows (bot/live.py), driven by a fake clock."""
import json

from bot.live import LiveRow, last_event_id, stream_rows


class FakeTime:
    def __init__(self):
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def frames(stream, count: int) -> list[str]:
    return [next(stream) for _ in range(count)]


def parsed(frame: str) -> dict:
    fields = dict(line.split(": ", 1) for line in frame.strip().splitlines())
    return {"id": int(fields["id"]), "event": fields["event"], "data": json.loads(fields["data"])}


def test_rows_after_the_last_event_are_sent_once_in_order_and_a_late_one_too(db):
    table = {3: "c", 5: "e"}
    asked_after = []

    def poll(session, after_id):
        asked_after.append(after_id)
        # like the chat's poll: what is newer, and whatever arrived lately
        return [LiveRow(i, "message", {"body": body}) for i, body in table.items()]

    time = FakeTime()
    stream = stream_rows(db, poll, 2, lambda session: True, clock=time.clock, sleep=time.sleep)
    assert next(stream).startswith("retry: ")
    first = [parsed(f) for f in frames(stream, 2)]
    assert [(f["id"], f["data"]["body"]) for f in first] == [(3, "c"), (5, "e")]
    table[4] = "d"  # committed late, with a lower id than one already sent
    table[6] = "f"
    later = [parsed(f) for f in frames(stream, 2)]
    assert [f["data"]["body"] for f in later] == ["d", "f"]
    assert [f["id"] for f in later] == [5, 6]  # the event id never goes back: Last-Event-ID resumes after 6
    assert asked_after == [2, 5]  # each poll asks after the highest id sent so far


def test_a_quiet_stream_sends_heartbeats_and_ends_after_its_lifetime(db):
    time = FakeTime()
    stream = stream_rows(db, lambda session, after: [], 0, lambda session: True, interval=1.0, heartbeat=15.0,
                         lifetime=60.0, clock=time.clock, sleep=time.sleep)
    assert list(stream)[1:] == [": ping\n\n"] * 3
    assert 60.0 <= time.now <= 61.0


def test_a_stream_ends_as_soon_as_it_is_no_longer_allowed(db):
    time = FakeTime()
    allowed = iter([True, True, False])
    rows = [LiveRow(1, "message", {})]
    stream = stream_rows(db, lambda session, after: rows, 0, lambda session: next(allowed),
                         clock=time.clock, sleep=time.sleep)
    assert len(list(stream)) == 2  # the retry line and the one row, then nothing


def test_the_browsers_last_event_id_wins_over_the_pages_own():
    assert last_event_id("41", "7") == 41
    assert last_event_id(None, "7") == 7
    assert last_event_id("nonsense", "7") == 7
    assert last_event_id(None, None) == 0
