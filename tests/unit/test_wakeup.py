"""Waking idle workers on SQLite: a token beside the database, written once the work is committed."""
import threading
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


def test_a_nudge_wakes_the_listener_even_when_given_before_it_listens(db):
    waiter = wakeup.Waiter(db, wakeup.INBOUND, poll_seconds=0.001)
    try:
        waiter.nudge()
        waiter.nudge()
        assert _waited(waiter, 5) < 1
        assert _waited(waiter, 0.2) >= 0.2  # the two nudges were taken together
    finally:
        waiter.close()


def test_threads_sharing_a_waiter_take_turns_so_one_notification_wakes_one(db):
    waiter = wakeup.Waiter(db, wakeup.INBOUND, poll_seconds=0.001)
    woken = []
    threads = [threading.Thread(target=lambda: woken.append(_waited(waiter, 3))) for _ in range(3)]
    try:
        for thread in threads:
            thread.start()
        time.sleep(0.2)
        with db.session() as session:
            wakeup.notify(session, wakeup.INBOUND)
        time.sleep(0.5)
        assert len(woken) == 1
        waiter.nudge()
        time.sleep(0.5)
        assert len(woken) == 2
    finally:
        for thread in threads:
            thread.join()
        waiter.close()
