"""Hands SMS to Twilio, or to a local outbox file when no Twilio credentials are set."""
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from storage.models import utcnow

TRANSIENT_HTTP_STATUSES = {408, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class SendResult:
    sid: str
    status: str


class SendError(Exception):
    """Twilio refused or could not take a message."""

    def __init__(self, message: str, *, transient: bool, code: int | None = None):
        super().__init__(message)
        self.transient = transient
        self.code = code


class SmsSender(Protocol):
    def send(self, to: str, body: str, status_callback: str | None) -> SendResult:
        ...


class RedirectingHttpClient(TwilioHttpClient):
    """Twilio's own HTTP client, sending to another API origin (the local fake Twilio)."""

    def __init__(self, api_base_url: str, timeout: float = 10.0):
        super().__init__(timeout=timeout)
        self._origin = urlsplit(api_base_url)

    def request(self, method, url, *args, **kwargs):
        parts = urlsplit(url)
        url = urlunsplit((self._origin.scheme, self._origin.netloc, parts.path, parts.query, ""))
        return super().request(method, url, *args, **kwargs)


class TwilioSmsSender:
    def __init__(self, account_sid: str, auth_token: str, from_number: str,
                 api_base_url: str | None = None):
        http_client = RedirectingHttpClient(api_base_url) if api_base_url else TwilioHttpClient(timeout=10)
        self._client = Client(account_sid, auth_token, http_client=http_client)
        self._from = from_number

    def send(self, to: str, body: str, status_callback: str | None) -> SendResult:
        kwargs = {"to": to, "from_": self._from, "body": body}
        if status_callback:
            kwargs["status_callback"] = status_callback
        try:
            message = self._client.messages.create(**kwargs)
        except TwilioRestException as error:
            transient = error.status in TRANSIENT_HTTP_STATUSES
            raise SendError(f"twilio error {error.code} (http {error.status})",
                            transient=transient, code=error.code) from error
        except OSError as error:  # connection refused, timeouts
            raise SendError(f"twilio unreachable: {type(error).__name__}", transient=True) from error
        return SendResult(sid=message.sid, status=message.status)


class LocalOutboxSender:
    """Development stand-in: appends each SMS to a JSON-lines file and prints its text, so that a
    newcomer sees the replies. Never used in production (Twilio credentials are required there);
    the number is not printed."""

    def __init__(self, path: Path):
        self._path = Path(path)

    def send(self, to: str, body: str, status_callback: str | None) -> SendResult:
        sid = "LO" + uuid.uuid4().hex
        self._path.parent.mkdir(parents=True, exist_ok=True)
        record = {"sid": sid, "to": to, "body": body, "at": utcnow().isoformat()}
        with self._path.open("a", encoding="utf-8") as outbox:
            outbox.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"[SMS {sid}] {body}", flush=True)
        return SendResult(sid=sid, status="sent")
