"""The questions a sentence answers, by intent: amounts → «Quanto…?», dates →
«Quando…?», people → «Chi…?», reasons → «Perché…?», definitions, purposes, places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.asking import NUMBERED_NOUNS, looks_like_verb
from bot.derive.base import (
    _NON_FINITE,
    MAX_QUESTION_WORDS,
    _is_auxiliary,
    _is_finite_verb,
    _is_verb,
    _wordlist,
)
from bot.derive.statements import _SPEECH, _lower_first, find_people
from bot.lexicon import lemma
from bot.text import MONTHS, content_words, fold, words

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
    r"(?P<num>(?<!\d)(?<!\d['’\"″])[+−-]?\d+(?:[.,]\d+)*(?![\d°ºª'’])|\b(?:"
    + "|".join(_NUMBER_WORDS)
    + r")\b)"
    + _UNIT
    + r"(?P<noun>\s+[a-zà-ÿ]+(?![a-zà-ÿ'’]))?",  # not «all'» of «all'80%»
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# Nouns a number names one of, not counts: «la statale 38», «gara 5», «l'articolo 18».
_NUMBERED = re.compile(
    rf"\b(?:{NUMBERED_NOUNS}|regionale|autostrada|gate|aula|sala|corsia|numero|n\.)\s*$",
    re.IGNORECASE,
)
_MONTH_GROUP = "|".join(MONTHS)
_DATE = re.compile(
    r"(?P<span>\b(?:(?:il|lo|l'|dal|dall'|al|all'|entro il|entro l'|fino al|dopo il|"
    r"prima del|nel|a|ad|per il|per l'|da|di|del)\s*)?"
    r"(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s+)?"
    r"(?:\d{1,2}|1°|primo)?\s*(?:" + _MONTH_GROUP + r")\b(?:\s+(?:19|20)\d{2})?"
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
    r"(?:[A-ZÀ-Ý][a-zà-ÿ']+|[A-Z]{2,})(?:\s+(?:di|del|dei|della|d')?\s*[A-ZÀ-Ý][a-zà-ÿ]+){0,2}"
    # «tra Teramo e Colledara», «a Bari e Brindisi»: two places asked as one.
    r"(?:\s+e\s+[A-ZÀ-Ý][a-zà-ÿ']+(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+)?)?)"
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
    r"|(?i:il|la|lo|i|le|gli)\s+cosiddett(?P<ending>[oaie])\s+[\"“«]?"
    r"(?P<called>[^\"”»,:;.]{3,60}?)"
    r"(?=[\"”»,:;.]|\s+(?:è|sono|ha|hanno|si|che|era|erano|viene|vengono)\b|$)"
)


def _definite(word: str, ending: str) -> str:
    """The definite article of a noun whose gender and number `ending` says (o, a, i, e):
    «la zona arancione», «lo spread», «gli indici», «l'indice»."""
    folded = fold(word)
    vowel = folded[:1] in tuple("aeiou")
    lo = (
        vowel
        or folded.startswith(("z", "gn", "ps", "x", "y"))
        or bool(re.match(r"s[^aeiou]", folded))
    )
    if ending == "o":
        return "l'" if vowel else "lo " if lo else "il "
    if ending == "a":
        return "l'" if vowel else "la "
    return ("gli " if lo else "i ") if ending == "i" else "le "


# A number that opens or closes a range or a score: «30-40», «3-6», «2026-2028».
_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")
_RANGE_BEFORE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*[-–]\s*$")


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
    # Not a unit, a preposition, an adverb («davanti») or a gerund («precedendo»).
    countable = (
        fold(noun) not in {"euro", "dollari", "punti"}
        and not noun.endswith(("ando", "endo"))
        and not re.match(
            r"(di|e|a|in|per|su|del|al|il|la|davanti|dietro|prima|dopo|contro|fa|oltre|"
            r"nel|nella|nello|nei|negli|nelle|dal|dalla|dallo|dai|dagli|dalle|sul|sulla|"
            r"con|col|tra|fra)$",  # not «Quanti nella?»
            noun,
            re.IGNORECASE,
        )
    )
    if noun and not has_unit and countable:
        # «regioni», «segnalazioni»; «attività», «città», «università» are feminine too.
        feminine = noun.endswith(("e", "zioni", "sioni", "gioni", "tà", "tù"))
        counted = ("quante " if feminine else "quanti ") + noun
    if not counted and noun:
        end = match.start("noun")
    base = counted or _how_many_of(match.string[end:])
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


