"""Draft a knowledge file from a raw article: `newsbot derive ARTICLE ... [-o DIR]`.

An operator drops today's article in `seeds/` and gets, in seconds, a TOML file that
`newsbot validate` accepts and the bot serves at once. Every fact is a draft for review.

The pipeline is pure up to the last step, so each piece can be tested alone:
`parse_article` (plain text or Markdown with front matter) -> `split_sentences`
(Italian abbreviations, decimals, quotes) -> `statements` (one or two sentences, made
self-contained) -> `build_facts` (questions by intent, keywords by informativeness,
ids from content) -> `render_toml` -> `write_atomic`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from bot.text import MONTH_ABBREVIATIONS, MONTHS, content_words, fold, lemma, stem, words
from bot.wordinfo import informativeness, zipf


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

# -- errors ----------------------------------------------------------------------------


class DeriveError(Exception):
    """An article that cannot be turned into facts; the message is for the operator."""


# -- parsing ---------------------------------------------------------------------------


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


# -- sentences -------------------------------------------------------------------------

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


# -- entities --------------------------------------------------------------------------

_TITLES = r"(?:dott\.ssa|dott\.|dr\.|prof\.ssa|prof\.|ing\.|avv\.|sig\.ra|sig\.|on\.|sen\.|mons\.)"
_PARTICLE = r"(?:De|Di|Del|Della|Da|Dal|La|Lo|Le|Van|Von|Mac|Mc|D')"
_CAP = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
_NAME = re.compile(
    rf"(?:(?P<title>{_TITLES})\s+)?(?P<name>{_CAP}(?:\s+{_PARTICLE})?\s+{_CAP}(?:\s+{_CAP})?)"
)
_ROLE_BEFORE = re.compile(
    r"\b(?:presidente|ministr[oa]|direttore|direttrice|regista|attore|attrice|sindac[oa]|"
    r"segretari[oa]|portavoce|economista|ricercat(?:ore|rice)|astrofisic[oa]|scienziat[oa]|"
    r"allenatore|ct|capitano|amministrat(?:ore|rice) delegat[oa]|ad|ceo|fondat(?:ore|rice)|"
    r"professor(?:e|essa)|giornalista|scrittore|scrittrice|cantante|campione|campionessa|"
    r"ciclista|pilota|giocatore|giocatrice|responsabile|capo|leader|premier|governatore|"
    r"governatrice|assessore|consigliere|deputat[oa]|senat(?:ore|rice)|interprete|"
    r"protagonista|vincitore|vincitrice|analista|esperto|esperta|avvocato|giudice|"
    r"procuratore|medico|dottoressa|presidentessa)\s+"
    r"(?:(?!(?:di|del|della|dello|dell|dei|degli|delle|a|al|alla|da|dal|dalla|in|nel|nella|"
    r"per|con|su|sul|sulla)\b)[a-zà-ÿ]+\s+){0,2}$",
    re.IGNORECASE,
)
_AFTER_NAME = re.compile(
    r"^\s*(?:,\s*\d+\s+anni|\(\d+\)|,\s*(?:ha|che)\b|\s+ha\s+(?:detto|dichiarato|"
    r"spiegato|commentato|raccontato|ricordato|aggiunto|sottolineato|affermato))"
)
# Frequent Italian and international first names, so "Giulia Aresti" is a person and
# "Sala Grande" is not.
_FIRST_NAMES = frozenset(
    _wordlist(
        """adriano agnese alberto alessandra alessandro alessia alice andrea angela angelo anna
    antonella antonio arianna arturo aurora barbara beatrice benedetta bruno camilla carla
    carlo carlotta caterina cecilia chiara christian cinzia claudia claudio cristina daniela
    daniele dario davide debora diego domenico donatella edoardo elena eleonora elisa
    elisabetta emanuele emma enrico enzo federica federico filippo flavio francesca
    francesco franco gabriele gabriella giacomo gianluca gianni giorgia giorgio giovanna
    giovanni giulia giulio giuseppe giuseppina grazia guido ilaria irene jacopo laura
    leonardo letizia lorenzo luca lucia luciano luigi luisa manuela marcello marco
    margherita maria marina mario marta martina massimo matilde matteo mattia maurizio
    michela michele mirko monica nadia nicola nicoletta noemi paola paolo patrizia piero
    pietro raffaele raffaella renato riccardo roberta roberto rocco rosa rossella sabrina
    salvatore samuele sara serena sergio silvia simona simone sofia stefania stefano
    teresa tommaso valentina valeria valerio vincenzo vittoria vittorio walter
    claire john james michael david robert mary anne marie jean pierre sophie helena
    hans peter thomas emmanuel ursula christine olaf pedro carlos juan jose"""
    )
)


@dataclass(slots=True)
class Entities:
    """Names found in the article: people (in order of mention) and noun-name pairs."""

    people: list[str] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)
    named: dict[str, str] = field(default_factory=dict)  # "sonda" -> "MIRA"
    # "Consorzio" -> "Consorzio di tutela Barolo Barbaresco": the short form refers back.
    institutions: dict[str, str] = field(default_factory=dict)
    recent: list[Named] = field(default_factory=list)
    paragraph: list[Named] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def learn(self, text: str) -> None:
        """Remember the names `text` gives to things, the latest last."""
        for named in associations(text):
            self.named[named.noun] = named.name
            self.recent.append(named)
            self.paragraph.append(named)

    def referent(self) -> Named | None:
        """What an unnamed "il lancio" is about.

        The thing named last in this paragraph, else the named thing the article
        mentions most.
        """
        if self.paragraph:
            return self.paragraph[-1]
        if not self.recent:
            return None
        return max(self.recent, key=lambda n: (self.counts[n.name], -self.recent.index(n)))


def find_people(text: str) -> list[tuple[int, str]]:
    """People named in `text` with their position: a title, a first name or a role says so."""
    found: list[tuple[int, str]] = []
    for match in _NAME.finditer(text):
        name = match["name"]
        first = fold(name.split()[0])
        if first in _COMMON_START:
            continue  # "Per Lorenzin", capitalised only because it opens a sentence
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 40]
        if (
            match["title"]
            or first in _FIRST_NAMES
            or _ROLE_BEFORE.search(before)
            or _AFTER_NAME.match(after)
        ):
            found.append((match.start("name"), name))
    return found


# Things an article names ("la sonda MIRA"); a later "la sonda" gets the name back.
_THING_NOUNS = _wordlist(
    "operazione provvedimento società azienda gruppo strumento decisione misura accordo "
    "intesa iniziativa progetto programma piano documento rapporto studio ricerca indagine "
    "legge norma decreto riforma manovra ente istituto agenzia organizzazione associazione "
    "compagnia marchio prodotto dispositivo sistema tecnologia veicolo sonda missione premio "
    "film opera evento manifestazione festival mostra squadra club team vicenda caso "
    "libro pellicola struttura impianto frase dichiarazione incontro vertice riunione voto "
    "sentenza radar satellite razzo nave aereo modello farmaco vaccino trattato regolamento "
    "banca fondo indice tappa gara corsa partita torneo campionato concorso spettacolo serie "
    "album canzone concerto cerimonia conferenza rassegna app piattaforma servizio rete"
)
# What happens to a thing ("il lancio", "le riprese"); it gets "of <the thing>" back.
_EVENT_NOUNS = _wordlist(
    "lancio viaggio partenza arrivo uscita debutto presentazione riprese proiezione costo "
    "budget incasso trasferimento finanziamento investimento obiettivo scopo annuncio "
    "abbonamento abbonamenti biglietto biglietti tariffa tariffe iscrizione apertura chiusura"
)
# Nouns that sum up what was just said ("il dato", "gli aumenti"): merged with it.
_SUMMING_NOUNS = _wordlist(
    "dato dati numeri risultato risultati effetto motivo aumento aumenti rincaro rincari calo "
    "rialzo crescita spesa prezzo indotto contributo componente comparto andamento valore "
    "cifra somma stima fenomeno causa cause ragione ragioni motivi conseguenza conseguenze "
    "situazione problema colpa"
)
_GENERIC_NOUNS = _THING_NOUNS + _EVENT_NOUNS + _SUMMING_NOUNS
_GENERIC = re.compile(
    r"^(?:il|lo|la|l'|i|gli|le|questo|questa|quest'|tale)\s*(?P<noun>"
    + "|".join(sorted(set(_GENERIC_NOUNS), key=len, reverse=True))
    + r")\b(?P<rest>.*)$",
    re.IGNORECASE,
)


_NOUN_GROUP = "|".join(sorted(set(_THING_NOUNS), key=len, reverse=True))
_EVENT_GROUP = "|".join(sorted(set(_EVENT_NOUNS), key=len, reverse=True))
_QUOTED = r"«[^»]{2,60}»|\"[^\"]{2,60}\"|“[^”]{2,60}”"
_NAMED_AFTER = re.compile(
    rf"\b(?P<art>il|lo|la|l'|i|gli|le|del|della|dello|dell'|nel|nella|sul|sulla)\s*"
    rf"(?P<noun>{_NOUN_GROUP})"
    rf"(?:\s+(?!(?:è|e|ha|sono|di|del|della|a|in|con|per)\b)[a-zà-ÿ]+)?"
    rf"\s+(?P<name>[A-Z][A-Za-z0-9]+(?:\s+\d+)?|{_QUOTED})"
)
_NAMED_BEFORE = re.compile(
    rf"(?:(?P<name>\b[A-Z][A-Za-z0-9]+),\s+(?P<art>un|uno|una|un')"
    rf"|(?P<quoted>{_QUOTED}),\s+(?P<qart>un|uno|una|un'|il|lo|la|l'))"
    rf"\s*(?:nuov[oa]\s+|prim[oa]\s+)?(?P<noun>{_NOUN_GROUP})\b"
)
# "il nuovo servizio di bike sharing, BiciBo," names the service after a short complement.
_NAMED_APPOSITION = re.compile(
    rf"\b(?P<art>il|lo|la|l'|i|gli|le)\s*(?:nuov[oa]\s+|prim[oa]\s+)?(?P<noun>{_NOUN_GROUP})"
    rf"(?:\s+(?:di|del|della|per|a)\s+[a-zà-ÿ' ]{{1,40}}?)?,\s+"
    rf"(?P<name>[A-Z][A-Za-z0-9]+|{_QUOTED})(?=[,.;:]|\s+(?:che|è|ha)\b)"
)
_BASE_ARTICLE = {
    "il": "il",
    "lo": "lo",
    "la": "la",
    "l'": "l'",
    "i": "i",
    "gli": "gli",
    "le": "le",
    "del": "il",
    "della": "la",
    "dello": "lo",
    "dell'": "l'",
    "nel": "il",
    "nella": "la",
    "sul": "il",
    "sulla": "la",
    "un": "il",
    "uno": "lo",
    "una": "la",
    "un'": "l'",
}
_OF = {
    "il": "del ",
    "lo": "dello ",
    "la": "della ",
    "l'": "dell'",
    "i": "dei ",
    "gli": "degli ",
    "le": "delle ",
}


@dataclass(frozen=True, slots=True)
class Named:
    """A thing the article gave a name: "la sonda MIRA" is ("sonda", "MIRA", "la")."""

    noun: str
    name: str
    article: str

    def genitive(self) -> str:
        """How an event of this thing refers back to it: "della sonda MIRA"."""
        return f"{_OF.get(self.article, 'di ')}{self.noun} {self.name}"


def associations(text: str) -> list[Named]:
    """Nouns given a name in `text`: "la sonda MIRA", "SIRIO, un radar", «X», il nuovo film."""
    found: list[tuple[int, Named]] = []
    for match in [*_NAMED_AFTER.finditer(text), *_NAMED_APPOSITION.finditer(text)]:
        article = _BASE_ARTICLE[match["art"].lower()]
        found.append((match.start(), Named(match["noun"].lower(), match["name"], article)))
    for match in _NAMED_BEFORE.finditer(text):
        name = match["name"] or match["quoted"]
        article = _BASE_ARTICLE[(match["art"] or match["qart"]).lower()]
        found.append((match.start(), Named(match["noun"].lower(), name, article)))
    return [named for _, named in sorted(found, key=lambda item: item[0])]


def find_entities(article: RawArticle) -> Entities:
    """Collect the people and named things that an anaphora can point back to."""
    entities = Entities()
    text = "\n".join((article.title, *article.paragraphs))
    for _, name in find_people(text):
        if name not in entities.people:
            entities.people.append(name)
            entities.surnames.setdefault(name.split()[-1], name)
    entities.learn(article.title)
    for match in _INSTITUTION.finditer(text):
        entities.institutions.setdefault(match["head"], match["name"].rstrip(" ,"))
    for named in associations(text):
        entities.counts[named.name] = text.count(named.name.strip('«»“”"'))
    return entities


# Capitalised only because they start a sentence; never a name.
_COMMON_START = frozenset(
    _wordlist(
        """il lo la i gli le un uno una l dopo prima per con secondo anche nel nella nei negli
    in a da di del della al alla e ma se che non si ci questo questa questi queste quello
    quella quelli quelle cosi oggi ieri domani tra fra su sul sulla finora intanto inoltre
    tuttavia pero infatti invece quindi ora gia accanto una sono era sara ha hanno ho
    abbiamo e lei lui loro noi voi io tu esso essa nell all dall sull come quando dove
    perche mentre durante oltre circa solo ogni tutti tutto molti molte alcuni alcune
    cresce scendono sale salgono resta restano arriva arrivano"""
    )
)

# -- self-contained statements ---------------------------------------------------------

_PERSONAL = re.compile(
    r"^(?P<lead>(?:(?:e|ma|anche|inoltre|poi|intanto)\s+)?)"
    r"(?P<pronoun>(?:lei|lui|egli|ella|essa|esso)(?:\s+stess[oa])?)\b",
    re.IGNORECASE,
)
_SAME_NAME = re.compile(
    r"^(?:(?:e|ma|anche)\s+)?(?:lo stesso|la stessa)\s+(?P<name>[A-Z][a-zà-ÿ]+)\b"
)
_DEPENDENT = re.compile(
    r"^(?:(?:e|ma|anche|inoltre|poi|intanto|infatti|invece|quindi|pero|però|tuttavia|così|cosi)\s+)?"
    r"(?:quest[oaie]|quest'|ci[oò]|tal[ei]|quell[oaie]|quell'|ess[oaie]|entramb[ie]|"
    r"si tratta|lo stesso|la stessa|gli stessi|le stesse|il primo|la prima|il secondo|"
    r"la seconda|l'ultimo|l'ultima|costui|costei|anch'ess[oa]|in controtendenza|"
    r"al contrario|viceversa|in compenso|a differenza)\b",
    re.IGNORECASE,
)
# A sentence that opens with an auxiliary or modal verb has its subject elsewhere.
_VERB_START = re.compile(
    r"^(?:è|e'|sarà|saranno|sono|era|erano|ha|hanno|aveva|avevano|avrà|avranno|potrà|"
    r"potranno|potrebbe|potrebbero|dovrà|dovranno|dovrebbe|dovrebbero|può|possono|deve|"
    r"devono|resta|restano|rimane|rimangono|punta|mira|vuole|vogliono|ne|vi)\b",
    re.IGNORECASE,
)
# A connective, then a verb: «Poi propone…», «Infine chiede…» (the subject is elided).
_THEN_VERB = re.compile(
    r"^(?:poi|quindi|infine|inoltre|intanto|successivamente|dopo)\s+(?P<verb>[a-zà-ÿ]+)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:ha|hanno|avrebbe)\s+(?:detto|dichiarato|spiegato|commentato|raccontato|ricordato|"
    r"aggiunto|sottolineato|affermato|precisato|osservato|annunciato|concluso|ammesso|"
    r"assicurato|avvertito|scritto)\b|\b(?:dice|spiega|commenta|racconta|afferma|sottolinea|"
    r"aggiunge|osserva|precisa|avverte)\b"
)


@dataclass(frozen=True, slots=True)
class Statement:
    """One fact's worth of text: the original sentences and the self-contained answer."""

    sentences: tuple[str, ...]
    answer: str
    paragraph: int


