"""A veileder's answer goes to the user by the channel the user last wrote on, and to the
user's helper by SMS when the veileder chooses so.

By SMS (the default, also for a user who never wrote) it is made fit for SMS and queued in
the outbox (services/messaging/staff_reply.py); in the web chat it is stored in the thread
for the chat page, and an SMS without content follows if it stays unread
(services/webchat/unread.py).
"""
from dataclasses import dataclass

from sqlalchemy import select

from services.messaging.outbox import enqueue_sms
from services.messaging.staff_reply import ReplyRefused, prepare_reply
from services.messaging.threads import post_to_web
from services.people.helpers import active_helper
from storage.models import Conversation, Direction, Helper, Message, SenderKind

# A chat message of a veileder is not cut into SMS, but a page is not a letter either.
MAX_WEB_REPLY_LENGTH = 4000


@dataclass(frozen=True)
class SentReply:
    channel: str | None  # where the user's copy went: "sms" or "web"; None when only the helper got it
    outbox_ids: list[int]  # the SMS to send now (none for the web chat alone)


def reply_channel(session, conversation: Conversation) -> str:
    """The channel of the user's latest message; SMS when there is none."""
    latest = session.execute(
        select(Message.channel).where(Message.conversation_id == conversation.id,
                                      Message.direction == Direction.INBOUND,
                                      Message.sender_kind == SenderKind.USER)
        .order_by(Message.id.desc()).limit(1)
    ).scalar_one_or_none()
    return latest or "sms"


def recipients(session, user_id: int, to: str) -> list[Helper | None]:
    """Who gets the reply: the user (None), the user's helper, or both; ReplyRefused otherwise."""
    if to not in ("helper", "both"):
        return [None]
    helper = active_helper(session, user_id)
    if helper is None or helper.opted_out_at is not None:
        raise ReplyRefused("Hjelperen får ikke meldinger nå (tatt bort eller har sendt STOPP). Send til brukeren.")
    return [helper] if to == "helper" else [None, helper]


def _web_text(body: str) -> str:
    text = (body or "").strip()
    if not text:
        raise ReplyRefused("Svaret er tomt.")
    if len(text) > MAX_WEB_REPLY_LENGTH:
        raise ReplyRefused(f"Svaret er for langt for chatten (høyst {MAX_WEB_REPLY_LENGTH} tegn). Gjør det kortere.")
    return text


def send_veileder_reply(session, conversation: Conversation, veileder_id: int, body: str, reply_key: str,
                        to: str = "user") -> SentReply:
    """Writes the answer in the caller's transaction, once per ``reply_key``; ReplyRefused or
    NotSmsText say why it cannot go as written (nothing is written then)."""
    key = f"staff:{reply_key[:48]}"
    people = recipients(session, conversation.user_id, to)
    channel = reply_channel(session, conversation) if None in people else None
    by_sms = [person for person in people if person is not None or channel == "sms"]
    web_text = _web_text(body) if channel == "web" else None
    parts = prepare_reply(body) if by_sms else []
    if web_text is not None:
        post_to_web(session, conversation, web_text, key, SenderKind.VEILEDER, veileder_id)
    entries = [
        enqueue_sms(session, conversation, part, f"{key}:{index}" if helper is None else f"{key}:h{helper.id}:{index}",
                    sender_kind=SenderKind.VEILEDER, author_veileder_id=veileder_id, helper=helper)
        for helper in by_sms for index, part in enumerate(parts)
    ]
    session.flush()
    return SentReply(channel, [entry.id for entry in entries])
