"""The outbox: every outbound SMS is a row first, then handed to Twilio by the dispatcher.

A row is written in the same transaction as the change that caused it, once per
idempotency key. A worker's reply is claimed in that transaction too when it may go at once
(``claim_written``), and handed to a dispatcher as it is (``Outgoing``). Otherwise the
dispatcher claims one due row at a time under a lease: on PostgreSQL
with ``SELECT ... FOR UPDATE SKIP LOCKED``, on SQLite inside the ``BEGIN IMMEDIATE``
transaction (storage/db.py); both finish with a conditional UPDATE, so any number of
dispatchers (the workers' dispatcher threads, the Flask request path) never send a row twice.
Messages to one number leave one at a time and in order (``_first_in_line``), so a user's
replies reach Twilio in the order they were written.
A dispatcher killed after its claim leaves the row to the next one once the lease runs
out. A dispatcher killed after Twilio accepted a message but before it recorded that
would send it again when the lease ends: Twilio has no idempotency key for messages, so
delivery is at-least-once in that one window (a few milliseconds), exactly-once otherwise.

Failures: transient ones (HTTP 5xx, 429, timeouts, no connection) are retried with
exponential backoff and jitter; Twilio's permanent codes are recorded on the user
(services/messaging/reachability.py) and not retried; after ``max_attempts`` the message is given up
and put before the veileder as undeliverable.
"""
import queue
import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import structlog
from sqlalchemy import and_, bindparam, exists, or_, select, tuple_, update
from sqlalchemy.orm import aliased, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from services.gateways.sms import SendError, SmsSender
from services.messaging.contact_rules import decide_at_dispatch
from services.messaging.delivery_status import from_twilio
from services.messaging.gsm7 import sms_text
from services.messaging.reachability import PERMANENT_CODES, record_permanent_error, record_undeliverable
from services.metrics.definitions import SMS_SEND_ATTEMPTS, TWILIO_ERRORS, after_commit
from storage.db import Database
from storage.models import (
    Conversation,
    DeliveryStatus,
    Direction,
    Helper,
    Message,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    SenderKind,
    utcnow,
)
from storage.models.base import UtcDateTime

log = structlog.get_logger(__name__)

LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 6
BACKOFF_BASE_SECONDS = 5.0
BACKOFF_CAP = timedelta(hours=1)


@dataclass(frozen=True)
class DeliveryConfig:
    """How the dispatcher leases and retries (Settings: OUTBOX_* variables).

    The lease must outlast one Twilio call (the client's timeout is 10 s).
    """

    lease: timedelta = LEASE
    max_attempts: int = MAX_ATTEMPTS
    backoff_base_seconds: float = BACKOFF_BASE_SECONDS

    @classmethod
    def from_settings(cls, settings) -> "DeliveryConfig":
        return cls(lease=timedelta(seconds=settings.outbox_lease_seconds),
                   max_attempts=settings.outbox_max_attempts,
                   backoff_base_seconds=settings.outbox_backoff_base_seconds)

    def backoff(self, attempts: int) -> timedelta:
        """Exponential in the attempts made, with jitter so that retries do not arrive together."""
        exponential = self.backoff_base_seconds * 2 ** (attempts - 1)
        return min(timedelta(seconds=exponential * random.uniform(0.5, 1.5)), BACKOFF_CAP)


def find_by_key(session, idempotency_key: str) -> OutboxMessage | None:
    return session.execute(
        select(OutboxMessage).where(OutboxMessage.idempotency_key == idempotency_key)
    ).scalar_one_or_none()


def enqueue_sms(session, conversation: Conversation, body: str, idempotency_key: str,
                sender_kind: SenderKind = SenderKind.BOT, author_veileder_id: int | None = None,
                due_at: datetime | None = None,
                category: MessageCategory = MessageCategory.REPLY, helper: Helper | None = None,
                in_reply_to_id: int | None = None) -> OutboxMessage:
    """Records an outbound SMS in the thread and queues it; the caller's commit makes it real.
    With ``helper`` it goes to the user's helper (storage/models/helpers.py) instead of the user.
    ``in_reply_to_id`` is the user's message it answers, if any (the logs follow it by that id).

    The body is cleaned up and checked first (``services.messaging.gsm7.sms_text``): a body
    that is not GSM-7 or longer than 306 septets raises NotSmsText and nothing is queued.
    For anything but a reply to the user's own message use
    ``services.messaging.send_policy.schedule_user_message``, which keeps opt-outs, quiet hours and
    the weekly budget.
    """
    existing = find_by_key(session, idempotency_key)
    if existing is not None:
        return existing
    body = sms_text(body)
    # Read before the new rows exist: no autoflush of half-built ones.
    to_phone = helper.phone_e164 if helper is not None else conversation.user.phone_e164
    message = Message(
        conversation=conversation,
        direction=Direction.OUTBOUND,
        channel="sms",
        sender_kind=sender_kind,
        author_veileder_id=author_veileder_id,
        body=body,
        delivery_status=None,
        helper=helper,
    )
    entry = OutboxMessage(
        message=message,
        idempotency_key=idempotency_key,
        to_phone=to_phone,
        body=body,
        state=OutboxState.PENDING,
        category=category,
        due_at=due_at or utcnow(),
        in_reply_to_id=in_reply_to_id,
    )
    session.add_all([message, entry])
    return entry


