"""The veileder's live stream, ``GET /inbox/live``: Server-Sent Events (bot/live.py) about the
users the logged-in veileder may see, and the unread count for the page title. The page
(static/inbox/live.js) fetches what changed itself, audited like any page view."""
from flask import current_app, request
from flask_login import current_user, login_required

from bot.inbox import blueprint
from bot.inbox.auth import db
from bot.live import LiveEvent, event_stream_response, stream_events
from services.staff.changes import changes_for
from services.staff.reading import unread_count
from storage.models import Veileder, utcnow

# A notice changes the lists (of notices, of "Mine brukere") as a case does.
EVENT_KIND = {"message": "thread", "case": "cases", "notice": "cases"}
# The unread count is counted again after any change, and every so many polls without one
# (the veileder may have read a thread in another tab).
UNREAD_RECOUNT_POLLS = 5


def veileder_poll(veileder_id: int):
    polls = 0

    def poll(session, since):
        nonlocal polls
        me = session.get(Veileder, veileder_id)
        now = utcnow()
        changes = changes_for(session, me, since, now)
        events = [LiveEvent(EVENT_KIND[change.what], f"{change.what}:{change.row_id}", change.changed_at,
                            {"user_id": change.user_id}) for change in changes]
        if changes or polls % UNREAD_RECOUNT_POLLS == 0:
            events.append(LiveEvent("unread", "unread", None, {"count": unread_count(session, me, now)}))
        polls += 1
        return events
    return poll


@blueprint.get("/live")
@login_required
def live():
    config = current_app.config
    events = stream_events(db(), veileder_poll(current_user.id), request.headers.get("Last-Event-ID"),
                           interval=config.get("LIVE_POLL_SECONDS", 1.0),
                           lifetime=config.get("LIVE_LIFETIME_SECONDS", 300.0))
    return event_stream_response(events)


@blueprint.context_processor
def unread_in_title():
    """The number of unread messages, in every inbox page's title and menu."""
    if not current_user.is_authenticated:
        return {"unread": 0}
    with db().reading() as s:
        return {"unread": unread_count(s, s.get(Veileder, current_user.id), utcnow())}