def _how_many_of(rest: str) -> str:
    """«quanto», or «quanti» / «quante» before the plural noun the figure counts: «con
    quanti punti», «quante ore», «quanti visitatori» (the noun stays in the question)."""
    following = re.match(r"\s*([a-zà-ÿ]+)\b", rest)
    if following is None:
        return "quanto"
    word = following[1]
    single = lemma(word)
    if (
        not single
        or single == fold(word)
        or not content_words([word])
        or looks_like_verb(word)
        or not fold(word).endswith(("i", "e"))
        or fold(word) in _SAID_OF_A_SUM
        or fold(word).endswith(("ivi", "ive", "imi", "ime"))  # «aggiuntivi», «massimi»
        or looks_like_verb(fold(word)[:-1] + "o")  # «incassati», «concesse»: participles
    ):
        return "quanto"
    feminine = single.endswith("a") or fold(word).endswith(("e", "zioni", "sioni", "gioni"))
    return "quante" if feminine else "quanti"


# Adjectives a sum takes: «230 euro lordi», «350 euro mensili», «i valori medi».
_SAID_OF_A_SUM = frozenset(
    {"lordi", "netti", "mensili", "annui", "annuali", "medi", "complessivi", "totali"}
)


# «presentati *ieri* dal Consorzio»: a word between a participle and who did it.
_THEN_ADVERB = (
    r"(?:\s+(?:ieri|oggi|già|anche|poi|stamattina|stamani|stasera|ufficialmente"
    # «presentato a marzo da…», «approvato nel 2024 dalla…», «firmato a Roma dal…»
    r"|(?:a|ad|in|nel|nella|lo scorso|la scorsa)\s+[\wà-ÿ]+))?"
)
_PARTICIPLE = re.compile(rf"\b\w+(?:at|ut|it|tt|ss|st|rt|lt|s)[oaie]{_THEN_ADVERB}\s*$")
# «è partito dalla base di Vandenberg»: a verb of motion's «da» is where from, not by whom.
_MOVED = re.compile(
    r"\b(?:partit|arrivat|uscit|tornat|venut|rientrat|giunt|fuggit|scappat|decollat|"
    rf"salpat|trasferit|spostat|evacuat|allontanat)[oaie]{_THEN_ADVERB}\s*$"
)
# A name going on in lower case after the capitalised words a place was read from.
_NAME_GOES_ON = re.compile(
    r"\s+(?:di|del|della|dello|dei|degli|delle|per)\s+(?:la\s+)?[a-zà-ÿ]{4,}"
)


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
        unit = sentence[match.end("num") : match.end()].strip()
        if _YEAR.match(number) and not unit.startswith(("%", "per cento")):
            continue  # «il triennio 2026-2028 per potenziare»: years, not a share
        if in_date(match.start("num"), match.end("num")):
            continue
        if re.search(r"[A-Z][\w]*\s*$", sentence[: match.start("num")]) and not match["prep"]:
            continue  # a model or an edition: "Ariane 6", "Venezia 83"
        if number[0].isupper() and sentence[: match.start("num")].strip():
            continue  # a name: «la Fontana dei Quattro Fiumi», «le Tre Cime»
        if not match["prep"] and _NUMBERED.search(sentence, 0, match.start("num")):
            continue  # which one, not how many: «la statale 38», «gara 5», «la linea 2»
        if _RANGE_AFTER.match(sentence, match.end("num")):
            continue  # «30-40 centimetri», «sotto 3-6»: the range is asked at its end
        wh, end = _wh_amount(match)
        start = match.start()
        if before := _RANGE_BEFORE.search(sentence, 0, match.start("num")):
            start = min(start, before.start())  # «altri 30-40 centimetri»: «altri quanti…»
        bracket = re.search(r"\(\s*[+−-]?\s*$", sentence[:start])
        if bracket and sentence[end : end + 1] == ")":
            start, end, wh = bracket.start(), end + 1, "di quanto"  # "il caffè (+18,4%)"
        targets.append(Target("amount", start, end, wh))
    for start, end in dates:
        prep = fold(sentence[start:end].split()[0])
        wh = {"dal": "da quando", "dall": "da quando", "entro": "entro quando"}.get(prep, "quando")
        wh = "fino a quando" if prep == "fino" else wh
        if until := re.search(r"\bfino\s+$", sentence[:start]):
            start, wh = until.start(), "fino a quando"  # «fino a luglio», not «fino quando»
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
        preceding = sentence[: match.start()]
        if (
            fold(match["span"]).startswith("da")
            and _PARTICIPLE.search(preceding)
            and not _MOVED.search(preceding)
        ):
            continue  # "prodotto dalla Mareluce", "approvato dalla Commissione": who, not where
        if _NAME_GOES_ON.match(sentence, match.end()):
            continue  # «dal Consorzio di tutela della Doc Prosecco»: not «da dove di tutela»
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
        head = _RELATIVE_OPENER.sub("", _WHY_OPENER.sub("", head))
        if len(head.split()) < 3:
            return ""
        return _tidy("Perché " + _lower_first(head.lstrip('«“"')))  # not «Perché Il virus»
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
    return _tidy(_RELATIVE_OPENER.sub("", _fronted(clause, target.wh)))


