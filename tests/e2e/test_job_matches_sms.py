"""A whole job-match dialogue through the running service (Rasa, the action server, the real
twilio client against the fake): the matches arrive in the user's window, "2" is kept and the
veileder sees it, "nei, jobber ikke natt" then "ja" adds a limit and the next match has no night
work, a wish is asked about before it is saved, and STOPP JOBB stops the matches; and the
issue's demo: Ola's wishes and the sample feed, "nei, har ikke førerkort" then "ja", and the next
run sends nothing that needs a licence."""
import re
from datetime import time, timedelta

import requests
from sqlalchemy import select

from devtools.demo_data import DEMO_JOB_WISHES
from devtools.job_feed import feed_pages, generate, write_pages
from services.jobs.feed import FeedSource
from services.jobs.importer import import_feed
from services.jobs.sending import send_job_matches
from services.messaging.gsm7 import fits_one_sms_thread
from services.messaging.outbox import dispatch
from storage.models import (
    DeclineReason,
    JobAd,
    JobMatch,
    JobWish,
    MatchAnswer,
    NoticeKind,
    User,
    VeilederNotice,
    WishKind,
    WishSource,
    utcnow,
)
from tests.support.people import TEST_PASSWORD, make_team, make_user, make_veileder
from tests.support.processes import wait_until


WAREHOUSE_IN_OSLO = [(WishKind.OCCUPATION, "lager", None), (WishKind.PLACE, "Oslo", None)]


def _office(stack, name: str, wishes=WAREHOUSE_IN_OSLO) -> dict:
    """A team of its own (so no other test's users get these ads), Kari, and a user with the
    wishes Kari noted (warehouse work in Oslo) who may get texts all day (the quiet hours:
    tests/unit/test_job_sending.py)."""
    with stack.db.session() as s:
        team = make_team(s, "Team Jobb")
        kari = make_veileder(s, team, "Kari")
        ola = make_user(s, team, kari, name)
        ola.contact_window_start, ola.contact_window_end = time(0), time.max
        s.add_all([JobWish(user_id=ola.id, kind=kind, value=value, radius_km=radius, source=WishSource.VEILEDER)
                   for kind, value, radius in wishes])
        return {"team": team.id, "user": ola.id, "phone": ola.phone_e164, "kari": kari.email}


def _ads(stack, *ads: tuple[str, str]) -> None:
    with stack.db.session() as s:
        for title, text in ads:
            s.add(JobAd(uuid=f"e2e-{title}-{utcnow().timestamp()}", title=title, jobtitle=title, description=text,
                        employer_name="Fjord Lager AS", extent="Heltid", application_due="2026-12-24",
                        locations=[{"municipal": "OSLO", "postalCode": "0557"}],
                        categories=[{"categoryType": "STYRK08", "code": "4321", "name": "Lagermedarbeidere"}],
                        occupations=[], expires_at=utcnow() + timedelta(days=20)))


def _send_run(stack, office) -> None:
    send_job_matches(stack.db, utcnow(), [office["team"]], forced=True)
    dispatch(stack.db, stack.settings.sms_sender(), stack.settings.status_callback_url)


def _wait_for_sms(stack, office, count: int) -> list[str]:
    wait_until(lambda: len(stack.fake_twilio.messages_to(office["phone"])) >= count, 30, f"SMS number {count}")
    return [m.body for m in stack.fake_twilio.messages_to(office["phone"])]


def _say(stack, office, body: str) -> str:
    """Texts the service and waits for its answer at the fake Twilio."""
    before = len(stack.fake_twilio.messages_to(office["phone"]))
    assert stack.text(office["phone"], body).status_code == 200
    return _wait_for_sms(stack, office, before + 1)[before]


def _matches(stack, office) -> list[JobMatch]:
    with stack.db.session() as s:
        rows = s.execute(select(JobMatch).where(JobMatch.user_id == office["user"])
                         .order_by(JobMatch.outbox_id, JobMatch.position)).scalars().all()
        for row in rows:
            _ = row.ad.title
        s.expunge_all()
        return rows


