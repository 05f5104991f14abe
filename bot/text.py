"""Italian normalisation: how readers type in chat, folded into terms the matcher compares.

The pipeline is `fold` (Unicode, case, accents, apostrophes) -> `words` (tokens, elisions,
chat spelling, numbers, month abbreviations) -> `content_words` (no stopwords) -> `stem`.
Every step is a pure function so it can be tested and benchmarked alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache
from itertools import chain, filterfalse

import Stemmer
from stop_words import get_stop_words

from bot import lexicon

_APOSTROPHES = dict.fromkeys(map(ord, "’‘‛`´ʼʹ′＇"), "'")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
# A token is a word, a number ("3,75", "10.000") or a sign. Written so that the engine
# skips what lies between tokens in one step and never backtracks (25% faster).
# A word, a code that starts with letters and goes on with digits («A7», «M74», «H2iseO»:
# one name, not a word and a number), a number («3,75»), or a symbol.
_TOKEN = re.compile(r"[^a-z\d%€$]*+([a-z]++(?:\d++[a-z\d]*+)?|\d++(?:[.,]\d++)*+|[%€$])")
_K_BEFORE_E_I = re.compile(r"k(?=[ei])")
# Zipf frequency of words every Italian text has (neanche 5.2, nemmeno 5.3).
_COMMON_WORD_ZIPF = 4.0
# Three or more of a letter: one vowel («ciaooo»), two consonants («Ferrresi» is a typo of
# a double «rr» far more often than of a single one).
_REPEATS = re.compile(r"([aeiou])\1{2,}|([b-df-hj-np-tv-z])\2{2,}")

# Chat spellings seen in Italian messaging, mapped to the standard word.
CHAT_SPELLING: dict[str, str] = {
    "perke": "perche",
    "xke": "perche",
    "xche": "perche",
    "pke": "perche",
    "xk": "perche",
    "pk": "perche",
    "pq": "perche",
    "cmq": "comunque",
    "nn": "non",
    "sn": "sono",
    "ke": "che",
    "k": "che",
    "ki": "chi",
    "qnt": "quanto",
    "quant": "quanto",
    "qnto": "quanto",
    "qnti": "quanti",
    "qnte": "quante",
    "qnta": "quanta",
    "qlc": "qualcosa",
    "qlcs": "qualcosa",
    "qlk": "qualche",
    "qlke": "qualche",
    "x": "per",
    "tt": "tutto",
    "cm": "come",
    "dv": "dove",
    "qnd": "quando",
    "qndo": "quando",
    "qdo": "quando",
    "anke": "anche",
    "xo": "pero",
    "nnt": "niente",
    "grz": "grazie",
    "thx": "grazie",
    "tnx": "grazie",
    "sl": "solo",
    "cos": "cosa",
    "cs": "cosa",
    "ce": "ci e",
    "c": "ci",
    "c6": "ci sei",
    "d": "di",
    "po": "poco",
    "mld": "miliardi",
    "mlrd": "miliardi",
    "mln": "milioni",
    "mil": "milioni",
    "mgl": "migliaia",
    "bn": "miliardi",
    "dlr": "dollari",
    "usd": "dollari",
    "eur": "euro",
    "€": "euro",
    "$": "dollari",
    "%": "percento",
    "xcento": "percento",
    "ia": "ia",
    "tvb": "ti voglio bene",
    "cn": "con",
    "qst": "questo",
    "qsto": "questo",
    "qsta": "questa",
    "qsti": "questi",
    "qste": "queste",
    "qll": "quello",
    "qllo": "quello",
    "qlla": "quella",
    "dp": "dopo",
    "prox": "prossimo",
    "cmnq": "comunque",
    "dmn": "domani",
    "ank": "anche",
    "max": "massimo",
    "ste": "queste",
    "st": "questo",
    "mate": "matematica",
    "tot": "totale",
    "gg": "giorni",
}

# Units written short in news and chat, read as the words a reader would type out.
UNITS: dict[str, str] = {
    "km": "chilometri",
    "kmq": "chilometri quadrati",
    "mq": "metri quadrati",
    "cm": "centimetri",
    "mm": "millimetri",
    "kg": "chilogrammi",
    "kw": "chilowatt",
    "mw": "megawatt",
    "gw": "gigawatt",
    "kwh": "chilowattora",
    "mwh": "megawattora",
    "gwh": "gigawattora",
    "twh": "terawattora",
}

MONTHS = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)
MONTH_ABBREVIATIONS: dict[str, str] = {
    "gen": "gennaio",
    "genn": "gennaio",
    "feb": "febbraio",
    "febb": "febbraio",
    "apr": "aprile",
    "mag": "maggio",
    "giu": "giugno",
    "lug": "luglio",
    "ago": "agosto",
    "sett": "settembre",
    "set": "settembre",
    "ott": "ottobre",
    "nov": "novembre",
    "dic": "dicembre",
}

# Days a news text names relative to its own date, and how many days from it: drafts anchor
# them to a date («ieri (8 aprile 2026)»), and matching reads that anchor.
RELATIVE_DAYS = {"ieri": -1, "oggi": 0, "stamattina": 0, "stamane": 0, "stasera": 0, "domani": 1}

# In a message, «giu», «ago», «set» are «giù», the needle, the film set: months only in
# an article's dateline, which `bot.derive.article` reads with the full table.
_MONTHS_IN_TEXT = {
    short: month
    for short, month in MONTH_ABBREVIATIONS.items()
    if short not in ("giu", "ago", "set")
}

_UNITS = {
    "zero": 0,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
}
_TENS = {
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "settanta": 70,
    "ottanta": 80,
    "novanta": 90,
}
_ELIDED_TENS = {word[:-1]: value for word, value in _TENS.items()}
# What `_parse_number` reads is made of these pieces only: any other word is no number,
# found without parsing it (an index build asks this of every distinct word).
_NUMBER_PIECES = sorted(
    {*_UNITS, *_TENS, *(t[:-1] for t in _TENS), "uno", "un", "cento", "mille", "mila"},
    key=len,
    reverse=True,
)
_NUMBER_WORD = re.compile("(?:" + "|".join(_NUMBER_PIECES) + ")+")

# Words that only shape a question ("dimmi", "sai") and say nothing about its subject.
_QUESTION_FILLER = frozenset(
    [
        "capito",
        "please",
        "pls",
        "plz",
        "raga",
        "insomma",
        "praticamente",
        "qualcosa",
        "curiosita",
        "senti",
        "scusate",
        "ascolta",
        "dimmi",
        "dici",
        "sai",
        "sapete",
        "sapere",
        "sapresti",
        "potresti",
        "puoi",
        "spiegami",
        "spiega",
        "vorrei",
        "voglio",
        "volevo",
        "vuoi",
        "mi",
        "ci",
        "cosa",
        "cos",
        "che",
        "chi",
        "come",
        "quale",
        "quali",
        "qual",
        "quanto",
        "quanta",
        "quanti",
        "quante",
        "quando",
        "dove",
        "perche",
        "perch",
        "motivo",
        "quest",  # «quest'anno», «quell'azienda»: «questo» and «quello» lose their vowel
        "quell",
        "ecco",
        "allora",
        "ok",
        "okay",
        "ehi",
        "beh",
        "boh",
        "scusa",
        "scusami",
        "per",
        "favore",
        "piacere",
        "info",
        "informazioni",
        "riguardo",
        "circa",
        "parlami",
        "raccontami",
        "dammi",
        "comunque",
        "pero",
        "niente",
        "potrebbe",
        "potreste",
        "potrei",
        "saprebbe",
        "sapreste",
        "gradirei",
        "desidererei",
        "vorremmo",
        "conoscere",
        "indicare",
        "indicarmi",
        "indicami",
        "dirmi",
        "dire",
        "spiegarmi",
        "illustrarmi",
        "illustrare",
        "chiarire",
        "chiarirmi",
        "confermare",
        "confermarmi",
        "confermi",
        "cortesemente",
        "gentilmente",
        "cortesia",
        "esattamente",
        "precisamente",
        "sto",
        "sta",
        "sti",
        "ste",
        "questo",
        "questa",
        "questi",
        "queste",
        "quel",
        "quello",
        "quella",
        "quei",
        "quegli",
        # how a reader asks politely: «scusi, mi interesserebbe sapere…», «mi indichi…»
        "scusi",
        "interessa",
        "interesserebbe",
        "interessava",
        "indichi",
        "illustrami",
        "chiedevo",
        "domandavo",
        "curioso",
        "curiosa",
        # what a reader says of himself beside the question: «nn capisco», «nn lo so»,
        # «la prima parte intendo», «mi spieghi?»
        "capisco",
        "so",
        "intendo",
        "intendevo",
        "spieghi",
        "spiegate",
        "spiegatemi",
    ]
)
# The stopword list says "comprare", "lavoro", "persone": those carry meaning in news.
_KEEP = frozenset(
    [
        "comprare",
        "lavoro",
        "persone",
        "nome",
        "promesso",
        "gente",
        "primo",
        "ultimo",
        "nuovo",
        "nuovi",
        "grande",
        "maggiore",
        "secondo",
        "terzo",
        "quarto",
        "quinto",
        "doppio",
        "triplo",
        "fine",
    ]
)


def _build_fold_table() -> dict[int, str]:
    """One translate table for the accented letters Italians meet (Latin-1 and Extended-A)."""
    table: dict[int, str] = dict(_APOSTROPHES)
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        ).casefold()
        if base != char:
            table[code] = base
    return table


_FOLD_TABLE = _build_fold_table()


_APOSTROPHE_CHARS = re.compile("[" + "".join(chr(c) for c in _APOSTROPHES) + "]")
_FOLD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD_TABLE) + "]")


def _fold_char(match: re.Match[str]) -> str:
    return _FOLD_TABLE[ord(match.group())]


def fold(text: str) -> str:
    """Casefold, drop invisible characters, unify apostrophes and strip accents.

    Built for speed: plain ASCII takes one `lower`; text in the Windows-1252 range (all
    Italian, with ’ € « ») one byte table; anything else the full Unicode path.
    """
    if text.isascii():
        return text.lower().replace("`", "'")  # the one ASCII apostrophe variant
    try:
        raw = text.encode("cp1252")
    except UnicodeEncodeError:
        return _fold_unicode(text)
    if raw.translate(None, _CP1252_SIMPLE):  # a character that folds into several
        return _fold_unicode(text)
    return raw.translate(_CP1252_FOLD, _CP1252_DROP).decode("cp1252")


def _fold_unicode(text: str) -> str:
    """`fold` for any text: NFKC, apostrophes, invisible characters, case, accents.

    Accented letters, a few in a text, are replaced where a regex finds them
    (`str.translate` would look up every character in a dict).
    """
    text = unicodedata.normalize("NFKC", _APOSTROPHE_CHARS.sub("'", text))
    text = _FOLD_CHARS.sub(_fold_char, _INVISIBLE.sub("", text).casefold())
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _cp1252_tables() -> tuple[bytes, bytes, bytes]:
    """Byte tables folding Windows-1252 text one byte at a time: the mapping, the bytes
    that vanish (soft hyphen), and every byte that folds into at most one character."""
    mapping, dropped, simple = bytearray(range(256)), bytearray(), bytearray()
    for code in range(256):
        try:
            folded = _fold_unicode(bytes([code]).decode("cp1252"))
            out = folded.encode("cp1252")
        except UnicodeError:
            continue
        if len(out) <= 1:
            simple.append(code)
            if out:
                mapping[code] = out[0]
            else:
                dropped.append(code)
    return bytes(mapping), bytes(dropped), bytes(simple)


_CP1252_FOLD, _CP1252_DROP, _CP1252_SIMPLE = _cp1252_tables()


def number_word(word: str) -> int | None:
    """Read an Italian number written in letters ("dieci", "ventitre", "duemila"); else None."""
    if len(word) > 40 or not _NUMBER_WORD.fullmatch(word):
        return None
    return _parse_number(word)


@lru_cache(maxsize=4096)
def _parse_number(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    if word in _ELIDED_TENS:  # «trent'anni», «vent'anni»: a ten before a vowel
        return _ELIDED_TENS[word]
    if word in ("cento", "mille"):
        return 100 if word == "cento" else 1000
    if word.endswith("mila") and len(word) > 4:
        head = _parse_number(word[:-4])
        return head * 1000 if head and head > 1 else None
    if word.startswith("mille"):
        extra = _parse_number(word[5:])
        return 1000 + extra if extra is not None else None
    if "cento" in word:
        before, _, after = word.partition("cento")
        count = _parse_number(before) if before else 1
        tail = _parse_number(after) if after else 0
        if count is None or tail is None or tail >= 100:
            return None
        return count * 100 + tail
    for tens_word, tens in _TENS.items():
        for stem in (tens_word, tens_word[:-1]):
            if word.startswith(stem) and len(word) > len(stem):
                unit_word = word[len(stem) :]
                unit = 1 if unit_word in ("uno", "un") else _UNITS.get(unit_word)
                if unit is not None and unit < 10:
                    return tens + unit
    return None


def _number_token(token: str) -> str:
    """Write digits one way, the Italian way: "3.75" becomes "3,75"; "10.000" becomes "10000"."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        return token.replace(".", "")
    return token.replace(".", ",")


