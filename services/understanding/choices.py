"""Which of the numbered options a user's answer picks ("2", "nr 2", "den andre", "1 og 3")."""
import re

_OPTION = re.compile(
    r"^\s*(?:nr\.?|nummer|number|alt(?:ernativ)?|valg|option|tid)?\s*([1-9])\s*[.)!]?\s*"
    r"(?:passer\b.*|takk\b.*|please|pls|thanks)?\s*$")
_ORDINAL = re.compile(r"^\s*(?:den\s+|the\s+)?(første|forste|andre|tredje|first|second|third)\b"
                      r"(?:\s+(?:tida|tiden|one|passer\b.*|please))?\s*[.!]?\s*$")
ORDINALS = {"første": 1, "forste": 1, "first": 1, "andre": 2, "second": 2, "tredje": 3, "third": 3}
# Inside a longer answer: a lone digit, or an ordinal after "den"/"nr" ("andre" alone means "other").
_MENTIONED = re.compile(r"(?<![\w:.,])([1-9])(?![\w:.,]\d)|\b(?:den|the|nr\.?|nummer)\s+(første|forste|andre|tredje|"
                        r"first|second|third)\b|\b(første|forste|tredje|first|third)\b")
_ALL = re.compile(r"\b(alle|begge|all|both)\b")


def option_number(text: str) -> int | None:
    """1, 2 or 3 from a whole answer like "2", "nr 2", "2 passer fint" or "den andre"."""
    lowered = text.lower()
    match = _OPTION.match(lowered)
    if match:
        return int(match.group(1))
    match = _ORDINAL.match(lowered)
    return ORDINALS[match.group(1)] if match else None


def mentioned_options(text: str, count: int) -> list[int]:
    """The options among 1..``count`` that an answer names anywhere in it: "vil søke på nr 2",
    "1 og 3", "den første", "alle tre" (every one)."""
    lowered = text.lower()
    if _ALL.search(lowered):
        return list(range(1, count + 1))
    found = []
    for digit, after_word, alone in _MENTIONED.findall(lowered):
        number = int(digit) if digit else ORDINALS[after_word or alone]
        if 1 <= number <= count and number not in found:
            found.append(number)
    return found
