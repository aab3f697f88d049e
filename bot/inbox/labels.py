"""Template filters: Oslo time and Norwegian labels for the inbox pages."""
from datetime import datetime

from bot.inbox import blueprint
from services.working_time import OSLO

CATEGORY_LABELS = {
    "crisis": "Krise", "urgent_need": "Akutt behov", "situation_change": "Endret situasjon",
    "cannot_do_activity": "Kan ikke gjøre en aktivitet", "need_more_time": "Trenger mer tid",
    "complaint": "Klage eller uenighet", "change_veileder": "Vil bytte veileder",
    "payment_question": "Spørsmål om utbetaling", "frustration": "Frustrasjon", "contact_request": "Vil ha kontakt",
    "reschedule": "Flytte møte", "job_match": "Jobbmatch", "general": "Generelt", "not_understood": "Ikke forstått",
}
STATUS_LABELS = {
    "open": "Venter på svar fra NAV", "waiting_for_user": "Venter på brukeren",
    "held_by_veileder": "Tatt over fra boten", "resolved": "Avsluttet",
}


@blueprint.app_template_filter("oslo")
def oslo_time(moment: datetime | None) -> str:
    return moment.astimezone(OSLO).strftime("%d.%m.%Y %H:%M") if moment else ""


@blueprint.app_template_filter("category")
def category_label(value: str) -> str:
    return CATEGORY_LABELS.get(value, value)


@blueprint.app_template_filter("status")
def status_label(value: str) -> str:
    return STATUS_LABELS.get(value, value)