_ACRONYM_AI = re.compile(r"\bA\.?I\.?(?=\W|$)")


# Tokens already normalised; cleared when full, so that readers' text cannot grow it.
_NORMAL_TOKENS: dict[str, tuple[str, ...]] = {}
NORMAL_TOKENS_KEPT = 200_000


def words(text: str) -> list[str]:
    """Split a message into normalised Italian words, as a reader meant them.

    Elisions are split (`dell'IA` -> `dell ia`), chat spellings expanded (`xke` ->
    `perche`), repeated letters squeezed (`ciaooo`), numbers in letters turned into
    digits (`dieci` -> `10`) and month abbreviations expanded (`dic` -> `dicembre`).
    Each distinct token is normalised once (a cache read in C): the index reads millions.
    """
    folded = folded_text(text)
    tokens = _TOKEN.findall(folded)
    if "cento" in tokens:
        return _with_per_cento(tokens)
    if "qnt" in folded and "qnt" in tokens:
        return _with_how_many(tokens)
    known = _NORMAL_TOKENS
    found = list(map(known.get, tokens))  # dict reads in C: most tokens were seen before
    if None in found:
        if len(known) > NORMAL_TOKENS_KEPT:
            known.clear()
        # Never read back what another thread may have just cleared: use the value itself.
        found = [
            done if done is not None else known.setdefault(token, _normal_token(token))
            for done, token in zip(found, tokens, strict=True)
        ]
    return list(chain.from_iterable(found))  # type: ignore[arg-type]


