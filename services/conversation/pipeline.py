"""The one way through for every user message, whatever channel it came in on.

A channel stores the message and answers its caller at once (services/conversation/intake.py).
Workers (``run_worker``, in the ``python -m worker`` processes) then take one conversation at a
time under a lease (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, a conditional UPDATE inside
SQLite's ``BEGIN IMMEDIATE``), and run its stored messages strictly in order, one at a time:
the pre-assistant steps (keywords, the safety net, a veileder's hold), then Rasa, then the
replies, which go back by the channel the message came in on (services/conversation/replies.py).
Any number of workers may run, in any number of processes.

When Rasa is away the message waits (``WAITING_FOR_ASSISTANT``) and the user is told once that
it arrived; later messages of the same conversation still pass the pre-assistant steps at once
(a crisis is answered without Rasa), and wait behind it for Rasa, so Rasa sees them in order.
A worker that dies leaves its conversation to another when the lease runs out; a message it
had already given to Rasa is then given again (at-least-once there).
"""
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, NamedTuple, Optional

import structlog
from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from services.cases.handoff import hold_for_veileder
from services.conversation.inbound_text import text_for_assistant
from services.conversation.replies import queue_replies
from services.gateways.rasa import AssistantClient, AssistantUnavailable
from services.messaging.keywords import handle_keyword
from services.messaging.outbox import Outgoing, claim_written
from services.messaging.texts import text
from services.metrics.definitions import PIPELINE_LATENCY, PIPELINE_MESSAGES, after_commit
from services.people.helper_answers import answer_helper_question
from services.people.helper_messages import handle_helper_message
from services.runtime import MessagingServices
from services.safety.step import check_safety
from services.staff.notices import notify_veileder
from storage import wakeup
from storage.db import Database
from storage.models import Conversation, Direction, InboundState, Message, NoticeKind, VeilederNotice, utcnow
from storage.models.base import UtcDateTime

log = structlog.get_logger(__name__)

# Checks run on every stored message before the assistant sees it, in this order. Each
# takes (session, message) and returns the replies when it took care of the message (an
# empty list: taken care of, nothing to say), or None to pass the message on. Anything a
# step writes is committed together with its replies.
Step = Callable[[Session, Message], Optional[list[str]]]
# A helper's message is taken care of by the first step, so the keywords and the rest are the user's.
PRE_ASSISTANT_STEPS: list[Step] = [handle_helper_message, handle_keyword, check_safety, answer_helper_question,
                                   hold_for_veileder]

NOT_DONE = (InboundState.RECEIVED, InboundState.PROCESSING, InboundState.WAITING_FOR_ASSISTANT)
CLAIM_CANDIDATES = 20


@dataclass(frozen=True)
class PipelineConfig:
    """How workers hold conversations and wait (Settings: PIPELINE_* variables).

    The lease must outlast one message: the steps and one call to Rasa (``RASA_TIMEOUT_SECONDS``).
    """

    lease: timedelta = timedelta(seconds=60)
    retry_delay: timedelta = timedelta(seconds=5)
    poll_seconds: float = 0.005
    idle_wait_seconds: float = 1.0

    @classmethod
    def from_settings(cls, settings) -> "PipelineConfig":
        return cls(lease=timedelta(seconds=settings.pipeline_lease_seconds),
                   retry_delay=timedelta(seconds=settings.pipeline_retry_seconds),
                   poll_seconds=settings.pipeline_poll_seconds)


class AssistantCircuit:
    """Whether to call Rasa now. After a failure, not until Rasa's /status says it is back,
    asked at most every ``recheck_seconds``, so that waiting messages cost no timeouts."""

    def __init__(self, assistant: AssistantClient, recheck_seconds: float = 2.0):
        self._assistant = assistant
        self._recheck_seconds = recheck_seconds
        self._down = False
        self._checked_at = 0.0
        self._lock = threading.Lock()

    def available(self) -> bool:
        with self._lock:
            if not self._down:
                return True
            if time.monotonic() - self._checked_at < self._recheck_seconds:
                return False
            self._checked_at = time.monotonic()
        if self._assistant.is_ready():
            self._down = False
            log.info("the assistant answers again")
        return not self._down

    def mark_down(self) -> None:
        with self._lock:
            self._down, self._checked_at = True, time.monotonic()


def _lease_is_free(now):
    return or_(Conversation.lease_until.is_(None), Conversation.lease_until < now)


