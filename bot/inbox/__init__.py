"""The veileder inbox: server-rendered pages under /inbox (login, cases, replies, audit).

Every POST carries a CSRF token (Flask-WTF); logins are rate limited per account and
client address; every look at a user's data and every action is written to the audit log.
"""
from flask import Blueprint, Flask
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

blueprint = Blueprint("inbox", __name__, url_prefix="/inbox", template_folder="templates")
csrf = CSRFProtect()
login_manager = LoginManager()


def init_app(app: Flask) -> None:
    # CSRF is checked for the inbox's forms only (the blueprint's before_request):
    # Twilio's webhooks and the API have their own signatures and tokens.
    app.config.update(WTF_CSRF_CHECK_DEFAULT=False, WTF_CSRF_TIME_LIMIT=None)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "inbox.login"
    login_manager.login_message = "Logg inn for å se innboksen."
    login_manager.session_protection = "strong"

    from bot.inbox import appointments, auth, commands, innsyn, labels, notices, users, views  # noqa: F401  (registers the routes)

    app.register_blueprint(blueprint)
    app.cli.add_command(commands.create_veileder_command)
