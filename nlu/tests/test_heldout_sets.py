"""The held-out sets stay held out: no line of them is in the training data (nlu/README.md)."""
import re
from pathlib import Path

import pytest
import yaml

NLU = Path(__file__).resolve().parents[1]
HELDOUT_SETS = sorted((NLU / "heldout").glob("*.yml"))
ANNOTATION = re.compile(r"\[([^\]]+)\]\([^)]+\)")


def example_lines(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [ANNOTATION.sub(r"\1", line.strip()[2:]).strip().lower()
            for block in data.get("nlu", []) if "intent" in block
            for line in block["examples"].splitlines() if line.strip().startswith("- ")]


TRAINING = {line for path in (NLU / "data" / "nlu").glob("*.yml") for line in example_lines(path)}


def test_there_are_held_out_sets_and_training_data():
    assert len(HELDOUT_SETS) >= 4 and len(TRAINING) > 3000


@pytest.mark.parametrize("path", HELDOUT_SETS, ids=lambda p: p.name)
def test_no_held_out_line_is_trained_on(path):
    assert not [line for line in example_lines(path) if line in TRAINING]