def _with_how_many(tokens: list[str]) -> list[str]:
    """`words` of a message where «qnt» stands for «quanto» or «quanti», «quanta»,
    «quante»: the form that agrees with the next word, as the reader meant it («qnt anni
    ha» is «quanti anni ha», an age; «qnt costa» is «quanto costa»)."""
    found: list[str] = []
    for i, token in enumerate(tokens):
        normal = list(_normal_token(token))
        if token == "qnt" and i + 1 < len(tokens) and (after := words(tokens[i + 1])):
            normal = [_agreeing_how_many(after[0])]
        found += normal
    return found


# «qnt prima», «qnt lontano»: adverbs, not nouns for «quanti / quante» to agree with.
_ADVERBS_AFTER_HOW = frozenset({"prima", "dopo", "presto", "spesso", "tardi", "lontano"})


def _agreeing_how_many(following: str) -> str:
    """«quanti», «quante», «quanta» or «quanto», as the word after it asks: a plural noun
    in -i or -e, a singular one in -a, else (a verb, «quanto costa») «quanto»."""
    base = lemma(following)
    if (
        base is None
        or base.endswith(INFINITIVE_ENDINGS)
        or following[:1].isdigit()
        or verb_reading(following, base) is not None  # «qnt costa», «qnt dura»
        or following in _ADVERBS_AFTER_HOW  # «qnt prima bisogna prenotare»
    ):
        return "quanto"
    if base != following:
        return (
            "quanti"
            if following.endswith("i")
            else "quante"
            if following.endswith("e")
            else "quanto"
        )
    return "quanta" if following.endswith("a") else "quanto"


# «bolognese», «pisano», «torinese», «pugliesi»: a word for the people or things of a place.
_DEMONYM = re.compile(r"^([a-z]{3,}?)(?:ese|esi|ense|ensi|ano|ana|ani|ane|ino|ina|ini|ine)$")
_DEMONYM_ENDINGS = ("ese", "esi", "ano", "ana", "ani", "ane", "ino", "ina", "ini", "ine")


def place_forms(word: str) -> tuple[list[str], list[str]]:
    """The places a demonym may come from («bolognese» → bologna, bologno…) and, apart,
    the demonyms a place may give («bologna» → bolognese, bolognesi, bolognano…):
    candidates only, for the caller to keep those the knowledge names."""
    places = []
    demonym = _DEMONYM.match(word)
    if demonym:
        places = [demonym.group(1) + vowel for vowel in "aoei"]
    demonyms = []
    if len(word) >= 4 and word[-1] in "aeio":
        demonyms = [word[:-1] + ending for ending in _DEMONYM_ENDINGS]
    return [p for p in places if p != word], [d for d in demonyms if d != word]


def with_six(tokens: list[str]) -> list[str]:
    """`words` with «sei» read as 6 where it counts: «sei persone», «sei mesi», «sei runner»
    count six; «sei bravo», «chi sei?», «sei un bot?» are the verb.

    Only where a figure is looked for (an answer's numbers): the index reads «sei» as it
    is, the same in Python and in `bot._scan`.
    """
    if "sei" not in tokens:
        return tokens
    tokens = list(tokens)
    for i, token in enumerate(tokens[:-1]):
        if token == "sei":
            following = tokens[i + 1]
            base = lemma(following)
            plural = (
                following[-1:] in ("i", "e")
                and base is not None
                and base != following
                # not a verb («sei andati»), but «consiglieri», «infermieri» are nouns
                and (not base.endswith(INFINITIVE_ENDINGS) or base.endswith("iere"))
            )
            foreign = base is None and following.isalpha() and len(following) > 3
            if plural or (foreign and following not in stopwords()):
                tokens[i] = "6"
    return tokens


def folded_text(text: str) -> str:
    """`text` as `words` splits it into tokens: folded, "AI" read as "IA", apostrophes as
    spaces."""
    if "AI" in text or "A.I" in text:
        text = _ACRONYM_AI.sub("IA", text)  # English "AI" is the Italian "IA", not "ai"
    return fold(text).replace("'", " ")


def token_words(token: str) -> tuple[str, ...]:
    """The words one token of `folded_text` stands for, as `words` reads it (but for
    "cento" after "per", which `words` reads with the word before)."""
    return _normal_token(token)


def _with_per_cento(tokens: list[str]) -> list[str]:
    """`words` for the rare text holding "cento": "per cento" is "%" (one word)."""
    out: list[str] = []
    for token in tokens:
        if token == "cento" and out and out[-1] == "per":
            out[-1] = "percento"
        else:
            out.extend(_normal_token(token))
    return out


