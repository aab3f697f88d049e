"""Matching: the hard filters, the user's limits against the ad's text, no repeats, reasons;
the job-match SMS and the wishes read from the user's words."""
import itertools
from datetime import timedelta

import pytest

from services.jobs.limits import LIMITS, ad_needs, decline_reason, limits_in_words
from services.jobs.matching import Wishes, build_index, match_users, wishes_of_users
from services.jobs.message import Listed, matches_text
from services.jobs.occupations import STYRK08
from services.jobs.wishes import WishChange, describe, read_change, save_change
from services.messaging.gsm7 import MAX_SMS_SEPTETS, non_gsm7_characters, septet_length
from services.messaging.send_policy import schedule_user_message
from storage.models import (
    DeclineReason,
    JobAd,
    JobMatch,
    JobWish,
    MessageCategory,
    WishKind,
    WishSource,
    utcnow,
)
from tests.support.people import make_team, make_user, make_veileder

NOW = utcnow()
_uuids = itertools.count(1)


def add_ad(session, title, municipal="OSLO", postcode="0557", extent="Heltid", text="", code="4321", **columns) -> int:
    ad = JobAd(uuid=f"ad-{next(_uuids)}", title=title, jobtitle=title, description=text, employer_name="Fjord AS",
               extent=extent, locations=[{"municipal": municipal, "postalCode": postcode}],
               categories=[{"categoryType": "STYRK08", "code": code, "name": STYRK08[code], "score": 1.0}],
               occupations=[], expires_at=NOW + timedelta(days=20), **columns)
    session.add(ad)
    session.flush()
    return ad.id


def titles(session, matches) -> list[str]:
    return [session.get(JobAd, m.ad_id).title for m in matches]


def match_one(session, wishes: Wishes):
    return match_users(build_index(session, NOW), [wishes])[wishes.user_id]


def test_place_extent_and_the_words_decide(db):
    with db.session() as s:
        add_ad(s, "Lagermedarbeider", extent="Deltid")
        add_ad(s, "Plukker til sentrallager", extent="Deltid")
        add_ad(s, "Lagermedarbeider", municipal="BERGEN", postcode="5003", extent="Deltid")
        add_ad(s, "Lagermedarbeider", extent="Heltid")
        add_ad(s, "Frisør", extent="Deltid", code="5141")
        found = match_one(s, Wishes(1, words=("lager",), places=frozenset({"oslo"}), extent="deltid"))
        assert titles(s, found) == ["Lagermedarbeider", "Plukker til sentrallager"]
        assert found[0].reason == "lager i Oslo, deltid"


def test_within_km_of_a_postcode_reaches_the_neighbours_but_not_the_next_city(db):
    with db.session() as s:
        add_ad(s, "Lagermedarbeider Bærum", municipal="BÆRUM", postcode="1337")
        add_ad(s, "Lagermedarbeider Drammen", municipal="DRAMMEN", postcode="3015")
        assert titles(s, match_one(s, Wishes(1, words=("lager",), radii=(("0557", 20),)))) == ["Lagermedarbeider Bærum"]
        assert len(match_one(s, Wishes(1, words=("lager",), radii=(("0557", 50),)))) == 2


def test_limits_are_held_against_the_ad_text_and_a_driver_always_needs_a_licence(db):
    with db.session() as s:
        add_ad(s, "Lagermedarbeider natt", text="Arbeidstiden er på natt, fra kl 22 til 06.")
        add_ad(s, "Lagermedarbeider med bil", text="Førerkort klasse B er et krav.")
        add_ad(s, "Lagermedarbeider uten bil", text="Førerkort er ikke et krav. Du jobber dagtid.")
        add_ad(s, "Varebilsjåfør lager", code="8322")
        found = match_one(s, Wishes(1, words=("lager",), limits=frozenset({"no_night", "no_licence"})))
        assert titles(s, found) == ["Lagermedarbeider uten bil"]


def test_no_occupation_wish_means_no_matches(db):
    with db.session() as s:
        add_ad(s, "Lagermedarbeider")
        assert match_one(s, Wishes(1, places=frozenset({"oslo"}))) == []


def test_a_sent_or_declined_ad_never_comes_again_and_withdrawn_or_expired_ads_never_come(db):
    with db.session() as s:
        team = make_team(s)
        user = make_user(s, team, make_veileder(s, team))
        sent = add_ad(s, "Lagermedarbeider A")
        add_ad(s, "Lagermedarbeider B", withdrawn_at=NOW)
        add_ad(s, "Lagermedarbeider C")
        expired = add_ad(s, "Lagermedarbeider D")
        s.get(JobAd, expired).expires_at = NOW - timedelta(minutes=1)
        s.add(JobWish(user_id=user.id, kind=WishKind.OCCUPATION, value="lager", source=WishSource.VEILEDER))
        entry = schedule_user_message(s, user, "x", MessageCategory.JOB_MATCH, NOW, "jobmatch:test").entry
        s.flush()
        s.add(JobMatch(user_id=user.id, ad_id=sent, outbox_id=entry.id, position=1, score=1.0, reason="lager"))
        s.flush()
        wishes = wishes_of_users(s, [user.id])[user.id]
        assert wishes.already_matched == {sent}
        assert titles(s, match_one(s, wishes)) == ["Lagermedarbeider C"]


