"""Compact Italian word tables: simplemma's form → lemma, wordfreq's folded word → Zipf, and
MultiWordNet's Italian synonyms of a dictionary word.

As Python dicts the two cost ~95 MB of RSS; as MARISA tries (`marisa-trie`) they take ~3 MB,
load in milliseconds and answer a lookup in about a microsecond, with the same values.

The tries are generated data shipped in `lexicon_data/` beside this module, so a fresh clone,
a wheel and the Docker image have them without building anything at start-up: building them
needs the full dicts, the very memory they save. `python -m bot.lexicon_build` regenerates
them from the installed simplemma and wordfreq; this module only reads them, and imports
nothing heavy, so importing the core stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lexicon_data")
LEMMAS_FILE = "lemmas.marisa"
ZIPF_FILE = "zipf.marisa"
FREQUENT_FILE = "frequent.txt"
SYNONYMS_FILE = "synonyms.marisa"
PLACES_FILE = "places.txt"
# Hand-written groups of words news and readers use for one another (`news_synonyms`).
GROUP_FILES = ("verbi.txt", "nomi.txt")

# `frequent_words()` lists words from this Zipf up: the lowest threshold a caller can apply.
FREQUENT_FLOOR = 3.0


@lru_cache(maxsize=1)
def _lemma_trie() -> Any:
    """Form → UTF-8 lemma, read whole into memory (faster lookups than mmap, ~1.7 MB)."""
    import marisa_trie  # type: ignore[import-not-found]

    trie = marisa_trie.BytesTrie()
    trie.load(os.path.join(DATA, LEMMAS_FILE))
    return trie


@lru_cache(maxsize=1)
def _zipf_trie() -> Any:
    """Folded word → Zipf as a double, so values are wordfreq's floats bit for bit."""
    import marisa_trie

    trie = marisa_trie.RecordTrie("<d")
    trie.load(os.path.join(DATA, ZIPF_FILE))
    return trie


def lemma(form: str) -> str | None:
    """simplemma's Italian lemma of `form` as written (accents and all); None if unlisted.

    Like simplemma's table, a lone surrogate raises UnicodeEncodeError.
    """
    if "\x00" in form:  # marisa stops a key at NUL ("abc\0x" would find "abc"); none has one
        return None
    found = _lemma_trie().get(form)
    if not found:
        return None
    value: bytes = found[0]
    return value.decode()


def zipf(word: str) -> float:
    """The folded word's Zipf frequency in Italian, exactly as before; 0 when unlisted."""
    if "\x00" in word:  # see `lemma`
        return 0.0
    try:
        found = _zipf_trie().get(word)
    except UnicodeEncodeError:  # a lone surrogate: a dict lookup simply missed it
        return 0.0
    if not found:
        return 0.0
    value: float = found[0][0]
    return value


def listed(candidates: Iterable[str]) -> list[str]:
    """The candidates wordfreq lists (a Zipf above 0), in one pass over the trie: faster
    than `zipf` on each when most are not words (a speller's one-letter variants)."""
    trie = _zipf_trie()
    found = []
    for word in candidates:
        try:
            if "\x00" not in word and word in trie:
                found.append(word)
        except UnicodeEncodeError:  # a lone surrogate: no word
            continue
    return found


def frequent_words() -> list[str]:
    """Folded words with Zipf ≥ FREQUENT_FLOOR, in the order of the former table (wordfreq's,
    most frequent first), since callers' tie-breaks follow that order."""
    with open(os.path.join(DATA, FREQUENT_FILE), "rb") as file:
        text = file.read().decode("utf-8")
    return text.split("\n")[:-1]


@lru_cache(maxsize=1)
def _synonyms_trie() -> Any:
    """Folded dictionary word → its synonyms, "|"-separated UTF-8 (~1 MB)."""
    import marisa_trie

    trie = marisa_trie.BytesTrie()
    trie.load(os.path.join(DATA, SYNONYMS_FILE))
    return trie


