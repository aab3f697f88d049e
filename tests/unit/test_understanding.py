"""Reading what the user means where the model only gives the intent: NAV words, a language,
a wish about when and how often messages come."""
from datetime import datetime, time

import pytest
import yaml

from services.messaging.contact_rules import ContactWindow
from services.oslo import OSLO
from services.understanding.language_choice import requested_language
from services.understanding.message_preferences import halved_budget, read_wish
from services.understanding.nav_terms import TERM_KEYS, asks_what_a_term_means, find_term
from tests.unit.test_user_texts import ROOT


@pytest.mark.parametrize("words,term", [
    ("hva betyr aap", "aap"), ("ka e kvp", "kvp"), ("hva er kvalifiseringsprogrammet", "kvp"),
    ("hva betyr situasjonsbestemt innsatts", "situasjonsbestemt_innsats"),
    ("standardinnsats?", "standard_innsats"), ("spesielt tilpassa innsats", "spesielt_tilpasset_innsats"),
    ("varig tilpasset innsats", "varig_tilpasset_innsats"), ("hva er innsatsgruppa mi", "innsatsgruppe"),
    ("kva betyr vedtak", "vedtak"), ("hva betyr det å klage", "klage"), ("hva er tiltak", "tiltak"),
    ("hva er arbeidsmarkedstiltak", "tiltak"), ("hva er en praksisplass", "praksisplass"),
    ("hva er jobbmatch", "jobbmatch"), ("arbeidsevnevurderingen", "arbeidsevnevurdering"),
    ("hva er meldekortet", "meldekort"), ("hva betyr innsyn", "innsyn"),
    ("hva er tilbakekreving", "tilbakekreving"), ("what is tilbakekreving in the vedtak", "tilbakekreving"),
    ("ka betyr etterbetaling", "etterbetaling"), ("regulert etter forventet inntekt, hva betyr det", "forventet_inntekt"),
    ("hva er samordning av pensjon", "samordning"), ("hva betyr meldeplikt", "meldeplikt"),
    ("what does aktivitetsplan mean", "aktivitetsplan"), ("hva er tiltaksarrangør", "tiltaksarrangor"),
    ("lønnstilskudd", "lonnstilskudd"), ("hva betyr aktiv arbeidssøker", "aktiv_arbeidssoker"),
    ("hva er et referat", "referat"), ("frist?", "frist"),
])
def test_each_nav_word_is_found_in_the_users_spelling(words, term):
    assert find_term(words) == term


def test_the_entity_value_wins_over_the_rest_of_the_message():
    assert find_term("aap", "hva betyr aap i vedtaket") == "aap"
    assert find_term("", "skjønner ikke brevet") is None


@pytest.mark.parametrize("text", [
    "ka betyr etterbetaling", "kva tyder samordning", "hva er meldeplikt", "hæ, hva er en etterbetaling for noe",
    "what is etterbetaling", "what does tilbakekreving mean", "skjønner ikke ordet samordning",
    "fikk brev om tilbakekreving, hva betyr det?", "regulert etter forventet inntekt, hva betyr det",
])
def test_a_question_of_what_a_nav_word_means(text):
    assert asks_what_a_term_means(text)


@pytest.mark.parametrize("text", [
    "når kommer etterbetalingen min", "hva er status på etterbetalingen min", "hva er fristen for å klage",
    "hva betyr det for etterbetalingen min at jeg får jobb", "forstår ikke hvorfor etterbetalingen er så lav",
    "does the meldekort come today", "i mean the meldekort is late again", "hva betyr dette?",
])
def test_a_question_about_the_money_the_date_or_no_nav_word_is_not_one(text):
    assert not asks_what_a_term_means(text)


def test_every_word_has_an_explanation_in_both_languages():
    responses = yaml.safe_load((ROOT / "nlu" / "domain" / "terms.yml").read_text(encoding="utf-8"))["responses"]
    for key in TERM_KEYS:
        variants = responses[f"utter_term_{key}"]
        assert [v.get("condition", [{}])[0].get("value") for v in variants] == ["en", None]
        assert variants[0]["text"].endswith("Reply yes.") and variants[1]["text"].endswith("Svar ja.")
    assert len(TERM_KEYS) >= 12


@pytest.mark.parametrize("words,language", [
    ("english please", "en"), ("kan du skrive på engelsk", "en"), ("do you speak english", "en"),
    ("norsk takk", "nb"), ("skriv på norsk igjen", "nb"), ("back to norwegian please", "nb"),
    ("kan du skrive på nynorsk", "nb"),
    ("min norsk ikke god", None), ("trenger tolk", None), ("i dont speak norwegian", None),
    ("skriv enkel norsk", None), ("jeg forstå litt norsk", None), ("habla español", None),
])
def test_the_language_asked_for(words, language):
    assert requested_language(words) == language


NOW = datetime(2026, 11, 23, 15, 0, tzinfo=OSLO)
DAYTIME = ContactWindow(time(9), time(20))


@pytest.mark.parametrize("words,window", [
    ("ikke send etter kl 18", (time(9), time(18))),
    ("ikke send etter kl 22", (time(9), time(20))),  # already outside the window
    ("ikke send før kl 10", (time(10), time(20))),
    ("send ikke før kl 11", (time(11), time(20))),
    ("ikke send meldinger på kvelden", (time(9), time(17))),
    ("send meldinger etter kl 12", (time(12), time(20))),
    ("send heller på ettermiddagen", (time(12), time(17))),
    ("bare mellom 10 og 14", (time(10), time(14))),
])
def test_a_wish_about_the_time_of_day_becomes_the_window(words, window):
    wish = read_wish(words, DAYTIME, NOW)
    assert (wish.window.start, wish.window.end) == window and not wish.fewer


def test_fewer_messages_halves_the_budget_but_never_to_nothing():
    wish = read_wish("færre meldinger takk", DAYTIME, NOW)
    assert wish.fewer and wish.window is None
    assert read_wish("too many messages", DAYTIME, NOW).fewer
    assert [halved_budget(n) for n in (5, 2, 1)] == [2, 1, 1]


@pytest.mark.parametrize("words", [
    "ikke send i helgene", "vil ha flere påminnelser", "ikke send mellom 12 og 13", "send til nytt nummer",
])
def test_what_cannot_be_read_safely_is_left_to_the_veileder(words):
    assert read_wish(words, DAYTIME, NOW) is None
