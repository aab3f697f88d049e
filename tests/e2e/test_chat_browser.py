"""The web chat in a real headless Chromium at phone size against the running service (real
Rasa, action server and workers; the login code read from the fake Twilio API).

The demo promise: Ola logs in with the code, asks "når er neste møte?", gets the answer live,
taps "Kan ikke" and then "2" to move the meeting; a meeting asked about by SMS is confirmed
with the "Ja" button; Kari answers in the inbox while Ola's page is open and the answer
appears there; Kari sees SMS and chat together. Then the rules around it: a spent code,
another user's session, no JavaScript, a crisis, the keyboard, reflow, axe-core.
"""
import os
import re
import time
from datetime import date, datetime, time as clock, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from services.appointments.booking import create_appointment, tell_and_send
from services.oslo import OSLO
from services.runtime import MessagingServices
from services.webchat.thread import thread_entries
from storage.models import Activity, Appointment, AppointmentKind, AppointmentStatus, Message, User, Veileder
from tests.support.browser import log_in as log_in_to_inbox
from tests.support.people import make_team, make_user, make_veileder

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 360, "height": 740}
# KONTAKT_SCREENSHOTS=docs/screenshots refreshes the README's pictures; otherwise they go to a temporary folder.
SCREENSHOTS = os.environ.get("KONTAKT_SCREENSHOTS")
# How long a page may wait for the service's answer: Rasa and the workers on a loaded machine
# take seconds (a bound for waiting, not a speed target: those are in bench/).
ANSWER_MS = 30_000


@pytest.fixture
def people(stack):
    with stack.db.session() as s:
        team = make_team(s, "Team Chat")
        kari = make_veileder(s, team, "Kari")
        ola, amina = make_user(s, team, kari, "Ola"), make_user(s, team, kari, "Amina")
        for user in (ola, amina):  # the test may run at night: the meeting requests must not wait for the morning
            user.contact_window_start, user.contact_window_end = clock(0, 0), clock.max
        s.add(Activity(user=ola, title="Sende CV til Kari", title_is_safe_for_sms=True, description="internt",
                       deadline=date.today() + timedelta(days=3), in_agreed_plan=True, created_by_veileder_id=kari.id))
        return {"kari": kari.email, "kari_id": kari.id, "ola": ola.phone_e164, "ola_id": ola.id,
                "amina": amina.phone_e164, "amina_id": amina.id}


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def book(stack, user_id: int, veileder_id: int, days_ahead: int, hour: int) -> int:
    """A meeting booked by the veileder; the user is asked by SMS, as after the API or the inbox."""
    day = datetime.now(OSLO).date() + timedelta(days=days_ahead)
    while day.weekday() > 4:
        day += timedelta(days=1)
    starts_at = datetime.combine(day, clock(hour, 0), tzinfo=OSLO)
    with stack.db.session() as s:
        meeting = create_appointment(s, user=s.get(User, user_id), veileder=s.get(Veileder, veileder_id),
                                     starts_at=starts_at, ends_at=starts_at + timedelta(minutes=45),
                                     kind=AppointmentKind.OFFICE, place="NAV Grünerløkka, Markveien 35")
        s.flush()
        meeting_id = meeting.id
    tell_and_send(MessagingServices.from_settings(stack.settings, stack.db), meeting_id)
    return meeting_id


def code_from_fake_twilio(stack, phone: str, after: int = 0, timeout: float = 20.0) -> str:
    """The code in the newest login SMS the fake Twilio API got for ``phone`` (after ``after`` messages)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        messages = [m for m in requests.get(f"{stack.fake_twilio.base_url}/_fake/messages", timeout=5).json()
                    if m["to"] == phone][after:]
        codes = [re.search(r"\b(\d{6})\b", m["body"]) for m in messages if "logge inn i chatten" in m["body"]]
        if codes:
            return codes[-1].group(1)
        time.sleep(0.1)
    raise TimeoutError(f"no login code reached the fake Twilio API in {timeout} s")


def ask_for_code(page, base: str, phone: str) -> None:
    page.goto(f"{base}/chat/login")
    page.get_by_label("Mobilnummeret ditt").fill(phone)
    page.get_by_role("button", name="Send kode").click()
    expect(page.get_by_role("heading", name="Skriv koden fra SMS-en")).to_be_visible()


def log_in_to_chat(page, stack, phone: str) -> None:
    sent_before = len(stack.fake_twilio.messages_to(phone))
    ask_for_code(page, stack.settings.public_base_url, phone)
    page.get_by_label("Kode (6 siffer)").fill(code_from_fake_twilio(stack, phone, sent_before))
    page.get_by_role("button", name="Logg inn").click()
    expect(page.get_by_role("heading", name="Samtalen")).to_be_visible()


def axe_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => (await axe.run(document)).violations.map(
        v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}))""")


def messages(page):
    return page.locator("#thread > li")


def own(page, body: str):
    """The user's own messages that say exactly ``body``."""
    return page.locator("#thread > li.from-user").filter(
        has=page.locator("p.body", has_text=re.compile(f"^{re.escape(body)}$")))


