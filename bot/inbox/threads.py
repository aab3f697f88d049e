"""The thread on the case page and the user page: every message with the user, by whom."""
from sqlalchemy import select

from services.staff.reading import mark_thread_read
from storage.models import Helper, HelperStatus, Message, User, Veileder


def read_thread(s, user: User, veileder_id: int) -> dict:
    """The thread's template values (user, messages, authors, helpers, active_helper). The
    veileder has now read it: committed at once, so that the unread count in the page's
    title, counted in a session of its own, leaves it out."""
    messages = s.execute(
        select(Message).where(Message.conversation_id == user.conversation.id).order_by(Message.id)
    ).scalars().all()
    authors = {v.id: v for v in s.execute(
        select(Veileder).where(Veileder.id.in_({m.author_veileder_id for m in messages if m.author_veileder_id}))
    ).scalars()}
    helpers = {h.id: h for h in s.execute(select(Helper).where(Helper.user_id == user.id)).scalars()}
    active = next((h for h in helpers.values() if h.status is HelperStatus.ACTIVE), None)
    mark_thread_read(s, veileder_id, user.id)
    s.commit()
    return {"user": user, "messages": messages, "authors": authors, "helpers": helpers, "active_helper": active}
