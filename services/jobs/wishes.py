"""The user's job wishes (stillingsønsker): read from their words, asked about, saved.

A message such as "vil jobbe med bil" or "bare deltid pga helse" becomes a proposed
``WishChange``; the assistant asks before anything is saved, and only a yes saves it
(``save_change``). Only what the change names is kept: "pga helse" leaves nothing behind
but the extent or limit it led to. A veileder adds and removes wishes on the user page.
"""
import json
import re
from dataclasses import asdict, dataclass, field

from sqlalchemy import delete, select

from services.jobs.limits import LIMITS, limits_in_words
from services.jobs.occupations import occupation_name
from services.jobs.places import municipalities, municipality_named, municipality_of_postcode
from services.messaging.texts import text
from storage.models import JobWish, User, WishKind, WishSource

EXTENTS = ("heltid", "deltid")
MAX_RADIUS_KM = 500
# What one question may propose, so that "Skal jeg lagre at du ønsker ...?" fits one SMS
# thread whatever the user wrote (tests/unit/test_every_text_through_the_outbox.py).
MAX_OCCUPATIONS = 2
MAX_OCCUPATION_LENGTH = 30
MAX_MUNICIPALITIES = 2
_PART_TIME = re.compile(r"\bdeltid\w*|\bhalv\w* stilling|\b50 ?%|\bpart.time")
_FULL_TIME = re.compile(r"\bheltid\w*|\bfull ?tid\w*|\b100 ?%|\bfull.time")
_RADIUS = re.compile(r"\b(?:innen|innenfor|maks|max|within)\s+(\d{1,3})\s*km\s+(?:fra|frå|av|rundt|fra postnummer|of|from)\s+(\d{4})\b")
_OCCUPATION = re.compile(
    r"\b(?:jobbe|jobb|arbeide|arbeid|work|working|job)\s+(?:med|som|innen|i|på|as|with|in)\s+([a-zæøå][a-zæøå -]*)")
_CUT = re.compile(r"\s(?:i|på|pga|fordi|men|og|eller|innen|nær|in|near|because|but|and)\s.*$|\s+$")
_NOT_AN_OCCUPATION = {"noe", "hva", "alt", "det", "deltid", "heltid", "natt", "helg", "dag", "dagtid", "something",
                      "anything", "part", "full", "full-time", "part-time"}


@dataclass
class WishChange:
    """What the assistant proposes to save; empty when the words held nothing it can save."""

    occupations: list[str] = field(default_factory=list)
    municipalities: list[str] = field(default_factory=list)
    postcode: str | None = None
    radius_km: int | None = None
    extent: str | None = None
    limits: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.occupations or self.municipalities or self.postcode or self.extent or self.limits)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, value: str | None) -> "WishChange":
        if not value:
            return cls()
        try:
            data = json.loads(value)
        except ValueError:
            return cls()
        return cls(**{key: data.get(key) for key in cls.__dataclass_fields__ if data.get(key) is not None})


def _occupation_words(lowered: str, entities: list[str]) -> list[str]:
    found = [e.strip().casefold() for e in entities if e and e.strip()]
    if not found:
        match = _OCCUPATION.search(lowered)
        if match:
            words = _CUT.sub("", match.group(1)).strip()
            found = [" ".join(words.split()[:3])] if words else []
    places = set(municipalities())
    return [w for w in dict.fromkeys(found) if w and w not in _NOT_AN_OCCUPATION and w not in places
            and len(w) <= MAX_OCCUPATION_LENGTH][:MAX_OCCUPATIONS]


def read_change(words: str, job_types: list[str] | None = None) -> WishChange:
    """The wish in the user's words; ``job_types`` are the assistant's ``job_type`` entities."""
    lowered = " ".join(words.casefold().split())
    change = WishChange(occupations=_occupation_words(lowered, job_types or []),
                        limits=limits_in_words(lowered))
    if _PART_TIME.search(lowered):
        change.extent = "deltid"
    elif _FULL_TIME.search(lowered):
        change.extent = "heltid"
    radius = _RADIUS.search(lowered)
    if radius and municipality_of_postcode(radius.group(2)) and 0 < int(radius.group(1)) <= MAX_RADIUS_KM:
        change.postcode, change.radius_km = radius.group(2), int(radius.group(1))
    change.municipalities = [m.name for key, m in municipalities().items()
                             if re.search(rf"(?<![\wæøå]){re.escape(key)}(?![\wæøå])", lowered)][:MAX_MUNICIPALITIES]
    return change


def _list(parts: list[str], language: str) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {text('list_and', language)} {parts[-1]}"


