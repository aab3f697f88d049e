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

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TRACKER_FILE = "rasa_tracker.db"


def tracker_url(environ=os.environ) -> str:
    """The tracker store's database URL for this environment."""
    if environ.get("RASA_TRACKER_URL"):
        return environ["RASA_TRACKER_URL"]
    app_url = environ.get("DATABASE_URL") or ""
    if app_url.startswith(("postgresql", "postgres:")):
        return app_url.replace("postgres://", "postgresql://", 1)
    app_file = Path(app_url[len("sqlite:///"):]) if app_url.startswith("sqlite:///") else \
        PROJECT_ROOT / "instance" / "kontakt.db"
    return f"sqlite:///{app_file.parent / TRACKER_FILE}"


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
