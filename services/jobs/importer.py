"""Storing the feed's ads: idempotent by the ad's uuid, one transaction per page.

An entry older than what is stored (by ``sistEndret``) changes nothing. An INACTIVE entry,
or an ad whose ``expires`` has passed, withdraws the ad: it is never matched again, unless
the feed later publishes it as ACTIVE again with a newer change. A malformed ad is reported
(ad and field) and skipped; the rest of the page is stored.
"""
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select, update

from services.jobs.feed import ACTIVE, FeedEntry, FeedError, FeedSource
from storage.models import JobAd


@dataclass
class ImportResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    errors: list[FeedError] = field(default_factory=list)

    def add(self, other: "ImportResult") -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.withdrawn += other.withdrawn
        self.errors.extend(other.errors)

    @property
    def ads(self) -> int:
        return self.new + self.updated + self.unchanged + self.withdrawn


def _row(entry: FeedEntry, now: datetime) -> dict:
    values = dict(vars(entry.ad))  # shallow: dataclasses.asdict would deep-copy every list
    expired = entry.ad.expires_at <= now
    values.update(feed_changed_at=entry.changed_at, imported_at=now, withdrawn_at=now if expired else None)
    return values


def _latest_per_ad(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The page's last entry for each ad: the feed lists an ad's changes in order."""
    return list({entry.uuid: entry for entry in entries}.values())


def import_page(session, source: FeedSource, page: dict, now: datetime) -> ImportResult:
    """Stores one page's ads in the caller's transaction."""
    result = ImportResult()
    entries = []
    for entry in source.entries(page):
        if isinstance(entry, FeedError):
            result.errors.append(entry)
        else:
            entries.append(entry)
    entries = _latest_per_ad(entries)
    stored = {
        row.uuid: row for row in session.execute(
            select(JobAd.id, JobAd.uuid, JobAd.feed_changed_at, JobAd.withdrawn_at)
            .where(JobAd.uuid.in_([e.uuid for e in entries]))
        )
    } if entries else {}

    inserts, updates = [], []
    for entry in entries:
        known = stored.get(entry.uuid)
        if known is not None and known.feed_changed_at and entry.changed_at \
                and entry.changed_at <= known.feed_changed_at:
            result.unchanged += 1
        elif entry.status != ACTIVE:
            if known is not None and known.withdrawn_at is None:
                updates.append({"id": known.id, "withdrawn_at": now, "feed_changed_at": entry.changed_at})
                result.withdrawn += 1
            else:
                result.unchanged += 1
        else:
            row = _row(entry, now)
            if row["withdrawn_at"] is not None:
                result.withdrawn += 1
            if known is None:
                inserts.append(row)
                result.new += row["withdrawn_at"] is None
            else:
                updates.append({"id": known.id, **row})
                result.updated += row["withdrawn_at"] is None
    if inserts:
        session.execute(insert(JobAd), inserts)
    if updates:
        session.execute(update(JobAd), updates)
    return result


def import_feed(db, source: FeedSource, now: datetime, pages=None) -> ImportResult:
    """Imports every page of ``source`` (or the given iterable of its pages, e.g. wrapped in a
    progress bar), one transaction per page."""
    total = ImportResult()
    for page in pages if pages is not None else source.pages():
        with db.session() as session:
            total.add(import_page(session, source, page, now))
    return total
