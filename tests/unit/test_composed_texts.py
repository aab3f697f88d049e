"""Replies the actions compose from several texts: the composition must fit one SMS thread too.

tests/unit/test_user_texts.py checks each text alone; an escalating action sends its last text
and the who-answers notice as one SMS, filled with names and dates.
"""
import importlib
import pkgutil
from datetime import datetime

import pytest

import actions
from actions.escalation import EscalatingAction
from services.cases.who_answers import date_text
from services.messaging.gsm7 import MAX_SMS_SEPTETS, join_when_it_fits, non_gsm7_characters, septet_length
from services.messaging.texts import text

LONG_FIRST_NAME = "Marie-Kristine"  # first names only are used in SMS


def _all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_subclasses(sub)


def _longest_notice(language: str) -> str:
    longest_date = max((date_text(datetime(2026, month, 28, 12), language) for month in range(1, 13)), key=len)
    when = text("when_date", language).format(date=longest_date, time="12:45")
    notices = [
        text("case_notice_team", language).format(when=when),
        text("case_notice_veileder", language).format(name=LONG_FIRST_NAME, when=when),
        text("case_notice_backup", language).format(away=LONG_FIRST_NAME, name=LONG_FIRST_NAME, when=when),
    ]
    return max(notices, key=septet_length)


for module in pkgutil.iter_modules(actions.__path__):  # every action module, as the action server loads them
    importlib.import_module(f"actions.{module.name}")
ESCALATING = [cls for cls in _all_subclasses(EscalatingAction) if getattr(cls, "text_keys", None)]


def test_the_walk_finds_the_escalating_actions():
    assert len(ESCALATING) >= 10


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("action", ESCALATING, ids=[cls.__name__ for cls in ESCALATING])
def test_the_last_text_and_the_notice_go_out_as_sms_that_each_fit(action, language):
    for message in join_when_it_fits(text(action.text_keys[-1], language), _longest_notice(language)):
        assert not non_gsm7_characters(message)
        assert septet_length(message) <= MAX_SMS_SEPTETS, f"{septet_length(message)} septets: {message}"


def test_short_texts_are_joined_and_long_ones_kept_apart():
    assert join_when_it_fits("Takk.", "Kari svarer i morgen.") == ["Takk. Kari svarer i morgen."]
    long = "x" * 300
    assert join_when_it_fits(long, "Kari svarer i morgen.") == [long, "Kari svarer i morgen."]