def _squeezed(token: str) -> str:
    """Stretched letters squeezed: «ciaooo» -> «ciao», «Ferrresi» -> «ferresi», «mmmm» ->
    «m»."""
    if _REPEATS.search(token) is None:
        return token  # «nn» (non) is chat spelling, not a stretched letter
    if len(set(token)) == 1:
        return token[0]
    return _REPEATS.sub(lambda match: match[1] or match[2] * 2, token)


def _normal_token(token: str) -> tuple[str, ...]:
    """A token as the reader meant it: digits written one way, squeezed ("ciaooo"), chat
    spelling, unit ("km"), month, number in letters."""
    if token[0].isdigit():
        return (_number_token(token),)
    token = _squeezed(token)
    token = CHAT_SPELLING.get(token) or UNITS.get(token) or token
    if " " in token or "'" in token:
        return tuple(token.replace("'", " ").split())
    token = _MONTHS_IN_TEXT.get(token, token)
    value = number_word(token)
    return (str(value) if value is not None else _hard_c(token),)


def _hard_c(token: str) -> str:
    """Chat writes the hard c as k ("banke", "kiedere"): the Italian word, when the k
    spelling is no word of the dictionary and the c spelling is ("Nokia" stays)."""
    if "k" not in token or len(token) < 4 or lemma(token) is not None:
        return token
    spelled = _K_BEFORE_E_I.sub("ch", token).replace("k", "c")
    # «neanke»: «neanche» has no lemma in the dictionary, but is one of the commonest words
    known = lemma(spelled) is not None or lexicon.zipf(spelled) >= _COMMON_WORD_ZIPF
    return spelled if known else token


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Italian stopwords (the `stop-words` package), folded, plus question fillers."""
    base = {fold(w).replace("'", "").strip('"') for w in get_stop_words("it")}
    return frozenset((base - _KEEP) | _QUESTION_FILLER)


def content_words(tokens: Iterable[str]) -> list[str]:
    """Drop stopwords and one-letter leftovers; keep numbers."""
    kept = list(filterfalse(_not_content().__contains__, tokens))  # a set lookup in C
    if min(map(len, kept), default=2) > 1:
        return kept
    return [t for t in kept if len(t) > 1 or t[0].isdigit()]


@lru_cache(maxsize=1)
def _not_content() -> frozenset[str]:
    """Stopwords and the one-character tokens `words` can give that are not numbers."""
    return stopwords() | frozenset("abcdefghijklmnopqrstuvwxyz%€$")


_STEMMER = Stemmer.Stemmer("italian")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball Italian stem, so "investire" and "investimento" meet; numbers stay as they are."""
    if word[0].isdigit():
        return word
    if word[-1] in _FINAL_ACCENTS and lexicon.lemma(word) is None:
        # "costera" is "costerà" typed without its accent: stem it as written in Italian,
        # or Snowball keeps the future's "er" ("coster") and it misses "costa", "costano".
        accented = word[:-1] + _FINAL_ACCENTS[word[-1]]
        if lexicon.lemma(accented) is not None:
            word = accented
    return str(_STEMMER.stemWord(word))


# Pronouns attached to a verb: pairs ("melo", "glielo"), then single ones.
_PRONOUNS = r"(?:me|te|ce|ve|se|glie)(?:lo|la|li|le|ne)|mi|ti|ci|vi|lo|la|li|le|ne"
# An infinitive (without its final e) or a gerund with pronouns attached to it.
_CLITIC = re.compile(rf"(?P<verb>\w+?(?:ar|er|ir|or|ur|ando|endo))(?:{_PRONOUNS}|si|gli)")
# An order with pronouns attached to it ("consigliami").
_IMPERATIVE_CLITIC = re.compile(rf"(?P<verb>\w{{3,}}?[aei])(?:{_PRONOUNS})")
# How a verb's dictionary form ends.
INFINITIVE_ENDINGS = ("are", "ere", "ire", "rre")
_FINAL_ACCENTS = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str | None:
    """The dictionary form of an Italian word ("userà" -> "usare"), accents folded.

    Readers type without accents, so a folded word is looked up as it is and with its
    last vowel accented ("usera" -> "userà"), the one place Italian writes accents.
    """
    if word[:1].isdigit() or len(word) < 3:
        return None
    found = lexicon.lemma(word)  # simplemma's table, kept compact
    if found is None and word[-1] in _FINAL_ACCENTS:
        found = lexicon.lemma(word[:-1] + _FINAL_ACCENTS[word[-1]])
        if found is None and word[-1] == "e":
            found = lexicon.lemma(word[:-1] + "é")
    if found is None and (bare := _CLITIC.fullmatch(word)):
        # "incendiarsi", "farlo", "usandoli": the verb without its attached pronoun.
        verb = bare["verb"]  # a gerund as it is; "mettere" and "porre" lose their last e
        for form in (verb + "e", verb + "re") if verb.endswith("r") else (verb,):
            if found := lexicon.lemma(form):
                break
    if found is None and (bare := _IMPERATIVE_CLITIC.fullmatch(word)):
        # "consigliami", "spiegamelo": an order with its pronouns, if it is a verb's.
        verb = lexicon.lemma(bare["verb"])
        found = verb if verb and verb.endswith(INFINITIVE_ENDINGS) else None
    return fold(found) if found else None


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[str, ...]:
    """The index keys of a word: its stem, its lemma's stem when that differs, and the
    lemma itself marked with "=".

    Snowball alone leaves "userà" (user) and "usare" (usar) apart; the lemma's stem joins
    them. Stems also join words that only look alike ("dipendenti", "dipendenza"): the
    "=lemma" key lets a match on the same dictionary word count more than a stem match.
    """
    primary = stem(word)
    base = lemma(word)
    keys = [primary]
    if base and " " not in base:
        other = stem(base)
        if other != primary:
            keys.append(other)
    keys.append("=" + (base if base and " " not in base else word))
    verb = verb_reading(word, base) or _other_verb(word, base)
    if verb is not None:
        keys.extend(k for k in (stem(verb), "=" + verb) if k not in keys)
    noun = _noun_reading(word, base)
    if noun is not None and "=" + noun not in keys:
        keys.append("=" + noun)
    role = masculine_role(word)
    if role is not None and "=" + role not in keys:
        keys.append("=" + role)
    if word.endswith("ship") and len(word) > 8:
        # «partnership», «leadership»: the English loanword's base is its partner, leader.
        keys.append("=" + word[:-4])
    return tuple(keys)


