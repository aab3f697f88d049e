"""Template filters: Oslo time, Norwegian labels and the SMS badge for the inbox pages."""
from datetime import datetime, timedelta

from bot.inbox import blueprint
from services.messaging.reachability import sms_problems
from services.oslo import OSLO
from storage.models import utcnow

CATEGORY_LABELS = {
    "crisis": "Krise", "urgent_need": "Akutt behov", "situation_change": "Endret situasjon",
    "cannot_do_activity": "Kan ikke gjøre en aktivitet", "need_more_time": "Trenger mer tid",
    "complaint": "Klage eller uenighet", "change_veileder": "Vil bytte veileder",
    "payment_question": "Spørsmål om utbetaling", "frustration": "Frustrasjon", "contact_request": "Vil ha kontakt",
    "reschedule": "Flytte møte", "job_match": "Jobbmatch", "general": "Generelt", "not_understood": "Ikke forstått",
    "helper_message": "Melding fra hjelper",
}
STATUS_LABELS = {
    "open": "Venter på svar fra NAV", "waiting_for_user": "Venter på brukeren",
    "held_by_veileder": "Tatt over fra boten", "resolved": "Avsluttet",
}
NOTICE_LABELS = {
    "sms_unreachable": "Nås ikke på SMS", "sms_carrier_opt_out": "Stoppet SMS hos mobiloperatøren",
    "sms_undeliverable": "SMS kom ikke fram", "activity_done": "Aktivitet fullført",
    "need_more_time": "Trenger mer tid", "activity_overdue": "Aktivitet over fristen",
    "appointment_moved_by_user": "Brukeren flyttet et møte",
    "appointment_not_confirmed": "Møtet er ikke bekreftet",
    "message_waiting": "Meldingen har ikke fått svar fra den automatiske tjenesten",
    "job_interest": "Interessert i en jobbmatch", "job_wish_saved": "Nytt jobbønske fra brukeren",
    "helper_answered": "Svar om hjelper",
}
APPOINTMENT_STATUS_LABELS = {
    "proposed": "Venter på bekreftelse", "confirmed": "Bekreftet", "moved": "Flyttet, venter på bekreftelse",
    "cancelled": "Avlyst", "held": "Gjennomført", "not_attended": "Ikke møtt",
}
APPOINTMENT_KIND_LABELS = {"office": "På kontoret", "phone": "Telefon", "video": "Video"}
ACTIVITY_STATUS_LABELS = {"planlagt": "Planlagt", "gjennomfores": "Gjennomføres", "fullfort": "Fullført",
                          "avbrutt": "Avbrutt"}
WISH_KIND_LABELS = {"occupation": "Yrke", "place": "Sted", "extent": "Omfang", "limit": "Begrensning"}
WISH_SOURCE_LABELS = {"veileder": "Lagt inn av veileder", "sms": "Fra brukeren på SMS, bekreftet",
                      "web": "Fra brukeren i chatten, bekreftet"}
MATCH_ANSWER_LABELS = {"interested": "Interessert", "not_relevant": "Ikke aktuell"}
DECLINE_REASON_LABELS = {"place": "sted", "hours": "arbeidstid", "extent": "omfang", "licence": "førerkort",
                         "physical": "fysisk", "type_of_work": "type arbeid", "health": "helse", "other": "annet"}
PRIORITY_WORDS = {"P1": "haster", "P2": "innen en arbeidsdag", "P3": "innen to arbeidsdager"}
DELIVERY_LABELS = {"pending": "venter på sending", "queued": "sendt til operatøren", "sent": "sendt",
                   "delivered": "levert", "undelivered": "ikke levert", "failed": "kom ikke fram"}
HELPER_ROLE_LABELS = {"helper": "hjelper", "interpreter": "tolk"}
HELPER_STATUS_LABELS = {"asked": "Venter på svar fra brukeren", "active": "Aktiv", "declined": "Brukeren sa nei",
                        "removed": "Fjernet"}
# Template filter name -> labels: ``{{ case.category.value|category }}``.
LABEL_FILTERS = {
    "category": CATEGORY_LABELS, "status": STATUS_LABELS, "notice_kind": NOTICE_LABELS,
    "appointment_status": APPOINTMENT_STATUS_LABELS, "appointment_kind": APPOINTMENT_KIND_LABELS,
    "activity_status": ACTIVITY_STATUS_LABELS, "wish_kind": WISH_KIND_LABELS, "wish_source": WISH_SOURCE_LABELS,
    "match_answer": MATCH_ANSWER_LABELS, "decline_reason": DECLINE_REASON_LABELS,
    "priority_words": PRIORITY_WORDS, "delivery": DELIVERY_LABELS, "helper_role": HELPER_ROLE_LABELS,
    "helper_status": HELPER_STATUS_LABELS,
}


def _label_filter(labels: dict[str, str]):
    return lambda value: labels.get(value, value)


for _name, _labels in LABEL_FILTERS.items():
    blueprint.add_app_template_filter(_label_filter(_labels), _name)


@blueprint.app_template_filter("oslo")
def oslo_time(moment: datetime | None) -> str:
    return moment.astimezone(OSLO).strftime("%d.%m.%Y %H:%M") if moment else ""


@blueprint.app_template_filter("oslo_short")
def oslo_short(moment: datetime | None) -> str:
    """'i dag 14:00', 'i morgen 10:00', 'i går 09:15' or '12.03 10:00' (Oslo time)."""
    if moment is None:
        return ""
    local, today = moment.astimezone(OSLO), utcnow().astimezone(OSLO).date()
    day = {today: "i dag", today + timedelta(days=1): "i morgen", today - timedelta(days=1): "i går"}.get(
        local.date(), local.strftime("%d.%m"))
    return f"{day} {local:%H:%M}"


blueprint.add_app_template_filter(sms_problems, "sms_problems")


@blueprint.app_template_filter("oslo_date")
def oslo_date(moment: datetime | None) -> str:
    return moment.astimezone(OSLO).strftime("%Y-%m-%d") if moment else ""


@blueprint.app_template_filter("oslo_clock")
def oslo_clock(moment: datetime | None) -> str:
    return moment.astimezone(OSLO).strftime("%H:%M") if moment else ""
