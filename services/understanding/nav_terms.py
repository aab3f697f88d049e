"""Which NAV word a user asks about: "hva betyr aap" -> "aap".

The NLU tags a `term` entity (spelling variants mapped to one value by the synonyms in
nlu/data/nlu/synonyms.yml); this lookup reads that value, or the whole message when the
entity was missed, so that a plain "vedtak?" is explained too. The explanations are the
responses ``utter_term_<key>`` in nlu/domain/terms.yml.
"""
import re

# More specific words first: "situasjonsbestemt innsats" before "innsats",
# "tiltaksarrangør" before "tiltak".
TERMS: list[tuple[str, str]] = [
    ("standard_innsats", r"standard\s*innsats"),
    ("situasjonsbestemt_innsats", r"situasjons\s*bestem+t"),
    ("spesielt_tilpasset_innsats", r"spesiel+t\s+tilpass"),
    ("varig_tilpasset_innsats", r"varig\s+tilpass"),
    ("innsatsgruppe", r"innsats"),
    ("arbeidsevnevurdering", r"arbeidsevne"),
    ("aktivitetsplan", r"aktivi?te(t|ts)?\s*plan|activity\s+plan"),
    ("aktiv_arbeidssoker", r"aktiv\s+arbeidss[øo]k"),
    # Words of a letter about money, before "vedtak" that such letters also name.
    ("tilbakekreving", r"tilbake\s*krev"),
    ("etterbetaling", r"etter\s*betal"),
    ("forventet_inntekt", r"forventa?e?t?\s+inntekt|expected\s+income"),
    ("samordning", r"samordn"),
    ("meldeplikt", r"melde\s*plikt"),
    ("vedtak", r"vedtak|decision"),
    ("klage", r"klag|appeal"),
    ("kvp", r"\bk\.?v\.?p\b|kvalifiserings\s*program"),
    ("aap", r"\ba\.?a\.?p\b|arbeidsavklarings\s*peng"),
    ("lonnstilskudd", r"l[øo]nn?s\s*tilskud"),
    ("tiltaksarrangor", r"tiltaks\s*arrang"),
    ("praksisplass", r"praksis|arbeidstrening|work\s+placement"),
    ("tiltak", r"tiltak"),
    ("jobbmatch", r"jo(b|bb)\s*match"),
    ("meldekort", r"melde\s*kort"),
    ("innsyn", r"innsyn"),
    ("frist", r"\bfrist|deadline"),
    ("referat", r"referat|minutes"),
]
_COMPILED = [(key, re.compile(pattern)) for key, pattern in TERMS]
TERM_KEYS = [key for key, _ in TERMS]


def find_term(*texts: str) -> str | None:
    """The key of the first NAV word found, trying each text in turn (entity values first)."""
    for candidate in texts:
        lowered = (candidate or "").casefold()
        for key, pattern in _COMPILED:
            if pattern.search(lowered):
                return key
    return None