def _needs_context(sentence: str, entities: Entities) -> bool:
    """Whether a sentence leans on the one before it for its subject."""
    if _DEPENDENT.match(sentence) or _PERSONAL.match(sentence):
        return True
    if sentence.startswith(("«", "“", '"')) and not _SPEECH.search(sentence):
        return True  # a quotation without its speaker
    generic = _GENERIC.match(sentence)
    if generic and not re.match(
        r"\s*(?:[a-zà-ÿ]+\s+)?(?:di\s+|del\s+|della\s+|dell')?[A-Z«“\"]", generic["rest"]
    ):
        noun = generic["noun"].lower()
        if noun in _EVENT_NOUNS:
            return entities.referent() is None
        return noun not in entities.named
    if _VERB_START.match(sentence):
        return not re.search(r"\b[A-Z][a-zA-Z]{2,}", sentence[1:])
    # «Poi propone un codice…»: who proposes is in the sentence before.
    then = _THEN_VERB.match(sentence)
    return bool(then and _is_finite_verb(then["verb"]))


# Institutions the news names in full once, then by their first word: «il Consorzio di
# tutela Barolo Barbaresco» ... «il presidente del Consorzio».
_INSTITUTION_HEADS = (
    "Consorzio|Comune|Regione|Provincia|Associazione|Autorità|Agenzia|Fondazione|Istituto|"
    "Università|Tribunale|Procura|Ministero|Federazione|Confederazione|Osservatorio|Ente|"
    "Camera|Consulta|Accademia|Azienda|Unione|Ordine|Collegio|Conservatorio|Museo|Parco"
)
_INSTITUTION = re.compile(
    rf"(?P<name>\b(?P<head>{_INSTITUTION_HEADS})"
    r"(?:\s+(?:(?:di|del|della|dello|dei|delle|degli|per|d'|dell')(?:\s+[a-zà-ÿ]{4,})?)?"
    r"\s*[A-ZÀ-Ý][\w'À-ÿ-]*){1,5})"
)
_SHORT_INSTITUTION = re.compile(
    r"\b(?:il|lo|la|l'|del|dello|della|dell'|al|allo|alla|all'|dal|dalla|dall'|nel|nella|"
    rf"nell'|sul|sulla|sull'|col|con la|con il)\s*(?P<head>{_INSTITUTION_HEADS})\b"
    r"(?!\s+(?:di|del|della|dello|dei|delle|degli|d'|dell')\b|\s+[A-ZÀ-Ý]|\s*-)"
)


def expand_institutions(sentence: str, entities: Entities) -> str:
    """Give «il Consorzio» its full name when the article named it in full, so that the
    answer stands alone: «il presidente del Consorzio di tutela Barolo Barbaresco»."""
    for match in _SHORT_INSTITUTION.finditer(sentence):
        full = entities.institutions.get(match["head"])
        if full and full != match["head"] and full not in sentence:
            end = match.end("head")
            return sentence[: match.start("head")] + full + sentence[end:]
    return sentence


# Organisations a role belongs to, by the noun that says what kind they are, with the
# preposition and article that attach them to the role («il portavoce del comitato …»).
_ORG_KIND_PREPOSITION = {
    "associazione": "dell'",
    "comitato": "del ",
    "collettivo": "del ",
    "consorzio": "del ",
    "sindacato": "del ",
    "federazione": "della ",
    "cooperativa": "della ",
    "organizzazione": "dell'",
    "movimento": "del ",
    "coordinamento": "del ",
}
_ORG_KINDS = "|".join(_ORG_KIND_PREPOSITION)
_ORG_NAME_WORD = r"[A-ZÀ-Ý][\w'+&.-]*"
# «il comitato «Terremotati 2016» di Amatrice», «l'associazione Cefalù Ospitalità».
_KIND_NAMED = re.compile(
    rf"\b(?P<kind>(?i:{_ORG_KINDS}))\s+(?P<name>«[^»]{{2,60}}»(?:\s+di\s+{_ORG_NAME_WORD})?"
    rf"|{_ORG_NAME_WORD}(?:\s+{_ORG_NAME_WORD}){{0,4}})"
)
# «Confartigianato Marca Trevigiana stima…», «La Flai Cgil giudica…»: an organisation
# opening a sentence as its subject.
_SUBJECT_NAME = re.compile(
    rf"^(?:(?:La|Il|Lo|L')\s*)?(?P<name>{_ORG_NAME_WORD}(?:\s+{_ORG_NAME_WORD}){{0,3}})"
    r"(?=,|\s+[a-zà-ÿ])"
)
# A role followed by the person's name but not by whose role it is: «ha detto il
# portavoce Luca Ferrante», «il presidente provinciale dell'associazione, Andrea Dal Col».
_ROLE_WITHOUT_ORG = re.compile(
    r"\b(?:[Ii]l|[Ll][ao]|[Ll]')\s*(?:presidente|portavoce|direttore|direttrice|segretari[oa]|"
    r"coordinat(?:ore|rice)|responsabile|fondat(?:ore|rice)|leader)"
    r"(?:\s+(?:provinciale|regionale|nazionale|generale|cittadin[oa]|locale|territoriale))?"
    rf"(?P<generic>\s+(?:dell'|del\s+|della\s+)(?P<kind>{_ORG_KINDS}))?"
    r"(?P<gap>,?\s+)(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý])"
)

