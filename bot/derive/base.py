"""Limits and small helpers every step of `newsbot derive` shares: Italian sentence
splitting (`bot.sentences`: abbreviations, decimals, quotes), telling a verb form, the
error it raises.
"""

from __future__ import annotations

import re

from bot.sentences import split_sentences
from bot.text import fold, lemma

__all__ = ["split_sentences"]  # for the other steps, which read sentences from here


def _wordlist(text: str) -> list[str]:
    """A word list written as prose, one space apart, so long lists stay readable."""
    return text.split()


MAX_ANSWER = 1000
MAX_TITLE = 300  # the limits `newsbot validate` enforces on [article]
MAX_AUTHOR = 120
# A fact of two or three short sentences still reads well on a phone; no longer merges.
MAX_MERGED = 520
# The title's words a summary also answers to: readers ask with the headline's words.
TITLE_WORDS = 8
MAX_QUESTION_WORDS = 16
MAX_KEYWORDS = 16
MAX_RELATED = 20


class DeriveError(Exception):
    """An article that cannot be turned into facts; the message is for the operator."""


# Auxiliaries and modals before a verb: «sono stati restaurati», «potrà superare».
_AUXILIARIES = frozenset(
    _wordlist(
        """ha hanno ho abbiamo avete aveva avevano avra avranno avrebbe e sono era erano sara
    saranno sarebbe stato stata stati state viene vengono verra verranno venne puo possono
    potra potranno potrebbe deve devono dovra dovranno dovrebbe vuole vogliono si ne ci"""
    )
)


# Infinitives, gerunds and past participles: a verb group needs a finite verb.
_NON_FINITE = re.compile(r"(?:are|ere|ire|rre|ando|endo|[aiu]t[oaie]|ss[oaie]|st[oaie]|[ae]nti)$")


def _is_finite_verb(token: str) -> bool:
    """A verb form that can make a clause on its own: «paga», «pagherà», not «pagato»."""
    return _is_verb(token) and not _NON_FINITE.search(fold(token))


def _is_auxiliary(token: str) -> bool:
    """«è», «sono», «ha», «potrà»…: not «e» (and), which folds like «è» (is)."""
    return token.lower() != "e" and fold(token) in _AUXILIARIES


_VERB_FORM = re.compile(r"(?:rà|ranno|ato|ata|ati|ate|ito|ita|uto|uta|ano|ono|isce|iscono)$")


def _is_verb(word: str) -> bool:
    """Whether the word's dictionary form is an infinitive ("scende" -> "scendere")."""
    base = lemma(fold(word))
    return base is not None and base.endswith(("are", "ere", "ire", "rre"))


def _shorten(text: str, limit: int) -> str:
    """Cut at a sentence or word boundary, with an ellipsis, when longer than `limit`."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    sentence_end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    if sentence_end > limit // 2:
        return cut[: sentence_end + 1]
    return cut[: cut.rfind(" ")].rstrip(" ,;:") + "…"
