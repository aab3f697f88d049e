"""``flask --app bot create-veileder EMAIL --name "Kari Nordmann" --team "Team Oppfølging"``.

The password is asked for (twice, hidden), or read from KONTAKT_VEILEDER_PASSWORD for scripts.
"""
import os

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from storage.models import Team, Veileder

MIN_PASSWORD_LENGTH = 12


@click.command("create-veileder")
@click.argument("email")
@click.option("--name", "full_name", required=True, help="Full name; the first word is what users see.")
@click.option("--team", "team_name", required=True, help="The team's name (made if it does not exist).")
@click.option("--office", default="NAV-kontoret", show_default=True, help="Office name for a new team.")
@click.option("--team-lead", is_flag=True, help="May see every user of the team.")
@with_appcontext
def create_veileder_command(email: str, full_name: str, team_name: str, office: str, team_lead: bool) -> None:
    """Creates a veileder account, or sets a new password for an existing one."""
    password = os.environ.get("KONTAKT_VEILEDER_PASSWORD") or click.prompt(
        "Password", hide_input=True, confirmation_prompt=True)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise click.ClickException(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    email = email.strip().lower()
    with current_app.extensions["kontakt"].db.session() as session:
        team = session.execute(select(Team).where(Team.name == team_name)).scalar_one_or_none()
        if team is None:
            team = Team(name=team_name, office_name=office)
            session.add(team)
        veileder = session.execute(
            select(Veileder).where(func.lower(Veileder.email) == email)
        ).scalar_one_or_none()
        created = veileder is None
        if created:
            veileder = Veileder(email=email, full_name=full_name, first_name=full_name.split()[0], team=team)
            session.add(veileder)
        veileder.full_name, veileder.first_name = full_name, full_name.split()[0]
        veileder.team, veileder.is_team_lead, veileder.active = team, team_lead, True
        veileder.password_hash = generate_password_hash(password)
    click.echo(f"{'created' if created else 'updated'} {email} in {team_name}")
