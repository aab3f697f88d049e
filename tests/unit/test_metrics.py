"""What the processes count, read back from prometheus_client as Prometheus would: the
pipeline on a real SQLite database with Rasa unreachable, the outbox against the fake
Twilio, and the web app's /metrics with the database's view of the queue and the cases."""
from datetime import timedelta

import pytest
from prometheus_client import REGISTRY
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from services.cases.escalations import create_escalation
from services.conversation.intake import receive_sms
from services.messaging.delivery_status import apply_status_callback
from services.metrics.definitions import CASES_OPENED, after_commit
from storage.models import CaseCategory, OutboxMessage, User, utcnow
from tests.conftest import AUTH_TOKEN, add_user
from tests.support.inbox_client import log_in
from tests.support.people import make_team, make_veileder
from tests.support.pipeline import answer_stored_messages
from tests.support.scrape import parse_metrics, samples


@pytest.fixture
def ola(db):
    user = add_user(db, first_name="Ola")
    return user.id, user.phone_e164


class Counts:
    """Samples of the default registry, as differences from when the test began (the
    registry belongs to the test process and outlives each test)."""

    def __init__(self):
        self._before = self._all()

    @staticmethod
    def _all() -> dict:
        return samples(REGISTRY.collect())

    def added(self, name: str, **labels) -> float:
        key = (name, tuple(sorted(labels.items())))
        return self._all().get(key, 0.0) - self._before.get(key, 0.0)


def test_a_stored_message_and_its_reply_are_counted_once_each(app, ola, fake_twilio):
    counts = Counts()
    services = app.extensions["kontakt"]
    _, phone = ola
    receive_sms(services, "SMcount01", phone, "HJELP")
    receive_sms(services, "SMcount01", phone, "HJELP")  # Twilio's retry of the same webhook
    receive_sms(services, "SMcount02", "+4799999999", "hei")  # a number that is no user's

    answer_stored_messages(services)

    assert counts.added("kontakt_inbound_messages_total", channel="sms", outcome="stored") == 1
    assert counts.added("kontakt_inbound_messages_total", channel="sms", outcome="duplicate") == 1
    assert counts.added("kontakt_inbound_messages_total", channel="sms", outcome="unknown_sender") == 1
    assert counts.added("kontakt_pipeline_messages_total", channel="sms", outcome="handle_keyword") == 1
    assert counts.added("kontakt_pipeline_latency_seconds_count", channel="sms") == 1
    assert counts.added("kontakt_sms_send_attempts_total", category="reply", result="sent") == 1
    assert len(fake_twilio.messages_to(phone)) == 1


def test_while_rasa_is_away_waits_failures_crises_and_cases_are_counted(app, ola):
    counts = Counts()
    services = app.extensions["kontakt"]
    _, phone = ola
    for index, body in enumerate(["kan ikke komme på møtet", "hallo?", "vil ikke leve lenger"]):
        receive_sms(services, f"SMaway{index}", phone, body)

    answer_stored_messages(services)

    assert counts.added("kontakt_pipeline_messages_total", channel="sms", outcome="waiting_for_assistant") == 2
    assert counts.added("kontakt_pipeline_messages_total", channel="sms", outcome="check_safety") == 1
    assert counts.added("kontakt_safety_detections_total", kind="crisis", detected_by="safety_net") == 1
    assert counts.added("kontakt_cases_opened_total", priority="P1", topic="crisis") == 1
    assert counts.added("kontakt_rasa_failures_total", call="message", reason="connection") == 1
    assert counts.added("kontakt_rasa_request_seconds_count", call="message") == 1
    # Two waiting messages, the crisis help and who reads it: the ack went once.
    assert counts.added("kontakt_sms_send_attempts_total", category="reply", result="sent") == 3


def test_a_rolled_back_transaction_counts_nothing(db, ola):
    counts = Counts()
    user_id, _ = ola
    with pytest.raises(RuntimeError), db.session() as s:
        create_escalation(s, s.get(User, user_id), CaseCategory.COMPLAINT, "uenig i vedtaket")
        raise RuntimeError("the transaction fails after the case was made")
    with db.session() as s:
        after_commit(s, CASES_OPENED.labels("P2", "complaint").inc)

    assert counts.added("kontakt_cases_opened_total", priority="P2", topic="complaint") == 1


