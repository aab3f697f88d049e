"""A user's helper or interpreter, from the user page: link one (the user is asked by SMS),
ask again, stop their reminders, remove them (the user is told). Every step is audited; the
rules are in services/people/helpers.py."""
from flask import current_app, flash, redirect, request, url_for
from flask_login import login_required

from bot.inbox import blueprint
from bot.inbox.access import row_for_me, user_for_me
from bot.inbox.auth import db
from bot.inbox.users import render_user
from services.people.helpers import HelperError, ask_again, ask_user, remove_helper, stop_reminders
from storage.models import Helper, HelperRole


def _to_user_page(user_id: int, outbox_ids: list[int], done: str):
    current_app.extensions["kontakt"].send_now(outbox_ids)
    flash(done)
    return redirect(url_for("inbox.user_page", user_id=user_id) + "#helper")


@blueprint.post("/users/<int:user_id>/helper")
@login_required
def add_helper(user_id: int):
    form = request.form
    with db().session() as s:
        user, me = user_for_me(s, user_id, "helper_add")
        try:
            role = HelperRole(form.get("role", "helper"))
            helper, question = ask_user(s, user, me, form.get("phone", ""), form.get("name", ""), role)
        except (HelperError, ValueError) as error:
            message = str(error) if isinstance(error, HelperError) else "Velg hjelper eller tolk."
            return render_user(s, user, errors={"helper": message}, status=400)
        outbox_id, name, first_name = question.id, helper.name, user.first_name
    return _to_user_page(user_id, [outbox_id], f"{first_name} er spurt på SMS om {name}. {name} er med først når "
                                                f"{first_name} svarer JA.")


def _change(helper_id: int, action: str, change, done: str):
    with db().session() as s:
        helper, me = row_for_me(s, Helper, helper_id, action, "helper")
        try:
            outbox_ids = change(s, helper, me)
        except HelperError as error:
            return render_user(s, helper.user, errors={"helper": str(error)}, status=409)
        s.flush()
        user_id, outbox_ids = helper.user_id, [entry.id for entry in outbox_ids if entry is not None]
    return _to_user_page(user_id, outbox_ids, done)


@blueprint.post("/helpers/<int:helper_id>/remove", endpoint="remove_helper")
@login_required
def remove(helper_id: int):
    return _change(helper_id, "helper_remove", lambda s, helper, me: [remove_helper(s, helper, me)],
                   "Hjelperen er tatt bort og får ingen flere meldinger. Har brukeren sagt ja før, får brukeren en SMS.")


@blueprint.post("/helpers/<int:helper_id>/ask-again")
@login_required
def ask_helper_again(helper_id: int):
    def change(s, helper, me):
        return [ask_again(s, helper, me)]
    return _change(helper_id, "helper_ask_again", change, "Brukeren er spurt på nytt på SMS.")


@blueprint.post("/helpers/<int:helper_id>/stop-reminders")
@login_required
def stop_helper_reminders(helper_id: int):
    def change(s, helper, me):
        stop_reminders(s, helper)
        return []
    return _change(helper_id, "helper_stop_reminders", change, "Hjelperen får ikke flere påminnelser om møter.")