def describe(change: WishChange, language: str) -> str:
    """"jobb med bil, jobb i Oslo og deltid": the change in the assistant's question."""
    parts = [text("job_wish_occupation", language).format(words=w) for w in change.occupations]
    parts += [text("job_wish_place", language).format(place=m) for m in change.municipalities]
    if change.postcode:
        parts.append(text("job_wish_radius", language).format(km=change.radius_km, postcode=change.postcode))
    if change.extent:
        parts.append(text(f"job_wish_{change.extent}", language))
    parts += [LIMITS[code].wish_en if language == "en" else LIMITS[code].wish_nb for code in change.limits]
    return _list(parts, language)


def offer_text(change: WishChange, language: str) -> str:
    """"Skal jeg slutte å sende jobber som krever førerkort?" for limits alone, else
    "Skal jeg lagre at du ønsker ...?": the question before anything is saved."""
    if change.limits and not (change.occupations or change.municipalities or change.postcode or change.extent):
        what = [LIMITS[code].stop_en if language == "en" else LIMITS[code].stop_nb for code in change.limits]
        return text("job_offer_stop", language).format(what=f" {text('list_and', language)} ".join(what))
    return text("job_offer_save", language).format(what=describe(change, language))


def _rows(change: WishChange) -> list[tuple[WishKind, str, int | None]]:
    rows = [(WishKind.OCCUPATION, w, None) for w in change.occupations]
    rows += [(WishKind.PLACE, m, None) for m in change.municipalities]
    if change.postcode:
        rows.append((WishKind.PLACE, change.postcode, change.radius_km))
    rows += [(WishKind.LIMIT, code, None) for code in change.limits]
    return rows


def add_wish(session, user: User, kind: WishKind, value: str, source: WishSource, *, radius_km: int | None = None,
             veileder_id: int | None = None, message_id: int | None = None) -> JobWish:
    """Adds one wish, or returns the same one already there (its radius updated)."""
    existing = session.execute(
        select(JobWish).where(JobWish.user_id == user.id, JobWish.kind == kind, JobWish.value == value)
    ).scalar_one_or_none()
    if existing is not None:
        existing.radius_km = radius_km
        return existing
    wish = JobWish(user_id=user.id, kind=kind, value=value, radius_km=radius_km, source=source,
                   created_by_veileder_id=veileder_id, confirmed_by_message_id=message_id)
    session.add(wish)
    session.flush()
    return wish


def set_extent(session, user: User, extent: str, source: WishSource, *, veileder_id: int | None = None,
               message_id: int | None = None) -> JobWish:
    """Full or part time: one wish, the new one replaces the old."""
    session.execute(delete(JobWish).where(JobWish.user_id == user.id, JobWish.kind == WishKind.EXTENT,
                                          JobWish.value != extent))
    return add_wish(session, user, WishKind.EXTENT, extent, source, veileder_id=veileder_id, message_id=message_id)


def save_change(session, user: User, change: WishChange, source: WishSource, message_id: int | None) -> list[JobWish]:
    """Saves a change the user said yes to."""
    saved = [add_wish(session, user, kind, value, source, radius_km=radius, message_id=message_id)
             for kind, value, radius in _rows(change)]
    if change.extent:
        saved.append(set_extent(session, user, change.extent, source, message_id=message_id))
    return saved


def wishes_of(session, user_id: int) -> list[JobWish]:
    return session.execute(
        select(JobWish).where(JobWish.user_id == user_id).order_by(JobWish.kind, JobWish.id)
    ).scalars().all()


def valid_wish(kind: WishKind, value: str, radius_km: int | None) -> str | None:
    """What is wrong with a wish a veileder typed, or None when it can be saved."""
    value = value.strip()
    if not value or len(value) > 120:
        return "Skriv et ønske (høyst 120 tegn)."
    if kind is WishKind.OCCUPATION and value.isdigit() and occupation_name(value) is None:
        return f"{value} er ikke en STYRK-08-kode tjenesten kjenner."
    if kind is WishKind.PLACE:
        if radius_km is not None:
            if municipality_of_postcode(value) is None:
                return f"Postnummeret {value} er ikke i tjenestens stedstabell."
            if not 0 < radius_km <= MAX_RADIUS_KM:
                return f"Avstanden må være mellom 1 og {MAX_RADIUS_KM} km."
        elif municipality_named(value) is None:
            return f"{value} er ikke en kommune tjenesten kjenner."
    if kind is WishKind.EXTENT and value not in EXTENTS:
        return "Velg heltid eller deltid."
    if kind is WishKind.LIMIT and value not in LIMITS:
        return "Velg en av begrensningene i lista."
    return None
