"""The trained model on the held-out split: the bars of issue 3, measured, not assumed.

Runs the same evaluation as `make evaluate` (devtools/nlu_evaluation.py), loading the model
once, and prints the figures.
"""
import pytest
import yaml

from devtools.nlu_evaluation import CRISIS_RECALL_BAR, MACRO_F1_BAR, evaluate, load_heldout, summary
from tests.support.processes import PROJECT_ROOT, ensure_model

CONTRACT_INTENTS = set(yaml.safe_load((PROJECT_ROOT / "nlu" / "domain" / "core.yml").read_text(encoding="utf-8"))["intents"])


@pytest.fixture(scope="module")
def evaluation(report_figures):
    result = evaluate(ensure_model(), check_reload=False)
    report_figures(["NLU on the held-out split: " + line for line in summary(result).splitlines()])
    report_figures([f"  confused: {pair['intent']} -> {pair['predicted']}: {pair['count']}"
                    for pair in result.with_safety_net.confused_pairs[:5]])
    return result


def test_the_heldout_split_is_large_enough_and_covers_every_intent():
    examples = load_heldout()
    assert len(examples) >= 150
    assert {e.intent for e in examples} == CONTRACT_INTENTS


def test_macro_f1_on_the_heldout_split_is_at_least_the_bar(evaluation):
    assert evaluation.with_safety_net.macro_f1 >= MACRO_F1_BAR, summary(evaluation)


def test_no_crisis_message_is_missed_with_the_safety_net(evaluation):
    missed = [t for pair in evaluation.with_safety_net.confused_pairs if pair["intent"] == "crisis"
              for t in pair["examples"]]
    assert evaluation.with_safety_net.recall["crisis"] >= CRISIS_RECALL_BAR, missed


def test_the_safety_net_never_lowers_recall_of_crisis_or_urgent_need(evaluation):
    for intent in ("crisis", "urgent_need"):
        assert evaluation.with_safety_net.recall[intent] >= evaluation.model.recall[intent]
