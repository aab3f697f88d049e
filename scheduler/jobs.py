"""The scheduler's recurring jobs. Each builds what it needs from the environment, so
that APScheduler's persistent job store only has to keep a reference to the function."""
from functools import lru_cache

from services.inbound import MessagingServices, answer_waiting_messages
from services.outbox import dispatch
from services.settings import Settings


@lru_cache(maxsize=1)
def messaging_services() -> MessagingServices:
    return MessagingServices.from_settings(Settings.from_env())


def dispatch_outbox() -> None:
    services = messaging_services()
    dispatch(services.db, services.sender, services.settings.status_callback_url)


def answer_messages_waiting_for_assistant() -> None:
    services = messaging_services()
    if services.assistant.is_ready():
        answer_waiting_messages(services)
