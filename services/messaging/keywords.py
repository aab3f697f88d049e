"""SMS keywords, answered before the assistant: STOPP, START, HJELP and per-category stops.

The whole message must be the keyword (any case, surrounding spaces and a trailing full stop
or exclamation mark allowed), so that "stopp å sende sjåførjobber" still reaches the
assistant. STOPP ends everything that is not a reply to the user's own messages and is
confirmed once; what is already queued is cancelled here and, if it slips past, at dispatch.
"""
import re

from sqlalchemy import delete, select, update

from services.messaging.contact_rules import JOB_CATEGORIES, REMINDER_CATEGORIES
from services.messaging.texts import text
from storage.models import CategoryOptOut, Message, MessageCategory, OutboxMessage, OutboxState, User, utcnow

STOP_WORDS = {"stopp", "stop", "avslutt", "unsubscribe"}
START_WORDS = {"start", "unstop"}
HELP_WORDS = {"hjelp", "help"}
CATEGORY_STOPS = {
    "stopp jobb": JOB_CATEGORIES, "stopp jobber": JOB_CATEGORIES,
    "stop job": JOB_CATEGORIES, "stop jobs": JOB_CATEGORIES,
    "stopp påminnelse": REMINDER_CATEGORIES, "stopp påminnelser": REMINDER_CATEGORIES,
    "stopp paminnelse": REMINDER_CATEGORIES, "stopp paminnelser": REMINDER_CATEGORIES,
    "stop reminder": REMINDER_CATEGORIES, "stop reminders": REMINDER_CATEGORIES,
}


def normalise_keyword(body: str) -> str:
    return re.sub(r"\s+", " ", body.strip().rstrip(".!").strip()).casefold()


def handle_keyword(session, message: Message) -> list[str] | None:
    """A step of ``services.conversation.pipeline.PRE_ASSISTANT_STEPS``: the replies to a
    keyword, or None for any other message."""
    keyword = normalise_keyword(message.body)
    user = message.conversation.user
    if keyword in STOP_WORDS:
        return stop_everything(session, user)
    if keyword in START_WORDS:
        return _start(session, user)
    if keyword in HELP_WORDS:
        return [text("keyword_help", user.language)]
    if keyword in CATEGORY_STOPS:
        return _stop_categories(session, user, CATEGORY_STOPS[keyword])
    return None


def _cancel_queued(session, user: User, categories) -> None:
    queued = (select(OutboxMessage.id)
              .join(Message, OutboxMessage.message_id == Message.id)
              .where(Message.conversation_id == user.conversation.id,
                     OutboxMessage.state == OutboxState.PENDING,
                     OutboxMessage.category.in_(categories)))
    session.execute(
        update(OutboxMessage).where(OutboxMessage.id.in_(queued))
        .values(state=OutboxState.CANCELLED, last_error="opted out")
        .execution_options(synchronize_session=False)
    )


def stop_everything(session, user: User) -> list[str]:
    """STOPP (also the confirmed opt_out intent, actions/preferences.py): the confirmation,
    or nothing when the user had stopped already."""
    if user.opted_out_at is not None:
        return []  # confirmed once already
    user.opted_out_at = utcnow()
    _cancel_queued(session, user, [c for c in MessageCategory if c != MessageCategory.REPLY])
    return [text("keyword_stop", user.language)]


def _start(session, user: User) -> list[str]:
    user.opted_out_at = None
    user.carrier_opted_out_at = None
    session.execute(delete(CategoryOptOut).where(CategoryOptOut.user_id == user.id))
    return [text("keyword_start", user.language)]


def _stop_categories(session, user: User, categories) -> list[str]:
    stopped = set(session.execute(
        select(CategoryOptOut.category).where(CategoryOptOut.user_id == user.id)
    ).scalars())
    session.add_all(CategoryOptOut(user_id=user.id, category=c) for c in categories if c not in stopped)
    _cancel_queued(session, user, list(categories))
    key = "keyword_stop_jobs" if categories == JOB_CATEGORIES else "keyword_stop_reminders"
    return [text(key, user.language)]
