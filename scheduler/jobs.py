"""The scheduler's recurring jobs. Each builds what it needs from the environment, so
that APScheduler's persistent job store only has to keep a reference to the function."""
import logging
from datetime import timedelta
from functools import lru_cache

from services.activities.nudges import flag_overdue, plan_nudges
from services.appointments.booking import tell_pending_changes
from services.appointments.reminders import process_due_reminders
from services.cases.handoff import hand_back_quiet_cases
from services.conversation.pipeline import flag_long_waits
from services.oslo import OSLO
from services.retention.purge import describe, purge
from services.runtime import MessagingServices
from services.settings import Settings
from storage.models import utcnow

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def messaging_services() -> MessagingServices:
    return MessagingServices.from_settings(Settings.from_env())


def plan_activity_nudges() -> None:
    services = messaging_services()
    today = utcnow().astimezone(OSLO).date()
    with services.db.session() as session:
        plan_nudges(session, today, services.settings.nudge_days_before)
        flag_overdue(session, today)


def flag_messages_waiting_long() -> None:
    """A user whose message Rasa has not answered for ASSISTANT_WAIT_ALERT_MINUTES: the veileder is told."""
    services = messaging_services()
    flag_long_waits(services.db, timedelta(minutes=services.settings.assistant_wait_alert_minutes))


def send_appointment_reminders() -> None:
    """Tells users of appointment changes made while the assistant was down, then sends the
    reminders and confirmation checks that are due."""
    services = messaging_services()
    if services.assistant.is_ready():
        services.send_now(tell_pending_changes(services.db, services.assistant))
        services.send_now(process_due_reminders(services.db, services.assistant))


def hand_back_quiet_cases_to_the_bot() -> None:
    """Cases a veileder took over and left quiet for HANDOFF_QUIET_HOURS go back to the bot."""
    services = messaging_services()
    services.send_now(hand_back_quiet_cases(services.db, services.assistant,
                                            timedelta(hours=services.settings.handoff_quiet_hours)))


def purge_expired_data() -> None:
    """Deletes or blanks what the retention policy no longer keeps (services/retention/purge.py)."""
    services = messaging_services()
    for line in describe(purge(services.db, services.settings, utcnow()), dry_run=False):
        log.info("retention: %s", line)
