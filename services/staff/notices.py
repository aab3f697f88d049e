"""Things the veileder must see about a user, raised by delivery, the activity plan and
appointments.

Stored as ``VeilederNotice`` rows and shown in the inbox to whoever may see the user
(services/staff/access.py), until one of them marks it read. Nothing here is sent to the user.
"""
from datetime import datetime

from sqlalchemy import select

from services.staff.access import visible_users
from storage.models import NoticeKind, User, Veileder, VeilederNotice


def notify_veileder(session, user: User, kind: NoticeKind, *, priority: str = "P3", detail: str = "",
                    activity_id: int | None = None, appointment_id: int | None = None,
                    outbox_id: int | None = None, message_id: int | None = None) -> VeilederNotice:
    notice = VeilederNotice(user_id=user.id, kind=kind, priority=priority, detail=detail,
                            activity_id=activity_id, appointment_id=appointment_id, outbox_id=outbox_id,
                            message_id=message_id)
    session.add(notice)
    return notice


def unread_notices_for(session, veileder: Veileder, now: datetime) -> list[VeilederNotice]:
    """Unread notices about the users ``veileder`` may see, most important and oldest first."""
    return session.execute(
        select(VeilederNotice).join(User, VeilederNotice.user_id == User.id)
        .where(VeilederNotice.read_at.is_(None), visible_users(session, veileder, now))
        .order_by(VeilederNotice.priority, VeilederNotice.created_at, VeilederNotice.id)
    ).scalars().all()


def unread_notices_of(session, user_id: int) -> list[VeilederNotice]:
    return [notice for notice in notices_of_user(session, user_id) if notice.read_at is None]


def notices_of_user(session, user_id: int) -> list[VeilederNotice]:
    """The user's notices, unread first, newest first."""
    return session.execute(
        select(VeilederNotice).where(VeilederNotice.user_id == user_id)
        .order_by(VeilederNotice.read_at.is_not(None), VeilederNotice.created_at.desc(), VeilederNotice.id.desc())
    ).scalars().all()


def mark_read(notice: VeilederNotice, veileder: Veileder, now: datetime) -> None:
    """Marks the notice read for everyone who sees the user (read once, by whoever acts on it)."""
    if notice.read_at is None:
        notice.read_at, notice.read_by_veileder_id = now, veileder.id