# A clause taken from inside a sentence may open with what joined it to the sentence: a
# relative («che», «in cui») or a conjunction («e», «ma»). Asked as it stands, «Che da
# quanti anni studia alternative al litio?» reads as broken to the operator reviewing the
# draft; without it, «Da quanti anni studia alternative al litio?» is a question.
_RELATIVE_OPENER = re.compile(
    r"^(?:(?:e|ed|ma|che|cui|in cui|per cui|con cui|il quale|la quale|i quali|le quali)\s+)+"
    r"(?=\S)",
    re.IGNORECASE,
)
# Before a reason, «dove» too joins a clause («…, dove secondo il Comune un appartamento su
# sette è vuoto, perché…»): «Perché dove…?» asks nothing.
_WHY_OPENER = re.compile(r"^dove\s+(?=\S)", re.IGNORECASE)


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
            own = text[start:end].strip()
            if index >= 2:
                subject, aside = (text[a:b].strip() for a, b in pieces[index - 2 : index])
                if (whole := _with_subject(own, subject, aside)) != own:
                    return whole
            if index >= 1 and (named := _NAMED_BEFORE_WHO.search(text, 0, pieces[index - 1][1])):
                verb = own.split()[1] if own.startswith("che ") and len(own.split()) > 1 else ""
                if verb and (_is_finite_verb(verb) or _is_auxiliary(verb)):
                    return f"{named['name']} {own[4:]}"  # «…alla Edilpietra, che ha impiegato»
            first = last = index
            while first > 0 and len(text[pieces[first][0] : pieces[last][1]].split()) < 5:
                first -= 1
            while (
                last < len(pieces) - 1 and len(text[pieces[first][0] : pieces[last][1]].split()) < 5
            ):
                last += 1
            return text[pieces[first][0] : pieces[last][1]].strip()
    return text


