"""A local fake of Twilio's Messages API: a real HTTP server on loopback.

It takes what the real ``twilio`` client sends (``TWILIO_API_BASE_URL`` points the client
here), records each message, answers like Twilio, can be told to fail, and can post
signed status callbacks. Control endpoints live under ``/_fake/``.

Run alone: ``python -m devtools.fake_twilio --port 8099``.
"""
import argparse
import base64
import json
import re
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import requests
from twilio.request_validator import RequestValidator

MESSAGES_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<account>[^/]+)/Messages\.json$")


@dataclass
class RecordedMessage:
    sid: str
    account_sid: str
    to: str
    from_: str
    body: str
    status_callback: str | None
    status: str = "queued"
    received_at: str = ""  # when the fake took it (UTC, ISO 8601): the moment it reached "Twilio"


@dataclass
class PlannedFailure:
    http_status: int
    code: int


@dataclass
class FakeTwilioState:
    account_sid: str
    auth_token: str
    messages: list[RecordedMessage] = field(default_factory=list)
    failures: list[PlannedFailure] = field(default_factory=list)
    requests_seen: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    arrived: threading.Condition = field(init=False)

    def __post_init__(self):
        self.arrived = threading.Condition(self.lock)

    def next_message(self, to: str, since: str, timeout: float) -> "RecordedMessage | None":
        """The first message to ``to`` taken at or after ``since``, waiting up to ``timeout``."""
        deadline, since_moment = time.monotonic() + timeout, datetime.fromisoformat(since)
        with self.arrived:
            while True:
                found = next((m for m in self.messages
                              if m.to == to and datetime.fromisoformat(m.received_at) >= since_moment), None)
                remaining = deadline - time.monotonic()
                if found is not None or remaining <= 0:
                    return found
                self.arrived.wait(remaining)


class _Handler(BaseHTTPRequestHandler):
    """Keeps connections open between requests, as Twilio's API does (HTTP/1.1): every answer
    has a length, and every request body is read whole before it is answered."""

    server: "FakeTwilioServer"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are written apart: no wait for an ACK

    def log_message(self, *args):  # keep test output quiet
        pass

    def _json(self, status: int, payload) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _authorised(self, account: str) -> bool:
        state = self.server.state
        expected = base64.b64encode(f"{state.account_sid}:{state.auth_token}".encode()).decode()
        return account == state.account_sid and self.headers.get("Authorization") == f"Basic {expected}"

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path == "/_fake/messages":
            with self.server.state.lock:
                self._json(200, [asdict(m) for m in self.server.state.messages])
        elif url.path == "/_fake/messages/next":
            # A benchmark waits here for a reply instead of polling the service's database.
            query = {key: values[-1] for key, values in parse_qs(url.query).items()}
            found = self.server.state.next_message(query["to"], query["since"], float(query.get("timeout", "30")))
            self._json(200, asdict(found)) if found else self._json(408, {"message": "no such message yet"})
        else:
            self._json(404, {"message": "not found"})

    def do_POST(self):
        state, body = self.server.state, self._body()
        if self.path == "/_fake/reset":
            with state.lock:
                state.messages.clear()
                state.failures.clear()
            return self._json(200, {"ok": True})
        if self.path == "/_fake/fail":
            form = json.loads(body or b"{}")
            self.server.fail_next(int(form.get("count", 1)), int(form.get("status", 500)),
                                  int(form.get("code", 20500)))
            return self._json(200, {"ok": True})
        if self.path == "/_fake/status":
            form = json.loads(body or b"{}")
            code = self.server.send_status_callback(form["sid"], form["status"], form.get("error_code"))
            return self._json(200, {"callback_status": code})

        match = MESSAGES_PATH.match(self.path)
        if not match:
            return self._json(404, {"code": 20404, "message": "not found", "status": 404})
        if not self._authorised(match["account"]):
            return self._json(401, {"code": 20003, "message": "Authenticate", "status": 401})
        form = {key: values[-1] for key, values in parse_qs(body.decode(), keep_blank_values=True).items()}
        with state.lock:
            state.requests_seen += 1
            failure = state.failures.pop(0) if state.failures else None
        if failure:
            return self._json(failure.http_status, {
                "code": failure.code, "message": "fake failure", "status": failure.http_status,
                "more_info": f"https://www.twilio.com/docs/errors/{failure.code}",
            })
        if not form.get("To") or not form.get("Body") or not (form.get("From") or form.get("MessagingServiceSid")):
            return self._json(400, {"code": 21604, "message": "To, From and Body are required", "status": 400})
        message = RecordedMessage(
            sid="SM" + uuid.uuid4().hex, account_sid=state.account_sid, to=form["To"],
            from_=form.get("From") or form["MessagingServiceSid"], body=form["Body"],
            status_callback=form.get("StatusCallback"), received_at=datetime.now(timezone.utc).isoformat(),
        )
        with state.lock:
            state.messages.append(message)
            state.arrived.notify_all()
        self._json(201, {
            "sid": message.sid, "account_sid": message.account_sid, "to": message.to,
            "from": message.from_, "body": message.body, "status": "queued",
            "num_segments": "1", "direction": "outbound-api", "api_version": "2010-04-01",
            "uri": f"/2010-04-01/Accounts/{state.account_sid}/Messages/{message.sid}.json",
        })


class FakeTwilioServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, account_sid: str, auth_token: str, host: str = "127.0.0.1", port: int = 0):
        super().__init__((host, port), _Handler)
        self.state = FakeTwilioState(account_sid=account_sid, auth_token=auth_token)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "FakeTwilioServer":
        self._thread = threading.Thread(target=self.serve_forever, name="fake-twilio", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    @property
    def messages(self) -> list[RecordedMessage]:
        with self.state.lock:
            return list(self.state.messages)

    def messages_to(self, phone: str) -> list[RecordedMessage]:
        return [m for m in self.messages if m.to == phone]

    def reset(self) -> None:
        with self.state.lock:
            self.state.messages.clear()
            self.state.failures.clear()

    def fail_next(self, count: int, http_status: int = 500, code: int = 20500) -> None:
        with self.state.lock:
            self.state.failures.extend(PlannedFailure(http_status, code) for _ in range(count))

    def send_status_callback(self, sid: str, status: str, error_code: int | None = None) -> int:
        """Posts a status callback for ``sid``, signed as Twilio signs it; returns the HTTP status."""
        with self.state.lock:
            message = next(m for m in self.state.messages if m.sid == sid)
            message.status = status
        params = {"MessageSid": sid, "MessageStatus": status, "AccountSid": self.state.account_sid,
                  "To": message.to, "From": message.from_}
        if error_code is not None:
            params["ErrorCode"] = str(error_code)
        signature = RequestValidator(self.state.auth_token).compute_signature(message.status_callback, params)
        response = requests.post(message.status_callback, data=params,
                                 headers={"X-Twilio-Signature": signature}, timeout=10)
        return response.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--account-sid", default="ACfake")
    parser.add_argument("--auth-token", default="fake-auth-token")
    args = parser.parse_args()
    server = FakeTwilioServer(args.account_sid, args.auth_token, port=args.port)
    print(f"fake Twilio listening on {server.base_url}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
