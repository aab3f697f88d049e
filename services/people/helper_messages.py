"""Messages to and from a user's helper: queued to the helper's number under the helper's
and the user's rules (services/messaging/contact_rules.py ``may_reach_helper``), and what
the helper writes, which always goes to a person, never to the assistant."""
from datetime import datetime

from services.cases.escalations import create_escalation
from services.people.helpers import cancel_queued_to, role_word
from services.messaging.contact_rules import may_reach_helper, window_of
from services.messaging.gsm7 import join_when_it_fits
from services.messaging.keywords import HELP_WORDS, START_WORDS, STOP_WORDS, normalise_keyword
from services.messaging.outbox import enqueue_sms
from services.messaging.texts import text
from services.messaging.threads import conversation_of
from services.safety.net import check_message
from services.safety.step import answer_safety_hit
from storage.models import CaseCategory, Helper, Message, MessageCategory, OutboxMessage, SenderKind, utcnow


def queue_for_helper(session, helper: Helper, body: str, category: MessageCategory, key: str,
                     due_at: datetime | None = None) -> OutboxMessage | None:
    """Queues an SMS to the helper, in the user's contact window; None when the helper may
    not get it (the helper's STOPP, the user's choice about reminders, the user's own rules)."""
    requested = due_at or utcnow()
    if not may_reach_helper(session, helper, category, requested):
        return None
    due = window_of(helper.user).next_opening(requested)
    return enqueue_sms(session, conversation_of(session, helper.user_id), body, key, due_at=due,
                       category=category, helper=helper)


def handle_helper_message(session, message: Message) -> list[str] | None:
    """A pre-assistant step, first of all: a message from the user's helper never reaches the
    assistant. STOPP and START are the helper's own; a crisis or an urgent need is answered
    as the user's would be; anything else goes to the user's veileder as a case. The replies
    go back to the helper."""
    if message.sender_kind is not SenderKind.HELPER:
        return None
    helper, user = message.helper, message.conversation.user
    language = user.language
    keyword = normalise_keyword(message.body)
    if keyword in STOP_WORDS:
        if helper.opted_out_at is None:
            helper.opted_out_at = utcnow()
            cancel_queued_to(session, helper, [c for c in MessageCategory if c != MessageCategory.REPLY])
        return [text("helper_stop", language).format(name=user.first_name)]
    if keyword in START_WORDS:
        helper.opted_out_at = None
        return [text("helper_start", language).format(name=user.first_name)]
    if keyword in HELP_WORDS:
        return [text("keyword_help", language)]
    words = f"{helper.name} ({role_word(helper, 'nb')}): {message.body}"
    hit = check_message(message.body)
    if hit is not None:
        return answer_safety_hit(session, user, words, hit, "safety_net")
    thanks = text("helper_received", language).format(name=user.first_name)
    case = create_escalation(session, user, CaseCategory.HELPER_MESSAGE, words, bot_reply=thanks)
    return join_when_it_fits(thanks, case.last_notice)
