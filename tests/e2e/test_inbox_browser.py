"""The demo promise in a real headless Chromium against the running service: a user texts
"får ikke tak i veilederen min", the veileder logs in, sees the case at the top with the
user's words, takes over, answers, and the answer arrives as SMS at the fake Twilio API;
while she holds the case the bot stays quiet; another team's veileder cannot open it."""
from datetime import time

import pytest
from sqlalchemy import select

from storage.models import AuditEvent, CaseStatus, Escalation
from tests.support.browser import log_in
from tests.support.people import make_team, make_user, make_veileder

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect


@pytest.fixture
def people(stack):
    with stack.db.session() as s:
        team, other = make_team(s, "Team Browser"), make_team(s, "Team Annet")
        kari, jonas = make_veileder(s, team, "Kari"), make_veileder(s, other, "Jonas")
        user = make_user(s, team, kari, "Ola")
        # The hand-back SMS keeps the user's hours: the test must not depend on the clock.
        user.contact_window_start, user.contact_window_end = time(0), time.max
        return {"kari": kari.email, "jonas": jonas.email, "phone": user.phone_e164, "user_id": user.id}


def test_a_veileder_answers_a_user_from_the_inbox(stack, browser, people):
    base = stack.settings.public_base_url
    assert stack.text(people["phone"], "får ikke tak i veilederen min").status_code == 200
    notice = stack.fake_twilio.messages_to(people["phone"])[-1].body
    assert "Kari leser meldingen din innen" in notice

    kari = browser.new_context()
    page = kari.new_page()
    log_in(page, base, people["kari"])
    first_row = page.locator("tbody tr").first
    assert "får ikke tak i veilederen min" in first_row.inner_text()
    first_row.get_by_role("link").click()
    expect(page.get_by_role("heading", name="Samtalen")).to_be_visible()
    assert page.locator("li.from-user").first.inner_text().count("får ikke tak i veilederen min") == 1
    assert "Boten (automatisk svar)" in page.locator("li.from-bot").last.inner_text()

    page.get_by_role("button", name="Ta over fra boten").click()
    assert "Du har tatt over samtalen" in page.locator(".flash").inner_text()
    sent_before = len(stack.fake_twilio.messages_to(people["phone"]))
    assert stack.text(people["phone"], "hei, når er møtet mitt?").status_code == 200
    assert len(stack.fake_twilio.messages_to(people["phone"])) == sent_before  # the bot stays quiet

    page.reload()
    assert "hei, når er møtet mitt?" in page.locator("li.from-user").last.inner_text()
    page.get_by_label("Svaret").fill("Hei Ola! Jeg ringer deg i morgen kl 10. Hilsen Kari")
    page.get_by_role("button", name="Send SMS").click()
    assert "Svaret er sendt som SMS" in page.locator(".flash").inner_text()
    sms = stack.fake_twilio.messages_to(people["phone"])[-1]
    assert sms.body == "Hei Ola! Jeg ringer deg i morgen kl 10. Hilsen Kari"
    assert "Veileder: Kari" in page.locator("li.from-veileder").last.inner_text()

    other = browser.new_context()
    jonas_page = other.new_page()
    log_in(jonas_page, base, people["jonas"])
    assert "får ikke tak" not in jonas_page.content()
    response = jonas_page.goto(page.url)
    assert response.status == 403

    with stack.db.session() as s:
        case = s.execute(select(Escalation).where(Escalation.user_id == people["user_id"])).scalar_one()
        assert case.status == CaseStatus.HELD_BY_VEILEDER
        refused = s.execute(select(AuditEvent).where(AuditEvent.user_id == people["user_id"],
                                                     AuditEvent.allowed.is_(False))).scalars().all()
        assert [e.action for e in refused] == ["view_case"]

    page.get_by_role("button", name="Gi samtalen tilbake til boten").click()
    expect(page.locator(".flash")).to_contain_text("Boten svarer brukeren igjen")
    assert stack.fake_twilio.messages_to(people["phone"])[-1].body.startswith("Nå svarer den automatiske")
    page.get_by_role("button", name="Logg ut").click()
    expect(page.get_by_role("heading", name="Logg inn")).to_be_visible()
    kari.close()
    other.close()


def test_the_login_page_refuses_a_wrong_password(stack, browser, people):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{stack.settings.public_base_url}/inbox/login")
    page.get_by_label("E-post").fill(people["kari"])
    page.get_by_label("Passord").fill("wrong-password")
    page.get_by_role("button", name="Logg inn").click()
    expect(page.get_by_role("alert")).to_have_text("Feil e-post eller passord.")
    cookies = {c["name"]: c for c in context.cookies()}
    assert cookies["session"]["httpOnly"] and cookies["session"]["sameSite"] == "Lax"
    context.close()
