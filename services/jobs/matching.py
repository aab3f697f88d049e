"""Matching vacancies to a user's job wishes, in a way a veileder can follow.

First the hard filters: the ad is active and not expired, in a wished place (a municipality,
or within N km of a postcode), of the wished extent, asks for nothing the user's limits rule
out (services/jobs/limits.py), and was never sent to the user before (nor turned down).
Then a score from
- the ad's short text (title, job title, occupation names) against the user's occupation
  words, as TF-IDF over character n-grams within words, so that "lager" finds
  "Lagermedarbeider" and "Plukker til sentrallager";
- the whole ad text against the same words, as TF-IDF over Norwegian (Snowball) word stems;
- the ad's STYRK-08 codes against the user's codes.
A user with no occupation wish gets no matches: the service sends work the user asked for,
not standard offers. Each match carries a short reason: "lager i Oslo, deltid".

Users are scored in groups that share the same places, so a whole office is one sparse
matrix product per group (``match_users``).
"""
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from snowballstemmer import stemmer
from sqlalchemy import select

from services.jobs.limits import LIMITS, ad_needs_any
from services.jobs.occupations import occupation_name
from services.jobs.places import distance_km, first_place, municipalities, municipality_of_postcode, place_name
from storage.models import JobAd, JobMatch, JobWish, WishKind

MATCHES_PER_MESSAGE = 3
# Tuned on the tuning half of bench/jobs/labelled_wishes.yml, never on the held-out half.
SHORT_WEIGHT, TEXT_WEIGHT, CODE_WEIGHT = 0.6, 0.4, 0.5
MIN_SCORE = 0.12
# Users scored in one matrix product: bounds the dense score block (ads x users) in memory.
USERS_PER_PRODUCT = 256
_WORD = re.compile(r"[a-zæøåéü0-9]+")
NGRAM_SIZES = (3, 4, 5)
_NORWEGIAN = stemmer("norwegian")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _NORWEGIAN.stemWord(word)


def stemmed_words(text: str) -> list[str]:
    return [_stem(word) for word in _WORD.findall(text.casefold())]


@lru_cache(maxsize=200_000)
def _word_ngrams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(padded[start:start + size] for size in NGRAM_SIZES for start in range(len(padded) - size + 1))


def character_ngrams(text: str) -> list[str]:
    """Character n-grams within each word, padded with a space (scikit-learn's "char_wb"),
    each word's n-grams computed once: titles repeat the same words."""
    return [gram for word in _WORD.findall(text.casefold()) for gram in _word_ngrams(word)]


def _place_key(name: str | None) -> str:
    return (name or "").strip().casefold()


@dataclass(frozen=True)
class Wishes:
    """What one user wishes, as the matcher needs it."""

    user_id: int
    words: tuple[str, ...] = ()
    codes: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # municipality names, lower case
    radii: tuple[tuple[str, int], ...] = ()  # (postcode, km)
    extent: str | None = None
    limits: frozenset[str] = frozenset()
    already_matched: frozenset[int] = frozenset()  # ad ids sent or turned down before

    @property
    def query(self) -> str:
        return " ".join([*self.words, *(occupation_name(code) or "" for code in sorted(self.codes))]).strip()


@dataclass(frozen=True)
class Match:
    user_id: int
    ad_id: int
    score: float
    reason: str


@dataclass
class AdIndex:
    """The active, unexpired ads, vectorised once for a whole run."""

    ad_ids: np.ndarray
    titles: list[str]
    places: list[str]  # the first work location's municipality, as the SMS names it
    extents: np.ndarray  # "heltid" / "deltid"
    short_vectorizer: TfidfVectorizer
    text_vectorizer: TfidfVectorizer
    code_columns: dict[str, int]
    # The short text's, the whole text's and the codes' columns side by side, each weighted:
    # one product with a user's query (built the same way) is the whole score.
    features: sparse.csr_matrix
    place_rows: dict[str, np.ndarray]  # municipality (lower case) -> rows
    needs: dict[str, np.ndarray]  # limit code -> bool per row

    @property
    def size(self) -> int:
        return len(self.ad_ids)


def _short_text(ad) -> str:
    names = [c.get("name", "") for c in ad.categories] + [o.get("level2", "") for o in ad.occupations]
    return " ".join([ad.title, ad.jobtitle, *names])


def _codes(ad) -> set[str]:
    return {c.get("code", "") for c in ad.categories if c.get("categoryType", "").startswith("STYRK08")}


