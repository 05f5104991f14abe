"""How informative an Italian word is, from its frequency in general Italian (`wordfreq`).

A word every text uses ("anche", "cosa") says little about what a reader wants; a rare
one ("Trainium", "fornitori") says a lot. The frequency list is folded like user text
(no accents) and kept as a compact trie (`bot.lexicon`), loaded once, lazily, so importing
the core stays cheap.
"""

from __future__ import annotations

from functools import lru_cache

from bot import lexicon

# Zipf scale: 7 is "di", 3 is a word seen once per million words, 0 is unknown.
MAX_INFO = 6.0
MIN_INFO = 0.6
NUMBER_INFO = 3.5
KNOWN_ZIPF = 2.5


def zipf(word: str) -> float:
    """The word's Zipf frequency in Italian (0 when unknown)."""
    return lexicon.zipf(word)


@lru_cache(maxsize=200_000)
def informativeness(word: str) -> float:
    """Weight of a word in a question: high for rare words, low for everyday ones."""
    if word[:1].isdigit():
        return NUMBER_INFO
    return max(MIN_INFO, min(MAX_INFO, 7.0 - zipf(word)))


def is_known_word(word: str) -> bool:
    """True for words common enough in Italian that they are not typos."""
    return zipf(word) >= KNOWN_ZIPF


COMMON_ZIPF = 3.0


@lru_cache(maxsize=1)
def common_words_by_length() -> dict[tuple[int, str], list[str]]:
    """Everyday Italian words (folded), by length and first letter: what a typo most likely
    meant. Typos rarely touch the first letter, and the small buckets keep lookups fast."""
    if COMMON_ZIPF < lexicon.FREQUENT_FLOOR:
        raise RuntimeError("bot.lexicon lists words from FREQUENT_FLOOR up: lower it and rebuild")
    buckets: dict[tuple[int, str], list[str]] = {}
    for word in lexicon.frequent_words():
        if zipf(word) >= COMMON_ZIPF and word.isalpha():
            buckets.setdefault((len(word), word[0]), []).append(word)
    return buckets


def doer_keys(keys: dict[str, float]) -> list[str]:
    """The verb of a doer's title, as a dictionary key: «curatore» (curare), «organizzatore»
    (organizzare); only verbs the dictionary holds. Not the other way: «Chi coordina?» is
    told by any role the news gives (`LEAD_VERBS`)."""
    return [
        "=" + verb
        for key in keys
        if key[0] == "=" and key.endswith("atore") and len(key) > 8
        if is_known_word(verb := key[1:-5] + "are")
    ]
