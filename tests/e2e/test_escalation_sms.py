"""Escalations through the real SMS path: Flask -> Rasa + actions -> case -> fake Twilio."""
from datetime import time

import requests
from sqlalchemy import select

from services.cases.handoff import hand_back, take_over
from services.gateways.rasa import AssistantClient
from services.runtime import MessagingServices
from storage.models import CaseCategory, CaseStatus, Escalation, Priority, User
from tests.conftest import RASA_TOKEN


def _case(stack, user_id: int) -> Escalation:
    with stack.db.session() as s:
        return s.execute(select(Escalation).where(Escalation.user_id == user_id)).scalar_one()


def _tracker(stack, sender_id: str) -> dict:
    return requests.get(f"{stack.rasa_url}/conversations/{sender_id}/tracker",
                        params={"token": RASA_TOKEN}, timeout=10).json()


def test_cannot_reach_my_veileder_opens_a_case_and_names_who_answers_by_when(stack):
    user = stack.add_user()
    assert stack.text(user.phone_e164, "får ikke tak i veilederen min").status_code == 200

    replies = stack.fake_twilio.messages_to(user.phone_e164)
    assert len(replies) == 1
    assert replies[0].body.startswith("Takk, jeg har sendt det du skrev videre. Kari leser meldingen din innen ")
    case = _case(stack, user.id)
    assert (case.category, case.priority, case.status) == (CaseCategory.CONTACT_REQUEST, Priority.P3, CaseStatus.OPEN)
    assert case.user_words == "får ikke tak i veilederen min"
    assert case.last_notice in replies[0].body and case.bot_reply.endswith(case.last_notice)


def test_asking_who_the_veileder_is_names_them_without_a_case(stack):
    user = stack.add_user()
    stack.text(user.phone_e164, "hvem er veilederen min?")
    assert stack.fake_twilio.messages_to(user.phone_e164)[-1].body.startswith("Veilederen din er Kari.")
    with stack.db.session() as s:
        assert s.execute(select(Escalation).where(Escalation.user_id == user.id)).first() is None


def test_while_a_veileder_holds_the_case_the_bot_is_quiet_and_rasa_knows_it(stack):
    user = stack.add_user()
    with stack.db.session() as s:  # the hand-back SMS keeps the user's hours: not dependent on the clock
        stored = s.get(User, user.id)
        stored.contact_window_start, stored.contact_window_end = time(0), time.max
    stack.text(user.phone_e164, "får ikke tak i veilederen min")
    assistant = AssistantClient(stack.rasa_url, 10, RASA_TOKEN)
    with stack.db.session() as s:
        case = s.execute(select(Escalation).where(Escalation.user_id == user.id)).scalar_one()
        take_over(s, case, case.assigned_veileder, assistant)
        sender_id = s.get(User, user.id).conversation.rasa_sender_id
    assert _tracker(stack, sender_id)["paused"] is True

    before = len(stack.fake_twilio.messages_to(user.phone_e164))
    stack.text(user.phone_e164, "hei")
    assert len(stack.fake_twilio.messages_to(user.phone_e164)) == before
    assert _case(stack, user.id).user_words.endswith("\nhei")

    with stack.db.session() as s:
        outbox_id = hand_back(s, s.get(Escalation, case.id), assistant).id
    MessagingServices.from_settings(stack.settings, db=stack.db).send_now([outbox_id])
    assert stack.fake_twilio.messages_to(user.phone_e164)[-1].body.startswith("Nå svarer den automatiske")
    assert _tracker(stack, sender_id)["paused"] is False
    stack.text(user.phone_e164, "hei")
    assert stack.fake_twilio.messages_to(user.phone_e164)[-1].body.startswith("Hei!")
