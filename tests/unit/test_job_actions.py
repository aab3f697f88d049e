"""The job-match actions as the action server runs them, against a real database: whether a
job-match SMS is open, an answer by number, an unclear answer twice, help to apply, a bare "nei"
to the help, a wish from the web chat saved with its source."""
from datetime import timedelta

from sqlalchemy import select

from actions import jobs
from services.jobs.wishes import WishChange
from services.messaging.send_policy import schedule_user_message
from storage.models import (
    CaseCategory,
    Escalation,
    JobAd,
    JobMatch,
    JobWish,
    MatchAnswer,
    MessageCategory,
    OutboxState,
    User,
    WishKind,
    WishSource,
    utcnow,
)
from tests.support.actions import run_action as run


def _sent_matches(db, user_id: int, titles=("Lagermedarbeider", "Renholder")) -> list[int]:
    """A job-match SMS sent to the user an hour ago with these ads."""
    with db.session() as s:
        user = s.get(User, user_id)
        entry = schedule_user_message(s, user, "Hei! To ledige jobber ...", MessageCategory.JOB_MATCH, None,
                                      f"jm:{user_id}").entry
        entry.state, entry.sent_at = OutboxState.SENT, utcnow() - timedelta(hours=1)
        ids = []
        for position, title in enumerate(titles, start=1):
            ad = JobAd(uuid=f"{user_id}-{title}", title=title, employer_name="Fjord AS", extent="Deltid",
                       application_due="2026-12-24", locations=[{"municipal": "OSLO"}], categories=[],
                       occupations=[], expires_at=utcnow() + timedelta(days=9))
            s.add(ad)
            s.flush()
            match = JobMatch(user_id=user_id, ad_id=ad.id, outbox_id=entry.id, position=position, score=0.5,
                             reason="test")
            s.add(match)
            s.flush()
            ids.append(match.id)
        return ids


def _slots(events) -> dict:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_the_context_is_read_from_storage_and_a_newer_job_sms_closes_the_appointment_question(db, sender):
    sender_id, user_id = sender
    _, events = run(jobs.ActionReadJobContext(), sender_id, "2", slots={"appointment_question": "confirm"})
    assert _slots(events) == {"job_matches_open": False}
    _sent_matches(db, user_id)
    _, events = run(jobs.ActionReadJobContext(), sender_id, "2", slots={"appointment_question": "confirm"})
    assert _slots(events) == {"job_matches_open": True, "appointment_question": None}


def test_a_number_records_interest_and_offers_help_and_a_yes_makes_a_p3_case(db, sender):
    sender_id, user_id = sender
    first, second = _sent_matches(db, user_id)
    said, events = run(jobs.ActionJobInterested(), sender_id, "nr 2 takk")
    assert said == ["Takk! Jeg har sagt fra til veilederen din at du er interessert i nr 2: Renholder hos Fjord AS, "
                    "Oslo, deltid, søknadsfrist 24.12.2026. Vil du ha hjelp til å søke? Svar ja."]
    said, _ = run(jobs.ActionJobHelpToApply(), sender_id, "ja", slots=_slots(events))
    assert said[0].startswith("Veilederen din kan hjelpe deg med CV og søknader.")
    with db.session() as s:
        assert (s.get(JobMatch, second).answer, s.get(JobMatch, second).help_requested) == (MatchAnswer.INTERESTED, True)
        assert s.get(JobMatch, first).answer is None
        case = s.execute(select(Escalation).where(Escalation.user_id == user_id)).scalar_one()
        assert case.category is CaseCategory.JOB_MATCH and "Renholder (Fjord AS)" in case.user_words


def test_an_unclear_answer_is_asked_once_then_passed_to_a_person(db, sender):
    sender_id, user_id = sender
    _sent_matches(db, user_id)
    said, events = run(jobs.ActionJobInterested(), sender_id, "hmm")
    assert said == ["Svar 1 eller 2 for å høre mer om en av jobbene, eller NEI og hvorfor. "
                    "Lurer du på noe annet, skriv det gjerne."]
    said, _ = run(jobs.ActionJobInterested(), sender_id, "hæ", slots=_slots(events))
    assert "Kari leser meldingen din innen" in said[0]


def test_a_bare_no_to_help_declines_the_help_and_a_reason_turns_the_other_jobs_down(db, sender):
    sender_id, user_id = sender
    first, second = _sent_matches(db, user_id)
    _, events = run(jobs.ActionJobInterested(), sender_id, "1")
    said, _ = run(jobs.ActionJobNotRelevant(), sender_id, "nei", before=("1", "action_job_interested"),
                  slots=_slots(events))
    assert said == ["utter_offer_declined"]
    said, events = run(jobs.ActionJobNotRelevant(), sender_id, "nei, for tunge løft",
                       before=("1", "action_job_interested"), slots=_slots(events))
    assert said[-1].endswith("Skal jeg slutte å sende jobber med tunge løft? Svar ja eller nei.")
    assert WishChange.from_json(_slots(events)["job_wish_proposed"]).limits == ["no_heavy_lifting"]
    with db.session() as s:
        assert s.get(JobMatch, first).answer is MatchAnswer.INTERESTED
        assert s.get(JobMatch, second).answer is MatchAnswer.NOT_RELEVANT


def test_a_wish_said_yes_to_in_the_web_chat_is_saved_with_that_source(db, sender, monkeypatch):
    sender_id, user_id = sender
    said, events = run(jobs.ActionJobPreferences(), sender_id, "vil jobbe i bergen, ikke helg")
    assert said == ["Skal jeg lagre at du ønsker jobb i Bergen og ikke helgearbeid? Svar ja eller nei."]
    monkeypatch.setattr("rasa_sdk.Tracker.get_latest_input_channel", lambda self: "web")
    said, _ = run(jobs.ActionSaveJobWish(), sender_id, "ja", slots=_slots(events))
    assert said[0].startswith("Takk, det er lagret.")
    with db.session() as s:
        saved = {(w.kind, w.value, w.source) for w in s.execute(select(JobWish).where(JobWish.user_id == user_id))
                 .scalars()}
    assert saved == {(WishKind.PLACE, "Bergen", WishSource.WEB), (WishKind.LIMIT, "no_weekend", WishSource.WEB)}
