"""What Twilio's permanent errors say about a user, kept on the user and shown to the veileder.
An SMS to the user's helper that does not arrive says nothing about the user's own number:
the veileder is told about the helper instead."""
from services.oslo import OSLO
from services.staff.notices import notify_veileder
from storage.models import Helper, NoticeKind, User, utcnow

CARRIER_OPT_OUT = 21610
# Not a mobile number, not SMS-capable, unknown or unreachable at the carrier.
UNREACHABLE_CODES = frozenset({21211, 21614, 30005, 30006})
PERMANENT_CODES = UNREACHABLE_CODES | {CARRIER_OPT_OUT}


def record_permanent_error(session, user: User, code: int, outbox_id: int | None = None,
                           helper: Helper | None = None) -> None:
    """Marks a carrier opt-out or an unreachable number once, and tells the veileder."""
    if helper is not None:
        record_undeliverable(session, user, outbox_id, f"Twilio-feil {code}", helper)
    elif code == CARRIER_OPT_OUT:
        if user.carrier_opted_out_at is None:
            user.carrier_opted_out_at = utcnow()
            notify_veileder(session, user, NoticeKind.SMS_CARRIER_OPT_OUT, priority="P2", outbox_id=outbox_id,
                            detail="Brukeren har stoppet SMS hos mobiloperatøren. Nås ikke på SMS før de "
                                   "sender START.")
    elif code in UNREACHABLE_CODES and user.sms_unreachable_at is None:
        user.sms_unreachable_at = utcnow()
        user.sms_unreachable_code = code
        notify_veileder(session, user, NoticeKind.SMS_UNREACHABLE, priority="P2", outbox_id=outbox_id,
                        detail=f"Kan ikke nås på SMS (Twilio-feil {code}). Kontakt brukeren på en annen måte.")


def record_undeliverable(session, user: User, outbox_id: int, reason: str, helper: Helper | None = None) -> None:
    if helper is not None:
        notify_veileder(session, user, NoticeKind.SMS_UNDELIVERABLE, priority="P3", outbox_id=outbox_id,
                        detail=f"En SMS til {helper.name}, hjelperen til brukeren, kom ikke fram ({reason}). "
                               "Sjekk nummeret med brukeren.")
        return
    notify_veileder(session, user, NoticeKind.SMS_UNDELIVERABLE, priority="P2", outbox_id=outbox_id,
                    detail=f"En SMS kom ikke fram ({reason}). Se meldingen i samtalen.")


def record_delivered(user: User, helper: Helper | None = None) -> None:
    """A delivered message proves the user's number works again (a helper's says nothing about it)."""
    if helper is not None:
        return
    user.sms_unreachable_at = None
    user.sms_unreachable_code = None


def sms_problems(user: User) -> list[str]:
    """Why SMS to the user will not arrive, in words for the veileder (empty: it will)."""
    problems = []
    if user.carrier_opted_out_at:
        problems.append("har stoppet SMS hos mobiloperatøren (til brukeren sender START)")
    if user.sms_unreachable_at:
        problems.append(f"nummeret kan ikke nås (Twilio-feil {user.sms_unreachable_code}) siden "
                        f"{user.sms_unreachable_at.astimezone(OSLO):%d.%m.%Y %H:%M}")
    if user.opted_out_at:
        problems.append("har sendt STOPP: får bare svar på egne meldinger, ikke møteinnkallinger eller påminnelser")
    return problems
