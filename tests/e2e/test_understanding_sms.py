"""Issue 3 through the running service (Flask -> safety net / Rasa + actions -> fake Twilio):
a crisis, an explained NAV word, a switch to English."""
from sqlalchemy import select

from services.messaging.send_policy import schedule_user_message
from storage.models import CaseCategory, Escalation, MessageCategory, Priority, User
from tests.e2e.test_keywords import bodies_to, texts_rasa_saw, whole_day_user


def the_case(stack, user_id: int) -> Escalation:
    with stack.db.session() as s:
        return s.execute(select(Escalation).where(Escalation.user_id == user_id)).scalar_one()


def test_a_crisis_gets_the_help_numbers_at_once_a_p1_case_and_no_more_nudges(stack):
    user = whole_day_user(stack)
    assert stack.text(user.phone_e164, "orker ikke mer. vil bare forsvinne for godt").status_code == 200

    help_text, notice = bodies_to(stack, user)
    assert "113" in help_text and "116 123" in help_text
    case = the_case(stack, user.id)
    assert (case.category, case.priority) == (CaseCategory.CRISIS, Priority.P1)
    assert notice == case.last_notice and notice.startswith("Kari leser meldingen din innen")
    assert texts_rasa_saw(stack, user) == []  # answered before the assistant

    with stack.db.session() as s:
        nudge = schedule_user_message(s, s.get(User, user.id), "Hei! En aktivitet i planen din har frist i dag.",
                                      MessageCategory.NUDGE, None, f"nudge:crisis:{user.id}")
        assert nudge.outcome == "cancelled"


def explanation_for(stack, user: User, words: str) -> str:
    """The answer to a question about a NAV word, which always offers the veileder."""
    stack.text(user.phone_e164, words)
    explanation = bodies_to(stack, user)[-1]
    assert explanation.endswith("Vil du at veilederen din forklarer mer? Svar ja.")
    return explanation


def test_a_nav_word_is_explained_and_the_veileder_offered(stack):
    user = stack.add_user()
    assert explanation_for(stack, user, "hva betyr aap").startswith("AAP betyr arbeidsavklaringspenger.")

    stack.text(user.phone_e164, "ja")
    assert bodies_to(stack, user)[-1].startswith("Takk, jeg har sendt det du skrev videre. Kari leser")
    case = the_case(stack, user.id)
    assert (case.category, case.priority, case.user_words) == (CaseCategory.GENERAL, Priority.P3, "hva betyr aap\nja")


def test_a_word_from_a_letter_about_money_is_explained(stack):
    user = stack.add_user()
    assert explanation_for(stack, user, "hva betyr tilbakekreving i brevet").startswith(
        "Tilbakekreving betyr at NAV ber om å få tilbake penger")


def test_english_on_request_then_answers_in_english(stack):
    user = stack.add_user()
    stack.text(user.phone_e164, "can you write in english please")
    assert bodies_to(stack, user)[-1].startswith("OK, I will write in English from now on.")
    with stack.db.session() as s:
        assert s.get(User, user.id).language == "en"

    stack.text(user.phone_e164, "what is aap")
    assert bodies_to(stack, user)[-1].startswith("AAP (arbeidsavklaringspenger) is money from NAV")

    stack.text(user.phone_e164, "kan du skrive på norsk igjen")
    assert bodies_to(stack, user)[-1].startswith("Greit, nå skriver jeg på norsk.")
    stack.text(user.phone_e164, "hei")
    assert bodies_to(stack, user)[-1].startswith("Hei!")


def test_a_payment_question_is_never_guessed_and_yes_makes_a_p2_case(stack):
    user = stack.add_user()
    stack.text(user.phone_e164, "når kommer pengene mine")
    answer = bodies_to(stack, user)[-1]
    assert answer.startswith("Jeg kan ikke se utbetalingene dine") and answer.endswith("Svar ja.")
    stack.text(user.phone_e164, "ja")
    case = the_case(stack, user.id)
    assert (case.category, case.priority) == (CaseCategory.PAYMENT_QUESTION, Priority.P2)


def test_no_more_messages_is_confirmed_first_then_works_like_stopp(stack):
    user = stack.add_user()
    stack.text(user.phone_e164, "ikke send meg flere meldinger")
    assert bodies_to(stack, user)[-1].startswith("Vil du slutte å få meldinger fra NAV her? Svar ja")
    stack.text(user.phone_e164, "ja")
    assert bodies_to(stack, user)[-1].startswith("Du får ikke flere meldinger fra NAV her")
    with stack.db.session() as s:
        assert s.get(User, user.id).opted_out_at is not None


def test_a_yes_out_of_the_blue_gets_a_friendly_question_back(stack):
    user = stack.add_user()
    stack.text(user.phone_e164, "ja")
    assert bodies_to(stack, user)[-1].startswith("Takk for svaret! Jeg er ikke sikker på hva det gjelder.")
