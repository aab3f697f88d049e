"""The web chat for users under /chat: log in with the phone number and a code by SMS, then
the whole thread across SMS and web, answered live (Server-Sent Events, bot/live.py).

A channel adapter of the pipeline like the SMS webhook: a message is checked, stored with
``services.conversation.intake.store_inbound`` and answered by the workers. The pages work
without JavaScript (plain forms that post and reload); chat.js makes them live. No request
leaves the service's own origin (a strict Content-Security-Policy), every POST carries a
CSRF token, and a user sees only their own thread: the session names the user, never a
parameter.
"""
from functools import wraps

from flask import Blueprint, Flask, current_app, g, redirect, request, session, url_for

from bot.chat.wording import words_for
from services.webchat import sessions

blueprint = Blueprint("chat", __name__, url_prefix="/chat", template_folder="templates",
                      static_folder="static")

COOKIE = "kontakt_chat"
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                           "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def init_app(app: Flask) -> None:
    from bot.chat import login, views  # noqa: F401  (registers the routes)

    app.register_blueprint(blueprint)


def services():
    return current_app.extensions["kontakt"]


def words() -> dict[str, str]:
    """The page's words: the logged-in user's language, else the one chosen on the login page."""
    return words_for(g.get("chat_language") or session.get("chat_language"))


def chat_token() -> str | None:
    return request.cookies.get(COOKIE)


def set_chat_cookie(response, token: str | None) -> None:
    if token is None:
        response.delete_cookie(COOKIE, path="/chat")
        return
    response.set_cookie(COOKIE, token, path="/chat", httponly=True, samesite="Lax",
                        secure=current_app.config["SESSION_COOKIE_SECURE"])


@blueprint.before_request
def protect_forms():
    if request.method == "POST":
        current_app.extensions["csrf"].protect()
    chosen = request.args.get("lang")
    if chosen in ("nb", "en"):
        session["chat_language"] = chosen


@blueprint.after_request
def no_caching_framing_or_other_origins(response):
    if request.endpoint != "chat.static":
        # The pages hold personal data: never cached.
        response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def wants_json() -> bool:
    """The page's script sends its forms with ``Accept: application/json``; a plain form does not."""
    return request.accept_mimetypes.best == "application/json"


def logged_in_user() -> int | None:
    """The user whose session this is, counted as activity (it keeps the session going)."""
    with services().db.session() as s:
        return sessions.touch(s, chat_token())


def require_login(view):
    """Runs ``view`` with ``g.chat_user_id`` set; otherwise back to the login page (a script
    that asked for JSON gets 401)."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        user_id = logged_in_user()
        if user_id is None:
            if wants_json():
                response = current_app.make_response(({"error": "logged_out"}, 401))
            else:
                response = redirect(url_for("chat.login", ended=1 if chat_token() else None))
            set_chat_cookie(response, None)
            return response
        g.chat_user_id = user_id
        return view(*args, **kwargs)

    return wrapped
