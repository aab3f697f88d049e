"""The inbox's actions in a real headless Chromium against the running service (real Rasa and
action server, the fake Twilio): a new fixed veileder, editing an activity, searching users,
saved reply texts with the SMS counter, a helper the user says yes to, the helper's meeting
reminders and STOPP; and the day the issue describes, from Ola's first SMS to Per reading his thread."""
import re
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select, update

from services.appointments.booking import create_appointment
from services.appointments.reminders import process_due_reminders
from services.gateways.rasa import AssistantClient
from services.messaging.outbox import dispatch
from services.messaging.staff_reply import sms_size
from services.oslo import OSLO
from storage.models import (
    Activity,
    ActivityStatus,
    AppointmentKind,
    AppointmentReminder,
    Helper,
    HelperStatus,
    ReminderKind,
    ReminderState,
    User,
    Veileder,
    utcnow,
)
from tests.conftest import RASA_TOKEN, next_test_phone
from tests.support.browser import log_in
from tests.support.people import make_team, make_user, make_veileder
from tests.support.processes import wait_until

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
POSTED = 20_000  # ms: a form post that sends an SMS, on a busy machine
LIVE = 20_000  # ms


def dispatch_due(stack) -> None:
    """Sends what is due, as the service's dispatchers do in the background."""
    dispatch(stack.db, stack.settings.sms_sender(), stack.settings.status_callback_url)


@pytest.fixture
def team(stack):
    """Kari and Per; Kari follows Ola, who has written before and may get texts all day."""
    with stack.db.session() as s:
        team = make_team(s, "Team Handling")
        kari, per = make_veileder(s, team, "Kari"), make_veileder(s, team, "Per")
        ola = make_user(s, team, kari, "Ola")
        ola.contact_window_start, ola.contact_window_end = time(0, 0), time.max
        s.add(Activity(user_id=ola.id, title="Send CV til Rema 1000", deadline=date.today() - timedelta(days=2),
                       status=ActivityStatus.PLANLAGT, in_agreed_plan=True, created_by_veileder_id=kari.id))
        calm = make_user(s, team, kari, "Siri")
        return {"kari": kari.email, "per": per.email, "per_name": per.full_name, "kari_id": kari.id,
                "ola": ola.id, "phone": ola.phone_e164, "calm": calm.id, "sister": next_test_phone()}


def open_page(browser, stack, email, viewport=None):
    context = browser.new_context(viewport=viewport or {"width": 1440, "height": 900})
    page = context.new_page()
    log_in(page, stack.settings.public_base_url, email)
    return context, page