def _user_page(stack, office) -> str:
    base, web = stack.settings.public_base_url, requests.Session()
    token = re.search(r'name="csrf_token" value="([^"]+)"', web.get(f"{base}/inbox/login").text).group(1)
    web.post(f"{base}/inbox/login", data={"email": office["kari"], "password": TEST_PASSWORD, "csrf_token": token})
    return web.get(f"{base}/inbox/users/{office['user']}").text


def test_a_match_is_answered_with_a_number_a_night_limit_is_kept_and_stopp_jobb_ends_them(stack):
    office = _office(stack, "Ola")
    _ads(stack, ("Lagermedarbeider", "Du pakker varer på dagtid."),
         ("Plukker til sentrallager", "Vi trenger en plukker. Førerkort er ikke et krav."),
         ("Lagerarbeider", "Arbeidstiden er på natt, fra kl 22 til 06."))
    _send_run(stack, office)
    sms = _wait_for_sms(stack, office, 1)[0]
    assert sms.startswith("Hei Ola! Tre ledige jobber som kan passe deg: 1) ") and fits_one_sms_thread(sms)
    assert "Fjord" not in sms and "http" not in sms

    night = next(m.position for m in _matches(stack, office) if m.ad.title == "Lagerarbeider")
    chosen = 1 if night != 1 else 2
    reply = _say(stack, office, str(chosen))
    assert reply.startswith(f"Takk! Jeg har sagt fra til veilederen din at du er interessert i nr {chosen}: ")
    assert "Fjord Lager AS" in reply and "Vil du ha hjelp til å søke? Svar ja." in reply
    with stack.db.session() as s:
        notice = s.execute(select(VeilederNotice).where(VeilederNotice.user_id == office["user"])).scalar_one()
        assert notice.kind is NoticeKind.JOB_INTEREST
    assert "Interessert" in _user_page(stack, office)

    reply = _say(stack, office, "nei, jobber ikke natt")
    assert "Skal jeg slutte å sende jobber med nattarbeid? Svar ja eller nei." in reply
    assert _say(stack, office, "ja").startswith("Takk, det er lagret.")
    with stack.db.session() as s:
        limit = s.execute(select(JobWish).where(JobWish.user_id == office["user"], JobWish.kind == WishKind.LIMIT)
                          ).scalar_one()
        assert (limit.value, limit.source) == ("no_night", WishSource.SMS) and limit.confirmed_by_message_id
    answered = {m.position: (m.answer, m.decline_reason) for m in _matches(stack, office)}
    assert answered[chosen] == (MatchAnswer.INTERESTED, None)
    assert answered[night] == (MatchAnswer.NOT_RELEVANT, DeclineReason.HOURS)
    page = _user_page(stack, office)
    assert "ikke nattarbeid" in page and "nei, jobber ikke natt" in page and "Ikke aktuell: arbeidstid" in page

    _ads(stack, ("Lagermedarbeider kveld", "Du jobber fra kl 15 til 23."),
         ("Lagermedarbeider natt", "Stillingen innebærer nattarbeid."))
    before = len(stack.fake_twilio.messages_to(office["phone"]))
    _send_run(stack, office)
    second = _wait_for_sms(stack, office, before + 1)[before]
    assert second.startswith("Hei Ola! En ledig jobb som kan passe deg: 1) Lagermedarbeider kveld, Oslo, heltid")

    assert _say(stack, office, "STOPP JOBB") == "Greit, du får ikke flere jobbtips her. Skriv START for å få dem igjen."
    before = len(stack.fake_twilio.messages_to(office["phone"]))
    _ads(stack, ("Lagermedarbeider helg", "Du jobber i helgene."))
    _send_run(stack, office)
    assert len(stack.fake_twilio.messages_to(office["phone"])) == before
    assert len(_matches(stack, office)) == 4


