"""The one thread between a user and NAV, kept whole across channels and veileder changes."""
from sqlalchemy import select

from storage.models import Conversation, Direction, Message, SenderKind


def conversation_of(session, user_id: int) -> Conversation:
    """The user's conversation, made on first use."""
    conversation = session.execute(
        select(Conversation).where(Conversation.user_id == user_id)
    ).scalar_one_or_none()
    if conversation is None:
        conversation = Conversation(user_id=user_id)
        session.add(conversation)
    return conversation


def post_to_web(session, conversation: Conversation, body: str, key: str, sender_kind: SenderKind = SenderKind.BOT,
                author_veileder_id: int | None = None) -> None:
    """A message to the user in the web chat (no SMS), once per ``key``; the chat page shows it."""
    already = session.execute(
        select(Message.id).where(Message.channel == "web", Message.external_id == key)
    ).first()
    if already is None:
        session.add(Message(conversation=conversation, direction=Direction.OUTBOUND, channel="web",
                            sender_kind=sender_kind, author_veileder_id=author_veileder_id, body=body,
                            external_id=key))
