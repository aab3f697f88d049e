"""Load for the benchmark: synthetic users, signed webhooks as Twilio sends them, Rasa's own
channel webhook for comparison, and what the database says happened to each message."""
import itertools
import statistics
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from datetime import time as wall_time

import requests
from sqlalchemy import func, select

from bench.services import Service
from devtools.twilio_webhook import new_message_sid, post_inbound_sms
from storage.db import Database
from storage.models import InboundState, Message, OutboxMessage, OutboxState, utcnow
from tests.conftest import ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER
from tests.support.people import make_team, make_user, make_veileder

# What users text in the benchmark: each goes through the NLU and an action, none opens a case.
TEXTS = ["hei", "når er neste møte?", "hva betyr aap", "takk for hjelpa"]


@dataclass(frozen=True)
class BenchUser:
    id: int
    phone: str
    sender_id: str


def make_users(db: Database, count: int) -> list[BenchUser]:
    users = []
    with db.session() as session:
        team = make_team(session, "Team Last")
        veileder = make_veileder(session, team, "Kari")
        for _ in range(count):
            user = make_user(session, team, veileder, "Bruker")
            user.contact_window_start, user.contact_window_end = wall_time(0, 0), wall_time.max
            users.append(user)
        session.flush()
        return [BenchUser(u.id, u.phone_e164, u.conversation.rasa_sender_id) for u in users]


@dataclass
class Posted:
    user: BenchUser
    sid: str
    posted_at: datetime
    ack_seconds: float
    status: int


class Webhooks:
    """Posts signed webhooks to one of the apps, round robin; Twilio signs over the public URL."""

    def __init__(self, public_base_url: str, app_urls: list[str]):
        self._public = public_base_url
        self._apps = itertools.cycle(app_urls)
        self._lock = threading.Lock()
        self._local = threading.local()

    def post(self, user: BenchUser, body: str) -> Posted:
        with self._lock:
            app = next(self._apps)
        session = getattr(self._local, "http", None) or requests.Session()
        self._local.http = session
        sid, posted_at, started = new_message_sid(), utcnow(), time.perf_counter()
        response = post_inbound_sms(self._public, AUTH_TOKEN, user.phone, body, message_sid=sid,
                                    to_number=SERVICE_NUMBER, account_sid=ACCOUNT_SID,
                                    target_url=f"{app}/sms/inbound", http=session)
        return Posted(user, sid, posted_at, time.perf_counter() - started, response.status_code)


class RasaDirect:
    """Rasa's own channel webhook, as the app's workers call it, without the app."""

    def __init__(self, rasa_url: str):
        self._url = f"{rasa_url}/webhooks/sms/webhook"
        self._local = threading.local()

    def send(self, sender_id: str, body: str) -> float:
        session = getattr(self._local, "http", None) or requests.Session()
        self._local.http = session
        started = time.perf_counter()
        response = session.post(self._url, json={"sender": sender_id, "message": body}, timeout=60)
        response.raise_for_status()
        return time.perf_counter() - started


@dataclass
class Fate:
    """What became of one posted message, from the database."""

    stored: bool = False
    answered: bool = False
    message_id: int | None = None
    reply_sent_at: datetime | None = None
    reply_twilio_sids: list[str] = field(default_factory=list)


def fates(db: Database, posted: list[Posted]) -> dict[str, Fate]:
    """Each posted message's fate: stored, answered (its first reply handed to Twilio), when."""
    by_sid = {p.sid: Fate() for p in posted}
    with db.reading() as session:
        for chunk in _chunks(list(by_sid), 500):
            for message_id, sid, state in session.execute(
                select(Message.id, Message.external_id, Message.inbound_state)
                .where(Message.channel == "sms", Message.external_id.in_(chunk))
            ).all():
                by_sid[sid].stored, by_sid[sid].message_id = True, message_id
                by_sid[sid].answered = state == InboundState.PROCESSED
        ids = {fate.message_id: fate for fate in by_sid.values() if fate.message_id is not None}
        for chunk in _chunks(list(ids), 500):
            keys = [f"reply:{message_id}:{n}" for message_id in chunk for n in range(3)]
            for key, sent_at, twilio_sid, state in session.execute(
                select(OutboxMessage.idempotency_key, OutboxMessage.sent_at, OutboxMessage.twilio_sid,
                       OutboxMessage.state).where(OutboxMessage.idempotency_key.in_(keys))
            ).all():
                fate = ids[int(key.split(":")[1])]
                if state == OutboxState.SENT:
                    fate.reply_twilio_sids.append(twilio_sid)
                    if key.endswith(":0"):
                        fate.reply_sent_at = sent_at
    for fate in by_sid.values():
        fate.answered = fate.answered and fate.reply_sent_at is not None
    return by_sid


