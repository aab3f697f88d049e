"""What a process needs to handle messages, built once from the settings (the Flask app, the
scheduler, the workers)."""
from dataclasses import dataclass

from services.gateways.rasa import AssistantClient
from services.gateways.sms import SmsSender
from services.messaging.outbox import DeliveryConfig, Outgoing, send_outgoing
from services.settings import Settings
from storage.db import Database


@dataclass
class MessagingServices:
    """What handling a message needs; each process builds one (see ``from_settings``)."""

    db: Database
    settings: Settings
    assistant: AssistantClient
    sender: SmsSender
    delivery: DeliveryConfig = DeliveryConfig()

    @classmethod
    def from_settings(cls, settings: Settings, db: Database | None = None) -> "MessagingServices":
        return cls(
            db=db or Database(settings.database_url),
            settings=settings,
            assistant=AssistantClient(settings.rasa_url, settings.rasa_timeout_seconds, settings.rasa_token),
            sender=settings.sms_sender(),
            delivery=DeliveryConfig.from_settings(settings),
        )

    def send_now(self, outbox: list[int] | Outgoing) -> None:
        """Sends these outbox rows now: ids, or the ``Outgoing`` of a worker's transaction."""
        outgoing = outbox if isinstance(outbox, Outgoing) else Outgoing(unclaimed=list(outbox))
        if outgoing:
            send_outgoing(self.db, self.sender, self.settings.status_callback_url, outgoing, self.delivery)
