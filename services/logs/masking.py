"""Phone numbers and national identity numbers masked out of any text bound for a log.

Pure (``re``, phonenumbers, python-stdnum through services/safety/privacy.py): the Rasa
server's environment imports it too (rasa_server/logs.py), so that its lines are masked the
same way.

A candidate is a run of 8 to 15 digits, spaces allowed between them, standing alone (not
inside a word, an id like a Twilio SID, or a longer number), with an optional "+", "00" or
URL-encoded "%2B" in front. phonenumbers decides: a candidate that is a possible number in
Norway, or with its "+" a valid number anywhere, is masked. Dates and times are never
candidates (their separators are not spaces). National identity numbers go first, with the
privacy module's own rule, so that an eleven-digit number is never read as a phone number.
"""
import re

import phonenumbers

from services.safety.privacy import mask_national_ids

PHONE_MASK = "[phone]"
_CANDIDATE = re.compile(r"(?<![\w%+])(?:\+|%2[Bb])?\d(?: ?\d){7,14}(?!\w)")
_DIGIT_RUN = re.compile(r"\d(?: ?\d){7}")


def _is_phone_number(candidate: str) -> bool:
    international = candidate.startswith(("+", "%"))
    digits = re.sub(r"\D", "", candidate.removeprefix("%2B").removeprefix("%2b"))
    try:
        number = phonenumbers.parse(("+" if international else "") + digits, None if international else "NO")
        if phonenumbers.is_possible_number(number):
            return True
        # A number written with its country code but without the "+" (4791234567).
        return len(digits) > 8 and phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False


def mask_phone_numbers(text: str) -> str:
    if not _DIGIT_RUN.search(text):  # most lines have no eight digits in a row: no parsing
        return text
    return _CANDIDATE.sub(lambda match: PHONE_MASK if _is_phone_number(match.group()) else match.group(), text)


def mask_personal_numbers(text: str) -> str:
    """``text`` without national identity numbers or phone numbers."""
    return mask_phone_numbers(mask_national_ids(text).text)
