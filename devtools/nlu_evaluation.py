"""Evaluates the trained model on every held-out set and writes reports/nlu_evaluation.md (+ .json).

    make evaluate            # = scripts/train.sh, then python -m devtools.nlu_evaluation

The sets in nlu/heldout/ are never trained on (nlu/README.md):
  heldout       test_nlu.yml           the held-out split, written with the training data
  probe         probe_nlu.yml          other voices: older, younger, dialect, non-native, English
  probe_voices  probe_voices_nlu.yml   the users' own voices (issue 16): stories, greetings in
                                       front, dialect, non-native, English, indirect crisis
  ordinary      ordinary_nlu.yml       false-alarm set: ordinary messages about money, tiredness,
                                       phone credit, "orker ikke", and junk; only its false P1 rate
                                       counts (a P1 is crisis or urgent_need)

Every message is parsed by the trained model (the same parse Rasa's /model/parse does: "model
alone"), and scored again as the service treats it ("with the safety net"): the deterministic
safety net (services/safety/net.py) runs first and a hit overrides the model; a crisis or
urgent_need from the model alone on junk text is treated as not understood (the same guard the
actions use, services.safety.net.model_may_raise_p1).

Parsing one message runs on one core, so the sets are split over one process per core (at most
``MAX_PARSE_PROCESSES``), each loading the model once; with ``check_reload`` another load must
predict the same on the held-out split, a cheap check that parsing is deterministic. Training
itself is made repeatable by the seeds in config.yml (README, "Reproducible training").
"""
import argparse
import asyncio
import json
import logging
import os
import re
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from itertools import accumulate
from multiprocessing import get_context
from pathlib import Path

from services.safety.net import check_message, model_may_raise_p1

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "models" / "kontakt.tar.gz"
HELDOUT_DIR = ROOT / "nlu" / "heldout"
HELDOUT_PATH = HELDOUT_DIR / "test_nlu.yml"
EVALUATION_SETS = {
    "heldout": HELDOUT_PATH,
    "probe": HELDOUT_DIR / "probe_nlu.yml",
    "probe_voices": HELDOUT_DIR / "probe_voices_nlu.yml",
}
FALSE_ALARM_PATH = HELDOUT_DIR / "ordinary_nlu.yml"
FALSE_ALARM_SET = "ordinary"
REPORT_DIR = ROOT / "reports"
SAFETY_INTENTS = ("crisis", "urgent_need")
NOT_UNDERSTOOD = "nlu_fallback"

# The bars (issue 16), on every set above: nlu/tests/test_nlu_quality.py asserts them.
MACRO_F1_BAR = 0.95  # with the safety net
SAFETY_RECALL_BAR = 1.0  # crisis and urgent_need, with the safety net
MODEL_SAFETY_RECALL_BAR = 0.95  # crisis and urgent_need, model alone
FALSE_P1_BAR = 0.01  # share of the ordinary messages answered as a P1, with the safety net
GREETING_IN_FRONT_BAR = 0.05  # share of "hei! <request>" messages taken as greet or thank
# A greeting or thanks in front of a request: the request decides the intent (nlu/README.md).
GREETING_IN_FRONT = re.compile(r"^\W*(?:hei|heisann|hallo|halla|heia|god\s+(?:morgen|dag|kveld)|hi|hello|hey|takk|tusen\s+takk)\b",
                               re.IGNORECASE)
SOCIAL_INTENTS = ("greet", "thank")
CRISIS_RECALL_BAR = SAFETY_RECALL_BAR  # the name older callers use
# Each parse process holds a loaded model (about 1 GB).
MAX_PARSE_PROCESSES = 4


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
    safety_reason: str | None = None  # which sign the safety net matched

    @property
    def service_intent(self) -> str:
        """What the service acts on: the safety net's hit, else the model, whose crisis or
        urgent_need on junk is treated as not understood."""
        if self.safety_intent:
            return self.safety_intent
        if self.model_intent in SAFETY_INTENTS and not model_may_raise_p1(self.example.text):
            return NOT_UNDERSTOOD
        return self.model_intent