# The person's name after the role: «Luca Ferrante», «Andrea Dal Col».
_PERSON_AFTER_ROLE = re.compile(r"[A-ZÀ-Ý][\w'-]+(?:\s+(?:[A-ZÀ-Ý][\w'-]+|de|di|da|del|dal))*")


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation a paragraph named: its kind («comitato», or "" for a bare name
    opening a sentence) and its name («comitato «Terremotati 2016» di Amatrice»)."""

    kind: str
    name: str


def organisations(sentence: str, people: Sequence[str]) -> list[Organisation]:
    """The organisations a sentence names, in order: by their kind, or as its subject."""
    found = [
        (m.start(), Organisation(m["kind"].lower(), f"{m['kind'].lower()} {m['name']}"))
        for m in _KIND_NAMED.finditer(sentence)
    ]
    subject = _SUBJECT_NAME.match(sentence)
    if subject and fold(subject["name"].split()[0]) not in _COMMON_START | _FIRST_NAMES:
        name = subject["name"]
        if not any(name in person or person in name for person in people):
            found.append((subject.start("name"), Organisation("", name)))
    return [org for _, org in sorted(found, key=lambda item: item[0])]


def with_role_organisation(sentence: str, named: Sequence[Organisation]) -> str:
    """Say whose role it is when the sentence leaves it to the one before: «il portavoce
    Luca Ferrante» after «Il comitato «Terremotati 2016» di Amatrice sostiene…» becomes
    «il portavoce del comitato «Terremotati 2016» di Amatrice, Luca Ferrante»; «il
    presidente dell'associazione, Andrea Dal Col» after «Confartigianato Marca Trevigiana
    stima…» names it. `named`: the organisations named before, the latest last."""
    role = _ROLE_WITHOUT_ORG.search(sentence)
    if role is None or not named:
        return sentence
    if role["generic"]:  # «dell'associazione»: the latest of that kind, else a bare name
        kind = role["kind"]
        org = next((o for o in reversed(named) if o.kind in (kind, "")), None)
        if org is None or org.name in sentence:
            return sentence
        name = org.name.removeprefix(f"{kind} ") if org.kind == kind else org.name
        end = role.end("generic")
        return f"{sentence[:end]} {name}{sentence[end:]}"
    org = next((o for o in reversed(named) if o.kind), None)  # only an organisation by kind
    if org is None or org.name in sentence:
        return sentence
    start, after = role.start("gap"), role.end("gap")
    person = _PERSON_AFTER_ROLE.match(sentence, after)
    end = person.end() if person else after
    close = "," if person and sentence[end : end + 1] not in ',.;:!?»”")' else ""
    joined = f" {_ORG_KIND_PREPOSITION[org.kind]}{org.name}, "
    return sentence[:start] + joined + sentence[after:end] + close + sentence[end:]


def resolve(sentence: str, entities: Entities, recent_people: Sequence[str]) -> str:
    """Give a sentence its own subject where the article says who or what it is.

    "Lei stessa ha guidato ..." names the last person mentioned; "La sonda pesa ..."
    becomes "La sonda MIRA pesa ..." when the article introduced "la sonda MIRA".
    """
    sentence = expand_institutions(sentence, entities)
    personal = _PERSONAL.match(sentence)
    if personal and recent_people:
        return personal["lead"] + recent_people[-1] + sentence[personal.end() :]
    same = _SAME_NAME.match(sentence)
    if same and same["name"] in entities.surnames:
        return entities.surnames[same["name"]] + sentence[same.end() :]
    event = _EVENT_START.match(sentence)
    referent = entities.referent()
    if event and referent and referent.name not in sentence:
        head, rest = _after_adjective(sentence, event.end())
        if not _SPECIFIED.match(rest):
            return f"{head} {referent.genitive()}{rest}"
    for match in _DEFINITE.finditer(sentence):
        noun = match["noun"].lower()
        name = entities.named.get(noun)
        if not name or name in sentence:
            continue
        head, rest = _after_adjective(sentence, match.end())
        if _SPECIFIED.match(rest):
            continue  # already named: "il film di Lorenzin", "la sonda italiana MIRA"
        return f"{head} {name}{rest}"
    return sentence


# After a noun: its own name or complement ("il film di Lorenzin", "la sonda MIRA").
_SPECIFIED = re.compile(r"\s*(?:(?:di|del|dello|della|dell'|dei|degli|delle)\b|[A-Z«“\"]|\()")
_VERB_AFTER = re.compile(
    r"\s+(?:si|è|sono|ha|hanno|sarà|saranno|era|erano|resta|restano|viene|vengono|verrà|"
    r"verranno|potrebbe|dovrebbe|dovrà|potrà|costa|pesa|\w+(?:erà|irà|arà|ranno))\b"
)
_ADJECTIVE = re.compile(
    r"(?:ale|ali|ile|ili|ico|ica|ici|iche|oso|osa|osi|ose|ivo|iva|ivi|ive|ario|aria|ari|arie|"
    r"ese|esi|ano|ana|ani|ane|ente|enti|ante|anti)$"
)


def _after_adjective(sentence: str, end: int) -> tuple[str, str]:
    """Split after the noun, or after its adjective: "La proiezione ufficiale | si è svolta"."""
    adjective = re.match(r"\s+([a-zà-ÿ]+)(?=\s)", sentence[end:])
    if adjective and (
        _VERB_AFTER.match(sentence[end + adjective.end() :]) or _ADJECTIVE.search(adjective[1])
    ):
        end += adjective.end()
    return sentence[:end], sentence[end:]


_EVENT_START = re.compile(rf"^(?:il|lo|la|l'|i|gli|le)\s*(?P<noun>{_EVENT_GROUP})\b", re.IGNORECASE)
_DEFINITE = re.compile(
    rf"(?<![\w'])(?:il|lo|la|l'|Il|Lo|La|L')\s*(?P<noun>{_NOUN_GROUP})\b", re.IGNORECASE
)


def _lower_first(text: str) -> str:
    """Lower-case an opening article or pronoun, leave names and acronyms alone."""
    first = text.split(" ", 1)[0]
    word = fold(first.strip('«“"')).split("'")[0]
    if first[:1].isupper() and not first.isupper() and (word in _COMMON_START or first[:1] == "È"):
        return text[0].lower() + text[1:]
    return text


def topic_of(title: str) -> str:
    """The title's head, as the context of a sentence that has none of its own."""
    head = re.split(r":|\s[-–—]\s|\.\s", title, maxsplit=1)[0].strip()
    if len(head) > 70:
        head = head.split(",")[0].strip()
    return head


def statements(article: RawArticle, entities: Entities | None = None) -> list[Statement]:
    """Group the article's sentences into self-contained statements.

    A sentence that needs the previous one ("Si tratta del valore più alto", «…» without
    its speaker, "Questo andamento riflette …") is merged with it when the two stay
    short; otherwise it is prefixed with the article's topic, so every answer reads
    well alone.
    """
    entities = entities or find_entities(article)
    topic = topic_of(article.title)
    result: list[Statement] = []
    people: list[str] = [name for _, name in find_people(article.title)]
    for number, paragraph in enumerate(article.paragraphs):
        group: list[str] = []
        texts: list[str] = []
        entities.paragraph.clear()
        named: list[Organisation] = []
        for sentence in split_sentences(paragraph):
            dependent = _needs_context(sentence, entities)
            resolved = with_role_organisation(resolve(sentence, entities, people), named)
            named.extend(organisations(sentence, people))
            if dependent and resolved[:30] != sentence[:30]:
                dependent = _needs_context(resolved, entities)
            if dependent and not group and (referent := entities.referent()):
                thing = _GENERIC.match(sentence)
                if thing and thing["noun"].lower() in _THING_NOUNS:
                    head, rest = _after_adjective(sentence, thing.end("noun"))
                    resolved, dependent = f"{head} {referent.genitive()}{rest}", False
            resolved = _resolve_dates(resolved, article.published)
            people.extend(name for _, name in find_people(resolved))
            entities.learn(sentence)
            merged = " ".join([*texts, resolved])
            headline = len(group) == 1 and _is_headline(group[0])
            if (dependent or headline) and group and len(group) < 3 and len(merged) <= MAX_MERGED:
                group.append(sentence)
                texts.append(resolved)
                continue
            if group:
                result.append(Statement(tuple(group), " ".join(texts), number))
            if dependent:
                speaker = people[-1] if people else ""
                if resolved.startswith(("«", "“", '"')) and speaker:
                    resolved = f"{speaker}: {resolved}"
                else:
                    resolved = f"{topic}: {_lower_first(resolved)}"
            group, texts = [sentence], [resolved]
        if group:
            result.append(Statement(tuple(group), " ".join(texts), number))
    return result


def _drop_topic(sentence: str) -> str:
    """The sentence without the "<topic>: " prefix that `statements` may have added."""
    head, colon, rest = sentence.partition(": ")
    if colon and rest[:1].islower() and len(head) <= 80 and not head.startswith("«"):
        return rest[0].upper() + rest[1:]
    return sentence


_ANCHOR = re.compile(r" \((?:1°|\d{1,2}) (?:" + "|".join(MONTHS) + r") \d{4}\)")


def _drop_anchor(sentence: str) -> str:
    """The sentence without the dates `_resolve_dates` put after "ieri", "oggi", ..."""
    return _ANCHOR.sub("", sentence)


def _is_headline(sentence: str) -> bool:
    """A short sentence without figures announces the next one ("L'inflazione accelera.")."""
    return len(sentence.split()) <= 10 and not re.search(r"\d", sentence)


def _resolve_dates(sentence: str, published: dt.date) -> str:
    """Anchor "ieri", "oggi", "stamattina" to the publication date so the answer ages well."""
    offsets = {"ieri": -1, "oggi": 0, "stamattina": 0, "stamane": 0, "stasera": 0, "domani": 1}

    def anchor(match: re.Match[str]) -> str:
        if _inside_quote(sentence[: match.start()]):
            return match[0]  # «Oggi i fari sono automatici»: a speaker's "oggi" is not a date
        following = sentence[match.end() : match.end() + 40]
        if re.search(r"\d{1,2}\s+(?:" + "|".join(MONTHS) + ")", fold(following)):
            return match[0]
        day = published + dt.timedelta(days=offsets[match[1].lower()])
        return f"{match[0]} ({italian_date(day)})"

    pattern = r"\b(ieri|oggi|stamattina|stamane|stasera|domani)(\s+(?:sera|mattina|pomeriggio))?\b"
    return re.sub(pattern, anchor, sentence, count=1, flags=re.IGNORECASE)


