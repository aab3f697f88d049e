"""scripts/train.sh trains only when what the model is made of changed (models/kontakt.inputs)."""
import shutil
import subprocess

from tests.support.processes import PROJECT_ROOT, ensure_model

MODEL_INPUTS = ["config.yml", "nlu/data", "nlu/domain", "rasa_server", "services/__init__.py",
                "services/safety/__init__.py", "services/safety/net.py", "services/safety/required_words.py",
                "services/understanding/__init__.py",
                "services/understanding/nav_terms.py", "requirements/rasa.lock",
                "scripts/train.sh", "models/kontakt.tar.gz", "models/kontakt.inputs"]


def train(root, *args):
    return subprocess.run([str(root / "scripts" / "train.sh"), *args], cwd=root,
                          capture_output=True, text=True)


def test_an_unchanged_model_is_not_trained_again():
    model = ensure_model()
    trained_at = model.stat().st_mtime_ns

    result = train(PROJECT_ROOT)

    assert result.returncode == 0, result.stderr
    assert "the Rasa model is up to date" in result.stdout
    assert model.stat().st_mtime_ns == trained_at


def test_a_changed_training_line_trains_again(tmp_path):
    ensure_model()
    for relative in MODEL_INPUTS:
        source, copy = PROJECT_ROOT / relative, tmp_path / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy)
    (tmp_path / ".venv-rasa").symlink_to(PROJECT_ROOT / ".venv-rasa")
    assert "up to date" in train(tmp_path).stdout

    stamp = (tmp_path / "models" / "kontakt.inputs").read_text()
    (tmp_path / "nlu" / "data" / "nlu" / "new_greetings.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - heisann alle sammen\n')
    # A dry run: Rasa compares the data with its cache (empty in the copy) and trains nothing.
    result = train(tmp_path, "--dry-run")

    assert "==> training the Rasa model" in result.stdout
    assert "up to date" not in result.stdout
    assert "The model needs to be retrained" in result.stdout + result.stderr
    assert (tmp_path / "models" / "kontakt.inputs").read_text() == stamp
