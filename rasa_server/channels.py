"""Rasa input channels named after the real channel ("sms", "web").

Rasa's REST channel answers through a ``CollectingOutputChannel`` named "collector", so
response variants written for a channel (``channel: sms``) are never chosen through it.
These channels collect the replies under their own name. Unlike the REST channel they
answer 500 when handling fails, so that the Flask app keeps the message for a retry
instead of taking an empty answer for a reply. Loaded by the Rasa server from
credentials.yml; Rasa listens on loopback only.

The app sends the stored message's id as ``metadata.message_id``: Rasa keeps it with the
user's event (and passes it to the action server with the tracker), and every log line
written while the message is handled carries it (rasa_server/logs.py).
"""
from typing import Any, Awaitable, Callable, Dict, Optional

import structlog
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa_server.logs import use_json_lines

log = structlog.get_logger(__name__)


class SmsOutputChannel(CollectingOutputChannel):
    @classmethod
    def name(cls) -> str:
        return "sms"


class WebOutputChannel(CollectingOutputChannel):
    @classmethod
    def name(cls) -> str:
        return "web"


class _NamedRestInput(RestInput):
    output_channel_class: type[CollectingOutputChannel]

    @classmethod
    def name(cls) -> str:
        return cls.output_channel_class.name()

    def get_metadata(self, request: Request) -> Optional[Dict[str, Any]]:
        metadata = (request.json or {}).get("metadata")
        return metadata if isinstance(metadata, dict) else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        use_json_lines()  # Rasa registers the channels after its own logging set-up
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            sender_id = await self._extract_sender(request)
            text = self._extract_message(request)
            if not sender_id or text is None:
                return response.json({"error": "sender and message are required"}, status=400)
            collector = self.output_channel_class()
            metadata = self.get_metadata(request)
            with structlog.contextvars.bound_contextvars(message_id=(metadata or {}).get("message_id")):
                await on_new_message(UserMessage(text, collector, sender_id, input_channel=self.name(),
                                                 metadata=metadata))
                log.info("message handled", channel=self.name(), replies=len(collector.messages))
            return response.json(collector.messages)

        return webhook


class SmsInput(_NamedRestInput):
    output_channel_class = SmsOutputChannel


class WebInput(_NamedRestInput):
    output_channel_class = WebOutputChannel
