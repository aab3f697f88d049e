"""The one thread between a user and NAV, kept whole across channels and veileder changes."""
from sqlalchemy import select

from storage.models import Conversation


def conversation_of(session, user_id: int) -> Conversation:
    """The user's conversation, made on first use."""
    conversation = session.execute(
        select(Conversation).where(Conversation.user_id == user_id)
    ).scalar_one_or_none()
    if conversation is None:
        conversation = Conversation(user_id=user_id)
        session.add(conversation)
    return conversation
