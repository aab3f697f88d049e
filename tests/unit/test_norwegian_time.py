"""Unit tests for services.understanding.norwegian_time: one test per supported form, plus DST."""
from datetime import datetime, timedelta, timezone

import pytest

from services.oslo import OSLO
from services.understanding.norwegian_time import TimeWish, parse_time_expression

# Thursday 20 November 2025, 10:00 Oslo (CET, +01:00)
NOW = datetime(2025, 11, 20, 10, 0, tzinfo=OSLO)
# Monday 17 November 2025, 09:00
MONDAY = datetime(2025, 11, 17, 9, 0, tzinfo=OSLO)


def at(y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=OSLO)


def day_window(y, mo, d):
    start = at(y, mo, d)
    nxt = (start.replace(tzinfo=None) + timedelta(days=1)).replace(tzinfo=OSLO)
    return TimeWish(start, nxt, has_time=False)


def hour_window(y, mo, d, h, mi=0):
    start = at(y, mo, d, h, mi)
    return TimeWish(start, start + timedelta(hours=1), has_time=True)


def p(text, now=NOW):
    return parse_time_expression(text, now)


def test_result_is_frozen_and_aware():
    w = p("i morgen")
    assert w.start.tzinfo is not None and w.end.tzinfo is not None
    assert w.start.tzinfo.key == "Europe/Oslo"
    with pytest.raises(Exception):
        w.start = NOW  # frozen dataclass


@pytest.mark.parametrize("text", ["i dag", "idag", "I DAG", "today"])
def test_today(text):
    assert p(text) == day_window(2025, 11, 20)


@pytest.mark.parametrize("text", ["i morgen", "imorgen", "imorra", "i morra", "i morgon", "tomorrow"])
def test_tomorrow(text):
    assert p(text) == day_window(2025, 11, 21)


@pytest.mark.parametrize("text", ["i overmorgen", "overmorgen", "day after tomorrow"])
def test_day_after_tomorrow(text):
    assert p(text) == day_window(2025, 11, 22)


@pytest.mark.parametrize(
    "text,day",
    [
        ("mandag", 24), ("tirsdag", 25), ("onsdag", 26), ("fredag", 21),
        ("lørdag", 22), ("søndag", 23),
        ("måndag", 24), ("tysdag", 25), ("laurdag", 22), ("sundag", 23),
        ("monday", 24), ("wednesday", 26), ("friday", 21), ("sunday", 23),
        ("lordag", 22), ("sondag", 23),
    ],
)
def test_weekday_names_mean_next_such_day(text, day):
    assert p(text) == day_window(2025, 11, day)


@pytest.mark.parametrize("text,day", [("på man", 24), ("på tirs", 25), ("på ons", 26), ("til tors", 27), ("på fre", 21)])
def test_weekday_short_forms(text, day):
    assert p(text) == day_window(2025, 11, day)


def test_short_form_needs_context_man_is_a_pronoun():
    assert p("hvordan skriver man en søknad") is None


def test_weekday_said_on_same_weekday_means_next_week():
    # NOW is a Thursday: "torsdag" means next Thursday, not today.
    assert p("torsdag") == day_window(2025, 11, 27)


def test_weekday_same_day_with_later_time_means_today():
    assert p("torsdag kl 14") == hour_window(2025, 11, 20, 14)


def test_weekday_same_day_with_earlier_time_means_next_week():
    assert p("torsdag kl 9") == hour_window(2025, 11, 27, 9)


def test_weekday_same_day_with_a_window_not_yet_begun_means_today():
    assert p("torsdag etter kl 12") == TimeWish(at(2025, 11, 20, 12), at(2025, 11, 21), has_time=True)


def test_weekday_same_day_with_a_window_already_begun_means_next_week():
    # At 14:00 on a Thursday, "torsdag etter kl 12" is not the afternoon already under way.
    afternoon = datetime(2025, 11, 20, 14, 0, tzinfo=OSLO)
    assert p("torsdag etter kl 12", afternoon) == TimeWish(at(2025, 11, 27, 12), at(2025, 11, 28), has_time=True)