# Roles and trades the news gives to women as often as to men, in the masculine singular.
# The dictionary reads «sindaca» as «sindacare» and does not know «assessora», so «Chi è il
# sindaco?» would never meet «la sindaca Francesca Moretti».
_ROLES = frozenset(
    {"sindaco", "vicesindaco", "ministro", "viceministro", "sottosegretario", "assessore"}
    | {"presidente", "vicepresidente", "segretario", "consigliere", "deputato", "senatore"}
    | {"governatore", "prefetto", "questore", "commissario", "procuratore", "magistrato"}
    | {"avvocato", "notaio", "medico", "chirurgo", "infermiere", "dottore", "professore"}
    | {"direttore", "rettore", "amministratore", "coordinatore", "fondatore", "ispettore"}
    | {"allenatore", "campione", "vincitore", "ricercatore", "imprenditore", "architetto"}
    | {"ingegnere", "ambasciatore", "delegato", "tesoriere", "cuoco", "poliziotto", "vigile"}
    | {"scrittore", "autore", "attore", "pittore", "portiere", "capitano", "dirigente"}
)
# A feminine ending and the masculine singular endings it may stand for, longest first:
# «direttrice/direttrici» -> «direttore», «presidentessa» -> «presidente», «consigliera» ->
# «consigliere», «assessora» -> «assessore», «sindache» -> «sindaco», «ministre» -> «ministro».
_FEMININE_ENDINGS = (
    ("trice", ("tore",)),
    ("trici", ("tore",)),
    ("essa", ("e",)),
    ("esse", ("e",)),
    ("iera", ("iere",)),
    ("ora", ("ore",)),
    ("che", ("co",)),
    ("ghe", ("go",)),
    ("a", ("o", "e")),
    ("e", ("o",)),
)


def _feminine_forms() -> dict[str, str]:
    """Each feminine form of a role in `_ROLES` and the role: `_FEMININE_ENDINGS` read
    backwards once, so a word is looked up rather than tried ending by ending."""
    forms: dict[str, str] = {}
    for ending, masculine in _FEMININE_ENDINGS:
        for end in masculine:
            for role in sorted(_ROLES):
                if role.endswith(end):
                    form = role[: len(role) - len(end)] + ending
                    if form != role and len(form) >= len(ending) + 2:
                        forms.setdefault(form, role)
    return forms


_FEMININE_FORMS = _feminine_forms()


def masculine_role(word: str) -> str | None:
    """The role a feminine form names («sindaca» -> «sindaco», «assessora» ->
    «assessore»), or None when the word is no woman's role."""
    return _FEMININE_FORMS.get(word)


def _noun_reading(word: str, base: str | None) -> str | None:
    """The noun a verb form also is: the dictionary reads «vaccino», «lavoro», «voto» as
    «I vaccinate», «I work», «I vote», and «lavori» as «lavorio», so the news's «vaccino»
    would never be the reader's «vaccini». Their noun is the masculine singular."""
    if len(word) < 4 or not word.isalpha():
        return None
    if word.endswith("o") and base and base.endswith(INFINITIVE_ENDINGS):
        return word
    if word.endswith("i"):
        singular = word[:-1] + "o"
        reading = lemma(singular)
        if singular != base and reading and reading.endswith(INFINITIVE_ENDINGS):
            return singular
    return None


# A present tense whose dictionary reading is a noun or adjective ("usa" -> "uso", "dura"
# -> "duro"): the verb it also is, by its ending.
# The endings a verb form may have besides its dictionary reading, longest first, and the
# infinitives they come from: «tradotto» -> «tradurre», «usato» -> «usare», «usa» -> «usare».
_VERB_FORM = re.compile(
    r"^(?P<stem>[a-z]{2,}?)(?:(?P<participle>ott|at|ut|it)[oaie]|(?P<present>ano|ono|a))$"
)
_INFINITIVES = {
    "ott": ("urre",),
    "at": ("are",),
    "ut": ("ere",),
    "it": ("ire",),
    "ano": ("are",),
    "ono": ("ere", "ire"),
    "a": ("are",),
}


# Strong participles and the infinitive endings they come from: «diretto» -> «dirigere»,
# «scritto» -> «scrivere», «messo» -> «mettere», «preso» -> «prendere», «chiuso» ->
# «chiudere», «vinto» -> «vincere»… The dictionary reads many as adjectives or nouns; each
# candidate counts only if the dictionary knows it as an infinitive.
_STRONG_PARTICIPLE = re.compile(
    r"^(?P<stem>[a-z]{2,}?)(?P<end>itt|dett|ett|ess|es|us|is|ost|olt|int|unt|est|ast|ist|ert|ors|att)"
    r"[oaie]$"
)
_STRONG_INFINITIVES = {
    "itt": ("ivere",),
    # «detto» is «dire» («predetto», «disdetta»), not any «-ire» («bollette» is no
    # «bollire», «Moretti» no «morire»).
    "dett": ("dire",),
    "ett": ("igere", "eggere"),
    "ess": ("ettere", "edere", "imere"),
    "es": ("endere",),
    "us": ("udere",),
    "is": ("idere",),
    "ost": ("orre", "ondere"),
    "olt": ("olgere", "ogliere", "olvere"),
    "int": ("incere", "ingere"),
    "unt": ("ungere", "umere"),
    "est": ("edere",),
    "ast": ("anere",),
    "ist": ("edere",),
    "ert": ("rire",),
    "ors": ("orrere",),
    "att": ("are",),
}


def _strong_verb(word: str) -> str | None:
    """The infinitive of a strong participle («diretto», «promesse»), if the dictionary
    has it."""
    form = _STRONG_PARTICIPLE.match(word)
    if form is None:
        return None
    for ending in _STRONG_INFINITIVES[form["end"]]:
        verb = form["stem"] + ending
        if lexicon.lemma(verb) == verb:
            return verb
    return None


def _other_verb(word: str, base: str | None) -> str | None:
    """The verb a strong participle comes from when the dictionary reads it as another
    verb's present: «svolto» is «io svolto» (svoltare) there, yet «dove si è svolto
    l'incontro» is «svolgere»; so are «aggiunto», «diviso», «speso», «rivolto». Only the
    masculine: «imposta», «posta» are nouns far more often than participles."""
    if not word.endswith("o") or not base or not base.endswith(INFINITIVE_ENDINGS):
        return None
    verb = _strong_verb(word)
    return verb if verb != base else None


