"""Twilio's SMS webhooks."""
import structlog
from flask import Blueprint, Response, current_app, request

from bot.twilio_signature import twilio_signed
from services.conversation.intake import receive_sms
from services.messaging.delivery_status import apply_status_callback
from services.messaging.phone import InvalidPhoneNumber
from services.metrics.definitions import INBOUND_MESSAGES

log = structlog.get_logger(__name__)

blueprint = Blueprint("sms", __name__, url_prefix="/sms")

# Twilio's own limit for one (concatenated) SMS body.
MAX_BODY_LENGTH = 1600
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def _twiml() -> Response:
    # Replies go out through the outbox and Twilio's REST API, so that each is tracked.
    return Response(EMPTY_TWIML, mimetype="text/xml")


def _bad_request(reason: str) -> Response:
    return Response(reason, status=400, mimetype="text/plain")


def _invalid_sms(reason: str) -> Response:
    INBOUND_MESSAGES.labels("sms", "invalid").inc()
    log.info("sms refused", reason=reason)
    return _bad_request(reason)


@blueprint.post("/inbound")
@twilio_signed
def inbound():
    message_sid = request.form.get("MessageSid", "")
    from_number = request.form.get("From", "")
    body = request.form.get("Body")
    if not message_sid or len(message_sid) > 64 or not from_number or body is None:
        return _invalid_sms("MessageSid, From and Body are required")
    if len(body) > MAX_BODY_LENGTH:
        return _invalid_sms(f"Body is longer than {MAX_BODY_LENGTH} characters")
    structlog.contextvars.bind_contextvars(twilio_sid=message_sid)
    try:
        receive_sms(current_app.extensions["kontakt"], message_sid, from_number, body)
    except InvalidPhoneNumber:
        return _invalid_sms("From is not a valid phone number")
    return _twiml()


@blueprint.post("/status")
@twilio_signed
def status():
    """Twilio's delivery report for a message we sent; anything unknown is acknowledged and ignored."""
    message_sid = request.form.get("MessageSid", "")
    reported = request.form.get("MessageStatus", "")
    error_code = request.form.get("ErrorCode", "")
    if not message_sid or not reported:
        return _bad_request("MessageSid and MessageStatus are required")
    structlog.contextvars.bind_contextvars(twilio_sid=message_sid)
    services = current_app.extensions["kontakt"]
    with services.db.session() as session:
        apply_status_callback(session, message_sid, reported, int(error_code) if error_code.isdigit() else None)
    return Response("", status=200)
