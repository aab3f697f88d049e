"""The words a pattern needs (services/safety/required_words.py): the safety net skips a pattern whose
words a message lacks, so every word named must really be needed."""
import random
import re
from pathlib import Path

import pytest
import yaml

from services.safety import net
from services.safety.required_words import WordIndex, required_words

HELDOUT_DIR = Path(__file__).resolve().parents[2] / "nlu" / "heldout"


@pytest.mark.parametrize(("pattern", "words"), [
    ("hagla", {"hagla"}),
    (r"(?:tau|reip)et\b", {"tau", "reip"}),  # one of every branch; "et" is shorter
    (r"kniv(?:en)?", {"kniv"}),  # an optional part is not needed
    (r"(?:stor\s+)?kniven", {"kniven"}),
    (r"^(?!.*jakt)\shagla\b", {"hagla"}),  # nor is a negative lookahead's word
    (r"^(?=.*\sbrua\b).*\sna\b", {"brua"}),  # a positive lookahead's word is, and the rarest set wins
    (r"(?<=ikke\s)sove", {"ikke"}),  # so is a positive lookbehind's
    (r"(?:tau)*x", {"x"}),  # a repeat that may be empty is not needed
    (r"(?:tau){2}", {"tau"}),
    (r"(?P<hit>piller|tabletter)\s+(?:i\s+)?kveld", {"piller", "tabletter"}),
    (r"(?:orker|(?:klarer|greier)\s+ike)\s+mer", {"orker", "klarer", "greier"}),
])
def test_words_a_pattern_needs(pattern, words):
    assert required_words(re.compile(pattern)) == words


@pytest.mark.parametrize("pattern", [r"\w+\s+\d+", r"(?:tau|\w+)", r"(?:tau|)x?", r"(?i)hagla", r"(?i:hagla)"])
def test_no_words_where_none_are_needed_or_case_is_ignored(pattern):
    assert required_words(re.compile(pattern)) is None


def test_word_index_finds_what_a_plain_search_finds():
    words = {"e", "ta", "tau", "tauet", "brua", " na ", "kniv", "ikke"}
    index = WordIndex(words)
    for text in (" tauet ligger klart ", " ta", " er pa brua na ", "", " kniven ", " ikk", "ikke"):
        assert index.found_in(text) == {w for w in words if w in text}, text


def _heldout_texts():
    for path in sorted(HELDOUT_DIR.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            yield from (line.strip()[2:] for line in block["examples"].splitlines() if line.strip().startswith("- "))


def test_no_pattern_of_the_net_matches_a_message_without_its_words():
    texts = [net.normalise(t) for t in random.Random(92).sample(list(_heldout_texts()), 600)]
    unsound = []
    for _, signs in net.SIGN_GROUPS:
        for sign in signs:
            for rx, words in zip(sign.patterns, sign.needs):
                if words is not None:
                    unsound += [(rx.pattern[:80], t) for t in texts if words.isdisjoint(net.words_in(t)) and rx.search(t)]
    assert not unsound


def test_nearly_every_pattern_of_the_net_names_its_words():
    needs = [words for _, signs in net.SIGN_GROUPS for sign in signs for words in sign.needs]
    assert sum(words is None for words in needs) <= 0.05 * len(needs)
