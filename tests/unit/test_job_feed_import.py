"""Importing NAV's job-ad feed: idempotent by uuid, withdrawn ads, a malformed ad, paging over HTTP."""
import copy
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import func, select

from devtools.job_feed import feed_pages, generate, write_pages
from services.jobs.feed import FeedSource, plain_text
from services.jobs.importer import import_feed
from storage.models import JobAd, utcnow

NOW = utcnow()


@pytest.fixture(scope="module")
def sample():
    return generate(60, seed=5, now=NOW)


def _count(db, *where) -> int:
    with db.session() as session:
        return session.execute(select(func.count(JobAd.id)).where(*where)).scalar_one()


def test_a_folder_of_pages_is_imported_once_and_again_changes_nothing(db, tmp_path, sample):
    write_pages(feed_pages(sample, page_size=25), tmp_path)
    first = import_feed(db, FeedSource(str(tmp_path)), NOW)
    expired = sum(meta.expired for _, meta in sample)
    assert (first.new, first.withdrawn, first.errors) == (60 - expired, expired, [])

    again = import_feed(db, FeedSource(str(tmp_path)), NOW)
    assert (again.new, again.updated, again.withdrawn, again.unchanged) == (0, 0, 0, 60)
    assert _count(db) == 60
    with db.session() as session:
        ad = session.execute(select(JobAd).where(JobAd.uuid == sample[0][0]["uuid"])).scalar_one()
        assert ad.title == sample[0][0]["title"] and "<" not in ad.description
        assert ad.categories[0]["categoryType"] == "STYRK08" and ad.locations[0]["postalCode"]


def test_a_newer_entry_updates_the_ad_and_an_inactive_one_withdraws_it(db, tmp_path, sample):
    ads = [(copy.deepcopy(ad), meta) for ad, meta in sample[:3] if not meta.expired][:2]
    write_pages(feed_pages(ads, page_size=10), tmp_path / "first")
    import_feed(db, FeedSource(str(tmp_path / "first")), NOW)

    changed = copy.deepcopy(ads[0][0])
    changed["title"] = "Lagermedarbeider (ny tekst)"
    changed["updated"] = (NOW + timedelta(minutes=5)).isoformat()
    later = feed_pages([(changed, ads[0][1])], page_size=10, withdrawn={ads[1][0]["uuid"]})
    later[0]["items"].append(feed_pages([ads[1]], 10, withdrawn={ads[1][0]["uuid"]})[0]["items"][-1])
    write_pages(later, tmp_path / "later")
    result = import_feed(db, FeedSource(str(tmp_path / "later")), NOW)

    assert (result.updated, result.withdrawn) == (1, 1)
    with db.session() as session:
        first, second = (session.execute(select(JobAd).where(JobAd.uuid == ad["uuid"])).scalar_one()
                         for ad, _ in ads)
        assert first.title == "Lagermedarbeider (ny tekst)" and first.withdrawn_at is None
        assert second.withdrawn_at is not None


def test_a_malformed_ad_is_named_with_its_field_and_the_rest_is_imported(db, tmp_path, sample):
    page = feed_pages(copy.deepcopy(sample[:5]), page_size=10)[0]
    broken = page["items"][2]["_feed_entry"]["ad_content"]
    broken["expires"] = "neste uke"
    page["items"][3]["_feed_entry"]["json"] = page["items"][3]["_feed_entry"].pop("ad_content")  # the docs' key
    (tmp_path / "page.json").write_text(json.dumps(page), encoding="utf-8")

    result = import_feed(db, FeedSource(str(tmp_path / "page.json")), NOW)

    assert [(e.ad, e.field) for e in result.errors] == [(broken["uuid"], "expires")]
    assert "neste uke" in str(result.errors[0])
    assert _count(db) == 4


def test_the_command_shows_progress_and_reports_what_was_skipped(app, tmp_path, sample):
    pages = feed_pages(copy.deepcopy(sample[:12]), page_size=5)
    del pages[0]["items"][0]["_feed_entry"]["ad_content"]["title"]
    write_pages(pages, tmp_path)

    result = app.test_cli_runner().invoke(args=["import-jobs", str(tmp_path)])

    assert result.exit_code == 0, result.output
    assert "1 malformed" in result.stdout and f"ad {sample[0][0]['uuid']}: title is missing" in result.stderr
    assert "Importing job ads" in result.stderr


class _FeedApi(BaseHTTPRequestHandler):
    """The feed's API as navikt/pam-stilling-feed serves it: pages without content, each ad at its url."""

    pages: list[dict] = []
    ads: dict[str, dict] = {}
    token = "feed-token"
    requests: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        type(self).requests.append(self.path)
        if self.headers.get("Authorization") != f"Bearer {self.token}":
            self.send_response(401)
            self.end_headers()
            return
        if self.path == "/api/v1/feed":
            body = self.pages[0]
        elif self.path.startswith("/api/v1/feed/"):
            body = next(p for p in self.pages if p["id"] == self.path.rsplit("/", 1)[1])
        else:
            uuid = self.path.rsplit("/", 1)[1]
            body = {"uuid": uuid, "ad_content": self.ads[uuid], "sistEndret": self.ads[uuid]["updated"],
                    "status": "ACTIVE"}
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data)


def test_the_feed_api_is_followed_through_next_url_with_the_bearer_token(db, sample):
    ads = [(ad, meta) for ad, meta in copy.deepcopy(sample) if not meta.expired][:7]
    pages = feed_pages(ads, page_size=3)
    for page in pages:
        for item in page["items"]:
            del item["_feed_entry"]["ad_content"]
    _FeedApi.pages, _FeedApi.ads, _FeedApi.requests = pages, {ad["uuid"]: ad for ad, _ in ads}, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FeedApi)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = import_feed(db, FeedSource(f"http://127.0.0.1:{server.server_port}/api/v1/feed", "feed-token"), NOW)
    finally:
        server.shutdown()

    assert (result.new, result.errors) == (7, [])
    assert sum(path.startswith("/api/v1/feed/") for path in _FeedApi.requests) == len(pages) - 1
    assert sum(path.startswith("/api/v1/feedentry/") for path in _FeedApi.requests) == 7


def test_the_ad_html_becomes_plain_text():
    assert plain_text("<p>Vi s&oslash;ker <strong>deg</strong></p><ul><li>pakke</li><li>plukke</li></ul>") == \
        "Vi søker deg\npakke\nplukke"
