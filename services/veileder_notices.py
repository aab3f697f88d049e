"""Things the veileder must see about a user, raised by delivery and the activity plan.

Stored as ``VeilederNotice`` rows for the veileder's inbox. Nothing here is sent to the user.
"""
from sqlalchemy import select

from storage.models import NoticeKind, User, VeilederNotice


def notify_veileder(session, user: User, kind: NoticeKind, *, priority: str = "P3", detail: str = "",
                    activity_id: int | None = None, outbox_id: int | None = None,
                    message_id: int | None = None) -> VeilederNotice:
    notice = VeilederNotice(user_id=user.id, kind=kind, priority=priority, detail=detail,
                            activity_id=activity_id, outbox_id=outbox_id, message_id=message_id)
    session.add(notice)
    return notice


def open_notices(session, user: User, kind: NoticeKind) -> list[VeilederNotice]:
    return session.execute(
        select(VeilederNotice).where(VeilederNotice.user_id == user.id, VeilederNotice.kind == kind,
                                     VeilederNotice.resolved_at.is_(None))
    ).scalars().all()
