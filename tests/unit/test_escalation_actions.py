"""The escalation actions, run as the action server runs them, against a real database."""
import pytest
from sqlalchemy import select

from actions import activities, escalation, preferences, safety
from services.messaging.gsm7 import fits_one_sms_thread
from storage.models import CaseCategory, Escalation, Priority
from tests.support.actions import run_action


def run(action, sender_id: str, words: str) -> list[str]:
    said, returned = run_action(action, sender_id, words)
    assert returned == []
    return said


@pytest.mark.parametrize("action,category,priority,first_words", [
    (escalation.ActionContactVeileder(), "contact_request", "P3", "Takk, jeg har sendt"),
    (escalation.ActionChangeVeileder(), "change_veileder", "P2", "Takk for at du sier fra"),
    (escalation.ActionSituationChange(), "situation_change", "P2", "Takk for at du forteller det"),
    (escalation.ActionFrustration(), "frustration", "P2", "Jeg skjønner at du er lei"),
    (escalation.ActionNotUnderstood(), "not_understood", "P3", "Beklager, jeg forsto deg ikke"),
])
def test_each_action_opens_a_case_and_says_who_answers(db, sender, action, category, priority, first_words):
    sender_id, user_id = sender
    replies = run(action, sender_id, "brukerens egne ord")
    assert len(replies) == 1 and replies[0].startswith(first_words)
    assert "leser meldingen din innen" in replies[0] and fits_one_sms_thread(replies[0])
    with db.session() as s:
        case = s.execute(select(Escalation).where(Escalation.user_id == user_id)).scalar_one()
        assert (case.category, case.priority) == (CaseCategory(category), Priority(priority))
        assert case.user_words == "brukerens egne ord"
        assert case.bot_reply == "\n".join([replies[0][:-len(case.last_notice) - 1], case.last_notice])


def test_a_complaint_explains_the_right_to_appeal_first(db, sender):
    sender_id, _ = sender
    rights, sent = run(escalation.ActionComplaint(), sender_id, "uenig i vedtaket")
    assert "rett til å klage" in rights and "Fristen står i brevet" in rights
    assert sent.startswith("Takk, jeg har sendt det du skrev videre. Kari leser meldingen din innen")


def test_asking_for_the_veileder_names_her_and_opens_no_case(db, sender):
    sender_id, user_id = sender
    assert run(escalation.ActionAskVeileder(), sender_id, "hvem er veilederen min") == [
        "Veilederen din er Kari. Kari svarer vanligvis på hverdager mellom kl 8 og 16."]
    with db.session() as s:
        assert s.execute(select(Escalation).where(Escalation.user_id == user_id)).first() is None


@pytest.mark.parametrize("action", [
    escalation.ActionContactVeileder(), escalation.ActionAskVeileder(), preferences.ActionOptOut(),
    preferences.ActionSwitchToEnglish(), activities.ActionAskActivity(), safety.ActionCrisis(),
])
def test_an_unknown_sender_gets_the_kind_default(db, sender, action):
    assert run(action, "no-such-sender", "hei") == ["utter_default"]