# A name ending the piece before «, che ha…»: who the relative clause is about.
_NAMED_BEFORE_WHO = re.compile(
    r"(?:\b(?:il|lo|la|l'|i|gli|le|al|allo|alla|all'|ai|dal|dalla|dall'|del|della|dell'|dei|"
    r"nel|nella|sul|sulla|da|di|a|ad)\s*)"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|srl|spa|di|del|della|dei))*"
    r"(?<!\sdi)(?<!\sdel)(?<!\sdella)(?<!\sdei))\s*$"
)


def _with_subject(clause: str, subject: str, aside: str) -> str:
    """«la Regione Marche, dal canto suo, ha stanziato quanto…»: a clause opening with its
    verb has its subject two pieces before, past a short aside; asked with it («la Regione
    Marche ha stanziato quanto…?»), not as «Ha stanziato quanto…?»."""
    opening = clause.split()[0] if clause else ""
    if not (_is_finite_verb(opening) or _is_auxiliary(opening)):
        return clause
    said = subject.split()
    if not 1 <= len(said) <= 6 or not 1 <= len(aside.split()) <= 4:
        return clause
    if any(_is_finite_verb(w) or _is_auxiliary(w) for w in [*said, *aside.split()]):
        return clause
    if fold(said[0]) in {"che", "cui", "e", "ma", "mentre", "dove", "quando", "se"}:
        return clause
    return f"{subject} {clause}"


_WH_THEN_COMMA = re.compile(
    r"^(?:da |entro |fino a |a )?(?:quando|dove|quanto|quanti|quante|chi|perché|che ora),\s*(.*)$",
    re.IGNORECASE,
)


def _tidy(question: str) -> str:
    """One space, a capital letter, at most `MAX_QUESTION_WORDS` words and a question mark."""
    question = re.sub(r"\s+", " ", question).strip(" ,;:.–-?")
    question = re.sub(r"[«»“”()]|(?<!\d)\"|\"(?!\d)", "", question)  # 2'28"41 stays
    question = re.sub(r"\s+", " ", question).strip(" ,;:.–-")
    question = re.sub(r"\s+([,;:])", r"\1", question)  # «quando , il libro» -> «quando, il libro»
    tokens = question.split()
    if len(tokens) > MAX_QUESTION_WORDS:
        tokens = tokens[:MAX_QUESTION_WORDS]
        while tokens and fold(tokens[-1]) in _DANGLING:
            tokens.pop()
        # A phrase cut after its first word («… 10 miliardi di dollari di nuovi») is cut
        # whole: the question ends where the last complete phrase does.
        if len(tokens) > 2 and fold(tokens[-2]) in _DANGLING:
            tokens = tokens[:-2]
            while tokens and fold(tokens[-1]) in _DANGLING:
                tokens.pop()
    dangling = bool(tokens) and fold(tokens[-1]) in _DANGLING
    while tokens and fold(tokens[-1]) in _DANGLING:  # cut by the caller: «… di 96 mln di»
        tokens.pop()
    if dangling and len(tokens) < 2:
        return ""  # «Quanti dei»: nothing asked
    aside = _WH_THEN_COMMA.match(" ".join(tokens))
    said = [w for w in aside[1].split() if w[:1].islower()] if aside else []
    if aside and not any(_is_finite_verb(w) or _is_auxiliary(w) for w in said):
        return ""  # «Da quando, giovedì 22 gennaio», «Quando, al PalaBarton»: no clause
    question = " ".join(tokens)
    return question[:1].upper() + question[1:] + "?" if question else ""


_DANGLING = frozenset(
    _wordlist(
        "di del della dei degli delle a al alla ai e o in con per da dal il la lo i gli le "
        "un una che"
    )
)


# «Mario Rossi, 45 anni, ha vinto…»: a person's age said beside their name.
_AGE_APPOSITION = re.compile(
    r"(?P<name>\b[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de|di|da|del|dal|[A-ZÀ-Ý][\w'’-]+))*\s+[A-ZÀ-Ý][\w'’-]+)"
    r",\s+(?P<age>(?:di\s+)?\d{1,3}\s+anni)\b"
)


