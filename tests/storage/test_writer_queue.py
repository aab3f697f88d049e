"""On SQLite, writers queue on a lock file beside the database (storage/db.py) instead of
polling SQLite's lock; readers never queue."""
import fcntl
import os
import threading

import pytest
from sqlalchemy import text


@pytest.fixture
def writer_lock(db):
    descriptor = os.open(f"{db.engine.url.database}-writer", os.O_RDWR | os.O_CREAT, 0o600)
    yield descriptor
    os.close(descriptor)


def is_free(descriptor: int) -> bool:
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    fcntl.flock(descriptor, fcntl.LOCK_UN)
    return True


def test_a_write_transaction_holds_the_queue_until_it_commits(db, writer_lock):
    with db.session() as session:
        session.execute(text("SELECT 1"))
        assert not is_free(writer_lock)
    assert is_free(writer_lock)


def test_a_write_transaction_that_fails_leaves_the_queue(db, writer_lock):
    with pytest.raises(ZeroDivisionError):
        with db.session() as session:
            session.execute(text("SELECT 1"))
            1 / 0
    assert is_free(writer_lock)


def test_a_reader_does_not_queue(db, writer_lock):
    with db.reading() as session:
        session.execute(text("SELECT 1"))
        assert is_free(writer_lock)


def test_a_second_writer_waits_in_the_queue_and_goes_in_when_the_first_commits(db):
    happened = []

    def second_writer():
        with db.session() as session:
            session.execute(text("SELECT 1"))
            happened.append("second began")

    with db.session() as first:
        first.execute(text("SELECT 1"))
        second = threading.Thread(target=second_writer)
        second.start()
        second.join(0.5)
        assert second.is_alive() and happened == []
        happened.append("first commits")
    second.join(10)
    assert happened == ["first commits", "second began"]
