"""Logging in to the chat: the phone number, then the code sent by SMS; and logging out.

Every number gets the same pages whether it is a user's or not (services/webchat/login_codes.py).
The code being checked is named by the browser's own signed session, never by the form.
"""
import time

from flask import redirect, render_template, request, session, url_for

from bot.chat import blueprint, chat_token, services, set_chat_cookie, words
from services.messaging.phone import InvalidPhoneNumber
from services.webchat import sessions
from services.webchat.login_codes import check_code, request_code

PENDING_CODE = "chat_code_id"
CODE_PROBLEMS = {"malformed": "code_malformed", "wrong": "code_wrong", "spent": "code_spent",
                 "expired": "code_expired"}


@blueprint.get("/login")
def login():
    notice = None
    if request.args.get("ended"):
        notice = words()["session_ended"]
    elif request.args.get("out"):
        notice = words()["logged_out"]
    return render_template("chat/login.html", words=words(), notice=notice)


@blueprint.post("/login")
def ask_for_code():
    started = time.monotonic()
    number = request.form.get("phone", "").strip()
    kontakt = services()
    try:
        with kontakt.db.session() as s:
            asked = request_code(s, number, request.remote_addr, kontakt.settings.secret_key)
    except InvalidPhoneNumber:
        return render_template("chat/login.html", words=words(), error=words()["phone_invalid"], phone=number), 400
    # A user's number also queues the SMS, which takes longer: every answer waits until the
    # same moment, so that the time does not tell whose number it is (bench/chat_login.py).
    time.sleep(max(0.0, started + kontakt.settings.chat_login_answer_seconds - time.monotonic()))
    if asked.outcome == "rate_limited":
        return render_template("chat/login.html", words=words(), error=words()["too_many_codes"], phone=number), 429
    session[PENDING_CODE] = asked.code_id
    return redirect(url_for("chat.code"))


@blueprint.get("/login/code")
def code():
    if session.get(PENDING_CODE) is None:
        return redirect(url_for("chat.login"))
    return render_template("chat/code.html", words=words())


@blueprint.post("/login/code")
def check():
    kontakt = services()
    with kontakt.db.session() as s:
        checked = check_code(s, session.get(PENDING_CODE), request.form.get("code", ""), kontakt.settings.secret_key)
        token = sessions.start_session(s, checked.user_id) if checked.outcome == "ok" else None
    if token is None:
        problem = words()[CODE_PROBLEMS[checked.outcome]].format(left=checked.attempts_left)
        can_try_again = checked.outcome in ("malformed", "wrong")
        return render_template("chat/code.html", words=words(), error=problem, can_try_again=can_try_again), 400
    language = session.get("chat_language")
    session.clear()  # nothing from before the login survives it
    if language:
        session["chat_language"] = language
    response = redirect(url_for("chat.thread"))
    set_chat_cookie(response, token)
    return response


@blueprint.post("/logout")
def logout():
    with services().db.session() as s:
        sessions.end_session(s, chat_token())
    response = redirect(url_for("chat.login", out=1))
    set_chat_cookie(response, None)
    return response
