"""A question of what a NAV word means is explain_term (rasa_server/term_question.py)."""
import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY

from rasa_server.term_question import TermQuestionClassifier

RANKING = [{"name": "ask_payment", "confidence": 0.58}, {"name": "explain_term", "confidence": 0.39},
           {"name": "opt_out", "confidence": 0.03}]


@pytest.mark.parametrize("text", ["ka betyr etterbetaling", "what is etterbetaling", "hva er en etterbetaling",
                                  "fikk brev om tilbakekreving, hva betyr det?"])
def test_a_question_of_what_a_nav_word_means_is_explain_term(run_rule, text):
    message = run_rule(TermQuestionClassifier, text, RANKING)
    assert message.get(INTENT) == {"name": "explain_term", "confidence": 0.58}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["explain_term", "ask_payment", "opt_out"]


@pytest.mark.parametrize("text", ["når kommer etterbetalingen min", "hva er status på etterbetalingen min",
                                  "hva betyr det for etterbetalingen min at jeg får jobb"])
def test_a_question_about_the_money_stays(run_rule, text):
    assert run_rule(TermQuestionClassifier, text, RANKING).get(INTENT) == RANKING[0]


@pytest.mark.parametrize("p1", ["crisis", "urgent_need"])
def test_a_p1_stays(run_rule, p1):
    ranking = [{"name": p1, "confidence": 0.7}, *RANKING]
    assert run_rule(TermQuestionClassifier, "hva betyr tilbakekreving, jeg har ikke penger til mat", ranking).get(INTENT) == \
        ranking[0]
