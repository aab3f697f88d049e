"""Screenshots of the veileder inbox for the README: ``python -m tests.support.screenshots``.

Builds a throwaway service (a SQLite file in a temporary folder, the demo data and a day of
conversations on top, SMS written to a local outbox file, no Rasa needed: nothing is texted
in), logs in as Kari in Debian's headless Chromium and saves each page at 1440 x 900 and
390 x 844 to docs/screenshots/.
"""
import argparse
import tempfile
import threading
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from werkzeug.serving import make_server

from bot import create_app
from devtools.demo_data import seed_demo
from services.cases.escalations import create_escalation
from services.messaging.saved_replies import save_reply
from services.settings import Settings
from storage import migrate
from storage.db import PROJECT_ROOT, Database
from storage.models import (
    Activity,
    ActivityStatus,
    CaseStatus,
    Conversation,
    DeliveryStatus,
    Direction,
    Escalation,
    Helper,
    HelperRole,
    HelperStatus,
    Message,
    SenderKind,
    User,
    Veileder,
    utcnow,
)

SIZES = {"wide": (1440, 900), "phone": (390, 844)}
PASSWORD = "demo-veileder-2026"
KARI = "kari.nordmann@nav.example"


def _thread(session, user: User, lines: list[tuple[int, str, str, DeliveryStatus | None]], kari: Veileder,
            helper: Helper | None = None) -> None:
    """(minutes ago, who: user/bot/kari/helper, text, delivery) in the user's thread."""
    conversation = session.execute(select(Conversation).where(Conversation.user_id == user.id)).scalar_one()
    for minutes, who, body, delivery in lines:
        inbound = who in ("user", "helper")
        session.add(Message(
            conversation=conversation, direction=Direction.INBOUND if inbound else Direction.OUTBOUND, channel="sms",
            sender_kind={"user": SenderKind.USER, "bot": SenderKind.BOT, "kari": SenderKind.VEILEDER,
                         "helper": SenderKind.HELPER}[who],
            author_veileder_id=kari.id if who == "kari" else None, helper_id=helper.id if who == "helper" else None,
            body=body, delivery_status=delivery, created_at=utcnow() - timedelta(minutes=minutes)))
    session.flush()


