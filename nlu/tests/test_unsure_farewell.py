"""An unsure model and a farewell sign make a crisis (rasa_server/unsure_farewell.py)."""
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from rasa_server.unsure_farewell import UnsureFarewellClassifier

FALLBACK = {"name": "nlu_fallback", "confidence": 0.4}


def _classified(tmp_path, text: str, intent: dict) -> Message:
    component = UnsureFarewellClassifier.create({}, LocalModelStorage(tmp_path), Resource("unsure_farewell"),
                                                ExecutionContext(graph_schema=None, node_name="unsure_farewell"))
    message = Message({TEXT: text, INTENT: dict(intent), INTENT_RANKING_KEY: [dict(intent)]})
    return component.process([message])[0]


def test_an_unsure_model_and_a_farewell_sign_make_a_crisis(tmp_path):
    message = _classified(tmp_path, "the guitar is for Anna now, i will not need it", FALLBACK)
    assert message.get(INTENT) == {"name": "crisis", "confidence": 0.4}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["crisis", "nlu_fallback"]


@pytest.mark.parametrize("text, intent", [
    ("qwer tyui asdf", FALLBACK),  # unsure, no sign
    ("the guitar is for Anna now, i will not need it", {"name": "job_preferences", "confidence": 0.9}),  # sure
    ("T2 bad utf8 %FF%FE end gitt bort katten", FALLBACK),  # junk
])
def test_anything_else_keeps_its_intent(tmp_path, text, intent):
    assert _classified(tmp_path, text, intent).get(INTENT) == intent
