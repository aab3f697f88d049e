"""Logs as one JSON object per line on standard output, for every process of the app's environment.

``configure_logging(process)`` routes structlog and the standard library's ``logging`` (so every
library's lines too: gunicorn, APScheduler, twilio, urllib3, Flask) through one handler on the
root logger. Each line names its process and carries whatever ids the code bound for the
work at hand (``structlog.contextvars``): ``request_id`` in the web app, ``message_id`` (the
stored user message) in the webhook, the worker, the outbox and the actions, ``outbox_id`` in
the dispatcher. Before a line is written, every string in it goes through
``mask_personal_numbers``: no phone number or national identity number reaches a log,
whoever wrote the line.
"""
import logging
import os
import sys
from typing import Any

import structlog

from services.logs.masking import mask_personal_numbers

HANDLER_NAME = "kontakt-json"
# Libraries whose INFO lines say nothing an operator needs (twilio's client logs every
# request's headers; APScheduler every run of every job): their warnings still come through.
QUIET_LIBRARIES = ("twilio.http_client", "apscheduler", "urllib3")


def mask_event(_logger, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """structlog processor: masks every string in the event, however deep."""
    return {key: _masked(value) for key, value in event_dict.items()}


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return mask_personal_numbers(value)
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_masked(item) for item in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return mask_personal_numbers(str(value))


def _envelope(process: str):
    """When, how bad, which process and what first; then the rest as the code gave it."""
    def order(_logger, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
        head = {"timestamp": event_dict.pop("timestamp", None), "level": event_dict.pop("level", None),
                "process": process, "pid": os.getpid(), "event": event_dict.pop("event", None)}
        return {**head, **event_dict}
    return order


def json_formatter(process: str) -> structlog.stdlib.ProcessorFormatter:
    """The one formatter of every line: structlog's own and the standard library's."""
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.add_logger_name,
            structlog.stdlib.add_log_level,
        ],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            mask_event,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _envelope(process),
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ],
    )


class StdoutHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stdout`` is when a line is written (a test runner swaps it)."""

    @property
    def stream(self):
        return sys.stdout

    @stream.setter
    def stream(self, _value) -> None:
        pass


def structlog_through_logging() -> None:
    """structlog's lines (the app's and Rasa's) handed to the standard library's logging, with
    the ids bound in context, for the JSON formatter to mask and write."""
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.filter_by_level,
            structlog.stdlib.add_logger_name,
            structlog.stdlib.add_log_level,
            structlog.stdlib.PositionalArgumentsFormatter(),
            structlog.processors.StackInfoRenderer(),
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )


def configure_logging(process: str, level: int | str | None = None) -> None:
    """JSON lines on standard output for this process (``web``, ``worker``, ``scheduler``,
    ``actions``); ``LOG_LEVEL`` sets the level (INFO by default). Called again, it replaces
    its own handler and leaves any other (a test runner's) alone."""
    level = level or os.environ.get("LOG_LEVEL", "INFO")
    structlog_through_logging()
    handler = StdoutHandler()
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(json_formatter(process))
    root = logging.getLogger()
    for old in [old for old in root.handlers if old.get_name() == HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)  # a library's warning is a line like any other
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
