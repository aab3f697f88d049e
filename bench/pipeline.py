"""``make bench``: the message pipeline under load, beside Rasa's own channel webhook on the
same model, on one machine. Every part is a real process (bench/services.py).

Scenarios, in one run:
  single     one message at a time: end to end (webhook -> reply handed to the SMS gateway)
             against Rasa's channel webhook, alternating, same texts; Rasa direct texts as twin
             users in the same database, so that its actions find a user as the pipeline's do
  closed     C users at once, each texting again as soon as the reply has left: messages per
             second end to end against C clients straight to Rasa
  intake     signed webhooks at a set rate while the workers run flat out: acknowledgement
             latency and rate; then every message must be answered
  burst      many messages from many users as fast as the webhook takes them, each user's in
             order: lost, answered twice, out of order
  drain      10,000 due SMS in the outbox, two dispatcher processes, into the fake Twilio API

It prints a table, then one line:
  bench: intake=<ack/s> ack_p99_ms=<n> e2e_ratio_p50=<e2e p50 / rasa p50>
         throughput_ratio=<e2e msg/s / rasa msg/s> drain=<sms/s> lost=<n> twice=<n> disorder=<n>
"""
import argparse
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import func, select

from bench.load import (
    TEXTS,
    BenchUser,
    RasaDirect,
    Webhooks,
    counts,
    make_users,
    median,
    percentile,
    post_open_loop,
    wait_for_reply,
    wait_until_answered,
)
from bench.services import Service, machine, running_service
from services.messaging.outbox import enqueue_sms
from storage.db import Database
from storage.models import OutboxMessage, OutboxState, User

ROWS: list[tuple[str, str]] = []


def report(name: str, value: str) -> None:
    ROWS.append((name, value))
    print(f"  {name:<48} {value}", flush=True)


def single(service: Service, users: list[BenchUser], twins: list[BenchUser], count: int) -> float:
    """End-to-end p50 over Rasa-direct p50, one message at a time. Rasa direct texts as ``twins``:
    users like ``users`` in the same database, so its actions find a user and read the same data."""
    webhooks, direct = Webhooks(service.public_base_url, service.app_urls), RasaDirect(service.rasa_urls[0])
    end_to_end, rasa = [], []
    for index in range(count):
        user, text = users[index % len(users)], TEXTS[index % len(TEXTS)]
        posted = webhooks.post(user, text)
        end_to_end.append((wait_for_reply(service, posted) - posted.posted_at).total_seconds())
        rasa.append(direct.send(twins[index % len(twins)].sender_id, text))
    ratio = median(end_to_end) / median(rasa)
    report("single: end to end p50 / p95", f"{median(end_to_end) * 1000:.0f} / {percentile(end_to_end, 95) * 1000:.0f} ms")
    report("single: Rasa direct p50 / p95", f"{median(rasa) * 1000:.0f} / {percentile(rasa, 95) * 1000:.0f} ms")
    report("single: ratio of the p50s", f"{ratio:.2f} (target <= 1.15)")
    return ratio


def closed_loop(service: Service, users: list[BenchUser], twins: list[BenchUser], clients: int,
                seconds: float) -> float:
    """End-to-end messages/s over Rasa-direct requests/s (as ``twins``), ``clients`` users at once."""
    webhooks, direct = Webhooks(service.public_base_url, service.app_urls), RasaDirect(service.rasa_urls[0])

    def run(senders: list[BenchUser], one_message) -> float:
        done, stop_at = Counter(), time.monotonic() + seconds

        def client(number: int) -> None:
            own = senders[number::clients]
            for index in range(10**9):
                if time.monotonic() >= stop_at:
                    return
                one_message(own[index % len(own)], TEXTS[index % len(TEXTS)])
                done[number] += 1

        started = time.monotonic()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(client, range(clients)))
        return sum(done.values()) / (time.monotonic() - started)

    end_to_end = run(users, lambda user, text: wait_for_reply(service, webhooks.post(user, text)))
    rasa = run(twins, lambda user, text: direct.send(user.sender_id, text))
    ratio = end_to_end / rasa
    report(f"closed loop, {clients} users: end to end", f"{end_to_end:.1f} msg/s")
    report(f"closed loop, {clients} users: Rasa direct", f"{rasa:.1f} req/s")
    report("closed loop: ratio", f"{ratio:.2f} (target >= 0.9)")
    return ratio


