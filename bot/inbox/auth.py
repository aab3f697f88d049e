"""Login and logout for veiledere: hashed passwords, a rate limit per account and address and a
progressive delay per account, an idle-safe session."""
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask_login import UserMixin, current_user, login_required, login_user, logout_user
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from bot.inbox import blueprint, csrf, login_manager
from services.metrics.definitions import LOGIN_FAILURES, RATE_LIMIT_REFUSALS, after_commit
from services.staff.access import audit
from storage.models import LoginFailure, Veileder, utcnow

MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
# Across addresses, an account's failures in a day slow every further try: the first
# ACCOUNT_FREE_FAILURES are free, then each waits twice as long as the last after the latest
# failure, from ACCOUNT_FIRST_DELAY up to ACCOUNT_MAX_DELAY. A try refused for waiting is not a
# failure: nobody can keep a veileder out for longer than ACCOUNT_MAX_DELAY after their own try.
ACCOUNT_FREE_FAILURES = 5
ACCOUNT_WINDOW = timedelta(hours=24)
ACCOUNT_FIRST_DELAY = timedelta(seconds=30)
ACCOUNT_MAX_DELAY = timedelta(minutes=5)
# A plain path inside the inbox: no scheme, host, backslash, space or control character.
_PLAIN_INBOX_PATH = re.compile(r"/inbox(/[\w.~-]+)*/?(\?[\w.~=&%-]*)?(#[\w-]*)?", re.ASCII)
# Checked when the e-mail is unknown, so that a wrong e-mail takes as long as a wrong password.
_NO_ACCOUNT_HASH = generate_password_hash("no account has this password")


@dataclass
class Staff(UserMixin):
    """The logged-in veileder, as the pages need them (no ORM object kept in the request)."""

    id: int
    first_name: str
    full_name: str
    team_id: int
    is_team_lead: bool

    @classmethod
    def of(cls, veileder: Veileder) -> "Staff":
        return cls(veileder.id, veileder.first_name, veileder.full_name, veileder.team_id, veileder.is_team_lead)


def db():
    return current_app.extensions["kontakt"].db


@login_manager.user_loader
def load_staff(staff_id: str) -> Staff | None:
    with db().session() as s:
        veileder = s.get(Veileder, int(staff_id))
        return Staff.of(veileder) if veileder is not None and veileder.active else None


@blueprint.before_request
def protect_forms_and_expire_sessions():
    if request.method == "POST":
        csrf.protect()
    logged_in_at = session.get("logged_in_at")
    max_age = timedelta(hours=current_app.extensions["kontakt"].settings.inbox_session_hours)
    if current_user.is_authenticated and (
            logged_in_at is None or utcnow() - datetime.fromisoformat(logged_in_at) > max_age):
        logout_user()
        session.clear()
        flash("Du var logget inn lenge, så du er logget ut. Logg inn igjen.")
        return redirect(url_for("inbox.login"))
    return None


@blueprint.after_request
def no_caching_or_framing(response):
    # The pages hold personal data: never cached, never framed, no scripts from elsewhere.
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Content-Security-Policy"] = ("default-src 'self'; object-src 'none'; base-uri 'none'; "
                                                    "form-action 'self'; frame-ancestors 'none'")
    return response


def _failure_key(email: str, address: str | None) -> str:
    """A keyed hash of the account and the client address, or of the account alone (``None``)."""
    secret = current_app.config["SECRET_KEY"]
    scope = "account" if address is None else address
    return hashlib.sha256(f"{secret}|{email.strip().lower()}|{scope}".encode()).hexdigest()


def safe_next(target: str | None, fallback: str | None = None) -> str:
    """``target`` when it is a plain path of the inbox, else ``fallback`` (the case list)."""
    if target and _PLAIN_INBOX_PATH.fullmatch(target) and "//" not in target and ".." not in target:
        return target
    return fallback or url_for("inbox.cases")


def account_wait(failure_times: list[datetime], now: datetime) -> timedelta:
    """How long a new try for an account must still wait, given its failures of the last day."""
    extra = len(failure_times) - ACCOUNT_FREE_FAILURES
    if extra < 0:
        return timedelta(0)
    delay = min(ACCOUNT_FIRST_DELAY * 2 ** extra, ACCOUNT_MAX_DELAY)
    return max(timedelta(0), max(failure_times) + delay - now)


def _failures(s, key: str, since: datetime) -> list[datetime]:
    return s.execute(
        select(LoginFailure.created_at).where(LoginFailure.key_hash == key, LoginFailure.created_at > since)
    ).scalars().all()


def _refused_for_now(email: str, wait: timedelta | None = None):
    if wait is None:
        message = "For mange forsøk. Vent et kvarter og prøv igjen."
    else:
        seconds = max(1, round(wait.total_seconds()))
        message = f"For mange forsøk på denne kontoen. Vent {seconds} sekunder og prøv igjen."
    return render_template("inbox/login.html", error=message, email=email), 429


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("inbox/login.html", next=request.args.get("next", ""))
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    key, account_key = _failure_key(email, request.remote_addr), _failure_key(email, None)
    now = utcnow()
    with db().session() as s:
        veileder = s.execute(select(Veileder).where(func.lower(Veileder.email) == email)).scalar_one_or_none()
        veileder_id = veileder.id if veileder else None
        if len(_failures(s, key, now - FAILURE_WINDOW)) >= MAX_FAILURES:
            audit(s, veileder_id, None, "login", False, "rate limited")
            after_commit(s, RATE_LIMIT_REFUSALS.labels("login").inc)
            return _refused_for_now(email)
        wait = account_wait(_failures(s, account_key, now - ACCOUNT_WINDOW), now)
        if wait:
            audit(s, veileder_id, None, "login", False, "account slowed down")
            after_commit(s, RATE_LIMIT_REFUSALS.labels("login_account").inc)
            return _refused_for_now(email, wait)
        password_hash = veileder.password_hash if veileder is not None and veileder.active else None
        good = check_password_hash(password_hash or _NO_ACCOUNT_HASH, password) and password_hash is not None
        if not good:
            s.add_all([LoginFailure(key_hash=key, created_at=now), LoginFailure(key_hash=account_key, created_at=now)])
            audit(s, veileder_id, None, "login", False, "wrong e-mail or password")
            after_commit(s, LOGIN_FAILURES.inc)
            return render_template("inbox/login.html", error="Feil e-post eller passord.", email=email), 401
        audit(s, veileder_id, None, "login", True)
        staff = Staff.of(veileder)
    session.clear()  # a fresh session: nothing from before the login survives it
    login_user(staff)
    session["logged_in_at"] = now.isoformat()
    return redirect(safe_next(request.form.get("next")))


@blueprint.post("/logout")
@login_required
def logout():
    with db().session() as s:
        audit(s, current_user.id, None, "logout", True)
    logout_user()
    session.clear()
    flash("Du er logget ut.")
    return redirect(url_for("inbox.login"))