def test_a_job_wish_is_asked_about_and_saved_only_after_a_yes(stack):
    office = _office(stack, "Kari-Anne")
    assert _say(stack, office, "kan bare jobbe deltid pga helse") == \
        "Skal jeg lagre at du ønsker deltid? Svar ja eller nei."
    with stack.db.session() as s:
        assert s.execute(select(JobWish).where(JobWish.user_id == office["user"],
                                               JobWish.kind == WishKind.EXTENT)).first() is None
    assert _say(stack, office, "nei") == "Greit, da lagrer jeg ikke noe. Du kan alltid skrive hva slags jobb du ønsker deg."

    assert _say(stack, office, "vil jobbe med bil") == "Skal jeg lagre at du ønsker jobb med bil? Svar ja eller nei."
    assert _say(stack, office, "ja").startswith("Takk, det er lagret.")
    with stack.db.session() as s:
        saved = {(w.kind, w.value, w.source) for w in s.execute(
            select(JobWish).where(JobWish.user_id == office["user"])).scalars()}
        notice = s.execute(select(VeilederNotice).where(VeilederNotice.user_id == office["user"])).scalar_one()
        assert s.get(User, office["user"]).opted_out_at is None
    assert (WishKind.OCCUPATION, "bil", WishSource.SMS) in saved
    assert not any(kind is WishKind.EXTENT for kind, _, _ in saved)
    assert notice.kind is NoticeKind.JOB_WISH_SAVED and "jobb med bil" in notice.detail


def test_the_demo_ola_turns_down_jobs_for_want_of_a_licence_and_gets_none_that_need_one(stack, tmp_path):
    """The issue's "done when", on the sample feed and Ola's demo wishes (warehouse or driving
    work within 30 km of 0557)."""
    sample = generate(400, seed=29)
    write_pages(feed_pages(sample, 100), tmp_path / "feed")
    imported = import_feed(stack.db, FeedSource(str(tmp_path / "feed"), None), utcnow())
    assert (imported.new + imported.withdrawn, imported.errors) == (400, [])  # the expired ones are withdrawn
    truth = {ad.uuid: ad for _, ad in sample}
    office = _office(stack, "Ola", [(kind, value, radius) for name, kind, value, radius in DEMO_JOB_WISHES
                                    if name == "Ola"])
    _send_run(stack, office)
    first = _wait_for_sms(stack, office, 1)[0]
    assert first.startswith("Hei Ola! Tre ledige jobber som kan passe deg: 1) ") and fits_one_sms_thread(first)

    reply = _say(stack, office, "nei, har ikke førerkort")
    assert "Skal jeg slutte å sende jobber som krever førerkort? Svar ja eller nei." in reply
    assert _say(stack, office, "ja").startswith("Takk, det er lagret.")
    assert {(m.answer, m.decline_reason) for m in _matches(stack, office)} == {
        (MatchAnswer.NOT_RELEVANT, DeclineReason.LICENCE)}

    before = len(stack.fake_twilio.messages_to(office["phone"]))
    _send_run(stack, office)
    second = _wait_for_sms(stack, office, before + 1)[before]
    assert second.startswith("Hei Ola! Tre ledige jobber som kan passe deg: 1) ")
    sent_again = [m for m in _matches(stack, office) if m.answer is None]
    assert len(sent_again) == 3
    # What the generator made each ad ask for decides, not the matcher's own reading; ads the
    # other tests add ("e2e-...") ask for no licence.
    assert not any(truth[m.ad.uuid].licence for m in sent_again if m.ad.uuid in truth)
    sent = {m.ad.uuid for m in _matches(stack, office)}
    assert any(ad.licence and not ad.expired and ad.occupation in ("sjafor", "lastebil") and ad.uuid not in sent
               for ad in truth.values()), "the sample must hold driving jobs the limit kept out"

    page = _user_page(stack, office)
    assert "nei, har ikke førerkort" in page and "Ikke aktuell: førerkort" in page
    assert "jobber uten krav om førerkort" in page