def test_neste_weekday_is_in_next_iso_week():
    # On Monday 17 Nov, "tirsdag" is tomorrow but "neste tirsdag" is 25 Nov.
    assert p("tirsdag", MONDAY) == day_window(2025, 11, 18)
    assert p("neste tirsdag", MONDAY) == day_window(2025, 11, 25)
    # On Thursday 20 Nov, "fredag" is tomorrow, "neste fredag" is 28 Nov.
    assert p("neste fredag") == day_window(2025, 11, 28)
    assert p("next friday") == day_window(2025, 11, 28)


def test_weekday_with_neste_uke():
    assert p("onsdag neste uke", MONDAY) == day_window(2025, 11, 26)


def test_paa_weekday():
    assert p("på tirsdag") == day_window(2025, 11, 25)
    assert p("på tirsdagen") == day_window(2025, 11, 25)


def test_weekday_kl():
    assert p("tirsdag kl 14") == hour_window(2025, 11, 25, 14)


def test_weekday_bare_hour():
    assert p("tirsdag 14") == hour_window(2025, 11, 25, 14)
    assert p("ons 13") == hour_window(2025, 11, 26, 13)


def test_embedded_in_sentence():
    assert p("kan vi flytte til tirsdag kl 14 pga legetime") == hour_window(2025, 11, 25, 14)


@pytest.mark.parametrize("text", ["kl 14:30", "kl 14.30", "klokka 14:30", "14:30"])
def test_clock_time_today_when_still_ahead(text):
    assert p(text) == hour_window(2025, 11, 20, 14, 30)


@pytest.mark.parametrize("text", ["kl. 9", "kl 9", "kl 09"])
def test_clock_time_already_passed_rolls_to_tomorrow(text):
    assert p(text) == hour_window(2025, 11, 21, 9)


def test_small_hours_read_as_afternoon():
    assert p("kl 3") == hour_window(2025, 11, 20, 15)
    assert p("i morgen kl 2") == hour_window(2025, 11, 21, 14)


def test_english_am_pm():
    assert p("tuesday at 2pm") == hour_window(2025, 11, 25, 14)
    assert p("tomorrow at 10am") == hour_window(2025, 11, 21, 10)


@pytest.mark.parametrize("text", ["14.03", "14.3", "14/3", "14.03.2026", "14/03"])
def test_numeric_dates_in_the_past_roll_to_next_year(text):
    assert p(text) == day_window(2026, 3, 14)


def test_numeric_date_later_this_year():
    assert p("24.12") == day_window(2025, 12, 24)


@pytest.mark.parametrize("text", ["3. april", "3 april", "3.april", "april 3", "3rd april"])
def test_day_month_name(text):
    assert p(text) == day_window(2026, 4, 3)


def test_month_name_nynorsk_and_short():
    assert p("5. des") == day_window(2025, 12, 5)
    assert p("1. mai") == day_window(2026, 5, 1)


def test_invalid_date_is_ignored():
    assert p("31.02") is None


@pytest.mark.parametrize("text", ["neste uke", "neste veke", "next week"])
def test_next_week(text):
    assert p(text) == TimeWish(at(2025, 11, 24), at(2025, 12, 1), has_time=False)


@pytest.mark.parametrize("text", ["denne uka", "denne uken", "this week"])
def test_this_week(text):
    assert p(text) == TimeWish(at(2025, 11, 20), at(2025, 11, 24), has_time=False)


def test_etter_kl_today():
    assert p("etter kl 12") == TimeWish(at(2025, 11, 20, 12), at(2025, 11, 21), has_time=True)
    assert p("after 12") == TimeWish(at(2025, 11, 20, 12), at(2025, 11, 21), has_time=True)


def test_foer_kl_already_passed_rolls_to_tomorrow():
    assert p("før kl 10") == TimeWish(at(2025, 11, 21), at(2025, 11, 21, 10), has_time=True)


def test_foer_kl_today_when_ahead():
    assert p("før kl 10", MONDAY) == TimeWish(at(2025, 11, 17), at(2025, 11, 17, 10), has_time=True)


def test_formiddag():
    assert p("formiddag") == TimeWish(at(2025, 11, 20, 9), at(2025, 11, 20, 12), has_time=True)
    assert p("på formiddagen i morgen") == TimeWish(at(2025, 11, 21, 9), at(2025, 11, 21, 12), has_time=True)