# The claim's statements are built once, with the moment as a parameter: building them (and
# their cache keys) anew for every look for work cost more CPU than running them.
_NOW = bindparam("now", type_=UtcDateTime())
_CONVERSATION_ID = bindparam("conversation_id")
_READY = or_(Message.inbound_state.in_([InboundState.RECEIVED, InboundState.PROCESSING]),
             and_(Message.inbound_state == InboundState.WAITING_FOR_ASSISTANT,
                  or_(Conversation.retry_at.is_(None), Conversation.retry_at <= _NOW)))
_CANDIDATES = (select(Message.conversation_id)
               .join(Conversation, Message.conversation_id == Conversation.id)
               .where(Message.direction == Direction.INBOUND, _READY, _lease_is_free(_NOW))
               .group_by(Message.conversation_id)
               .order_by(func.min(Message.id))
               .limit(CLAIM_CANDIDATES))
_FREE = (select(Conversation.id).where(Conversation.id == _CONVERSATION_ID, _lease_is_free(_NOW))
         .with_for_update(skip_locked=True))  # ignored by SQLite, which locks the database
_TAKE = (update(Conversation).where(Conversation.id == _CONVERSATION_ID, _lease_is_free(_NOW))
         .values(lease_until=bindparam("lease_until", type_=UtcDateTime()))
         .execution_options(synchronize_session=False))
# Every step and every reply reads the message's conversation and user: one query for the three.
_WITH_USER = [joinedload(Message.conversation).joinedload(Conversation.user)]


def _first_not_done(*columns):
    return (select(*columns)
            .where(Message.conversation_id == _CONVERSATION_ID, Message.direction == Direction.INBOUND,
                   Message.inbound_state.in_(NOT_DONE))
            .order_by(Message.id).limit(1))


_OLDEST = _first_not_done(Message).options(*_WITH_USER)
_NEXT = _first_not_done(Message.id).where(Message.id.not_in(bindparam("done", expanding=True)))
_RELEASE = (update(Conversation).where(Conversation.id == _CONVERSATION_ID).values(lease_until=None)
            .execution_options(synchronize_session=False))


# What one message came to: the SMS to send (claimed in its transaction when they may go at
# once), and the conversation's next message not done (None: the lease has ended).
Done = tuple[Outgoing, int | None]


class Claim(NamedTuple):
    """A conversation a worker holds, its oldest message not done (loaded with its conversation
    and user), and what the pre-assistant steps made of that message in the lease's own
    transaction (None: it goes to Rasa); ``more`` when other conversations had work too."""

    conversation_id: int
    message: Message
    done: Done | None
    more: bool


def claim_conversation(services: MessagingServices, circuit: AssistantCircuit, config: PipelineConfig,
                       now: datetime | None = None) -> Claim | None:
    """Takes the conversation whose oldest unanswered message is oldest, among those no other
    worker holds, and runs that message's pre-assistant steps in the same transaction; None
    when there is nothing to do."""
    now = now or utcnow()
    with services.db.reading() as session:
        candidates = session.execute(_CANDIDATES, {"now": now}).scalars().all()
    for position, conversation_id in enumerate(candidates, start=1):
        with services.db.session() as session:
            message = _take_lease(session, conversation_id, now, config.lease)
            if message is None:
                continue
            with structlog.contextvars.bound_contextvars(message_id=message.id):
                done = _before_assistant(services, session, message, circuit, config, {message.id})
        return Claim(conversation_id, message, done, more=position < len(candidates))
    return None


def _take_lease(session, conversation_id: int, now: datetime, lease: timedelta) -> Message | None:
    """Leases the conversation and reads its oldest message not done (later ones are read by
    ``_then``); None when another worker holds it or nothing is left to do."""
    params = {"conversation_id": conversation_id, "now": now}
    if session.execute(_FREE, params).first() is None:
        return None
    message = session.execute(_OLDEST, {"conversation_id": conversation_id}).scalar_one_or_none()
    if message is None or session.execute(_TAKE, {**params, "lease_until": now + lease}).rowcount != 1:
        return None
    # The UPDATE bypassed the session: its copy of the conversation learns the lease.
    set_committed_value(message.conversation, "lease_until", now + lease)
    return message


def _release(db: Database, conversation_id: int) -> None:
    with db.session() as session:
        session.execute(_RELEASE, {"conversation_id": conversation_id})