def italian_date(day: dt.date) -> str:
    """17 dicembre 2025 (1° for the first of the month)."""
    number = "1°" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


# -- intents and questions -------------------------------------------------------------

_NUMBER_WORDS = _wordlist(
    "due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
    "quindici sedici diciassette diciotto diciannove venti trenta quaranta cinquanta "
    "sessanta settanta ottanta novanta cento mille duemila tremila cinquemila diecimila"
)
_UNIT = (
    r"(?:\s*%|\s+per\s+cento|\s+(?:mila|milioni|miliardi|mln|mld)(?:\s+di)?"
    r"(?:\s+(?:euro|dollari|sterline|persone|abitanti|utenti|spettatori))?|\s+(?:euro|dollari))?"
)
_AMOUNT = re.compile(
    r"(?P<prep>\b(?:di|del|dello|della|dell'|dei|degli|delle|al|allo|alla|all'|ai|agli|alle|a|"
    r"da|dal|dallo|dalla|dall'|dai|per|fino a|fino al|sopra|sotto|intorno a|intorno al|"
    r"intorno all')\s*)?(?P<mod>(?:circa|oltre|quasi|appena|almeno|più di|meno di|quota)\s+)?"
    r"(?P<num>[+−-]?\d+(?:[.,]\d+)*(?![\d°ºª])|\b(?:"
    + "|".join(_NUMBER_WORDS)
    + r")\b)"
    + _UNIT
    + r"(?P<noun>\s+[a-zà-ÿ]+)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_MONTH_GROUP = "|".join(MONTHS)
_DATE = re.compile(
    r"(?P<span>\b(?:(?:il|lo|l'|dal|dall'|al|all'|entro il|entro l'|fino al|dopo il|"
    r"prima del|nel|a|ad|per il|per l'|da|di|del)\s*)?"
    r"(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s+)?"
    r"(?:\d{1,2}|1°|primo)?\s*(?:" + _MONTH_GROUP + r")(?:\s+(?:19|20)\d{2})?"
    r"|\b(?:nel|dal|al|entro il|fino al|dall'|nell')\s*(?:19|20)\d{2}\b"
    r"|\b(?:ieri|oggi|domani|stamattina|stasera)(?:\s+sera)?(?:\s+\([^)]*\))?"
    r"|\b(?:(?:per|entro|a|verso|da)\s+)?(?:la\s+|l'|)(?:fine|inizio|metà|meta)\s+"
    r"(?:di\s+|del\s+|dell'|d')?(?:anno|mese|"
    + _MONTH_GROUP
    + r"|estate|autunno|inverno|primavera)"
    r"(?:\s+(?:19|20)\d{2})?\b)",
    re.IGNORECASE,
)
# A time of day: "alle 8", "dalle 00:01", "fino alle 23.59"; not "alle 8 aziende".
_CLOCK = re.compile(
    r"(?P<span>\b(?P<prep>alle|dalle|entro le|fino alle|verso le|a partire dalle)\s+"
    r"(?:ore\s+)?(?:2[0-4]|[01]?\d)(?:[:.][0-5]\d)?)(?![\d%]|[,.]\d)",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([a-zà-ÿ]+)", re.IGNORECASE)
# What may follow a time of day; another word makes it a count ("alle 8 aziende").
_AFTER_CLOCK = frozenset(
    _wordlist("di del della e ed alle a in fino tutti ogni circa ora ore mattino sera")
)
_CLOCK_WH = {"dalle": "da che ora", "a partire dalle": "da che ora", "fino alle": "fino a che ora"}
_PLACE = re.compile(
    r"(?P<span>\b(?:a|ad|in|nel|nella|nello|nei|nelle|negli|presso|dalla base di|da|"
    r"dal|dalla|sul|sulla|all'interno di|vicino a|tra)\s+"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ']+|[A-Z]{2,})(?:\s+(?:di|del|dei|della|d')?\s*[A-ZÀ-Ý][a-zà-ÿ]+)?)"
)
_NOT_PLACES = frozenset(
    _wordlist(
        """gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
    dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica sala"""
    )
)
_REASON = re.compile(
    r"\b(?P<marker>perché|poiché|dato che|visto che|grazie a(?:l|lla|ll'|gli|i|lle)?|"
    r"a causa d(?:i|el|ella|ell'|ei|egli|elle)|per effetto d(?:i|el|ella|ell'|ei|egli|elle)|"
    r"(?:legat[oaie]|dovut[oaie]|trainat[oaie]|spint[oaie]) (?:a|al|alla|ai|alle|all'|dal|"
    r"dalla|dai|dalle|dall'|da)|riflett(?:e|ono)|a spingere|a frenare|a pesare|"
    r"in seguito a|con l'obiettivo di|allo scopo di|"
    r"al fine di|per (?=[a-z]+(?:are|ere|ire|rre)\b))",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    r"\b(?:servirà|serve|servono|serviranno|servire|è pensat[oa]|è progettat[oa]|"
    r"è destinat[oa]|permetterà|consentirà|consentirebbe|permette|consente)\s+(?:a|per|di)?\b",
    re.IGNORECASE,
)
_DEFINITION = re.compile(
    r"(?P<name>\b[A-Z][A-Za-z0-9]+(?:\s+[A-Z][A-Za-z0-9]+)?),\s+(?:un|uno|una|un')\s*[a-zà-ÿ]+"
    r"|(?P<acr>\b[A-Z][A-Za-z]+)\s+\((?P<expansion>[A-Z][^)]{3,80})\)"
    r"|(?P<long>[A-Z][a-zà-ÿ]+(?:\s+[a-zà-ÿA-Z']+){1,6})\s+\((?P<short>[A-Z]{2,8})\)"
    r"|(?:il|la|lo|i|le|gli)\s+cosiddett[oaie]\s+[\"“«]?(?P<called>[^\"”»,]{3,40})"
)


@dataclass(frozen=True, slots=True)
class Target:
    """A piece of a sentence that answers a question word: "dello 0,4%" for "di quanto"."""

    intent: str
    start: int
    end: int
    wh: str


def _wh_amount(match: re.Match[str]) -> tuple[str, int]:
    """The question phrase for an amount, and where the replaced span ends."""
    prep = fold(match["prep"] or "").strip()
    noun = (match["noun"] or "").strip()
    has_unit = match.end("num") < (match.start("noun") if match["noun"] else match.end())
    end = match.end()
    counted = ""
    countable = fold(noun) not in {"euro", "dollari", "punti"} and not re.match(
        r"(di|e|a|in|per|su|del|al|il|la)$", noun, re.IGNORECASE
    )
    if noun and not has_unit and countable:
        feminine = noun.endswith(("e", "zioni", "sioni", "gioni"))  # regioni, segnalazioni
        counted = ("quante " if feminine else "quanti ") + noun
    if not counted and noun:
        end = match.start("noun")
    base = counted or "quanto"
    if prep.startswith(("di", "del", "dell", "dei", "degli", "delle")):
        return ("di " + base, end)
    if prep in {"a", "al", "allo", "alla", "all", "ai", "agli", "alle"}:
        return ("a " + base, end)
    if prep.startswith("da"):
        return ("da " + base, end)
    if prep:  # «intorno al 2%» asks «intorno a quanto»
        *head, last = prep.split()
        return (" ".join([*head, _ARTICLED.get(last, last), base]), end)
    return (base, end)


_PARTICIPLE = re.compile(r"\b\w+(?:at|ut|it|tt|ss|st|rt|lt|s)[oaie]\s*$")


def _a_time_of_day(sentence: str, end: int) -> bool:
    """Whether the number ending at `end` after «alle» is an hour: nothing follows it, or a
    word a time is followed by («dalle 8 alle 20», «alle 8 di lunedì»)."""
    after = _NEXT_WORD.match(sentence, end)
    return after is None or fold(after[1]) in _AFTER_CLOCK


def find_targets(sentence: str) -> list[Target]:
    """The spans of a sentence that answer "quanto", "quando", "dove" and "perché"."""
    targets: list[Target] = []
    dates = [(m.start("span"), m.end("span")) for m in _DATE.finditer(sentence)]
    clocks = [m for m in _CLOCK.finditer(sentence) if _a_time_of_day(sentence, m.end())]
    times = dates + [(m.start("span"), m.end("span")) for m in clocks]

    def in_date(start: int, end: int) -> bool:
        return any(a <= start < b or a < end <= b for a, b in times)

    for match in _AMOUNT.finditer(sentence):
        number = match["num"]
        if _YEAR.match(number) and not (match["noun"] or "").strip().startswith(("%", "per")):
            continue
        if in_date(match.start("num"), match.end("num")):
            continue
        if re.search(r"[A-Z][\w]*\s*$", sentence[: match.start("num")]) and not match["prep"]:
            continue  # a model or an edition: "Ariane 6", "Venezia 83"
        wh, end = _wh_amount(match)
        start = match.start()
        bracket = re.search(r"\(\s*[+−-]?\s*$", sentence[:start])
        if bracket and sentence[end : end + 1] == ")":
            start, end, wh = bracket.start(), end + 1, "di quanto"  # "il caffè (+18,4%)"
        targets.append(Target("amount", start, end, wh))
    for start, end in dates:
        prep = fold(sentence[start:end].split()[0])
        wh = (
            "da quando"
            if prep in {"dal", "dall"}
            else "entro quando"
            if prep == "entro"
            else "quando"
        )
        targets.append(Target("date", start, end, wh))
    for clock in clocks:
        wh = _CLOCK_WH.get(fold(clock["prep"]), "a che ora")
        targets.append(Target("date", clock.start("span"), clock.end("span"), wh))
    people = find_people(sentence)
    for match in _PLACE.finditer(sentence):
        place = match["span"].split()[-1]
        if fold(place) in _NOT_PLACES or in_date(match.start(), match.end()):
            continue
        if any(match.start() <= at < match.end() for at, _ in people):
            continue  # "interpretata da Giulia Aresti" is a who, not a where
        if fold(match["span"]).startswith("da") and _PARTICIPLE.search(sentence[: match.start()]):
            continue  # "prodotto dalla Mareluce", "approvato dalla Commissione": who, not where
        wh = "da dove" if fold(match["span"]).startswith("da") else "dove"
        targets.append(Target("place", match.start(), match.end(), wh))
    if reason := _REASON.search(sentence):
        targets.append(Target("reason", reason.start(), len(sentence), "perché"))
    return targets


