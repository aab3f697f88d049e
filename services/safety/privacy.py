"""National identity numbers (fødselsnummer, D-number, H-number) masked before anything is stored.

A user who texts "mitt fnr er 010199 12345" must not have the number kept in the thread, a
case or Rasa's tracker: NAV never needs it by SMS. The number is recognised by
python-stdnum's ``no.fodselsnummer``: eleven digits (also written ``DDMMYY NNNNN``,
``DDMMYY-NNNNN`` or ``DD.MM.YY NNNNN``) whose first nine read as a birth date and an
individual number (D-numbers add 4 to the first digit, H-numbers 4 to the third). A wrong
check digit does not save the number from the mask: a mistyped number still names the person.
"""
import re
from dataclasses import dataclass

from stdnum.exceptions import ValidationError
from stdnum.no import fodselsnummer

MASK = "*" * 11
_CANDIDATE = re.compile(r"(?<![\d.])\d{2}\.?\d{2}\.?\d{2}[ -]?\d{5}(?![\d])")


@dataclass(frozen=True)
class Masked:
    text: str
    found: bool  # at least one number was masked


def looks_like_national_id(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if len(digits) != 11:
        return False
    if fodselsnummer.is_valid(digits):
        return True
    try:
        fodselsnummer.get_birth_date(digits)
    except (ValidationError, ValueError):
        return False
    return True


def mask_national_ids(text: str) -> Masked:
    """``text`` with every national identity number replaced by eleven asterisks."""
    found = False

    def replace(match: re.Match) -> str:
        nonlocal found
        if looks_like_national_id(match.group()):
            found = True
            return MASK
        return match.group()

    return Masked(_CANDIDATE.sub(replace, text), found)
