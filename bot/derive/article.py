"""Reading an article: plain text in the `seeds/` shape or Markdown with front matter,
with the header lines (author, date, reading time) in the shapes operators paste.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bot.derive.base import MAX_AUTHOR, MAX_TITLE, DeriveError, _shorten, split_sentences
from bot.text import MONTH_ABBREVIATIONS, MONTHS, fold


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A news article as the journalist wrote it, before it becomes facts."""

    title: str
    author: str
    published: dt.date
    paragraphs: tuple[str, ...]
    reading_minutes: int | None = None


_MONTH_NUMBER = {name: number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NUMBER.update({abbr: _MONTH_NUMBER[name] for abbr, name in MONTH_ABBREVIATIONS.items()})
_MONTH_NUMBER.update(
    {name[:3]: number for name, number in list(_MONTH_NUMBER.items()) if len(name) > 3}
)
_READING = re.compile(r"^tempo di lettura\s*:?\s*(\d+)\s*(?:min|minuti)?\.?$", re.IGNORECASE)
# A reading time closing a header line: «mariorossi | 17 dic 2025 | 3 min di lettura».
_READING_TAIL = re.compile(
    r"\s+[|·•]\s+(?:tempo di lettura\s*:?\s*)?(\d+)\s*(?:min|minuti)\.?(?:\s+di lettura)?$",
    re.IGNORECASE,
)
_COMMENTS = re.compile(r"^commenti(?:\s*\(?\d*\)?)?$", re.IGNORECASE)
# What a web page puts among the paragraphs and is not the article: links to other articles,
# photo credits, copyright, calls to subscribe or share.
_PAGE_CLUTTER = re.compile(
    r"^(?:©|(?:leggi anche|leggi pure|vedi anche|guarda anche|guarda il video"
    r"|potrebbe interessarti|ti potrebbe interessare|articoli correlati|correlati|foto|video"
    r"|credits?|riproduzione riservata|iscriviti|seguici|condividi|pubblicit[àa]"
    r"|ultimo aggiornamento|aggiornato (?:il|alle))\b)",
    re.IGNORECASE,
)
_FRONT_KEYS = {
    "title": "title",
    "titolo": "title",
    "author": "author",
    "autore": "author",
    "autrice": "author",
    "date": "date",
    "data": "date",
    "published": "date",
    "pubblicato": "date",
    "reading_time": "reading",
    "tempo_di_lettura": "reading",
}


def parse_date(text: str) -> dt.date | None:
    """Read "17 dic 2025", "17 dicembre 2025", "2025-12-17" or "17/12/2025"; else None.

    A weekday, "Pubblicato il" and a time ("ore 10:30") around the date are allowed.
    """
    value = fold(text).strip().strip("\"'").rstrip(".")
    value = _DATE_PREFIX.sub("", value)
    value = _DATE_TIME.sub("", value).strip().rstrip(",").strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?", value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{1,2})(?:°|º)?\s+([a-z]+)\.?,?\s+(\d{4})", value):
            month = _MONTH_NUMBER.get(m[2])
            return dt.date(int(m[3]), month, int(m[1])) if month else None
    except ValueError:
        return None
    return None


_DATE_PREFIX = re.compile(
    r"^(?:(?:pubblicato|aggiornato|uscito)(?: il)?:?\s+|data:?\s+)?"
    r"(?:(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica),?\s+)?"
)
_DATE_TIME = re.compile(r"(?:,?\s*(?:ore|alle|-|–)?\s*\d{1,2}[:.]\d{2})$")
_BULLET = re.compile(r"^[-–•*]\s*")
_BYLINE = re.compile(r"^(?:di|by|autore:?|autrice:?|firma:?|a cura di)\s+", re.IGNORECASE)
_DATELINE = re.compile(r"[A-ZÀ-Ý][\w'À-ÿ]*")  # one capitalised word: a city
# At most this many lines after the title are read as its header (author, date, reading).
MAX_HEADER_LINES = 4


def _is_byline(line: str) -> bool:
    """A line naming the author: a bullet ("- mrossi"), "Di Mario Rossi", a username, or a
    few capitalised words ("Mario Rossi"); not a subtitle or a sentence of the article."""
    if _BULLET.match(line) or _BYLINE.match(line):
        return True
    names = line.split()
    return (
        len(names) <= 4
        and not re.search(r"[.!?:;\d]", line)
        and (len(names) == 1 or all(n[:1].isupper() for n in names))  # not a short subtitle
    )


def _byline_with_date(line: str) -> tuple[str, dt.date] | None:
    """Author and date on one line, as many sites print them: "Di Mario Rossi, 18 feb 2026",
    "Mario Rossi | 18/02/2026", "mrossi - 18 febbraio 2026"; a dateline ("Roma, 18 feb
    2026") gives its date and no author."""
    parts = re.split(r"\s*(?:[,|·•]|\s[-–—]\s)\s*", _clean_inline(line).strip("*_ "), maxsplit=1)
    if len(parts) != 2 or not _is_byline(parts[0]):
        return None
    date = parse_date(parts[1])
    if date is None:
        return None
    if _DATELINE.fullmatch(parts[0]):  # "Roma, 18 feb 2026": where the news comes from
        return "", date
    return _BYLINE.sub("", parts[0]).strip(), date