# Irregular present forms the dictionary reads as nouns: «di quanto *sale* l'accisa?».
_IRREGULAR_PRESENT = {
    "sale": "salire",
    "salgono": "salire",
    "esce": "uscire",
    "escono": "uscire",
    "viene": "venire",
    "vengono": "venire",
    "tiene": "tenere",
    "tengono": "tenere",
    "rimane": "rimanere",
    "rimangono": "rimanere",
}


def verb_reading(word: str, base: str | None) -> str | None:
    """The verb a word may also be when the dictionary reads it otherwise: in "quali chip
    usa OpenAI?" and "quanto dura?", «usa» and «dura» are «usare» and «durare»; the
    participle «tradotto» is «tradurre»; «sale» is «salire»."""
    if base and base.endswith(INFINITIVE_ENDINGS):
        return None
    if word in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[word]
    form = _VERB_FORM.match(word)
    if form is not None:
        for infinitive in _INFINITIVES[form["participle"] or form["present"]]:
            verb = form["stem"] + infinitive
            if lexicon.lemma(verb) == verb:
                return verb
    return _strong_verb(word)


class Intent(StrEnum):
    """What kind of information a question asks for."""

    AMOUNT = "amount"
    DATE = "date"
    WHO = "who"
    REASON = "reason"
    DEFINITION = "definition"
    PLACE = "place"
    HOW = "how"


_INTENT_RULES: tuple[tuple[Intent, re.Pattern[str]], ...] = (
    (
        Intent.AMOUNT,
        re.compile(
            r"\b(quant[oaie]|di quanto|che cifra|a quanto)\b"
            # «Che parte del mais viene prodotta in Italia?»: a share (not «quale parte
            # dell'attrezzatura», which asks which one)
            r"|^(?:ma )?che parte d(?:el|ella|ello|ei|egli|elle|ell|i)\b"
            # «Qual è il prezzo…?», «qual era il fatturato?»: a figure named by its noun
            r"|\bqual[ei]? (?:(?:e|era|sara|sono|erano)(?: stat[oaie])? )?"
            r"(?:il |la |l |i |le |gli )?"
            r"(?:prezz|cost[oi]|valor|cifr|import|numer|percentual|tass[oi]|quot[ae]|stipend"
            r"|tariff|somm|fatturat|budget|ammontar|affluenz|incass|ricav|debit|valutazion)[a-z]*\b"
        ),
    ),
    (
        Intent.DATE,
        re.compile(
            r"\b(quando|che giorno|(?:che|quale) (?:data|mese)|da quando|entro quando"
            r"|in (?:che|quale) anno"
            r"|(?:che|quale|quali) or(?:a|ario|ari)"
            r"|da quant[oie] (?:tempo|anni|mesi|giorni|settimane))\b"
        ),
    ),
    (
        Intent.WHO,
        re.compile(
            r"^(?:ma )?(chi|da chi|a chi|con chi|quale (azienda|societa))\b"
            # «Quale sindacato…?», «ke associazione…?»: an organisation, named in the answer.
            r"|^(?:ma )?(?:quale|quali|che|ke) (?:associazion[ei]|sindacat[oi]|istitut[oi]|ent[ei]"
            r"|ditt[ae]|impres[ae]|aziend[ae]|societa|banc[ah]e?|club|partit[oi]|compagni[ae]"
            r"|organizzazion[ei]|fondazion[ei]|consorzi[oi]|squadr[ae]|federazion[ei]"
            r"|paes[ei]|citta|region[ei]|nazion[ei])\b"  # «Quale Paese…?»: a name answers
            r"|\bcome si chiam(?:a|ano|ava|avano)\b"  # a name: «Come si chiama l'operazione?»
        ),
    ),
    (
        Intent.REASON,
        re.compile(
            r"\b(perche|come mai|per quale motivo|a cosa serv\w*|a che serv\w*|per cosa|lo scopo"
            r"|obiettivo|a che scopo)\b"
        ),
    ),
    (
        Intent.DEFINITION,
        re.compile(
            r"^(?:ma )?(che )?cosa (e|sono)\b"
            r"|\b(che sono|cosa significa|che vuol dire|cosa vuol dire)\b"
        ),
    ),
    (
        Intent.PLACE,
        re.compile(
            r"\b(dove|(?:in|da) (?:che|quale|quali) (?:pae(?:se|si)|citta|region[ei]|comun[ei]"
            r"|provinci[ae]|zon[ae]|stat[oi]|nazion[ei]|quartier[ei]|localita"
            r"|vi[ae]|vial[ei]|strad[ae]|piazz[ae]))\b"
        ),
    ),
    (Intent.HOW, re.compile(r"^(?:ma )?come\b(?! si chiam)")),
)


# Every rule above starts from one of these words; a text without them asks nothing.
_QUESTION_WORDS = frozenset(
    [
        "quanto",
        "quanta",
        "quanti",
        "quante",
        "quando",
        "chi",
        "perche",
        "come",
        "cosa",
        "che",
        "dove",
        "obiettivo",
        "scopo",
        "per",
        "a",
        "di",
        "in",
        "da",
        "entro",
        "con",
        "ma",
        "quale",
        "quali",
        "qual",
    ]
)
_REASON_RULE = dict(_INTENT_RULES)[Intent.REASON]
_ANY_INTENT = re.compile(
    "|".join(f"(?P<{intent.name}>{rule.pattern})" for intent, rule in _INTENT_RULES)
)


def question_intents(tokens: list[str]) -> frozenset[Intent]:
    """The kinds of information a question asks for, read from its question words, or
    else from a noun naming the kind (`_kind_noun_intents`)."""
    if _QUESTION_WORDS.isdisjoint(tokens):
        return _kind_noun_intents(tokens)
    joined = " ".join(tokens)
    found: set[Intent] = set()
    for match in _ANY_INTENT.finditer(joined):  # one pass over the text for every rule
        found.update(Intent[name] for name, text in match.groupdict().items() if text)
    if len(found) > 1 and _subordinate_perche(tokens):
        found.discard(Intent.REASON)
    return frozenset(found) if found else _kind_noun_intents(tokens)


