"""Real headless Chromium for the inbox's browser tests (Playwright with Debian's chromium),
and axe-core for accessibility."""
from contextlib import contextmanager

import pytest

from tests.support.people import TEST_PASSWORD
from tests.support.processes import PROJECT_ROOT

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@contextmanager
def launch_chromium():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def log_in(page, base_url: str, email: str) -> None:
    page.goto(f"{base_url}/inbox/")
    page.get_by_label("E-post").fill(email)
    page.get_by_label("Passord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Logg inn").click()


AXE_SOURCE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[str]:
    """What axe-core (npm, installed by the setup) finds on the page as it is now: one line
    per violation and element. Loaded through the DevTools protocol, so the page's own
    Content-Security-Policy (no inline scripts) stays as it is."""
    if not AXE_SOURCE.exists():
        raise RuntimeError(f"{AXE_SOURCE} is missing: run the setup (make setup), which installs axe-core")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE.read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [f"{violation['id']} ({violation['impact']}): {node['target']} {violation['help']}"
            for violation in result["violations"] for node in violation["nodes"]]


def open_all_details(page) -> None:
    """Opens every <details> on the page, so that the forms inside are checked too."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