def write(page, body: str) -> None:
    before = own(page, body).count()
    page.get_by_label("Skriv en melding").fill(body)
    page.get_by_role("button", name="Send", exact=True).click()
    expect(own(page, body)).to_have_count(before + 1, timeout=ANSWER_MS)


def last_bot_message(page):
    return page.locator("#thread > li.from-bot").last


def test_ola_logs_in_asks_moves_and_confirms_and_kari_answers_live(stack, browser, people, shots):
    base = stack.settings.public_base_url
    first_meeting = book(stack, people["ola_id"], people["kari_id"], days_ahead=6, hour=10)
    context = browser.new_context(viewport=PHONE, bypass_csp=True)  # bypass: axe-core is injected
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(f"{base}/chat/login")
    assert axe_violations(page) == []
    page.screenshot(path=str(shots / "chat-login.png"))
    sent_before = len(stack.fake_twilio.messages_to(people["ola"]))
    ask_for_code(page, base, people["ola"])
    assert axe_violations(page) == []
    page.get_by_label("Kode (6 siffer)").fill(code_from_fake_twilio(stack, people["ola"], sent_before))
    page.screenshot(path=str(shots / "chat-code.png"))
    page.get_by_role("button", name="Logg inn").click()
    expect(page.get_by_role("heading", name="Samtalen")).to_be_visible()

    # The meeting request came by SMS and is in the thread, with its answers as buttons.
    expect(messages(page).filter(has_text="har satt opp et møte med deg")).to_have_count(1, timeout=ANSWER_MS)
    assert axe_violations(page) == []

    # "hei": the reply arrives without a reload.
    bots_before = last_bot_message(page).get_attribute("data-id")
    write(page, "hei")
    expect(last_bot_message(page)).to_contain_text("Dette er meldingstjenesten til NAV", timeout=ANSWER_MS)
    assert last_bot_message(page).get_attribute("data-id") != bots_before
    assert page.evaluate("document.activeElement.id") == "message-box"  # focus back in the box

    # "når er neste møte?", then "Kan ikke" and "2" by tapping.
    write(page, "når er neste møte?")
    expect(last_bot_message(page)).to_contain_text("Kan du komme på møtet", timeout=ANSWER_MS)
    expect(messages(page).filter(has_text="Dine neste møter")).to_have_count(1)
    buttons = last_bot_message(page).get_by_role("button")
    expect(buttons).to_have_text(["Ja", "Kan ikke"])
    page.screenshot(path=str(shots / "chat-question.png"))
    buttons.get_by_text("Kan ikke").click()
    expect(last_bot_message(page)).to_contain_text("Disse tidene er ledige: 1)", timeout=ANSWER_MS)
    expect(last_bot_message(page).get_by_role("button")).to_have_text(["1", "2", "3"])
    assert page.locator("#thread form.choices").count() == 1  # only the newest question has buttons
    last_bot_message(page).scroll_into_view_if_needed()  # for the picture: the times and their buttons
    page.screenshot(path=str(shots / "chat-times.png"))
    last_bot_message(page).get_by_role("button", name="2").click()
    expect(last_bot_message(page)).to_contain_text("Flott! Møtet er flyttet til", timeout=ANSWER_MS)
    with stack.db.session() as s:
        moved = s.get(Appointment, first_meeting)
        assert moved.status == AppointmentStatus.CONFIRMED and moved.version == 2
        said = s.execute(select(Message.body, Message.channel).where(Message.conversation_id == s.get(
            User, people["ola_id"]).conversation.id, Message.sender_kind == "user")).all()
    assert ("kan ikke", "web") in said and ("2", "web") in said  # the buttons sent what an SMS user types

    # A new meeting asked about by SMS while the page is open: "Ja" confirms it.
    second_meeting = book(stack, people["ola_id"], people["kari_id"], days_ahead=9, hour=13)
    expect(last_bot_message(page)).to_contain_text("har satt opp et møte med deg", timeout=ANSWER_MS)
    last_bot_message(page).get_by_role("button", name="Ja").click()
    expect(last_bot_message(page)).to_contain_text("er bekreftet", timeout=ANSWER_MS)
    with stack.db.session() as s:
        assert s.get(Appointment, second_meeting).status == AppointmentStatus.CONFIRMED

    # Ola asks for his veileder; Kari answers in the inbox, and the answer appears on Ola's page.
    write(page, "får ikke tak i veilederen min")
    expect(last_bot_message(page)).to_contain_text("leser meldingen din innen", timeout=ANSWER_MS)
    sms_before = len(stack.fake_twilio.messages_to(people["ola"]))
    kari = browser.new_context()
    inbox = kari.new_page()
    log_in_to_inbox(inbox, base, people["kari"])
    inbox.locator("#case-list li.case-item").filter(has_text="får ikke tak i veilederen min").get_by_role("link").click()
    thread = inbox.locator("ol.thread").inner_text()
    for seen in ("har satt opp et møte med deg", "når er neste møte?", "Flott! Møtet er flyttet til"):
        assert seen in thread
    channels = set(inbox.locator("ol.thread .channel").all_inner_texts())
    assert channels == {"SMS", "i chatten"}  # which channel each message used
    inbox.get_by_label("Svaret").fill("Hei Ola! Jeg ringer deg i morgen formiddag. Hilsen Kari")
    inbox.get_by_role("button", name="Send i chatten").click()
    expect(inbox.locator(".flash")).to_contain_text("Svaret er lagt i chatten")
    answer = messages(page).filter(has_text="Jeg ringer deg i morgen formiddag")
    expect(answer).to_contain_text("Kari Testesen, veileder", timeout=ANSWER_MS)
    assert len(stack.fake_twilio.messages_to(people["ola"])) == sms_before  # no SMS: it went to the chat
    kari.close()

    # A reload shows the whole history, once each.
    page.reload()
    with stack.db.reading() as s:
        shown = [entry.id for entry in thread_entries(s, people["ola_id"])]
    assert [int(i) for i in messages(page).evaluate_all("items => items.map(i => i.dataset.id)")] == shown
    # The list of meetings is drawn with the page: after the reload both are there, each with its calendar file.
    expect(page.get_by_role("region", name="Møtene dine").get_by_role("link", name=re.compile("Legg i kalenderen"))
           ).to_have_count(2)
    assert all(url.startswith(base) for url in requested)  # nothing from anywhere else
    context.close()


