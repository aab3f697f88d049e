"""Template filters: Oslo time, Norwegian labels and the SMS badge for the inbox pages."""
from datetime import datetime

from bot.inbox import blueprint
from services.oslo import OSLO

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
NOTICE_LABELS = {
    "sms_unreachable": "Nås ikke på SMS", "sms_carrier_opt_out": "Stoppet SMS hos mobiloperatøren",
    "sms_undeliverable": "SMS kom ikke fram", "activity_done": "Aktivitet fullført",
    "need_more_time": "Trenger mer tid", "activity_overdue": "Aktivitet over fristen",
    "appointment_moved_by_user": "Brukeren flyttet et møte",
    "appointment_not_confirmed": "Møtet er ikke bekreftet",
    "message_waiting": "Meldingen har ikke fått svar fra den automatiske tjenesten",
    "job_interest": "Interessert i en jobbmatch", "job_wish_saved": "Nytt jobbønske fra brukeren",
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
# Template filter name -> labels: ``{{ case.category.value|category }}``.
LABEL_FILTERS = {
    "category": CATEGORY_LABELS, "status": STATUS_LABELS, "notice_kind": NOTICE_LABELS,
    "appointment_status": APPOINTMENT_STATUS_LABELS, "appointment_kind": APPOINTMENT_KIND_LABELS,
    "activity_status": ACTIVITY_STATUS_LABELS, "wish_kind": WISH_KIND_LABELS, "wish_source": WISH_SOURCE_LABELS,
    "match_answer": MATCH_ANSWER_LABELS, "decline_reason": DECLINE_REASON_LABELS,
}


def _label_filter(labels: dict[str, str]):
    return lambda value: labels.get(value, value)


for _name, _labels in LABEL_FILTERS.items():
    blueprint.add_app_template_filter(_label_filter(_labels), _name)


@blueprint.app_template_filter("oslo")
def oslo_time(moment: datetime | None) -> str:
    return moment.astimezone(OSLO).strftime("%d.%m.%Y %H:%M") if moment else ""


@blueprint.app_template_filter("sms_problems")
def sms_problems(user) -> list[str]:
    """Why SMS to the user will not arrive, for the "can't reach by SMS" badge (empty: it will)."""
    problems = []
    if user.carrier_opted_out_at:
        problems.append("har stoppet SMS hos mobiloperatøren (til brukeren sender START)")
    if user.sms_unreachable_at:
        problems.append(f"nummeret kan ikke nås (Twilio-feil {user.sms_unreachable_code}) siden "
                        f"{oslo_time(user.sms_unreachable_at)}")
    if user.opted_out_at:
        problems.append("har sendt STOPP: får bare svar på egne meldinger, ikke møteinnkallinger eller påminnelser")
    return problems


@blueprint.app_template_filter("oslo_date")
def oslo_date(moment: datetime | None) -> str:
    return moment.astimezone(OSLO).strftime("%Y-%m-%d") if moment else ""


@blueprint.app_template_filter("oslo_clock")
def oslo_clock(moment: datetime | None) -> str:
    return moment.astimezone(OSLO).strftime("%H:%M") if moment else ""
