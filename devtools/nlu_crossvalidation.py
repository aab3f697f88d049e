"""Cross-validation of the NLU on the training data: reports/nlu_crossvalidation.md.

    make crossvalidate       # = python -m devtools.nlu_crossvalidation

Runs ``rasa test nlu --cross-validation --folds 3`` (three trainings: several minutes on two
cores, so it is a report, not part of the test suite) into reports/cv/ (not committed) and
writes the summary, with how long it took, to reports/nlu_crossvalidation.md.
"""
import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT_DIR = ROOT / "reports"
OUT_DIR = REPORT_DIR / "cv"


def run_crossvalidation(folds: int) -> float:
    started = time.monotonic()
    subprocess.run([str(Path(sys.executable).parent / "rasa"), "test", "nlu", "--nlu", "nlu/data",
                    "--config", "config.yml", "--cross-validation", "--folds", str(folds),
                    "--out", str(OUT_DIR)], cwd=ROOT, check=True)
    return time.monotonic() - started


def markdown(report: dict, folds: int, seconds: float) -> str:
    intents = {k: v for k, v in report.items() if isinstance(v, dict) and "f1-score" in v
               and k not in ("macro avg", "weighted avg", "micro avg")}
    macro = report["macro avg"]
    lines = [
        "# NLU cross-validation on the training data",
        "",
        f"`make crossvalidate`: `rasa test nlu --cross-validation --folds {folds}` on `nlu/data` "
        f"with `config.yml`; took {seconds / 60:.1f} minutes on this machine. Test folds, combined.",
        "The held-out split (reports/nlu_evaluation.md) is the figure that counts; this one shows "
        "how the training data holds together.",
        "",
        f"Macro-F1 {macro['f1-score']:.3f}, macro precision {macro['precision']:.3f}, "
        f"macro recall {macro['recall']:.3f}, accuracy {report.get('accuracy', float('nan')):.3f}.",
        "",
        "| intent | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for name in sorted(intents, key=lambda n: intents[n]["f1-score"]):
        v = intents[name]
        lines.append(f"| {name} | {v['precision']:.2f} | {v['recall']:.2f} | {v['f1-score']:.2f} | {v['support']} |")
    confused = sorted(((name, other, count) for name, v in intents.items()
                       for other, count in (v.get("confused_with") or {}).items()),
                      key=lambda t: -t[2])[:12]
    lines += ["", "## Most confused pairs", "", "| intent | predicted as | count |", "|---|---|---|"]
    lines += [f"| {name} | {other} | {count} |" for name, other, count in confused]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=3)
    args = parser.parse_args()
    seconds = run_crossvalidation(args.folds)
    report = json.loads((OUT_DIR / "intent_report.json").read_text(encoding="utf-8"))
    path = REPORT_DIR / "nlu_crossvalidation.md"
    path.write_text(markdown(report, args.folds, seconds), encoding="utf-8")
    print(f"cross-validation took {seconds:.0f} s, macro-F1 {report['macro avg']['f1-score']:.3f}; "
          f"report: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
