"""A farewell that good news explains is not a crisis (rasa_server/good_news.py)."""
import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY

from rasa_server.good_news import GoodNewsFarewellClassifier

RANKING = [{"name": "crisis", "confidence": 0.7}, {"name": "urgent_need", "confidence": 0.1},
           {"name": "report_situation_change", "confidence": 0.15}, {"name": "thank", "confidence": 0.05}]


@pytest.mark.parametrize("text", [
    "fikk fast jobb!! så dette blir siste melding fra meg. takk for alt",
    "siste dag på kurset i dag, så dette blir siste melding fra meg. ha det bra",  # the last day of a course (round 66)
])
def test_good_news_explains_a_farewell_the_model_took_for_a_crisis(run_rule, text):
    message = run_rule(GoodNewsFarewellClassifier, text, RANKING)
    assert message.get(INTENT) == {"name": "report_situation_change", "confidence": 0.15}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["report_situation_change", "thank"]


@pytest.mark.parametrize("text", [
    "fikk fast jobb, men orker ikke mer",  # a strong sign stays a crisis
    "takk for alt, dette er siste melding fra meg",  # no good news
    "fikk jobbmatchen, men ikke send flere, jeg planlegger å være borte før den starter",  # a job match received is no job got
])
def test_a_crisis_without_good_news_or_with_a_strong_sign_stays(run_rule, text):
    assert run_rule(GoodNewsFarewellClassifier, text, RANKING).get(INTENT) == RANKING[0]
