"""Innsyn from the user page: everything stored about the user, as a readable page and as
JSON (services/innsyn/export.py). Only for veiledere who may see the user; every export is
audited before it is made, so it lists itself."""
from flask import Response, current_app, json, render_template
from flask_login import login_required

from bot.inbox import blueprint
from bot.inbox.access import user_for_me
from bot.inbox.auth import db
from services.gateways.tracker_store import events_of, tracker_engine
from services.innsyn.export import SECTIONS, user_export
from storage.models import utcnow


def _export(s, user) -> dict:
    services = current_app.extensions["kontakt"]
    sender_id = user.conversation.rasa_sender_id if user.conversation else None
    with tracker_engine(services.db, services.settings.rasa_tracker_url) as engine:
        events = events_of(engine, sender_id) if sender_id else []
    return user_export(s, user, events)


@blueprint.get("/users/<int:user_id>/innsyn")
@login_required
def innsyn_page(user_id: int):
    with db().session() as s:
        user, _ = user_for_me(s, user_id, "innsyn_export", "html")
        return render_template("inbox/innsyn.html", user=user, export=_export(s, user), titles=SECTIONS,
                               now=utcnow())


@blueprint.get("/users/<int:user_id>/innsyn.json")
@login_required
def innsyn_json(user_id: int):
    with db().session() as s:
        user, _ = user_for_me(s, user_id, "innsyn_export", "json")
        body = json.dumps({"eksportert": utcnow().isoformat(), **_export(s, user)}, ensure_ascii=False, indent=1)
    return Response(body, mimetype="application/json",
                    headers={"Content-Disposition": f'attachment; filename="innsyn-bruker-{user_id}.json"'})