def intake(service: Service, db: Database, users: list[BenchUser], rate: float, seconds: float,
           posters: int) -> tuple[float, float]:
    plan = [(users[i % len(users)], TEXTS[i % len(TEXTS)]) for i in range(int(rate * seconds))]
    posted, took = post_open_loop(service, plan, rate, posters)
    acks = [p.ack_seconds for p in posted]
    achieved = len(posted) / took
    report(f"intake: {len(posted)} webhooks at {rate:.0f}/s asked", f"{achieved:.0f}/s acknowledged")
    report("intake: acknowledgement p50 / p95 / p99",
           f"{median(acks) * 1000:.0f} / {percentile(acks, 95) * 1000:.0f} / {percentile(acks, 99) * 1000:.0f} ms")
    outcome = wait_until_answered(db, posted, timeout=900)
    refused = Counter(p.status for p in posted if p.status != 200)
    report("intake: then answered", f"{sum(f.answered for f in outcome.values())} of {len(posted)}"
           + (f" (refused, by HTTP status: {dict(refused)})" if refused else ""))
    return achieved, percentile(acks, 99) * 1000


def burst(service: Service, db: Database, users: list[BenchUser], messages: int, posters: int) -> dict[str, int]:
    plan = [(users[i % len(users)], TEXTS[(i // len(users)) % len(TEXTS)]) for i in range(messages)]
    posted, took = post_open_loop(service, plan, None, posters)
    report(f"burst: {messages} messages from {len(users)} users posted", f"in {took:.1f} s "
           f"({messages / took:.0f}/s, ack p99 {percentile([p.ack_seconds for p in posted], 99) * 1000:.0f} ms)")
    started = time.monotonic()
    result = counts(service, db, posted, timeout=3600)
    report("burst: all answered after the last post", f"{time.monotonic() - started:.0f} s")
    report("burst: posted / accepted / stored / answered",
           f"{result['posted']} / {result['accepted']} / {result['stored']} / {result['answered']}")
    report("burst: lost / answered twice / out of order",
           f"{result['lost']} / {result['twice']} / {result['disorder']} (target 0 / 0 / 0)")
    return result


def drain(service: Service, db: Database, users: list[BenchUser], count: int, dispatchers: int) -> float:
    """Due SMS into the fake Twilio API by ``dispatchers`` worker processes that only dispatch."""
    for process in [p for p in service.processes if p.name.startswith("worker")]:
        process.stop()
    with db.session() as session:
        conversations = {u.id: session.get(User, u.id).conversation for u in users}
        for index in range(count):
            user = users[index % len(users)]
            enqueue_sms(session, conversations[user.id], f"Påminnelse {index}", f"drain:{index}")
    started = time.monotonic()
    for number in range(dispatchers):
        service.start_worker(f"dispatcher-{number}", service.rasa_urls[0], WORKER_THREADS="0",
                             OUTBOX_DISPATCHERS="1", OUTBOX_POLL_SECONDS="0.1")
    while True:
        with db.reading() as session:
            sent = session.execute(select(func.count(OutboxMessage.id)).where(
                OutboxMessage.idempotency_key.like("drain:%"), OutboxMessage.state == OutboxState.SENT)).scalar_one()
        if sent >= count:
            break
        time.sleep(0.2)
    rate = count / (time.monotonic() - started)
    report(f"drain: {count} due SMS, {dispatchers} dispatchers", f"{rate:.0f} SMS/s (target >= 100)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--single", type=int, default=60, help="messages one at a time")
    parser.add_argument("--clients", type=int, default=4, help="users texting at once in the closed loop")
    parser.add_argument("--closed-seconds", type=float, default=30)
    parser.add_argument("--rate", type=float, default=250, help="webhooks per second in the intake scenario")
    parser.add_argument("--intake-seconds", type=float, default=10)
    parser.add_argument("--burst", type=int, default=5000, help="messages in the burst")
    parser.add_argument("--burst-users", type=int, default=1000)
    parser.add_argument("--drain", type=int, default=10000)
    parser.add_argument("--worker-threads", type=int, default=4)
    args = parser.parse_args()

    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kontakt-bench-") as work:
        with running_service(Path(work), WORKER_THREADS=str(args.worker_threads)) as service:
            db = Database(service.database_url)
            everyone = make_users(db, 2 * args.users + args.burst_users)
            users, twins, burst_users = (everyone[:args.users], everyone[args.users:2 * args.users],
                                         everyone[2 * args.users:])
            print("results:", flush=True)
            e2e_ratio = single(service, users, twins, args.single)
            throughput_ratio = closed_loop(service, users, twins, args.clients, args.closed_seconds)
            intake_rate, ack_p99 = intake(service, db, users, args.rate, args.intake_seconds, posters=16)
            result = burst(service, db, burst_users, args.burst, posters=16)
            drain_rate = drain(service, db, users, args.drain, dispatchers=2)
            db.dispose()
    print(f"bench: intake={intake_rate:.0f} ack_p99_ms={ack_p99:.0f} e2e_ratio_p50={e2e_ratio:.2f} "
          f"throughput_ratio={throughput_ratio:.2f} drain={drain_rate:.0f} lost={result['lost']} "
          f"twice={result['twice']} disorder={result['disorder']}")


if __name__ == "__main__":
    main()
