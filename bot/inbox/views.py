"""The case list and the case page: thread, reply, take over, hand back, notes, resolve."""
import uuid

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from bot.inbox import blueprint
from bot.inbox.access import row_for_me
from bot.inbox.auth import db
from bot.inbox.threads import read_thread
from services.cases.escalations import is_overdue, reassign, record_veileder_reply
from services.cases.handoff import hand_back, take_over
from services.cases.listing import open_cases_for
from services.conversation.staff_replies import reply_channel, send_veileder_reply
from services.messaging.gsm7 import NotSmsText
from services.messaging.saved_replies import filled_in, saved_replies_of
from services.messaging.staff_reply import ReplyRefused, sms_rules, sms_size
from services.staff.access import audit
from services.staff.notices import unread_notices_of
from services.staff.reading import unread_by_user
from storage.models import CaseNote, CaseStatus, Escalation, Veileder, utcnow

FILTERS = {
    "all": "Alle åpne",
    "mine": "Mine",
    "team": "Teamets",
    "waiting": "Venter på brukeren",
    "overdue": "Over fristen",
}


def _chosen_filter() -> str:
    chosen = request.args.get("filter", "all")
    return chosen if chosen in FILTERS else "all"


def _case_list(s, me: Veileder, chosen: str) -> dict:
    """The case list's template values; every case listed is audited."""
    now = utcnow()
    unread = unread_by_user(s, me, now)
    rows = [{"case": case, "user": case.user, "overdue": is_overdue(case, now), "unread": unread.get(case.user_id, 0)}
            for case in open_cases_for(s, me, chosen, now)]
    for row in rows:
        audit(s, me.id, row["user"].id, "list_cases", True, f"case {row['case'].id} in filter {chosen}")
    return {"rows": rows, "filters": FILTERS, "chosen": chosen}


@blueprint.get("/")
@login_required
def cases():
    with db().session() as s:
        me = s.get(Veileder, current_user.id)
        return render_template("inbox/cases.html", **_case_list(s, me, _chosen_filter()))


def _case_for_me(s, case_id: int, action: str) -> tuple[Escalation, Veileder]:
    """The case, if the logged-in veileder may see its user; otherwise 403 (audited)."""
    return row_for_me(s, Escalation, case_id, action, "case")


def _render_case(s, case: Escalation, reply_text: str = "", reply_error: str | None = None,
                 note_error: str | None = None, reassign_error: str | None = None, status: int = 200,
                 reply_to: str = "user"):
    me = s.get(Veileder, current_user.id)
    colleagues = s.execute(
        select(Veileder).where(Veileder.team_id == case.assigned_team_id, Veileder.active.is_(True),
                               Veileder.id != case.assigned_veileder_id).order_by(Veileder.full_name)
    ).scalars().all()
    saved = saved_replies_of(s, case.user.team_id)
    chosen_saved = request.args.get("saved_reply", "")
    bodies = {str(reply.id): filled_in(reply, case.user.first_name) for reply in saved}
    if not reply_text and chosen_saved in bodies:
        reply_text = bodies[chosen_saved]
    return render_template(
        "inbox/case.html", case=case, colleagues=colleagues, reassign_error=reassign_error,
        notices=unread_notices_of(s, case.user_id), assignments=case.user.assignments, notes=case.notes,
        overdue=is_overdue(case, utcnow()), reply_text=reply_text, reply_error=reply_error, note_error=note_error,
        reply_key=uuid.uuid4().hex, reply_to=reply_to,
        reply_channel=reply_channel(s, case.user.conversation), reply_size=sms_size(reply_text), sms_rules=sms_rules(),
        saved_replies=saved, saved_replies_options=[(key, reply.title) for key, reply in zip(bodies, saved)],
        saved_reply_bodies=bodies, chosen_saved_reply=chosen_saved, CaseStatus=CaseStatus,
        **read_thread(s, case.user, me.id), **_case_list(s, me, _chosen_filter()),
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
    body, to = request.form.get("body", ""), request.form.get("to", "user")
    reply_key = (request.form.get("reply_key") or uuid.uuid4().hex)[:64]
    with db().session() as s:
        found, me = _case_for_me(s, case_id, "reply")
        if found.status is CaseStatus.RESOLVED:
            return _render_case(s, found, body, "Saken er avsluttet, så svaret ble ikke sendt.", status=409,
                                reply_to=to)
        try:
            sent = send_veileder_reply(s, found.user.conversation, me.id, body, reply_key, to)
        except (NotSmsText, ReplyRefused) as error:
            return _render_case(s, found, body, str(error), status=400, reply_to=to)
        record_veileder_reply(found, utcnow())
        first_name = found.user.first_name
    services.send_now(sent.outbox_ids)
    if sent.channel == "web":
        flash(f"Svaret er lagt i chatten, der {first_name} skrev sist. Leser {first_name} det ikke innen 15 minutter, "
              "kommer en SMS om at det har kommet svar.")
    if sent.outbox_ids:
        count = len(sent.outbox_ids)
        flash("Svaret er sendt som SMS." if count == 1 else f"Svaret er sendt som {count} SMS.")
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