def build_index(session, now: datetime) -> AdIndex:
    ads = session.execute(
        select(JobAd.id, JobAd.title, JobAd.jobtitle, JobAd.description, JobAd.extent, JobAd.locations,
               JobAd.categories, JobAd.occupations)
        .where(JobAd.withdrawn_at.is_(None), JobAd.expires_at > now).order_by(JobAd.id)
    ).all()
    return index_of(ads)


def index_of(ads) -> AdIndex:
    """The index of rows with the columns of ``build_index``'s query."""
    short_vectorizer = TfidfVectorizer(analyzer=character_ngrams, sublinear_tf=True, dtype=np.float32)
    text_vectorizer = TfidfVectorizer(analyzer=stemmed_words, sublinear_tf=True, dtype=np.float32)
    if not ads:
        return AdIndex(np.array([], dtype=np.int64), [], [], np.array([]), short_vectorizer, text_vectorizer, {},
                       sparse.csr_matrix((0, 0), dtype=np.float32), {}, {})
    short_matrix = short_vectorizer.fit_transform([_short_text(ad) for ad in ads])
    full_texts = [f"{ad.title}\n{ad.jobtitle}\n{ad.description}" for ad in ads]
    text_matrix = text_vectorizer.fit_transform(full_texts)

    code_columns: dict[str, int] = {}
    code_rows, code_cols = [], []
    place_rows: dict[str, list[int]] = defaultdict(list)
    places, needs = [], {code: np.zeros(len(ads), dtype=bool) for code in LIMITS}
    for row, ad in enumerate(ads):
        codes = _codes(ad)
        for code in codes:
            code_rows.append(row)
            code_cols.append(code_columns.setdefault(code, len(code_columns)))
        for location in ad.locations:
            name = place_name(location)
            if name:
                place_rows[_place_key(name)].append(row)
        places.append(first_place(ad.locations))
        for code in ad_needs_any(full_texts[row].casefold(), codes):
            needs[code][row] = True
    code_matrix = sparse.csr_matrix((np.ones(len(code_rows), dtype=np.float32), (code_rows, code_cols)),
                                    shape=(len(ads), max(len(code_columns), 1)))
    return AdIndex(
        ad_ids=np.array([ad.id for ad in ads], dtype=np.int64), titles=[ad.title for ad in ads], places=places,
        extents=np.array([(ad.extent or "").casefold() for ad in ads]),
        short_vectorizer=short_vectorizer, text_vectorizer=text_vectorizer, code_columns=code_columns,
        features=_side_by_side(short_matrix, text_matrix, code_matrix),
        place_rows={key: np.unique(np.array(rows)) for key, rows in place_rows.items()}, needs=needs,
    )


def _side_by_side(short: sparse.spmatrix, text: sparse.spmatrix, codes: sparse.spmatrix) -> sparse.csr_matrix:
    return sparse.hstack([SHORT_WEIGHT * short, TEXT_WEIGHT * text, CODE_WEIGHT * codes], format="csr",
                         dtype=np.float32)


def wishes_of_users(session, user_ids: list[int]) -> dict[int, Wishes]:
    """Each user's wishes and the ads already sent to them (or turned down)."""
    collected: dict[int, dict] = {uid: defaultdict(list) for uid in user_ids}
    for chunk in (user_ids[i:i + 900] for i in range(0, len(user_ids), 900)):
        for wish in session.execute(select(JobWish).where(JobWish.user_id.in_(chunk))).scalars():
            collected[wish.user_id][wish.kind].append(wish)
        for user_id, ad_id in session.execute(
                select(JobMatch.user_id, JobMatch.ad_id).where(JobMatch.user_id.in_(chunk))):
            collected[user_id]["matched"].append(ad_id)
    return {uid: _wishes(uid, found) for uid, found in collected.items()}


def _wishes(user_id: int, found: dict) -> Wishes:
    occupations = [w.value for w in found[WishKind.OCCUPATION]]
    places = found[WishKind.PLACE]
    extents = [w.value for w in found[WishKind.EXTENT]]
    return Wishes(
        user_id=user_id,
        words=tuple(v for v in occupations if not v.isdigit()),
        codes=frozenset(v for v in occupations if v.isdigit()),
        places=frozenset(_place_key(w.value) for w in places if w.radius_km is None),
        radii=tuple(sorted((w.value, w.radius_km) for w in places if w.radius_km is not None)),
        extent=extents[-1] if extents else None,
        limits=frozenset(w.value for w in found[WishKind.LIMIT]),
        already_matched=frozenset(found["matched"]),
    )


