"""Every fact's index keys, read fast enough to index 100,000 facts in a few seconds.

A fact's keys are those of the `words` of its texts (questions, keywords, answer), kept if
they are content words, expanded into stems, lemma and the operators' synonym concepts: the
keys of its questions and keywords, then the keys found only in its answer.

At 100,000 facts that is some 7 million words: read word by word in Python
(`read_in_python`, the reference), most of the 7 seconds of a build. The optional C
extension `bot._scan` walks the texts instead and asks Python only once per distinct token
what it means (`read_natively`): the build takes about 2.5 seconds. Both give every fact the
same keys (tests/test_fact_scan.py). The C path is used when the extension was compiled at
install; it needs a C compiler, and without one the install goes on with the reference.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, count
from operator import itemgetter
from typing import TypeAlias

import numpy as np
import numpy.typing as npt

from bot.models import Fact
from bot.synonyms import SynonymIndex
from bot.text import content_words, folded_text, token_words, word_keys, words

Buffer: TypeAlias = "array[int] | bytearray"  # int32 values, fact after fact
Scan = Callable[..., tuple[bytearray, bytearray, bytearray, bytearray]]
Group = Callable[[Buffer, Buffer, int], tuple[bytes, bytes, bytes]]
native_scan: Scan | None
native_group: Group | None
try:
    from bot._scan import group as native_group
    from bot._scan import scan as native_scan
except ImportError:  # no C compiler at install: the reference does the same, slower
    native_scan = native_group = None

# Made-up words between a fact's texts: they keep phrases (and "per cento") from spanning
# two texts, and tell the questions, the keywords and the answer apart.
TEXT_BREAK_WORD = "qxbreakxq"
KEYWORDS_WORD = "qxkeywordsxq"
ANSWER_WORD = "qxanswerxq"
BREAK_WORDS = frozenset({TEXT_BREAK_WORD, KEYWORDS_WORD, ANSWER_WORD})
_BREAK_KEYS = frozenset(k for w in BREAK_WORDS for k in word_keys(w))
_TEXT_BREAK = f" {TEXT_BREAK_WORD} "
_KEYWORDS_BREAK = f" {KEYWORDS_WORD} "
_ANSWER_BREAK = f" {ANSWER_WORD} "

# Entry flags shared with bot/_scan.c.
_PER_LAST, _CENTO, _KEYWORDS, _ANSWER = 1, 2, 4, 8


def fact_text(fact: Fact) -> str:
    """A fact's texts as one, read in one go: questions, keywords, answer, with the break
    words between them."""
    return (
        _TEXT_BREAK.join(fact.questions)
        + _KEYWORDS_BREAK
        + _TEXT_BREAK.join(fact.keywords)
        + _ANSWER_BREAK
        + fact.answer
    )


@dataclass(slots=True)
class FactKeys:
    """What indexing needs from the facts' texts.

    `postings` holds key ids fact after fact (its question keys, then its answer-only
    keys), `counts` the two sizes per fact; `key_ids` numbers the keys 0, 1, 2, ... in
    its order, and a key may have no posting."""

    key_ids: dict[str, int]
    postings: Buffer
    counts: Buffer
    vocabulary: set[str]  # every content word of the facts (`content_words` keeps)
    asked: set[str]  # the content words of their questions


def read_facts(facts: Iterable[Fact], synonyms: SynonymIndex) -> FactKeys:
    """The facts' keys, in C when the extension is there."""
    return read_natively(facts, synonyms) if native_scan else read_in_python(facts, synonyms)


def read_in_python(facts: Iterable[Fact], synonyms: SynonymIndex) -> FactKeys:
    """The reference: each fact's `words`, read in Python."""
    key_ids: dict[str, int] = {}
    postings: array[int] = array("i")
    counts: array[int] = array("i")
    vocabulary: set[str] = set()
    asked: set[str] = set()
    numbers = count()
    for fact in facts:
        tokens, question_words, question_keys, answer_keys = _read_fact(fact, synonyms)
        postings.extend(map(key_ids.setdefault, question_keys, numbers))
        postings.extend(map(key_ids.setdefault, answer_keys, numbers))
        counts.append(len(question_keys))
        counts.append(len(answer_keys))
        vocabulary.update(content_words(tokens))
        asked.update(question_words)
    _renumber(key_ids, postings)
    return FactKeys(key_ids, postings, counts, vocabulary - BREAK_WORDS, asked - BREAK_WORDS)


