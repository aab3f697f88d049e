"""What Twilio's permanent errors say about a user, kept on the user and shown to the veileder."""
from services.staff.notices import notify_veileder
from storage.models import NoticeKind, User, utcnow

CARRIER_OPT_OUT = 21610
# Not a mobile number, not SMS-capable, unknown or unreachable at the carrier.
UNREACHABLE_CODES = frozenset({21211, 21614, 30005, 30006})
PERMANENT_CODES = UNREACHABLE_CODES | {CARRIER_OPT_OUT}


def record_permanent_error(session, user: User, code: int, outbox_id: int | None = None) -> None:
    """Marks a carrier opt-out or an unreachable number once, and tells the veileder."""
    if code == CARRIER_OPT_OUT:
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


def record_undeliverable(session, user: User, outbox_id: int, reason: str) -> None:
    notify_veileder(session, user, NoticeKind.SMS_UNDELIVERABLE, priority="P2", outbox_id=outbox_id,
                    detail=f"En SMS kom ikke fram ({reason}). Se meldingen i samtalen.")


def record_delivered(user: User) -> None:
    """A delivered message proves the number works again."""
    user.sms_unreachable_at = None
    user.sms_unreachable_code = None
