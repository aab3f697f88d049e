"""Live inbox pages in a real headless Chromium against the running service (real Rasa, the
fake Twilio): a user's SMS appears on an open case page and the bot's answer after it, a
delivery report changes the answer's status, a new case appears in an open case list, and
the unread count is in the page title; all without a reload, and nothing typed is lost."""
import re

import pytest

from services.cases.escalations import create_escalation
from tests.support.browser import log_in
from tests.support.people import make_team, make_user, make_veileder

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
LIVE = 20_000  # ms: a change shows within a second or two; the margin is for a busy machine


@pytest.fixture
def people(stack):
    with stack.db.session() as s:
        team = make_team(s, "Team Live")
        kari = make_veileder(s, team, "Kari")
        ola, nina = make_user(s, team, kari, "Ola"), make_user(s, team, kari, "Nina")
        case = create_escalation(s, ola, "contact_request", "får ikke tak i veilederen min")
        return {"kari": kari.email, "ola": ola.phone_e164, "nina": nina.phone_e164, "case": case.id}


@pytest.fixture
def kari(stack, browser, people):
    context = browser.new_context()
    page = context.new_page()
    log_in(page, stack.settings.public_base_url, people["kari"])
    yield context, page
    context.close()


def test_a_users_sms_appears_on_an_open_case_page_and_its_delivery_is_followed(stack, kari, people):
    _, page = kari
    page.goto(f"{stack.settings.public_base_url}/inbox/cases/{people['case']}")
    page.evaluate("window.notReloaded = true")
    page.get_by_label("Svaret").fill("Hei Ola, jeg ")  # half-written: must survive the update

    assert stack.text(people["ola"], "har fått jobb på lageret!! begynner mandag").status_code == 200
    newest_from_ola = page.locator("#thread li.from-user").last
    expect(newest_from_ola).to_contain_text("har fått jobb på lageret!! begynner mandag", timeout=LIVE)
    answer = stack.fake_twilio.messages_to(people["ola"])[-1]
    bot_item = page.locator("#thread li.from-bot").last
    expect(bot_item).to_contain_text(answer.body.splitlines()[0][:40], timeout=LIVE)
    expect(page.locator("#live-announcer")).to_have_text(re.compile("Ny melding fra Ola"), timeout=LIVE)

    assert stack.fake_twilio.send_status_callback(answer.sid, "delivered") == 200
    expect(bot_item.locator(".delivery")).to_have_text("levert", timeout=LIVE)
    assert page.evaluate("window.notReloaded") is True
    expect(page.get_by_label("Svaret")).to_have_value("Hei Ola, jeg ")


def test_a_new_case_appears_in_an_open_list_with_the_unread_count_in_the_title(stack, kari, people):
    context, page = kari
    page.goto(f"{stack.settings.public_base_url}/inbox/")
    page.evaluate("window.notReloaded = true")
    expect(page).to_have_title("Saker – Kontakt")
    assert "Nina" not in page.locator("#case-list").inner_text()

    assert stack.text(people["nina"], "jeg vil snakke med et menneske").status_code == 200
    expect(page.locator("#case-list")).to_contain_text("Nina", timeout=LIVE)
    expect(page).to_have_title(re.compile(r"^\(1\) Saker – Kontakt$"), timeout=LIVE)
    expect(page.locator("[data-unread-count]")).to_have_text(re.compile(r"^1"))
    assert page.evaluate("window.notReloaded") is True

    # Reading Nina's case in another tab brings the count in this one down.
    other = context.new_page()
    other.goto(stack.settings.public_base_url + page.locator("#case-list a", has_text="Nina").get_attribute("href"))
    expect(other).to_have_title(re.compile(r"^Sak \d+: Nina – Kontakt$"))
    expect(page).to_have_title("Saker – Kontakt", timeout=LIVE)
