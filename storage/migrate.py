"""Bring a database to the newest schema: ``python -m storage.migrate``."""
from pathlib import Path

from alembic import command
from alembic.config import Config

from storage.db import PROJECT_ROOT


def alembic_config(database_url: str | None = None, configure_logging: bool = True) -> Config:
    config = Config(str(Path(PROJECT_ROOT) / "alembic.ini"))
    config.set_main_option("script_location", str(Path(PROJECT_ROOT) / "storage" / "migrations"))
    config.attributes["database_url"] = database_url
    config.attributes["configure_logging"] = configure_logging
    return config


def upgrade(database_url: str | None = None, configure_logging: bool = True) -> None:
    command.upgrade(alembic_config(database_url, configure_logging), "head")


if __name__ == "__main__":
    upgrade()
