"""The fake Twilio API holds a request for the next message to a number until it arrives, so
that a benchmark waits for a reply without polling the service's database."""
import threading
import time
from datetime import datetime, timezone

import requests

from tests.conftest import ACCOUNT_SID, AUTH_TOKEN

TO = "+4791111111"


def send(fake_twilio, to: str, body: str) -> None:
    response = requests.post(f"{fake_twilio.base_url}/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json",
                             data={"To": to, "From": "+4740000000", "Body": body},
                             auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=5)
    assert response.status_code == 201


def next_message(fake_twilio, since: datetime, timeout: float) -> requests.Response:
    return requests.get(f"{fake_twilio.base_url}/_fake/messages/next", timeout=timeout + 5,
                        params={"to": TO, "since": since.isoformat(), "timeout": str(timeout)})


def test_a_waiting_request_gets_the_message_when_it_arrives(fake_twilio):
    since = datetime.now(timezone.utc)
    later = threading.Timer(0.3, send, args=(fake_twilio, TO, "svar"))
    later.start()
    started = time.monotonic()
    response = next_message(fake_twilio, since, timeout=10)
    later.join()
    assert response.status_code == 200
    assert response.json()["body"] == "svar"
    assert time.monotonic() - started >= 0.25  # it waited for the message
    assert datetime.fromisoformat(response.json()["received_at"]) >= since


def test_messages_before_the_moment_or_to_another_number_do_not_count(fake_twilio):
    send(fake_twilio, TO, "gammel")
    since = datetime.now(timezone.utc)
    send(fake_twilio, "+4792222222", "til en annen")
    assert next_message(fake_twilio, since, timeout=0.3).status_code == 408
    send(fake_twilio, TO, "ny")
    assert next_message(fake_twilio, since, timeout=5).json()["body"] == "ny"
