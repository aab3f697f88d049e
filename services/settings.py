"""Configuration from the environment, shared by every process (see README)."""
import os
from dataclasses import dataclass
from pathlib import Path

from rasa_server.locations import tracker_url
from services.gateways.sms import LocalOutboxSender, SmsSender, TwilioSmsSender
from storage.db import PROJECT_ROOT, database_url_from_env

DEVELOPMENT_TWILIO_AUTH_TOKEN = "development-only-twilio-token"
DEVELOPMENT_SECRET_KEY = "development-only-secret-key"
DEMO_VEILEDER_PASSWORD = "demo-veileder-2026"


class ConfigurationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Settings:
    environment: str
    database_url: str
    public_base_url: str
    secret_key: str
    twilio_account_sid: str | None
    twilio_auth_token: str
    twilio_from_number: str | None
    twilio_api_base_url: str | None
    rasa_url: str
    rasa_token: str | None
    rasa_timeout_seconds: float
    local_outbox_path: Path
    # Delivery and scheduled messages (services/messaging/outbox.py, services/messaging/send_policy.py, scheduler/).
    sms_weekly_budget: int = 5
    outbox_lease_seconds: float = 60.0
    outbox_max_attempts: int = 6
    outbox_backoff_base_seconds: float = 5.0
    outbox_poll_seconds: float = 1.0
    # The workers (python -m worker, services/conversation/pipeline.py).
    worker_threads: int = 4
    outbox_dispatchers: int = 2
    pipeline_lease_seconds: float = 60.0
    pipeline_retry_seconds: float = 5.0
    pipeline_poll_seconds: float = 0.005
    assistant_wait_alert_minutes: float = 10.0
    nudge_days_before: int = 3
    # While a secret is rotated (README, "Runbook"): the one before it, still accepted.
    previous_secret_key: str | None = None
    previous_twilio_auth_token: str | None = None
    # /metrics, /healthz and /readyz of the worker, scheduler and action server (services/metrics/).
    metrics_port: int | None = None
    metrics_host: str = "127.0.0.1"
    # The veileder inbox (bot/inbox/, services/cases/handoff.py).
    handoff_quiet_hours: float = 24.0
    inbox_session_hours: float = 8.0
    # "Mine brukere" (services/people/caseload.py): no contact for this many weeks is a reason.
    caseload_quiet_weeks: int = 4
    # The web chat (bot/chat/): the answer to a login form comes this long after the request.
    chat_login_answer_seconds: float = 1.0
    demo_veileder_password: str | None = None
    # What is kept, and for how long, in days (services/retention/, README "What is kept").
    retain_message_bodies_days: int = 365
    retain_case_words_days: int = 365
    retain_outbox_bodies_days: int = 90
    retain_rasa_trackers_days: int = 90
    retain_audit_days: int = 1826
    # Where Rasa's tracker store keeps its ``events`` table (rasa_server/locations.py).
    rasa_tracker_url: str | None = None

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    @property
    def uses_twilio(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_from_number)

    @property
    def status_callback_url(self) -> str:
        return f"{self.public_base_url}/sms/status"

    def sms_sender(self) -> SmsSender:
        if self.uses_twilio:
            return TwilioSmsSender(self.twilio_account_sid, self.twilio_auth_token,
                                   self.twilio_from_number, self.twilio_api_base_url)
        return LocalOutboxSender(self.local_outbox_path)

    @classmethod
    def from_env(cls, environ=None) -> "Settings":
        env = os.environ if environ is None else environ
        environment = env.get("KONTAKT_ENV", "development")
        production = environment == "production"

        def required_in_production(name: str, development_default: str | None) -> str | None:
            value = env.get(name)
            if value:
                return value
            if production:
                raise ConfigurationError(f"{name} must be set when KONTAKT_ENV=production")
            return development_default

        return cls(
            environment=environment,
            database_url=env.get("DATABASE_URL") or database_url_from_env(),
            public_base_url=(required_in_production("PUBLIC_BASE_URL", "http://127.0.0.1:5000")).rstrip("/"),
            secret_key=required_in_production("SECRET_KEY", DEVELOPMENT_SECRET_KEY),
            twilio_account_sid=required_in_production("TWILIO_ACCOUNT_SID", None),
            twilio_auth_token=required_in_production("TWILIO_AUTH_TOKEN", DEVELOPMENT_TWILIO_AUTH_TOKEN),
            twilio_from_number=required_in_production("TWILIO_FROM_NUMBER", None),
            twilio_api_base_url=env.get("TWILIO_API_BASE_URL") or None,
            rasa_url=env.get("RASA_URL", "http://127.0.0.1:5005").rstrip("/"),
            rasa_token=required_in_production("RASA_TOKEN", env.get("RASA_TOKEN")),
            rasa_timeout_seconds=float(env.get("RASA_TIMEOUT_SECONDS", "10")),
            local_outbox_path=Path(env.get("SMS_OUTBOX_PATH", PROJECT_ROOT / "instance" / "sms_outbox.jsonl")),
            sms_weekly_budget=int(env.get("SMS_WEEKLY_BUDGET", "5")),
            outbox_lease_seconds=float(env.get("OUTBOX_LEASE_SECONDS", "60")),
            outbox_max_attempts=int(env.get("OUTBOX_MAX_ATTEMPTS", "6")),
            outbox_backoff_base_seconds=float(env.get("OUTBOX_BACKOFF_BASE_SECONDS", "5")),
            outbox_poll_seconds=float(env.get("OUTBOX_POLL_SECONDS", "1")),
            worker_threads=int(env.get("WORKER_THREADS", "4")),
            outbox_dispatchers=int(env.get("OUTBOX_DISPATCHERS", "2")),
            pipeline_lease_seconds=float(env.get("PIPELINE_LEASE_SECONDS", "60")),
            pipeline_retry_seconds=float(env.get("PIPELINE_RETRY_SECONDS", "5")),
            pipeline_poll_seconds=float(env.get("PIPELINE_POLL_SECONDS", "0.005")),
            assistant_wait_alert_minutes=float(env.get("ASSISTANT_WAIT_ALERT_MINUTES", "10")),
            nudge_days_before=int(env.get("NUDGE_DAYS_BEFORE", "3")),
            previous_secret_key=env.get("SECRET_KEY_PREVIOUS") or None,
            previous_twilio_auth_token=env.get("TWILIO_AUTH_TOKEN_PREVIOUS") or None,
            metrics_port=int(env["METRICS_PORT"]) if env.get("METRICS_PORT") else None,
            metrics_host=env.get("METRICS_HOST", "127.0.0.1"),
            handoff_quiet_hours=float(env.get("HANDOFF_QUIET_HOURS", "24")),
            inbox_session_hours=float(env.get("INBOX_SESSION_HOURS", "8")),
            caseload_quiet_weeks=int(env.get("CASELOAD_QUIET_WEEKS", "4")),
            chat_login_answer_seconds=float(env.get("CHAT_LOGIN_ANSWER_SECONDS", "1")),
            # Never in production: there, accounts get passwords only from `flask create-veileder`.
            demo_veileder_password=None if production else env.get("DEMO_VEILEDER_PASSWORD", DEMO_VEILEDER_PASSWORD),
            retain_message_bodies_days=int(env.get("RETAIN_MESSAGE_BODIES_DAYS", "365")),
            retain_case_words_days=int(env.get("RETAIN_CASE_WORDS_DAYS", "365")),
            retain_outbox_bodies_days=int(env.get("RETAIN_OUTBOX_BODIES_DAYS", "90")),
            retain_rasa_trackers_days=int(env.get("RETAIN_RASA_TRACKERS_DAYS", "90")),
            retain_audit_days=int(env.get("RETAIN_AUDIT_DAYS", "1826")),
            rasa_tracker_url=tracker_url(env),
        )

    def __post_init__(self):
        kept = {"RETAIN_MESSAGE_BODIES_DAYS": self.retain_message_bodies_days,
                "RETAIN_CASE_WORDS_DAYS": self.retain_case_words_days,
                "RETAIN_OUTBOX_BODIES_DAYS": self.retain_outbox_bodies_days,
                "RETAIN_RASA_TRACKERS_DAYS": self.retain_rasa_trackers_days}
        if min(kept.values()) < 1:
            raise ConfigurationError(f"every retention period is at least one day: {kept}")
        if self.retain_audit_days < max(kept.values()):
            raise ConfigurationError("RETAIN_AUDIT_DAYS must be at least the longest other period: "
                                     "the audit outlives the data it describes")
