"""Talks to the Rasa server through the project's own input channels (bot/rasa_channels.py)."""
import requests


class AssistantUnavailable(Exception):
    """Rasa did not answer in time, or answered with an error."""


class AssistantClient:
    def __init__(self, base_url: str, timeout_seconds: float, token: str | None = None):
        self._base_url = base_url
        self._timeout = timeout_seconds
        self._token = token

    def send(self, channel: str, sender_id: str, text: str) -> list[str]:
        """The assistant's text replies to one user message."""
        try:
            response = requests.post(
                f"{self._base_url}/webhooks/{channel}/webhook",
                json={"sender": sender_id, "message": text},
                timeout=self._timeout,
            )
        except requests.RequestException as error:
            raise AssistantUnavailable(type(error).__name__) from error
        if response.status_code != 200:
            raise AssistantUnavailable(f"http {response.status_code}")
        return [item["text"] for item in response.json() if item.get("text")]

    def is_ready(self) -> bool:
        try:
            response = requests.get(f"{self._base_url}/status", params={"token": self._token},
                                    timeout=self._timeout)
        except requests.RequestException:
            return False
        return response.status_code == 200 and bool(response.json().get("model_file"))
