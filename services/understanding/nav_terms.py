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

# A question of what a NAV word means, the word named right after the question ("hva betyr
# etterbetaling", "what does meldeplikt mean", "skjønner ikke ordet samordning", "hva er meldeplikt")
# or just before it ("fikk brev om tilbakekreving, hva betyr det?"). "Hva er" counts only with the
# word not in its definite form, so "hva er fristen" and "hva er status på etterbetalingen" stay
# questions about the date and the money; "hva betyr det for etterbetalingen" is not one either.
_MEANING_THEN_WORD = re.compile(
    r"\b(?:betyr|betyder|tyder|menes\s+med|meint\s+med|meaning\s+of|what\s+does"
    r"|(?:skjønner|skjønar|forstår|forstar|understand)\s+(?:ikke|ikkje|itj|not)\s+(?:ordet|uttrykket|the\s+word))"
    r"\s+(?!(?:det|dette|d)\s+(?:for|at|om|når)\b|for\b|at\b)(?P<rest>(?:\S+\s+){0,2}\S+)")
_WORD_THEN_MEANING = re.compile(
    r"\b(?:hva|ka|kva|hæ)\s+(?:betyr|tyder|betyder)\s+(?:det|dette|d|disse\s+ordene|dei\s+orda|det\s+ordet|ordet)"
    r"(?:\s+(?:egentlig|eigentleg|for\s+noe|for\s+noko))?\s*(?:[?.!,]|$)"
    r"|\bwhat\s+does\s+(?:that|it|this)\s+mean\b")
_WHAT_IS = re.compile(r"\b(?:hva|ka|kva|what)\s+(?:er|e|is)\s+(?:en\s+|et\s+|ei\s+|eit\s+|an?\s+)?(?P<rest>.+)")


def find_term(*texts: str) -> str | None:
    """The key of the first NAV word found, trying each text in turn (entity values first)."""
    for candidate in texts:
        lowered = (candidate or "").casefold()
        for key, pattern in _COMPILED:
            if pattern.search(lowered):
                return key
    return None


def asks_what_a_term_means(text: str) -> bool:
    """Whether the message asks what a NAV word means ("ka betyr etterbetaling", "hva er meldeplikt"),
    for the model's intent (rasa_server/term_question.py)."""
    lowered = (text or "").casefold()
    if find_term(lowered) is None:
        return False
    word_after = _MEANING_THEN_WORD.search(lowered)
    if word_after and find_term(word_after.group("rest")) or _WORD_THEN_MEANING.search(lowered):
        return True
    what_is = _WHAT_IS.search(lowered)
    if not what_is:
        return False
    rest = what_is.group("rest")
    definite = re.match(r"\w+(?:en|et|a)\b", rest)
    return not definite and any(pattern.match(rest) for _, pattern in _COMPILED)
