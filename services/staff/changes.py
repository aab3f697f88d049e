"""What changed since a moment in the threads and cases of the users a veileder may see
(services/staff/access.py): new messages, delivery reports, new and changed cases. The
inbox's live stream (bot/inbox/live.py) polls these."""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from services.staff.access import visible_users
from storage.models import Conversation, Escalation, Message, User, Veileder


@dataclass(frozen=True)
class Change:
    what: str  # "message" or "case"
    row_id: int
    user_id: int
    changed_at: datetime


def changes_for(session, veileder: Veileder, since: datetime, now: datetime) -> list[Change]:
    """Messages and cases changed after ``since``, oldest first."""
    visible = visible_users(session, veileder, now)
    messages = session.execute(
        select(Message.id, Conversation.user_id, Message.updated_at)
        .join(Conversation, Message.conversation_id == Conversation.id)
        .join(User, Conversation.user_id == User.id)
        .where(Message.updated_at > since, visible)
    ).all()
    cases = session.execute(
        select(Escalation.id, Escalation.user_id, Escalation.updated_at)
        .join(User, Escalation.user_id == User.id)
        .where(Escalation.updated_at > since, visible)
    ).all()
    changes = [Change("message", *row) for row in messages] + [Change("case", *row) for row in cases]
    return sorted(changes, key=lambda change: change.changed_at)
