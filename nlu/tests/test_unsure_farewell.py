"""An unsure model and a farewell sign make a crisis (rasa_server/unsure_farewell.py)."""
import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY

from rasa_server.unsure_farewell import UnsureFarewellClassifier

FALLBACK = {"name": "nlu_fallback", "confidence": 0.4}


def test_an_unsure_model_and_a_farewell_sign_make_a_crisis(run_rule):
    message = run_rule(UnsureFarewellClassifier, "the guitar is for Anna now, i will not need it", [FALLBACK])
    assert message.get(INTENT) == {"name": "crisis", "confidence": 0.4}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["crisis", "nlu_fallback"]


@pytest.mark.parametrize("text, intent", [
    ("qwer tyui asdf", FALLBACK),  # unsure, no sign
    ("the guitar is for Anna now, i will not need it", {"name": "job_preferences", "confidence": 0.9}),  # sure
    ("T2 bad utf8 %FF%FE end gitt bort katten", FALLBACK),  # junk
])
def test_anything_else_keeps_its_intent(run_rule, text, intent):
    assert run_rule(UnsureFarewellClassifier, text, [intent]).get(INTENT) == intent
