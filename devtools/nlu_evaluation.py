"""Evaluates the trained model on the held-out split and writes reports/nlu_evaluation.md (+ .json).

    make evaluate            # = scripts/train.sh, then python -m devtools.nlu_evaluation

Every held-out message is parsed by the trained model (the same parse Rasa's /model/parse
does). The service runs the deterministic safety net (services/safety/net.py) before the
model: a hit overrides the model's intent, so the figures are given for the model alone and
for the model with the safety net on top. nlu/tests/test_nlu_quality.py runs the same
evaluation and fails when macro-F1 drops below 0.90 or crisis recall (with the safety net)
below 1.0.

The model is loaded twice and both loads must give the same intent for every message: a
cheap check that parsing is deterministic. Training itself is made repeatable by the seeds
in config.yml (see README, "Reproducible training").
"""
import argparse
import asyncio
import json
import logging
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from services.safety.net import check_message

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "models" / "kontakt.tar.gz"
HELDOUT_PATH = ROOT / "nlu" / "heldout" / "test_nlu.yml"
REPORT_DIR = ROOT / "reports"
SAFETY_INTENTS = ("crisis", "urgent_need")
MACRO_F1_BAR = 0.90
CRISIS_RECALL_BAR = 1.0


@dataclass(frozen=True)
class Example:
    text: str
    intent: str


@dataclass(frozen=True)
class Prediction:
    example: Example
    model_intent: str  # "nlu_fallback" when the model was unsure
    confidence: float
    safety_intent: str | None  # what the safety net said, None when it passed the message on

    @property
    def service_intent(self) -> str:
        return self.safety_intent or self.model_intent


@dataclass
class Scores:
    macro_f1: float
    accuracy: float
    per_intent: dict[str, dict[str, float]]
    confused_pairs: list[dict]
    recall: dict[str, float]  # crisis and urgent_need


@dataclass
class Evaluation:
    examples: int
    model: Scores
    with_safety_net: Scores
    safety_net_false_alarms: list[dict]
    model_missed_safety: list[dict]  # crisis / urgent_need the model alone got wrong
    deterministic_reloads: bool | None  # None: not checked
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def passes(self) -> bool:
        return (self.with_safety_net.macro_f1 >= MACRO_F1_BAR
                and self.with_safety_net.recall["crisis"] >= CRISIS_RECALL_BAR)


def load_heldout(path: Path = HELDOUT_PATH) -> list[Example]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(path))
    return [Example(m.get("text"), m.get("intent")) for m in data.intent_examples]


def load_agent(model_path: Path = MODEL_PATH):
    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    return Agent.load(str(model_path))


async def _parse_all(agent, examples: list[Example]) -> list[Prediction]:
    predictions = []
    for example in examples:
        parsed = await agent.parse_message(example.text)
        hit = check_message(example.text)
        predictions.append(Prediction(example, parsed["intent"]["name"], parsed["intent"]["confidence"],
                                      hit.intent if hit else None))
    return predictions


def predict(agent, examples: list[Example]) -> list[Prediction]:
    return asyncio.run(_parse_all(agent, examples))


def score(gold: list[str], predicted: list[str], texts: list[str]) -> Scores:
    from sklearn.metrics import accuracy_score, precision_recall_fscore_support

    labels = sorted(set(gold))
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, predicted, labels=labels, zero_division=0)
    per_intent = {
        label: {"precision": round(float(p), 3), "recall": round(float(r), 3), "f1": round(float(f), 3),
                "support": int(s)}
        for label, p, r, f, s in zip(labels, precision, recall, f1, support)
    }
    pairs = Counter((g, p) for g, p in zip(gold, predicted) if g != p)
    examples_of: dict[tuple[str, str], list[str]] = {}
    for g, p, t in zip(gold, predicted, texts):
        if g != p:
            examples_of.setdefault((g, p), []).append(t)
    confused = [{"intent": g, "predicted": p, "count": n, "examples": examples_of[(g, p)][:3]}
                for (g, p), n in pairs.most_common(12)]
    return Scores(
        macro_f1=round(float(sum(f1) / len(labels)), 4),
        accuracy=round(float(accuracy_score(gold, predicted)), 4),
        per_intent=per_intent,
        confused_pairs=confused,
        recall={intent: per_intent.get(intent, {}).get("recall", 0.0) for intent in SAFETY_INTENTS},
    )


def evaluate(model_path: Path = MODEL_PATH, examples: list[Example] | None = None,
             check_reload: bool = True) -> Evaluation:
    """Parses the held-out split with the trained model and scores it; with ``check_reload``
    a second load of the model must predict the same."""
    examples = examples if examples is not None else load_heldout()
    started = time.monotonic()
    agent = load_agent(model_path)
    seconds = {"load_model": round(time.monotonic() - started, 1)}
    started = time.monotonic()
    predictions = predict(agent, examples)
    seconds["parse_all"] = round(time.monotonic() - started, 1)
    deterministic = None
    if check_reload:
        again = predict(load_agent(model_path), examples)
        deterministic = all(a.model_intent == b.model_intent and abs(a.confidence - b.confidence) < 1e-6
                            for a, b in zip(predictions, again))

    gold = [p.example.intent for p in predictions]
    texts = [p.example.text for p in predictions]
    false_alarms = [{"text": p.example.text, "intent": p.example.intent, "safety_net": p.safety_intent}
                    for p in predictions if p.safety_intent and p.safety_intent != p.example.intent]
    missed = [{"text": p.example.text, "intent": p.example.intent, "model": p.model_intent,
               "safety_net": p.safety_intent}
              for p in predictions if p.example.intent in SAFETY_INTENTS and p.model_intent != p.example.intent]
    return Evaluation(
        examples=len(examples),
        model=score(gold, [p.model_intent for p in predictions], texts),
        with_safety_net=score(gold, [p.service_intent for p in predictions], texts),
        safety_net_false_alarms=false_alarms,
        model_missed_safety=missed,
        deterministic_reloads=deterministic,
        seconds=seconds,
    )