def parse_article(text: str, *, fallback_date: dt.date | None = None) -> RawArticle:
    """Read an article in the `seeds/` shape or as Markdown with front matter.

    The `seeds/` shape is a title line, then "- author", "- 17 dic 2025" and
    "- Tempo di lettura: 3 min" lines, then one paragraph per line; a trailing
    "Commenti" line (left over from the web page) is ignored. Operators paste articles
    from many places, so the header lines may also come without "- " ("Di Mario Rossi",
    "12 marzo 2026, ore 10:30"), with blank lines between paragraphs; an article without
    a date line takes `fallback_date` (the date in its file name).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise DeriveError("il file è vuoto")
    if text.lstrip().startswith("---"):
        return _parse_markdown(text.lstrip(), fallback_date)
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    first = _clean_inline(lines[0].lstrip("#").strip())
    if len(first) > MAX_TITLE or (len(first) > 150 and first.endswith(".")):
        # No title line: the text starts with its first paragraph.
        title, index = _shorten(split_sentences(first)[0], MAX_TITLE), 0
    else:
        title, index = first, 1
    author, published, minutes = "", None, None
    while index and index < min(len(lines), 1 + MAX_HEADER_LINES):
        value = _BULLET.sub("", lines[index]).strip()
        if (tail := _READING_TAIL.search(value)) and value[: tail.start()].strip():
            minutes, value = int(tail[1]), value[: tail.start()].strip()  # «… | 3 min»
        if reading := _READING.match(value):
            minutes = int(reading[1])
        elif (date := parse_date(value)) is not None:
            published = date
        elif not author and (both := _byline_with_date(value)):
            author, published = both
        elif not author and _is_byline(lines[index]):
            author = _BYLINE.sub("", value)
        else:
            break
        index += 1
    paragraphs = [_clean_inline(line) for line in lines[index:]]
    return _finish(title, author, published or fallback_date, paragraphs, minutes)


def _parse_markdown(text: str, fallback_date: dt.date | None = None) -> RawArticle:
    """Front matter (`key: value` lines between `---`), then Markdown paragraphs."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise DeriveError("l'intestazione Markdown (tra due righe «---») non è chiusa")
    for line in lines[1:end]:
        if ":" in line:
            key, _, value = line.partition(":")
            name = _FRONT_KEYS.get(fold(key).strip().replace(" ", "_"))
            if name:
                meta[name] = value.strip().strip("\"'")
    paragraphs: list[str] = []
    current: list[str] = []
    title = meta.get("title", "")
    for line in lines[end + 1 :]:
        stripped = line.strip()
        heading = re.match(r"^#{1,6}\s+(.*)$", stripped)
        if heading and not title:
            title = heading[1]
            continue
        if not stripped or heading or re.match(r"^[-*+]\s+|^\d+[.)]\s+", stripped):
            if current:
                paragraphs.append(" ".join(current))
            current = []
            if heading:
                continue
            stripped = re.sub(r"^[-*+]\s+|^\d+[.)]\s+", "", stripped)
        if stripped and not re.fullmatch(r"[-*_]{3,}", stripped):
            current.append(stripped.lstrip("> ").strip())
    if current:
        paragraphs.append(" ".join(current))
    reading = re.search(r"\d+", meta.get("reading", ""))
    published = parse_date(meta["date"]) if "date" in meta else fallback_date
    if "date" in meta and published is None:
        raise DeriveError(
            f"data non valida nell'intestazione: «{meta['date']}» (scrivila come 2025-12-17)"
        )
    return _finish(
        _clean_inline(title),
        meta.get("author", ""),
        published,
        [_clean_inline(p) for p in paragraphs],
        int(reading[0]) if reading else None,
    )


def _clean_inline(text: str) -> str:
    """Drop Markdown emphasis and links, and normalise spaces and apostrophes."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    text = text.replace("’", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def _is_clutter(paragraph: str) -> bool:
    """A short line of the web page around the article («Leggi anche: …», «Foto: Ansa»);
    a real paragraph that happens to start with «Video» is longer."""
    return bool(_PAGE_CLUTTER.match(paragraph)) and len(paragraph.split()) <= 25


def _finish(
    title: str, author: str, published: dt.date | None, paragraphs: list[str], minutes: int | None
) -> RawArticle:
    """Check that the article has what a knowledge file needs."""
    while paragraphs and _COMMENTS.match(paragraphs[-1]):
        paragraphs.pop()
    paragraphs = [p for p in paragraphs if p and not _COMMENTS.match(p) and not _is_clutter(p)]
    if not title:
        raise DeriveError("manca il titolo (la prima riga dell'articolo)")
    if published is None:
        raise DeriveError(
            "manca la data di pubblicazione: aggiungi sotto il titolo una riga come «- 17 dic 2025»"
            " o metti la data all'inizio del nome del file (2025-12-17-titolo.txt)"
        )
    if not paragraphs:
        raise DeriveError("manca il testo dell'articolo dopo titolo, autore e data")
    title, author = _shorten(title, MAX_TITLE), _shorten(author or "redazione", MAX_AUTHOR)
    return RawArticle(title, author, published, tuple(paragraphs), minutes)


def read_article(path: Path) -> RawArticle:
    """Read and parse an article file; raise `DeriveError` in plain Italian when it cannot."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DeriveError("il file non esiste") from None
    except IsADirectoryError:
        raise DeriveError("è una cartella, non un file") from None
    except PermissionError:
        raise DeriveError("non ho il permesso di leggere il file") from None
    except OSError as exc:
        raise DeriveError(f"impossibile leggere il file: {exc.strerror or exc}") from None
    if not raw.strip():
        raise DeriveError("il file è vuoto")
    if b"\x00" in raw:
        raise DeriveError("il file non è testo (sembra un file binario)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DeriveError("il file non è testo UTF-8 (salvalo come UTF-8)") from None
    return parse_article(text, fallback_date=_date_in_name(path))


def _date_in_name(path: Path) -> dt.date | None:
    """The date a file name starts with, as in `seeds/` ("2025-12-17-openai-….txt")."""
    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", path.name)
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3])) if found else None
    except ValueError:
        return None
