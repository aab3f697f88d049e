"""Everything stored about one user, as plain data (JSON-ready), for an innsyn request.

Every column of every row that belongs to the user: the profile and its history (fixed
veiledere, opt-outs), the messages on all channels, the cases with their notes, appointments
and their reminders, activities, notices for the veileder, each outbound SMS's delivery
(the outbox), and the audit of who looked at or changed the user's data. Also what the Rasa server
keeps of the conversation (its tracker events). The caller audits the export itself first, so
that it is part of what it exports.
"""
import enum
from datetime import date, datetime, time

from sqlalchemy import inspect, select

from storage.models import (
    Activity,
    Appointment,
    AppointmentReminder,
    AuditEvent,
    CaseNote,
    CategoryOptOut,
    Escalation,
    Message,
    OutboxMessage,
    User,
    Veileder,
    VeilederAssignment,
    VeilederNotice,
)

# Section name -> what it holds, in the order of the export (Norwegian: the page is read by
# the veileder and handed to the user).
SECTIONS = {
    "profil": "Brukeren",
    "veiledere": "Faste veiledere, nå og før",
    "stoppede_meldinger": "Meldinger brukeren har stoppet (STOPP JOBB, STOPP PÅMINNELSE)",
    "meldinger": "Meldinger, alle kanaler",
    "levering": "Utgående SMS og hva som skjedde med dem",
    "saker": "Saker til en veileder",
    "notater": "Notater i sakene (bare for ansatte)",
    "moter": "Møter",
    "paminnelser": "Påminnelser om møter",
    "aktiviteter": "Aktivitetsplanen",
    "beskjeder": "Beskjeder til veilederen",
    "samtalen_med_boten": "Samtalen slik den automatiske tjenesten (Rasa) har lagret den",
    "innsyn_i_data": "Hvem som har sett eller endret opplysningene (logg)",
}


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def as_record(row) -> dict:
    """Every column of the row, as JSON-ready values."""
    return {column.key: _plain(getattr(row, column.key)) for column in inspect(row).mapper.column_attrs}


def _rows(session, query) -> list[dict]:
    return [as_record(row) for row in session.execute(query).scalars()]


def user_export(session, user: User, assistant_events: list[dict]) -> dict:
    """``{"brukernummer": ..., "sections": {name: [records]}}`` for every section in SECTIONS;
    ``assistant_events`` are the conversation's events in Rasa's tracker store
    (services/gateways/tracker_store.py)."""
    conversation_id = user.conversation.id if user.conversation else None
    case_ids = select(Escalation.id).where(Escalation.user_id == user.id)
    message_ids = select(Message.id).where(Message.conversation_id == conversation_id)
    audit = session.execute(select(AuditEvent).where(AuditEvent.user_id == user.id).order_by(AuditEvent.id)).scalars()
    names = dict(session.execute(select(Veileder.id, Veileder.full_name)).all())
    sections = {
        "profil": [as_record(user)],
        "veiledere": [{**as_record(a), "veileder": names.get(a.veileder_id)} for a in session.execute(
            select(VeilederAssignment).where(VeilederAssignment.user_id == user.id)
            .order_by(VeilederAssignment.id)).scalars()],
        "stoppede_meldinger": _rows(session, select(CategoryOptOut).where(CategoryOptOut.user_id == user.id)),
        "meldinger": _rows(session, select(Message).where(Message.conversation_id == conversation_id)
                           .order_by(Message.id)),
        "levering": _rows(session, select(OutboxMessage).where(OutboxMessage.message_id.in_(message_ids))
                          .order_by(OutboxMessage.id)),
        "saker": _rows(session, select(Escalation).where(Escalation.user_id == user.id).order_by(Escalation.id)),
        "notater": _rows(session, select(CaseNote).where(CaseNote.escalation_id.in_(case_ids)).order_by(CaseNote.id)),
        "moter": _rows(session, select(Appointment).where(Appointment.user_id == user.id).order_by(Appointment.id)),
        "paminnelser": _rows(session, select(AppointmentReminder).join(Appointment)
                             .where(Appointment.user_id == user.id).order_by(AppointmentReminder.id)),
        "aktiviteter": _rows(session, select(Activity).where(Activity.user_id == user.id).order_by(Activity.id)),
        "beskjeder": _rows(session, select(VeilederNotice).where(VeilederNotice.user_id == user.id)
                           .order_by(VeilederNotice.id)),
        "samtalen_med_boten": assistant_events,
        "innsyn_i_data": [{**as_record(e), "veileder": names.get(e.veileder_id, "uten innlogging")} for e in audit],
    }
    return {"brukernummer": user.id, "sections": sections}
