"""A veileder's reply made fit for SMS: typographic characters replaced, split into texts."""
from services.messaging.gsm7 import MAX_SMS_SEPTETS, non_gsm7_characters, septet_length

# Word processors and phones put these in; each would force the whole SMS into UCS-2.
REPLACEMENTS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": "...",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
}
MAX_PARTS = 3


class ReplyError(ValueError):
    """The reply cannot be sent as it is; the message says why, for the veileder."""


def to_gsm7(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(REPLACEMENTS.get(ch, ch) for ch in text).strip()


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
    """The SMS texts to send for ``body``, or ReplyError with a reason for the veileder."""
    text = to_gsm7(body or "")
    if not text:
        raise ReplyError("Svaret er tomt.")
    unsupported = non_gsm7_characters(text)
    if unsupported:
        shown = " ".join(sorted(unsupported))
        raise ReplyError(f"Disse tegnene kan ikke sendes på SMS: {shown}. Ta dem bort og send igjen.")
    parts = split_for_sms(text)
    if len(parts) > MAX_PARTS:
        raise ReplyError(f"Svaret er for langt: det blir {len(parts)} SMS. Del det opp eller gjør det kortere "
                         f"(høyst {MAX_PARTS} SMS).")
    return parts
