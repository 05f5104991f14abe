"""The C extension that reads facts (`bot._scan`) gives exactly what the Python reference
gives: the same keys for every fact, the same words, the same grouping by key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot import (
    _scan,  # the suite runs where `pip install -e .` compiled it
    fact_scan,
)
from bot.fact_scan import FactKeys, group_postings, read_in_python, read_natively
from bot.knowledge import load_knowledge
from bot.models import Article, Fact
from bot.synonyms import SynonymIndex

try:
    from bot import _scan
except ImportError as missing:  # the suite compares the two readers: both must be there
    raise ImportError(
        "bot._scan, the C part of bot/fact_scan.py, is not compiled: install a C compiler "
        "(gcc) and run `pip install -e .` again"
    ) from missing

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = Article("a", "Titolo", "Autore", dt.date(2026, 1, 1), "Testata")
# Synonym groups with phrases, so that phrase concepts are read too.
GROUPS = (
    ("costo della vita", "carovita"),
    ("intelligenza artificiale", "ia", "ai"),
    ("raccogliere fondi", "raccolta fondi", "finanziamento"),
    ("data center", "centro dati"),
    ("per cento", "percentuale"),
)


def _grouped(read: FactKeys, *, native: bool) -> dict[str, list[tuple[int, int]]]:
    """Each key with postings: its (fact, only in the answer) pairs, whatever its number."""
    saved = fact_scan.native_group
    fact_scan.native_group = _scan.group if native else None
    try:
        docs, fields, ends = group_postings(read)
    finally:
        fact_scan.native_group = saved
    names = sorted(read.key_ids, key=read.key_ids.__getitem__)
    grouped = {}
    for number, key in enumerate(names):
        start = ends[number - 1] if number else 0
        if ends[number] > start:
            span = slice(start, ends[number])
            grouped[key] = list(zip(docs[span].tolist(), fields[span].tolist(), strict=True))
    return grouped


def _same_reading(facts: list[Fact], groups: tuple[tuple[str, ...], ...] = GROUPS) -> None:
    synonyms = SynonymIndex(groups)
    python = read_in_python(facts, synonyms)
    native = read_natively(facts, synonyms)
    assert native.vocabulary == python.vocabulary
    assert native.asked == python.asked
    assert (
        np.frombuffer(native.counts, dtype=np.int32).tolist()
        == np.frombuffer(python.counts, dtype=np.int32).tolist()
    )
    assert _grouped(native, native=True) == _grouped(python, native=False)


def test_the_shipped_and_test_knowledge_read_alike() -> None:
    """Every fact the project ships or tests with: the same keys from C and from Python."""
    knowledge = load_knowledge([ROOT / "knowledge", ROOT / "tests" / "data" / "knowledge"])
    _same_reading(list(knowledge.facts), tuple(knowledge.synonyms))


_PIECES = [
    *"abcdeiklmnoprstuxzAIE ,.'’`%€$0123456789\x1e\n«»-",
    *("per cento", " cento", "AI ", "A.I.", "xke ", "cmq ", "qxanswerxq"),
    *("costo della vita", "intelligenza artificiale", "data center"),
    *("è", "À", "ﬁ", "٣", "ẞ", "\u0301", "😀"),
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(_TEXT, st.lists(_TEXT, min_size=1, max_size=3), st.lists(_TEXT, max_size=2)),
        min_size=1,
        max_size=4,
    )
)
@example([("Il 3 per cento dell'AI costa 10 €.", ["Quanto costa la vita?"], ["costo della vita"])])
@example([("x cento", ["per\x1ecento"], []), ("", [""], ["qxkeywordsxq"])])
@example([("Il lupo M74 sulla A7, H2iseO, pm2,5 e 5G.", ["c6?"], ["A321neo"])])
def test_any_text_reads_alike(facts: list[tuple[str, list[str], list[str]]]) -> None:
    """Any answer, questions and keywords: accents, symbols, digits of other scripts, the
    fact separator and the break words inside a text, "per cento" and phrases."""
    built = [
        Fact(f"f{i}", answer, tuple(questions), tuple(keywords), ARTICLE)
        for i, (answer, questions, keywords) in enumerate(facts)
    ]
    _same_reading(built)


def test_many_facts_read_alike_across_batches() -> None:
    """More facts than one batch of the C reader, with tokens seen again and again."""
    text = "prezzi crescono del 3,5 per cento nel 2026 costo della vita data center IA"
    words = text.split()
    facts = [
        Fact(
            f"f{i}",
            " ".join(words[(i + j) % len(words)] for j in range(i % 13 + 3)) + f" numero {i}",
            (f"Quanto vale {words[i % len(words)]} {i % 7}?",),
            (words[(i * 5) % len(words)],),
            ARTICLE,
        )
        for i in range(2 * fact_scan.BATCH + 7)
    ]
    _same_reading(facts)


def test_group_refuses_counts_that_do_not_add_up() -> None:
    """A wrong call is an error, not a read past the end of the postings."""
    postings = np.array([0, 1, 1], dtype=np.int32).tobytes()
    with pytest.raises(ValueError, match="add up"):
        _scan.group(bytearray(postings), bytearray(np.array([1, 1], dtype=np.int32).tobytes()), 2)
    with pytest.raises(ValueError, match="out of range"):
        _scan.group(bytearray(postings), bytearray(np.array([2, 1], dtype=np.int32).tobytes()), 1)


def test_scan_refuses_an_entry_with_a_negative_id() -> None:
    """Ids index arrays in C: a bad entry is an error, not a write out of bounds."""
    bad = (0, np.array([-3], dtype=np.int32).tobytes(), b"", 0)
    good = (1, b"", b"", 0)
    with pytest.raises(ValueError, match="negative"):
        _scan.scan(["parola"], {}, lambda token: bad, good, set(), lambda stems: [])


def test_article_spans_give_each_grouped_article_its_range() -> None:
    """Facts come grouped by article file: each fact knows its article's range. An article
    whose facts are split across the list gets none, and small talk (no article) none."""
    other = Article("b", "Altro", "Autore", dt.date(2026, 1, 2), "Testata")
    split = Article("c", "Diviso", "Autore", dt.date(2026, 1, 3), "Testata")
    facts = [
        Fact("a1", "Uno.", (), (), ARTICLE),
        Fact("a2", "Due.", (), (), ARTICLE),
        Fact("c1", "Tre.", (), (), split),
        Fact("b1", "Quattro.", (), (), other),
        Fact("c2", "Cinque.", (), (), split),
        Fact("ciao", "Ciao!", (), (), None),
    ]

    spans = fact_scan.ArticleSpans(facts)

    assert [spans.get(i) for i in range(len(facts))] == [
        (0, 2),
        (0, 2),
        None,
        (3, 4),
        None,
        None,
    ]
    assert spans.around(2) == (2, 3)
    assert spans.get(99) is None
    assert [spans.of_article(a) for a in (ARTICLE.id, "b", "c", "z")] == [
        (0, 2),
        (3, 4),
        None,
        None,
    ]