def process_conversation(services: MessagingServices, claim: Claim, circuit: AssistantCircuit,
                         config: PipelineConfig, hand_over: Callable[[Outgoing], None]) -> None:
    """Answers the held conversation's messages in order; the SMS each message's transaction
    wrote go to ``hand_over`` once it commits. The lease ends in the transaction of the last
    message (``_then``), or here when one fails."""
    done = {claim.message.id}
    try:
        outcome = claim.done
        if outcome is None:
            with structlog.contextvars.bound_contextvars(message_id=claim.message.id):
                outcome = _ask_assistant(services, claim.message, circuit, config, done)
        while True:
            replies, message_id = outcome
            if replies:
                hand_over(replies)
            if message_id is None:
                return
            done.add(message_id)
            outcome = answer_message(services, message_id, circuit, config, done)
    except BaseException:
        _release(services.db, claim.conversation_id)
        raise


def answer_message(services: MessagingServices, message_id: int, circuit: AssistantCircuit,
                   config: PipelineConfig, done: set[int]) -> Done:
    """One message after the conversation's first: the pre-assistant steps, then Rasa, then the
    replies; or it waits for Rasa. Every log line meanwhile, whoever writes it, carries the
    message's id."""
    with structlog.contextvars.bound_contextvars(message_id=message_id):
        with services.db.session() as session:
            message = session.get(Message, message_id, options=_WITH_USER)
            message.conversation.lease_until = utcnow() + config.lease  # still ours, for this message
            outcome = _before_assistant(services, session, message, circuit, config, done)
        return outcome if outcome is not None else _ask_assistant(services, message, circuit, config, done)


def _before_assistant(services: MessagingServices, session, message: Message, circuit: AssistantCircuit,
                      config: PipelineConfig, done: set[int]) -> Done | None:
    """The pre-assistant steps, in the caller's transaction: what they came to, or None when
    the message goes to Rasa (marked PROCESSING)."""
    if message.inbound_state is InboundState.WAITING_FOR_ASSISTANT:
        # It passed the steps before; only a veileder who took over since changes its way.
        taken = _step_answer(session, message, hold_for_veileder)
    else:
        taken = _run_steps(session, message)
    if taken is not None:
        return _then(services, session, message, _finish(session, message, *taken), done)
    if _waits_behind_another(session, message) or not circuit.available():
        return _then(services, session, message, _wait_for_assistant(session, message, config), done)
    message.inbound_state = InboundState.PROCESSING
    return None


def _ask_assistant(services: MessagingServices, message: Message, circuit: AssistantCircuit,
                   config: PipelineConfig, done: set[int]) -> Done:
    """Rasa's answer to ``message`` (as its steps' transaction left it, with its conversation
    and user), written in a transaction of its own; or the message waits."""
    try:
        replies = services.assistant.send(message.channel, message.conversation.rasa_sender_id,
                                          text_for_assistant(message.body), message_id=message.id)
    except AssistantUnavailable as error:
        log.warning("assistant unavailable; the message waits", error=str(error))
        circuit.mark_down()
        with services.db.session() as session:
            session.add(message)
            return _then(services, session, message, _wait_for_assistant(session, message, config), done)
    with services.db.session() as session:
        # The rows were read before Rasa, under the lease; they are not read again.
        session.add(message)
        return _then(services, session, message, _finish(session, message, "assistant", replies), done)


def _then(services: MessagingServices, session, message: Message, outbox_ids: list[int],
          done: set[int]) -> Done:
    """What ends the transaction of one message: its SMS claimed for the dispatchers, and the
    conversation's next message; when none is left, the lease ends in it too (no transaction
    of its own for any of these)."""
    # What is still unflushed (the message's state, the lease) concerns neither query: it is
    # written once, at the commit.
    with session.no_autoflush:
        outgoing = claim_written(session, outbox_ids, services.delivery)
        next_id = session.execute(_NEXT, {"conversation_id": message.conversation_id,
                                          "done": list(done)}).scalar_one_or_none()
    if next_id is None:
        message.conversation.lease_until = None
    return outgoing, next_id


def _step_answer(session, message: Message, step: Step) -> tuple[str, list[str]] | None:
    replies = step(session, message)
    return None if replies is None else (step.__name__, replies)


def _run_steps(session, message: Message) -> tuple[str, list[str]] | None:
    """The name of the step that took care of the message, and its replies; None if none did."""
    for step in PRE_ASSISTANT_STEPS:
        taken = _step_answer(session, message, step)
        if taken is not None:
            return taken
    return None