# Articles before a noun («il sindaco», «l'allenatore»): a question written as a sentence
# has them, a string of keywords has none.
ARTICLES = frozenset({"il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno"})
# Nouns that name the kind of datum asked for: «Qual è la *data* della firma?», or in a
# search-box question with no question word at all, «prestito Bei *importo*», «ministro
# istruzione *nome*», «lupo M74 *età*».
_KINDS_NAMED = (
    (
        Intent.AMOUNT,
        {"percentuale", "importo", "numero", "costo", "prezzo", "cifra", "valore", "durata"}
        | {"lunghezza", "altezza", "larghezza", "profondita", "peso", "distanza", "eta"}
        | {"superficie", "estensione", "diametro", "capienza", "ammontare", "tariffa"}
        # a figure by its unit or kind: «vigneti bruciati *ettari*», «Sibilla Nera
        # *gradazione*», «olio pugliese Giappone *quota*»
        | {"quota", "ettari", "quintali", "tonnellate", "chilometri", "gradazione", "budget"},
    ),
    (Intent.DATE, {"data", "giorno", "scadenza", "orario", "orari", "ora"}),
    (Intent.WHO, {"nome", "autore", "autrice", "vincitore", "vincitrice"}),
    (Intent.PLACE, {"luogo", "sede", "indirizzo", "localita"}),
    (Intent.REASON, {"motivo", "motivi", "motivazione", "causa", "cause", "ragione"}),
)
_KIND_NOUNS = {noun: intent for intent, nouns in _KINDS_NAMED for noun in nouns}
# The words that make a text a question of its own: with one of them, a kind noun is
# only part of what is asked («Quando scade la data?»), unless it follows «qual è».
_ASKING_WORDS = frozenset(
    ["quanto", "quanta", "quanti", "quante", "quando", "chi", "perche", "come", "cosa", "dove"]
)
_WHICH_IS = re.compile(
    r"\bqual[ei]? (?:e|era|sara|sono|erano)(?: stat[oaie])? (?:il |la |l |i |le |gli |lo )?(\w+)"
)


def only_keywords(tokens: list[str]) -> bool:
    """Whether a question is a string of keywords, as typed in a search box: no question
    word and no article («bocciatura bilancio data», «Confcommercio Catania presidente»)."""
    return _ASKING_WORDS.isdisjoint(tokens) and ARTICLES.isdisjoint(tokens)


def _kind_after_which(tokens: list[str]) -> Intent | None:
    """The kind of datum named right after the «che» or «quale» a question opens with
    («Che percentuale di giocatrici c'è…?», «A che età…?», «In che data…?»), as after
    «qual è». Not «Che valore strategico ha l'accordo?»: a worth, not a figure; nor «A che
    quota è il traguardo?»: a height, which the share a «quota» asks for does not give."""
    at = 1 if tokens[:1] in (["ma"], ["e"]) else 0
    preposition = tokens[at : at + 1]
    at += preposition in (["a"], ["in"], ["di"], ["da"], ["con"], ["per"])
    if tokens[at : at + 1] not in (["che"], ["quale"], ["quali"]) or at + 1 >= len(tokens):
        return None
    noun = tokens[at + 1]
    if noun == "valore" or (noun == "quota" and preposition == ["a"]):
        return None
    return _KIND_NOUNS.get(noun)


def _kind_noun_intents(tokens: list[str]) -> frozenset[Intent]:
    """The kind of datum a noun names, where no question word says it: after «qual è»
    («Qual è il *motivo* dello sciopero?») or an opening «che» (`_kind_after_which`), or
    anywhere in a string of keywords with no question word («bocciatura bilancio *data*»)."""
    if only_keywords(tokens):
        return frozenset(_KIND_NOUNS[t] for t in tokens if t in _KIND_NOUNS)
    asked = _kind_after_which(tokens)
    if asked is not None:
        return frozenset({asked})
    return frozenset(
        _KIND_NOUNS[m[1]] for m in _WHICH_IS.finditer(" ".join(tokens)) if m[1] in _KIND_NOUNS
    )


def _subordinate_perche(tokens: list[str]) -> bool:
    """Whether «perché» only joins a clause to the question rather than asking why: «Quanto
    tempo ci vorrà *perché* il bosco torni come prima?» (so that), not «Quando e perché…?»
    nor «Perché…?»."""
    at = [i for i, token in enumerate(tokens) if token == "perche"]
    others = " ".join(t for t in tokens if t != "perche")
    return (
        bool(at)
        and all(i > 0 and tokens[i - 1] not in ("e", "ed", "o", "ma", "ok", "cmq") for i in at)
        and _REASON_RULE.search(others) is None
    )


_AMOUNT = re.compile(r"\d|\b(miliard|milion|mila|percento|euro|dollar|punti)")
_DATE = re.compile(
    r"\b(" + "|".join(MONTHS) + r"|\d{4}|ieri|oggi|domani|settimana|mese|anno"
    # «fino a giovedì», «a mezzanotte»: a day of the week or a time says when, too.
    r"|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|mezzanotte|mezzogiorno"
    r"|(?:alle|dalle) (?:[01]?\d|2[0-4])(?:,\d\d)?"  # a time of day: "dalle 8 alle 20"
    # «entro 120 giorni», «tra due anni»: when, counted from the day of the news.
    r"|(?:(?<=\bentro )|(?<=\btra )|(?<=\bfra ))\d+ (?:ore|giorni|settimane|mesi|anni))\b"
)
# Words before a date that make it a deadline or a span, not when something happened:
# «entro il 2029», «per tutto il 2026», «a partire dal prossimo anno», «fino a giugno».
_DEADLINE_WORDS = frozenset({"entro", "tutto", "tutta", "prossimo", "prossima", "partire", "fino"})


def dates_only_deadlines(tokens: list[str]) -> bool:
    """Whether every date in a fact's words (`words`) is a deadline or a span («entro il
    2029», «per tutto il 2026»): none says when something happened. False without dates."""
    joined = " ".join(tokens)
    found = False
    for match in _DATE.finditer(joined):
        found = True
        before = joined[: match.start()].split()[-3:]
        if _DEADLINE_WORDS.isdisjoint(before):
            return False
    return found


