"""The service on PostgreSQL with Redis, as in production: Rasa keeps its conversations in the
app's PostgreSQL database (Rasa's SQLTrackerStore, table ``events``) and takes its conversation
locks in Redis (Rasa's RedisLockStore), so that several Rasa servers can serve one user."""
import pytest
from sqlalchemy import text

from tests.conftest import running_stack
from tests.support.redis import TemporaryRedis


@pytest.fixture(scope="module")
def redis_server():
    server = TemporaryRedis().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def production_like(tmp_path_factory, fake_twilio, postgres, redis_server):
    database_url = postgres.create_database("production_like")
    with running_stack(tmp_path_factory.mktemp("pg"), fake_twilio, database_url=database_url,
                       REDIS_URL=redis_server.url) as stack:
        yield stack


def test_rasa_keeps_the_conversation_in_postgresql_and_locks_it_in_redis(production_like, redis_server):
    user = production_like.add_user()
    redis_commands_before = redis_server.commands_processed()

    production_like.text(user.phone_e164, "hei")

    assert production_like.fake_twilio.messages_to(user.phone_e164)[-1].body.startswith("Hei!")
    assert redis_server.commands_processed() > redis_commands_before
    with production_like.db.reading() as session:
        sender_id = session.execute(text("SELECT rasa_sender_id FROM conversations WHERE user_id = :id"),
                                    {"id": user.id}).scalar_one()
        stored = session.execute(text("SELECT type_name, data FROM events WHERE sender_id = :sender ORDER BY id"),
                                 {"sender": sender_id}).all()
    assert [data for kind, data in stored if kind == "user" and '"text": "hei"' in data]