def intent_questions(sentence: str) -> list[tuple[str, str]]:
    """(intent, question) pairs for what a sentence can answer, one per intent and span."""
    out: list[tuple[str, str]] = []
    seen: Counter[str] = Counter()
    targets = find_targets(sentence)
    ages = [(m.start("age"), m.end("age")) for m in _AGE_APPOSITION.finditer(sentence)]
    for target in targets:
        if seen[target.intent] >= (3 if target.intent == "amount" else 1):
            continue
        if any(start <= target.start < end for start, end in ages):
            continue  # asked as «Quanti anni ha Mario Rossi?», below
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
        if any(start <= target.start < end for start, end in ages):
            continue
        if target.intent == "amount" and len(counted) == 2 and counted[0] in ("quanti", "quante"):
            short = _tidy(target.wh)
            if ("amount", short) not in out:
                out.append(("amount", short))
    out.extend(
        ("amount", f"Quanti anni ha {m['name']}?") for m in _AGE_APPOSITION.finditer(sentence)
    )
    out.extend(_who_questions(sentence))
    out.extend(_definition_questions(sentence))
    out.extend(_purpose_questions(sentence))
    return [(intent, question) for intent, question in out if question]


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
        stop = _ROLE_STOP.search(after[2:])
        apposition = after[2 : 2 + stop.start() if stop else None].strip()
        if (
            1 <= len(apposition.split()) <= 12
            # «Andrea Duodo, l'incasso ha toccato…»: a subject with its verb opens a clause.
            and not (stop and _ARTICLE.match(apposition) and stop[0].strip() in {"ha", "è"})
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


def _who_is(role: str, name: str) -> str:
    """«Chi è il direttore del museo?» of a role; «Chi è eletto migliore in campo?», with
    no article, of what the person was made; a role already with its article keeps it."""
    if _ARTICLE.match(role):
        return _tidy(f"Chi è {role}")
    if _OF.match(role):
        return ""  # «Sofia Marchetti, delle Fiamme Gialle»: whose, not who she is
    first = fold(role.split()[0])
    if looks_like_verb(first[:-1] + "o"):  # «eletto», «nominata»: a participle
        return _tidy(f"Chi è {role}")
    return _tidy(f"Chi è {_article_for(role, name)}{role}")


# What says whose a person is, not what: «delle Fiamme Gialle», «di Torre del Greco».
_OF = re.compile(r"(?:di|del|dello|della|dei|degli|delle)\s|dell'", re.IGNORECASE)
# A role that opens with its article: «il direttore del museo», «l'assessora».
_ARTICLE = re.compile(r"(?:il|lo|la|i|gli|le)\s|l'", re.IGNORECASE)


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
        out.extend(("who", asked) for role in roles if (asked := _who_is(role, name)))
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
        r"(?:[a-zà-ÿ]+['’][A-Za-zà-ÿ]+|[a-zà-ÿ]+(?![a-zà-ÿ'’])|[A-Z][A-Za-z]+)){0,5}"
        r"(?:\s+\([A-Z]{2,8}\))?)",  # «Fratelli d'Italia» whole, not «Fratelli d»
        sentence,
    )
    before = sentence[: agent.start()] if agent else ""
    passive = re.search(rf"\b\w+(?:at|ut|it)[oaie]{_THEN_ADVERB}\s*$", before)
    if agent and passive and not _MOVED.search(before):
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
        elif match["called"]:  # «la cosiddetta zona arancione»: «Cos'è la zona arancione?»
            called, ending = match["called"].strip(), match["ending"]
            named = called.split()
            verb_at = next((i for i, w in enumerate(named) if i and _is_finite_verb(w)), None)
            called = " ".join(named[:verb_at])  # «la cosiddetta Società foggiana controllava»
            verb = "Cosa sono" if ending in "ie" else "Cos'è"
            out.append(("definition", f"{verb} {_definite(called, ending)}{called}?"))
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
