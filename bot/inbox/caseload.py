"""'Mine brukere': the veileder's own users, the ones who need attention first, with the
reasons in words (services/people/caseload.py), and the search for a user by name or number."""
from flask import current_app, render_template, request
from flask_login import current_user, login_required

from bot.inbox import blueprint
from bot.inbox.auth import db
from bot.inbox.labels import CATEGORY_LABELS
from services.people.caseload import caseload as caseload_of
from services.staff.access import audit
from services.staff.search import search_users
from storage.models import Veileder, utcnow


@blueprint.get("/mine")
@login_required
def caseload():
    with db().session() as s:
        me = s.get(Veileder, current_user.id)
        entries = caseload_of(s, me, utcnow(), lambda value: CATEGORY_LABELS.get(value, value),
                              current_app.extensions["kontakt"].settings.caseload_quiet_weeks)
        for entry in entries:
            audit(s, me.id, entry.user.id, "list_caseload", True, f"weight {entry.weight}")
        return render_template("inbox/caseload.html", entries=entries)


@blueprint.get("/search")
@login_required
def search():
    query = request.args.get("q", "").strip()[:100]
    with db().session() as s:
        me = s.get(Veileder, current_user.id)
        found = search_users(s, me, query, utcnow()) if query else []
        if query:
            # The search words are not kept: they may be a phone number.
            audit(s, me.id, None, "search_users", True, f"{len(found)} found")
            for user in found:
                audit(s, me.id, user.id, "search_result", True)
        return render_template("inbox/search.html", query=query, found=found)
