"""Logs: one JSON object per line, the ids that follow a message, and no phone number or
national identity number in any line, whoever wrote it."""
import json
import logging

import pytest
import structlog
from sqlalchemy import select
from twilio.base.exceptions import TwilioException
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from services.gateways.sms import RedirectingHttpClient
from services.logs.masking import PHONE_MASK, mask_personal_numbers
from services.logs.setup import HANDLER_NAME, configure_logging
from storage.models import Message
from tests.conftest import ACCOUNT_SID, AUTH_TOKEN
from tests.support.people import make_team, make_user, make_veileder
from tests.unit.conftest import UNREACHABLE


@pytest.mark.parametrize("written", [
    "+4791234567", "+47 912 34 567", "004791234567", "91234567", "912 34 567", "91 23 45 67",
    "4791234567", "%2B4791234567", "+46701234567", "+447700900123",
])
def test_phone_numbers_are_masked_however_written(written):
    assert mask_personal_numbers(f"ring {written} nå") == f"ring {PHONE_MASK} nå"


@pytest.mark.parametrize("written", ["01019912345", "010199 12345", "01.01.99 12345", "41019912345"])
def test_national_identity_numbers_are_masked(written):
    masked = mask_personal_numbers(f"fnr {written}.")
    assert masked == "fnr ***********."


@pytest.mark.parametrize("kept", [
    "2026-11-30T20:49:12.123456Z", "SM12345678901234567890123456789012", "outbox 1234 in 12345 ms",
    "uuid 0f3c2a9e8b7d4c1a9e8b7d4c1a9e8b7d", "message_id 912345", "127.0.0.1:5005",
])
def test_what_is_not_a_personal_number_is_left_alone(kept):
    assert mask_personal_numbers(kept) == kept


@pytest.fixture
def json_lines(capsys):
    """This process's log lines as ``configure_logging`` writes them, parsed."""
    configure_logging("test")
    yield lambda: [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(handler)


def test_a_librarys_own_line_with_a_phone_number_is_masked(json_lines, fake_twilio):
    # twilio's client logs each request's URL and query at INFO, the number in it.
    logging.getLogger("twilio.http_client").setLevel(logging.INFO)
    client = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=RedirectingHttpClient(fake_twilio.base_url))
    with pytest.raises(TwilioException):  # the fake has no list of messages
        client.messages.list(to="+4791234567", limit=1)

    lines = json_lines()
    twilio_lines = [line for line in lines if line["logger"] == "twilio.http_client"]
    assert any("To=[phone]" in line["event"] for line in twilio_lines)
    assert any("'To': '[phone]'" in line["event"] for line in twilio_lines)
    assert not [line for line in lines if "91234567" in json.dumps(line)]


def test_every_line_is_one_json_object_with_the_ids_bound_and_masked_values(json_lines):
    log = structlog.get_logger("kontakt.test")
    with structlog.contextvars.bound_contextvars(message_id=42):
        log.info("message stored", channel="sms", detail={"from": "+4791234567"})
        logging.getLogger("some.library").warning("could not reach %s", "912 34 567")
    try:
        raise ValueError("fnr 01019912345")
    except ValueError:
        log.exception("failed")

    stored, library, failed = json_lines()
    assert (stored["event"], stored["message_id"], stored["detail"], stored["process"]) == \
        ("message stored", 42, {"from": PHONE_MASK}, "test")
    assert (library["message_id"], library["event"], library["level"]) == (42, f"could not reach {PHONE_MASK}",
                                                                          "warning")
    assert "message_id" not in failed and "***********" in failed["exception"] and "01019912345" not in failed["exception"]


def test_a_webhooks_lines_name_the_request_and_the_stored_message(json_lines, app, db):
    with db.session() as s:
        team = make_team(s)
        phone = make_user(s, team, make_veileder(s, team, "Kari")).phone_e164
    configure_logging("test")  # the app's own set-up replaced the fixture's handler
    params = {"MessageSid": "SMlog0001", "From": phone, "Body": "hei"}
    signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{UNREACHABLE}/sms/inbound", params)

    response = app.test_client().post("/sms/inbound", data=params,
                                      headers={"X-Twilio-Signature": signature, "X-Request-ID": "proxy-req-0001"})

    assert (response.status_code, response.headers["X-Request-ID"]) == (200, "proxy-req-0001")
    lines = json_lines()
    stored = next(line for line in lines if line["event"] == "message stored")
    with db.reading() as s:
        message_id = s.execute(select(Message.id).where(Message.external_id == "SMlog0001")).scalar_one()
    assert (stored["message_id"], stored["request_id"], stored["twilio_sid"]) == \
        (message_id, "proxy-req-0001", "SMlog0001")
    assert not [line for line in lines if phone[3:] in json.dumps(line)]
