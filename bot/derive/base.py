"""Limits and small helpers every step of `newsbot derive` shares: Italian sentence
splitting (abbreviations, decimals, quotes), telling a verb form, the error it raises.
"""

from __future__ import annotations

import re

from bot.text import fold, lemma


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


# Abbreviations after which a full stop never ends a sentence (titles, "p.es.", "n.").
_NEVER_END = frozenset(
    _wordlist(
        """dott dott.ssa dr dr.ssa prof prof.ssa ing avv avv.ta arch sig sig.ra sig.na sigg geom
    rag on sen mons gen col magg ten cap mr mrs ms st p pp pag art artt n nn nr num vol ca
    cfr es p.es ad.es ved fig tab tel ss sgg op cit lett rif tav all prot c.a a.c d.c vs
    sec min max mln mld mrd sett ott nov dic genn febb apr giu lug ago"""
    )
)
# Abbreviations that may close a sentence: they end it when a capital letter follows.
_MAY_END = frozenset(_wordlist("ecc etc s.p.a spa s.r.l srl s.n.c snc s.a.s sas inc ltd co"))
_BOUNDARY = re.compile(r"([.!?…]+)([\"»”’')\]]*)(\s+)(?=[\"«“‘'(\[]?[A-ZÀ-Ý0-9])")
_OPENING = {"«": "»", "“": "”"}


def split_sentences(text: str) -> list[str]:
    """Split an Italian paragraph into sentences.

    A full stop does not end a sentence after an abbreviation ("dott.", "p.es.",
    "prof.ssa"), an initial ("J."), inside a number ("1.240", "3,75%"), or inside a
    quotation («…», “…”, "…"), so a quoted remark stays whole with its speaker.
    """
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(2)
        if _inside_quote(text[start:end]):
            continue
        before = text[start : match.start(1)]
        word = re.search(r"([\w.'’]+)$", before)
        token = fold(word[1]).split("'")[-1].lower() if word else ""
        if match[1] == "." and token:
            if token in _NEVER_END or re.fullmatch(r"[a-z]", token):
                continue
            if "." in token and token not in _MAY_END and len(token) <= 6:
                continue  # "a.C.", "U.S.A." inside a sentence
        piece = text[start:end].strip()
        if piece:
            sentences.append(piece)
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _inside_quote(text: str) -> bool:
    """True when `text` opens a quotation it does not close."""
    depth = 0
    for opening, closing in _OPENING.items():
        depth += max(0, text.count(opening) - text.count(closing))
    straight = len(re.findall(r'"', text))
    return depth > 0 or straight % 2 == 1


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
