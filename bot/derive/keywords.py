"""Keywords ranked by how informative they are, and the words readers use instead of
the article's (generic news paraphrases, derivational relatives).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.derive.base import MAX_KEYWORDS, MAX_RELATED, _wordlist
from bot.text import content_words, fold, lemma, stem, words
from bot.wordinfo import informativeness, zipf

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
film pellicola lungometraggio
festival mostra rassegna manifestazione
giuria giurati
tappa tappe
quota altezza altitudine
attorno intorno
profondità profondo sottosuolo
racconta parla narra trama storia
test prove collaudo collaudato collaudata verifiche
coinvolge coinvolte coinvolti partecipano partecipazione
prodotto prodotta produzione produttore produce casa_di_produzione
commosso commossa emozionato emozionata emozione lacrime
frase citata citazione parole
governo esecutivo ministero
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
# ("le sale" are cinemas, "la salita" a climb, "il titolo" a share or a film, "gli attori
# tecnologici" the players of a market): they call
# no group, so their draft gets no synonyms of the wrong meaning.
_HOMOGRAPHS = frozenset(
    _wordlist(
        """sale salita salite lavoro tempo citta titoli titolo interesse ripresa arriva
    arrivano arrivato arrivata pubblica pubblico pubblici programma direttivo diretta
    diretto prodotti attori"""
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