def test_ettermiddag():
    assert p("ettermiddag") == TimeWish(at(2025, 11, 20, 12), at(2025, 11, 20, 17), has_time=True)
    assert p("fredag ettermiddag") == TimeWish(at(2025, 11, 21, 12), at(2025, 11, 21, 17), has_time=True)


def test_mellom():
    assert p("mellom 10 og 12 på mandag") == TimeWish(at(2025, 11, 24, 10), at(2025, 11, 24, 12), has_time=True)


def test_torsdag_etter_kl_12():
    assert p("torsdag etter kl 12", MONDAY) == TimeWish(at(2025, 11, 20, 12), at(2025, 11, 21), has_time=True)


def test_i_morgen_kl_10():
    assert p("i morgen kl 10") == hour_window(2025, 11, 21, 10)


def test_helga():
    assert p("til helga") == TimeWish(at(2025, 11, 22), at(2025, 11, 24), has_time=False)


def test_numbers_that_are_not_times():
    assert p("etter 2 uker") is None
    assert p("har søkt 3 jobber") is None


@pytest.mark.parametrize("text", ["", "hei", "kan vi flytte møtet", "ja takk"])
def test_nothing_found(text):
    assert p(text) is None


def test_naive_now_is_read_as_oslo():
    assert p("i morgen", NOW.replace(tzinfo=None)) == day_window(2025, 11, 21)


def test_now_in_other_timezone_is_converted():
    # 23:30 UTC on 20 Nov is 00:30 on 21 Nov in Oslo
    now_utc = datetime(2025, 11, 20, 23, 30, tzinfo=timezone.utc)
    assert p("i dag", now_utc) == day_window(2025, 11, 21)


# ---------------------------------------------------------------- DST
SPRING_FRIDAY = datetime(2026, 3, 27, 12, 0, tzinfo=OSLO)
AUTUMN_FRIDAY = datetime(2026, 10, 23, 12, 0, tzinfo=OSLO)


def test_spring_forward_nonexistent_time_moves_to_0330_cest():
    w = p("søndag kl 02:30", SPRING_FRIDAY)
    assert w.start.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)
    assert w.start.utcoffset() == timedelta(hours=2)
    assert w.start.astimezone(timezone.utc) == datetime(2026, 3, 29, 1, 30, tzinfo=timezone.utc)
    assert w.end - w.start == timedelta(hours=1)


def test_spring_forward_day_window_is_23_hours():
    w = p("søndag", SPRING_FRIDAY)
    assert w.start.utcoffset() == timedelta(hours=1)
    assert w.end.utcoffset() == timedelta(hours=2)
    assert w.end.astimezone(timezone.utc) - w.start.astimezone(timezone.utc) == timedelta(hours=23)


def test_spring_forward_normal_time_after_gap():
    w = p("søndag kl 10", SPRING_FRIDAY)
    assert w.start.astimezone(timezone.utc) == datetime(2026, 3, 29, 8, 0, tzinfo=timezone.utc)


def test_fall_back_ambiguous_time_takes_first_occurrence():
    w = p("søndag kl 02:30", AUTUMN_FRIDAY)
    assert w.start.replace(tzinfo=None) == datetime(2026, 10, 25, 2, 30)
    assert w.start.fold == 0
    assert w.start.utcoffset() == timedelta(hours=2)  # CEST, the first 02:30
    assert w.start.astimezone(timezone.utc) == datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)
    # the window is one real hour: it ends at the second 02:30 (CET)
    assert w.end.astimezone(timezone.utc) == datetime(2026, 10, 25, 1, 30, tzinfo=timezone.utc)


def test_fall_back_kl_0230_on_the_day():
    now = datetime(2026, 10, 25, 0, 30, tzinfo=OSLO)
    w = p("kl 02:30", now)
    assert w.start.utcoffset() == timedelta(hours=2)
    assert w.start.date().isoformat() == "2026-10-25"


def test_fall_back_day_window_is_25_hours():
    w = p("søndag", AUTUMN_FRIDAY)
    assert w.end.astimezone(timezone.utc) - w.start.astimezone(timezone.utc) == timedelta(hours=25)
