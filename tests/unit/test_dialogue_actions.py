"""The actions for terms, payments, language, message wishes, jobs, innsyn, absence and the
list of meetings, run as the action server runs them, against a real database."""
from datetime import time, timedelta

import pytest
from sqlalchemy import select

from actions import appointments, jobs, preferences, requests, safety, terms
from services.appointments.booking import confirm_by_user, create_appointment
from services.appointments.texts import format_when
from storage.models import AppointmentKind, CaseCategory, Escalation, Priority, User, utcnow
from tests.support.actions import run_action as run


def the_case(db, user_id: int) -> Escalation | None:
    with db.session() as s:
        return s.execute(select(Escalation).where(Escalation.user_id == user_id)).scalar_one_or_none()


def test_a_term_tagged_by_the_nlu_is_explained(db, sender):
    sender_id, user_id = sender
    said, _ = run(terms.ActionExplainTerm(), sender_id, "hva betyr arbeidsavklaringspenger",
                  entities=[{"entity": "term", "value": "aap"}])
    assert said == ["utter_term_aap"] and the_case(db, user_id) is None


def test_a_term_the_nlu_missed_is_found_in_the_words(db, sender):
    said, _ = run(terms.ActionExplainTerm(), sender[0], "ka e kvp")
    assert said == ["utter_term_kvp"]


def test_without_a_word_the_bot_asks_which_then_passes_the_question_on(db, sender):
    sender_id, user_id = sender
    assert run(terms.ActionExplainTerm(), sender_id, "skjønner ikke brevet")[0] == ["utter_term_which"]
    said, _ = run(terms.ActionExplainTerm(), sender_id, "det står noe rart",
                  before=("skjønner ikke brevet", "action_explain_term"))
    assert said[0].startswith("Det ordet kan jeg ikke forklare ennå.") and "Kari leser" in said[0]
    case = the_case(db, user_id)
    assert (case.category, case.priority) == (CaseCategory.GENERAL, Priority.P3)
    assert case.user_words == "skjønner ikke brevet\ndet står noe rart"


@pytest.mark.parametrize("offer,category,priority", [
    ("utter_ask_payment", CaseCategory.PAYMENT_QUESTION, Priority.P2),
    ("action_explain_term", CaseCategory.GENERAL, Priority.P3),
])
def test_yes_to_the_offer_passes_the_question_before_it_on(db, sender, offer, category, priority):
    sender_id, user_id = sender
    said, _ = run(requests.ActionOfferAccepted(), sender_id, "ja", before=("når kommer pengene", offer))
    assert said[0].startswith("Takk, jeg har sendt det du skrev videre. Kari leser meldingen din innen")
    case = the_case(db, user_id)
    assert (case.category, case.priority, case.user_words) == (category, priority, "når kommer pengene\nja")


# With no job-match SMS open, and no wish the assistant can read (tests/unit/test_job_actions.py has the rest).
@pytest.mark.parametrize("action,intent_words", [
    (jobs.ActionJobInterested(), "vil søke lagerjobben"),
    (jobs.ActionJobNotRelevant(), "ikke aktuelt, har ikke førerkort"),
    (requests.ActionJobApplicationHelp(), "trenger hjelp m cv"),
    (jobs.ActionJobPreferences(), "vet ikke hva slags jobb jeg vil ha"),
])
def test_job_messages_go_to_the_veileder_as_p3_job_match_cases(db, sender, action, intent_words):
    sender_id, user_id = sender
    said, _ = run(action, sender_id, intent_words)
    assert len(said) == 1 and "Kari leser meldingen din innen" in said[0] and "eilederen din" in said[0]
    case = the_case(db, user_id)
    assert (case.category, case.priority, case.user_words) == (CaseCategory.JOB_MATCH, Priority.P3, intent_words)


