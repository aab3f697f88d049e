"""The Flask app factory: Twilio's SMS webhooks, the health check and the metrics, the veileder
inbox (bot/inbox), the users' web chat (bot/chat), the JSON API and the appointments' calendar
files (bot/api), and the CLI commands."""
from flask import Flask

from services.logs.setup import configure_logging
from services.runtime import MessagingServices
from services.settings import Settings


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        # Sessions signed with the key before a rotation stay valid until it is dropped.
        SECRET_KEY_FALLBACKS=[settings.previous_secret_key] if settings.previous_secret_key else [],
        # Twilio's webhook forms are small; anything larger is not from Twilio.
        MAX_CONTENT_LENGTH=64 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.is_production,
    )
    configure_logging("web")
    app.extensions["kontakt"] = MessagingServices.from_settings(settings)

    from bot import chat, cli, health, inbox, metrics, sms
    from bot.api import activities as activities_api
    from bot.api import appointments as appointments_api

    metrics.init_app(app, app.extensions["kontakt"].db)
    app.register_blueprint(sms.blueprint)
    app.register_blueprint(health.blueprint)
    app.register_blueprint(appointments_api.api)
    app.register_blueprint(appointments_api.calendar)
    app.register_blueprint(activities_api.blueprint)
    inbox.init_app(app)
    chat.init_app(app)
    cli.register(app)
    return app