@lru_cache(maxsize=4096)
def _within(postcode: str, km: int) -> frozenset[str]:
    centre = municipality_of_postcode(postcode)
    if centre is None:
        return frozenset()
    return frozenset(key for key, m in municipalities().items() if distance_km(centre, m) <= km)


def _place_keys(wishes: Wishes) -> frozenset[str] | None:
    """The municipalities the user wishes for (a radius resolved), or None for anywhere."""
    if not wishes.places and not wishes.radii:
        return None
    return frozenset(wishes.places).union(*(_within(postcode, km) for postcode, km in wishes.radii))


def _candidate_rows(index: AdIndex, keys: frozenset[str] | None) -> np.ndarray:
    if keys is None:
        return np.arange(index.size)
    rows = [index.place_rows[key] for key in keys if key in index.place_rows]
    return np.unique(np.concatenate(rows)) if rows else np.array([], dtype=np.int64)


def _allowed(index: AdIndex, rows: np.ndarray, wishes: Wishes) -> np.ndarray:
    """A mask over ``rows``: the extent and the user's limits."""
    mask = np.ones(len(rows), dtype=bool)
    if wishes.extent:
        mask &= index.extents[rows] == wishes.extent
    for code in wishes.limits:
        if code in index.needs:
            mask &= ~index.needs[code][rows]
    return mask


def _queries(index: AdIndex, users: list[Wishes]) -> sparse.csr_matrix:
    """The users' queries in the index's columns (one row each), for one product with ``features``."""
    texts = [w.query for w in users]
    return sparse.hstack([index.short_vectorizer.transform(texts), index.text_vectorizer.transform(texts),
                          _code_vectors(index, users)], format="csr", dtype=np.float32)


def _code_vectors(index: AdIndex, group: list[Wishes]) -> sparse.csr_matrix:
    cols, users = [], []
    for position, wishes in enumerate(group):
        for code in wishes.codes:
            if code in index.code_columns:
                cols.append(index.code_columns[code])
                users.append(position)
    return sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), (users, cols)),
                             shape=(len(group), max(len(index.code_columns), 1)))


def reason_for(index: AdIndex, row: int, wishes: Wishes) -> str:
    """"lager i Oslo, deltid": which wish the ad meets, where, and how much."""
    title = index.titles[row].casefold()
    words = list(wishes.words) + [occupation_name(c) or c for c in sorted(wishes.codes)]
    what = next((w for w in words if any(_stem(part) in title for part in w.casefold().split())), words[0])
    place = index.places[row]
    where = f" i {place}" if place else ""
    extent = f", {index.extents[row]}" if index.extents[row] else ""
    return f"{what.casefold()}{where}{extent}"[:200]


def match_users(index: AdIndex, users: list[Wishes], per_user: int = MATCHES_PER_MESSAGE) -> dict[int, list[Match]]:
    """Up to ``per_user`` matches per user, best first."""
    results: dict[int, list[Match]] = {w.user_id: [] for w in users}
    asking = [w for w in users if w.query and index.size]
    if not asking:
        return results
    queries = _queries(index, asking)
    groups: dict[frozenset[str] | None, list[int]] = defaultdict(list)
    for position, wishes in enumerate(asking):
        groups[_place_keys(wishes)].append(position)
    for keys, positions in groups.items():
        rows = _candidate_rows(index, keys)
        if not len(rows):
            continue
        candidates = index.features[rows]
        for start in range(0, len(positions), USERS_PER_PRODUCT):
            chunk = positions[start:start + USERS_PER_PRODUCT]
            scores = (candidates @ queries[chunk].T).toarray()
            for column, position in enumerate(chunk):
                wishes = asking[position]
                allowed = np.where(_allowed(index, rows, wishes), scores[:, column], -1.0)
                results[wishes.user_id] = _best(index, rows, allowed, wishes, per_user)
    return results


def _best(index: AdIndex, rows: np.ndarray, column: np.ndarray, wishes: Wishes, per_user: int) -> list[Match]:
    picked = []
    wanted = per_user + len(wishes.already_matched)
    top = np.argpartition(-column, wanted)[:wanted] if len(column) > wanted else np.arange(len(column))
    for position in top[np.argsort(-column[top], kind="stable")]:
        score = float(column[position])
        if score < MIN_SCORE or len(picked) == per_user:
            break
        row = int(rows[position])
        ad_id = int(index.ad_ids[row])
        if ad_id in wishes.already_matched:
            continue
        picked.append(Match(wishes.user_id, ad_id, round(score, 4), reason_for(index, row, wishes)))
    return picked
