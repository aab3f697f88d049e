"""Which language a user asks for: "english please" -> "en", "skriv på norsk igjen" -> "nb".

None when the message asks for help with language rather than for one of the two languages
the service writes (an interpreter, weak Norwegian, another language, reading difficulties):
that goes to the veileder, who can book an interpreter (actions/preferences.py).
"""
import re

_ENGLISH = re.compile(r"\b(english|engelsk\w*|inglese|anglais|ingles)\b")
_NORWEGIAN = re.compile(r"\b(norsk|norwegian|bokmål|bokmal|nynorsk)\b")
# "min norsk ikke god", "dårlig norsk", "i dont speak norwegian", "enkel norsk": help, not a switch.
_LANGUAGE_HELP = re.compile(
    r"\b(ikke|ikkje|itj|ike|not|dont|don't|do not|no|dårlig|darlig|lite|litt|little|bad|poor|"
    r"enkel|enkle|enklere|lett|lettere|simple|easy|forstå|forstår|forsta|understand|tolk|interpreter|"
    r"translator)\b")


def requested_language(message: str) -> str | None:
    lowered = message.casefold()
    if _ENGLISH.search(lowered):
        return "en"
    if _NORWEGIAN.search(lowered) and not _LANGUAGE_HELP.search(lowered):
        return "nb"
    return None
