"""The GSM 03.38 7-bit alphabet: characters outside it turn an SMS into UCS-2 (70 a segment).

Every SMS passes ``sms_text`` when it is queued (services/messaging/outbox.py): after the
clean-up below it must be GSM-7 and at most two segments (306 septets), or ``NotSmsText``
tells whoever composed it why not.

The clean-up (``clean_for_sms``), in this order:
- line breaks ``\\r\\n`` and ``\\r`` become ``\\n``;
- typographic quotes become ``'`` and ``"``, dashes and the minus sign ``-``, the ellipsis
  ``...``, no-break and thin spaces and tabs a plain space;
- a letter outside GSM-7 with an accent becomes its bare letter (``ş`` → ``s``, ``ć`` → ``c``),
  and ``ł``, ``đ``, ``ı`` their look-alikes; letters inside GSM-7 (``æøåäöüé``) are kept;
- spaces at either end are dropped.
Anything else outside GSM-7 (emoji, other scripts) is refused, never guessed at.
"""
import unicodedata

GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Each of these takes two septets (an escape plus the character).
GSM7_EXTENSION = "^{}\\[~]|€\f"

MAX_SMS_SEPTETS = 306

# Word processors and phones put these in; each would force the whole SMS into UCS-2.
TYPOGRAPHIC = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": "...",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
}
# Letters that Unicode does not decompose into a bare letter and an accent.
LOOK_ALIKES = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"}


class NotSmsText(ValueError):
    """A text that cannot go out as an SMS; the message says why, for the veileder who wrote it
    (the inbox shows it) or the developer whose template it is (its test fails)."""


def non_gsm7_characters(text: str) -> set[str]:
    return {ch for ch in text if ch not in GSM7_BASIC and ch not in GSM7_EXTENSION}


def septet_length(text: str) -> int:
    return sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)


def fits_one_sms_thread(text: str) -> bool:
    """GSM-7 only and at most two segments (306 septets)."""
    return not non_gsm7_characters(text) and septet_length(text) <= MAX_SMS_SEPTETS


def _bare_letter(ch: str) -> str:
    if ch in GSM7_BASIC or ch in GSM7_EXTENSION:
        return ch
    if ch in LOOK_ALIKES:
        return LOOK_ALIKES[ch]
    bare = "".join(part for part in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(part))
    return bare if bare and not non_gsm7_characters(bare) else ch


def clean_for_sms(text: str) -> str:
    """The documented clean-up (see the module's docstring); what is left may still not be GSM-7."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(_bare_letter(TYPOGRAPHIC.get(ch, ch)) for ch in text).strip()


def gsm7_text(body: str, empty: str = "Teksten er tom.") -> str:
    """``body`` after the clean-up, when it is not empty and all GSM-7 (of any length);
    otherwise NotSmsText (``empty`` says what was empty)."""
    text = clean_for_sms(body or "")
    if not text:
        raise NotSmsText(empty)
    unsupported = non_gsm7_characters(text)
    if unsupported:
        shown = " ".join(sorted(unsupported))
        raise NotSmsText(f"Disse tegnene kan ikke sendes på SMS: {shown}. Ta dem bort og prøv igjen.")
    return text


def sms_text(body: str) -> str:
    """``body`` after the clean-up, when it can go out as one SMS thread; otherwise NotSmsText."""
    text = gsm7_text(body)
    if septet_length(text) > MAX_SMS_SEPTETS:
        raise NotSmsText(f"Teksten er {septet_length(text)} tegn, men en SMS herfra kan ha høyst "
                         f"{MAX_SMS_SEPTETS}. Gjør den kortere.")
    return text


# What a list filled into a text (the coming meetings, the plan's deadlines) may take, so that
# the text around it still fits one SMS thread (tests/unit/test_every_text_through_the_outbox.py).
MAX_LIST_SEPTETS = 190


def as_many_as_fit(items: list[str], separator: str, limit: int = MAX_LIST_SEPTETS) -> str:
    """The items joined by ``separator``, as many from the start as fit in ``limit`` septets
    (the first always)."""
    joined = items[0] if items else ""
    for item in items[1:]:
        longer = f"{joined}{separator}{item}"
        if septet_length(longer) > limit:
            break
        joined = longer
    return joined


def join_when_it_fits(*texts: str) -> list[str]:
    """The texts as few SMS as possible: neighbours joined by a space while the result fits."""
    messages: list[str] = []
    for piece in texts:
        if messages and septet_length(f"{messages[-1]} {piece}") <= MAX_SMS_SEPTETS:
            messages[-1] = f"{messages[-1]} {piece}"
        else:
            messages.append(piece)
    return messages
