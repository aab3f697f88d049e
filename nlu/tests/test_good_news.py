"""A farewell that good news explains is not a crisis (rasa_server/good_news.py)."""
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from rasa_server.good_news import GoodNewsFarewellClassifier

RANKING = [{"name": "crisis", "confidence": 0.7}, {"name": "urgent_need", "confidence": 0.1},
           {"name": "report_situation_change", "confidence": 0.15}, {"name": "thank", "confidence": 0.05}]


def _classified(tmp_path, text: str) -> Message:
    component = GoodNewsFarewellClassifier.create({}, LocalModelStorage(tmp_path), Resource("good_news"),
                                                  ExecutionContext(graph_schema=None, node_name="good_news"))
    message = Message({TEXT: text, INTENT: dict(RANKING[0]), INTENT_RANKING_KEY: [dict(r) for r in RANKING]})
    return component.process([message])[0]


def test_good_news_explains_a_farewell_the_model_took_for_a_crisis(tmp_path):
    message = _classified(tmp_path, "fikk fast jobb!! så dette blir siste melding fra meg. takk for alt")
    assert message.get(INTENT) == {"name": "report_situation_change", "confidence": 0.15}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["report_situation_change", "thank"]


@pytest.mark.parametrize("text", [
    "fikk fast jobb, men orker ikke mer",  # a strong sign stays a crisis
    "takk for alt, dette er siste melding fra meg",  # no good news
])
def test_a_crisis_without_good_news_or_with_a_strong_sign_stays(tmp_path, text):
    assert _classified(tmp_path, text).get(INTENT) == RANKING[0]