def test_the_day_the_issue_describes(stack, browser, team):
    base = stack.settings.public_base_url
    kari_context, page = open_page(browser, stack, team["kari"])

    # Kari watches Ola's new SMS arrive on an open page.
    page.goto(f"{base}/inbox/")
    stack.text(team["phone"], "får ikke tak i veilederen min, kan du ringe meg?")
    expect(page.locator("#case-list")).to_contain_text("Ola", timeout=LIVE)
    page.locator("#case-list a", has_text="Ola").click()
    expect(page.locator("#thread li.from-user").last).to_contain_text("kan du ringe meg?")
    stack.text(team["phone"], "etter kl 12 passer best")
    expect(page.locator("#thread li.from-user").last).to_contain_text("etter kl 12 passer best", timeout=LIVE)

    # Ola is near the top of "Mine brukere", with the reason.
    page.get_by_role("link", name="Mine brukere").click()
    first = page.locator(".caseload-item").first
    expect(first.get_by_role("heading")).to_contain_text("Ola")
    expect(first).to_contain_text("Aktivitet over fristen: «Send CV til Rema 1000»")

    # Kari edits the activity.
    first.get_by_role("link", name="Ola").click()
    activity = page.locator("#activities ~ ul li.card").first
    activity.locator("summary").click()
    activity.get_by_label("Frist", exact=True).fill((date.today() + timedelta(days=7)).isoformat())
    activity.get_by_label("Status").select_option("gjennomfores")
    activity.get_by_role("button", name="Lagre endringene").click()
    expect(page.locator(".flash")).to_contain_text("er endret", timeout=POSTED)
    expect(page.locator("#activities ~ ul .activity-status").first).to_have_text("Gjennomføres")

    # Kari links Ola's sister as helper; only Ola's "ja" makes it so.
    link_sister(page, team)
    assert "JA ALT" in stack.fake_twilio.messages_to(team["phone"])[-1].body
    assert stack.text(team["sister"], "hei det er Eva").status_code == 200
    assert [m.body[:24] for m in stack.fake_twilio.messages_to(team["sister"])] == ["Hei! Vi kjenner ikke igj"]
    stack.text(team["phone"], "ja")
    dispatch_due(stack)
    assert stack.fake_twilio.messages_to(team["sister"])[-1].body.startswith("Hei Eva! Ola har sagt ja")
    page.reload()
    expect(page.locator("#helper")).to_contain_text("Aktiv")
    stack.text(team["sister"], "Ola er syk i dag, han ringer i morgen")
    expect(page.locator("#thread li.from-helper").last).to_contain_text("Ola er syk i dag", timeout=LIVE)
    expect(page.locator("#thread li.from-helper").last.locator(".who")).to_have_text("Eva (hjelper for Ola)")

    # Kari hands Ola to Per, who sees the whole thread.
    page.locator("#change-veileder summary").click()
    page.get_by_label("Ny fast veileder").select_option(label=team["per_name"])
    page.get_by_role("button", name="Bytt fast veileder").click()
    expect(page.locator(".flash")).to_contain_text(f"{team['per_name']} er nå fast veileder", timeout=POSTED)
    assert stack.fake_twilio.messages_to(team["phone"])[-1].body.startswith("Hei Ola! Fra nå er Per veilederen din")
    per_context, per_page = open_page(browser, stack, team["per"])
    per_page.goto(f"{base}/inbox/users/{team['ola']}")
    thread = per_page.locator("#thread")
    for words in ("får ikke tak i veilederen min", "etter kl 12 passer best", "Ola er syk i dag", "Fra nå er Per"):
        expect(thread).to_contain_text(words)
    kari_context.close()
    per_context.close()


def link_sister(page, team, role="Hjelper"):
    form = page.locator("#add-helper")
    form.get_by_label("Hjelperens fornavn").fill("Eva")
    form.get_by_label("Hjelperens mobilnummer").fill(team["sister"])
    form.get_by_label("Rolle").select_option(label=role)
    form.get_by_role("button", name=re.compile("Spør Ola om hjelperen")).click()
    expect(page.locator(".flash")).to_contain_text("Ola er spurt på SMS om Eva", timeout=POSTED)
    expect(page.locator("#helper")).to_contain_text("Venter på svar fra brukeren")


def test_the_helper_gets_the_meeting_reminders_only_when_the_user_chose_so_and_stopp_ends_them(stack, browser, team):
    context, page = open_page(browser, stack, team["kari"])
    page.goto(f"{stack.settings.public_base_url}/inbox/users/{team['ola']}")
    link_sister(page, team, role="Tolk")
    stack.text(team["phone"], "JA ALT")
    # The welcome to Eva goes first: until it has left, her reminder waits behind it in the outbox.
    dispatch_due(stack)  # or the worker's dispatchers, whichever comes first
    wait_until(lambda: stack.fake_twilio.messages_to(team["sister"]), 10, "the welcome to Eva")
    assert stack.fake_twilio.messages_to(team["sister"])[-1].body.startswith("Hei Eva")
    with stack.db.session() as s:
        helper = s.execute(select(Helper).where(Helper.user_id == team["ola"])).scalar_one()
        assert (helper.status, helper.gets_reminders) == (HelperStatus.ACTIVE, True)
        starts = datetime.combine(utcnow().astimezone(OSLO).date() + timedelta(days=10), time(11, 0), tzinfo=OSLO)
        appointment = create_appointment(s, user=s.get(User, team["ola"]), veileder=s.get(Veileder, team["kari_id"]),
                                         starts_at=starts, ends_at=starts + timedelta(minutes=45),
                                         kind=AppointmentKind.PHONE, place="")
        appointment_id = appointment.id
    at = starts - timedelta(hours=23)
    with stack.db.session() as s:
        s.execute(update(AppointmentReminder).where(AppointmentReminder.appointment_id == appointment_id,
                                                    AppointmentReminder.kind == ReminderKind.CONFIRMATION_CHECK)
                  .values(state=ReminderState.SKIPPED))
    queued = process_due_reminders(stack.db, AssistantClient(stack.settings.rasa_url, 10, RASA_TOKEN), now=at)
    dispatch(stack.db, stack.settings.sms_sender(), stack.settings.status_callback_url, only_ids=queued, now=at)
    to_sister = stack.fake_twilio.messages_to(team["sister"])[-1].body
    assert to_sister.startswith("Hei Eva! Påminnelse: Ola har møte med NAV ") and "på telefon" in to_sister

    # STOPP from Eva ends Eva's messages only; Kari sees it on the user page.
    stack.text(team["sister"], "STOPP")
    dispatch_due(stack)
    assert stack.fake_twilio.messages_to(team["sister"])[-1].body.startswith("Du får ikke flere meldinger fra NAV om Ola")
    with stack.db.session() as s:
        assert s.get(User, team["ola"]).opted_out_at is None
        assert s.execute(select(Helper).where(Helper.user_id == team["ola"])).scalar_one().opted_out_at is not None
    page.reload()
    expect(page.locator("#helper")).to_contain_text("hjelperen har sendt STOPP")

    page.get_by_role("button", name="Slutt å sende påminnelser til Eva").click()
    expect(page.locator(".flash")).to_contain_text("Hjelperen får ikke flere påminnelser", timeout=POSTED)
    page.get_by_role("button", name="Ta bort Eva som tolk").click()
    expect(page.locator(".flash")).to_contain_text("Hjelperen er tatt bort", timeout=POSTED)
    assert stack.fake_twilio.messages_to(team["phone"])[-1].body.startswith("Eva er ikke lenger tolk for deg")
    context.close()


