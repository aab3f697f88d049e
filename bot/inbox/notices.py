"""Notices for the veileder (services/staff/notices.py): the list and "mark as read"."""
from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from bot.inbox import blueprint
from bot.inbox.access import row_for_me
from bot.inbox.auth import db, safe_next
from services.staff.access import audit
from services.staff.notices import mark_read, unread_notices_for
from storage.models import Veileder, VeilederNotice, utcnow


@blueprint.get("/notices")
@login_required
def notices():
    with db().session() as s:
        me = s.get(Veileder, current_user.id)
        found = unread_notices_for(s, me, utcnow())
        for notice in found:
            audit(s, me.id, notice.user_id, "list_notices", True, f"notice {notice.id}")
        return render_template("inbox/notices.html", notices=found)


@blueprint.post("/notices/<int:notice_id>/read")
@login_required
def mark_notice_read(notice_id: int):
    with db().session() as s:
        notice, me = row_for_me(s, VeilederNotice, notice_id, "mark_notice_read", "notice")
        mark_read(notice, me, utcnow())
    flash("Beskjeden er markert som lest.")
    return redirect(safe_next(request.form.get("next"), url_for("inbox.notices")))