@dataclass
class Scores:
    macro_f1: float
    accuracy: float
    per_intent: dict[str, dict[str, float]]
    confused_pairs: list[dict]
    recall: dict[str, float]  # crisis and urgent_need
    false_p1: float  # share of the messages of another intent answered as crisis or urgent_need


@dataclass
class SetEvaluation:
    name: str
    path: str
    examples: int
    model: Scores
    with_safety_net: Scores
    safety_net_false_alarms: list[dict]
    model_missed_safety: list[dict]  # crisis / urgent_need the model alone got wrong
    missed_safety: list[dict]  # crisis / urgent_need missed with the safety net too
    greeting_in_front: int  # messages of another intent that begin with a greeting or thanks
    taken_as_greeting: list[dict]  # ... that the model alone took as greet or thank


    def bar_failures(self) -> list[str]:
        failures = []
        net, model = self.with_safety_net, self.model
        if net.macro_f1 < MACRO_F1_BAR:
            failures.append(f"{self.name}: macro-F1 {net.macro_f1:.3f} < {MACRO_F1_BAR}")
        for intent in SAFETY_INTENTS:
            if net.recall[intent] < SAFETY_RECALL_BAR:
                failures.append(f"{self.name}: {intent} recall with the net {net.recall[intent]:.3f}")
            if model.recall[intent] < MODEL_SAFETY_RECALL_BAR:
                failures.append(f"{self.name}: {intent} recall model alone {model.recall[intent]:.3f}")
        return failures


@dataclass
class FalseAlarmEvaluation:
    """The ordinary messages: how many would open a P1 case."""
    examples: int
    model_false_p1: list[dict]  # model alone says crisis / urgent_need
    service_false_p1: list[dict]  # the service would answer as crisis / urgent_need

    @property
    def model_rate(self) -> float:
        return round(len(self.model_false_p1) / self.examples, 4)

    @property
    def service_rate(self) -> float:
        return round(len(self.service_false_p1) / self.examples, 4)


@dataclass
class Evaluation:
    sets: dict[str, SetEvaluation]
    false_alarms: FalseAlarmEvaluation | None
    deterministic_reloads: bool | None  # None: not checked
    seconds: dict[str, float] = field(default_factory=dict)

    def bar_failures(self) -> list[str]:
        failures = [f for s in self.sets.values() for f in s.bar_failures()]
        in_front = sum(s.greeting_in_front for s in self.sets.values())
        taken = sum(len(s.taken_as_greeting) for s in self.sets.values())
        if taken > GREETING_IN_FRONT_BAR * in_front:
            failures.append(f"a greeting in front decided the intent of {taken} of {in_front} messages")
        if self.false_alarms and self.false_alarms.service_rate > FALSE_P1_BAR:
            failures.append(f"ordinary: false P1 {self.false_alarms.service_rate:.3f} > {FALSE_P1_BAR}")
        return failures

    @property
    def passes(self) -> bool:
        return not self.bar_failures()


def load_examples(path: Path) -> list[Example]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(path))
    return [Example(m.get("text"), m.get("intent")) for m in data.intent_examples]


def load_heldout(path: Path = HELDOUT_PATH) -> list[Example]:
    return load_examples(path)


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
                                      hit.intent if hit else None, getattr(hit, "reason", None)))
    return predictions


def predict(agent, examples: list[Example]) -> list[Prediction]:
    return asyncio.run(_parse_all(agent, examples))


_process_agent = None


def _load_process_agent(model_path: Path) -> None:
    global _process_agent
    _process_agent = load_agent(model_path)


def _predict_in_process(examples: list[Example]) -> list[Prediction]:
    return predict(_process_agent, examples)


