"""Rasa's tracker store table, made as Rasa 3.6's SQLTrackerStore makes it (rasa/core/tracker_store.py,
SQLEvent), for tests of the app's side that read or purge it without running Rasa."""
import sqlalchemy as sa


def rasa_events_table(engine) -> sa.Table:
    metadata = sa.MetaData()
    table = sa.Table("events", metadata, sa.Column("id", sa.Integer, primary_key=True),
                     sa.Column("sender_id", sa.String(255), nullable=False, index=True),
                     sa.Column("type_name", sa.String(255), nullable=False), sa.Column("timestamp", sa.Float),
                     sa.Column("intent_name", sa.String(255)), sa.Column("action_name", sa.String(255)),
                     sa.Column("data", sa.Text))
    metadata.create_all(engine)
    return table