# "17 dicembre 2025" or "2026" are dates, not amounts.
_DATE_EXPRESSION = re.compile(
    r"\b\d{1,2} (?:" + "|".join(MONTHS) + r")(?: \d{4})?\b|\b(?:19|20)\d{2}\b"
)
REASON_MARKER = re.compile(
    r"\b(per (?:non )?[a-z]+(?:are|ere|ire)\b|perche|poiche|obiettivo|scopo|necessita|"
    r"al fine|cosi da|in modo da|grazie a|risponde a|serve a|servono a|consentir|permetter|"
    r"punta a|mira a|motivo|ragione|caus[ae]|dovut[oaie] a|"
    # What the news writes for a cause: «per via del caldo», «alla base della decisione ci
    # sono le perdite», «il vento ha spinto la nube», «complice la siccità», «a seguito
    # dell'incendio», «al centro della protesta c'è il contratto»; what the appellants
    # claim: «il ricorso di Legambiente, secondo cui il progetto metterebbe a rischio…»;
    # what someone explains in his own words: «“Esportiamo il 64%…”, ha spiegato l'ad».
    r"per via|per colpa|colpa d|alla base|all origine|a seguito|in seguito a|complice|secondo cui|"
    r"spint[oaie]|spinge|provocat|siccome|spiega(?:to|no)?|"
    # «ha attribuito il risultato al lavoro», «il gap dipende da…», «la crisi nasce dal
    # crollo degli ordini», «a pesare sono stati…», «la fuga è legata alla mancanza di…».
    r"attribui(?:to|ta|sce|scono)|dipend(?:e|ono) da|nasc(?:e|ono) da|"
    r"a (?:spingere|trainare|rallentare|pesare|frenare|determinare) |"
    r"(?:e|sono) legat[oaie] (?:\w+ )?a|(?:arriva|arrivata|giunge|giunta) dopo|"
    r"al centro della (?:protesta|vertenza|polemica|contestazione))"
)
# A verb whose subject is the cause («il vento ha spinto la nube verso Catania», «la pioggia
# ha provocato la frana»): the reason comes before it, the event asked about after.
CAUSE_FIRST = re.compile(r"\b(spint[oaie]|spinge|spingono|provocat[oaie]|causat[oaie])\b")
_DEFINITION = re.compile(r"\b(e un|e una|sono|si tratta|progettat|definit)\b")
# A capitalised name after a preposition of place, or after a noun naming a place («sugli
# ospedali di Crema», «su viale Concordia», «sui terreni dell'Università Agraria»).
_PLACE = re.compile(
    r"\b(?:a|in|nel|nella|presso|da|sul|sulla|sui|sugli|sulle|verso) [A-Z]"
    r"|\b(?:via|viale|piazza|corso|largo|zona|quartiere|località|frazione|ospedal[ei]|"
    r"stazione|porto|aeroporto|terreni|sede|provincia) (?:di |del |della |dell'|d')?[A-Z]"
    # A venue and its name, a word between («la piscina del centro sportivo Tašmajdan»,
    # «lo stadio Olimpico», «il palazzetto dello sport di Pesaro»).
    r"|\b(?:[Ss]tadio|[Pp]iscina|[Pp]alazzetto|[Pp]alasport|[Aa]rena|[Cc]ircuito|[Aa]utodromo|"
    r"[Tt]eatro|[Mm]useo|[Cc]astello|[Bb]asilica|[Dd]uomo|centro sportivo|centro congressi) "
    r"(?:[a-zà-ù']+ ){0,3}"
    r"(?:di |del |della |dell'|d'|alla |al )?[A-Z]"
    # «in un castello della Bassa Austria», «nel porto di Livorno»: a place named after it.
    r"|\b(?:in|a|da|presso|su) (?:un|una|uno|il|la|lo|l'|i|gli|le) ?[a-zà-ù]+ "
    r"(?:di|del|della|dello|dell'|dei|degli|delle) ?[A-Z]"
    r"|\b(?:nel|nella|nello|nell'|nei|negli|nelle|al|alla|allo|all'|sul|sulla|sull') ?[a-zà-ù]+ "
    r"(?:di|del|della|dello|dell'|dei|degli|delle) ?[A-Z]"
)
_WHO = re.compile(r"(?<![.!?] )(?<!^)\b[A-Z][a-zA-Z]{2,}")


# A figure written with thousands points («2.000», «1.250.000»), and a year written as one.
_GROUPED_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)")
_WRITTEN_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)")


def answer_intents(answer: str, tokens: list[str] | None = None) -> frozenset[Intent]:
    """The kinds of information a fact's answer carries (amounts, dates, reasons, ...).

    `tokens` are the answer's `words`, when the caller already has them.
    """
    found = set()
    joined = " ".join(tokens if tokens is not None else words(answer))
    # «circa 2.000 tassisti»: read as «2000», a figure written with a thousands point looks
    # like a year; written so, it never is one.
    grouped = {m.replace(".", "") for m in _GROUPED_FIGURE.findall(answer)}
    if grouped:
        grouped -= set(_WRITTEN_YEAR.findall(answer))
        joined = " ".join(w for w in joined.split(" ") if w not in grouped or not w.isdigit())
        found.add(Intent.AMOUNT)
    if _AMOUNT.search(_DATE_EXPRESSION.sub(" ", joined)):
        found.add(Intent.AMOUNT)
    if _DATE.search(joined):
        found.add(Intent.DATE)
    if REASON_MARKER.search(joined):
        found.add(Intent.REASON)
    if _DEFINITION.search(joined):
        found.add(Intent.DEFINITION)
    plain = answer if answer.isascii() else unicodedata.normalize("NFKC", answer)
    if _PLACE.search(plain) or _of_a_place(joined):
        found.add(Intent.PLACE)
    if _WHO.search(plain):
        found.add(Intent.WHO)
    return frozenset(found)


_OF_A_PLACE = re.compile(r"\b(?:di|da|dalla|della|dal|del) (\w+)")


def _of_a_place(joined: str) -> bool:
    """Whether folded words name a province, a region or a country after «di» or «da»:
    «lo studio Tessari & Bonomi di Padova», «alle porte di Perugia», «arrivano dalla
    Spagna» say where, as «a Padova» does."""
    known = lexicon.places()
    return any(m[1] in known for m in _OF_A_PLACE.finditer(joined))


def title_head(title: str) -> str:
    """A title's head, before its colon or dash: «OpenAI in trattativa per raccogliere 10
    miliardi» of «OpenAI in trattativa per raccogliere 10 miliardi: Amazon pronta…». Drafts
    open a sentence that has no context of its own with it."""
    head = re.split(r":|\s[-–—]\s|\.\s", title, maxsplit=1)[0].strip()
    if len(head) > 70:
        head = head.split(",")[0].strip()
    return head


def without_title_head(text: str, title: str) -> str:
    """`text` without the «<title's head>: » a draft opens it with, capitalised, or as it is:
    what a reply shows above the source line, which names the article already."""
    head = title_head(title) + ": "
    if text.startswith(head) and len(text) > len(head):
        rest = text[len(head) :]
        return rest[0].upper() + rest[1:]
    return text
