"""The NLU's tests run in the Rasa environment (.venv-rasa): nothing of the app is imported."""
import pytest

from tests.support.figures import pytest_terminal_summary, report_figures  # noqa: F401 (pytest finds them here)


@pytest.fixture
def run_rule(tmp_path):
    """Runs one of the intent rules of rasa_server/ on a message the model ranked so (best first)."""
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    def run(rule, text: str, ranking: list[dict]) -> Message:
        component = rule.create({}, LocalModelStorage(tmp_path), Resource(rule.__name__),
                                ExecutionContext(graph_schema=None, node_name=rule.__name__))
        message = Message({TEXT: text, INTENT: dict(ranking[0]), INTENT_RANKING_KEY: [dict(r) for r in ranking]})
        return component.process([message])[0]
    return run