def _clause_question(sentence: str, target: Target) -> str:
    """Turn the clause around `target` into an echo question: "La sonda pesa quanti kg?"."""
    text = sentence.rstrip(".!?…;: ")
    if target.intent == "reason":
        head = _clause_around(text, max(0, target.start - 1))
        head = head[: max(0, target.start - text.find(head))].strip(" ,;:–-")
        head = re.sub(r"\s+(?:anche|soprattutto|in particolare|e|ma)$", "", head)
        if len(head.split()) < 3:
            return ""
        return _tidy("Perché " + _lower_first(head))
    replaced = text[: target.start] + " " + target.wh + " " + text[target.end :]
    position = target.start + 1
    clause = _clause_around(replaced, position)
    if target.wh not in clause:
        return ""
    tokens = clause.split()
    if len(tokens) > MAX_QUESTION_WORDS:  # keep the words around the question word
        at = len(clause[: clause.index(target.wh)].split())
        start = max(0, min(at - 8, len(tokens) - MAX_QUESTION_WORDS))
        clause = " ".join(tokens[start : start + MAX_QUESTION_WORDS])
    return _tidy(_fronted(clause, target.wh))


# Articles and articled prepositions, folded, with the bare preposition they hold.
_ARTICLES = frozenset({"il", "lo", "la", "i", "gli", "le", "l'"})
_ARTICLED = {
    f"{prep}{article}": bare
    for bare, prep in (("di", "de"), ("a", "a"), ("da", "da"), ("in", "ne"), ("su", "su"))
    for article in ("l", "llo", "lla", "i", "gli", "lle", "ll'")
}
# Words that say how, between a verb and what it governs: «costa complessivamente 9 milioni».
_ADVERBS = frozenset(
    _wordlist("inoltre gia ancora invece ormai circa solo soltanto ben quasi anche oggi ieri")
)
# Auxiliaries and modals before a verb: «sono stati restaurati», «potrà superare».
_AUXILIARIES = frozenset(
    _wordlist(
        """ha hanno ho abbiamo avete aveva avevano avra avranno avrebbe e sono era erano sara
    saranno sarebbe stato stata stati state viene vengono verra verranno venne puo possono
    potra potranno potrebbe deve devono dovra dovranno dovrebbe vuole vogliono si ne ci"""
    )
)


def _fronted(clause: str, wh: str) -> str:
    """An echo question («Il biglietto intero costerà quanto?») as a reader asks it: the
    question word first («Quanto costerà il biglietto intero?»), when what comes before it
    is a subject and a verb; without the article left before the question word
    («rilevare il quanto della società» -> «rilevare quanto della società»)."""
    tokens = clause.split()
    size = len(wh.split())
    at = next((i for i in range(len(tokens)) if " ".join(tokens[i : i + size]) == wh), None)
    if at is None:
        return clause
    before = fold(tokens[at - 1]) if at else ""
    if before in _ARTICLES or (before.endswith("'") and before in _ARTICLED):
        tokens, at = tokens[: at - 1] + tokens[at:], at - 1
    elif before in _ARTICLED and wh.split()[0] not in _PREPOSITIONS:
        tokens[at - 1] = _ARTICLED[before]
    left, asked, rest = tokens[:at], tokens[at : at + size], tokens[at + size :]
    complement = rest[:1] and (
        fold(rest[0]) in _OF_WORDS or (len(rest) == 1 and fold(rest[0]) not in _PREPOSITIONS)
    )
    if complement and asked[-1] not in {"quanto", "quando", "dove"} and len(rest) <= 3:
        asked, rest = asked + rest, []  # «quanti millimetri di pioggia», «quante aziende italiane»
    end = len(left)
    while end and (fold(left[end - 1]) in _ADVERBS or left[end - 1].endswith("mente")):
        end -= 1
    if not end or len(rest) > 3 or not _is_verb(left[end - 1]):
        return " ".join(tokens)
    start = end - 1
    while start and (_is_auxiliary(left[start - 1]) or fold(left[start - 1]) in _ADVERBS):
        start -= 1
    subject, verb = left[:start], left[start:]
    finite = start < end - 1 or not _NON_FINITE.search(fold(left[end - 1]))
    if not finite or any(map(_is_verb, subject)) or _opens_a_clause(subject):
        return " ".join(tokens)  # «a partire da quando», «Che ha raccolto quante…»
    opening = _lower_first(" ".join(subject)) if subject else ""
    if opening[:2] in {"A ", "E "}:
        opening = opening[0].lower() + opening[1:]
    spoken = " ".join(verb)
    return " ".join(w for w in (*asked, spoken[0].lower() + spoken[1:], opening, *rest) if w)


