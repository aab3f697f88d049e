"""The migrations build the schema the models describe, on SQLite and PostgreSQL."""
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from devtools.demo_data import DEMO_USERS, seed_demo
from storage.models import Base, Direction, Message, SenderKind, User


def test_migrations_match_the_models(any_database):
    with any_database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_an_inbound_message_sid_is_stored_once(any_database):
    with any_database.session() as session:
        user = seed_demo(session)[0]
        conversation_id = user.conversation.id

    def store():
        with any_database.session() as session:
            session.add(Message(conversation_id=conversation_id, direction=Direction.INBOUND, channel="sms",
                                sender_kind=SenderKind.USER, body="hei", external_id="SMsame"))

    store()
    with pytest.raises(IntegrityError):
        store()


def test_demo_data_can_be_seeded_twice_without_copies(any_database):
    for _ in range(2):
        with any_database.session() as session:
            seed_demo(session)
    with any_database.session() as session:
        phones = session.execute(select(User.phone_e164)).scalars().all()
    assert sorted(phones) == sorted(u["phone_e164"] for u in DEMO_USERS)
