"""Job wishes from the user page: a veileder adds and removes them (their source: the veileder).
The page itself (bot/inbox/users.py) lists the wishes and every job match sent, with the answer.
Every change is audited."""
from flask import flash, redirect, request, url_for
from flask_login import login_required

from bot.inbox import blueprint
from bot.inbox.access import row_for_me, user_for_me
from bot.inbox.auth import db
from bot.inbox.users import render_user
from services.jobs.wishes import add_wish, set_extent, valid_wish
from storage.models import JobWish, WishKind, WishSource


def _radius(form) -> int | None:
    value = form.get("radius_km", "").strip()
    return int(value) if value.isdigit() else None


@blueprint.post("/users/<int:user_id>/job-wishes")
@login_required
def add_job_wish(user_id: int):
    form = request.form
    with db().session() as s:
        user, me = user_for_me(s, user_id, "job_wish_add")
        try:
            kind = WishKind(form.get("kind", ""))
        except ValueError:
            return render_user(s, user, errors={"job-wish": "Velg hva slags ønske det er."}, status=400)
        value, radius = form.get("value", "").strip(), _radius(form) if kind is WishKind.PLACE else None
        problem = valid_wish(kind, value, radius)
        if problem:
            return render_user(s, user, errors={"job-wish": problem}, status=400)
        if kind is WishKind.EXTENT:
            set_extent(s, user, value, WishSource.VEILEDER, veileder_id=me.id)
        else:
            add_wish(s, user, kind, value, WishSource.VEILEDER, radius_km=radius, veileder_id=me.id)
    flash("Jobbønsket er lagret.")
    return redirect(url_for("inbox.user_page", user_id=user_id) + "#job-wishes")


@blueprint.post("/job-wishes/<int:wish_id>/delete")
@login_required
def delete_job_wish(wish_id: int):
    with db().session() as s:
        wish, _ = row_for_me(s, JobWish, wish_id, "job_wish_delete", "job_wish")
        user_id = wish.user_id
        s.delete(wish)
    flash("Jobbønsket er fjernet.")
    return redirect(url_for("inbox.user_page", user_id=user_id) + "#job-wishes")
