"""Saved reply texts of the veileder's team: the list, a new text, delete one."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from bot.inbox import blueprint
from bot.inbox.auth import db
from services.messaging.gsm7 import NotSmsText
from services.messaging.saved_replies import NAME_FIELD, save_reply, saved_replies_of
from services.messaging.staff_reply import ReplyRefused, sms_rules, sms_size
from storage.models import SavedReply, Veileder


def _render(s, me: Veileder, error: str = "", status: int = 200):
    replies = saved_replies_of(s, me.team_id)
    return render_template("inbox/saved_replies.html", replies=replies, sizes={r.id: sms_size(r.body) for r in replies},
                           error=error, typed=request.form if error else {}, name_field=NAME_FIELD,
                           sms_rules=sms_rules(), reply_size=sms_size(request.form.get("body", "") if error else "")), status


@blueprint.get("/svartekster")
@login_required
def saved_replies():
    with db().session() as s:
        return _render(s, s.get(Veileder, current_user.id))


@blueprint.post("/svartekster")
@login_required
def add_saved_reply():
    with db().session() as s:
        me = s.get(Veileder, current_user.id)
        try:
            reply = save_reply(s, me, request.form.get("title", ""), request.form.get("body", ""))
        except (NotSmsText, ReplyRefused) as error:
            return _render(s, me, str(error), 400)
        title = reply.title
    flash(f"Svarteksten «{title}» er lagret for teamet.")
    return redirect(url_for("inbox.saved_replies"))


@blueprint.post("/svartekster/<int:reply_id>/delete")
@login_required
def delete_saved_reply(reply_id: int):
    with db().session() as s:
        reply = s.get(SavedReply, reply_id)
        if reply is None:
            abort(404)
        if reply.team_id != s.get(Veileder, current_user.id).team_id:
            abort(403)
        title = reply.title
        s.delete(reply)
    flash(f"Svarteksten «{title}» er slettet.")
    return redirect(url_for("inbox.saved_replies"))
