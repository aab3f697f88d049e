"""The case list and the case page: thread, reply, take over, hand back, notes, resolve."""
import uuid

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from bot.inbox import blueprint
from bot.inbox.access import row_for_me
from bot.inbox.auth import db
from services.cases.escalations import is_overdue, overdue_condition, reassign, record_veileder_reply
from services.cases.handoff import hand_back, take_over
from services.messaging.outbox import enqueue_sms
from services.messaging.gsm7 import NotSmsText
from services.messaging.staff_reply import prepare_reply
from services.staff.access import audit, visible_users
from services.staff.notices import unread_notices_of
from storage.models import CaseNote, CaseStatus, Escalation, Message, SenderKind, User, Veileder, utcnow

FILTERS = {
    "all": "Alle åpne",
    "mine": "Mine",
    "team": "Teamets",
    "waiting": "Venter på brukeren",
    "overdue": "Over fristen",
}


def _filter_condition(name: str, me: Veileder, now):
    return {
        "all": None,
        "mine": (Escalation.assigned_veileder_id == me.id) | (Escalation.held_by_veileder_id == me.id),
        "team": Escalation.assigned_team_id == me.team_id,
        "waiting": Escalation.status == CaseStatus.WAITING_FOR_USER,
        "overdue": overdue_condition(now),
    }[name]


@blueprint.get("/")
@login_required
def cases():
    chosen = request.args.get("filter", "all")
    if chosen not in FILTERS:
        chosen = "all"
    now = utcnow()
    with db().session() as s:
        me = s.get(Veileder, current_user.id)
        query = (select(Escalation).join(User, Escalation.user_id == User.id)
                 .where(Escalation.status != CaseStatus.RESOLVED, visible_users(s, me, now))
                 .order_by(Escalation.priority, Escalation.due_at))
        condition = _filter_condition(chosen, me, now)
        if condition is not None:
            query = query.where(condition)
        found = s.execute(query).scalars().all()
        rows = [{"case": case, "user": case.user, "overdue": is_overdue(case, now),
                 "assignee": case.assigned_veileder, "holder": case.held_by} for case in found]
        for row in rows:
            audit(s, me.id, row["user"].id, "list_cases", True, f"case {row['case'].id} in filter {chosen}")
        return render_template("inbox/cases.html", rows=rows, filters=FILTERS, chosen=chosen)


def _case_for_me(s, case_id: int, action: str) -> tuple[Escalation, Veileder]:
    """The case, if the logged-in veileder may see its user; otherwise 403 (audited)."""
    return row_for_me(s, Escalation, case_id, action, "case")


def _render_case(s, case: Escalation, reply_text: str = "", reply_error: str | None = None,
                 note_error: str | None = None, reassign_error: str | None = None, status: int = 200):
    messages = s.execute(
        select(Message).where(Message.conversation_id == case.user.conversation.id).order_by(Message.id)
    ).scalars().all()
    authors = {v.id: v for v in s.execute(
        select(Veileder).where(Veileder.id.in_({m.author_veileder_id for m in messages if m.author_veileder_id}))
    ).scalars()}
    colleagues = s.execute(
        select(Veileder).where(Veileder.team_id == case.assigned_team_id, Veileder.active.is_(True),
                               Veileder.id != case.assigned_veileder_id).order_by(Veileder.full_name)
    ).scalars().all()
    return render_template(
        "inbox/case.html", case=case, user=case.user, messages=messages, authors=authors,
        colleagues=colleagues, reassign_error=reassign_error, notices=unread_notices_of(s, case.user_id),
        assignments=case.user.assignments, notes=case.notes, overdue=is_overdue(case, utcnow()),
        reply_text=reply_text, reply_error=reply_error, note_error=note_error, reply_key=uuid.uuid4().hex,
        SenderKind=SenderKind, CaseStatus=CaseStatus,
    ), status


@blueprint.get("/cases/<int:case_id>")
@login_required
def case(case_id: int):
    with db().session() as s:
        found, _ = _case_for_me(s, case_id, "view_case")
        return _render_case(s, found)


