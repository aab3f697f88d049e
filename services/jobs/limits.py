"""What a user cannot do ("ikke natt", "har ikke førerkort"), found in the user's words and
in an ad's text, and why a match did not fit (a fixed set of reasons).

An ad needs what a limit rules out when one of its sentences names it ("Førerkort klasse B
er et krav") and that sentence does not say it is not needed ("Førerkort er ikke et krav").
"""
import re
from dataclasses import dataclass

from storage.models import DeclineReason

_NOT_NEEDED = re.compile(
    r"\b(ikke (et |noe )?(krav|nødvendig|påkrevd|påkrevet|nødvendigvis)|ingen krav|uten krav|"
    r"ikke behov|not (required|needed|necessary)|no need)\b")
_SENTENCE = re.compile(r"[.!?\n]+")
_NEGATION = r"(?:ikke|ikkje|ingen|uten|utan|mangler|not|no|never|aldri|don'?t|cannot|can'?t)"


@dataclass(frozen=True)
class Limit:
    code: str
    # In the assistant's questions: "Skal jeg slutte å sende jobber {stop_nb}?"
    stop_nb: str
    stop_en: str
    # On the veileder's page and in "Skal jeg lagre at du ønsker {wish_nb}?"
    wish_nb: str
    wish_en: str
    in_ad: re.Pattern
    # The topic in the user's words ("natt", "lappen").
    topic: str
    # Words without which ``in_ad`` cannot match: a quick look before the regular expression.
    ad_words: tuple[str, ...] = ()
    # Occupations that need it whatever the text says (a driver needs a licence).
    implied_by_codes: frozenset[str] = frozenset()


LIMITS = {
    limit.code: limit for limit in [
        Limit("no_night", "med nattarbeid", "with night work", "ikke nattarbeid", "no night work",
              re.compile(r"\bnatt\w*|\bnight\w*"), r"\b(?:natt\w*|night\w*)", ("natt", "night")),
        Limit("no_weekend", "med helgearbeid", "with weekend work", "ikke helgearbeid", "no weekend work",
              re.compile(r"\bhelg\w*|\blørdag\w*|\bsøndag\w*|\bweekend\w*"),
              r"\b(?:helg\w*|lørdag\w*|søndag\w*|weekend\w*)", ("helg", "lørdag", "søndag", "weekend")),
        Limit("no_licence", "som krever førerkort", "that need a driving licence",
              "jobber uten krav om førerkort", "jobs without a driving licence",
              re.compile(r"førerkort\w*|\bsertifikat\w*|\bklasse [bcde]\b|\bdisponere bil|driving licen[cs]e"),
              r"(?:førerkort\w*|\blappen|\bsertifikat\w*|licen[cs]e)",
              ("førerkort", "sertifikat", "klasse", "disponere bil", "driving licen"),
              implied_by_codes=frozenset({"8322", "8332"})),
        Limit("no_heavy_lifting", "med tunge løft", "with heavy lifting", "ikke tunge løft", "no heavy lifting",
              re.compile(r"\btunge løft\w*|\bløfte tungt|\bfysisk krevende|\btungt fysisk|\bheavy lifting"),
              r"\b(?:løft\w*|tungt|tunge|heavy|lift\w*)", ("løft", "fysisk", "heavy")),
    ]
}


def ad_needs_any(lowered_text: str, codes: set[str]) -> list[str]:
    """The limits an ad (its text in lower case) runs against; the sentence-by-sentence look
    only where the ad names the limit's words at all."""
    return [code for code, limit in LIMITS.items()
            if limit.implied_by_codes & codes
            or (any(word in lowered_text for word in limit.ad_words) and ad_needs(limit, lowered_text, codes))]


def ad_needs(limit: Limit, lowered_text: str, codes: set[str]) -> bool:
    """True when the ad (its text in lower case) asks for what the limit rules out."""
    if limit.implied_by_codes & codes:
        return True
    if not limit.in_ad.search(lowered_text):
        return False
    return any(limit.in_ad.search(sentence) and not _NOT_NEEDED.search(sentence)
               for sentence in _SENTENCE.split(lowered_text))


def _said_not(topic: str) -> re.Pattern:
    """The topic with a negation close before or after it: "ikke natt", "natt går ikke"."""
    return re.compile(rf"\b{_NEGATION}\b[^.,;!?]{{0,30}}{topic}|{topic}[^.,;!?]{{0,20}}"
                      rf"\b(?:går ikke|passer ikke|funker ikke|kan jeg ikke|er ikke (?:mulig|aktuelt))")


def limits_in_words(words: str, turning_down: bool = False) -> list[str]:
    """The limits the user states ("jobber ikke natt", "har ikke førerkort"). In an answer that
    turns a job down ("nei, den er natt") naming the topic is enough."""
    lowered = words.casefold()
    return [code for code, limit in LIMITS.items()
            if re.search(limit.topic if turning_down else _said_not(limit.topic), lowered)]


_REASONS = [
    (DeclineReason.LICENCE, r"førerkort|\blappen|\bsertifikat|\bbil\b|licen[cs]e|\bdrive\b"),
    (DeclineReason.HOURS, r"\bnatt|\bhelg|\bkveld|\bskift|\bturnus|\btidlig|\blørdag|\bsøndag|\bnight|"
                          r"\bweekend|\bevening|\bshift"),
    (DeclineReason.HEALTH, r"\bhelse|\bsyk|\bsjuk|\bvondt|\bsmerte|\brygg|\bskade|\bpsykisk|\bhealth|\bill\b|"
                           r"\bpain|\binjur"),
    (DeclineReason.PHYSICAL, r"\bløft|\btungt|\btunge|\bfysisk|\bheavy|\blift"),
    (DeclineReason.EXTENT, r"\bdeltid|\bheltid|\bfor mye|\bfor mange timer|\bprosent|%|part.time|full.time"),
    (DeclineReason.PLACE, r"\blangt|\breise|\bpendle|\bbuss|\bflytte|\bbor\b|\bavstand|\bfar\b|\btravel|"
                          r"\bdistance|\bkm\b"),
    (DeclineReason.TYPE_OF_WORK, r"liker ikke|ikke interessert|ikke noe for meg|vil ikke jobbe (med|som)|"
                                 r"ikke min type|annen type|not interested|don'?t like|not for me"),
]


def decline_reason(words: str) -> DeclineReason:
    """Why the user says a match does not fit, in the fixed set; OTHER when no reason is named."""
    lowered = words.casefold()
    return next((reason for reason, pattern in _REASONS if re.search(pattern, lowered)), DeclineReason.OTHER)
