"""The user's answer to "may this person be your helper?": a pre-assistant step.

Only a plain yes or no counts, and only as the answer to the last SMS NAV sent the user,
once it was sent: anything else, or a yes after another question, goes on to the keywords
and the assistant as usual. Silence is never a yes: the question waits, and the veileder
sees that it waits.
"""
import re

from sqlalchemy import select

from services.people.helpers import role_word
from services.people.helper_messages import queue_for_helper
from services.messaging.keywords import normalise_keyword
from services.messaging.texts import text
from services.staff.notices import notify_veileder
from storage.models import (
    Direction,
    Helper,
    HelperStatus,
    Message,
    MessageCategory,
    NoticeKind,
    OutboxMessage,
    OutboxState,
    SenderKind,
    utcnow,
)

YES = {"ja", "ja takk", "jepp", "yes"}
YES_WITH_REMINDERS = {"ja alt", "ja alt takk", "yes all"}
NO = {"nei", "nei takk", "no"}


def _last_sms_to_user(session, message: Message) -> int | None:
    """The newest SMS sent to the user (not to a helper) before ``message``."""
    return session.execute(
        select(Message.id).join(OutboxMessage, OutboxMessage.message_id == Message.id)
        .where(Message.conversation_id == message.conversation_id, Message.direction == Direction.OUTBOUND,
               Message.helper_id.is_(None), Message.id < message.id, OutboxMessage.state == OutboxState.SENT)
        .order_by(Message.id.desc()).limit(1)
    ).scalar_one_or_none()


def answer_helper_question(session, message: Message) -> list[str] | None:
    if message.direction is not Direction.INBOUND or message.sender_kind is not SenderKind.USER:
        return None
    answer = re.sub(r"[\s,]+", " ", normalise_keyword(message.body)).strip()
    if answer not in YES | YES_WITH_REMINDERS | NO:
        return None
    user = message.conversation.user
    helper = session.execute(
        select(Helper).where(Helper.user_id == user.id, Helper.status == HelperStatus.ASKED)
    ).scalars().first()
    if helper is None or helper.question_message_id != _last_sms_to_user(session, message):
        return None
    language, role = user.language, role_word(helper, user.language)
    helper.answered_at = utcnow()
    if answer in NO:
        helper.status = HelperStatus.DECLINED
        notify_veileder(session, user, NoticeKind.HELPER_ANSWERED, message_id=message.id,
                        detail=f"{user.first_name} sa nei til {helper.name} som {role_word(helper, 'nb')}.")
        return [text("helper_no", language).format(helper=helper.name)]
    helper.status = HelperStatus.ACTIVE
    helper.gets_reminders = answer in YES_WITH_REMINDERS
    notify_veileder(session, user, NoticeKind.HELPER_ANSWERED, message_id=message.id,
                    detail=f"{user.first_name} sa ja til {helper.name} som {role_word(helper, 'nb')}"
                           + (", også med påminnelser om møter." if helper.gets_reminders else "."))
    welcome = text("helper_welcome", language).format(helper=helper.name, name=user.first_name, role=role)
    queue_for_helper(session, helper, welcome, MessageCategory.SYSTEM, f"helper-welcome:{helper.id}")
    key = "helper_yes_reminders" if helper.gets_reminders else "helper_yes"
    return [text(key, language).format(helper=helper.name, role=role)]
