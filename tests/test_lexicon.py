"""The compact word tables (`bot.lexicon`) answer exactly as the dicts they replaced.

Here on a sample, to stay fast; `python -m bot.lexicon_build --check` compares every key.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot import lexicon, text, wordinfo
from bot.lexicon_build import (
    DATA,
    TABLE_FILES,
    installed_sources,
    manifest,
    non_words,
    sha256,
    source_lemmas,
    source_synonyms,
    source_zipf,
)

SAMPLE = 20_000
Sources = tuple[Mapping[str, str], dict[str, float]]


@pytest.fixture(scope="module")
def sources() -> Sources:
    """The former in-memory tables, from the same package versions as the shipped ones."""
    built_from = manifest()["sources"]
    assert installed_sources() == built_from, (
        f"tables built from {built_from}, installed {installed_sources()}: install those "
        "versions (pyproject's dev extra pins them) or rerun `python -m bot.lexicon_build`"
    )
    return source_lemmas(), source_zipf()


def sample(words: list[str], seed: int) -> list[str]:
    """A repeatable sample of `words`, with non-words mixed in."""
    rng = random.Random(seed)
    return rng.sample(words, min(SAMPLE, len(words))) + non_words(2_000, seed)


def former_lemma(table: Mapping[str, str], word: str) -> str | None:
    """`bot.text.lemma` as it was, on simplemma's dict."""
    accents = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}
    if word[:1].isdigit() or len(word) < 3:
        return None
    found = table.get(word)
    if found is None and word[-1] in accents:
        found = table.get(word[:-1] + accents[word[-1]])
        if found is None and word[-1] == "e":
            found = table.get(word[:-1] + "é")
    return text.fold(found) if found else None


def test_shipped_files_match_their_manifest() -> None:
    """The tables are the bytes the build wrote (no truncation, no line-ending rewrite)."""
    info = manifest()

    assert {name: sha256(DATA / name) for name in TABLE_FILES} == info["sha256"]
    assert lexicon.FREQUENT_FLOOR == info["frequent_floor"]


def test_lookups_equal_the_source_tables(sources: Sources) -> None:
    """Every sampled key, of either table, gets the same lemma and the same Zipf float."""
    lemmas, zipfs = sources
    probes = ["", *sample(list(lemmas), 1), *sample(list(zipfs), 2)]  # "" folds from "\u0301"

    assert [] == [w for w in probes if lexicon.lemma(w) != lemmas.get(w)]
    assert [] == [w for w in probes if lexicon.zipf(w) != zipfs.get(w, 0.0)]


def test_synonyms_equal_the_source_table(sources: Sources) -> None:
    """MultiWordNet's synonyms come back as built, for listed words and for others; a word
    of many senses gets none, and every synonym is listed back (the relation is symmetric)."""
    table = source_synonyms()
    probes = sample(list(table), 5) + sample(list(sources[1]), 6)

    assert [] == [w for w in probes if lexicon.synonyms(w) != table.get(w, ())]
    assert "rinviare" in lexicon.synonyms("rimandare")
    assert () == lexicon.synonyms("sostenere")  # 14 senses
    assert all(w in table.get(other, ()) for w in probes for other in table.get(w, ()))


def test_text_lemma_equals_the_former_lookup(sources: Sources) -> None:
    """Folded words, found as written or with an accented last vowel, keep their lemma;
    a word the table lacks may get one only as a verb with attached pronouns."""
    lemmas, zipfs = sources
    probes = sample([text.fold(w) for w in lemmas], 3) + sample(list(zipfs), 4)

    assert "usare" == text.lemma("usera")
    changed = [w for w in probes if text.lemma(w) != former_lemma(lemmas, w)]
    # Only new: the verb of an unlisted infinitive, gerund or order with pronouns attached
    # ("recuperarla", "colpiscilo").
    attached = (text._CLITIC, text._IMPERATIVE_CLITIC)
    assert [] == [
        w for w in changed if former_lemma(lemmas, w) or not any(p.fullmatch(w) for p in attached)
    ]


def test_word_information_equals_the_former_table(sources: Sources) -> None:
    """zipf, informativeness and is_known_word read the same frequencies as before."""
    _, zipfs = sources
    probes = sample(list(zipfs), 5)

    for word in probes:
        value = zipfs.get(word, 0.0)
        info = (
            wordinfo.NUMBER_INFO
            if word[:1].isdigit()
            else max(wordinfo.MIN_INFO, min(wordinfo.MAX_INFO, 7.0 - value))
        )
        assert (value, info, value >= wordinfo.KNOWN_ZIPF) == (
            wordinfo.zipf(word),
            wordinfo.informativeness(word),
            wordinfo.is_known_word(word),
        ), word


def test_common_words_keep_their_buckets_and_order(sources: Sources) -> None:
    """The typo candidates are the same words in the same order, since ties follow it."""
    _, zipfs = sources
    expected: dict[tuple[int, str], list[str]] = {}
    for word, value in zipfs.items():
        if value >= wordinfo.COMMON_ZIPF and word.isalpha():
            expected.setdefault((len(word), word[0]), []).append(word)

    assert list(expected.items()) == list(wordinfo.common_words_by_length().items())


@pytest.mark.parametrize("word", ["di\x00", "\x00", "casa\x00x"])
def test_nul_is_unknown(word: str) -> None:
    """marisa would stop a key at NUL and find "di"; a dict found nothing, and so does this."""
    assert 0.0 == lexicon.zipf(word)
    assert None is lexicon.lemma(word)


@pytest.mark.parametrize("word", ["ca\udcffsa", "\ud800"])
def test_lone_surrogates_behave_as_before(word: str) -> None:
    """No Zipf, as a dict miss; simplemma's table raised on them, and the trie raises too."""
    assert 0.0 == lexicon.zipf(word)
    with pytest.raises(UnicodeEncodeError):
        lexicon.lemma(word)


def test_places_are_regions_provinces_and_countries_few_words_share() -> None:
    """«sicilia», «milano», «romania» are places a reader may type in lower case; «prato»,
    «massa» and «mali» are also words, and are left out; «roma», «veneto» are kept."""
    from bot.lexicon_build import source_places

    places = lexicon.places()

    assert places == frozenset(source_places())
    assert {"sicilia", "milano", "romania", "lombardia", "germania"} <= places
    assert not {"prato", "massa", "mali", "citta", "marche", "latina"} & places
    # Words too, but meant as the place far more often: «a roma», «in veneto».
    assert {"roma", "veneto", "toscana", "firenze"} <= places


def test_the_hand_written_pairs_read_both_ways_and_skip_lines_without_a_bar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«vincere | vittoria, vincita» pairs the verb with each noun, both ways; a line with no
    bar, or a comment, pairs nothing."""
    (tmp_path / "coppie.txt").write_text(
        "# commento | no\nvincere | vittoria, vincita\npiovere, pioggia\n", encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "DATA", str(tmp_path))
    lexicon._pairs.cache_clear()
    try:
        table = lexicon._pairs("coppie.txt")
    finally:
        lexicon._pairs.cache_clear()
    assert table == {
        "vincere": ("vittoria", "vincita"),
        "vittoria": ("vincere",),
        "vincita": ("vincere",),
    }
