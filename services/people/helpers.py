"""A veileder links a trusted helper or interpreter to a user; the user decides.

The veileder gives the helper's number and first name; the user is asked by SMS and the
helper counts only after the user's "ja" (services/people/helper_answers.py): until then nothing
reaches the helper and nothing from the helper's number reaches the user's thread. "JA ALT"
also gives the helper the meeting reminders. Removing the helper is one step, and the user
is told. A number is the helper of one user at a time and never a user's own number, so
that every inbound number belongs to one thread (services/people/senders.py).
"""
from datetime import datetime

from sqlalchemy import select, update

from services.messaging.gsm7 import non_gsm7_characters
from services.messaging.phone import InvalidPhoneNumber, normalise_phone
from services.messaging.send_policy import schedule_user_message
from services.messaging.texts import text
from storage.models import (
    Helper,
    HelperRole,
    HelperStatus,
    Message,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    User,
    Veileder,
    utcnow,
)

MAX_NAME_LENGTH = 30
OPEN_STATUSES = (HelperStatus.ASKED, HelperStatus.ACTIVE)


class HelperError(ValueError):
    """The helper cannot be linked or changed; the message says why, for the veileder."""


def open_helper(session, user_id: int) -> Helper | None:
    """The user's helper who is active or waiting for the user's answer."""
    return session.execute(
        select(Helper).where(Helper.user_id == user_id, Helper.status.in_(OPEN_STATUSES)).order_by(Helper.id.desc())
    ).scalars().first()


def active_helper(session, user_id: int) -> Helper | None:
    helper = open_helper(session, user_id)
    return helper if helper is not None and helper.status is HelperStatus.ACTIVE else None


def role_word(helper: Helper, language: str) -> str:
    return text(f"helper_role_{helper.role.value}", language)


def _checked_phone(session, user: User, raw: str) -> str:
    try:
        phone = normalise_phone(raw)
    except InvalidPhoneNumber:
        raise HelperError("Skriv et gyldig mobilnummer, for eksempel 912 34 567.") from None
    if phone == user.phone_e164:
        raise HelperError("Det er brukerens eget nummer. Skriv nummeret til hjelperen.")
    taken = session.execute(select(User.id).where(User.phone_e164 == phone)).first() or session.execute(
        select(Helper.id).where(Helper.phone_e164 == phone, Helper.status.in_(OPEN_STATUSES))).first()
    if taken:
        raise HelperError("Nummeret er allerede knyttet til en annen bruker av tjenesten, og kan ikke være "
                          "hjelper her. Snakk med teamlederen om det trengs.")
    return phone


def _checked_name(raw: str) -> str:
    name = " ".join(raw.split())
    if not name or len(name) > MAX_NAME_LENGTH:
        raise HelperError(f"Skriv hjelperens fornavn (høyst {MAX_NAME_LENGTH} tegn).")
    if non_gsm7_characters(name):
        raise HelperError("Navnet står i SMS-er, så det kan bare ha vanlige bokstaver (GSM-7).")
    return name


def ask_user(session, user: User, veileder: Veileder, phone: str, name: str, role: HelperRole,
             now: datetime | None = None) -> tuple[Helper, OutboxMessage]:
    """Links a helper the user has not said yes to yet, and queues the question to the user."""
    if open_helper(session, user.id) is not None:
        raise HelperError("Brukeren har allerede en hjelper, eller er spurt om en. Ta bort den først.")
    if user.opted_out_at is not None or user.carrier_opted_out_at is not None:
        raise HelperError("Brukeren har stoppet SMS, så vi kan ikke spørre på SMS. Spør brukeren på en annen måte "
                          "først; brukeren må svare ja på SMS.")
    helper = Helper(user_id=user.id, phone_e164=_checked_phone(session, user, phone), name=_checked_name(name),
                    role=role, status=HelperStatus.ASKED, gets_reminders=False, added_by_veileder_id=veileder.id)
    session.add(helper)
    session.flush()
    return helper, ask_again(session, helper, veileder, now)


def ask_again(session, helper: Helper, veileder: Veileder, now: datetime | None = None) -> OutboxMessage:
    """(Re)sends the question; only an answer to the newest question counts."""
    if helper.status is not HelperStatus.ASKED:
        raise HelperError("Brukeren har allerede svart.")
    now = now or utcnow()
    user = helper.user
    body = text("helper_question", user.language).format(
        name=user.first_name, veileder=veileder.first_name, helper=helper.name, ending=helper.phone_ending,
        role=role_word(helper, user.language))
    scheduled = schedule_user_message(session, user, body, MessageCategory.SYSTEM, now,
                                      f"helper-question:{helper.id}:{now.isoformat()}")
    session.flush()
    helper.question_message_id = scheduled.entry.message_id
    return scheduled.entry


def cancel_queued_to(session, helper: Helper, categories=None) -> None:
    """What waits to be sent to the helper is not sent (of ``categories``, or all)."""
    queued = (select(OutboxMessage.id).join(Message, OutboxMessage.message_id == Message.id)
              .where(Message.helper_id == helper.id, OutboxMessage.state == OutboxState.PENDING))
    if categories is not None:
        queued = queued.where(OutboxMessage.category.in_(list(categories)))
    session.execute(
        update(OutboxMessage).where(OutboxMessage.id.in_(queued))
        .values(state=OutboxState.CANCELLED, last_error="helper stopped")
        .execution_options(synchronize_session=False)
    )


def remove_helper(session, helper: Helper, veileder: Veileder, now: datetime | None = None) -> OutboxMessage | None:
    """Ends the link at once. A helper the user had said yes to: the user is told (the queued
    SMS is returned); a question not answered yet is just withdrawn."""
    if helper.status not in OPEN_STATUSES:
        raise HelperError("Hjelperen er allerede tatt bort.")
    now = now or utcnow()
    was_active = helper.status is HelperStatus.ACTIVE
    helper.status, helper.removed_at, helper.removed_by_veileder_id = HelperStatus.REMOVED, now, veileder.id
    cancel_queued_to(session, helper)
    if not was_active:
        return None
    user = helper.user
    body = text("helper_removed", user.language).format(helper=helper.name, role=role_word(helper, user.language))
    return schedule_user_message(session, user, body, MessageCategory.SYSTEM, now, f"helper-removed:{helper.id}").entry


def stop_reminders(session, helper: Helper) -> None:
    """The user no longer wants the helper to get the meeting reminders."""
    helper.gets_reminders = False
    cancel_queued_to(session, helper, [MessageCategory.REMINDER, MessageCategory.NUDGE])