def test_innsyn_explains_the_right_and_opens_a_p3_case(db, sender):
    sender_id, user_id = sender
    said, _ = run(requests.ActionRequestOwnData(), sender_id, "vil se hva dere har skrevet om meg")
    assert "rett til å se" in said[0] and "Min side" in said[0]
    assert (the_case(db, user_id).category, the_case(db, user_id).priority) == (CaseCategory.GENERAL, Priority.P3)


@pytest.mark.parametrize("words,category,priority,get_well", [
    ("er syk og kommer ikke på praksisplassen", CaseCategory.CANNOT_DO_ACTIVITY, Priority.P2, True),
    ("kommer litt seint idag, bussen sto", CaseCategory.GENERAL, Priority.P3, False),
])
def test_absence_from_a_tiltak_is_passed_on_kindly(db, sender, words, category, priority, get_well):
    sender_id, user_id = sender
    said, _ = run(requests.ActionReportAbsence(), sender_id, words)
    assert said[0].startswith("Takk for at du sier fra") and ("god bedring" in said[0]) is get_well
    assert "Lurer du på noe, kan du skrive her." in said[0]
    assert (the_case(db, user_id).category, the_case(db, user_id).priority) == (category, priority)


def test_english_on_request_is_stored_and_confirmed_in_english(db, sender):
    sender_id, user_id = sender
    said, events = run(preferences.ActionLanguagePreference(), sender_id, "english please")
    assert said == ["OK, I will write in English from now on. Skriv NORSK om du vil ha meldinger på norsk."]
    assert {"event": "slot", "timestamp": None, "name": "language", "value": "en"} in events
    with db.session() as s:
        assert s.get(User, user_id).language == "en"
    said, _ = run(preferences.ActionLanguagePreference(), sender_id, "norsk takk")
    assert said[0].startswith("Greit, nå skriver jeg på norsk.")
    with db.session() as s:
        assert s.get(User, user_id).language == "nb"
    assert the_case(db, user_id) is None


def test_an_interpreter_goes_to_the_veileder_and_english_is_offered(db, sender):
    sender_id, user_id = sender
    said, events = run(preferences.ActionLanguagePreference(), sender_id, "trenger tolk")
    assert "bestille tolk" in said[0] and "Want messages in English? Reply yes." in said[0]
    assert {"event": "slot", "timestamp": None, "name": "english_offered", "value": True} in events
    assert the_case(db, user_id).priority is Priority.P3
    said, events = run(preferences.ActionSwitchToEnglish(), sender_id, "yes", slots={"english_offered": True})
    assert said[0].startswith("OK, I will write in English")
    with db.session() as s:
        assert s.get(User, user_id).language == "en"


def test_a_yes_without_an_offer_of_english_changes_nothing(db, sender):
    sender_id, user_id = sender
    said, _ = run(preferences.ActionSwitchToEnglish(), sender_id, "ja", slots={"english_offered": False})
    assert said[0].startswith("Takk!")
    with db.session() as s:
        assert s.get(User, user_id).language == "nb"


def test_a_confirmed_opt_out_is_the_keyword_stopp(db, sender):
    sender_id, user_id = sender
    said, _ = run(preferences.ActionOptOut(), sender_id, "ja")
    assert said[0].startswith("Du får ikke flere meldinger fra NAV her")
    with db.session() as s:
        assert s.get(User, user_id).opted_out_at is not None
    assert run(preferences.ActionOptOut(), sender_id, "ja")[0][0].startswith("Du får allerede bare svar")


def test_a_wish_about_time_and_number_is_stored_and_told(db, sender):
    sender_id, user_id = sender
    said, _ = run(preferences.ActionMessagePreferences(), sender_id, "færre meldinger og ikke før kl 10")
    assert said == ["Greit! Nå får du meldinger fra NAV bare mellom kl 10 og 20. Svar på det du skriver selv "
                    "kan likevel komme utenom disse tidene. Greit! Nå får du høyst 2 påminnelser og jobbtips i uka. "
                    "Resten samler vi i én melding."]
    with db.session() as s:
        user = s.get(User, user_id)
        assert (user.contact_window_start, user.contact_window_end, user.weekly_message_budget) == (time(10), time(20), 2)
    assert the_case(db, user_id) is None


