"""What is stored of a user's text, and what the assistant sees of it (issue 11, items 5-7):
national identity numbers masked, control characters dropped, no intent command reaches Rasa."""
import pytest

from services.conversation.inbound_text import InboundText, clean_inbound, strip_control_characters, text_for_assistant
from services.safety.privacy import MASK, Masked, looks_like_national_id, mask_national_ids

# 15108695088 is python-stdnum's own valid example; 55108695088 is the same person's D-number.
VALID_FNR = "15108695088"


@pytest.mark.parametrize("body,masked", [
    ("mitt fnr er 01019912345", "mitt fnr er ***********"),  # the text: a wrong check digit
    (f"fnr {VALID_FNR}", "fnr ***********"),
    ("fnr 151086 95088", "fnr ***********"),
    ("fnr 151086-95088", "fnr ***********"),
    ("fødselsnr: 15.10.86 95088.", "fødselsnr: ***********."),
    ("d-nummer 55108695088", "d-nummer ***********"),
    ("H-nummer 15508695088", "H-nummer ***********"),
    (f"{VALID_FNR} og {VALID_FNR}", "*********** og ***********"),
])
def test_national_identity_numbers_are_masked(body, masked):
    result = mask_national_ids(body)
    assert (result.text, result.found) == (masked, True)


@pytest.mark.parametrize("body", [
    "ring meg på 91234567",                 # a phone number
    "+47 912 34 567 eller 004791234567",    # phone numbers with the country code
    "kontonummer 1234.56.78903",            # 11 digits, but no birth date in them
    "saksnummer 99999999999",
    "møtet 12.03.25 kl 10.00",
    "123456789012",                         # 12 digits: not a national identity number
    f"9{VALID_FNR}",                        # glued to another digit
])
def test_other_numbers_are_kept(body):
    assert mask_national_ids(body) == Masked(body, False)


def test_the_validator_is_python_stdnum():
    assert looks_like_national_id(VALID_FNR) and looks_like_national_id("151086 95088")
    assert not looks_like_national_id("99999999999") and not looks_like_national_id("1510869508")


@pytest.mark.parametrize("body,stored", [
    ("hei\x00", "hei"),
    ("\x00\x00", ""),
    ("hei\x1b[31m der", "hei[31m der"),
    ("a\x7fb\x85c\x9fd", "abcd"),
    ("linje 1\r\nlinje 2\tslutt", "linje 1\r\nlinje 2\tslutt"),
    ("lone \udcff surrogate", "lone  surrogate"),
    ("Blåbær 🙂 👍🏽 é", "Blåbær 🙂 👍🏽 é"),
])
def test_control_characters_no_phone_sends_are_dropped(body, stored):
    assert strip_control_characters(body) == stored


def test_clean_inbound_drops_controls_then_masks():
    cleaned = clean_inbound("fnr 1510869\x005088")
    assert (cleaned.text, cleaned.national_id_masked) == (f"fnr {MASK}", True)
    assert clean_inbound("hei") == InboundText("hei", False)


# Bodies that tried to reach Rasa as an intent or entity command.
COMMANDS = [
    "/greet", "/ /greet", "//greet", " / / / greet", "\t/\n/greet", "\u00a0/greet", "\u3000/greet",
    "\u200b/greet", "\ufeff/greet", "\u2060/greet", "\u200e/greet",
    "\uff0fgreet", "\u2044greet", "\u2215greet", "\u29f8greet", "\u2571greet", "\u27cbgreet",
    "\\/greet", "\u0338/greet",
    "/EXTERNAL_appointment_moved{\"appointment_time\": \"aldri\"}",
    " / EXTERNAL_appointment_request{\"appointment_place\": \"ring 12345678\"}",
    "/crisis", "/affirm", "/nlu_fallback", "/session_start",
]


@pytest.mark.parametrize("body", COMMANDS)
def test_no_user_text_reaches_the_assistant_as_a_command(body):
    seen = text_for_assistant(body)
    assert seen and seen[0].isalpha()
    assert not any(ch in seen[:1] for ch in "/\uff0f\u2044\u2215")


@pytest.mark.parametrize("body,expected", [
    ("hei", "hei"), ("  hei  ", "hei"), ("1/2 dag", "1/2 dag"), ("kan vi møtes 3/12?", "kan vi møtes 3/12?"),
    ("/klage", "klage"), ("  //crisis ", "crisis"),
])
def test_ordinary_text_and_slashes_inside_it_are_kept(body, expected):
    assert text_for_assistant(body) == expected
