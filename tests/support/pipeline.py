"""Waiting for the pipeline: the workers answer a stored message a moment after its webhook."""
import time

from sqlalchemy import select

from services.conversation.pipeline import AssistantCircuit, PipelineConfig, take_one_conversation
from services.conversation.replies import Answer, answer_to
from services.messaging.outbox import Outgoing
from services.runtime import MessagingServices
from storage.db import Database
from storage.models import InboundState, OutboxMessage, OutboxState


def wait_for_answer(db: Database, message_sid: str, timeout: float = 30.0,
                    waiting_will_do: bool = True, channel: str = "sms") -> Answer | None:
    """Returns once the workers are done with the message ``message_sid`` of ``channel`` (an
    SMS's MessageSid, the web chat page's id of a message; answered, or waiting for Rasa
    unless ``waiting_will_do`` is false) and its replies have left the outbox (web replies
    never enter it); None for a message that was never stored (a number that is no user's)."""
    done = (InboundState.PROCESSED, InboundState.WAITING_FOR_ASSISTANT) if waiting_will_do \
        else (InboundState.PROCESSED,)
    deadline = time.monotonic() + timeout
    while True:
        with db.reading() as session:
            answer = answer_to(session, channel, message_sid)
            unknown_sender_reply = session.execute(
                select(OutboxMessage.state).where(OutboxMessage.idempotency_key == f"unknown:{message_sid}")
            ).scalar_one_or_none()
        if answer is None and unknown_sender_reply not in (OutboxState.PENDING, OutboxState.CLAIMED):
            return None
        if answer is not None and answer.state in done and answer.handed_to_gateway:
            return answer
        if time.monotonic() > deadline:
            raise TimeoutError(f"message {message_sid} was not answered in {timeout:.0f} s: {answer}")
        time.sleep(0.02)


def answer_stored_messages(services: MessagingServices) -> list[int]:
    """What one worker does, in the test's own thread, until nothing is left: answers every
    stored message, then sends the replies. Returns the outbox rows it sent."""
    circuit, config = AssistantCircuit(services.assistant), PipelineConfig()
    sent: list[int] = []

    def send(outgoing: Outgoing) -> None:
        services.send_now(outgoing)
        sent.extend(outgoing.ids)

    while take_one_conversation(services, circuit, config, send):
        pass
    return sent
