"""Accessibility of every inbox page in a real headless Chromium: axe-core (from npm) finds no
violations, on a laptop's screen and a phone's, with every folded form open and with forms
showing their errors; and the everyday work is done by keyboard alone."""
from datetime import date, time, timedelta

import pytest

from services.cases.escalations import create_escalation
from services.messaging.saved_replies import save_reply
from services.messaging.threads import conversation_of
from services.staff.notices import notify_veileder
from storage.models import (
    Activity,
    ActivityStatus,
    Appointment,
    AppointmentKind,
    Direction,
    Helper,
    HelperStatus,
    Message,
    NoticeKind,
    SenderKind,
    utcnow,
)
from tests.support.browser import axe_violations, log_in, open_all_details
from tests.support.people import make_team, make_user, make_veileder

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
POSTED = 20_000  # ms: a form post that sends an SMS, on a busy machine
SIZES = {"laptop": {"width": 1440, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def office(stack):
    """A team with everything the pages can show: cases, a helper, notices, meetings, activities."""
    now = utcnow()
    with stack.db.session() as s:
        team = make_team(s, "Team Tilgjengelig")
        kari, per = make_veileder(s, team, "Kari"), make_veileder(s, team, "Per")
        ola, amina = make_user(s, team, kari, "Ola"), make_user(s, team, kari, "Amina")
        ola.contact_window_start, ola.contact_window_end = time(0, 0), time.max
        amina.opted_out_at = now
        conversation = conversation_of(s, ola.id)
        helper = Helper(user_id=ola.id, phone_e164="+4748999111", name="Eva", status=HelperStatus.ACTIVE,
                        gets_reminders=True, added_by_veileder_id=kari.id, answered_at=now)
        s.add(helper)
        s.flush()
        s.add_all([
            Message(conversation=conversation, direction=Direction.INBOUND, channel="sms", sender_kind=SenderKind.USER,
                    body="får ikke tak i veilederen min"),
            Message(conversation=conversation, direction=Direction.OUTBOUND, channel="sms", sender_kind=SenderKind.BOT,
                    body="Kari leser meldingen din innen i morgen kl 12."),
            Message(conversation=conversation, direction=Direction.INBOUND, channel="sms",
                    sender_kind=SenderKind.HELPER, helper_id=helper.id, body="Ola er syk i dag."),
        ])
        case = create_escalation(s, ola, "crisis", "orker ikke mer")
        create_escalation(s, amina, "general", "hei")
        notify_veileder(s, ola, NoticeKind.ACTIVITY_OVERDUE, priority="P2", detail="CV-en er over fristen.")
        s.add(Appointment(user=ola, veileder=kari, starts_at=now + timedelta(days=2), ends_at=now + timedelta(days=2, hours=1),
                          kind=AppointmentKind.OFFICE, place="NAV Test", version=1, notified_version=1))
        s.add(Activity(user_id=ola.id, title="Send CV", deadline=date.today() - timedelta(days=1), in_agreed_plan=True,
                       status=ActivityStatus.PLANLAGT, created_by_veileder_id=kari.id))
        save_reply(s, kari, "Ringer deg", "Hei {navn}! Jeg ringer deg i dag.")
        return {"kari": kari.email, "ola": ola.id, "amina": amina.id, "case": case.id, "per": per.full_name,
                "phone": ola.phone_e164}


@pytest.fixture(scope="module")
def pages(office):
    """(name, path, what to do on the page before the check) for every inbox page."""
    return [
        ("cases", "/inbox/", None),
        ("cases, overdue only", "/inbox/?filter=overdue", None),
        ("case", f"/inbox/cases/{office['case']}", None),
        ("case, a refused reply", f"/inbox/cases/{office['case']}",
         # form.submit() passes over the page's own check, as a browser without scripts would.
         lambda page: (page.get_by_label("Svaret").fill("Hei 🙂"), page.locator("#reply-body").evaluate(
             "t => t.form.submit()"))),
        ("user", f"/inbox/users/{office['ola']}", None),
        ("user, a refused activity", f"/inbox/users/{office['ola']}",
         lambda page: page.locator("#add-activity").get_by_role("button", name="Legg til aktivitet").evaluate(
             "b => { b.form.querySelector('[name=title]').removeAttribute('required'); b.click(); }")),
        ("user without a helper", f"/inbox/users/{office['amina']}", None),
        ("innsyn", f"/inbox/users/{office['ola']}/innsyn", None),
        ("mine brukere", "/inbox/mine", None),
        ("notices", "/inbox/notices", None),
        ("search with results", "/inbox/search?q=Ola", None),
        ("search without results", "/inbox/search?q=Zyx", None),
        ("saved replies", "/inbox/svartekster", None),
    ]


@pytest.mark.parametrize("size", SIZES)
def test_axe_finds_no_violations_on_any_inbox_page(stack, browser, office, pages, size):
    context = browser.new_context(viewport=SIZES[size])
    page = context.new_page()
    base = stack.settings.public_base_url
    page.goto(f"{base}/inbox/login")
    found = {"login": axe_violations(page)}
    page.get_by_label("E-post").fill("nobody@nav.example")
    page.get_by_label("Passord").fill("wrong-password")
    page.get_by_role("button", name="Logg inn").click()
    found["login, refused"] = axe_violations(page)
    log_in(page, base, office["kari"])
    for name, path, act in pages:
        page.goto(base + path)
        if act is not None:
            with page.expect_navigation():
                act(page)
        open_all_details(page)
        found[name] = axe_violations(page)
    context.close()
    assert {name: violations for name, violations in found.items() if violations} == {}
    assert len(found) == len(pages) + 2


def test_a_reply_with_a_saved_text_is_written_and_sent_by_keyboard_alone(stack, browser, office):
    context = browser.new_context()
    page = context.new_page()
    log_in(page, stack.settings.public_base_url, office["kari"])
    page.goto(f"{stack.settings.public_base_url}/inbox/cases/{office['case']}")
    keyboard = page.keyboard

    def tab_to(selector: str, limit: int = 120) -> None:
        for _ in range(limit):
            keyboard.press("Tab")
            if page.evaluate("s => document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"{selector} cannot be reached with Tab")

    tab_to("#saved-reply")
    keyboard.press("ArrowDown")  # the only saved text is chosen already; the key changes nothing
    tab_to("form[data-saved-replies] button")
    keyboard.press("Enter")
    expect(page.locator("#reply-body")).to_have_value("Hei Ola! Jeg ringer deg i dag.")
    expect(page.locator("#reply-body")).to_be_focused()
    keyboard.press("End")
    keyboard.type(" Hilsen Kari")
    tab_to("#reply button[type=submit]")
    keyboard.press("Enter")
    expect(page.locator(".flash")).to_contain_text("Svaret er sendt som SMS", timeout=POSTED)
    assert stack.fake_twilio.messages_to(office["phone"])[-1].body == "Hei Ola! Jeg ringer deg i dag. Hilsen Kari"

    # An activity's status changed by keyboard: open the folded form, choose, save.
    page.goto(f"{stack.settings.public_base_url}/inbox/users/{office['ola']}")
    tab_to("#activities ~ ul details summary")
    keyboard.press("Enter")
    tab_to("select[name=status]")
    keyboard.press("ArrowDown")
    expect(page.locator(":focus")).to_have_value("gjennomfores")
    tab_to("#activities ~ ul details button[type=submit]")
    keyboard.press("Enter")
    expect(page.locator(".flash")).to_contain_text("er endret", timeout=POSTED)
    expect(page.locator("#activities ~ ul .activity-status").first).to_have_text("Gjennomføres")
    context.close()