def seed_a_working_day(session) -> None:
    """What Kari's inbox looks like in the middle of a day, on top of the demo data."""
    seed_demo(session, veileder_password=PASSWORD)
    users = {u.first_name: u for u in session.execute(select(User)).scalars()}
    kari = session.execute(select(Veileder).where(Veileder.email == KARI)).scalar_one()
    ola, amina, john, nora = users["Ola"], users["Amina"], users["John"], users["Nora"]
    sister = Helper(user_id=amina.id, phone_e164="+4748123456", name="Leyla", role=HelperRole.HELPER,
                    status=HelperStatus.ACTIVE, gets_reminders=True, added_by_veileder_id=kari.id,
                    answered_at=utcnow() - timedelta(days=2))
    session.add(sister)
    session.flush()
    delivered = DeliveryStatus.DELIVERED
    _thread(session, ola, [
        (2900, "bot", "Hei! Kari har satt opp et møte med deg torsdag kl. 10.00, på NAV Grünerløkka. "
                      "Kan du komme? Svar JA, eller NEI hvis tiden ikke passer.", delivered),
        (95, "user", "hei kari. har fått tilbud om jobb på lageret til rema fra mandag!! men vet ikke "
                     "hva jeg skal gjøre med møtet på torsdag", None),
        (94, "bot", "Takk for at du forteller det. Jeg har sendt det videre, så NAV kan se på det sammen med deg. "
                    "Kari leser meldingen din innen i dag kl 14.", delivered),
        (12, "user", "kan du ringe meg etter kl 12?", None),
    ], kari)
    _thread(session, amina, [
        (4000, "user", "orker ikke mer", None),
        (3999, "bot", "Takk for at du sier det, du er ikke alene. Er du i fare nå, ring 113. Du kan også snakke "
                      "med noen på Mental Helse sin hjelpetelefon 116 123, hele døgnet.", delivered),
        (3900, "kari", "Hei Amina, dette er Kari. Jeg ringer deg om en halvtime. Er det greit?", delivered),
        (40, "helper", "Hei, dette er Leyla, søsteren til Amina. Hun er syk i dag og kan ikke komme på "
                       "praksisplassen. Hun ringer dere i morgen.", None),
    ], kari, sister)
    _thread(session, john, [
        (600, "bot", "Hi! Your counsellor Kari has set up a meeting with you.", DeliveryStatus.UNDELIVERED),
    ], kari)
    _thread(session, nora, [(30, "user", "når kommer pengene denne mnd? har ikke fått noe", None)], kari)
    john.sms_unreachable_at, john.sms_unreachable_code = utcnow() - timedelta(hours=10), 30006
    create_escalation(session, ola, "situation_change", "hei kari. har fått tilbud om jobb på lageret til rema fra "
                      "mandag!! men vet ikke hva jeg skal gjøre med møtet på torsdag",
                      now=utcnow() - timedelta(minutes=95))
    crisis = create_escalation(session, amina, "crisis", "orker ikke mer", now=utcnow() - timedelta(days=3))
    crisis.status = CaseStatus.RESOLVED
    create_escalation(session, amina, "helper_message", "Leyla (hjelper): Hun er syk i dag og kan ikke komme på "
                      "praksisplassen.", now=utcnow() - timedelta(minutes=40))
    create_escalation(session, nora, "payment_question", "når kommer pengene denne mnd? har ikke fått noe",
                      now=utcnow() - timedelta(minutes=30))
    session.add_all([
        Activity(user_id=ola.id, title="Send CV til Rema 1000", deadline=date.today() - timedelta(days=2),
                 status=ActivityStatus.GJENNOMFORES, in_agreed_plan=True, created_by_veileder_id=kari.id),
        Activity(user_id=ola.id, title="Jobbsøkerkurs, uke 2", deadline=date.today() + timedelta(days=9),
                 status=ActivityStatus.PLANLAGT, in_agreed_plan=True, created_by_veileder_id=kari.id),
    ])
    save_reply(session, kari, "Ringer deg", "Hei {navn}! Jeg ringer deg i dag. Hilsen Kari")
    save_reply(session, kari, "Møtet står", "Hei {navn}! Møtet vårt står som avtalt. Si fra om noe er i veien.")


def _serve(app, port: int):
    server = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def take_screenshots(out: Path, port: int) -> list[Path]:
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="kontakt-screens-"))
    url = f"sqlite:///{work}/kontakt.db"
    migrate.upgrade(url, configure_logging=False)
    with Database(url).session() as session:
        seed_a_working_day(session)
        ola_id, ola_case = session.execute(
            select(User.id, Escalation.id).join(Escalation, Escalation.user_id == User.id)
            .where(User.first_name == "Ola", Escalation.status != CaseStatus.RESOLVED)).one()
    settings = Settings.from_env({"KONTAKT_ENV": "development", "DATABASE_URL": url,
                                  "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
                                  "SMS_OUTBOX_PATH": str(work / "outbox.jsonl")})
    app = create_app(settings)
    server = _serve(app, port)
    base = f"http://127.0.0.1:{port}/inbox"
    pages = {"cases": "/", "case": f"/cases/{ola_case}", "caseload": "/mine", "user": f"/users/{ola_id}"}
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
            for size_name, (width, height) in SIZES.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                page.goto(f"{base}/login")
                page.get_by_label("E-post").fill(KARI)
                page.get_by_label("Passord").fill(PASSWORD)
                page.get_by_role("button", name="Logg inn").click()
                for name, path in pages.items():
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    target = out / f"{name}-{size_name}.png"
                    page.screenshot(path=str(target))
                    saved.append(target)
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(PROJECT_ROOT / "docs" / "screenshots"))
    parser.add_argument("--port", type=int, default=5077)
    args = parser.parse_args()
    for path in take_screenshots(Path(args.out), args.port):
        print(path)


if __name__ == "__main__":
    main()