def summary(evaluation: Evaluation) -> str:
    model, net = evaluation.model, evaluation.with_safety_net
    return (f"{evaluation.examples} held-out messages: macro-F1 {net.macro_f1:.3f} with the safety net "
            f"({model.macro_f1:.3f} model alone), crisis recall {net.recall['crisis']:.3f} with the "
            f"safety net ({model.recall['crisis']:.3f} model alone), urgent_need recall "
            f"{net.recall['urgent_need']:.3f} ({model.recall['urgent_need']:.3f})")


def _reload_sentence(evaluation: Evaluation) -> str:
    if evaluation.deterministic_reloads is None:
        return "A second load of the model was not checked."
    return ("Two separate loads of the model gave "
            f"{'identical' if evaluation.deterministic_reloads else 'DIFFERENT'} predictions.")


def markdown(evaluation: Evaluation) -> str:
    model, net = evaluation.model, evaluation.with_safety_net
    lines = [
        "# NLU evaluation on the held-out split",
        "",
        f"Generated by `make evaluate` (`python -m devtools.nlu_evaluation`) from `{MODEL_PATH.relative_to(ROOT)}` "
        f"and `{HELDOUT_PATH.relative_to(ROOT)}` ({evaluation.examples} messages, never trained on).",
        "\"With the safety net\" is what the service does: the deterministic check in "
        "`services/safety/net.py` runs first, and a hit overrides the model's intent. "
        "Rasa's `/model/parse` alone gives the \"model alone\" column.",
        "",
        "| | model alone | with the safety net | bar |",
        "|---|---|---|---|",
        f"| macro-F1 | {model.macro_f1:.3f} | {net.macro_f1:.3f} | {MACRO_F1_BAR:.2f} |",
        f"| accuracy | {model.accuracy:.3f} | {net.accuracy:.3f} | |",
        f"| crisis recall | {model.recall['crisis']:.3f} | {net.recall['crisis']:.3f} | {CRISIS_RECALL_BAR:.1f} |",
        f"| urgent_need recall | {model.recall['urgent_need']:.3f} | {net.recall['urgent_need']:.3f} | |",
        "",
        f"Result: **{'pass' if evaluation.passes else 'FAIL'}**. {_reload_sentence(evaluation)} "
        f"Timings (s): {', '.join(f'{k} {v}' for k, v in evaluation.seconds.items())}.",
        "",
        "## Per intent (with the safety net; model alone in brackets where different)",
        "",
        "| intent | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for intent, s in net.per_intent.items():
        m = model.per_intent[intent]

        def cell(key, s=s, m=m):
            return f"{s[key]:.2f}" + (f" ({m[key]:.2f})" if m[key] != s[key] else "")

        lines.append(f"| {intent} | {cell('precision')} | {cell('recall')} | {cell('f1')} | {s['support']} |")
    lines += ["", "## Most confused pairs (with the safety net)", "",
              "| intent | predicted as | count | examples |", "|---|---|---|---|"]
    for pair in net.confused_pairs:
        examples = "; ".join(f"\"{t}\"" for t in pair["examples"])
        lines.append(f"| {pair['intent']} | {pair['predicted']} | {pair['count']} | {examples} |")
    lines += ["", "## Crisis and urgent need the model alone got wrong", ""]
    lines += [f"- \"{m['text']}\" ({m['intent']}: model {m['model']}, safety net {m['safety_net'] or 'no hit'})"
              for m in evaluation.model_missed_safety] or ["- none"]
    lines += ["", "## Safety-net hits on messages of another intent", "",
              "A false alarm costs little (the help numbers and a P1 case); a missed crisis can cost a life.", ""]
    lines += [f"- \"{a['text']}\" ({a['intent']} -> {a['safety_net']})" for a in evaluation.safety_net_false_alarms]
    if not evaluation.safety_net_false_alarms:
        lines.append("- none")
    return "\n".join(lines) + "\n"


def write_report(evaluation: Evaluation, directory: Path = REPORT_DIR) -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "nlu_evaluation.json").write_text(
        json.dumps(asdict(evaluation) | {"passes": evaluation.passes}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")
    path = directory / "nlu_evaluation.md"
    path.write_text(markdown(evaluation), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    evaluation = evaluate(args.model)
    path = write_report(evaluation)
    print(summary(evaluation))
    print(f"report: {path.relative_to(ROOT)}")
    return 0 if evaluation.passes and evaluation.deterministic_reloads else 1


if __name__ == "__main__":
    raise SystemExit(main())
