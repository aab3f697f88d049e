"""Waking idle workers on SQLite: a token beside the database, written once the work is committed."""
import time

from storage import wakeup


def _waited(waiter: wakeup.Waiter, timeout: float) -> float:
    started = time.monotonic()
    waiter.wait(timeout)
    return time.monotonic() - started


def test_a_committed_notification_wakes_a_waiter_and_only_once(db):
    waiter = wakeup.Waiter(db, wakeup.INBOUND, poll_seconds=0.001)
    try:
        with db.session() as session:
            wakeup.notify(session, wakeup.INBOUND)
        assert _waited(waiter, 5) < 1
        assert _waited(waiter, 0.2) >= 0.2
    finally:
        waiter.close()


def test_a_rolled_back_notification_wakes_nobody(db):
    waiter = wakeup.Waiter(db, wakeup.INBOUND, poll_seconds=0.001)
    try:
        try:
            with db.session() as session:
                wakeup.notify(session, wakeup.INBOUND)
                raise RuntimeError("the message was not stored")
        except RuntimeError:
            pass
        assert _waited(waiter, 0.2) >= 0.2
    finally:
        waiter.close()