def _renumber(key_ids: dict[str, int], postings: Buffer) -> None:
    """Number the keys 0, 1, 2, ... in their order, in `postings` too (in place): they were
    numbered by their first posting, with gaps, so that reading stays in C."""
    first_numbers = np.fromiter(key_ids.values(), dtype=np.int64, count=len(key_ids))
    dense = np.zeros(int(first_numbers.max(initial=-1)) + 1, dtype=np.int32)
    dense[first_numbers] = np.arange(len(key_ids), dtype=np.int32)
    keys = np.frombuffer(postings, dtype=np.int32)  # shares the buffer: changed in place
    np.take(dense, keys, out=keys, mode="clip")
    del keys  # a buffer with a view on it cannot be emptied
    for number, key in enumerate(key_ids):
        key_ids[key] = number


Grouped: TypeAlias = tuple[npt.NDArray[np.int32], npt.NDArray[np.uint8], list[int]]


def group_postings(read: FactKeys) -> Grouped:
    """The postings grouped by key: the facts holding each key (ascending), 1 per posting
    where the key is only in the fact's answer, and where each key's slice ends. Empties
    `read.postings`: at 100,000 facts it weighs some 50 MB."""
    if native_group is not None:
        docs, fields, ends = native_group(read.postings, read.counts, len(read.key_ids))
        del read.postings[:]
        return (
            np.frombuffer(docs, dtype=np.int32),
            np.frombuffer(fields, dtype=np.uint8),
            np.frombuffer(ends, dtype=np.int64).tolist(),
        )
    # Step by step, dropping each array once used: the peak is what the machine must have.
    keys = np.frombuffer(read.postings, dtype=np.int32)
    order = np.argsort(keys, kind="stable")
    key_ends = np.cumsum(np.bincount(keys, minlength=len(read.key_ids))).tolist()
    del keys
    del read.postings[:]
    sizes = np.frombuffer(read.counts, dtype=np.int32)
    facts = len(sizes) // 2
    owner = np.repeat(np.arange(facts, dtype=np.int32), sizes[0::2] + sizes[1::2])
    docs_in_order = owner[order]
    del owner
    in_answer = np.repeat(np.tile(np.array([0, 1], dtype=np.uint8), facts), sizes)
    return docs_in_order, in_answer[order], key_ends


Read = tuple[list[str], list[str], set[str], set[str]]


def _read_fact(fact: Fact, synonyms: SynonymIndex) -> Read:
    """A fact's words, the content words of its questions, the keys of its questions and
    keywords, and the keys found only in its answer."""
    tokens = words(fact_text(fact))
    content = content_words(tokens)
    keys = synonyms.expansions(content)  # each starts with the word's stem
    listed = content.index(KEYWORDS_WORD)
    answer = content.index(ANSWER_WORD)
    question_keys = set(chain.from_iterable(keys[:answer]))
    answer_keys = set(chain.from_iterable(keys[answer:]))
    for start, _, concept in synonyms.concepts(list(map(itemgetter(0), keys))):
        (answer_keys if start > answer else question_keys).add(concept)
    question_keys -= _BREAK_KEYS
    answer_keys -= question_keys | _BREAK_KEYS
    return tokens, content[:listed], question_keys, answer_keys


class _Tokens:
    """What each distinct token means, for `bot._scan`: its entry (index, key ids, stems,
    flags), made on first sight."""

    def __init__(self, synonyms: SynonymIndex) -> None:
        self.synonyms = synonyms
        self.key_ids: dict[str, int] = {}
        self.key_names: list[str] = []
        self.content: list[list[str]] = []  # the content words of each entry, by index
        self.entries: dict[str, tuple[int, bytes, bytes, int]] = {}
        breaks = ((TEXT_BREAK_WORD, 0), (KEYWORDS_WORD, _KEYWORDS), (ANSWER_WORD, _ANSWER))
        for word, flags in breaks:
            self.entries[word] = (self._index([word]), b"", array("i", [-1]).tobytes(), flags)
        # Phrase openings as pairs of key ids, so the C side compares numbers.
        self.openings = {self._id(a) << 32 | self._id(b) for a, b in synonyms.openings()}

    def entry(self, token: str) -> tuple[int, bytes, bytes, int]:
        """A token's entry: the keys and stems of the content words it stands for."""
        found = token_words(token)
        content = content_words(found)
        expansions = self.synonyms.expansions(content)
        keys = dict.fromkeys(k for k in chain.from_iterable(expansions) if k not in _BREAK_KEYS)
        stems = array(
            "i", (2 * self._id(e[0]) + self.synonyms.opens_phrase(e[0]) for e in expansions)
        )
        flags = (_PER_LAST if found[-1] == "per" else 0) | (_CENTO if token == "cento" else 0)
        key_array = array("i", map(self._id, keys))
        return self._index(content), key_array.tobytes(), stems.tobytes(), flags

    def phrases(self, stems: Sequence[int]) -> list[int]:
        """The concept ids of the synonym phrases that these stem ids start."""
        names = [self.key_names[i] if i >= 0 else "" for i in stems[: self.synonyms.longest]]
        return [self._id(concept) for _, concept in self.synonyms.phrases_at(names)]

    def _id(self, key: str) -> int:
        found = self.key_ids.get(key)
        if found is None:
            found = self.key_ids[key] = len(self.key_names)
            self.key_names.append(key)
        return found

    def _index(self, content: list[str]) -> int:
        self.content.append(content)
        return len(self.content) - 1