@blueprint.post("/cases/<int:case_id>/reply")
@login_required
def reply(case_id: int):
    services = current_app.extensions["kontakt"]
    body = request.form.get("body", "")
    reply_key = request.form.get("reply_key") or uuid.uuid4().hex
    with db().session() as s:
        found, me = _case_for_me(s, case_id, "reply")
        if found.status is CaseStatus.RESOLVED:
            return _render_case(s, found, body, "Saken er avsluttet, så svaret ble ikke sendt.", status=409)
        try:
            parts = prepare_reply(body)
        except NotSmsText as error:
            return _render_case(s, found, body, str(error), status=400)
        entries = [
            enqueue_sms(s, found.user.conversation, part, f"staff:{reply_key[:64]}:{index}",
                        sender_kind=SenderKind.VEILEDER, author_veileder_id=me.id)
            for index, part in enumerate(parts)
        ]
        record_veileder_reply(found, utcnow())
        s.flush()
        outbox_ids = [entry.id for entry in entries]
    services.send_now(outbox_ids)
    flash("Svaret er sendt som SMS." if len(outbox_ids) == 1 else f"Svaret er sendt som {len(outbox_ids)} SMS.")
    return redirect(url_for("inbox.case", case_id=case_id))


@blueprint.post("/cases/<int:case_id>/take-over")
@login_required
def take_over_case(case_id: int):
    with db().session() as s:
        found, me = _case_for_me(s, case_id, "take_over")
        if found.status is not CaseStatus.RESOLVED:
            take_over(s, found, me, current_app.extensions["kontakt"].assistant)
    flash("Du har tatt over samtalen. Boten svarer ikke brukeren før du gir den tilbake.")
    return redirect(url_for("inbox.case", case_id=case_id))


def _hand_back_if_held(s, case: Escalation, assistant) -> list[int]:
    """The outbox id of the message telling the user the bot answers again, if the case was held."""
    if case.status is CaseStatus.HELD_BY_VEILEDER:
        return [hand_back(s, case, assistant).id]
    return []


@blueprint.post("/cases/<int:case_id>/hand-back")
@login_required
def hand_back_case(case_id: int):
    services = current_app.extensions["kontakt"]
    with db().session() as s:
        found, _ = _case_for_me(s, case_id, "hand_back")
        outbox_ids = _hand_back_if_held(s, found, services.assistant)
    services.send_now(outbox_ids)
    flash("Boten svarer brukeren igjen. Brukeren får beskjed på SMS innenfor sine tider, og ikke etter STOPP.")
    return redirect(url_for("inbox.case", case_id=case_id))


@blueprint.post("/cases/<int:case_id>/notes")
@login_required
def add_note(case_id: int):
    body = request.form.get("body", "").strip()
    with db().session() as s:
        found, me = _case_for_me(s, case_id, "add_note")
        if not body:
            return _render_case(s, found, note_error="Notatet er tomt.", status=400)
        s.add(CaseNote(escalation=found, author_veileder_id=me.id, body=body))
    flash("Notatet er lagret. Brukeren ser det ikke.")
    return redirect(url_for("inbox.case", case_id=case_id))


@blueprint.post("/cases/<int:case_id>/reassign")
@login_required
def reassign_case(case_id: int):
    chosen = request.form.get("to", "")
    with db().session() as s:
        found, me = _case_for_me(s, case_id, "reassign_case")
        if found.status is CaseStatus.RESOLVED:
            return _render_case(s, found, reassign_error="Saken er avsluttet.", status=409)
        target = None
        if chosen != "team":
            target = s.get(Veileder, int(chosen)) if chosen.isdigit() else None
            if target is None or target.team_id != found.assigned_team_id or not target.active:
                return _render_case(s, found, reassign_error="Velg en veileder i teamet, eller teamets innboks.",
                                    status=400)
        reassign(found, target)
        audit(s, me.id, found.user_id, "case_reassigned", True,
              f"case {found.id} to {'veileder ' + str(target.id) if target else 'team inbox'}")
        name = target.full_name if target else "teamets innboks"
    flash(f"Saken er flyttet til {name}.")
    return redirect(url_for("inbox.cases"))


@blueprint.post("/cases/<int:case_id>/resolve")
@login_required
def resolve(case_id: int):
    services = current_app.extensions["kontakt"]
    with db().session() as s:
        found, me = _case_for_me(s, case_id, "resolve")
        outbox_ids = _hand_back_if_held(s, found, services.assistant)
        now = utcnow()
        found.status, found.resolved_at, found.resolved_by_veileder_id = CaseStatus.RESOLVED, now, me.id
    services.send_now(outbox_ids)
    flash("Saken er avsluttet.")
    return redirect(url_for("inbox.cases"))