def enqueue_sms_to_number(session, phone: str, body: str, idempotency_key: str) -> OutboxMessage:
    """Queues a reply to a number that is not a user's (it belongs to no thread); checked
    like ``enqueue_sms``."""
    existing = find_by_key(session, idempotency_key)
    if existing is not None:
        return existing
    body = sms_text(body)
    entry = OutboxMessage(idempotency_key=idempotency_key, to_phone=phone, body=body,
                          state=OutboxState.PENDING, category=MessageCategory.REPLY, due_at=utcnow())
    session.add(entry)
    return entry


def _lease_expired(now):
    return and_(OutboxMessage.state == OutboxState.CLAIMED, OutboxMessage.lease_until < now)


def _due(now):
    return and_(OutboxMessage.state == OutboxState.PENDING, OutboxMessage.due_at <= now)


def _claimable(now):
    return or_(_due(now), _lease_expired(now))


def _first_in_line(now):
    """One message at a time to a number, in order: none in flight to it, none due before it.
    A message waiting for a retry later does not hold up the ones after it."""
    other = aliased(OutboxMessage)
    return ~exists().where(
        other.to_phone == OutboxMessage.to_phone,
        other.id != OutboxMessage.id,
        or_(and_(other.state == OutboxState.CLAIMED, other.lease_until >= now),
            and_(other.state == OutboxState.PENDING, other.due_at <= now,
                 tuple_(other.due_at, other.id) < tuple_(OutboxMessage.due_at, OutboxMessage.id))),
    )


# The claim's statements are built once, with the moment and the ids as parameters: building
# them (and their cache keys) anew for every claim cost more CPU than running them.
_NOW = bindparam("now", type_=UtcDateTime())
_OUTBOX_ID = bindparam("outbox_id")


def _candidate(claimable, only_ids: bool):
    """Walks the index (state, due_at, id) in order and stops at the first row it may take."""
    query = (select(OutboxMessage.id).where(claimable, _first_in_line(_NOW))
             .order_by(OutboxMessage.state, OutboxMessage.due_at, OutboxMessage.id).limit(1)
             .with_for_update(skip_locked=True))  # ignored by SQLite, which locks the database
    return query.where(OutboxMessage.id.in_(bindparam("only_ids", expanding=True))) if only_ids else query


# Expired leases first, then the due rows: each query on its own walks the index, where one
# query for both sorted the whole backlog on every claim.
_CANDIDATES = {only_ids: [_candidate(_lease_expired(_NOW), only_ids), _candidate(_due(_NOW), only_ids)]
               for only_ids in (False, True)}
_CLAIM = (update(OutboxMessage)
          .where(OutboxMessage.id == _OUTBOX_ID, _claimable(_NOW), _first_in_line(_NOW))
          .values(state=OutboxState.CLAIMED, lease_until=bindparam("lease_until", type_=UtcDateTime()),
                  attempts=OutboxMessage.attempts + 1)
          .execution_options(synchronize_session=False))
_CLAIMED_ROW = select(OutboxMessage).where(OutboxMessage.id == _OUTBOX_ID).options(
    joinedload(OutboxMessage.message).joinedload(Message.conversation).joinedload(Conversation.user))


@dataclass(frozen=True)
class _Ready:
    """A claimed row the user's rules let go now: what the dispatcher hands to Twilio."""

    to: str
    body: str
    attempts: int
    category: MessageCategory
    in_reply_to_id: int | None  # the user's message it answers (the logs follow it by that id)


@dataclass
class Outgoing:
    """SMS for the dispatchers: the rows a transaction claimed for them as it wrote them (sent as
    they are, in order, with no claim of their own), and the ids of the rest (claimed when their
    turn comes: another SMS to the number is in flight, or the user's rules hold them back)."""

    claimed: list[tuple[int, _Ready]] = field(default_factory=list)
    unclaimed: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.claimed or self.unclaimed)

    @property
    def ids(self) -> list[int]:
        return [outbox_id for outbox_id, _ in self.claimed] + self.unclaimed