FACT_BREAK = "\x1e"  # between two facts' texts folded in one go (bot/_scan.c)
BATCH = 1_000


def _folded_batches(facts: Iterable[Fact]) -> Iterator[str]:
    """The facts' texts, `BATCH` at a time joined by FACT_BREAK and folded in one go: the
    tokens are those of each text folded alone (FACT_BREAK is no token and survives)."""
    batch: list[str] = []
    for fact in facts:
        batch.append(fact_text(fact))
        if len(batch) == BATCH:
            yield _folded_batch(batch)
            batch = []
    if batch:
        yield _folded_batch(batch)


def _folded_batch(texts: list[str]) -> str:
    joined = FACT_BREAK.join(texts)
    if joined.count(FACT_BREAK) >= len(texts):  # a text holds one: it is no token anyway
        joined = FACT_BREAK.join(t.replace(FACT_BREAK, " ") for t in texts)
    return folded_text(joined)


def read_natively(facts: Iterable[Fact], synonyms: SynonymIndex) -> FactKeys:
    """`read_in_python`, with the texts walked by `bot._scan`."""
    if native_scan is None:
        raise RuntimeError("bot._scan was not compiled: use read_in_python")
    tokens = _Tokens(synonyms)
    percento = tokens.entry("percento")
    texts = _folded_batches(facts)
    postings, counts, asked_marks, used_marks = native_scan(
        texts, tokens.entries, tokens.entry, percento, tokens.openings, tokens.phrases
    )
    used = [tokens.content[i] for i, mark in enumerate(used_marks) if mark]
    asked = [tokens.content[i] for i, mark in enumerate(asked_marks) if mark]
    return FactKeys(
        tokens.key_ids,
        postings,
        counts,
        set(chain.from_iterable(used)) - BREAK_WORDS,
        set(chain.from_iterable(asked)) - BREAK_WORDS,
    )


class ArticleSpans:
    """For each news fact, the index range of its article's facts (facts come grouped by
    article file), and each article's range by its id; an article split across the list
    gets no range. Per fact, two arrays rather than a dict of tuples: at 100,000 facts that
    is under 1 MB instead of some 8 MB."""

    __slots__ = ("_by_article", "_first", "_last")

    def __init__(self, facts: Sequence[Fact]) -> None:
        """Read the ranges once, at build."""
        ranges: dict[str, tuple[int, int]] = {}
        count_of: dict[str, int] = {}
        for index, fact in enumerate(facts):
            if fact.article is not None:
                first, _ = ranges.get(fact.article.id, (index, index))
                ranges[fact.article.id] = (first, index + 1)
                count_of[fact.article.id] = count_of.get(fact.article.id, 0) + 1
        # array("i"): compact, and read back as plain ints faster than numpy's scalars.
        self._first = array("i", [-1]) * len(facts)
        self._last = array("i", [-1]) * len(facts)
        self._by_article: dict[str, tuple[int, int]] = {}
        for article_id, (first, last) in ranges.items():
            if last - first == count_of[article_id]:
                self._first[first:last] = array("i", [first]) * (last - first)
                self._last[first:last] = array("i", [last]) * (last - first)
                self._by_article[article_id] = (first, last)

    def get(self, index: int) -> tuple[int, int] | None:
        """The range of fact `index`'s article, or None when it has none."""
        first = self._first[index] if 0 <= index < len(self._first) else -1
        return None if first < 0 else (first, self._last[index])

    def of_article(self, article_id: str) -> tuple[int, int] | None:
        """The range of this article's facts, or None when it has none (or is split)."""
        return self._by_article.get(article_id)

    def around(self, index: int) -> tuple[int, int]:
        """The range of fact `index`'s article, or the fact alone when it has none."""
        return self.get(index) or (index, index + 1)

    def firsts(self, indices: npt.NDArray[np.int32]) -> npt.NDArray[np.int32]:
        """The first fact of each of these facts' articles (as `around` reads it: the fact
        itself when it has none), for a whole posting at once."""
        first = np.frombuffer(self._first, dtype=np.int32)[indices]
        return np.where(first < 0, indices, first).astype(np.int32)
