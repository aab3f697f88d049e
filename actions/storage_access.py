"""The action server's connection to the shared storage, opened once per process."""
from functools import lru_cache

from sqlalchemy import select

from storage.db import Database
from storage.models import Conversation


@lru_cache(maxsize=1)
def database() -> Database:
    return Database()


def conversation_for_sender(session, sender_id: str) -> Conversation | None:
    """The conversation Rasa knows by ``sender_id`` (an opaque id, never a phone number)."""
    return session.execute(
        select(Conversation).where(Conversation.rasa_sender_id == sender_id)
    ).scalar_one_or_none()