def test_a_styrk_code_wish_finds_ads_by_code_and_names_the_occupation(db):
    with db.session() as s:
        add_ad(s, "Medarbeider til vareflyt", code="4321")
        add_ad(s, "Kokk", code="5120")
        found = match_one(s, Wishes(1, codes=frozenset({"4321"})))
        assert titles(s, found) == ["Medarbeider til vareflyt"] and found[0].reason.startswith("lagermedarbeidere")


@pytest.mark.parametrize("text,needs", [
    ("Du må ha førerkort klasse B.", True),
    ("Førerkort er ikke et krav.", False),
    ("Vi har ingen krav om førerkort.", False),
    ("Kjøre truck. Du må kunne disponere bil.", True),
    ("Jobben er på dagtid.", False),
])
def test_an_ad_needs_a_licence_only_when_it_asks_for_one(text, needs):
    assert ad_needs(LIMITS["no_licence"], text.casefold(), set()) is needs


@pytest.mark.parametrize("words,limits,reason", [
    ("nei, har ikke førerkort", ["no_licence"], DeclineReason.LICENCE),
    ("nei jobber ikke natt", ["no_night"], DeclineReason.HOURS),
    ("kan ikke løfte tungt", ["no_heavy_lifting"], DeclineReason.PHYSICAL),
    ("nei, for langt unna", [], DeclineReason.PLACE),
    ("nei, vondt i ryggen", [], DeclineReason.HEALTH),
    ("nei takk", [], DeclineReason.OTHER),
    ("vil gjerne jobbe natt", [], DeclineReason.HOURS),
])
def test_limits_and_reasons_in_the_users_words(words, limits, reason):
    assert limits_in_words(words) == limits
    assert decline_reason(words) is reason


@pytest.mark.parametrize("words,change,asked", [
    ("vil jobbe med bil", WishChange(occupations=["bil"]), "jobb med bil"),
    ("bare deltid pga helse", WishChange(extent="deltid"), "deltid"),
    ("ikke natt", WishChange(limits=["no_night"]), "ikke nattarbeid"),
    ("vil jobbe på lager i oslo", WishChange(occupations=["lager"], municipalities=["Oslo"]),
     "jobb med lager og jobb i Oslo"),
    ("jobb innen 20 km fra 0557, ikke helg", WishChange(postcode="0557", radius_km=20, limits=["no_weekend"]),
     "jobb innen 20 km fra 0557 og ikke helgearbeid"),
    ("hei", WishChange(), ""),
])
def test_a_wish_is_read_from_the_words_without_the_reason_behind_it(words, change, asked):
    assert read_change(words) == change
    assert describe(change, "nb") == asked


def test_a_saved_change_keeps_the_limit_not_the_health_words(db):
    with db.session() as s:
        team = make_team(s)
        user = make_user(s, team, make_veileder(s, team))
        save_change(s, user, read_change("bare deltid pga helse, kan ikke løfte tungt"), WishSource.SMS, None)
        stored = {(w.kind, w.value, w.source) for w in s.query(JobWish).filter_by(user_id=user.id)}
    assert stored == {(WishKind.EXTENT, "deltid", WishSource.SMS), (WishKind.LIMIT, "no_heavy_lifting", WishSource.SMS)}


LONGEST = "Lagermedarbeider/plukker – “natt” til nytt sentrallager for dagligvarer på Østlandet (vikariat 100 %) " * 3


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("count", [1, 2, 3])
def test_every_job_match_text_fits_two_gsm7_segments_with_the_longest_titles(language, count):
    ads = [Listed(LONGEST + " ring 22 33 44 55 eller www.jobb.no", "Nordre Follo", "deltid")] * count
    body = matches_text("Kristoffer-Alexander", ads, language)
    assert septet_length(body) <= MAX_SMS_SEPTETS and not non_gsm7_characters(body)
    assert "www" not in body and "22 33" not in body and "1) Lagermedarbeider" in body
    assert body.endswith("eller NEI og hvorfor.") if language == "nb" else body.endswith("or NO and why.")


def test_a_short_match_text_keeps_whole_titles():
    body = matches_text("Ola", [Listed("Lagermedarbeider", "Oslo", "deltid"), Listed("Renholder", "Bærum", "heltid")],
                        "nb")
    assert body == ("Hei Ola! To ledige jobber som kan passe deg: 1) Lagermedarbeider, Oslo, deltid "
                    "2) Renholder, Bærum, heltid Svar 1 eller 2 for å høre mer, eller NEI og hvorfor.")


def test_an_employers_emoji_and_other_scripts_are_left_out_and_letters_cleaned_as_the_outbox_does():
    body = matches_text("Ola", [Listed("Lagermedarbeider 🚚 – “natt” 倉庫 Łódź", "Oslo", "")], "nb")
    assert "1) Lagermedarbeider - \"natt\" Lodz, Oslo Svar 1 for" in body
    assert not non_gsm7_characters(body)