def _finish(session, message: Message, answered_by: str, replies: list[str]) -> list[int]:
    outbox_ids = queue_replies(session, message, replies, "reply")
    message.inbound_state = InboundState.PROCESSED
    channel, latency = message.channel, (utcnow() - message.created_at).total_seconds()
    after_commit(session, lambda: _count_answered(channel, answered_by, latency))
    log.info("message answered", answered_by=answered_by, replies=len(replies), outbox_ids=outbox_ids,
             seconds_since_stored=round(latency, 3))
    return outbox_ids


def _count_answered(channel: str, answered_by: str, latency: float) -> None:
    PIPELINE_MESSAGES.labels(channel, answered_by).inc()
    PIPELINE_LATENCY.labels(channel).observe(latency)


def _others_waiting(message: Message):
    return select(Message.id).where(Message.conversation_id == message.conversation_id,
                                    Message.id != message.id,
                                    Message.inbound_state == InboundState.WAITING_FOR_ASSISTANT).limit(1)


def _waits_behind_another(session, message: Message) -> bool:
    """An earlier message of the conversation waits for Rasa: this one must not overtake it."""
    return session.execute(_others_waiting(message).where(Message.id < message.id)).first() is not None


def _wait_for_assistant(session, message: Message, config: PipelineConfig) -> list[int]:
    """The message waits for Rasa; the user hears once that it arrived, not once per message."""
    told_already = session.execute(_others_waiting(message)).first() is not None
    if message.inbound_state is not InboundState.WAITING_FOR_ASSISTANT:
        after_commit(session, PIPELINE_MESSAGES.labels(message.channel, "waiting_for_assistant").inc)
        log.info("message waits for the assistant")
    message.inbound_state = InboundState.WAITING_FOR_ASSISTANT
    message.conversation.retry_at = utcnow() + config.retry_delay
    if told_already:
        return []
    language = message.conversation.user.language
    return queue_replies(session, message, [text("received_assistant_unavailable", language)], "ack")


def take_one_conversation(services: MessagingServices, circuit: AssistantCircuit, config: PipelineConfig,
                          hand_over: Callable[[Outgoing], None], more: Callable[[], None] = lambda: None) -> bool:
    """Claims one conversation and answers its messages (``process_conversation``); False when
    there was nothing to do. ``more`` is called once the conversation is held, when other
    conversations had work too: another thread should look. (Work stored after the look wakes
    the waiting threads by itself.)"""
    claim = claim_conversation(services, circuit, config)
    if claim is None:
        return False
    if claim.more:
        more()
    process_conversation(services, claim, circuit, config, hand_over)
    return True


def run_worker(services: MessagingServices, stop: threading.Event, hand_over: Callable[[Outgoing], None],
               circuit: AssistantCircuit, config: PipelineConfig, waiter: wakeup.Waiter) -> None:
    """One worker thread: takes conversations until ``stop`` is set; hands the SMS of each
    answered message to the dispatchers (``hand_over``) as soon as its transaction commits.
    The threads of a process share ``waiter``: one listens for new work, and one that found
    more work than it took has the listener look again."""
    while not stop.is_set():
        try:
            if not take_one_conversation(services, circuit, config, hand_over, more=waiter.nudge):
                waiter.wait(config.idle_wait_seconds)
        except Exception:
            # A database that is briefly away must not end the worker: what it did not
            # finish is still stored, and its lease runs out for the next worker.
            log.exception("the worker failed on a conversation; going on in a moment")
            stop.wait(config.idle_wait_seconds)


def flag_long_waits(db: Database, older_than: timedelta, now: datetime | None = None) -> int:
    """Tells the veileder of each user whose message has waited for Rasa longer than
    ``older_than`` (once per message that started the wait); returns how many were told."""
    now = now or utcnow()
    with db.session() as session:
        first_waiting = session.execute(
            select(func.min(Message.id))
            .where(Message.inbound_state == InboundState.WAITING_FOR_ASSISTANT, Message.created_at < now - older_than)
            .group_by(Message.conversation_id)
        ).scalars().all()
        told = set(session.execute(
            select(VeilederNotice.message_id).where(VeilederNotice.kind == NoticeKind.MESSAGE_WAITING,
                                                    VeilederNotice.message_id.in_(first_waiting))
        ).scalars())
        for message_id in first_waiting:
            if message_id not in told:
                message = session.get(Message, message_id)
                notify_veileder(session, message.conversation.user, NoticeKind.MESSAGE_WAITING, priority="P2",
                                message_id=message_id,
                                detail="Den automatiske tjenesten har ikke svart brukeren. Les meldingen og svar selv.")
        return len(set(first_waiting) - told)
