"""The safety net as a step before the assistant: help at once, a P1 case, nudges paused."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from services.cases.handoff import hold_for_veileder
from services.conversation import pipeline as inbound
from services.messaging.contact_rules import may_receive
from services.messaging.keywords import handle_keyword
from services.safety.step import CRISIS_PAUSE, check_safety
from storage.models import (
    CaseCategory,
    CaseStatus,
    Direction,
    Escalation,
    Message,
    MessageCategory,
    Priority,
    SenderKind,
    User,
    utcnow,
)
from tests.support.people import make_team, make_user, make_veileder


@pytest.fixture
def user_id(db):
    with db.session() as s:
        team = make_team(s)
        return make_user(s, team, make_veileder(s, team, "Kari")).id


def _inbound(session, user_id: int, body: str) -> Message:
    message = Message(conversation=session.get(User, user_id).conversation, direction=Direction.INBOUND,
                      channel="sms", sender_kind=SenderKind.USER, body=body)
    session.add(message)
    session.flush()
    return message


def _case(session, user_id: int) -> Escalation:
    return session.execute(select(Escalation).where(Escalation.user_id == user_id)).scalar_one()


def test_it_runs_after_the_keywords_and_before_a_veileders_hold():
    steps = inbound.PRE_ASSISTANT_STEPS
    assert steps.index(handle_keyword) < steps.index(check_safety) < steps.index(hold_for_veileder)


def test_a_crisis_gets_113_and_116_123_at_once_a_p1_case_and_paused_nudges(db, user_id):
    with db.session() as s:
        handled = check_safety(s, _inbound(s, user_id, "orker ikke mer, vil ikke leve"))
        help_text, notice = handled
        assert "113" in help_text and "116 123" in help_text
        case = _case(s, user_id)
        assert (case.category, case.priority, case.status) == (CaseCategory.CRISIS, Priority.P1, CaseStatus.OPEN)
        assert notice == case.last_notice and notice.startswith("Kari leser meldingen din innen")
        assert case.user_words == "orker ikke mer, vil ikke leve"
        user = s.get(User, user_id)
        assert utcnow() + CRISIS_PAUSE - timedelta(minutes=1) < user.nudges_paused_until <= utcnow() + CRISIS_PAUSE
        for paused in (MessageCategory.NUDGE, MessageCategory.REMINDER, MessageCategory.JOB_MATCH):
            assert not may_receive(s, user, paused, utcnow())
        assert may_receive(s, user, MessageCategory.REPLY, utcnow()) and may_receive(s, user, MessageCategory.VEILEDER, utcnow())


def test_the_pause_ends_by_itself(db, user_id):
    with db.session() as s:
        user = s.get(User, user_id)
        user.nudges_paused_until = utcnow() - timedelta(seconds=1)
        assert may_receive(s, user, MessageCategory.NUDGE, utcnow())


def test_an_english_user_gets_the_numbers_in_english(db):
    with db.session() as s:
        team = make_team(s)
        user_id = make_user(s, team, make_veileder(s, team, "Kari"), language="en").id
        help_text, notice = check_safety(s, _inbound(s, user_id, "i want to die"))
        assert help_text.startswith("Thank you for telling me") and "113" in help_text and "116 123" in help_text
        assert notice.startswith("Kari will read your message by")


def test_violence_also_names_the_police(db, user_id):
    with db.session() as s:
        help_text, _ = check_safety(s, _inbound(s, user_id, "samboeren slår meg"))
        assert "112" in help_text and "113" in help_text and "116 123" in help_text


def test_no_food_is_urgent_mentions_emergency_aid_and_pauses_nothing(db, user_id):
    with db.session() as s:
        help_text, notice = check_safety(s, _inbound(s, user_id, "har ikke mat til helga"))
        assert "nødhjelp" in help_text and "kan se på om" in help_text
        case = _case(s, user_id)
        assert (case.category, case.priority) == (CaseCategory.URGENT_NEED, Priority.P1)
        assert notice == case.last_notice
        assert s.get(User, user_id).nudges_paused_until is None


def test_eviction_is_urgent_without_the_food_sentence(db, user_id):
    with db.session() as s:
        help_text, _ = check_safety(s, _inbound(s, user_id, "blir kastet ut fredag"))
        assert "nødhjelp" not in help_text and "med en gang" in help_text


def test_an_ordinary_message_passes_on(db, user_id):
    with db.session() as s:
        assert check_safety(s, _inbound(s, user_id, "når er neste møte?")) is None
        assert s.execute(select(Escalation)).first() is None


def test_while_a_veileder_holds_the_case_a_crisis_still_gets_the_numbers(db, user_id):
    with db.session() as s:
        check_safety(s, _inbound(s, user_id, "har ikke penger til husleie"))
        case = _case(s, user_id)
        case.status, case.held_by = CaseStatus.HELD_BY_VEILEDER, case.assigned_veileder
        s.flush()
        help_text, _ = check_safety(s, _inbound(s, user_id, "vil ta livet mitt"))
        assert "116 123" in help_text
        case = _case(s, user_id)
        assert case.status is CaseStatus.HELD_BY_VEILEDER
        assert case.priority is Priority.P1 and case.user_words.endswith("\nvil ta livet mitt")


def test_the_case_records_which_sign_fired(db, user_id):
    with db.session() as s:
        check_safety(s, _inbound(s, user_id, "har ikke penger på telefonen, og har ikke penger til mat heller"))
        assert _case(s, user_id).safety_reason == "Sikkerhetsnettet: ikke mat («ike penger til mat»)"


def test_a_bed_tonight_because_home_is_unsafe_is_urgent_names_the_police_and_pauses_nudges(db, user_id):
    with db.session() as s:
        help_text, _ = check_safety(s, _inbound(s, user_id, "trenger et sted å sove i natt, tør ikke dra hjem"))
        assert "112" in help_text and "116 123" in help_text
        case = _case(s, user_id)
        assert (case.category, case.priority) == (CaseCategory.URGENT_NEED, Priority.P1)
        assert case.safety_reason.startswith("Sikkerhetsnettet: ikke noe sted å sove eller bo + ikke trygg hjemme")
        assert s.get(User, user_id).nudges_paused_until is not None


def test_asking_to_be_called_for_lack_of_phone_credit_passes_on(db, user_id):
    with db.session() as s:
        assert check_safety(s, _inbound(s, user_id, "har ikke penger på telefonen, kan veilederen ringe meg")) is None
        assert s.execute(select(Escalation)).first() is None
