"""Reading NAV's job-ad feed (navikt/pam-stilling-feed) from a file, a folder of pages or its API.

A feed page is ``{"items": [...], "next_url": ...}``. Each item has ``_feed_entry`` with the
ad's ``uuid``, ``status`` (ACTIVE or INACTIVE) and ``sistEndret``. The ad itself (the feed's
``FeedAd``) is under ``ad_content``, which the feed's docs call ``json``: both are read, in
the item or in its ``_feed_entry``. The API lists ads without their content; an active one's
content is then fetched from the item's ``url`` (``/api/v1/feedentry/{uuid}``), as the feed's
docs describe. The API is followed through ``next_url`` until it has no more pages.
"""
import html
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urljoin

import requests

from services.oslo import OSLO

ACTIVE, INACTIVE = "ACTIVE", "INACTIVE"
REQUEST_TIMEOUT_SECONDS = 30
_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"<\s*(br|/p|/li|/h\d|/div)\b[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_ZONE_ID = re.compile(r"\[[^\]]*\]$")


class FeedError(ValueError):
    """A malformed ad: names the ad (its uuid, or its place in the page) and the field."""

    def __init__(self, ad: str, field: str, problem: str):
        super().__init__(f"ad {ad}: {field} {problem}")
        self.ad, self.field, self.problem = ad, field, problem


@dataclass(frozen=True)
class FeedAd:
    """The fields of the feed's ``FeedAd`` that the service keeps."""

    uuid: str
    title: str
    jobtitle: str
    description: str
    employer_name: str
    employer_orgnr: str | None
    extent: str
    engagement_type: str
    application_due: str
    link: str
    locations: list[dict[str, str]]
    categories: list[dict[str, Any]]
    occupations: list[dict[str, str]]
    published_at: datetime | None
    expires_at: datetime
    updated_at: datetime | None


@dataclass(frozen=True)
class FeedEntry:
    uuid: str
    status: str
    changed_at: datetime | None
    ad: FeedAd | None  # None for an INACTIVE entry (the feed sends no content for it)


def plain_text(description: str) -> str:
    """The ad's HTML as plain text: tags dropped, entities decoded, one line per paragraph."""
    text = html.unescape(_TAG.sub(" ", _BLOCK_END.sub("\n", description)))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _timestamp(value, ad: str, field: str, required: bool = False) -> datetime | None:
    """ISO 8601 as the feed writes it (Jackson's ZonedDateTime, sometimes with a zone id);
    a time without an offset is Oslo time, as the feed's own LocalDateTimes are."""
    if value in (None, ""):
        if required:
            raise FeedError(ad, field, "is missing")
        return None
    if not isinstance(value, str):
        raise FeedError(ad, field, f"is not a date ({value!r})")
    try:
        moment = datetime.fromisoformat(_ZONE_ID.sub("", value.strip()))
    except ValueError:
        raise FeedError(ad, field, f"is not a date ({value[:40]!r})") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=OSLO)


def _text(content: dict, field: str, ad: str, required: bool = False, limit: int = 300) -> str:
    value = content.get(field)
    if value is None or value == "":
        if required:
            raise FeedError(ad, field, "is missing")
        return ""
    if not isinstance(value, str):
        raise FeedError(ad, field, f"is not text ({type(value).__name__})")
    return value.strip()[:limit]


def _objects(content: dict, field: str, ad: str, keys: tuple[str, ...]) -> list[dict]:
    value = content.get(field) or []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise FeedError(ad, field, "is not a list of objects")
    return [{key: item.get(key) for key in keys if item.get(key) is not None} for item in value]


def parse_ad(content: Any, ad: str) -> FeedAd:
    """The ad under ``ad_content`` (or ``json``); FeedError names the field that is wrong."""
    if not isinstance(content, dict):
        raise FeedError(ad, "ad_content", "is not an object")
    uuid = _text(content, "uuid", ad, required=True, limit=64)
    employer = content.get("employer") or {}
    if not isinstance(employer, dict):
        raise FeedError(uuid, "employer", "is not an object")
    categories = _objects(content, "categoryList", uuid, ("categoryType", "code", "name", "score"))
    for category in categories:
        if not isinstance(category.get("score", 0), (int, float)):
            raise FeedError(uuid, "categoryList.score", f"is not a number ({category['score']!r})")
    return FeedAd(
        uuid=uuid,
        title=_text(content, "title", uuid, required=True),
        jobtitle=_text(content, "jobtitle", uuid),
        description=plain_text(_text(content, "description", uuid, limit=100_000)),
        employer_name=_text(employer, "name", uuid),
        employer_orgnr=_text(employer, "orgnr", uuid, limit=20) or None,
        extent=_text(content, "extent", uuid, limit=20),
        engagement_type=_text(content, "engagementtype", uuid, limit=60),
        application_due=_text(content, "applicationDue", uuid, limit=60),
        link=_text(content, "link", uuid, limit=500),
        locations=_objects(content, "workLocations", uuid, ("city", "postalCode", "municipal", "county", "country")),
        categories=categories,
        occupations=_objects(content, "occupationCategories", uuid, ("level1", "level2")),
        published_at=_timestamp(content.get("published"), uuid, "published"),
        expires_at=_timestamp(content.get("expires"), uuid, "expires", required=True),
        updated_at=_timestamp(content.get("updated"), uuid, "updated"),
    )


