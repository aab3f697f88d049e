"""The action server's connection to the shared storage, opened once per process, and the base
of the actions that work for the user behind the conversation."""
from abc import ABC, abstractmethod
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from storage.db import Database
from storage.models import Conversation, Direction, Message, User


@lru_cache(maxsize=1)
def database() -> Database:
    return Database()


def conversation_for_sender(session, sender_id: str) -> Conversation | None:
    """The conversation Rasa knows by ``sender_id`` (an opaque id, never a phone number)."""
    return session.execute(
        select(Conversation).where(Conversation.rasa_sender_id == sender_id)
    ).scalar_one_or_none()


def latest_inbound_message_id(session, conversation: Conversation) -> int | None:
    """The user's message the assistant is answering now (stored before the assistant saw it)."""
    return session.execute(
        select(Message.id).where(Message.conversation_id == conversation.id, Message.direction == Direction.INBOUND)
        .order_by(Message.id.desc()).limit(1)
    ).scalar_one_or_none()


class UserAction(Action, ABC):
    """Runs ``run_for_user`` in one session for the user behind ``tracker.sender_id``; a sender
    with no conversation gets ``utter_default``.

    Abstract, so rasa-sdk's action server does not try to register it.
    """

    @abstractmethod
    def name(self) -> str:
        ...

    @abstractmethod
    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        ...

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        with database().session() as session:
            conversation = conversation_for_sender(session, tracker.sender_id)
            if conversation is None:
                dispatcher.utter_message(response="utter_default")
                return []
            return self.run_for_user(session, conversation.user, dispatcher, tracker, domain)
