"""What changed since a moment in the threads and cases of the users a veileder may see
(services/staff/access.py): new messages, delivery reports, new and changed cases, new
notices. The inbox's live stream (bot/inbox/live.py) polls these."""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from services.staff.access import visible_users
from storage.models import Conversation, Escalation, Message, User, Veileder, VeilederNotice


@dataclass(frozen=True)
class Change:
    what: str  # "message", "case" or "notice"
    row_id: int
    user_id: int
    changed_at: datetime


def changes_for(session, veileder: Veileder, since: datetime, now: datetime) -> list[Change]:
    """Messages, cases and notices changed after ``since``, oldest first.

    The rows changed since a moment are few and found by their index; only their users are
    then checked against what the veileder may see, so a poll when nothing changed costs
    three index lookups."""
    changes = [Change("message", *row) for row in session.execute(
        select(Message.id, Conversation.user_id, Message.updated_at)
        .join(Conversation, Message.conversation_id == Conversation.id).where(Message.updated_at > since)
    )] + [Change("case", *row) for row in session.execute(
        select(Escalation.id, Escalation.user_id, Escalation.updated_at).where(Escalation.updated_at > since)
    )] + [Change("notice", *row) for row in session.execute(
        select(VeilederNotice.id, VeilederNotice.user_id, VeilederNotice.created_at)
        .where(VeilederNotice.created_at > since)
    )]
    if not changes:
        return []
    seen = set(session.execute(
        select(User.id).where(User.id.in_({change.user_id for change in changes}), visible_users(session, veileder, now))
    ).scalars())
    return sorted((change for change in changes if change.user_id in seen), key=lambda change: change.changed_at)
