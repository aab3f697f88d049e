"""Cases: priorities, one open case per user, raised never lowered, and what the user is told."""
from datetime import datetime, time, timedelta, timezone

import pytest
from sqlalchemy import func, select

from services.cases.escalations import CATEGORY_PRIORITY, create_escalation, is_overdue, record_veileder_reply
from services.cases.who_answers import veileder_info_text
from services.messaging.gsm7 import fits_one_sms_thread
from services.oslo import OSLO
from storage.models import CaseCategory, CaseStatus, Escalation, Priority, WorkingHours
from tests.support.people import make_absence, make_team, make_user, make_veileder

MONDAY_NOON = datetime(2028, 5, 8, 12, 0, tzinfo=OSLO)


@pytest.fixture
def people(db):
    with db.session() as session:
        team = make_team(session)
        kari, per = make_veileder(session, team, "Kari"), make_veileder(session, team, "Per")
        user = make_user(session, team, kari)
        yield session, team, kari, per, user


@pytest.mark.parametrize("category,priority", [
    ("crisis", "P1"), ("urgent_need", "P1"),
    ("situation_change", "P2"), ("cannot_do_activity", "P2"), ("need_more_time", "P2"), ("complaint", "P2"),
    ("change_veileder", "P2"), ("payment_question", "P2"), ("frustration", "P2"),
    ("contact_request", "P3"), ("reschedule", "P3"), ("job_match", "P3"), ("general", "P3"),
    ("not_understood", "P3"),
])
def test_priorities_follow_the_domain_rules(category, priority):
    assert CATEGORY_PRIORITY[CaseCategory(category)] == Priority(priority)


def test_every_category_has_a_priority():
    assert set(CATEGORY_PRIORITY) == set(CaseCategory)


def test_a_contact_request_goes_to_the_fixed_veileder_and_the_user_is_told(people):
    session, team, kari, _, user = people
    case = create_escalation(session, user, "contact_request", "får ikke tak i veilederen min",
                             bot_reply="Jeg sender det videre.", now=MONDAY_NOON)
    assert (case.category, case.priority, case.status) == (CaseCategory.CONTACT_REQUEST, Priority.P3, CaseStatus.OPEN)
    assert (case.assigned_veileder, case.assigned_team, case.route) == (kari, team, "fixed")
    assert case.due_at == datetime(2028, 5, 10, 12, 0, tzinfo=OSLO)
    assert case.user_words == "får ikke tak i veilederen min"
    assert case.last_notice == "Kari leser meldingen din innen onsdag kl 12."
    assert case.bot_reply == "Jeg sender det videre.\nKari leser meldingen din innen onsdag kl 12."
    assert case.unanswered_count == 1


def test_the_notice_says_tomorrow_and_fits_an_sms(people):
    session, _, _, _, user = people
    case = create_escalation(session, user, "complaint", "uenig i vedtaket", now=MONDAY_NOON)
    assert case.last_notice == "Kari leser meldingen din innen i morgen kl 12."
    assert fits_one_sms_thread(case.last_notice)


def test_the_backup_is_named_while_the_veileder_is_away(people):
    session, _, kari, per, user = people
    make_absence(session, kari, MONDAY_NOON - timedelta(days=1), MONDAY_NOON + timedelta(days=5), backup=per)
    case = create_escalation(session, user, "contact_request", "hallo?", now=MONDAY_NOON)
    assert (case.assigned_veileder, case.route) == (per, "backup")
    assert case.last_notice == "Kari er borte nå, så Per svarer for Kari. Per leser meldingen din innen onsdag kl 12."


def test_the_team_inbox_is_told_without_a_name(people):
    session, team, kari, _, user = people
    make_absence(session, kari, MONDAY_NOON - timedelta(days=1), MONDAY_NOON + timedelta(days=5))
    case = create_escalation(session, user, "crisis", "orker ikke mer", now=MONDAY_NOON)
    assert (case.assigned_veileder, case.assigned_team, case.priority) == (None, team, Priority.P1)
    assert case.last_notice == "Noen på NAV-kontoret ditt leser meldingen din innen i dag kl 14."


def test_english_users_are_told_in_english(db):
    with db.session() as session:
        team = make_team(session)
        user = make_user(session, team, make_veileder(session, team, "Kari"), language="en")
        case = create_escalation(session, user, "general", "hello?", now=datetime(2028, 5, 12, 12, 0, tzinfo=OSLO))
        # Friday noon + two working days, over the weekend.
        assert case.last_notice == "Kari will read your message by Tuesday at 12:00."


def test_a_date_is_named_when_the_due_day_is_a_week_or_more_away(people):
    session, _, kari, _, user = people
    # Kari works only Mondays: two working days ahead is the Monday after next.
    session.add(WorkingHours(veileder=kari, weekday=0, starts=time(8), ends=time(16)))
    session.flush()
    case = create_escalation(session, user, "general", "et spørsmål", now=MONDAY_NOON)
    assert case.due_at == datetime(2028, 5, 22, 12, 0, tzinfo=OSLO)
    assert case.last_notice == "Kari leser meldingen din innen 22. mai kl 12."


