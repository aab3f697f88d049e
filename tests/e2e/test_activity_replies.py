"""Answers about the activity plan through the running service: Rasa, the action server, the database."""
from datetime import date, timedelta

from sqlalchemy import select

from storage.models import (
    Activity,
    ActivityStatus,
    Escalation,
    NoticeKind,
    Priority,
    User,
    Veileder,
    VeilederNotice,
)


def agreed_activity(stack, user, deadline, title="Sende CV", safe=True) -> int:
    with stack.db.session() as session:
        veileder = session.execute(select(Veileder)).scalars().first()
        activity = Activity(user_id=user.id, title=title, title_is_safe_for_sms=safe, description="internt",
                            deadline=deadline, in_agreed_plan=True, status=ActivityStatus.PLANLAGT,
                            created_by_veileder_id=veileder.id)
        session.add(activity)
        session.flush()
        return activity.id


def last_reply(stack, user) -> str:
    return stack.fake_twilio.messages_to(user.phone_e164)[-1].body


def test_ask_then_ferdig_then_need_more_time(stack):
    user = stack.add_user()
    deadline = date.today() + timedelta(days=3)
    activity = agreed_activity(stack, user, deadline)

    stack.text(user.phone_e164, "hva står i aktivitetsplanen min?")
    assert last_reply(stack, user).startswith("Frister i planen din:") and "(Sende CV)" in last_reply(stack, user)

    stack.text(user.phone_e164, "ferdig med cv")
    assert last_reply(stack, user).startswith("Så bra, og takk for at du sier fra! Jeg har merket aktiviteten")
    with stack.db.session() as session:
        assert session.get(Activity, activity).status == ActivityStatus.FULLFORT
        notice = session.execute(select(VeilederNotice).where(VeilederNotice.user_id == user.id)).scalar_one()
        assert (notice.kind, notice.activity_id) == (NoticeKind.ACTIVITY_DONE, activity)

    other = agreed_activity(stack, user, deadline, title="Behandling", safe=False)
    stack.text(user.phone_e164, "klarer ikke fristen, trenger mer tid")
    assert last_reply(stack, user).startswith("Takk for at du sier fra. Veilederen din får beskjed")
    with stack.db.session() as session:
        case = session.execute(select(Escalation).where(Escalation.user_id == user.id)).scalar_one()
        assert case.priority == Priority.P2 and "trenger mer tid" in case.user_words
        assert session.get(Activity, other).deadline == deadline
        assert session.get(User, user.id).opted_out_at is None
