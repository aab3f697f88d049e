"""Figures a test measured, printed in a section at the end of the run (both environments)."""
import pytest

_MEASURED_FIGURES: list[str] = []


@pytest.fixture(scope="session")
def report_figures():
    """Lets a test hand over figures it measured; they are printed at the end of the run."""
    return _MEASURED_FIGURES.extend


def pytest_terminal_summary(terminalreporter):
    if _MEASURED_FIGURES:
        terminalreporter.section("measured figures")
        for line in _MEASURED_FIGURES:
            terminalreporter.write_line(line)