def test_a_wrong_code_five_times_spends_it(stack, browser, people):
    page = browser.new_page(viewport=PHONE)
    before = len(stack.fake_twilio.messages_to(people["amina"]))
    ask_for_code(page, stack.settings.public_base_url, people["amina"])
    right = code_from_fake_twilio(stack, people["amina"], before)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    for left in (4, 3, 2, 1):
        page.get_by_label("Kode (6 siffer)").fill(wrong)
        page.get_by_role("button", name="Logg inn").click()
        expect(page.get_by_role("alert")).to_have_text(f"Koden stemmer ikke. Du kan prøve {left} ganger til.")
    page.get_by_label("Kode (6 siffer)").fill(wrong)
    page.get_by_role("button", name="Logg inn").click()
    expect(page.get_by_role("alert")).to_have_text("Koden er brukt opp etter for mange forsøk. Be om en ny kode.")
    expect(page.get_by_label("Kode (6 siffer)")).to_have_count(0)  # nothing more to try: only a new code
    page.get_by_role("link", name="Få en ny kode").click()
    expect(page.get_by_role("heading", name="Logg inn i chatten")).to_be_visible()
    page.close()


def test_another_users_open_page_never_gets_this_thread(stack, browser, people):
    ola, amina = browser.new_context(viewport=PHONE), browser.new_context(viewport=PHONE)
    ola_page, amina_page = ola.new_page(), amina.new_page()
    log_in_to_chat(ola_page, stack, people["ola"])
    log_in_to_chat(amina_page, stack, people["amina"])
    write(ola_page, "dette er bare for meg og NAV")
    expect(last_bot_message(ola_page)).to_be_visible(timeout=ANSWER_MS)
    time.sleep(2.5)  # more than two rounds of Amina's live stream
    assert "bare for meg" not in amina_page.content()
    amina_page.reload()
    assert "bare for meg" not in amina_page.content()
    ola.close()
    amina.close()


def test_without_javascript_the_chat_is_a_form_that_posts_and_reloads(stack, browser, people):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    log_in_to_chat(page, stack, people["amina"])
    write(page, "hei")  # the form posts, the page reloads with the message
    deadline = time.monotonic() + 30
    while "Dette er meldingstjenesten til NAV" not in messages(page).last.inner_text():
        assert time.monotonic() < deadline, "no answer after reloading for 30 s"
        time.sleep(0.5)
        page.get_by_role("link", name="Se nye svar").click()
    page.get_by_role("button", name="Logg ut").click()
    expect(page.get_by_text("Du er logget ut.")).to_be_visible()
    context.close()


def test_a_crisis_shows_113_and_116_123_at_once(stack, browser, people):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    log_in_to_chat(page, stack, people["amina"])
    write(page, "jeg orker ikke mer")
    help_box = page.get_by_role("complementary", name="Trenger du hjelp nå?")
    expect(help_box.get_by_role("link", name=re.compile("113"))).to_have_attribute("href", "tel:113")
    expect(help_box.get_by_role("link", name=re.compile("116 123"))).to_have_attribute("href", "tel:116123")
    expect(messages(page).filter(has_text="ring 113").last).to_contain_text("116 123", timeout=ANSWER_MS)  # and the safety step's reply
    context.close()


def test_keyboard_alone_one_live_region_and_reflow(stack, browser, people):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    log_in_to_chat(page, stack, people["amina"])
    assert page.locator("[role=log], [aria-live], [role=status], [role=alert]").count() == 1
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "message-box":
            break
    page.keyboard.type("takk for hjelpa")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(own(page, "takk for hjelpa")).to_have_count(1, timeout=ANSWER_MS)
    assert page.evaluate("document.activeElement.id") == "message-box"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320  # no sideways scrolling at 320 px
    page.set_viewport_size({"width": 640, "height": 400})  # a 1280 px window at 200 % zoom
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    assert page.evaluate("document.documentElement.scrollWidth") <= 640
    context.close()
