"""Every message a user can receive: GSM-7, at most 306 characters, no sanctions, no promises.

Walks every response in nlu/domain and every text the service sends by itself.
"""
import re
from pathlib import Path

import pytest
import yaml

from services.messaging.gsm7 import MAX_SMS_SEPTETS, non_gsm7_characters, septet_length
from services.messaging.texts import TEXTS

ROOT = Path(__file__).resolve().parents[2]

FORBIDDEN = [
    # sanctions, cuts and consequences
    r"\bstans", r"\bstopp(e|er|es)? (i )?(utbetaling|ytelse|pengene)", r"\bkutt", r"\btrekk",
    r"\bsanksjon", r"\bmist(e|er)\b", r"\bkonsekvens", r"\breduser", r"\btilbakebetal",
    r"\bsanction", r"\bpenalt", r"\bconsequence", r"\bcut (your|the)", r"\blose your",
    # promises
    r"\blover\b", r"\bgaranter", r"\bpromise", r"\bguarantee", r"\bdu (vil|skal) få (jobb|penger|plass)",
    # what the bot cannot know: how fast a person answers, that nothing more is needed, what
    # a veileder or a decision will do
    r"alltid med en gang", r"trenger ikke gjøre noe mer", r"helt i orden", r"følger deg opp som før",
    r"du får fortsatt", r"always come at once", r"anything more now", r"that is fine", r"still follows you",
    r"you still get",
    # never ask for or echo a national identity number
    r"f[øo]dselsnummer", r"\bpersonnummer", r"national identity number",
]


def _domain_texts():
    for path in sorted((ROOT / "nlu" / "domain").glob("*.yml")):
        domain = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, variants in (domain.get("responses") or {}).items():
            for index, variant in enumerate(variants):
                if variant.get("text"):
                    yield f"{path.name}:{name}[{index}]", variant["text"]


def _service_texts():
    for key, variants in TEXTS.items():
        for language, value in variants.items():
            yield f"services/messaging/texts.py:{key}[{language}]", value


ALL_TEXTS = list(_domain_texts()) + list(_service_texts())


def test_the_walk_finds_the_texts():
    assert len(ALL_TEXTS) >= 10
    assert any(name.startswith("core.yml:utter_greet") for name, _ in ALL_TEXTS)


@pytest.mark.parametrize("name,text", ALL_TEXTS, ids=[name for name, _ in ALL_TEXTS])
def test_a_user_text_is_gsm7_and_fits_two_segments(name, text):
    # Slot placeholders such as {veileder_name} are filled with plain names at run time.
    assert not non_gsm7_characters(text), f"{name} has non-GSM-7 characters"
    assert septet_length(text) <= MAX_SMS_SEPTETS, f"{name} is {septet_length(text)} septets"


# The one text that names the national identity number: it tells the user not to send it.
NAMES_THE_NUMBER = {"services/messaging/texts.py:national_id_not_needed[nb]",
                    "services/messaging/texts.py:national_id_not_needed[en]"}
NUMBER_PATTERNS = FORBIDDEN[-3:]


@pytest.mark.parametrize("name,text", ALL_TEXTS, ids=[name for name, _ in ALL_TEXTS])
def test_a_user_text_has_no_sanction_wording_or_promise(name, text):
    lowered = text.lower()
    for pattern in FORBIDDEN:
        if name in NAMES_THE_NUMBER and pattern in NUMBER_PATTERNS:
            continue
        assert not re.search(pattern, lowered), f"{name} matches {pattern!r}"


@pytest.mark.parametrize("sample,bad", [
    ("Pengene dine kan bli stanset.", True),
    ("Vi lover deg jobb.", True),
    ("Svar kommer alltid med en gang.", True),
    ("Du trenger ikke gjøre noe mer nå.", True),
    ("Send oss fødselsnummeret ditt.", True),
    ("Hei! Kari svarer deg innen i morgen kl 12.", False),
])
def test_the_wording_check_itself_catches_what_it_should(sample, bad):
    assert any(re.search(p, sample.lower()) for p in FORBIDDEN) is bad


def test_the_alphabet_check_catches_characters_that_force_ucs2():
    assert non_gsm7_characters("Hei – “takk” 🙂") == {"–", "“", "”", "🙂"}
    assert not non_gsm7_characters("Blåbær og ØL på Ærø")