def _inline_content(item: dict, entry: dict):
    for holder in (entry, item):
        for key in ("ad_content", "json"):
            if holder.get(key) is not None:
                return holder[key]
    return None


class FeedSource:
    """Pages of the feed, from a JSON file, a folder of JSON files (read in name order) or
    the feed's URL (with a bearer token, following ``next_url``)."""

    def __init__(self, location: str, token: str | None = None, session: requests.Session | None = None):
        self.location = location
        self.is_url = location.startswith(("http://", "https://"))
        self._http = session or requests.Session()
        if token:
            self._http.headers["Authorization"] = f"Bearer {token}"
        self._http.headers["Accept"] = "application/json"
        if not self.is_url and not Path(location).exists():
            raise FileNotFoundError(location)

    @property
    def page_count(self) -> int | None:
        """How many pages there are, when that is known before reading them."""
        if self.is_url:
            return None
        path = Path(self.location)
        return len(self._files(path)) if path.is_dir() else 1

    @staticmethod
    def _files(folder: Path) -> list[Path]:
        return sorted(folder.glob("*.json"))

    def pages(self) -> Iterator[dict]:
        if self.is_url:
            yield from self._url_pages()
            return
        path = Path(self.location)
        for file in self._files(path) if path.is_dir() else [path]:
            yield json.loads(file.read_text(encoding="utf-8"))

    def _url_pages(self) -> Iterator[dict]:
        url, seen = self.location, set()
        while url and url not in seen:
            seen.add(url)
            response = self._http.get(url, timeout=REQUEST_TIMEOUT_SECONDS)
            if response.status_code == 304:  # the feed's answer for an empty page
                return
            response.raise_for_status()
            page = response.json()
            yield page
            if not page.get("items"):
                return
            url = urljoin(url, page["next_url"]) if page.get("next_url") else None

    def entries(self, page: dict) -> Iterator[FeedEntry | FeedError]:
        """Each item of the page as an entry, or the FeedError that says what is wrong with it."""
        items = page.get("items")
        if not isinstance(items, list):
            yield FeedError("(page)", "items", "is not a list")
            return
        for index, item in enumerate(items):
            try:
                yield self._entry(item, f"#{index + 1}")
            except FeedError as error:
                yield error

    def _entry(self, item: Any, place: str) -> FeedEntry:
        if not isinstance(item, dict) or not isinstance(item.get("_feed_entry"), dict):
            raise FeedError(place, "_feed_entry", "is missing")
        entry = item["_feed_entry"]
        uuid = entry.get("uuid")
        if not isinstance(uuid, str) or not uuid.strip():
            raise FeedError(place, "_feed_entry.uuid", "is missing")
        status = entry.get("status")
        if status not in (ACTIVE, INACTIVE):
            raise FeedError(uuid, "_feed_entry.status", f"is neither ACTIVE nor INACTIVE ({status!r})")
        changed_at = _timestamp(entry.get("sistEndret"), uuid, "_feed_entry.sistEndret")
        if status == INACTIVE:
            return FeedEntry(uuid, status, changed_at, None)
        content = _inline_content(item, entry)
        if content is None and self.is_url and item.get("url"):
            content = self._fetch_content(item["url"], uuid)
        if content is None:
            raise FeedError(uuid, "ad_content", "is missing")
        ad = parse_ad(content, uuid)
        if ad.uuid != uuid:
            raise FeedError(uuid, "ad_content.uuid", f"is another ad's ({ad.uuid})")
        return FeedEntry(uuid, status, changed_at, ad)

    def _fetch_content(self, url: str, uuid: str):
        response = self._http.get(urljoin(self.location, url), timeout=REQUEST_TIMEOUT_SECONDS)
        if response.status_code != 200:
            raise FeedError(uuid, "url", f"answered HTTP {response.status_code}")
        detail = response.json()
        return _inline_content(detail, detail)
