"""Frozen value types shared by every layer: what the knowledge holds and what the matcher says."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What kind of reply the bot gives."""

    FACT = "fact"
    SMALLTALK = "smalltalk"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Article:
    """A news article the bot knows; the source of its facts."""

    id: str
    title: str
    author: str
    published: dt.date
    source: str
    path: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    """One answerable statement, or a small-talk reply when `article` is None."""

    id: str
    answer: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    article: Article | None = None
    draft: bool = False
    path: str = ""

    @property
    def kind(self) -> Kind:
        """Facts from articles are news; the rest is the bot's own small talk."""
        return Kind.FACT if self.article is not None else Kind.SMALLTALK

    @property
    def title_question(self) -> str:
        """What a suggestion button says: the first real question an operator wrote; for a
        draft (questions made by `newsbot derive`, often stilted or a list of keywords) or a
        fact without one, the start of the answer, which always reads well."""
        if not self.draft:
            for question in self.questions:
                if question.rstrip().endswith("?") and len(question.split()) >= 2:
                    return question
        return shortened(self.answer, TITLE_LENGTH)


TITLE_LENGTH = 80


def shortened(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.«(")
    return cut + "…"


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Everything loaded from the knowledge directory, swapped in as one piece."""

    articles: tuple[Article, ...] = ()
    facts: tuple[Fact, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    files: tuple[str, ...] = ()

    @property
    def news_facts(self) -> tuple[Fact, ...]:
        """Facts that come from articles, without small talk."""
        return tuple(f for f in self.facts if f.article is not None)

    def fact(self, fact_id: str) -> Fact | None:
        """The fact with this id, if any."""
        for f in self.facts:
            if f.id == fact_id:
                return f
        return None


@dataclass(frozen=True, slots=True)
class Answer:
    """The matcher's verdict on one question: plain data, no markup, no Telegram."""

    question: str
    kind: Kind
    text: str
    fact: Fact | None = None
    confidence: float = 0.0
    suggestions: tuple[Fact, ...] = field(default=())
    # The question fits facts of several articles alike: `suggestions` are the choice.
    ambiguous: bool = False