def test_twilio_error_codes_and_status_callbacks_are_counted(app, db, ola, fake_twilio):
    services = app.extensions["kontakt"]
    _, phone = ola
    receive_sms(services, "SMcb01", phone, "HJELP")
    answer_stored_messages(services)
    with db.reading() as s:
        sid = s.execute(select(OutboxMessage.twilio_sid).where(OutboxMessage.to_phone == phone)).scalar_one()
    counts = Counts()

    with db.session() as s:
        apply_status_callback(s, sid, "undelivered", 30003)
    with db.session() as s:
        apply_status_callback(s, sid, "delivered", None)

    assert counts.added("kontakt_status_callbacks_total", status="undelivered", result="updated") == 1
    assert counts.added("kontakt_status_callbacks_total", status="delivered", result="unchanged") == 1
    assert counts.added("kontakt_twilio_errors_total", source="callback", code="30003") == 1


def _scrape(app) -> dict:
    return parse_metrics(app.test_client().get("/metrics").get_data(as_text=True))


def test_the_web_apps_metrics_show_the_queue_and_the_cases_past_due_from_the_database(app, db, ola):
    services = app.extensions["kontakt"]
    user_id, phone = ola
    for index in range(3):
        receive_sms(services, f"SMqueue{index}", phone, f"melding {index}")
    with db.session() as s:
        case = create_escalation(s, s.get(User, user_id), CaseCategory.CRISIS, "orker ikke mer")
        case.due_at = utcnow() - timedelta(minutes=5)

    scraped = _scrape(app)

    assert scraped[("kontakt_inbound_queue_messages", (("state", "received"),))] == 3
    assert scraped[("kontakt_inbound_queue_oldest_age_seconds", ())] > 0
    assert scraped[("kontakt_cases_past_due", (("priority", "P1"),))] == 1
    assert scraped[("kontakt_cases_open", (("priority", "P1"),))] == 1
    assert scraped[("kontakt_database_up", ())] == 1
    # The process's own counts are there too.
    assert scraped[("kontakt_inbound_messages_total", (("channel", "sms"), ("outcome", "stored")))] >= 3


def test_no_label_of_any_metric_carries_a_phone_number_or_a_message(app, ola, fake_twilio):
    services = app.extensions["kontakt"]
    _, phone = ola
    receive_sms(services, "SMlabels", phone, "HJELP")
    answer_stored_messages(services)
    scraped = _scrape(app)
    labels = {value for (_, pairs) in scraped for _, value in pairs}
    assert not [value for value in labels if phone[3:] in value or "HJELP" in value]


def test_a_webhook_with_a_bad_signature_wrong_logins_and_the_login_limits_are_counted(app, db):
    with db.session() as s:
        email = make_veileder(s, make_team(s), "Kari").email
    counts = Counts()
    client = app.test_client()
    client.post("/sms/inbound", data={"MessageSid": "SMx", "From": "+4791234567", "Body": "hei"},
                headers={"X-Twilio-Signature": RequestValidator(AUTH_TOKEN).compute_signature("x", {})})
    for _ in range(5):
        assert log_in(client, email, "wrong-password").status_code == 401
    assert log_in(client, email).status_code == 429
    elsewhere = app.test_client()
    elsewhere.environ_base["REMOTE_ADDR"] = "192.0.2.9"  # the account is slowed down from any address
    assert log_in(elsewhere, email).status_code == 429

    assert counts.added("kontakt_twilio_bad_signatures_total", endpoint="/sms/inbound") == 1
    assert counts.added("kontakt_http_request_seconds_count", route="/sms/inbound", method="POST", status="403") == 1
    assert counts.added("kontakt_login_failures_total") == 5
    assert counts.added("kontakt_rate_limit_refusals_total", limit="login") == 1
    assert counts.added("kontakt_rate_limit_refusals_total", limit="login_account") == 1
