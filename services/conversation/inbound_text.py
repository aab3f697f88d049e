"""What a user's text may contain when it is stored, and what the assistant may see of it.

``clean_inbound`` runs on what any channel receives, before it is stored: control characters
that no phone sends are dropped (PostgreSQL refuses a NUL byte in text, and would lose the
message), and national identity numbers are masked (services/safety/privacy.py).
``text_for_assistant`` is the stored text as Rasa gets it: Rasa reads a message that starts
with "/" as an intent to force, with entities (``/EXTERNAL_appointment_moved{...}``), so no
user text may start with a slash, whatever comes in front of it.
"""
import unicodedata
from dataclasses import dataclass

from services.safety.privacy import mask_national_ids

# Line breaks and tabs are the only control characters a phone or a browser sends.
_KEPT_CONTROLS = {"\n", "\r", "\t"}


@dataclass(frozen=True)
class InboundText:
    text: str
    national_id_masked: bool  # the user is told that NAV never needs it by SMS


def _dropped(ch: str) -> bool:
    category = unicodedata.category(ch)
    return (category == "Cc" and ch not in _KEPT_CONTROLS) or category == "Cs"


def strip_control_characters(text: str) -> str:
    """``text`` without control characters (NUL, escape, C1 controls) or lone surrogates."""
    return "".join(ch for ch in text if not _dropped(ch))


def clean_inbound(body: str) -> InboundText:
    """The user's text as it may be stored, whatever the channel."""
    masked = mask_national_ids(strip_control_characters(body))
    return InboundText(masked.text, masked.found)


def _hides_a_command(ch: str) -> bool:
    """Spaces, invisible characters and anything that looks like a slash, in front of a text."""
    if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"):
        return True
    name = unicodedata.name(ch, "")
    return any(word in name for word in ("SOLIDUS", "SLASH", "DIAGONAL")) or unicodedata.normalize("NFKC", ch) == "/"


def text_for_assistant(body: str) -> str:
    """User text as the assistant gets it: nothing in front of the words that could make Rasa
    read it as an intent command."""
    start = 0
    while start < len(body) and _hides_a_command(body[start]):
        start += 1
    return body[start:].strip()
