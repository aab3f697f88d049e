"""The words a regex cannot match without, read from its parse tree: a cheap test before the regex runs.

The safety net (services/safety/net.py) has some two thousand patterns, and nearly every message
matches none of them; most patterns name words that the message does not contain ("hagla", " tau",
"brua"). ``required_words(rx)`` finds, in the pattern itself, a set of strings of which the text
must contain at least one for ``rx`` to match; ``WordIndex`` tells at once which of all those strings
a text contains. A pattern whose strings are all absent cannot match and is not run: the verdict is
the same, only cheaper.

Sound by construction: a string is taken only from parts every match must pass through (a run of
literal characters in sequence, a group, one of every branch, a repeat of at least one, a positive
lookahead or lookbehind), never from a negative lookaround or an optional part. Where nothing can be
said the pattern has no required words (None) and always runs.
"""
from __future__ import annotations

import re

try:
    from re import _parser as _sre
except ImportError:  # Python 3.10, the Rasa server's environment
    import sre_parse as _sre

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT} | ({_sre.POSSESSIVE_REPEAT} if hasattr(_sre, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_sre, "ATOMIC_GROUP", None)
_GRAM = 3  # WordIndex looks strings up by their first three characters


class _CaseInsensitive(Exception):
    pass


def _most_selective(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The set whose shortest string is longest (rarest), then the one with fewest strings."""
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _required(items) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run():
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        end_run()
        found = None
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                raise _CaseInsensitive
            found = _required(sub)
        elif op is _sre.BRANCH:
            options = [_required(branch) for branch in av[1]]
            found = None if any(option is None for option in options) else frozenset().union(*options)
        elif op in _REPEATS:
            low, _high, sub = av
            found = _required(sub) if low >= 1 else None
        elif op is _sre.ASSERT:  # a positive lookahead or lookbehind: its words are in the text too
            found = _required(av[1])
        elif _ATOMIC is not None and op is _ATOMIC:
            found = _required(av)
        if found:
            candidates.append(found)
    end_run()
    return _most_selective(candidates)


def required_words(rx: re.Pattern) -> frozenset[str] | None:
    """Strings of which a text must contain one for ``rx`` to match it, or None when there are none to name."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        return _required(_sre.parse(rx.pattern, rx.flags))
    except _CaseInsensitive:
        return None


class WordIndex:
    """Which of many strings a text contains, found by looking each of the text's three-character
    pieces up once instead of searching the text for every string."""

    def __init__(self, words):
        words = set(words)
        self._short = tuple(sorted(w for w in words if len(w) < _GRAM))
        self._by_start: dict[str, tuple[str, ...]] = {}
        for word in sorted(w for w in words if len(w) >= _GRAM):
            self._by_start[word[:_GRAM]] = self._by_start.get(word[:_GRAM], ()) + (word,)

    def found_in(self, text: str) -> frozenset[str]:
        found = {word for word in self._short if word in text}
        for start in range(len(text) - _GRAM + 1):
            for word in self._by_start.get(text[start:start + _GRAM], ()):
                if text.startswith(word, start):
                    found.add(word)
        return frozenset(found)
