"""Commands: ``flask --app bot seed-demo``, ``flask --app bot text "hei" --from +4791234567``,
``flask --app bot create-api-token kari.nordmann@nav.example`` and ``flask --app bot purge --dry-run``."""
import secrets
import time

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from bot.api.auth import token_hash
from devtools.demo_data import DEMO_VEILEDERE, seed_demo
from devtools.twilio_webhook import new_message_sid, post_inbound_sms
from services.conversation.replies import answer_to
from services.messaging.phone import normalise_phone
from services.retention.purge import describe, purge
from storage.models import ApiToken, InboundState, OutboxMessage, Veileder, utcnow


def register(app: Flask) -> None:
    app.cli.add_command(seed_demo_command)
    app.cli.add_command(text_command)
    app.cli.add_command(create_api_token_command)
    app.cli.add_command(purge_command)


@click.command("seed-demo")
def seed_demo_command() -> None:
    """Adds the demo teams, veiledere and users (with a demo password outside production)."""
    services = current_app.extensions["kontakt"]
    password = services.settings.demo_veileder_password
    with services.db.session() as session:
        users = seed_demo(session, veileder_password=password)
        click.echo(f"demo data ready: {len(users)} users")
    if password:
        click.echo(f"veileder inbox: {services.settings.public_base_url}/inbox/  demo logins: "
                   f"{', '.join(fields['email'] for _, fields in DEMO_VEILEDERE)}  password: {password}")


@click.command("text")
@click.argument("body")
@click.option("--from", "from_number", default="+4791234567", show_default=True,
              help="The phone number the SMS comes from.")
@click.option("--wait", default=20.0, show_default=True, help="Seconds to wait for the reply.")
def text_command(body: str, from_number: str, wait: float) -> None:
    """Sends an SMS to the running service exactly as Twilio would, and prints the reply."""
    services = current_app.extensions["kontakt"]
    settings = services.settings
    message_sid = new_message_sid()
    response = post_inbound_sms(settings.public_base_url, settings.twilio_auth_token,
                                normalise_phone(from_number), body, message_sid=message_sid)
    if response.status_code != 200:
        raise click.ClickException(f"the service answered {response.status_code}: {response.text}")

    for reply in _replies(services.db, message_sid, wait):
        click.echo(f"< {reply}")


SILENT_ANSWERS = {
    InboundState.WAITING_FOR_ASSISTANT: "(no reply yet: the message waits for the assistant, and the user was told)",
    InboundState.PROCESSED: "(no automatic reply: a veileder holds the conversation)",
}


def _replies(db, message_sid: str, wait: float) -> list[str]:
    deadline = time.monotonic() + wait
    while True:
        with db.reading() as session:
            answer = answer_to(session, "sms", message_sid)
            if answer is None:
                unknown = session.execute(
                    select(OutboxMessage.body).where(OutboxMessage.idempotency_key == f"unknown:{message_sid}")
                ).scalars().all()
                return unknown or ["(no reply: this number is not a user's and was answered recently)"]
            if answer.settled:
                return answer.bodies or [SILENT_ANSWERS[answer.state]]
        if time.monotonic() > deadline:
            return ["(no reply yet: is the worker running?)"]
        time.sleep(0.1)


@click.command("create-api-token")
@click.argument("email")
@with_appcontext
def create_api_token_command(email: str) -> None:
    """Makes a JSON API token for the veileder with this e-mail; it is shown only this once."""
    with current_app.extensions["kontakt"].db.session() as session:
        veileder = session.execute(select(Veileder).where(Veileder.email == email.strip().lower())).scalar_one_or_none()
        if veileder is None or not veileder.active:
            raise click.ClickException(f"no active veileder with the e-mail {email}")
        token = secrets.token_urlsafe(32)
        session.add(ApiToken(veileder_id=veileder.id, token_hash=token_hash(token)))
    click.echo(token)


@click.command("purge")
@click.option("--dry-run", is_flag=True, help="Only print what would be removed.")
@with_appcontext
def purge_command(dry_run: bool) -> None:
    """Deletes or blanks what is older than the retention policy (RETAIN_* settings)."""
    services = current_app.extensions["kontakt"]
    for line in describe(purge(services.db, services.settings, utcnow(), dry_run=dry_run), dry_run):
        click.echo(line)