def test_search_saved_texts_and_the_sms_counter(stack, browser, team):
    base = stack.settings.public_base_url
    context, page = open_page(browser, stack, team["kari"])
    page.get_by_role("link", name="Søk").click()
    page.get_by_label("Navn eller telefonnummer").fill(team["phone"][-4:])
    page.get_by_role("button", name="Søk", exact=True).click()
    expect(page.locator("#results-heading")).to_have_text("1 treff")
    page.get_by_role("link", name="Ola").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ola")

    page.goto(f"{base}/inbox/svartekster")
    page.get_by_label("Navn på teksten").fill("Ringer deg")
    page.get_by_label("Teksten", exact=True).fill("Hei {navn}! Jeg ringer deg i dag mellom kl 12 og 14. Hilsen Kari")
    page.get_by_role("button", name="Lagre svarteksten").click()
    expect(page.locator(".flash")).to_contain_text("Svarteksten «Ringer deg» er lagret", timeout=POSTED)

    stack.text(team["phone"], "kan noen ringe meg?")
    page.goto(f"{base}/inbox/")
    page.locator("#case-list a", has_text="Ola").click()
    page.get_by_label("Svartekst").select_option(label="Ringer deg")
    page.get_by_role("button", name="Sett inn svarteksten").click()
    reply, counter = page.get_by_label("Svaret"), page.locator("#reply-counter")
    inserted = "Hei Ola! Jeg ringer deg i dag mellom kl 12 og 14. Hilsen Kari"
    expect(reply).to_have_value(inserted)
    expect(counter).to_have_text(sms_size(inserted).summary)
    # The browser counts as the server does, text after text.
    for text in ["a" * 160, "a" * 161, "€" * 90, "“Hei” – ok …", "Şükrü ćevap Łukasz", "ord " * 100, "ord " * 240, "Hei 🙂 ✓"]:
        reply.fill(text)
        expect(counter).to_have_text(sms_size(text).summary)
    sent_before = len(stack.fake_twilio.messages_to(team["phone"]))
    page.get_by_role("button", name="Send SMS").click()  # "Hei 🙂 ✓" is refused before it leaves the page
    expect(counter).to_have_text("Kan ikke sendes på SMS: ✓ 🙂")
    assert page.evaluate("document.getElementById('reply-body').validationMessage") == "Kan ikke sendes på SMS: ✓ 🙂"
    assert len(stack.fake_twilio.messages_to(team["phone"])) == sent_before
    reply.fill(inserted)
    page.get_by_role("button", name="Send SMS").click()
    expect(page.locator(".flash")).to_contain_text("Svaret er sendt som SMS", timeout=POSTED)
    assert stack.fake_twilio.messages_to(team["phone"])[-1].body == inserted
    context.close()
