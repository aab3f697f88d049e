"""The job-match SMS and the ad told in an answer: GSM-7, at most 306 characters, no link and
no employer contact details (NAV's own practice). Titles come from employers, so they are made
GSM-7, cleared of web addresses, e-mail addresses and phone numbers, and shortened to fit."""
import re
from dataclasses import dataclass

from services.messaging.gsm7 import MAX_SMS_SEPTETS, clean_for_sms, non_gsm7_characters, septet_length
from services.messaging.texts import text
from storage.models import JobAd

_CONTACT = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\+?\d[\d ]{6,}\d")
_SPACES = re.compile(r"\s+")
ELLIPSIS = "..."
# A place from the feed's own words ("Nordre Follo", or whatever an employer typed) in an SMS.
MAX_PLACE_SEPTETS = 30


def as_gsm7(value: str) -> str:
    """Words from an employer after the outbox's clean-up, with what is still not GSM-7 (emoji,
    other scripts) left out rather than refused: the writer cannot be asked."""
    cleaned = clean_for_sms(value)
    unsupported = non_gsm7_characters(cleaned)
    return "".join(ch for ch in cleaned if ch not in unsupported)


@dataclass(frozen=True)
class Listed:
    """An ad as the SMS names it."""

    title: str
    place: str
    extent: str  # "heltid", "deltid" or ""


def clean_title(title: str) -> str:
    return _SPACES.sub(" ", _CONTACT.sub("", as_gsm7(title))).strip(" -,.")


def shorten(value: str, septets: int) -> str:
    if septet_length(value) <= septets:
        return value
    cut = value
    while cut and septet_length(cut) > max(septets - len(ELLIPSIS), 0):
        cut = cut[:-1]
    return cut.rstrip(" -,.") + ELLIPSIS


def listed(ad: JobAd, place: str) -> Listed:
    return Listed(ad.title, place, (ad.extent or "").casefold())


def _or_list(numbers: list[int], language: str) -> str:
    words = [str(n) for n in numbers]
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {text('list_or', language)} {words[-1]}"


def choices(count: int, language: str) -> str:
    """"1, 2 eller 3"."""
    return _or_list(list(range(1, count + 1)), language)


def _item(number: int, ad: Listed, title: str, language: str) -> str:
    parts = [title, shorten(as_gsm7(ad.place), MAX_PLACE_SEPTETS), text(f"job_extent_{ad.extent}", language) if ad.extent in ("heltid", "deltid") else ""]
    return f"{number}) " + ", ".join(part for part in parts if part)


def match_items(first_name: str, ads: list[Listed], language: str) -> str:
    """"1) Lagermedarbeider, Oslo, deltid 2) ...": the titles shortened (longest first) until the
    whole job-match text fits in two SMS."""
    titles = [clean_title(ad.title) for ad in ads]

    def items() -> str:
        return " ".join(_item(n, ad, t, language) for n, (ad, t) in enumerate(zip(ads, titles), start=1))

    while septet_length(_compose(first_name, len(ads), items(), language)) > MAX_SMS_SEPTETS:
        longest = max(range(len(titles)), key=lambda i: septet_length(titles[i]))
        if septet_length(titles[longest]) <= len(ELLIPSIS) + 1:
            break
        titles[longest] = shorten(titles[longest], septet_length(titles[longest]) - 4)
    return items()


def _compose(first_name: str, count: int, items: str, language: str) -> str:
    return text("job_matches", language).format(name=as_gsm7(first_name)[:30],
                                                count=text(f"job_matches_count_{count}", language),
                                                ads=items, choices=choices(count, language))


def matches_text(first_name: str, ads: list[Listed], language: str) -> str:
    """"Hei Ola! Tre ledige jobber som kan passe deg: 1) Lagermedarbeider, Oslo, deltid 2) ..."."""
    return _compose(first_name, len(ads), match_items(first_name, ads, language), language)


def ad_detail(ad: JobAd, place: str, language: str) -> str:
    """"Lagermedarbeider hos Nordlys AS, Oslo, deltid, søknadsfrist 15.12.2026" for an answer."""
    detail = text("job_ad_detail", language).format(title=shorten(clean_title(ad.title), 60),
                                                    employer=shorten(clean_title(ad.employer_name), 40),
                                                    place=shorten(as_gsm7(place), MAX_PLACE_SEPTETS))
    extent = (ad.extent or "").casefold()
    if extent in ("heltid", "deltid"):
        detail += ", " + text(f"job_extent_{extent}", language)
    due = ad.application_due.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", due):
        due = f"{due[8:10]}.{due[5:7]}.{due[:4]}"
    if due:
        detail += ", " + text("job_ad_due", language).format(due=shorten(as_gsm7(due), 20).casefold())
    return detail
