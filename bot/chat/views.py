"""The chat page: the thread, writing, answering by a tap, the live stream, what was read,
the user's meetings and activity plan, and the SMS notice setting."""
import re
import uuid

from flask import Response, g, redirect, render_template, request, url_for

from bot.chat import blueprint, chat_token, require_login, services, wants_json, words
from bot.live import LiveRow, event_stream_response, last_event_id, stream_rows
from services.activities.replies import open_activities
from services.appointments.booking import coming_appointments
from services.appointments.texts import format_place, format_when
from services.conversation.intake import store_inbound
from services.safety.net import check_message
from services.webchat import sessions
from services.webchat.thread import own_web_message, thread_entries
from services.webchat.unread import mark_read, reader_of
from storage.models import AppointmentStatus, User, utcnow

# As long as one SMS may be (Twilio's limit, bot/sms.py): the pipeline treats both alike.
MAX_BODY_LENGTH = 1600
CLIENT_ID = re.compile(r"^[A-Za-z0-9-]{16,48}$")
SEND_PROBLEMS = ("empty_message", "too_long")


def _language_of(s, user_id: int) -> User:
    user = s.get(User, user_id)
    g.chat_language = user.language
    return user


def _message_html(entry, last: bool = False) -> str:
    return render_template("chat/_message.html", entry=entry, words=words(), last=last)


@blueprint.get("/")
@require_login
def thread():
    now = utcnow()
    with services().db.session() as s:
        user = _language_of(s, g.chat_user_id)
        entries = thread_entries(s, user.id, now)
        if entries:
            mark_read(s, user.id, entries[-1].id, now)
        appointments = coming_appointments(s, user.id, now)
        return render_template(
            "chat/thread.html", words=words(), user=user, entries=entries, client_id=uuid.uuid4().hex,
            appointments=[{"when": format_when(a.starts_at, user.language), "where": format_place(a, user.language),
                           "unconfirmed": a.status is not AppointmentStatus.CONFIRMED,
                           "ics": url_for("appointments_calendar.ics", token=a.ics_token)} for a in appointments],
            activities=[a for a in open_activities(s, user) if a.deadline is not None],
            sms_when_unread=reader_of(s, user.id).sms_when_unread,
            sent=request.args.get("sent") is not None, crisis=request.args.get("help") == "crisis",
            saved=request.args.get("saved") is not None,
            error=request.args.get("error") if request.args.get("error") in SEND_PROBLEMS else None,
        )


def _refused(problem: str):
    if wants_json():
        return {"error": words()[problem]}, 400
    return redirect(url_for("chat.thread", error=problem, _anchor="message-box"))


@blueprint.post("/messages")
@require_login
def send():
    body = request.form.get("body", "").strip()
    client_id = request.form.get("client_id", "")
    with services().db.reading() as s:
        _language_of(s, g.chat_user_id)
    if not body:
        return _refused("empty_message")
    if len(body) > MAX_BODY_LENGTH:
        return _refused("too_long")
    if not CLIENT_ID.match(client_id):
        client_id = uuid.uuid4().hex  # a form from elsewhere: stored, but not kept from a double submit
    kontakt = services()
    if store_inbound(kontakt.db, g.chat_user_id, "web", client_id, body).kind == "duplicate":
        with kontakt.db.reading() as s:
            if own_web_message(s, g.chat_user_id, client_id) is None:  # another user's id: never theirs to reuse
                client_id = uuid.uuid4().hex
                store_inbound(kontakt.db, g.chat_user_id, "web", client_id, body)
    hit = check_message(body)
    crisis = hit is not None and hit.intent == "crisis"
    if not wants_json():
        return redirect(url_for("chat.thread", sent=1, help="crisis" if crisis else None, _anchor="message-box"))
    with kontakt.db.reading() as s:
        mine = own_web_message(s, g.chat_user_id, client_id)
    return {"id": mine.id, "html": _message_html(mine),
            "crisis": render_template("chat/_crisis.html", words=words()) if crisis else None}


@blueprint.post("/read")
@require_login
def read():
    up_to = request.form.get("up_to", "")
    if up_to.isdigit():
        with services().db.session() as s:
            mark_read(s, g.chat_user_id, int(up_to))
    return Response(status=204)


@blueprint.post("/settings")
@require_login
def save_settings():
    with services().db.session() as s:
        reader_of(s, g.chat_user_id).sms_when_unread = request.form.get("sms_when_unread") == "yes"
    return redirect(url_for("chat.thread", saved=1, _anchor="settings"))


@blueprint.get("/events")
def events():
    """New messages of the user's thread as they come; 204 (the browser stops asking) when
    the session has ended. Following the stream does not keep the session going."""
    kontakt, token = services(), chat_token()
    with kontakt.db.reading() as s:
        user_id = sessions.user_of(s, token)
        if user_id is None:
            return Response(status=204)
        _language_of(s, user_id)

    def poll(session, after_id: int):
        entries = thread_entries(session, user_id, after_id=after_id)
        return [LiveRow(e.id, "message", {"id": e.id, "author": e.author, "html": _message_html(e, last=True)})
                for e in entries]

    def still_logged_in(session) -> bool:
        return sessions.user_of(session, token) is not None

    after = last_event_id(request.headers.get("Last-Event-ID"), request.args.get("after"))
    return event_stream_response(stream_rows(kontakt.db, poll, after, still_logged_in))
