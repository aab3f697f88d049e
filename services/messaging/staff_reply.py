"""A veileder's reply made fit for SMS: cleaned up (services/messaging/gsm7.py), split into texts."""
from services.messaging.gsm7 import MAX_SMS_SEPTETS, NotSmsText, gsm7_text, septet_length

MAX_PARTS = 3


def split_for_sms(text: str, limit: int = MAX_SMS_SEPTETS) -> list[str]:
    """Parts of at most ``limit`` septets, cut between words where possible."""
    parts: list[str] = []
    rest = text
    while septet_length(rest) > limit:
        cut = limit
        while septet_length(rest[:cut]) > limit:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        newline = rest.rfind("\n", 0, cut + 1)
        boundary = max(space, newline)
        if boundary > limit // 2:
            cut = boundary
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def prepare_reply(body: str) -> list[str]:
    """The SMS texts to send for ``body``, or NotSmsText with a reason for the veileder."""
    parts = split_for_sms(gsm7_text(body, empty="Svaret er tomt."))
    if len(parts) > MAX_PARTS:
        raise NotSmsText(f"Svaret er for langt: det blir {len(parts)} SMS. Del det opp eller gjør det kortere "
                         f"(høyst {MAX_PARTS} SMS).")
    return parts
