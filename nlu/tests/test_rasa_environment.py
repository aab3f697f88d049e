"""The Rasa server's environment holds Rasa and nothing of the app (README, "The stack")."""
import subprocess
import sys

from tests.support.processes import PROJECT_ROOT

APP_MODULES = ("bot", "services", "storage", "actions", "scheduler", "flask")


def _modules_loaded_by(import_statement: str) -> set[str]:
    listing = subprocess.run(
        [sys.executable, "-c", f"import sys; {import_statement}; print('\\n'.join(sys.modules))"],
        cwd=PROJECT_ROOT, check=True, capture_output=True, text=True,
    ).stdout.split()
    return set(listing)


def test_the_rasa_channels_load_without_anything_of_the_app():
    loaded = _modules_loaded_by("import rasa_channels")
    assert "rasa_channels" in loaded and "sanic" in loaded
    assert not [name for name in APP_MODULES if name in loaded]


def test_the_rasa_environment_runs_python_3_10():
    assert sys.version_info[:2] == (3, 10)