def test_an_open_case_is_reused_and_raised_but_never_duplicated(people):
    session, _, _, _, user = people
    first = create_escalation(session, user, "contact_request", "får ikke tak i veilederen", now=MONDAY_NOON)
    later = MONDAY_NOON + timedelta(hours=1)
    second = create_escalation(session, user, "situation_change", "har fått jobb", now=later)
    assert second.id == first.id
    assert session.execute(select(func.count(Escalation.id))).scalar_one() == 1
    assert second.user_words == "får ikke tak i veilederen\nhar fått jobb"
    assert (second.category, second.unanswered_count) == (CaseCategory.SITUATION_CHANGE, 2)
    # P2 from the new category, and raised once more for the second unanswered message.
    assert second.priority == Priority.P1
    assert second.due_at == datetime(2028, 5, 8, 15, 0, tzinfo=OSLO)


def test_repeated_unanswered_messages_raise_the_priority(people):
    session, _, _, _, user = people
    priorities = []
    for hour in range(5):
        case = create_escalation(session, user, "general", f"melding {hour}", now=MONDAY_NOON + timedelta(hours=hour))
        priorities.append(case.priority.value)
    assert priorities == ["P3", "P2", "P2", "P1", "P1"]


def test_nothing_lowers_the_priority_or_moves_the_due_time_later(people):
    session, _, _, _, user = people
    crisis = create_escalation(session, user, "crisis", "vil ikke leve", now=MONDAY_NOON)
    due = crisis.due_at
    again = create_escalation(session, user, "general", "når er møtet?", now=MONDAY_NOON + timedelta(minutes=30))
    assert (again.priority, again.category, again.due_at) == (Priority.P1, CaseCategory.CRISIS, due)


def test_after_a_veileder_answers_a_new_message_gets_a_fresh_due_time(people):
    session, _, _, _, user = people
    case = create_escalation(session, user, "complaint", "uenig", now=MONDAY_NOON)
    record_veileder_reply(case, MONDAY_NOON + timedelta(hours=1))
    assert (case.status, case.unanswered_count) == (CaseStatus.WAITING_FOR_USER, 0)
    assert not is_overdue(case, MONDAY_NOON + timedelta(days=9))
    wednesday = datetime(2028, 5, 10, 9, 0, tzinfo=OSLO)
    create_escalation(session, user, "general", "takk, men hva nå?", now=wednesday)
    assert (case.status, case.unanswered_count, case.priority) == (CaseStatus.OPEN, 1, Priority.P2)
    assert case.due_at == datetime(2028, 5, 11, 9, 0, tzinfo=OSLO)
    assert is_overdue(case, datetime(2028, 5, 11, 9, 1, tzinfo=OSLO))


def test_a_resolved_case_is_not_reused(people):
    session, _, _, _, user = people
    first = create_escalation(session, user, "general", "spørsmål", now=MONDAY_NOON)
    first.status = CaseStatus.RESOLVED
    second = create_escalation(session, user, "general", "nytt spørsmål", now=MONDAY_NOON + timedelta(days=1))
    assert second.id != first.id


def test_what_the_user_is_told_about_their_veileder(people):
    session, _, kari, per, user = people
    assert veileder_info_text(session, user, MONDAY_NOON) == (
        "Veilederen din er Kari. Kari svarer vanligvis på hverdager mellom kl 8 og 16.")
    for weekday in (0, 2):
        session.add(WorkingHours(veileder=kari, weekday=weekday, starts=time(9), ends=time(14, 30)))
    session.flush()
    session.refresh(kari)
    assert veileder_info_text(session, user, MONDAY_NOON) == (
        "Veilederen din er Kari. Kari svarer vanligvis mandag og onsdag mellom kl 9 og 14.30.")
    make_absence(session, kari, MONDAY_NOON - timedelta(days=1),
                 datetime(2028, 5, 20, 0, 0, tzinfo=OSLO), backup=per)
    assert veileder_info_text(session, user, MONDAY_NOON) == (
        "Veilederen din er Kari, som er borte til og med 19. mai. Så lenge svarer Per for Kari.")


def test_crisis_at_night_is_due_early_next_working_day(people):
    session, _, _, _, user = people
    night = datetime(2028, 5, 8, 23, 30, tzinfo=OSLO).astimezone(timezone.utc)
    case = create_escalation(session, user, "crisis", "orker ikke mer", now=night)
    assert case.due_at == datetime(2028, 5, 9, 10, 0, tzinfo=OSLO)
    assert case.last_notice == "Kari leser meldingen din innen i morgen kl 10."


def test_a_wish_for_another_veileder_goes_to_the_team_not_to_the_veileder(people):
    session, team, _, _, user = people
    case = create_escalation(session, user, "change_veileder", "vil bytte veileder", now=MONDAY_NOON)
    assert (case.assigned_veileder, case.assigned_team, case.priority) == (None, team, Priority.P2)
    assert case.last_notice.startswith("Noen på NAV-kontoret ditt")