_PREPOSITIONS = frozenset({"di", "a", "da", "in", "su", "per", "con", "tra", "fra"}) | set(
    _ARTICLED
)
_OF_WORDS = frozenset({"di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "d'"})
# Infinitives, gerunds and past participles: a verb group needs a finite verb.
_NON_FINITE = re.compile(r"(?:are|ere|ire|rre|ando|endo|[aiu]t[oaie]|ss[oaie]|st[oaie]|[ae]nti)$")


def _is_finite_verb(token: str) -> bool:
    """A verb form that can make a clause on its own: «paga», «pagherà», not «pagato»."""
    return _is_verb(token) and not _NON_FINITE.search(fold(token))


def _is_auxiliary(token: str) -> bool:
    """«è», «sono», «ha», «potrà»…: not «e» (and), which folds like «è» (is)."""
    return token.lower() != "e" and fold(token) in _AUXILIARIES


def _opens_a_clause(subject: Sequence[str]) -> bool:
    """Whether the words before the verb are not a subject: «che per Retivalle», «… ed»."""
    if not subject:
        return False
    first, last = fold(subject[0]), fold(subject[-1])
    if "che" in map(fold, subject):
        return True
    return first in {"dove", "quando", "ma", "e", "se", "come"} or last in {
        "e",
        "ed",
        "che",
        "ma",
        "o",
        "a",
        "di",
    }


_CLAUSE_SPLIT = re.compile(r"\s*(?:;|:(?!\d)|,(?!\d)|\s–\s|\s—\s|\bmentre\b|\(|\))\s*")


def _clause_around(text: str, position: int) -> str:
    """The clause of `text` containing `position`, widened to the left when too short."""
    bounds = [0]
    for match in _CLAUSE_SPLIT.finditer(text):
        bounds.extend((match.start(), match.end()))
    bounds.append(len(text))
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]
    for index, (start, end) in enumerate(pieces):
        if start <= position <= end:
            first = last = index
            while first > 0 and len(text[pieces[first][0] : pieces[last][1]].split()) < 5:
                first -= 1
            while (
                last < len(pieces) - 1 and len(text[pieces[first][0] : pieces[last][1]].split()) < 5
            ):
                last += 1
            return text[pieces[first][0] : pieces[last][1]].strip()
    return text


def _tidy(question: str) -> str:
    """One space, a capital letter, at most `MAX_QUESTION_WORDS` words and a question mark."""
    question = re.sub(r"\s+", " ", question).strip(" ,;:.–-")
    question = re.sub(r"[«»“”\"()]", "", question)
    question = re.sub(r"\s+", " ", question).strip(" ,;:.–-")
    tokens = question.split()
    if len(tokens) > MAX_QUESTION_WORDS:
        tokens = tokens[:MAX_QUESTION_WORDS]
        while tokens and fold(tokens[-1]) in _DANGLING:
            tokens.pop()
    question = " ".join(tokens)
    return question[:1].upper() + question[1:] + "?" if question else ""


_DANGLING = frozenset(
    _wordlist(
        "di del della dei degli delle a al alla ai e o in con per da dal il la lo i gli le "
        "un una che"
    )
)


def intent_questions(sentence: str) -> list[tuple[str, str]]:
    """(intent, question) pairs for what a sentence can answer, one per intent and span."""
    out: list[tuple[str, str]] = []
    seen: Counter[str] = Counter()
    targets = find_targets(sentence)
    for target in targets:
        if seen[target.intent] >= (3 if target.intent == "amount" else 1):
            continue
        # One question per span, phrased from its clause. A second "keyword" form
        # ("Quanto Volpi vincitrice Coppa?") was dropped: it is close to many questions
        # the article does not answer, and it tagged facts with intents they lack.
        question = _clause_question(sentence, target)
        if len(content_words(words(question))) >= 2:  # not "Perché sono stati chiusi?"
            out.append((target.intent, question))
            seen[target.intent] += 1
    # What is counted, asked alone as readers do: «Quanti lavoratori?» of «coinvolge circa
    # 2.300 lavoratori».
    for target in targets:
        counted = target.wh.split()
        if target.intent == "amount" and len(counted) == 2 and counted[0] in ("quanti", "quante"):
            short = _tidy(target.wh)
            if ("amount", short) not in out:
                out.append(("amount", short))
    out.extend(_who_questions(sentence))
    out.extend(_definition_questions(sentence))
    out.extend(_purpose_questions(sentence))
    return out


_SUBJECT_VERB = re.compile(
    r"^(?:ha|hanno|è|sono|sarà|saranno|era|erano|aveva|avevano|avrà|avrebbe|potrebbe|"
    r"dovrà|dovrebbe|guida|guidava|dirige|presiede|resta|rimane|lavora|insegna|vince|"
    r"\w+(?:erà|irà|arà))\b"
)


_ROLE_STOP = re.compile(r",|\.|;|:|\s(?:durante|mentre|che|ha|è|in conferenza)\s|«|»|\(")


# Words that open a complement, not a role: "Federico Brambilla, durante la presentazione".
_NOT_A_ROLE = frozenset(
    _wordlist(
        """durante mentre dopo prima secondo come oggi ieri domani a ad in per con da dal
    dalla dai nel nella nei al alla ai tra fra su sul sulla che anche gia ancora poi"""
    )
)


def _roles(sentence: str, position: int, name: str) -> list[str]:
    """What the article calls a person: "Stefano Morandi, direttore delle statistiche …"."""
    roles: list[str] = []
    after = sentence[position + len(name) :]
    if after.startswith(", "):
        apposition = _ROLE_STOP.split(after[2:], maxsplit=1)[0].strip()
        if (
            1 <= len(apposition.split()) <= 12
            and not re.match(r"\d", apposition)
            and not _SUBJECT_VERB.match(apposition)
            and fold(apposition.split()[0]) not in _NOT_A_ROLE
        ):
            roles.extend(part.strip() for part in re.split(r"\s+e\s+(?=[a-zà-ÿ]+\s)", apposition))
    before = sentence[:position].rstrip()
    if before.endswith(","):
        chunk = re.split(r"[,;:«»]", before[:-1])[-1].strip()
        chunk = re.sub(
            r"^(?:ha\s+\w+\s+)?(?:il|lo|la|l'|i|gli|le)\s*", "", chunk, flags=re.IGNORECASE
        )
        if 1 <= len(chunk.split()) <= 8 and chunk[:1].islower():
            roles.append(chunk)
    return [r for r in roles if r and r[0].islower() and len(r.split()) >= 1]


def _article_for(role: str, name: str) -> str:
    """The article a role takes: "il direttore", "la presidente", "l'astrofisica"."""
    first = fold(role.split()[0])
    feminine = first.endswith(("a", "essa", "trice")) or (
        fold(name.split()[0]).endswith("a") and not first.endswith(("o", "ore"))
    )
    if first[:1] in "aeiou":
        return "l'"
    return "la " if feminine else "il "


def _says(sentence: str) -> bool:
    """Whether the sentence reports words: a quotation, or "ha spiegato che …"."""
    speech = _SPEECH.search(sentence)
    if speech is None:
        return False
    return bool(re.search(r"[«“\"]", sentence)) or bool(
        re.match(r"\s*(?:che|:)", sentence[speech.end() :])
    )


def _who_questions(sentence: str) -> list[tuple[str, str]]:
    """Who-questions: "Chi …?" from a named subject or agent, "Chi è X?", "Cosa ha detto X?"."""
    out: list[tuple[str, str]] = []
    people = find_people(sentence)
    for position, name in people[:2]:
        roles = _roles(sentence, position, name)
        if roles:  # "Chi è X?" only where the article says who X is
            out.append(("who", f"Chi è {name}?"))
        for role in roles:
            out.append(("who", _tidy(f"Chi è {_article_for(role, name)}{role}")))
        if position <= 3 or sentence[:position].strip().lower() in {"anche", "e", "ma"}:
            rest = sentence[position + len(name) :].strip(" ,")
            rest = re.sub(r"^,[^,]*,\s*", "", rest)
            if rest and _SUBJECT_VERB.match(rest):
                out.append(("who", _tidy("Chi " + rest.split(":")[0])))
        if _says(sentence):
            out.append(("who", f"Cosa ha detto {name}?"))
    agent = re.search(
        r"\b(?P<span>(?:da|dal|dallo|dalla|dall'|dai|dagli|dalle)\s*"
        r"(?:[a-zà-ÿ]+\s+){0,2}(?:[A-Z][A-Za-z]+|[A-Z]{2,})"
        r"(?:\s+(?!(?:in|con|per|e|che|a|da|su|tra|fra|dove|come|ma|il|la|nel|nella)\b)"
        r"(?:[a-zà-ÿ]+|di|[A-Z][A-Za-z]+)){0,3}(?:\s+\([A-Z]{2,8}\))?)",
        sentence,
    )
    if agent and re.search(r"\b\w+(?:at|ut|it)[oaie]\s*$", sentence[: agent.start()]):
        question = _clause_question(sentence, Target("who", agent.start(), agent.end(), "da chi"))
        if question:
            out.append(("who", question))
    return out


def _definition_questions(sentence: str) -> list[tuple[str, str]]:
    """Definition questions: "Cos'è X?" for a name with an apposition or an acronym."""
    out: list[tuple[str, str]] = []
    people = {name for _, name in find_people(sentence)}
    for match in _DEFINITION.finditer(sentence):
        if match["name"] and any(match["name"] in person for person in people):
            continue  # "Matteo Lorenzin, uno dei tre" is a person, not a thing
        if match["name"]:
            out.append(("definition", f"Cos'è {match['name']}?"))
        elif match["acr"]:
            out.append(("definition", f"Cos'è {match['acr']}?"))
            out.append(("definition", f"Cosa significa {match['acr']}?"))
        elif match["short"]:
            out.append(("definition", f"Cos'è {match['short']}?"))
        elif match["called"]:
            called = match["called"].strip()
            verb = "Cosa sono" if called.endswith(("i", "e")) and " " not in called else "Cos'è"
            out.append(
                ("definition", f"{verb} il {called}?" if verb == "Cos'è" else f"{verb} {called}?")
            )
    subject = re.match(
        r"^(?P<subject>(?:[A-Z][\wà-ÿ]+\s*){1,3}) (?P<verb>è|sono) "
        r"(?:un|uno|una|un'|dei|delle|degli)\b",
        sentence,
    )
    if subject:
        verb = "Cos'è" if subject["verb"] == "è" else "Cosa sono"
        out.append(("definition", f"{verb} {subject['subject'].strip()}?"))
    return out


def _purpose_questions(sentence: str) -> list[tuple[str, str]]:
    """Purpose questions: "A cosa serve X?" when the sentence says what something is for."""
    match = _PURPOSE.search(sentence)
    if not match:
        return []
    subject = sentence[: match.start()].strip(" ,")
    subject = re.sub(r"^(?:inoltre|anche|così|infatti)\s+", "", subject, flags=re.IGNORECASE)
    words_ = subject.split()
    if not words_ or len(words_) > 8:
        return []
    plural = fold(match[0]).startswith(("servono", "serviranno"))
    return [("reason", _tidy(f"A cosa serv{'ono' if plural else 'e'} {_lower_first(subject)}"))]


# -- keywords --------------------------------------------------------------------------

# Words that readers use for the same idea in news questions: a fact that says one also
# answers a question that says another. One group per line, generic for any news topic;
# a word with a short stem ("sale", "sal-") is matched only in the forms listed.
_RELATED_TABLE = """
aumentare aumenta aumentano aumentato aumentata aumentati aumento aumenti crescere cresce
    crescono cresciuto cresciuti crescita salire sale salgono salito salita saliti rialzo
    rincaro rincari rincarato rincarati incremento balzo alzare alzato
diminuire diminuisce diminuzione calare cala calano calo scendere scende scendono sceso scesa
    scesi ribasso riduzione ridotto flessione contrazione
taglio tagli tagliare tagliato tagliati ridurre ridotto abbassare abbassato
riunione riunioni riunirsi riunisce riuniti seduta incontro
borsa piazza_affari listino mercati
esportazioni export
pil prodotto_interno_lordo
risparmi risparmiatori depositi
parlamento camera senato deputati senatori
classifica graduatoria
corridore ciclista corridori
arrivo traguardo
vantaggio distacco margine
arrestato arresto fermato arrestati
indagine inchiesta indagato indagati
condanna condannato pena
maltempo pioggia piogge temporali
temperatura temperature gradi
costare costa costano costato costata costo costi prezzo prezzi spesa spendere pagare budget
dichiarato detto spiegato affermato commentato raccontato sottolineato dire dice
guidare guida guidato guidata dirige dirigere capo vertice
presidente presidentessa presiede presieduta vertice
direttore direttrice dirige responsabile capo
regista regia diretto girato
attrice attore interprete interpretata interpretato recita
protagonista personaggio ruolo
premio premi riconoscimento premiato premiata vinto vincere vincitore vincitrice vittoria
consegnato consegnata assegnato assegnata premiato premiata
pubblicato pubblicati diffuso diffusi diffuse comunicato annunciato annunciati
previsto prevista previsti fissato fissata programmato programmata atteso attesa data
attese aspettavano aspettarsi previsioni prevedevano prevedere stime
analisti economisti esperti
lancio lanciata lanciato lanciare partenza partire partirà decollo
razzo vettore lanciatore
sonda sonde missione veicolo_spaziale navicella
pesa pesano peso pesante massa chilogrammi
finanziati finanziata finanziamento finanziamenti finanziare finanzia fondi soldi pagato
mensile mese mesi
annuo annua annuale anno anni
durata durate durare durato durerà tempo lavorerà funzionerà opererà
aziende imprese società ditte
famiglie famiglia nucleo familiare
consumatori cittadini utenti
biglietti ingressi spettatori pubblico
uscita uscirà esce debutto debutta debutterà
nelle_sale cinema cinematografiche
riprese girato girare girate
incassato incasso incassi botteghino guadagnato
ricercatori scienziati studiosi
studiare studio analizzare esplorare
mappare mappa mappatura individuare trovare cercare
distinguere vedere riconoscere
grado capace capaci riesce riuscire
energia energetici energetiche elettricità elettrica
bollette tariffe
carburante propellente combustibile
voli volo aerei aereo
nazionali interni interne domestici
telefonia telefoni cellulari
territoriale città regioni territorio zone
mezzogiorno sud meridione
record massimo massimi picco
inflazione carovita costo_della_vita
tasso tassi interessi
mutui mutuo prestiti rata
applausi applaudito ovazione
film pellicola lungometraggio titoli opere
festival mostra rassegna manifestazione
giuria giurati
tappa tappe frazione
quota altezza altitudine
attorno intorno
profondità profondo sottosuolo
racconta parla narra trama storia
test prove collaudo collaudato collaudata verifiche
coinvolge coinvolte coinvolti partecipano partecipazione
prodotto prodotta produzione produttore produce casa_di_produzione
commosso commossa emozionato emozionata emozione lacrime
frase citata citazione parole
governo esecutivo ministero ministro
legge norma decreto provvedimento
elezioni voto urne votare
sindacati sindacato lavoratori
sciopero protesta mobilitazione
ospedale ospedali sanità sanitario medici
scuola scuole studenti istruzione
polizia carabinieri agenti
morti vittime deceduti
feriti infortunati
film_di regista
libro_di romanzo_di autore scrittore scrittrice
"""


def _related_groups() -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    current: list[str] = []
    for line in _RELATED_TABLE.strip().splitlines():
        if not line.startswith(" ") and current:
            groups.append(tuple(current))
            current = []
        current.extend(word.replace("_", " ") for word in line.split())
    if current:
        groups.append(tuple(current))
    return groups


_RELATED_GROUPS = _related_groups()
# Words that look like a member of a group but in the news mostly mean something else
# ("le sale" are cinemas, "la salita" a climb, "il titolo" a share or a film): they call
# no group, so their draft gets no synonyms of the wrong meaning.
_HOMOGRAPHS = frozenset(
    _wordlist(
        """sale salita salite lavoro tempo citta titoli titolo interesse ripresa arriva
    arrivano arrivato arrivata pubblica pubblico pubblici programma direttivo diretta
    diretto prodotti"""
    )
)


def _related_keys(word: str) -> set[str]:
    """A word's lookup keys in the groups: its written form and its dictionary form.

    Not its stem: stems join words that only look alike ("direttivo" and "diretto",
    "pubblica" and "pubblico"), and synonyms of the wrong one mislead the matcher.
    """
    folded = fold(word)
    keys = {folded}
    if (base := lemma(folded)) is not None:
        keys.add(base)
    return keys


_RELATED_INDEX: dict[str, list[int]] = {}
_RELATED_PHRASES: list[tuple[re.Pattern[str], int]] = []
for _number, _group in enumerate(_RELATED_GROUPS):
    for _word in _group:
        if " " in _word:
            _RELATED_PHRASES.append((re.compile(rf"\b{re.escape(fold(_word))}\b"), _number))
        elif fold(_word) not in _HOMOGRAPHS:
            # A future calls its group as written: «lavorerà per quattro anni» is a
            # duration, «chi lavora sulle navi» is not.
            _keys = {fold(_word)} if _word.endswith("à") else _related_keys(_word)
            for _key in _keys:
                _numbers = _RELATED_INDEX.setdefault(_key, [])
                if _number not in _numbers:
                    _numbers.append(_number)

# Adjectives of places and times that readers say as nouns ("mensile" -> "mese").
_DERIVED: dict[str, str] = {
    "italiano": "Italia",
    "italiana": "Italia",
    "italiani": "Italia",
    "italiane": "Italia",
    "europeo": "Europa",
    "europea": "Europa",
    "europei": "Europa",
    "europee": "Europa",
    "francese": "Francia",
    "tedesco": "Germania",
    "tedesca": "Germania",
    "spagnolo": "Spagna",
    "americano": "Stati Uniti",
    "americana": "Stati Uniti",
    "statunitense": "Stati Uniti",
    "cinese": "Cina",
    "giapponese": "Giappone",
    "britannico": "Regno Unito",
    "marziano": "Marte",
    "marziana": "Marte",
    "lunare": "Luna",
    "solare": "Sole",
    "mensile": "mese",
    "annuo": "anno",
    "annua": "anno",
    "annuale": "anno",
    "settimanale": "settimana",
    "quotidiano": "giorno",
    "giornaliero": "giorno",
    "nazionale": "nazione",
    "nazionali": "nazione",
    "regionale": "regione",
    "comunale": "comune",
    "territoriale": "territorio",
    "economico": "economia",
    "economica": "economia",
    "scientifico": "scienza",
    "scientifica": "scienza",
    "scientifici": "scienza",
    "energetici": "energia",
    "energetico": "energia",
    "energetica": "energia",
    "energetiche": "energia",
    "spaziale": "spazio",
    "cinematografica": "cinema",
    "cinematografico": "cinema",
    "romano": "Roma",
    "milanese": "Milano",
    "torinese": "Torino",
    "napoletano": "Napoli",
    "veneziano": "Venezia",
}


def rank_keywords(text: str, *, limit: int = MAX_KEYWORDS) -> list[str]:
    """The words of `text` that best tell it apart, rarest first (wordfreq Zipf).

    Numbers keep their written form ("1,7%", "310 milioni"), names keep their capitals;
    one word per stem, so "prezzi" and "prezzo" are not both spent.
    """
    candidates: dict[str, tuple[float, int, str]] = {}
    for position, (shown, normal) in enumerate(_surface_words(text)):
        if normal in _COMMON_KEYWORDS:
            continue
        key = stem(normal)
        score = informativeness(normal)
        if shown[:1].isupper() and position > 0:
            score += 0.5  # a name says more than its frequency suggests ("Mira", "Sala")
        if key not in candidates or candidates[key][0] < score:
            candidates[key] = (score, position, shown)
    ranked = sorted(candidates.values(), key=lambda item: (-item[0], item[1]))
    return [shown for _, _, shown in ranked[:limit]]


_COMMON_KEYWORDS = frozenset(
    _wordlist(
        "essere stato stata stati state avere fare detto anni anno volta parte cosa tipo modo "
        "ssa dott prof ing avv sig ecc etc"
    )
)


def _surface_words(text: str) -> Iterator[tuple[str, str]]:
    """(as written, normalised) for each content word and number of `text`."""
    for match in re.finditer(r"\d+(?:[.,]\d+)*\s*%?|[A-Za-zÀ-ÿ]+(?:'[A-Za-zÀ-ÿ]+)?", text):
        shown = match[0].strip()
        if "'" in shown:
            shown = shown.split("'", 1)[1]
        tokens = content_words(words(shown))
        if not tokens:
            continue
        if shown[0].isdigit() or len(tokens) == 1:
            yield shown, tokens[0]


# Nouns of action and infinitives: a participle ("fissata", "privata") or a noun in -enza
# ("conferenza") names something else more often than the act of its verb.
_NOUN_ENDS = ("zione", "sione", "ione", "mento", "menti")
_VERB_ENDS = ("are", "ere", "ire")
_KNOWN_FORM = 3.0


def word_family(word: str) -> list[str]:
    """Common relatives of a word that has another stem: "riunione" -> "riunire".

    Readers ask with the verb what the article says with the noun and the other way
    round; a candidate counts only when general Italian uses it (wordfreq), so no
    invented word reaches the keywords.
    """
    own = stem(word)
    found: list[str] = []
    candidates: list[str] = []
    for ending in _NOUN_ENDS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            base = word[: -len(ending)]
            candidates += [base + "are", base + "ere", base + "ire", base + "rre"]  # tradurre
    for ending in _VERB_ENDS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            base = word[: -len(ending)]
            candidates += [
                base + "ione",
                base + "zione",
                base + "azione",
                base + "imento",
                base + "amento",
            ]
    for candidate in candidates:
        if (
            candidate != word
            and zipf(candidate) >= _KNOWN_FORM
            and stem(candidate) != own
            and candidate not in found
        ):
            found.append(candidate)
    return sorted(found, key=zipf, reverse=True)[:1]


def related_words(text: str, *, limit: int = MAX_RELATED, per_group: int = 5) -> list[str]:
    """Words readers may use instead of the ones in `text` (generic news paraphrases).

    Adjectives read as their noun first ("mensile" -> "mese"), then a few synonyms for
    each idea in text order, skipping what the text already says; a long fact does not
    let its first idea use up the list.
    """
    tokens = content_words(words(text))
    present = {stem(w) for w in tokens}
    found: list[str] = []

    def add(word: str) -> bool:
        keys = {stem(w) for w in content_words(words(word))}
        if not keys or keys <= present:
            return False
        present.update(keys)
        found.append(word)
        return True

    for token in tokens:
        if derived := _DERIVED.get(token):
            add(derived)
    for token in tokens:
        if token.isalpha() and informativeness(token) >= 2.0:
            for relative in word_family(token):
                add(relative)
    folded = fold(text)
    hits: list[tuple[int, int]] = []
    for pattern, number in _RELATED_PHRASES:
        if match := pattern.search(folded):
            hits.append((match.start(), number))
    for position, token in enumerate(tokens):
        if token not in _HOMOGRAPHS:
            for key in sorted(_related_keys(token)):
                hits.extend((position, n) for n in _RELATED_INDEX.get(key, []))
    seen: set[int] = set()
    for _, number in hits:
        if number in seen:
            continue
        seen.add(number)
        added = 0
        for member in _RELATED_GROUPS[number]:
            if added < per_group and add(member):
                added += 1
    return found[:limit]


# -- facts -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DraftFact:
    """A fact as it will be written to the knowledge file."""

    id: str
    answer: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...]


