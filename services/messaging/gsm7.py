"""The GSM 03.38 7-bit alphabet: characters outside it turn an SMS into UCS-2 (70 a segment)."""
import unicodedata

GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Each of these takes two septets (an escape plus the character).
GSM7_EXTENSION = "^{}\\[~]|€\f"

MAX_SMS_SEPTETS = 306
_LOOKALIKES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"',
                             "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u2026": "...", "\u00a0": " ",
                             "\u2022": "-", "\t": " "})


def non_gsm7_characters(text: str) -> set[str]:
    return {ch for ch in text if ch not in GSM7_BASIC and ch not in GSM7_EXTENSION}


def as_gsm7(text: str) -> str:
    """Text from elsewhere (a job ad's title) made GSM-7: dashes and quotes as their plain
    look-alikes, accents dropped where the letter is not in the alphabet, anything else left out."""
    kept = []
    for ch in text.translate(_LOOKALIKES):
        if ch in GSM7_BASIC or ch in GSM7_EXTENSION:
            kept.append(ch)
        else:
            kept.extend(c for c in unicodedata.normalize("NFKD", ch) if c in GSM7_BASIC)
    return "".join(kept)


def septet_length(text: str) -> int:
    return sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)


def fits_one_sms_thread(text: str) -> bool:
    """GSM-7 only and at most two segments (306 septets)."""
    return not non_gsm7_characters(text) and septet_length(text) <= MAX_SMS_SEPTETS


def join_when_it_fits(*texts: str) -> list[str]:
    """The texts as few SMS as possible: neighbours joined by a space while the result fits."""
    messages: list[str] = []
    for piece in texts:
        if messages and septet_length(f"{messages[-1]} {piece}") <= MAX_SMS_SEPTETS:
            messages[-1] = f"{messages[-1]} {piece}"
        else:
            messages.append(piece)
    return messages
