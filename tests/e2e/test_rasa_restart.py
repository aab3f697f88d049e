"""Rasa killed with SIGKILL under the running service, then started again: the webhook stores
what arrives meanwhile and answers at once, the user hears once that the message arrived, and
the conversation goes on where it was, because Rasa keeps it in its database."""
import signal
import time
from datetime import datetime

import pytest
from sqlalchemy import select

from devtools.twilio_webhook import new_message_sid
from services.appointments.texts import format_when
from storage.models import InboundState, Message
from tests.conftest import running_stack
from tests.e2e.test_appointments import Office, weekday_at
from tests.support.pipeline import wait_for_answer


@pytest.fixture(scope="module")
def restartable(tmp_path_factory, fake_twilio):
    with running_stack(tmp_path_factory.mktemp("restart"), fake_twilio, PIPELINE_RETRY_SECONDS="1") as stack:
        yield stack


def _states(stack, *message_sids: str) -> list[InboundState]:
    with stack.db.reading() as session:
        return [session.execute(select(Message.inbound_state).where(Message.external_id == sid)).scalar_one()
                for sid in message_sids]


def _wait_for_texts(office: Office, count: int, timeout: float = 30) -> list[str]:
    deadline = time.monotonic() + timeout
    while len(office.texts()) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return office.texts()


def test_texts_sent_while_rasa_is_dead_are_answered_after_its_restart_and_2_still_moves_the_meeting(restartable):
    office = Office(restartable)
    booked = office.book(weekday_at(8, 13, 0)).json()
    office.say("kan ikke komme på møtet, ungen e syk")
    offered = [datetime.fromisoformat(s) for s in office.tracker_slot("appointment_offered")]
    assert len(offered) == 3

    rasa = restartable.processes["rasa"].process
    rasa.send_signal(signal.SIGKILL)
    rasa.wait()
    before = len(office.texts())
    choice, greeting = new_message_sid(), new_message_sid()
    assert restartable.text(office.phone, "2", wait=False, message_sid=choice).status_code == 200
    assert restartable.text(office.phone, "hei", wait=False, message_sid=greeting).status_code == 200

    told = _wait_for_texts(office, before + 1)[before:]
    assert len(told) == 1 and "har kommet fram" in told[0]
    deadline = time.monotonic() + 10
    while _states(restartable, choice, greeting) != [InboundState.WAITING_FOR_ASSISTANT] * 2:
        assert time.monotonic() < deadline, _states(restartable, choice, greeting)
        time.sleep(0.1)

    restartable.start_rasa()
    moved, greeted = (wait_for_answer(restartable.db, sid, timeout=60, waiting_will_do=False)
                      for sid in (choice, greeting))

    assert moved.bodies[0] == told[0] and moved.bodies[1].startswith(
        f"Flott! Møtet er flyttet til {format_when(offered[1])}")
    assert len(greeted.bodies) == 1 and greeted.bodies[0].startswith("Hei!")
    assert office.appointment(booked["id"]).starts_at == offered[1]
    assert len(office.texts()) == before + 3  # the one note that it arrived, then the two answers