def slugify(text: str, *, max_words: int = 4, max_length: int = 48) -> str:
    """Lower-case ASCII words joined by hyphens, stopwords left out: a readable id part."""
    tokens = re.findall(r"[a-z0-9]+", fold(text).replace("'", " "))
    kept = [t for t in tokens if t not in _SLUG_STOP and (len(t) > 1 or t.isdigit())][:max_words]
    slug = "-".join(kept)[:max_length].strip("-")
    return slug or "articolo"


_SLUG_STOP = frozenset(
    _wordlist(
        """il lo la i gli le un uno una di a da in con su per tra fra e o ma che del della dello
    dei degli delle al allo alla ai agli alle dal dalla dai nel nella nei sul sulla l d e
    è ed non si ci ne"""
    )
)


def article_id(article: RawArticle) -> str:
    """The file and article id: the date and the title's first words, "2026-02-10-istat-…"."""
    return f"{article.published.isoformat()}-{slugify(article.title)}"


def _short_id(article: RawArticle) -> str:
    """The prefix of fact ids: the title's first two words and the date, so it stays unique."""
    return f"{slugify(article.title, max_words=2, max_length=24)}-{article.published:%y%m%d}"


def fact_id(prefix: str, label: str, answer: str) -> str:
    """An id from the content, so a second run gives the same id: prefix, label, short hash."""
    digest = hashlib.sha1(fold(answer).encode("utf-8")).hexdigest()[:6]
    return f"{prefix}-{slugify(label, max_words=3, max_length=30)}-{digest}"


_VERB_FORM = re.compile(r"(?:rà|ranno|ato|ata|ati|ate|ito|ita|uto|uta|ano|ono|isce|iscono)$")


# Units of the title's figures ("scende a 38 centimetri"): not what the article is about.
_UNITS = frozenset(
    _wordlist(
        """euro dollari sterline milioni miliardi mila centimetri metri chilometri km
    chilogrammi chili tonnellate litri gradi ore minuti secondi giorni settimane mesi anni
    punti base volte"""
    )
)


def _is_verb(word: str) -> bool:
    """Whether the word's dictionary form is an infinitive ("scende" -> "scendere")."""
    base = lemma(fold(word))
    return base is not None and base.endswith(("are", "ere", "ire", "rre"))


# Adjectives a title uses for anything («il nuovo terminal»): never what it is about.
_PLAIN_ADJECTIVES = frozenset(
    f"{stem}{end}"
    for stem in ("nuov", "vecchi", "grand", "piccol", "prim", "ultim", "alt", "bass", "lung")
    for end in ("o", "a", "i", "e")
)


def _topic_words(
    article: RawArticle, count: int = 3, within: AbstractSet[str] | None = None
) -> list[str]:
    """The title's most informative names and nouns, in title order: what it is about
    (only those whose words are all `within`, when given)."""
    ranked = [
        w
        for w in rank_keywords(article.title, limit=count + 6 if within is None else 30)
        if (within is None or set(words(w)) <= within)
        and not words(w)[0][0].isdigit()
        and not (w.islower() and (_VERB_FORM.search(w) or _is_verb(w)))
        and fold(w) not in _UNITS
        and fold(w) not in _PLAIN_ADJECTIVES
    ][:count]
    order = {w: i for i, w in enumerate(re.findall(r"[\wÀ-ÿ%,]+", article.title))}
    return sorted(ranked, key=lambda w: order.get(w, 99))


