"""The Italian thesaurus of LibreOffice (Debian package `mythes-it`), read where installed.

Readers paraphrase: «ingaggiati» for «assunti», «sborsare» for «pagare», «devastato» for
«distrutto». MultiWordNet (`lexicon.synonyms`) knows few of these everyday pairs; the
thesaurus knows many. It is GPL-3 data, so the bot does not ship it: it reads the
system's copy (`apt-get install mythes-it`), or the file `NEWSBOT_THESAURUS` names, and
without it simply knows fewer synonyms.

Only headwords of one meaning are used, and only their one-word synonyms: a word of many
meanings («linea», «partita») would join the news to whatever its other senses are.
The index (headword → offset, ~26,000 entries) is read once; the data file is mapped, and an
entry is read from it when first asked for, so the memory cost stays a few megabytes.
"""

from __future__ import annotations

import mmap
import os
from functools import lru_cache

from bot.text import fold

DEFAULT_PATHS = ("/usr/share/mythes/th_it_IT_v2.dat",)


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


def _entry(data: str, offset: int) -> tuple[str, ...]:
    """The one-word synonyms of the entry at `offset`, if it has a single meaning."""
    mapped = _mapped(data)
    if mapped is None or not 0 <= offset < len(mapped):
        return ()
    head_end = mapped.find(b"\n", offset)
    if head_end < 0:
        return ()
    meaning_end = mapped.find(b"\n", head_end + 1)
    try:
        head = mapped[offset:head_end].decode("utf-8")
        line = mapped[head_end + 1 : meaning_end if meaning_end >= 0 else len(mapped)]
        meaning = line.decode("utf-8").split("|")[1:]
    except UnicodeDecodeError:
        return ()
    if head.rpartition("|")[2] != "1":
        return ()
    return tuple(dict.fromkeys(fold(w) for w in meaning if w and " " not in w))


@lru_cache(maxsize=20_000)
def synonyms(word: str) -> tuple[str, ...]:
    """The folded one-word synonyms of `word` (a folded dictionary form) in the thesaurus,
    if the word has one meaning there; () when it has none or no thesaurus is installed."""
    data = path()
    if data is None:
        return ()
    offset = _index(data).get(word)
    return () if offset is None else _entry(data, offset)
