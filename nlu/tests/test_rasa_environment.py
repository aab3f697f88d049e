"""The Rasa server's environment holds Rasa and nothing of the app but its pure log helpers and
the pure safety net, whose signs are the model's features, and the pure list of NAV words
(README, "The stack")."""
import subprocess
import sys

from tests.support.processes import PROJECT_ROOT

APP_MODULES = ("bot", "storage", "actions", "scheduler", "worker", "flask")
# The log lines' format and masking (rasa_server/logs.py): pure, the same in every process.
PURE_APP_MODULES = {"services", "services.logs", "services.logs.setup", "services.logs.masking",
                    "services.safety", "services.safety.privacy"}


def _modules_loaded_by(import_statement: str) -> set[str]:
    listing = subprocess.run(
        [sys.executable, "-c", f"import sys; {import_statement}; print('\\n'.join(sys.modules))"],
        cwd=PROJECT_ROOT, check=True, capture_output=True, text=True,
    ).stdout.split()
    return set(listing)


def test_the_channels_and_stores_load_nothing_of_the_app_but_its_log_helpers():
    loaded = _modules_loaded_by("import rasa_server.channels, rasa_server.stores")
    assert {"rasa_server.channels", "rasa_server.stores", "sanic", "services.logs.masking"} <= loaded
    assert not [name for name in APP_MODULES if name in loaded]
    assert {name for name in loaded if name.split(".")[0] == "services"} == PURE_APP_MODULES


def test_the_models_safety_features_load_nothing_of_the_app_but_the_pure_safety_net():
    loaded = _modules_loaded_by("import rasa_server.safety_features")
    assert "rasa_server.safety_features" in loaded
    assert not [name for name in APP_MODULES if name in loaded]
    assert {name for name in loaded if name.split(".")[0] == "services"} == \
        {"services", "services.safety", "services.safety.net", "services.safety.required_words"}


def test_the_term_question_rule_loads_nothing_of_the_app_but_the_pure_nav_words():
    loaded = _modules_loaded_by("import rasa_server.term_question")
    assert not [name for name in APP_MODULES if name in loaded]
    assert {name for name in loaded if name.split(".")[0] == "services"} == \
        {"services", "services.understanding", "services.understanding.nav_terms"}


def test_conversations_are_kept_in_postgresql_when_the_app_is_there_else_in_a_sqlite_file_beside_its_own():
    from rasa_server.stores import tracker_url

    assert tracker_url({"DATABASE_URL": "postgresql://k:pw@db:5432/kontakt"}) == "postgresql://k:pw@db:5432/kontakt"
    assert tracker_url({"DATABASE_URL": "postgres://k@db/kontakt"}) == "postgresql://k@db/kontakt"
    assert tracker_url({"DATABASE_URL": "sqlite:////srv/data/kontakt.db"}) == "sqlite:////srv/data/rasa_tracker.db"
    assert tracker_url({}) == f"sqlite:///{PROJECT_ROOT / 'instance' / 'rasa_tracker.db'}"
    assert tracker_url({"RASA_TRACKER_URL": "sqlite:////tmp/t.db", "DATABASE_URL": "postgresql://x/y"}) \
        == "sqlite:////tmp/t.db"


def test_the_rasa_environment_runs_python_3_10():
    assert sys.version_info[:2] == (3, 10)
