"""``make bench`` (first part): several instances of every part on one machine, standing in for
a cluster: PostgreSQL, Redis, two gunicorn apps, two workers, two Rasa servers (conversations in
PostgreSQL, locks in Redis), two action servers and three schedulers.

Users text through both apps at once; every message must be answered once, and each user's
replies must reach Twilio in the order the user wrote. Then the run as the processes' own
``/metrics`` saw it is printed next to the bench's counts (bench/metrics_view.py): what was
stored, answered and sent, and what still waits. Exits 1 when a count is off or the two
disagree.
"""
import argparse
import sys
import tempfile
from pathlib import Path

from bench.load import TEXTS, counts, make_users, post_open_loop
from bench.metrics_view import compare, latency_summary, table, write_prometheus_targets
from bench.services import machine, running_service
from storage.db import Database
from tests.support.postgres import TemporaryPostgres
from tests.support.processes import PROJECT_ROOT
from tests.support.redis import TemporaryRedis

# Where Prometheus finds the run's processes (deploy/compose.bench.yaml; README, "Watching a
# benchmark run").
TARGETS = PROJECT_ROOT / "instance" / "bench" / "targets.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()

    print(f"machine: {machine()}", flush=True)
    postgres, redis = TemporaryPostgres().start(), TemporaryRedis().start()
    try:
        with tempfile.TemporaryDirectory(prefix="kontakt-cluster-") as work, \
                running_service(Path(work), database_url=postgres.url(), apps=2, workers=2, rasa_servers=2,
                                schedulers=3, REDIS_URL=redis.url) as service:
            write_prometheus_targets(service, TARGETS)
            db = Database(service.database_url)
            users = make_users(db, args.users)
            plan = [(users[i % len(users)], TEXTS[(i // len(users)) % len(TEXTS)]) for i in range(args.messages)]
            posted, took = post_open_loop(service, plan, None, posters=16)
            print(f"cluster: {len(posted)} messages from {len(users)} users through {len(service.app_urls)} apps "
                  f"in {took:.1f} s; waiting for the answers", flush=True)
            result = counts(service, db, posted, timeout=1800)
            rows, scraped = compare(service, db, result)
            db.dispose()
    finally:
        write_prometheus_targets(None, TARGETS)
        redis.stop()
        postgres.stop()
    print("cluster: " + " ".join(f"{name}={value}" for name, value in result.items()), flush=True)
    whole = result["answered"] == result["posted"] and result["lost"] == result["twice"] == result["disorder"] == 0
    print("cluster: every message answered once, in order per user" if whole
          else "cluster: COUNTS ARE OFF", flush=True)
    print(f"cluster: the metrics endpoints of {len(scraped)} processes ({', '.join(scraped)}) against the bench:")
    print(table(rows))
    print(f"cluster: pipeline latency by the metrics: {latency_summary(scraped)}")
    agree = all(row.agrees for row in rows)
    print("cluster: the metrics agree with the bench" if agree else "cluster: THE METRICS DISAGREE WITH THE BENCH",
          flush=True)
    return 0 if whole and agree else 1


if __name__ == "__main__":
    sys.exit(main())