def test_a_wish_that_cannot_be_read_goes_to_the_veileder(db, sender):
    sender_id, user_id = sender
    said, _ = run(preferences.ActionMessagePreferences(), sender_id, "ikke send i helgene")
    assert said[0].startswith("Takk, jeg har sendt ønsket ditt om meldingene til veilederen din.")
    assert the_case(db, user_id).user_words == "ikke send i helgene"


def test_a_crisis_only_the_model_caught_is_answered_like_the_safety_net(db, sender):
    sender_id, user_id = sender
    said, _ = run(safety.ActionCrisis(), sender_id, "alt er bare for tungt nå")
    assert "113" in said[0] and "116 123" in said[0] and said[1].startswith("Kari leser")
    case = the_case(db, user_id)
    assert (case.category, case.priority) == (CaseCategory.CRISIS, Priority.P1)
    with db.session() as s:
        assert s.get(User, user_id).nudges_paused_until is not None
    assert case.safety_reason == "Modellen alene (crisis); ingen tegn i sikkerhetsnettet"


def test_a_crisis_from_an_unsure_model_with_a_farewell_sign_records_the_sign(db, sender):
    # rasa_server/unsure_farewell.py turns such a message from nlu_fallback into crisis
    sender_id, user_id = sender
    said, _ = run(safety.ActionCrisis(), sender_id, "the guitar is for Anna now, i will not need it")
    assert "113" in said[0]
    assert the_case(db, user_id).safety_reason == (
        "Modellen (crisis) og ett tegn i sikkerhetsnettet: avslutter kontakten («i wil not ned it»)")


def test_a_crisis_the_safety_net_also_sees_records_its_sign(db, sender):
    sender_id, user_id = sender
    run(safety.ActionCrisis(), sender_id, "har samla på pilla")
    assert the_case(db, user_id).safety_reason.startswith("Sikkerhetsnettet: midler")


@pytest.mark.parametrize("junk", ["T2 bad utf8 %FF%FE end", "%FF%FE%00", "!!!! ???? 1234"])
def test_junk_the_model_calls_a_crisis_is_not_understood_and_opens_no_case(db, sender, junk):
    sender_id, user_id = sender
    said, _ = run(safety.ActionCrisis(), sender_id, junk)
    assert said == ["utter_ask_rephrase"]
    assert the_case(db, user_id) is None
    with db.session() as s:
        assert s.get(User, user_id).nudges_paused_until is None


@pytest.mark.parametrize("confirmed", [False, True])
def test_the_list_of_meetings_asks_about_the_next_one_until_it_is_confirmed(db, sender, confirmed):
    sender_id, user_id = sender
    starts_at = utcnow().replace(microsecond=0) + timedelta(days=3)
    with db.session() as s:
        user = s.get(User, user_id)
        meeting = create_appointment(s, user=user, veileder=user.current_veileder, starts_at=starts_at,
                                     ends_at=starts_at + timedelta(minutes=45), kind=AppointmentKind.PHONE)
        if confirmed:
            confirm_by_user(meeting, utcnow())
        s.flush()
        meeting_id = str(meeting.id)
    said, events = run(appointments.ActionAskAppointment(), sender_id, "når er neste møte?")
    assert said[0] == "utter_appointment_list"
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["appointment_id"] == meeting_id
    if confirmed:
        assert len(said) == 1 and "appointment_question" not in slots
    else:
        assert said[1] == f"Kan du komme på møtet {format_when(starts_at)}? Svar JA, eller NEI hvis tiden ikke passer."
        assert slots["appointment_question"] == "confirm"  # so that "ja" or "kan ikke" answers this meeting
