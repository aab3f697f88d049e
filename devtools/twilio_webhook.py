"""Posts an inbound SMS to the service exactly as Twilio's webhook does, signature and all."""
import uuid

import requests
from twilio.request_validator import RequestValidator


def new_message_sid() -> str:
    return "SM" + uuid.uuid4().hex


def post_inbound_sms(public_base_url: str, auth_token: str, from_number: str, body: str,
                     message_sid: str | None = None, to_number: str = "+4759440000",
                     account_sid: str = "AC" + "0" * 32, signature: str | None = None,
                     target_url: str | None = None, http: requests.Session | None = None) -> requests.Response:
    """``target_url`` is where the request really goes when it differs from the public URL
    (behind a proxy); the signature is always computed over the public URL, as Twilio does.
    ``http``: a session that keeps its connection open, for many posts in a row."""
    url = f"{public_base_url}/sms/inbound"
    message_sid = message_sid or new_message_sid()
    params = {
        "MessageSid": message_sid, "SmsSid": message_sid, "AccountSid": account_sid,
        "From": from_number, "To": to_number, "Body": body, "NumMedia": "0", "NumSegments": "1",
    }
    if signature is None:
        signature = RequestValidator(auth_token).compute_signature(url, params)
    return (http or requests).post(target_url or url, data=params,
                                   headers={"X-Twilio-Signature": signature}, timeout=30)
