from logging.config import fileConfig

from alembic import context

from storage.db import Database
from storage.models import Base

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logging", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def only_the_apps_tables(obj, name, type_, reflected, compare_to) -> bool:
    """Rasa's tracker store keeps its own table (``events``) in the same PostgreSQL database:
    not ours to migrate."""
    return not (type_ == "table" and reflected and compare_to is None)


def run_migrations_online() -> None:
    url = config.attributes.get("database_url")  # None: DATABASE_URL or the default SQLite file
    database = Database(url)
    with database.engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=database.is_sqlite,
            compare_type=True,
            include_object=only_the_apps_tables,
        )
        with context.begin_transaction():
            context.run_migrations()
    database.dispose()


run_migrations_online()
