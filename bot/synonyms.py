"""The operators' synonyms (`knowledge/sinonimi.toml`) as index keys.

Each group becomes a concept key (`~number`) that its one-word members carry next to their
own stems and lemma, and that a multi-word member («raccogliere fondi») adds to every word of
the phrase where it occurs. Questions and facts are expanded alike, so either side may use
any member of a group.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from bot.text import stem, stopwords, word_keys, words

# A stem shorter than this («sal», «sen», «gen») joins unrelated words («sale», «salute»): a word
# meets a group through it only if it is the member's own dictionary word.
MIN_SHARED_STEM = 4


class SynonymIndex:
    """The operators' synonym groups as concept keys (`~group`) found in word sequences."""

    def __init__(self, groups: Iterable[Sequence[str]]) -> None:
        self._single: dict[str, str] = {}
        self._multi: dict[tuple[str, ...], str] = {}
        self._starts: set[str] = set()
        self._openings: set[tuple[str, ...]] = set()  # first two stems of each phrase
        self._expansions: dict[str, tuple[str, ...]] = {}
        self.longest = 1
        for number, group in enumerate(groups):
            concept = f"~{number}"
            for phrase in group:
                tokens = words(phrase)
                content = [w for w in tokens if w not in stopwords()] if len(tokens) > 1 else tokens
                if len(content) == 1:
                    for key in word_keys(content[0]):
                        self._single.setdefault(key, concept)
                elif content:
                    stems = tuple(stem(w) for w in content)
                    self._multi.setdefault(stems, concept)
                    self._starts.add(stems[0])
                    self._openings.add(stems[:2])
                    self.longest = max(self.longest, len(stems))
        self.vocabulary = {w for group in groups for phrase in group for w in words(phrase)}

    def single(self, key: str) -> str | None:
        """The concept of a one-word synonym with this key, if any."""
        return self._single.get(key)

    def opens_phrase(self, stem: str) -> bool:
        """Whether a multi-word synonym phrase starts with this stem."""
        return stem in self._starts

    def openings(self) -> set[tuple[str, ...]]:
        """The first two stems of every multi-word synonym phrase."""
        return set(self._openings)

    def phrases_at(self, stems: Sequence[str]) -> list[tuple[int, str]]:
        """(length, concept) of each multi-word synonym phrase that `stems` starts with."""
        found = (
            (end, self._multi.get(tuple(stems[:end])))
            for end in range(2, min(len(stems), self.longest) + 1)
        )
        return [(end, concept) for end, concept in found if concept]

    def word_expansion(self, word: str) -> tuple[str, ...]:
        """A word's own keys plus its one-word synonym concepts (cached: words repeat)."""
        found = self._expansions.get(word)
        if found is None:
            own = word_keys(word)
            # A group its dictionary word belongs to says what it means: a group its stem
            # alone reaches is a look-alike («fondato» is «fondare», not the «fondi» of money).
            by_lemma = {c for k in own if k[0] == "=" and (c := self._single.get(k))}
            concepts = by_lemma or {
                c
                for k, c in zip(own, map(self._single.get, own), strict=True)
                if c and len(k) >= MIN_SHARED_STEM
            }
            found = own + tuple(sorted(concepts))
            if len(self._expansions) > 200_000:
                self._expansions.clear()
            self._expansions[word] = found
        return found

    def expansions(self, content: Sequence[str]) -> list[tuple[str, ...]]:
        """`word_expansion` of each word; known words are a dict read in C (builds read
        millions of words, most of them already seen)."""
        found = list(map(self._expansions.get, content))
        if None in found:
            found = [f or self.word_expansion(w) for f, w in zip(found, content, strict=True)]
        return found  # type: ignore[return-value]

    def concepts(self, stems: Sequence[str]) -> list[tuple[int, int, str]]:
        """Every (start, end, concept) where a multi-word synonym phrase occurs in `stems`."""
        if self._starts.isdisjoint(stems) or self._openings.isdisjoint(pairwise(stems)):
            return []  # checked in C: the common case
        return [
            (start, start + length, concept)
            for start, first in enumerate(stems)
            if first in self._starts
            for length, concept in self.phrases_at(stems[start : start + self.longest])
        ]


def expand(content: Sequence[str], synonyms: SynonymIndex) -> list[set[str]]:
    """For each content word, the keys it stands for: stems, lemma and synonym concepts."""
    keys = [set(synonyms.word_expansion(word)) for word in content]
    if synonyms.longest > 1:
        stems = [stem(w) for w in content]
        for start, end, concept in synonyms.concepts(stems):
            for position in range(start, end):
                keys[position].add(concept)
    return keys