@lru_cache(maxsize=20_000)
def synonyms(word: str) -> tuple[str, ...]:
    """The folded single-word synonyms MultiWordNet gives `word` (a folded dictionary form,
    as `bot.text.lemma` returns it), for words of few senses only; () when it has none."""
    if "\x00" in word:  # see `lemma`
        return ()
    try:
        found = _synonyms_trie().get(word)
    except UnicodeEncodeError:
        return ()
    if not found:
        return ()
    value: bytes = found[0]
    return tuple(value.decode().split("|"))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Folded one-word names of Italy's regions and provinces and of the world's countries
    in Italian (`pycountry`), none of them a dictionary word: «sicilia», «romania»."""
    with open(os.path.join(DATA, PLACES_FILE), "rb") as file:
        return frozenset(file.read().decode("utf-8").split("\n")[:-1])


@lru_cache(maxsize=1)
def _word_groups() -> dict[str, tuple[str, ...]]:
    """Each word of `GROUP_FILES` → the others of its group, reflexives under their plain
    form too («concludersi» is what `lemma` reads «si conclude» as: «concludere»)."""
    groups: dict[str, tuple[str, ...]] = {}
    for name in GROUP_FILES:
        for members in _listed(name):
            forms = {w: (w, w[:-2] + "e") if w.endswith("rsi") else (w,) for w in members}
            for word, own in forms.items():
                others = tuple(f for o in members if o != word for f in forms[o])
                for form in own:
                    groups[form] = others
    return groups


def _listed(name: str) -> Iterator[list[str]]:
    """The comma-separated words of each line of the hand-written file `name` in `DATA`
    (lines opening with «#» are comments)."""
    with open(os.path.join(DATA, name), encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#") and line.strip():
                yield [w.strip() for w in line.split(",") if w.strip()]


OPPOSITES_FILE = "contrari.txt"
ACTIONS_FILE = "azioni.txt"


@lru_cache(maxsize=2)
def _pairs(name: str) -> dict[str, tuple[str, ...]]:
    """Each word of the file `name` («word | other, other») → its others, every pair read
    both ways."""
    table: dict[str, dict[str, None]] = {}
    for first, *rest in _listed(name):
        if "|" not in first:
            continue  # a line with no bar pairs nothing
        word, _, other = (part.strip() for part in first.partition("|"))
        for each in (other, *rest) if other else rest:
            if each != word:
                table.setdefault(word, {})[each] = None
                table.setdefault(each, {})[word] = None
    return {word: tuple(others) for word, others in table.items()}


def opposites(word: str) -> tuple[str, ...]:
    """The words that say the opposite of `word` (a folded dictionary form): «facoltativo»
    of «obbligatorio», «notte» of «giorno». A yes/no question states a claim the news
    may deny in the opposite word."""
    return _pairs(OPPOSITES_FILE).get(word, ())


ALTERNATIVES_FILE = "alternative.txt"


@lru_cache(maxsize=1)
def _kinds() -> dict[str, tuple[str, ...]]:
    """Each word of `ALTERNATIVES_FILE` → the other words of its kind."""
    table: dict[str, tuple[str, ...]] = {}
    for listed in _listed(ALTERNATIVES_FILE):
        members = tuple(dict.fromkeys(listed))
        for word in members:
            table[word] = tuple(w for w in members if w != word)
    return table


def alternatives(word: str) -> tuple[str, ...]:
    """The other words of `word`'s kind, each ruling it out (folded dictionary forms):
    «portoghese» of «italiano», «argento» of «oro», «nero» of «rosso»."""
    return _kinds().get(word, ())


def actions(word: str) -> tuple[str, ...]:
    """The nouns of what a verb does or an adjective says, and the verb or adjective of such
    a noun (folded dictionary forms), where no regular ending joins them: «vittoria» of
    «vincere», «piovere» of «pioggia», «profondità» of «profondo»."""
    return _pairs(ACTIONS_FILE).get(word, ())


def news_synonyms(word: str) -> tuple[str, ...]:
    """The words news and readers use for `word` (a folded dictionary form): «calare»,
    «scendere» for «diminuire», «refurtiva» for «bottino». Hand-written for the commonest
    words of the news, which have too many senses for MultiWordNet's and the thesaurus's
    one-sense synonyms."""
    return _word_groups().get(word, ())
