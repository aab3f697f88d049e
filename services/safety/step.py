"""Crisis and urgent need: answered at once, before the assistant, and passed to a person.

``check_safety`` is a step of ``services.conversation.pipeline.PRE_ASSISTANT_STEPS`` (after the keywords,
before a veileder's hold, so it also runs while a veileder holds the case). The message it
handles never reaches Rasa. The Rasa actions for the `crisis` and `urgent_need` intents
(actions/safety.py) answer the same way when the model catches what the safety net did not.

A crisis, and danger from someone at home, also pause reminders, nudges and job matches for
``CRISIS_PAUSE`` (``User.nudges_paused_until``, checked by services/messaging/contact_rules.py
when a message is scheduled and again when it is sent): the veileder talks to the user first.
What falls due meanwhile is not sent later. The case records why it was raised (``safety_reason``).
"""
from datetime import timedelta

from services.cases.escalations import create_escalation
from services.messaging.texts import text
from services.metrics.definitions import SAFETY_DETECTIONS, after_commit
from services.safety.net import SafetyHit, check_message
from storage.models import CaseCategory, Direction, Message, SenderKind, User, utcnow

CRISIS_PAUSE = timedelta(days=7)
MONEY_CATEGORIES = {"no_food", "no_money"}
# Danger from someone, or to someone else now: the reply names the police (112), and nudges pause as
# for a crisis.
DANGER_CATEGORIES = {"violence", "unsafe_home"}


def first_reply_key(hit: SafetyHit) -> str:
    if hit.category in DANGER_CATEGORIES:
        return "safety_violence"
    if hit.intent == "crisis":
        return "safety_crisis"
    return "safety_urgent_money" if hit.category in MONEY_CATEGORIES else "safety_urgent"


def answer_safety_hit(session, user: User, words: str, hit: SafetyHit, detected_by: str,
                      reason: str | None = None) -> list[str]:
    """The help text at once, then who reads the P1 case and by when. ``detected_by`` is
    ``safety_net`` or ``model`` (Rasa's intent), for the metrics; ``reason`` (default: the
    hit's own) is stored on the case so that the veileder sees why it was raised."""
    after_commit(session, SAFETY_DETECTIONS.labels(hit.intent, detected_by).inc)
    help_text = text(first_reply_key(hit), user.language)
    if hit.intent == "crisis" or hit.category in DANGER_CATEGORIES:
        paused_until = utcnow() + CRISIS_PAUSE
        if user.nudges_paused_until is None or user.nudges_paused_until < paused_until:
            user.nudges_paused_until = paused_until
    category = CaseCategory.CRISIS if hit.intent == "crisis" else CaseCategory.URGENT_NEED
    case = create_escalation(session, user, category, words, bot_reply=help_text)
    case.safety_reason = reason or hit.reason
    return [help_text, case.last_notice]


def check_safety(session, message: Message) -> list[str] | None:
    """Pre-assistant step: a crisis or urgent need is answered here, never by the assistant."""
    if message.direction is not Direction.INBOUND or message.sender_kind is not SenderKind.USER:
        return None
    hit = check_message(message.body)
    if hit is None:
        return None
    return answer_safety_hit(session, message.conversation.user, message.body, hit, "safety_net")
