"""Where the Rasa server keeps conversations and their locks, chosen by the environment.

Conversations survive a restart of Rasa: ``DatabaseTrackerStore`` is Rasa's own
``SQLTrackerStore`` (its table ``events``) in PostgreSQL when ``DATABASE_URL`` names one (the
app's database), else in a SQLite file of its own beside the app's (``rasa_tracker.db``).
``RASA_TRACKER_URL`` overrides both. Several Rasa servers can serve one conversation when
``REDIS_URL`` is set: ``EnvironmentLockStore`` is then Rasa's ``RedisLockStore``, else its
in-memory one.
"""
import os
from pathlib import Path
from typing import Any, Optional

from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy.engine.url import make_url

from rasa_server.locations import tracker_url

__all__ = ["DatabaseTrackerStore", "EnvironmentLockStore", "tracker_url"]


class DatabaseTrackerStore(SQLTrackerStore):
    def __init__(self, domain=None, host: Optional[str] = None, event_broker=None, **kwargs: Any) -> None:
        url = tracker_url()
        if url.startswith("sqlite:///"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        # Rasa takes a whole database URL in place of a host name.
        super().__init__(domain=domain, host=url, event_broker=event_broker, **kwargs)


class EnvironmentLockStore(LockStore):
    """Rasa builds a custom lock store by calling its class; this one answers with Rasa's own
    store for the environment, so nothing of Rasa's locking is written again here."""

    def __new__(cls, endpoint_config=None) -> LockStore:  # type: ignore[misc]
        redis_url = os.environ.get("REDIS_URL")
        if not redis_url:
            return InMemoryLockStore()
        url = make_url(redis_url)
        return RedisLockStore(host=url.host or "localhost", port=url.port or 6379, username=url.username,
                              db=int(url.database or 0), password=url.password,
                              use_ssl=url.drivername == "rediss")