def wait_until_answered(db: Database, posted: list[Posted], timeout: float) -> dict[str, Fate]:
    deadline = time.monotonic() + timeout
    accepted = [p for p in posted if p.status == 200]
    while True:
        result = fates(db, accepted)
        if all(f.answered for f in result.values()) or time.monotonic() > deadline:
            return result
        time.sleep(0.5)


def wait_for_reply(service: Service, posted: Posted, timeout: float = 60) -> datetime:
    """When the first reply to ``posted`` reached the fake Twilio API. The fake holds the request
    until it arrives, so that waiting costs the machine nothing (polling the database every few
    milliseconds from each client took CPU from the service being measured)."""
    response = requests.get(f"{service.fake_twilio_url}/_fake/messages/next", timeout=timeout + 5, params={
        "to": posted.user.phone, "since": posted.posted_at.isoformat(), "timeout": str(timeout)})
    if response.status_code != 200:
        raise TimeoutError(f"no reply to {posted.sid} in {timeout} s")
    return datetime.fromisoformat(response.json()["received_at"])


def post_open_loop(service: Service, plan: list[tuple[BenchUser, str]], rate: float | None,
                   posters: int) -> tuple[list[Posted], float]:
    """Posts the plan at ``rate`` per second (None: as fast as the webhook takes them); each
    user's messages go from one poster, in order. Returns what was posted and how long it took."""
    webhooks = Webhooks(service.public_base_url, service.app_urls)
    by_poster: dict[int, list[tuple[int, BenchUser, str]]] = defaultdict(list)
    for index, (user, text) in enumerate(plan):
        by_poster[user.id % posters].append((index, user, text))
    posted: list[Posted] = []
    lock = threading.Lock()
    started = time.monotonic()

    def poster(items) -> None:
        for index, user, text in items:
            if rate is not None:
                delay = started + index / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            result = webhooks.post(user, text)
            with lock:
                posted.append(result)

    with ThreadPoolExecutor(posters) as pool:
        list(pool.map(poster, by_poster.values()))
    return posted, time.monotonic() - started


def counts(service: Service, db: Database, posted: list[Posted], timeout: float) -> dict[str, int]:
    """Posted, accepted (HTTP 200), stored, answered; lost: posted and never answered (Twilio does
    not post a refused webhook again); answered twice: SMS the gateway got more often than the
    outbox sent them (the users' own, nobody else's); out of order: a user's reply handed to
    Twilio before the reply to their earlier message."""
    wait_until_answered(db, posted, timeout)
    outcome = fates(db, posted)
    accepted = [p for p in posted if p.status == 200]
    phones = {p.user.phone for p in posted}
    at_gateway = [m for m in service.twilio_messages() if m["to"] in phones]
    with db.reading() as session:
        sent = session.execute(select(func.count(OutboxMessage.id)).where(
            OutboxMessage.to_phone.in_(phones), OutboxMessage.state == OutboxState.SENT)).scalar_one()
    gateway_order = {m["sid"]: index for index, m in enumerate(at_gateway)}
    disorder = 0
    for user_messages in _by_user(accepted, outcome).values():
        order = [gateway_order.get(fate.reply_twilio_sids[0], -1) for fate in user_messages
                 if fate.reply_twilio_sids]
        disorder += sum(1 for a, b in zip(order, order[1:]) if a > b)
    answered = sum(f.answered for f in outcome.values())
    return {"posted": len(posted), "accepted": len(accepted), "stored": sum(f.stored for f in outcome.values()),
            "answered": answered, "lost": len(posted) - answered, "twice": len(at_gateway) - sent,
            "disorder": disorder}


def _by_user(accepted: list[Posted], outcome) -> dict[int, list]:
    ordered: dict[int, list] = defaultdict(list)
    for item in sorted(accepted, key=lambda p: outcome[p.sid].message_id or 0):
        ordered[item.user.id].append(outcome[item.sid])
    return ordered


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]
