"""The Flask app factory: Twilio's SMS webhooks, the health check, the veileder inbox
(bot/inbox), the users' web chat (bot/chat), the JSON API and the appointments' calendar
files (bot/api), and the CLI commands."""
import logging

from flask import Flask

from services.runtime import MessagingServices
from services.settings import Settings


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        # Twilio's webhook forms are small; anything larger is not from Twilio.
        MAX_CONTENT_LENGTH=64 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.is_production,
    )
    app.extensions["kontakt"] = MessagingServices.from_settings(settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    from bot import chat, cli, health, inbox, sms
    from bot.api import activities as activities_api
    from bot.api import appointments as appointments_api

    app.register_blueprint(sms.blueprint)
    app.register_blueprint(health.blueprint)
    app.register_blueprint(appointments_api.api)
    app.register_blueprint(appointments_api.calendar)
    app.register_blueprint(activities_api.blueprint)
    inbox.init_app(app)
    chat.init_app(app)
    cli.register(app)
    return app