def predict_sets(model_path: Path, examples: dict[str, list[Example]]) -> dict[str, list[Prediction]]:
    """Every set's predictions, the same as ``predict`` with one loaded model, parsed in slices
    by one process per core in a fresh interpreter each (TensorFlow does not survive a fork)."""
    everything = [example for items in examples.values() for example in items]
    processes = max(1, min(len(os.sched_getaffinity(0)), MAX_PARSE_PROCESSES, len(everything)))
    size = -(-len(everything) // processes)
    slices = [everything[start:start + size] for start in range(0, len(everything), size)]
    with ProcessPoolExecutor(len(slices), mp_context=get_context("spawn"), initializer=_load_process_agent,
                             initargs=(model_path,)) as pool:
        predictions = [prediction for part in pool.map(_predict_in_process, slices) for prediction in part]
    ends = list(accumulate(len(items) for items in examples.values()))
    return {name: predictions[end - len(items):end] for (name, items), end in zip(examples.items(), ends)}


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
    others = [p for g, p in zip(gold, predicted) if g not in SAFETY_INTENTS]
    return Scores(
        macro_f1=round(float(sum(f1) / len(labels)), 4),
        accuracy=round(float(accuracy_score(gold, predicted)), 4),
        per_intent=per_intent,
        confused_pairs=confused,
        recall={intent: per_intent.get(intent, {}).get("recall", 0.0) for intent in SAFETY_INTENTS},
        false_p1=round(sum(p in SAFETY_INTENTS for p in others) / max(len(others), 1), 4),
    )


def evaluate_set(name: str, path: Path, predictions: list[Prediction]) -> SetEvaluation:
    gold = [p.example.intent for p in predictions]
    texts = [p.example.text for p in predictions]
    false_alarms = [{"text": p.example.text, "intent": p.example.intent, "safety_net": p.safety_intent,
                     "reason": p.safety_reason}
                    for p in predictions if p.safety_intent and p.safety_intent != p.example.intent]
    safety = [p for p in predictions if p.example.intent in SAFETY_INTENTS]
    greeted = [p for p in predictions
               if p.example.intent not in SOCIAL_INTENTS and GREETING_IN_FRONT.match(p.example.text)]
    return SetEvaluation(
        name=name,
        path=str(path.relative_to(ROOT)),
        examples=len(predictions),
        model=score(gold, [p.model_intent for p in predictions], texts),
        with_safety_net=score(gold, [p.service_intent for p in predictions], texts),
        safety_net_false_alarms=false_alarms,
        model_missed_safety=[{"text": p.example.text, "intent": p.example.intent, "model": p.model_intent,
                              "safety_net": p.safety_intent}
                             for p in safety if p.model_intent != p.example.intent],
        missed_safety=[{"text": p.example.text, "intent": p.example.intent, "service": p.service_intent}
                       for p in safety if p.service_intent != p.example.intent],
        greeting_in_front=len(greeted),
        taken_as_greeting=[{"text": p.example.text, "intent": p.example.intent, "model": p.model_intent}
                           for p in greeted if p.model_intent in SOCIAL_INTENTS],
    )


def evaluate_false_alarms(predictions: list[Prediction]) -> FalseAlarmEvaluation:
    def row(p: Prediction) -> dict:
        return {"text": p.example.text, "model": p.model_intent, "safety_net": p.safety_intent,
                "reason": p.safety_reason}

    return FalseAlarmEvaluation(
        examples=len(predictions),
        model_false_p1=[row(p) for p in predictions if p.model_intent in SAFETY_INTENTS],
        service_false_p1=[row(p) for p in predictions if p.service_intent in SAFETY_INTENTS],
    )


def evaluate(model_path: Path = MODEL_PATH, sets: dict[str, Path] | None = None,
             false_alarm_path: Path | None = FALSE_ALARM_PATH, check_reload: bool = True) -> Evaluation:
    """Parses every set with the trained model and scores it; with ``check_reload`` a second load
    of the model must predict the same on the held-out split."""
    sets = sets if sets is not None else EVALUATION_SETS
    started = time.monotonic()
    paths = dict(sets, **({FALSE_ALARM_SET: false_alarm_path} if false_alarm_path else {}))
    examples = {name: load_examples(path) for name, path in paths.items()}
    predictions = predict_sets(model_path, examples)
    ordinary = predictions.pop(FALSE_ALARM_SET, None)
    seconds = {"load_and_parse_all": round(time.monotonic() - started, 1)}
    deterministic = None
    if check_reload and "heldout" in predictions:
        again = predict(load_agent(model_path), examples["heldout"])
        deterministic = all(a.model_intent == b.model_intent and abs(a.confidence - b.confidence) < 1e-6
                            for a, b in zip(predictions["heldout"], again))
    return Evaluation(
        sets={name: evaluate_set(name, sets[name], items) for name, items in predictions.items()},
        false_alarms=evaluate_false_alarms(ordinary) if ordinary is not None else None,
        deterministic_reloads=deterministic,
        seconds=seconds,
    )


def summary(evaluation: Evaluation) -> str:
    lines = []
    for s in evaluation.sets.values():
        model, net = s.model, s.with_safety_net
        lines.append(
            f"{s.name} ({s.examples}): macro-F1 {net.macro_f1:.3f} with the safety net ({model.macro_f1:.3f} "
            f"model alone), crisis recall {net.recall['crisis']:.3f} ({model.recall['crisis']:.3f}), "
            f"urgent_need recall {net.recall['urgent_need']:.3f} ({model.recall['urgent_need']:.3f})")
    fa = evaluation.false_alarms
    if fa:
        lines.append(f"ordinary ({fa.examples}): false P1 {fa.service_rate:.3f} with the safety net "
                     f"({fa.model_rate:.3f} model alone)")
    return "\n".join(lines)


def _reload_sentence(evaluation: Evaluation) -> str:
    if evaluation.deterministic_reloads is None:
        return "A second load of the model was not checked."
    return ("Two separate loads of the model gave "
            f"{'identical' if evaluation.deterministic_reloads else 'DIFFERENT'} predictions on the held-out split.")


def _set_section(s: SetEvaluation) -> list[str]:
    model, net = s.model, s.with_safety_net
    lines = [f"## {s.name}: `{s.path}` ({s.examples} messages)", "",
             "### Per intent (with the safety net; model alone in brackets where different)", "",
             "| intent | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for intent, n in net.per_intent.items():
        m = model.per_intent[intent]

        def cell(key, n=n, m=m):
            return f"{n[key]:.2f}" + (f" ({m[key]:.2f})" if m[key] != n[key] else "")

        lines.append(f"| {intent} | {cell('precision')} | {cell('recall')} | {cell('f1')} | {n['support']} |")
    lines += ["", "### Most confused pairs (with the safety net)", "",
              "| intent | predicted as | count | examples |", "|---|---|---|---|"]
    for pair in net.confused_pairs:
        examples = "; ".join(f"\"{t}\"" for t in pair["examples"])
        lines.append(f"| {pair['intent']} | {pair['predicted']} | {pair['count']} | {examples} |")
    lines += ["", "### Crisis and urgent need missed with the safety net", ""]
    lines += [f"- \"{m['text']}\" ({m['intent']} -> {m['service']})" for m in s.missed_safety] or ["- none"]
    lines += ["", "### Crisis and urgent need the model alone got wrong", ""]
    lines += [f"- \"{m['text']}\" ({m['intent']}: model {m['model']}, safety net {m['safety_net'] or 'no hit'})"
              for m in s.model_missed_safety] or ["- none"]
    lines += ["", "### A greeting or thanks in front, taken as greet or thank (model alone)", ""]
    lines += [f"- \"{g['text']}\" ({g['intent']} -> {g['model']})" for g in s.taken_as_greeting] or ["- none"]
    lines += ["", "### Safety-net hits on messages of another intent", ""]
    lines += [f"- \"{a['text']}\" ({a['intent']} -> {a['safety_net']}; {a['reason'] or 'no reason given'})"
              for a in s.safety_net_false_alarms] or ["- none"]
    return lines + [""]


def markdown(evaluation: Evaluation) -> str:
    lines = [
        "# NLU evaluation on the held-out sets",
        "",
        f"Generated by `make evaluate` (`python -m devtools.nlu_evaluation`) from `{MODEL_PATH.relative_to(ROOT)}`. "
        "No set is ever trained on. \"Model alone\" is Rasa's `/model/parse` (`nlu_fallback` counts as wrong); "
        "\"with the safety net\" is what the service does: the deterministic check in "
        "`services/safety/net.py` runs first and a hit overrides the model, and a crisis or urgent_need "
        "from the model alone on junk text is treated as not understood.",
        "",
        "| set | messages | macro-F1 model / net | accuracy model / net | crisis recall model / net "
        "| urgent_need recall model / net | false P1 model / net | greeting in front taken as greet/thank |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in evaluation.sets.values():
        m, n = s.model, s.with_safety_net
        lines.append(
            f"| {s.name} | {s.examples} | {m.macro_f1:.3f} / {n.macro_f1:.3f} | {m.accuracy:.3f} / {n.accuracy:.3f} "
            f"| {m.recall['crisis']:.3f} / {n.recall['crisis']:.3f} "
            f"| {m.recall['urgent_need']:.3f} / {n.recall['urgent_need']:.3f} "
            f"| {m.false_p1:.3f} / {n.false_p1:.3f} | {len(s.taken_as_greeting)} of {s.greeting_in_front} |")
    fa = evaluation.false_alarms
    if fa:
        lines.append(f"| ordinary (false-alarm set) | {fa.examples} | | | | | {fa.model_rate:.3f} / {fa.service_rate:.3f} | |")
    failures = evaluation.bar_failures()
    lines += [
        "",
        f"Bars on every set: macro-F1 with the net >= {MACRO_F1_BAR}; crisis and urgent_need recall "
        f"{SAFETY_RECALL_BAR} with the net and >= {MODEL_SAFETY_RECALL_BAR} model alone; false P1 on the "
        f"ordinary set <= {FALSE_P1_BAR}; over all sets, at most {GREETING_IN_FRONT_BAR:.0%} of the messages that "
        "begin with a greeting or thanks in front of a request taken as greet or thank. False P1 on a set is the share of "
        "its messages of another intent answered as crisis or urgent_need.",
        "",
        f"Result: **{'pass' if not failures else 'FAIL'}**"
        + (": " + "; ".join(failures) if failures else "") + f". {_reload_sentence(evaluation)} "
        f"Timings (s): {', '.join(f'{k} {v}' for k, v in evaluation.seconds.items())}.",
        "",
    ]
    if fa:
        lines += [f"## ordinary: `{FALSE_ALARM_PATH.relative_to(ROOT)}` ({fa.examples} messages)", "",
                  "Answered as a P1 by the service:", ""]
        lines += [f"- \"{r['text']}\" (model {r['model']}, safety net {r['safety_net'] or 'no hit'}"
                  f"{'; ' + r['reason'] if r['reason'] else ''})" for r in fa.service_false_p1] or ["- none"]
        lines += ["", "Crisis or urgent_need from the model alone:", ""]
        lines += [f"- \"{r['text']}\" ({r['model']})" for r in fa.model_false_p1] or ["- none"]
        lines.append("")
    for s in evaluation.sets.values():
        lines += _set_section(s)
    return "\n".join(lines)


def report_json(evaluation: Evaluation) -> dict:
    fa = evaluation.false_alarms
    return asdict(evaluation) | {
        "passes": evaluation.passes,
        "bar_failures": evaluation.bar_failures(),
        "false_alarm_rates": {"model": fa.model_rate, "with_safety_net": fa.service_rate} if fa else None,
    }


def write_report(evaluation: Evaluation, directory: Path = REPORT_DIR, name: str = "nlu_evaluation") -> Path:
    directory.mkdir(exist_ok=True)
    (directory / f"{name}.json").write_text(
        json.dumps(report_json(evaluation), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    path = directory / f"{name}.md"
    path.write_text(markdown(evaluation), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    parser.add_argument("--name", default="nlu_evaluation", help="report file name in reports/, without suffix")
    args = parser.parse_args()
    evaluation = evaluate(args.model)
    path = write_report(evaluation, name=args.name)
    print(summary(evaluation))
    print(f"report: {path.relative_to(ROOT)}")
    for failure in evaluation.bar_failures():
        print("below the bar:", failure)
    return 0 if evaluation.passes and evaluation.deterministic_reloads else 1


if __name__ == "__main__":
    raise SystemExit(main())
