"""The user page in a real headless Chromium against the running service: a veileder books
a meeting and the user's confirmation request (from the real Rasa server) arrives at the
fake Twilio API; a notice is seen and marked read; a case goes to a colleague."""
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from services.appointments.texts import format_when
from services.cases.escalations import create_escalation
from services.oslo import OSLO
from services.staff.notices import notify_veileder
from storage.models import Appointment, AuditEvent, Escalation, NoticeKind, User, VeilederNotice, utcnow
from tests.support.browser import log_in
from tests.support.people import make_team, make_user, make_veileder

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect


@pytest.fixture
def people(stack):
    """Kari (Ola's veileder) and Per in one team; Ola may get texts all day, so the test
    passes at any hour."""
    with stack.db.session() as s:
        team = make_team(s, "Team Side")
        kari, per = make_veileder(s, team, "Kari"), make_veileder(s, team, "Per")
        ola = make_user(s, team, kari, "Ola")
        ola.contact_window_start, ola.contact_window_end = time(0, 0), time.max
        return {"kari": kari.email, "per_id": per.id, "per": per.full_name, "phone": ola.phone_e164,
                "user_id": ola.id}


@pytest.fixture
def page(stack, browser, people):
    context = browser.new_context()
    page = context.new_page()
    log_in(page, stack.settings.public_base_url, people["kari"])
    yield page
    context.close()


def test_a_meeting_booked_in_the_inbox_asks_the_user_to_confirm_by_sms(stack, page, people):
    starts = datetime.combine((utcnow() + timedelta(days=9)).astimezone(OSLO).date(), time(13, 30), tzinfo=OSLO)
    page.goto(f"{stack.settings.public_base_url}/inbox/users/{people['user_id']}")
    book = page.locator("#book")
    book.get_by_label("Dato").fill(starts.strftime("%Y-%m-%d"))
    book.get_by_label("Klokkeslett").fill("13:30")
    book.get_by_label("Varighet").select_option("45")
    book.get_by_label("Type").select_option("office")
    book.get_by_label("Sted").fill("NAV Side, Storgata 1")
    book.get_by_role("button", name="Book møtet").click()

    expect(page.locator(".flash")).to_contain_text("Møtet er booket")
    expect(page.locator("section.appointment")).to_contain_text(starts.strftime("%d.%m.%Y 13:30"))
    sms = stack.fake_twilio.messages_to(people["phone"])[-1].body
    assert sms == (f"Hei! Kari har satt opp et møte med deg {format_when(starts)}, på NAV Side, Storgata 1. "
                   "Kan du komme? Svar JA, eller NEI hvis tiden ikke passer.")
    with stack.db.session() as s:
        booked = s.execute(select(Appointment).where(Appointment.user_id == people["user_id"])).scalar_one()
        assert booked.starts_at == starts and booked.notified_version == booked.version

    # The same time again: refused kindly, on the form, with what was typed.
    book = page.locator("#book")
    book.get_by_label("Dato").fill(starts.strftime("%Y-%m-%d"))
    book.get_by_label("Klokkeslett").fill("13:45")
    book.get_by_role("button", name="Book møtet").click()
    expect(page.locator("#book [role=alert]")).to_contain_text("har allerede et møte på den tiden")
    expect(page.locator("#book").get_by_label("Klokkeslett")).to_have_value("13:45")


def test_a_notice_is_seen_and_marked_read(stack, page, people):
    with stack.db.session() as s:
        notice = notify_veileder(s, s.get(User, people["user_id"]), NoticeKind.SMS_UNREACHABLE, priority="P2",
                                 detail="Kan ikke nås på SMS (Twilio-feil 30006).")
        s.get(User, people["user_id"]).sms_unreachable_at = utcnow()
        s.flush()
        notice_id = notice.id
    page.get_by_role("link", name="Beskjeder").click()
    item = page.locator(f"#notice-{notice_id}")
    expect(item).to_contain_text("Kan ikke nås på SMS (Twilio-feil 30006).")
    expect(item.locator(".tag-unreachable")).to_have_text("Nås ikke på SMS")
    item.get_by_role("link", name="Ola").click()
    expect(page.locator(".unreachable")).to_contain_text("Kan ikke nås på SMS.")

    page.locator(f"#notice-{notice_id}").get_by_role("button", name="Marker som lest").click()
    expect(page.locator(".flash")).to_contain_text("markert som lest")
    expect(page.locator(f"#notice-{notice_id}")).to_contain_text("Lest")
    with stack.db.session() as s:
        assert s.get(VeilederNotice, notice_id).read_at is not None


def test_a_case_is_reassigned_to_a_colleague(stack, page, people):
    with stack.db.session() as s:
        case_id = create_escalation(s, s.get(User, people["user_id"]), "general", "hvem er veilederen min nå?").id
    page.goto(f"{stack.settings.public_base_url}/inbox/cases/{case_id}")
    page.get_by_text("Flytt saken til en kollega").click()
    page.get_by_label("Flytt saken til", exact=True).select_option(label=people["per"])
    page.get_by_role("button", name="Flytt saken").click()
    expect(page.locator(".flash")).to_contain_text(f"Saken er flyttet til {people['per']}")
    with stack.db.session() as s:
        assert s.get(Escalation, case_id).assigned_veileder_id == people["per_id"]
        moved = s.execute(select(AuditEvent).where(AuditEvent.action == "case_reassigned",
                                                   AuditEvent.user_id == people["user_id"])).scalar_one()
        assert moved.detail == f"case {case_id} to veileder {people['per_id']}"
