"""The job-match benchmark (``make bench-jobs``): import 50,000 generated ads, match 10,000 users
against them, and measure the matcher's quality on the held-out labelled wishes.

Prints each figure, and last the line
``bench-jobs: import_s=<n> match_s=<n> peak_mb=<n> precision_at_3=<n>``.
import_s is ``import_feed`` over 50 pages of 1,000 ads into a fresh SQLite database; match_s is
building the index of the active ads, reading the 10,000 users' wishes and matching them all;
peak_mb is the process's peak resident memory. Each stage also prints its CPU time and the
machine's load average: on a machine shared with other work the wall time says less.
"""
import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from bench.jobs.evaluate import evaluate, sample_database
from devtools.job_feed import feed_pages, generate, write_pages
from services.jobs.feed import FeedSource
from services.jobs.importer import import_feed
from services.jobs.matching import build_index, match_users, wishes_of_users
from services.jobs.places import municipalities
from storage import migrate
from storage.db import Database
from storage.models import JobWish, Team, User, WishKind, WishSource, utcnow

# What the benchmark's users ask for, in their words.
USER_WORDS = ["lager", "butikk", "renhold", "sjåfør", "kjøkken", "barnehage", "bil", "bygg", "kontor",
              "kundeservice", "helsefagarbeider", "vekter", "bud", "frisør", "kokk", "servering", "truck",
              "produksjon", "gartner", "snekker", "elektriker", "rengjøring", "kasse", "baker"]
LIMITS = ["no_night", "no_weekend", "no_licence", "no_heavy_lifting"]


def add_users(db: Database, count: int, seed: int = 3) -> list[int]:
    """``count`` users with wishes: most want one or two kinds of work in a municipality or
    within a distance of a postcode; some part time; some have a limit."""
    rng = random.Random(seed)
    places = list(municipalities().values())
    with db.session() as session:
        team = Team(name="Team Benk", office_name="NAV Benk")
        session.add(team)
        session.flush()
        session.execute(insert(User), [{"phone_e164": f"+4740{n:06d}", "first_name": "Bruker", "team_id": team.id}
                                       for n in range(count)])
        user_ids = session.execute(select(User.id).where(User.team_id == team.id)).scalars().all()
        wishes = []
        for user_id in user_ids:
            own = [{"kind": WishKind.OCCUPATION, "value": word} for word in rng.sample(USER_WORDS, rng.choice([1, 1, 2]))]
            where = rng.random()
            if where < 0.7:
                own.append({"kind": WishKind.PLACE, "value": rng.choice(places).name})
            elif where < 0.9:
                own.append({"kind": WishKind.PLACE, "value": rng.choice(rng.choice(places).postcodes),
                            "radius_km": rng.choice([10, 20, 50])})
            if rng.random() < 0.3:
                own.append({"kind": WishKind.EXTENT, "value": "deltid"})
            if rng.random() < 0.2:
                own.append({"kind": WishKind.LIMIT, "value": rng.choice(LIMITS)})
            wishes += [{"user_id": user_id, **wish} for wish in own]
        session.execute(insert(JobWish), [{"radius_km": None, "source": WishSource.VEILEDER, **w} for w in wishes])
    return user_ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ads", type=int, default=50_000)
    parser.add_argument("--users", type=int, default=10_000)
    args = parser.parse_args()
    now = utcnow()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        write_pages(feed_pages(generate(args.ads, seed=7, now=now), page_size=1000), work / "feed")
        url = f"sqlite:///{work}/bench.db"
        migrate.upgrade(url, configure_logging=False)
        db = Database(url)

        started, cpu = time.perf_counter(), time.process_time()
        imported = import_feed(db, FeedSource(str(work / "feed")), now)
        import_s = time.perf_counter() - started
        print(f"import: {imported.ads} ads ({imported.new} active, {imported.withdrawn} withdrawn) in {import_s:.1f} s "
              f"({time.process_time() - cpu:.1f} s of CPU; load average {os.getloadavg()[0]:.1f})")

        user_ids = add_users(db, args.users)
        started, cpu = time.perf_counter(), time.process_time()
        with db.session() as session:
            index = build_index(session, now)
            index_s = time.perf_counter() - started
            found = match_users(index, list(wishes_of_users(session, user_ids).values()))
        match_s = time.perf_counter() - started
        with_matches = sum(bool(m) for m in found.values())
        print(f"match: {len(user_ids)} users against {index.size} active ads in {match_s:.1f} s "
              f"({time.process_time() - cpu:.1f} s of CPU; index {index_s:.1f} s; load average "
              f"{os.getloadavg()[0]:.1f}); {with_matches} users got matches, "
              f"{sum(len(m) for m in found.values())} matches")
        db.dispose()

        evaluation_db, truth = sample_database(work / "evaluation")
        scores = evaluate(evaluation_db, truth, "held_out")
        evaluation_db.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"held-out labelled wishes: precision@3={scores.precision_at_3:.3f} recall@10={scores.recall_at_10:.3f}")
    print(f"bench-jobs: import_s={import_s:.1f} match_s={match_s:.1f} peak_mb={peak_mb:.0f} "
          f"precision_at_3={scores.precision_at_3:.3f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
