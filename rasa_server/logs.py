"""The Rasa server's logs as JSON lines, masked, with the id of the message being handled.

Rasa sets up its own logging when it starts (coloredlogs on the root logger, structlog
rendering JSON into it, Sanic's own handlers); ``use_json_lines`` replaces all of that with
the app's formatter (services/logs/setup.py: the same JSON, the same masking of phone
numbers and national identity numbers), and lets Sanic's loggers write through it. The
channels (rasa_server/channels.py) call it when Rasa registers them, after Rasa's own
set-up, and bind ``message_id`` while Rasa handles a message, so that Rasa's lines, its
tracker store's and its action calls' carry it.

This is the one place the Rasa server imports the app's code: ``services.logs`` is pure
(structlog, phonenumbers and python-stdnum are in requirements/rasa.in too).
"""
import logging
import sys

from services.logs.setup import HANDLER_NAME, json_formatter, structlog_through_logging

SANIC_LOGGERS = ("sanic.root", "sanic.error", "sanic.access")


def use_json_lines() -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(json_formatter("rasa"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    for name in SANIC_LOGGERS:
        sanic_logger = logging.getLogger(name)
        for old in list(sanic_logger.handlers):
            sanic_logger.removeHandler(old)
        sanic_logger.propagate = True
    logging.captureWarnings(True)
    structlog_through_logging()
