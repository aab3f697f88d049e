"""Replies the actions compose from several texts: the composition must fit one SMS thread too.

tests/unit/test_user_texts.py checks each text alone; an escalating action sends its last text
and the who-answers notice as one SMS, filled with names and dates.
"""
import importlib
import pkgutil

import pytest

import actions
from actions.escalation import EscalatingAction
from services.messaging.gsm7 import MAX_SMS_SEPTETS, join_when_it_fits, non_gsm7_characters, septet_length
from services.messaging.texts import text
from tests.support.longest import notice


def _all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_subclasses(sub)


for module in pkgutil.iter_modules(actions.__path__):  # every action module, as the action server loads them
    importlib.import_module(f"actions.{module.name}")
ESCALATING = [cls for cls in _all_subclasses(EscalatingAction) if getattr(cls, "text_keys", None)]


def test_the_walk_finds_the_escalating_actions():
    assert len(ESCALATING) >= 10


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("action", ESCALATING, ids=[cls.__name__ for cls in ESCALATING])
def test_the_last_text_and_the_notice_go_out_as_sms_that_each_fit(action, language):
    for message in join_when_it_fits(text(action.text_keys[-1], language), notice(language)):
        assert not non_gsm7_characters(message)
        assert septet_length(message) <= MAX_SMS_SEPTETS, f"{septet_length(message)} septets: {message}"


def test_short_texts_are_joined_and_long_ones_kept_apart():
    assert join_when_it_fits("Takk.", "Kari svarer i morgen.") == ["Takk. Kari svarer i morgen."]
    long = "x" * 300
    assert join_when_it_fits(long, "Kari svarer i morgen.") == [long, "Kari svarer i morgen."]
