import hashlib
import hmac

import phonenumbers


class InvalidPhoneNumber(ValueError):
    pass


def normalise_phone(raw: str, default_region: str = "NO") -> str:
    """The E.164 form of a phone number ("+4791234567"), Norwegian by default."""
    try:
        number = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException as error:
        raise InvalidPhoneNumber("not a phone number") from error
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhoneNumber("not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_hash(e164: str, secret: str) -> str:
    """A keyed hash that recognises a number again without storing it."""
    return hmac.new(secret.encode(), e164.encode(), hashlib.sha256).hexdigest()
