"""Where Rasa's tracker store keeps its ``events`` table, from the environment alone.

Only the standard library: the Rasa server's stores (rasa_server/stores.py) and the app's
retention purge (services/retention/purge.py), in their two environments, both read it.
"""
import os
from pathlib import Path

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