def _metadata_fact(article: RawArticle, prefix: str) -> DraftFact:
    """Title, author, date in words, reading time and what it is about.

    Its questions are about the article only: one naming the topic ("Chi ha scritto
    l'articolo su Lorenzin Ferrandi?") is close to every question about the topic.
    """
    reading = (
        f" e si legge in circa {article.reading_minutes} minuti" if article.reading_minutes else ""
    )
    about = ", ".join(_topic_words(article, 4))
    answer = (
        f"L'articolo «{article.title}» è di {article.author}, è uscito il "
        f"{italian_date(article.published)}{reading}. Argomenti: {about}."
    )
    answer = _shorten(answer, MAX_ANSWER)
    questions = [
        "Chi ha scritto l'articolo?",
        "Chi è l'autore?",
        "Chi firma il pezzo?",
        "Quando è uscito l'articolo?",
        "In che giorno è stata pubblicata la notizia?",
        "Di cosa parla l'articolo?",
        "Qual è il titolo?",
        "tempo di lettura",
    ]
    keywords = [
        "autore",
        "autrice",
        "giornalista",
        "firma",
        "titolo",
        "pubblicazione",
        "pubblicato",
        "data",
        "articolo",
        "pezzo",
        italian_date(article.published),
        article.author,
    ]
    return DraftFact(fact_id(prefix, "articolo", answer), answer, tuple(questions), tuple(keywords))


def _summary_fact(article: RawArticle, prefix: str, lead: Sequence[Statement]) -> DraftFact:
    """The lead: what a reader gets from "riassumi", and the answer to what it says.

    The lead's sentences get no fact of their own, so a question about them has one
    clear answer instead of two equal ones.
    """
    lead_text = " ".join(item.answer for item in lead) or article.title
    # Only the title's words the lead itself says: a title word it leaves to a later
    # paragraph («grandine») would draw questions the lead cannot answer.
    topic = " ".join(_topic_words(article, 2, set(words(lead_text))) or _topic_words(article, 2))
    generic = [
        f"Cosa è successo con {topic}?",
        "Riassumi la notizia",
        "Mi fai un riassunto?",
        "In breve cosa è successo?",
        "Quali sono i punti principali?",
        "Qual è la notizia?",
    ]
    merged = Statement(tuple(s for item in lead for s in item.sentences), lead_text, 0)
    body = statement_fact(merged, prefix, _topic_words(article, TITLE_WORDS))
    headline = [q for _, q in intent_questions(topic_of(article.title))]
    questions = _unique([*generic, *headline, *body.questions])
    keywords = _unique(["riassunto", "sintesi", "in breve", *body.keywords])
    answer = body.answer
    return DraftFact(
        fact_id(prefix, "riassunto", answer), answer, tuple(questions), tuple(keywords)
    )


def _unique(items: Iterable[str]) -> list[str]:
    """Drop repeats, keep the first occurrence's order."""
    return list(dict.fromkeys(items))


def _shorten(text: str, limit: int) -> str:
    """Cut at a sentence or word boundary, with an ellipsis, when longer than `limit`."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    sentence_end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    if sentence_end > limit // 2:
        return cut[: sentence_end + 1]
    return cut[: cut.rfind(" ")].rstrip(" ,;:") + "…"


def _lead(items: Sequence[Statement]) -> list[Statement]:
    """The first statements of the first paragraph, up to about `MAX_MERGED` characters."""
    lead: list[Statement] = []
    for item in items:
        if item.paragraph > 0 or (
            lead and len(" ".join(i.answer for i in [*lead, item])) > MAX_MERGED
        ):
            break
        lead.append(item)
    return lead


def statement_fact(item: Statement, prefix: str, topic: Sequence[str]) -> DraftFact:
    """Questions by intent, a keyword-only question and ranked keywords for one statement."""
    answer = _shorten(item.answer, MAX_ANSWER)
    questions: list[str] = []
    own = [_drop_anchor(_drop_topic(sentence)) for sentence in split_sentences(answer)]
    for sentence in own:
        for _, question in intent_questions(sentence):
            if question not in questions:
                questions.append(question)
    # Questions and keywords come from what the statement itself says: not from the
    # title's head put before it for context, nor from the date added to "ieri".
    keywords = rank_keywords(" ".join(own))
    if own and (settled := yes_no_question(own[0])) and settled not in questions:
        questions.append(settled)
    head = " ".join(keywords[:5])
    if head:
        questions.append(head)
    if not questions:
        questions.append(_tidy("Cosa dice l'articolo su " + " ".join(keywords[:3])))
    stems = {stem(w) for k in keywords for w in content_words(words(k))}
    context = [t for t in topic if not stems & {stem(w) for w in content_words(words(t))}]
    extra = [w for w in related_words(" ".join(own)) if w not in keywords]
    label = " ".join(k for k in keywords if not k[0].isdigit())
    return DraftFact(
        fact_id(prefix, label, answer),
        answer,
        tuple(questions[:12]),
        tuple(_unique([*keywords, *extra, *context])),
    )


_FIRST_CLAUSE = re.compile(r"\s*(?:,\s|;|:|«|»|“|”|\(|\bperché\b|\bma\b|\bmentre\b)\s*")


def yes_no_question(sentence: str) -> str:
    """The question a statement settles with a yes or a no: its first clause, asked, and
    without its negation («Retivalle non ha pagato.» -> «Retivalle ha pagato?»), as
    readers ask it. Empty when that clause has no verb or is too short or long to ask."""
    clause = _FIRST_CLAUSE.split(sentence.rstrip(".!?…"), maxsplit=1)[0]
    tokens = [t for t in clause.split() if fold(t) not in {"non", "mai"}]
    if not 3 <= len(tokens) <= MAX_QUESTION_WORDS - 4 or fold(tokens[0]) == "secondo":
        return ""
    if not any(_is_auxiliary(t) or _is_finite_verb(t) for t in tokens[1:]):
        return ""  # «I dipendenti coinvolti?» asks nothing
    if len(content_words(words(" ".join(tokens)))) < 2:
        return ""
    return _tidy(" ".join(tokens))


def build_facts(article: RawArticle) -> list[DraftFact]:
    """Every draft fact of an article: metadata, summary, then one per statement."""
    prefix = _short_id(article)
    items = statements(article)
    lead = _lead(items)
    topic = _topic_words(article)
    facts = [_metadata_fact(article, prefix), _summary_fact(article, prefix, lead)]
    seen = {f.id for f in facts}
    asked = {q for f in facts for q in f.questions}
    for item in items[len(lead) :]:
        if len(content_words(words(item.answer))) < 2:
            continue
        fact = statement_fact(item, prefix, topic)
        if fact.id not in seen:
            seen.add(fact.id)
            # "Chi è X?" belongs to the first fact about X, not to every fact naming X.
            kept = tuple(q for q in fact.questions if not (_ABOUT.match(q) and q in asked))
            asked.update(kept)
            facts.append(DraftFact(fact.id, fact.answer, kept, fact.keywords))
    return facts


_ABOUT = re.compile(r"^(?:Chi è|Cos'è|Cosa significa) ")


# -- TOML ------------------------------------------------------------------------------


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = []
    for char in value:
        if char == "\\":
            escaped.append("\\\\")
        elif char == '"':
            escaped.append('\\"')
        elif char == "\n":
            escaped.append("\\n")
        elif char == "\t":
            escaped.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def _toml_list(values: Iterable[str]) -> str:
    items = [toml_string(v) for v in values]
    if sum(len(i) + 2 for i in items) <= 80:
        return "[" + ", ".join(items) + "]"
    return "[\n" + "".join(f"  {i},\n" for i in items) + "]"


def render_toml(article: RawArticle, facts: Sequence[DraftFact], source: str) -> str:
    """The knowledge file text, in the layout operators know from `knowledge/`."""
    lines = [
        "# Bozza generata da `newsbot derive`: rileggi ogni fatto, correggi, poi togli",
        "# `draft = true` e controlla con `newsbot validate`.",
        "",
        "[article]",
        f"id = {toml_string(article_id(article))}",
        f"title = {toml_string(article.title)}",
        f"author = {toml_string(article.author)}",
        f"published = {article.published.isoformat()}",
        f"source = {toml_string(source)}",
    ]
    for fact in facts:
        lines += [
            "",
            "[[facts]]",
            f"id = {toml_string(fact.id)}",
            f"answer = {toml_string(fact.answer)}",
            f"questions = {_toml_list(fact.questions)}",
            f"keywords = {_toml_list(fact.keywords)}",
            "draft = true",
        ]
    return "\n".join(lines) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# -- command ---------------------------------------------------------------------------


def derive_file(path: Path, output: Path, *, force: bool) -> tuple[Path, int]:
    """Derive one article into `output`; return the file written and its number of facts."""
    article = read_article(path)
    target = output / f"{article_id(article)}.toml"
    if target.exists() and not force:
        raise DeriveError(f"{target} esiste già: usa --force per sovrascriverlo")
    facts = build_facts(article)
    write_atomic(target, render_toml(article, facts, _source(path)))
    return target, len(facts)


def _source(path: Path) -> str:
    """The article's path as operators see it: relative to the current folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def progress_bar(done: int, total: int, label: str = "", *, width: int = 24) -> str:
    """A one-line bar for the terminal: "[########----------------] 3/8 label"."""
    filled = width * done // total if total else width
    return f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total} {label}".rstrip()


def derive_command(articles: list[Path], output: Path, *, force: bool) -> int:
    """Draft a knowledge file per article; 0 when all were written, 1 when any failed."""
    stream: TextIO = sys.stderr
    show_bar = len(articles) > 1 and stream.isatty()
    failed = 0
    for number, path in enumerate(articles, start=1):
        if show_bar:
            stream.write("\r" + progress_bar(number - 1, len(articles), path.name)[:100])
            stream.flush()
        try:
            written, count = derive_file(path, output, force=force)
        except Exception as exc:  # one odd article must not stop the others nor show a traceback
            failed += 1
            _clear(stream, show_bar)
            print(f"{path}: {_problem(exc)}", file=stream)
            continue
        _clear(stream, show_bar)
        print(f"{written}: {count} fatti in bozza (draft = true) da rileggere")
    if show_bar:
        stream.write(progress_bar(len(articles), len(articles)) + "\n")
    return 1 if failed else 0


def _problem(exc: Exception) -> str:
    """The operator's one line about a failed article."""
    if isinstance(exc, DeriveError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"impossibile scrivere il risultato: {exc.strerror or exc}"
    return (
        f"errore inatteso ({type(exc).__name__}): l'articolo non è stato derivato, "
        "segnala il problema a chi mantiene il bot"
    )


def _clear(stream: TextIO, active: bool) -> None:
    if active:
        stream.write("\r\033[K")
        stream.flush()
