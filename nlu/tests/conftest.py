"""The NLU's tests run in the Rasa environment (.venv-rasa): nothing of the app is imported."""
from tests.support.figures import pytest_terminal_summary, report_figures  # noqa: F401 (pytest finds them here)
