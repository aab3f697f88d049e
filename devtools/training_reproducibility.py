"""Same data and seeds, same model: trains the NLU twice and compares the predictions.

    .venv-rasa/bin/python -m devtools.training_reproducibility     # two NLU trainings: minutes

Both models parse the whole held-out split; every intent and confidence must be the same.
Too slow for the test suite, so it is run by hand when config.yml changes (README, "Timings").
"""
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from devtools.nlu_evaluation import ROOT, load_agent, load_heldout, predict


def train_nlu(out: Path) -> float:
    """One training from scratch: its own, empty Rasa cache, else the second run reuses the first."""
    started = time.monotonic()
    subprocess.run([str(Path(sys.executable).parent / "rasa"), "train", "nlu", "--config", "config.yml",
                    "--nlu", "nlu/data", "--out", str(out), "--fixed-model-name", "nlu"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "RASA_CACHE_DIRECTORY": str(out / "cache")})
    return time.monotonic() - started


def main() -> int:
    examples = load_heldout()
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        seconds = [train_nlu(Path(first)), train_nlu(Path(second))]
        runs = [predict(load_agent(Path(d) / "nlu.tar.gz"), examples) for d in (first, second)]
    differing = [(a.example.text, a.model_intent, a.confidence, b.model_intent, b.confidence)
                 for a, b in zip(*runs) if a.model_intent != b.model_intent or a.confidence != b.confidence]
    print(f"two NLU trainings ({seconds[0]:.0f} s, {seconds[1]:.0f} s): "
          f"{len(examples) - len(differing)} of {len(examples)} held-out predictions identical")
    for row in differing[:10]:
        print("  differs:", row)
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
