"""Talks to the Rasa server: user messages go through the project's own input channels
(rasa_channels/); external intents, pause/resume events and the readiness check go
through Rasa's HTTP API (``RASA_TOKEN``). Every call is timed, and counted when it fails
(services/metrics/definitions.py)."""
import time

import requests

from services.metrics.definitions import RASA_FAILURES, RASA_REQUEST_SECONDS


class AssistantUnavailable(Exception):
    """Rasa did not answer in time, or answered with an error."""


class AssistantClient:
    def __init__(self, base_url: str, timeout_seconds: float, token: str | None = None):
        self._base_url = base_url
        self._timeout = timeout_seconds
        self._token = token
        self._http = requests.Session()  # keeps connections to Rasa open between messages

    def send(self, channel: str, sender_id: str, text: str, message_id: int | None = None) -> list[str]:
        """The assistant's text replies to one user message; ``message_id`` (the stored message's
        id) goes along as metadata, so that the Rasa server's and the actions' logs name it."""
        response = self._post(f"/webhooks/{channel}/webhook",
                              {"sender": sender_id, "message": text, "metadata": {"message_id": message_id}},
                              call="message")
        return [item["text"] for item in response.json() if item.get("text")]

    def trigger_intent(self, sender_id: str, intent: str, entities: dict[str, str]) -> list[str]:
        """Tells the assistant that something happened (an external intent), and returns what
        it says to the user, to be sent through the outbox.

        ``output_channel=latest`` keeps the conversation's channel; the project's channels
        (like any channel, or none for a user who never wrote) give Rasa no output channel
        of their own, so Rasa collects the messages and returns them in the answer.
        """
        response = self._post(f"/conversations/{sender_id}/trigger_intent",
                              {"name": intent, "entities": entities},
                              {"output_channel": "latest", "token": self._token}, call="trigger_intent")
        messages = response.json().get("messages")
        if messages is None:
            raise AssistantUnavailable("the assistant returned no messages to send")
        return [item["text"] for item in messages if item.get("text")]

    def pause(self, sender_id: str) -> None:
        """Records in Rasa's tracker that a person took over (Rasa's ConversationPaused)."""
        self._append_event(sender_id, {"event": "pause"})

    def resume(self, sender_id: str) -> None:
        """Records in Rasa's tracker that the bot answers again (Rasa's ConversationResumed)."""
        self._append_event(sender_id, {"event": "resume"})

    def _append_event(self, sender_id: str, event: dict) -> None:
        self._post(f"/conversations/{sender_id}/tracker/events", event,
                   {"token": self._token, "include_events": "NONE"}, call="event")

    def _post(self, path: str, payload: dict, params: dict | None = None, *, call: str) -> requests.Response:
        """Rasa's answer; AssistantUnavailable when it cannot be reached in time or answers with an error."""
        response = self._timed("post", path, call, params=params, json=payload)
        if response.status_code != 200:
            RASA_FAILURES.labels(call, f"http_{response.status_code}").inc()
            raise AssistantUnavailable(f"http {response.status_code}")
        return response

    def _timed(self, method: str, path: str, call: str, **kwargs) -> requests.Response:
        started = time.perf_counter()
        try:
            return self._http.request(method, f"{self._base_url}{path}", timeout=self._timeout, **kwargs)
        except requests.RequestException as error:
            reason = "timeout" if isinstance(error, requests.Timeout) else "connection"
            RASA_FAILURES.labels(call, reason).inc()
            raise AssistantUnavailable(type(error).__name__) from error
        finally:
            RASA_REQUEST_SECONDS.labels(call).observe(time.perf_counter() - started)

    def is_ready(self) -> bool:
        try:
            response = self._timed("get", "/status", "status", params={"token": self._token})
        except AssistantUnavailable:
            return False
        return response.status_code == 200 and bool(response.json().get("model_file"))
