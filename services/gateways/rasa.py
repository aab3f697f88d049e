"""Talks to the Rasa server: user messages go through the project's own input channels
(rasa_channels/); external intents, pause/resume events and the readiness check go
through Rasa's HTTP API (``RASA_TOKEN``)."""
import requests


class AssistantUnavailable(Exception):
    """Rasa did not answer in time, or answered with an error."""


class AssistantClient:
    def __init__(self, base_url: str, timeout_seconds: float, token: str | None = None):
        self._base_url = base_url
        self._timeout = timeout_seconds
        self._token = token
        self._http = requests.Session()  # keeps connections to Rasa open between messages

    def send(self, channel: str, sender_id: str, text: str) -> list[str]:
        """The assistant's text replies to one user message."""
        response = self._post(f"/webhooks/{channel}/webhook", {"sender": sender_id, "message": text})
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
                              {"output_channel": "latest", "token": self._token})
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
                   {"token": self._token, "include_events": "NONE"})

    def _post(self, path: str, payload: dict, params: dict | None = None) -> requests.Response:
        """Rasa's answer; AssistantUnavailable when it cannot be reached in time or answers with an error."""
        try:
            response = self._http.post(f"{self._base_url}{path}", params=params, json=payload,
                                     timeout=self._timeout)
        except requests.RequestException as error:
            raise AssistantUnavailable(type(error).__name__) from error
        if response.status_code != 200:
            raise AssistantUnavailable(f"http {response.status_code}")
        return response

    def is_ready(self) -> bool:
        try:
            response = self._http.get(f"{self._base_url}/status", params={"token": self._token},
                                    timeout=self._timeout)
        except requests.RequestException:
            return False
        return response.status_code == 200 and bool(response.json().get("model_file"))