def _claim_in(session, now: datetime, config: DeliveryConfig,
              only_ids: list[int] | None) -> tuple[int, _Ready | None] | None:
    """Claims the oldest due row (or an expired lease) in the caller's transaction and applies
    the user's rules to it: (its id, what to send or None if not now); None when no row is left."""
    params = {"now": now} if only_ids is None else {"now": now, "only_ids": only_ids}
    while True:
        outbox_id = None
        for candidate in _CANDIDATES[only_ids is not None]:
            outbox_id = session.execute(candidate, params).scalar_one_or_none()
            if outbox_id is not None:
                break
        if outbox_id is None:
            return None
        claimed = session.execute(
            _CLAIM, {"outbox_id": outbox_id, "now": now, "lease_until": now + config.lease}).rowcount == 1
        if claimed:
            entry = session.execute(_CLAIMED_ROW, {"outbox_id": outbox_id}).scalar_one()
            with structlog.contextvars.bound_contextvars(outbox_id=outbox_id, message_id=entry.in_reply_to_id):
                return outbox_id, _prepare(session, entry, now, config)


def claim_written(session, outbox_ids: list[int], config: DeliveryConfig = DeliveryConfig()) -> Outgoing:
    """Claims, in the transaction that wrote them (flushed), the rows that may go at once, so
    that a dispatcher sends them after the commit without a transaction of its own first.
    They are the caller's own rows, in its session: each is claimed by its id, in order, with
    no look for candidates, and not read again."""
    outgoing, now = Outgoing(), utcnow()
    lease_until = now + config.lease
    for outbox_id in outbox_ids:
        if session.execute(_CLAIM, {"outbox_id": outbox_id, "now": now, "lease_until": lease_until}).rowcount != 1:
            outgoing.unclaimed.append(outbox_id)  # another SMS to the number goes first
            continue
        entry = session.get(OutboxMessage, outbox_id)
        # The UPDATE bypassed the session: its copy of the row learns what the claim wrote.
        for column, value in (("state", OutboxState.CLAIMED), ("lease_until", lease_until),
                              ("attempts", entry.attempts + 1)):
            set_committed_value(entry, column, value)
        with structlog.contextvars.bound_contextvars(outbox_id=outbox_id, message_id=entry.in_reply_to_id):
            ready = _prepare(session, entry, now, config)
        if ready is not None:
            outgoing.claimed.append((outbox_id, ready))
    return outgoing


def dispatch(db: Database, sender: SmsSender, status_callback_url: str | None,
             only_ids: list[int] | None = None, now: datetime | None = None,
             config: DeliveryConfig = DeliveryConfig()) -> int:
    """Sends what is due (or just ``only_ids``), one claimed row at a time; returns how many
    Twilio accepted. Safe to run in any number of processes at once."""
    sent = 0
    # Once each of ``only_ids`` was claimed, none is left to claim: no claim to find that out.
    unclaimed = set(only_ids or ())
    while only_ids is None or unclaimed:
        at = now or utcnow()
        with db.session() as session:
            claim = _claim_in(session, at, config, only_ids)
        if claim is None:
            return sent
        outbox_id, ready = claim
        unclaimed.discard(outbox_id)
        if ready is not None:
            sent += _send(db, sender, status_callback_url, outbox_id, ready, at, config)
    return sent


def send_outgoing(db: Database, sender: SmsSender, status_callback_url: str | None, outgoing: Outgoing,
                  config: DeliveryConfig = DeliveryConfig()) -> int:
    """Sends the rows claimed for the dispatchers as they were written, then the rest of
    ``outgoing`` as ``dispatch`` does; returns how many Twilio accepted."""
    sent = sum(_send(db, sender, status_callback_url, outbox_id, ready, utcnow(), config)
               for outbox_id, ready in outgoing.claimed)
    if outgoing.unclaimed:
        sent += dispatch(db, sender, status_callback_url, only_ids=outgoing.unclaimed, config=config)
    return sent


def _send(db: Database, sender: SmsSender, status_callback_url: str | None, outbox_id: int, ready: _Ready,
          at: datetime, config: DeliveryConfig) -> bool:
    """Hands one claimed row to Twilio and records what came of it; whether Twilio took it."""
    with structlog.contextvars.bound_contextvars(outbox_id=outbox_id, message_id=ready.in_reply_to_id):
        try:
            result = sender.send(ready.to, ready.body, status_callback_url)
        except SendError as error:
            _record_failure(db, outbox_id, error, ready.attempts, at, config)
            return False
        _record_sent(db, outbox_id, ready, result.sid, result.status)
    return True


