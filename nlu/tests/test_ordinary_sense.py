"""Strong words in their everyday sense are not a P1 (rasa_server/ordinary_sense.py)."""
import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY

from rasa_server.ordinary_sense import OrdinarySenseClassifier

RANKING = [{"name": "crisis", "confidence": 0.6}, {"name": "urgent_need", "confidence": 0.2},
           {"name": "reschedule_appointment", "confidence": 0.15}, {"name": "goodbye", "confidence": 0.05}]


@pytest.mark.parametrize("text", [
    "haha I could kill for a slot on Thursday instead",
    "jeg dør av kjedsomhet på dette kurset, kan vi flytte møtet?",
    "sier farvel for i dag, snakkes på mandag",
    "køen på telefonen tar knekken på meg",
    # a death told as expected, with no sign of the net at all (round 48)
    "bestefar sovnet inn på søndag, han ble 93. kan vi ta møtet uka etter begravelsen?",
    "our old cat had to be put down, she was 18 and had a good life. can we meet friday instead",
])
def test_an_everyday_sense_takes_the_p1_away(run_rule, text):
    message = run_rule(OrdinarySenseClassifier, text, RANKING)
    assert message.get(INTENT) == {"name": "reschedule_appointment", "confidence": 0.15}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["reschedule_appointment", "goodbye"]


def test_an_urgent_need_in_everyday_words_is_taken_away_too(run_rule):
    ranking = [RANKING[1], RANKING[0], *RANKING[2:]]
    assert run_rule(OrdinarySenseClassifier, "ler meg ihjel av brevet dere sendte", ranking).get(INTENT)["name"] == \
        "reschedule_appointment"


@pytest.mark.parametrize("text", [
    "jeg dør av latter, men orker ikke mer",  # a strong sign keeps the P1
    "sier farvel for i dag. har tatt alle pillene",
    "I could kill myself, everything is pointless",  # no everyday sense
    "ha det bra alle sammen, dette er siste melding",
    "mamma døde i fjor, hun ble 80. nå orker jeg ikke mer",  # grief with a sign stays a P1
    "bestefar døde i går, han var 90. ingen vil savne meg heller",
    "kona mi døde brått i sommer. kan vi flytte møtet?",  # not told as expected
])
def test_a_p1_with_a_sign_or_without_an_everyday_sense_stays(run_rule, text):
    assert run_rule(OrdinarySenseClassifier, text, RANKING).get(INTENT) == RANKING[0]


def test_another_intent_is_left_as_it_is(run_rule):
    ranking = [RANKING[2], RANKING[0], RANKING[1], RANKING[3]]
    assert run_rule(OrdinarySenseClassifier, "I could kill for a coffee", ranking).get(INTENT) == RANKING[2]
