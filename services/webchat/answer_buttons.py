"""The answers a message asks for, as buttons for the web chat.

Read from the words the service's own texts use to ask ("Svar JA, eller NEI", "Svar 1, 2
eller 3", "Skriv ferdig ... eller trenger mer tid"), so that a button sends exactly what an
SMS user would type and the assistant reads both the same way. Whatever the message came
by (an answer in the chat, an appointment request by SMS) gets the same buttons.
"""
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    label: str
    sends: str


def _fixed(*pairs: tuple[str, str]) -> Callable[[re.Match], list[Choice]]:
    return lambda _match: [Choice(label, sends) for label, sends in pairs]


def _numbers(match: re.Match) -> list[Choice]:
    return [Choice(digit, digit) for digit in re.findall(r"\d", match.group(1))]


def _meeting(match: re.Match) -> list[Choice]:
    other = Choice("Kan ikke", "kan ikke") if match.group(1) == "NEI" else Choice("Flytt", "flytt")
    return [Choice("Ja", "ja"), other]


# First match wins: the meeting and helper questions also say "Svar JA", and a digit menu may follow.
RULES: list[tuple[re.Pattern, Callable[[re.Match], list[Choice]]]] = [
    (re.compile(r"\bSvar JA, eller JA ALT\b"),
     _fixed(("Ja", "ja"), ("Ja, også påminnelsene", "ja alt"), ("Nei", "nei"))),
    (re.compile(r"\bReply YES, or YES ALL\b"),
     _fixed(("Yes", "yes"), ("Yes, the reminders too", "yes all"), ("No", "no"))),
    (re.compile(r"\bSvar JA, eller (NEI|FLYTT)\b"), _meeting),
    (re.compile(r"\bReply YES, or NO\b"), _fixed(("Yes", "yes"), ("No", "no"))),
    (re.compile(r"\b(?:Svar|Reply) (\d(?:, \d)*(?: (?:eller|or) \d)?)\b"), _numbers),
    (re.compile(r"\bSkriv ferdig når .+?, eller trenger mer tid\b"),
     _fixed(("Ferdig", "ferdig"), ("Trenger mer tid", "trenger mer tid"))),
    (re.compile(r"\bWrite done when .+?, or need more time\b"),
     _fixed(("Done", "done"), ("Need more time", "need more time"))),
    (re.compile(r"\bsvar FLYTT\b"), _fixed(("Flytt", "flytt"))),
    (re.compile(r"\breply NO\b"), _fixed(("No", "no"))),
    (re.compile(r"\bSvar ja\b"), _fixed(("Ja", "ja"), ("Nei", "nei"))),
    (re.compile(r"\bReply yes\b"), _fixed(("Yes", "yes"), ("No", "no"))),
]


def choices_in(body: str) -> list[Choice]:
    """The buttons for a message of the service's; none when it asks nothing."""
    for pattern, choices in RULES:
        match = pattern.search(body)
        if match:
            return choices(match)
    return []