def run_dispatcher(db: Database, sender: SmsSender, status_callback_url: str | None, config: DeliveryConfig,
                   stop: threading.Event, handed_over: queue.Queue, poll_seconds: float) -> None:
    """One dispatcher, until ``stop`` is set: sends what a worker hands over (``Outgoing``) at
    once, and whatever fell due (scheduled messages, retries) every ``poll_seconds``."""
    while not stop.is_set():
        try:
            outgoing = handed_over.get(timeout=poll_seconds)
        except queue.Empty:
            outgoing = None
        try:
            if outgoing is None:
                dispatch(db, sender, status_callback_url, config=config)
            else:
                send_outgoing(db, sender, status_callback_url, outgoing, config)
        except Exception:
            # A database that is briefly away must not end the dispatcher: what it did not
            # send stays due, and the next round takes it.
            log.exception("dispatch failed; trying again soon", retry_in_seconds=poll_seconds)
            stop.wait(poll_seconds)


def _count(session, category: MessageCategory, result: str) -> None:
    after_commit(session, SMS_SEND_ATTEMPTS.labels(category.value, result).inc)


def _prepare(session, entry: OutboxMessage, now: datetime, config: DeliveryConfig) -> _Ready | None:
    """Applies the user's rules to a claimed row; returns what to send, or None if not now."""
    if entry.attempts > config.max_attempts:  # dispatchers kept dying with this row claimed
        _give_up(session, entry, "no answer from the dispatcher")
        return None
    decision = decide_at_dispatch(session, entry, now)
    if decision.action == "cancel":
        entry.state, entry.lease_until, entry.last_error = OutboxState.CANCELLED, None, "opted out"
        _count(session, entry.category, "cancelled")
        log.info("sms cancelled: the user opted out", category=entry.category.value)
        return None
    if decision.action == "defer":
        entry.state, entry.lease_until, entry.due_at = OutboxState.PENDING, None, decision.defer_until
        entry.attempts -= 1  # waiting for the contact window is not a failed attempt
        _count(session, entry.category, "deferred")
        log.info("sms deferred to the user's hours", category=entry.category.value,
                 until=decision.defer_until.isoformat())
        return None
    return _Ready(entry.to_phone, entry.body, entry.attempts, entry.category, entry.in_reply_to_id)


def _record_sent(db: Database, outbox_id: int, ready: _Ready, sid: str, twilio_status: str) -> None:
    with db.session() as session:
        session.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id)
                        .values(state=OutboxState.SENT, twilio_sid=sid, sent_at=utcnow(), lease_until=None))
        # The thread's copy gets Twilio's first status, unless a status callback was faster.
        session.execute(update(Message)
                        .where(Message.id == select(OutboxMessage.message_id).where(OutboxMessage.id == outbox_id)
                               .scalar_subquery(), Message.delivery_status.is_(None))
                        .values(delivery_status=from_twilio(twilio_status) or DeliveryStatus.QUEUED))
        _count(session, ready.category, "sent")
    log.info("sms handed to twilio", category=ready.category.value, twilio_sid=sid, attempt=ready.attempts)


def _record_failure(db: Database, outbox_id: int, error: SendError, attempts: int, now: datetime,
                    config: DeliveryConfig) -> None:
    with db.session() as session:
        entry = session.get(OutboxMessage, outbox_id)
        entry.last_error = str(error)[:300]
        entry.lease_until = None
        after_commit(session, TWILIO_ERRORS.labels("send", str(error.code or "none")).inc)
        user = entry.message.conversation.user if entry.message is not None else None
        if error.code in PERMANENT_CODES:
            entry.state = OutboxState.FAILED
            if entry.message is not None:
                entry.message.delivery_status = DeliveryStatus.FAILED
            if user is not None:
                record_permanent_error(session, user, error.code, entry.id, entry.message.helper)
            _count(session, entry.category, "failed")
            log.warning("sms refused by twilio for good", category=entry.category.value, error=str(error),
                        attempt=attempts)
        elif error.transient and attempts < config.max_attempts:
            entry.state = OutboxState.PENDING
            entry.due_at = now + config.backoff(attempts)
            _count(session, entry.category, "retry")
            log.warning("sms send failed; will retry", category=entry.category.value, error=str(error),
                        attempt=attempts, retry_at=entry.due_at.isoformat())
        else:
            _give_up(session, entry, str(error))


def _give_up(session, entry: OutboxMessage, reason: str) -> None:
    entry.state = OutboxState.FAILED
    entry.lease_until = None
    entry.last_error = reason[:300]
    _count(session, entry.category, "given_up")
    log.error("sms given up", category=entry.category.value, reason=reason, attempts=entry.attempts)
    if entry.message is not None:
        entry.message.delivery_status = DeliveryStatus.FAILED
        record_undeliverable(session, entry.message.conversation.user, entry.id,
                             f"ga opp etter {entry.attempts} forsøk", entry.message.helper)
