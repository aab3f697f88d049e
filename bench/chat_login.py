"""``python -m bench.chat_login``: does asking for a chat login code take as long for a number
that is no user's as for a user's? (An answer that is faster for one would tell who is NAV's
user.) The real Flask app in this process on a fresh SQLite file, as Flask's test client
posts the login form: known and unknown numbers alternate, each number and client address used
once, so that no rate limit is met. The SMS themselves are sent later by the workers, never in
the request; a user's number still costs more (the SMS is queued in the outbox), so the app
answers every such request ``CHAT_LOGIN_ANSWER_SECONDS`` after it came (default 1 s).

It prints the medians and the 95th percentiles, then one line:
  bench-chat-login: known_p50_ms=<n> unknown_p50_ms=<n> difference_p50_ms=<n>
"""
import argparse
import re
import tempfile
import time
from pathlib import Path

from bench.load import median, percentile
from bench.services import machine
from bot import create_app
from services.settings import Settings
from storage import migrate
from storage.db import Database
from storage.models import Conversation, Team, User

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=400, help="login forms posted, half for known numbers")
    count = parser.parse_args().requests // 2
    print(f"bench-chat-login on {machine()}", flush=True)
    with tempfile.TemporaryDirectory() as work:
        url = f"sqlite:///{work}/kontakt.db"
        migrate.upgrade(url, configure_logging=False)
        known = [f"+4741{n:06d}" for n in range(count)]
        unknown = [f"+4748{n:06d}" for n in range(count)]
        db = Database(url)
        with db.session() as session:
            team = Team(name="Bench", office_name="NAV Bench")
            for phone in known:
                user = User(phone_e164=phone, first_name="Bench", team=team)
                session.add_all([user, Conversation(user=user)])
        db.dispose()
        app = create_app(Settings.from_env({"KONTAKT_ENV": "test", "DATABASE_URL": url,
                                            "SMS_OUTBOX_PATH": str(Path(work) / "sms.jsonl")}))
        timings: dict[str, list[float]] = {"known": [], "unknown": []}
        for index in range(count):
            for kind, phone in (("known", known[index]), ("unknown", unknown[index])):
                client = app.test_client()
                address = f"10.{index // 250}.{index % 250}.{1 if kind == 'known' else 2}"
                page = client.get("/chat/login", environ_base={"REMOTE_ADDR": address}).get_data(as_text=True)
                started = time.perf_counter()
                response = client.post("/chat/login", data={"phone": phone, "csrf_token": CSRF.search(page).group(1)},
                                       environ_base={"REMOTE_ADDR": address})
                timings[kind].append((time.perf_counter() - started) * 1000)
                assert response.status_code == 302, response.status_code
        app.extensions["kontakt"].db.dispose()
    for kind, values in timings.items():
        print(f"  {kind:<8} numbers: p50 {median(values):.1f} ms, p95 {percentile(values, 95):.1f} ms "
              f"({len(values)} requests)")
    known_p50, unknown_p50 = median(timings["known"]), median(timings["unknown"])
    print(f"bench-chat-login: known_p50_ms={known_p50:.1f} unknown_p50_ms={unknown_p50:.1f} "
          f"difference_p50_ms={known_p50 - unknown_p50:.1f}")


if __name__ == "__main__":
    main()
