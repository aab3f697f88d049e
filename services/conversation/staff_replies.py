"""A veileder's answer goes to the user by the channel the user last wrote on.

By SMS (the default, also for a user who never wrote) it is made fit for SMS and queued in
the outbox (services/messaging/staff_reply.py); in the web chat it is stored in the thread
for the chat page, and an SMS without content follows if it stays unread
(services/webchat/unread.py).
"""
from dataclasses import dataclass

from sqlalchemy import select

from services.messaging.outbox import enqueue_sms
from services.messaging.gsm7 import NotSmsText
from services.messaging.staff_reply import prepare_reply
from services.messaging.threads import post_to_web
from storage.models import Conversation, Direction, Message, SenderKind

# A chat message of a veileder is not cut into SMS, but a page is not a letter either.
MAX_WEB_REPLY_LENGTH = 4000


class ReplyError(ValueError):
    """The answer cannot go as written; the message says why, for the veileder."""


@dataclass(frozen=True)
class SentReply:
    channel: str  # "sms" or "web"
    outbox_ids: list[int]  # the SMS to send now (none for the web chat)


def reply_channel(session, conversation: Conversation) -> str:
    """The channel of the user's latest message; SMS when there is none."""
    latest = session.execute(
        select(Message.channel).where(Message.conversation_id == conversation.id,
                                      Message.direction == Direction.INBOUND,
                                      Message.sender_kind == SenderKind.USER)
        .order_by(Message.id.desc()).limit(1)
    ).scalar_one_or_none()
    return latest or "sms"


def send_veileder_reply(session, conversation: Conversation, veileder_id: int, body: str,
                        reply_key: str) -> SentReply:
    """Writes the answer in the caller's transaction, once per ``reply_key``; ReplyError says
    why it cannot go as written."""
    key = f"staff:{reply_key[:48]}"
    if reply_channel(session, conversation) == "web":
        text = (body or "").strip()
        if not text:
            raise ReplyError("Svaret er tomt.")
        if len(text) > MAX_WEB_REPLY_LENGTH:
            raise ReplyError(f"Svaret er for langt for chatten (høyst {MAX_WEB_REPLY_LENGTH} tegn). Gjør det kortere.")
        post_to_web(session, conversation, text, key, SenderKind.VEILEDER, veileder_id)
        return SentReply("web", [])
    try:
        parts = prepare_reply(body)
    except NotSmsText as error:
        raise ReplyError(str(error)) from error
    entries = [enqueue_sms(session, conversation, part, f"{key}:{index}", sender_kind=SenderKind.VEILEDER,
                           author_veileder_id=veileder_id)
               for index, part in enumerate(parts)]
    session.flush()
    return SentReply("sms", [entry.id for entry in entries])
