"""Italian sentence splitting: where a full stop ends a sentence and where it does not
(abbreviations, initials, numbers, quotations). Shared by the drafting of facts
(`bot.derive`) and by the matcher, which reads which words of a fact stand in one sentence.
"""

from __future__ import annotations

import re

from bot.text import fold


def _listed(text: str) -> frozenset[str]:
    """A word list written as prose, one space apart, so long lists stay readable."""
    return frozenset(text.split())


# Abbreviations after which a full stop never ends a sentence (titles, "p.es.", "n.").
_NEVER_END = _listed(
    """dott dott.ssa dr dr.ssa prof prof.ssa ing avv avv.ta arch sig sig.ra sig.na sigg geom
    rag on sen mons gen col magg ten cap mr mrs ms st p pp pag art artt n nn nr num vol ca
    cfr es p.es ad.es ved fig tab tel ss sgg op cit lett rif tav all prot c.a a.c d.c vs
    sec min max mln mld mrd sett ott nov dic genn febb apr giu lug ago"""
)
# Abbreviations that may close a sentence: they end it when a capital letter follows.
_MAY_END = _listed("ecc etc s.p.a spa s.r.l srl s.n.c snc s.a.s sas inc ltd co")
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
        if inside_quote(text[start:end]):
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


def inside_quote(text: str) -> bool:
    """True when `text` opens a quotation it does not close."""
    depth = 0
    for opening, closing in _OPENING.items():
        depth += max(0, text.count(opening) - text.count(closing))
    straight = len(re.findall(r'"', text))
    return depth > 0 or straight % 2 == 1
