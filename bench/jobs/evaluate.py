"""Precision@3 and recall@10 of the matcher on the labelled wishes (bench/jobs/labelled_wishes.yml)
over a generated feed of 3,000 ads, imported as the service imports it.

    .venv/bin/python -m bench.jobs.evaluate [--split held_out|tuning] [--report reports/job_matching.md]

precision@3: the share of the first three matches that are relevant (counted over three; a
wish with fewer matches loses the missing ones). recall@10: the share of the relevant ads found in
the first ten, out of at most ten (so a wish with 40 relevant ads is not capped at 0.25).
"""
import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from sqlalchemy import select

from devtools.job_feed import SampleAd, feed_pages, generate, write_pages
from services.jobs.feed import FeedSource
from services.jobs.importer import import_feed
from services.jobs.matching import Wishes, build_index, match_users
from services.jobs.places import distance_km, municipalities, municipality_named, municipality_of_postcode
from storage import migrate
from storage.db import Database
from storage.models import JobAd, utcnow

LABELS = Path(__file__).with_name("labelled_wishes.yml")
SAMPLE_ADS, SAMPLE_SEED = 3000, 21
LIMIT_FLAGS = {"no_night": "night", "no_weekend": "weekend", "no_licence": "licence", "no_heavy_lifting": "heavy"}


@dataclass(frozen=True)
class Scores:
    precision_at_3: float
    recall_at_10: float
    wishes: int
    per_wish: list[tuple[str, float, float, int]]


def _places(wish: dict) -> set[str]:
    names = {municipality_named(p).name for p in wish.get("places", [])}
    if wish.get("radius"):
        postcode, km = wish["radius"]
        centre = municipality_of_postcode(postcode)
        names |= {m.name for m in municipalities().values() if distance_km(centre, m) <= km}
    return names


def relevant(wish: dict, ad: SampleAd) -> bool:
    places = _places(wish)
    return (ad.occupation in wish["relevant"] and not ad.expired and (not places or ad.municipality in places)
            and (not wish.get("extent") or ad.extent == wish["extent"])
            and not any(getattr(ad, LIMIT_FLAGS[code]) for code in wish.get("limits", [])))


def as_wishes(number: int, wish: dict) -> Wishes:
    return Wishes(number, words=tuple(wish.get("words", [])), codes=frozenset(wish.get("codes", [])),
                  places=frozenset(p.casefold() for p in wish.get("places", [])),
                  radii=(tuple(wish["radius"]),) if wish.get("radius") else (), extent=wish.get("extent"),
                  limits=frozenset(wish.get("limits", [])))


def sample_database(folder: Path) -> tuple[Database, dict[int, SampleAd]]:
    now = utcnow()
    ads = generate(SAMPLE_ADS, seed=SAMPLE_SEED, now=now)
    write_pages(feed_pages(ads, page_size=500), folder / "feed")
    url = f"sqlite:///{folder}/evaluation.db"
    migrate.upgrade(url, configure_logging=False)
    db = Database(url)
    import_feed(db, FeedSource(str(folder / "feed")), now)
    truth = {meta.uuid: meta for _, meta in ads}
    with db.session() as session:
        ids = {ad_id: truth[uuid] for ad_id, uuid in session.execute(select(JobAd.id, JobAd.uuid))}
    return db, ids


def evaluate(db: Database, truth: dict[int, SampleAd], split: str) -> Scores:
    labelled = yaml.safe_load(LABELS.read_text(encoding="utf-8"))[split]
    with db.session() as session:
        index = build_index(session, utcnow())
    found = match_users(index, [as_wishes(n, w) for n, w in enumerate(labelled)], per_user=10)
    per_wish = []
    for number, wish in enumerate(labelled):
        relevant_ids = {ad_id for ad_id, meta in truth.items() if relevant(wish, meta)}
        ranked = [m.ad_id for m in found[number]]
        precision = sum(ad_id in relevant_ids for ad_id in ranked[:3]) / 3
        recall = sum(ad_id in relevant_ids for ad_id in ranked[:10]) / max(min(len(relevant_ids), 10), 1)
        label = " ".join(wish.get("words", []) + wish.get("codes", []))
        per_wish.append((label, precision, recall, len(relevant_ids)))
    count = len(per_wish)
    return Scores(sum(p for _, p, _, _ in per_wish) / count, sum(r for _, _, r, _ in per_wish) / count, count, per_wish)


def report(scores: Scores, split: str) -> str:
    lines = [
        "# Job matching: precision@3 and recall@10",
        "",
        f"Written by `python -m bench.jobs.evaluate` on the `{split}` wishes of `bench/jobs/labelled_wishes.yml` "
        f"({scores.wishes} wishes in users' own words), over {SAMPLE_ADS} generated ads (seed {SAMPLE_SEED}) imported "
        "as the service imports them. The held-out wishes were never used to choose the matcher's weights or threshold.",
        "",
        f"- precision@3: **{scores.precision_at_3:.3f}** (share of the first three matches that are relevant)",
        f"- recall@10: **{scores.recall_at_10:.3f}** (share of the relevant ads in the first ten, out of at most ten)",
        "",
        "| wish | precision@3 | recall@10 | relevant ads |",
        "|---|---|---|---|",
    ]
    lines += [f"| {label} | {p:.2f} | {r:.2f} | {n} |" for label, p, r, n in scores.per_wish]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="held_out", choices=["held_out", "tuning"])
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db, truth = sample_database(Path(folder))
        scores = evaluate(db, truth, args.split)
        db.dispose()
    print(f"{args.split}: precision@3={scores.precision_at_3:.3f} recall@10={scores.recall_at_10:.3f} "
          f"({scores.wishes} wishes)")
    for label, precision, recall, count in scores.per_wish:
        if precision < 1 or recall < 1:
            print(f"  {label}: p@3={precision:.2f} r@10={recall:.2f} relevant={count}")
    if args.report:
        args.report.write_text(report(scores, args.split), encoding="utf-8")


if __name__ == "__main__":
    main()
