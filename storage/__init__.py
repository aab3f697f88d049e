"""Storage shared by the Flask app, the Rasa actions and the scheduler.

Every process builds its own engine from ``DATABASE_URL`` (SQLite file by default)
and works through SQLAlchemy 2.0: ``select()`` and ``Session.execute``.
"""
from storage.db import Database, database_url_from_env
from storage.models import Base

__all__ = ["Base", "Database", "database_url_from_env"]
