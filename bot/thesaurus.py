"""The Italian thesaurus of LibreOffice (Debian package `mythes-it`), read where installed.

Readers paraphrase: «ingaggiati» for «assunti», «sborsare» for «pagare», «devastato» for
«distrutto». MultiWordNet (`lexicon.synonyms`) knows few of these everyday pairs; the
thesaurus knows many. It is GPL-3 data, so the bot does not ship it: it reads the
system's copy (`apt-get install mythes-it`), or the file `NEWSBOT_THESAURUS` names, and
without it simply knows fewer synonyms.

Only their one-word synonyms are used: all of a headword of one meaning; of a headword of
two, only those that list it back (`lists_back`); none of a word of more meanings, which
would join the news to whatever its other senses are.
The index (headword → offset, ~26,000 entries) is read once; the data file is mapped, and an
entry is read from it when first asked for, so the memory cost stays a few megabytes.
"""

from __future__ import annotations

import mmap
import os
from functools import lru_cache

from bot.text import fold

DEFAULT_PATHS = ("/usr/share/mythes/th_it_IT_v2.dat",)
# Words of more meanings than this are not joined to any synonym: the senses would mix.
MAX_MEANINGS = 2


def path() -> str | None:
    """The thesaurus data file in use: `NEWSBOT_THESAURUS` if set, else the system's."""
    chosen = os.environ.get("NEWSBOT_THESAURUS")
    if chosen is not None:
        return chosen if os.path.isfile(chosen) else None
    return next((p for p in DEFAULT_PATHS if os.path.isfile(p)), None)


@lru_cache(maxsize=4)
def _index(data: str) -> dict[str, int]:
    """Folded headword → offset of its entry in `data` (from the `.idx` beside it)."""
    offsets: dict[str, int] = {}
    index = data[: -len(".dat")] + ".idx" if data.endswith(".dat") else data + ".idx"
    try:
        with open(index, encoding="utf-8") as lines:
            next(lines, None)  # the encoding
            next(lines, None)  # the number of entries
            for line in lines:
                word, _, offset = line.rstrip("\n").rpartition("|")
                if word and offset.isdigit() and " " not in word:
                    offsets.setdefault(fold(word), int(offset))
    except (OSError, UnicodeDecodeError):
        return {}
    return offsets


@lru_cache(maxsize=4)
def _mapped(data: str) -> mmap.mmap | None:
    """The data file mapped read-only: an entry is read without opening the file again,
    and only the pages read take memory."""
    try:
        with open(data, "rb") as file:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None


def _meanings(data: str, offset: int) -> tuple[tuple[str, ...], ...]:
    """The one-word synonyms of each meaning of the entry at `offset` (its header says how
    many meanings follow, one per line)."""
    mapped = _mapped(data)
    if mapped is None or not 0 <= offset < len(mapped):
        return ()
    head_end = mapped.find(b"\n", offset)
    if head_end < 0:
        return ()
    try:
        count = int(mapped[offset:head_end].decode("utf-8").rpartition("|")[2])
    except (UnicodeDecodeError, ValueError):
        return ()
    meanings: list[tuple[str, ...]] = []
    start = head_end + 1
    for _ in range(min(count, MAX_MEANINGS + 1)):
        end = mapped.find(b"\n", start)
        try:
            line = mapped[start : end if end >= 0 else len(mapped)].decode("utf-8")
        except UnicodeDecodeError:
            return ()
        meanings.append(
            tuple(dict.fromkeys(fold(w) for w in line.split("|")[1:] if w and " " not in w))
        )
        if end < 0:
            break
        start = end + 1
    return tuple(meanings)


@lru_cache(maxsize=40_000)
def _senses(word: str) -> tuple[tuple[str, ...], ...]:
    """`word`'s meanings in the thesaurus (none when it has more than `MAX_MEANINGS`, or
    is not there, or no thesaurus is installed)."""
    data = path()
    offset = _index(data).get(word) if data is not None else None
    meanings = () if data is None or offset is None else _meanings(data, offset)
    return meanings if len(meanings) <= MAX_MEANINGS else ()


@lru_cache(maxsize=20_000)
def synonyms(word: str) -> tuple[str, ...]:
    """The folded one-word synonyms of `word` (a folded dictionary form) in the thesaurus,
    if the word has one meaning there; () when it has none or no thesaurus is installed."""
    meanings = _senses(word)
    return meanings[0] if len(meanings) == 1 else ()


def of_two_meanings(word: str) -> tuple[str, ...]:
    """The one-word synonyms of both meanings of a word that has two (() otherwise): which
    of them share its sense, `lists_back` tells, one by one, for those worth asking."""
    meanings = _senses(word)
    return tuple(dict.fromkeys(w for m in meanings for w in m)) if len(meanings) == 2 else ()


def lists_back(word: str, other: str) -> bool:
    """Whether `other`, a synonym of a word of two meanings, has at most two meanings itself
    and lists `word` among them: one sense shared («pubblico» and «collettivo»), not a
    word of another sense («linea» and «atteggiamento»)."""
    return other != word and any(word in meaning for meaning in _senses(other))
