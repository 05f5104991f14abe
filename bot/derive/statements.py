"""From sentences to self-contained statements: the people, institutions and named
things an article introduces, so that a sentence leaning on the one before («Lei…»,
«il presidente dell'associazione…», «Il lancio…») says who or what it is about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot import lexicon
from bot.asking import FIRST_NAMES
from bot.derive.article import RawArticle
from bot.derive.base import (
    MAX_MERGED,
    _is_auxiliary,
    _is_finite_verb,
    _wordlist,
)
from bot.sentences import inside_quote, split_sentences
from bot.text import (
    MONTHS,
    RELATIVE_DAYS,
    content_words,
    fold,
    lemma,
    stem,
    title_head,
    words,
)
from bot.wordinfo import zipf

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


@dataclass(slots=True)
class Entities:
    """Names found in the article: people (in order of mention) and noun-name pairs."""

    people: list[str] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)
    named: dict[str, str] = field(default_factory=dict)  # "sonda" -> "MIRA"
    # "Consorzio" -> "Consorzio di tutela Barolo Barbaresco": the short form refers back.
    institutions: dict[str, str] = field(default_factory=dict)
    institution_names: dict[str, str] = field(default_factory=dict)
    recent: list[Named] = field(default_factory=list)
    paragraph: list[Named] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def learn(self, text: str) -> None:
        """Remember the names `text` gives to things, the latest last."""
        for named in associations(text):
            self.named[named.noun] = named.name
            self.recent.append(named)
            self.paragraph.append(named)

    def learn_institutions(self, text: str) -> None:
        """Let later sentences call back the institutions `text` names in full: only
        later ones, as «la Provincia» of an article about Trento's province is not «la
        Provincia di Bolzano» that its last paragraph names. Once a second park is named,
        «il Parco» may be either, and stays as written."""
        for match in _INSTITUTION.finditer(text):
            head, name = match["head"], match["name"].rstrip(" ,")
            longest = self.institution_names.get(head, name)
            if _capitals(name) <= _capitals(longest):
                self.institutions.setdefault(head, longest)
            else:  # a second park, a second town: «il Parco» may be either from now on
                self.institutions[head] = ""

    def referent(self, *, event: bool = False) -> Named | None:
        """What an unnamed "il lancio" is about.

        The thing named last in this paragraph, else the named thing the article
        mentions most; for an `event` («il biglietto», «l'apertura»), not a company or
        an association: «l'apertura della società Vertigo» is not the concert's opening.
        """
        own = [n for n in self.recent if not (event and n.noun in _ORGANISATION_NOUNS)]
        here = [n for n in self.paragraph if n in own]
        if here:
            return here[-1]
        if not own:
            return None
        return max(own, key=lambda n: (self.counts[n.name], -own.index(n)))


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
            or first in FIRST_NAMES
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
# Named things that are organisations: what happens («il biglietto», «l'apertura») is not
# theirs («l'apertura della società Vertigo» is not the concert's opening song).
_ORGANISATION_NOUNS = _wordlist(
    "società azienda gruppo ente istituto agenzia organizzazione associazione compagnia "
    "marchio banca fondo"
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


# People the news names once, then by their role: «Il pilota è uscito illeso» tells of the
# rider the sentence before named, and is merged with it.
_PERSON_NOUNS = _wordlist(
    "pilota atleta corridore ciclista tennista nuotatore nuotatrice pugile velista giocatore "
    "giocatrice allenatore tecnico imprenditore imprenditrice manager regista scrittore "
    "scrittrice cantante artista uomo donna ragazzo ragazza giovane vittima ferito ferita"
)
_BY_ROLE = re.compile(
    rf"^(?:Il|Lo|La|L'|L’)\s*(?:{'|'.join(_PERSON_NOUNS)})\b"
    # «Il pilota della Ducati…», «Il tecnico Rui Marques»: a name follows, it stands alone.
    r"(?!\s*(?:[a-zà-ÿ]+\s+)?(?:di\s+|del\s+|della\s+|dell')?[A-Z«“\"])"
)

# A first name and a surname inside a sentence: «lo spagnolo Jorge Villalba».
_FULL_NAME = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+)\s+[A-ZÀ-Ý][a-zà-ÿ]+")


_NOUN_GROUP = "|".join(sorted(set(_THING_NOUNS), key=len, reverse=True))
_EVENT_GROUP = "|".join(sorted(set(_EVENT_NOUNS), key=len, reverse=True))
_QUOTED = r"«[^»]{2,60}»|\"[^\"]{2,60}\"|“[^”]{2,60}”"
_NAMED_AFTER = re.compile(
    rf"\b(?P<art>il|lo|la|l'|i|gli|le|del|della|dello|dell'|nel|nella|sul|sulla)\s*"
    rf"(?P<noun>{_NOUN_GROUP})"
    rf"(?:\s+(?!(?:è|e|ha|sono|di|del|della|a|in|con|per)\b)(?P<between>[a-zà-ÿ]+))?"
    rf"\s+(?P<name>[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:\s+\d+)?|{_QUOTED})"
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
        if match.groupdict().get("between") and _is_finite_verb(match["between"]):
            continue  # «il festival proporrà "La traviata"»: an object, not its name
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
    lines = (article.title, *article.paragraphs)
    text = "\n".join(lines)
    # Line by line: a title ending «…del Parco» and a paragraph opening «Sono 64…» are
    # not one name, «Parco Sono».
    for line in lines:
        for _, name in find_people(line):
            if name not in entities.people:
                entities.people.append(name)
                entities.surnames.setdefault(name.split()[-1], name)
    entities.learn(article.title)
    entities.institution_names = _institutions(text)
    entities.learn_institutions(article.title)
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
    cresce scendono sale salgono resta restano arriva arrivano senza sotto sopra verso
    contro presso alle agli ai dai dalle dagli sui sulle sugli nei nelle avevamo siamo
    eravamo possiamo dobbiamo vogliamo"""
    )
)


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
    r"al contrario|viceversa|in compenso|a differenza|"
    # «Seguono Firenze, a 4.180 euro…»: what they follow in, the sentence before says.
    r"seguono|segue|a seguire)\b",
    re.IGNORECASE,
)
# A sentence that opens with an auxiliary or modal verb has its subject elsewhere.
_VERB_START = re.compile(
    r"^(?:è|e'|sarà|saranno|sono|era|erano|ha|hanno|aveva|avevano|avrà|avranno|potrà|"
    r"potranno|potrebbe|potrebbero|dovrà|dovranno|dovrebbe|dovrebbero|può|possono|deve|"
    r"devono|resta|restano|rimane|rimangono|punta|mira|vuole|vogliono|ne|vi)\b",
    re.IGNORECASE,
)
# «Finora ne sono stati venduti 3.150», «Se ne erano perse le tracce»: «ne» near the
# start stands for what the sentence before named.
_NE_START = re.compile(r"^(?:[A-Za-zà-ÿ]+\s+){0,2}ne\s+[a-zà-ÿ]", re.IGNORECASE)
# A future verb first: «Partirà nel gennaio 2027…» (the subject is elided).
_FUTURE_START = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:erà|irà|arà|eranno|iranno|aranno)\b")
# A connective, then a verb: «Poi propone…», «Infine chiede…» (the subject is elided).
_THEN_VERB = re.compile(
    r"^(?:poi|quindi|infine|inoltre|intanto|successivamente|dopo)\s+(?P<verb>[a-zà-ÿ]+)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:ha|hanno|avrebbe)\s+(?:detto|dichiarato|spiegato|commentato|raccontato|ricordato|"
    r"aggiunto|sottolineato|affermato|precisato|osservato|annunciato|concluso|ammesso|"
    r"assicurato|avvertito|scritto|denunciato|attaccato|accusato|ribadito|replicato|"
    r"insistito|lamentato|rivendicato|puntualizzato|evidenziato|rimarcato|confermato|"
    r"sostenuto|ironizzato|esultato|incalzato|chiosato|confidato|confessato)\b"
    r"|\b(?:dice|spiega|commenta|racconta|afferma|sottolinea|aggiunge|osserva|precisa|"
    r"avverte|accusa|attacca|denuncia|ribadisce|replica|insiste|lamenta|rivendica|"
    r"puntualizza|sorride|scherza|ammette|assicura|incalza|chiosa|confida|conclude|"
    r"dichiara|sostiene|ricorda|annuncia|esulta|ironizza|confessa)\b"
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
            return entities.referent(event=True) is None
        return noun not in entities.named
    if _VERB_START.match(sentence):
        return not re.search(r"\b[A-Z][a-zA-Z]{2,}", sentence[1:])
    if _FUTURE_START.match(sentence) or _NE_START.match(sentence):
        # «Partirà nel gennaio 2027…», «Finora ne sono stati venduti 3.150»: what will
        # start, what is counted, the sentence before says.
        return True
    # «Poi propone un codice…»: who proposes is in the sentence before.
    then = _THEN_VERB.match(sentence)
    return bool(then and _is_finite_verb(then["verb"]))


# Institutions the news names in full once, then by their first word: «il Consorzio di
# tutela Barolo Barbaresco» ... «il presidente del Consorzio».
_INSTITUTION_HEADS = (
    "Consorzio|Comune|Regione|Provincia|Associazione|Autorità|Agenzia|Fondazione|Istituto|"
    "Università|Tribunale|Procura|Ministero|Federazione|Confederazione|Osservatorio|Ente|"
    "Camera|Consulta|Accademia|Azienda|Unione|Ordine|Collegio|Conservatorio|Museo|Parco|"
    "Prefettura|Questura"
)
_INSTITUTION_ADJECTIVES = (
    "nazionale|regionale|provinciale|comunale|metropolitana|europea|italiana|autonoma|"
    "archeologico|archeologica|naturale|statale|superiore|civico|civica|sanitaria|"
    "ospedaliera|universitaria"
)
_INSTITUTION = re.compile(
    rf"(?P<name>\b(?P<head>{_INSTITUTION_HEADS})"
    rf"(?:\s+(?:{_INSTITUTION_ADJECTIVES}))?"
    # «di tutela Barolo», «di tutela della Doc Prosecco», «per la tutela del Parmigiano».
    r"(?:\s+(?:(?:di|del|della|dello|dei|delle|degli|per|d'|dell')(?:\s+(?:la |il |l')?"
    r"[a-zà-ÿ]{4,}(?:\s+(?:di|del|della|dello|dei|delle|degli|d'|dell'))?)?)?"
    r"\s*[A-ZÀ-Ý][\w'À-ÿ-]*){1,5})"
)
_SHORT_INSTITUTION = re.compile(
    r"\b(?:il|lo|la|l'|del|dello|della|dell'|al|allo|alla|all'|dal|dalla|dall'|nel|nella|"
    rf"nell'|sul|sulla|sull'|col|con la|con il)\s*(?P<head>{_INSTITUTION_HEADS})\b"
    r"(?!\s+(?:di|del|della|dello|dei|delle|degli|d'|dell')\b|\s+[A-ZÀ-Ý]|\s*-"
    rf"|\s+(?:{_INSTITUTION_ADJECTIVES})\b)"
)
# «il ministero dell'Università e della ricerca», «l'assessora all'Università»: the head
# names a portfolio there, not the university the article named.
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:ministero|ministro|ministra|assessor[ea]|assessorato|delega)\b[\w' ]{0,30}$",
    re.IGNORECASE,
)


def _institutions(text: str) -> dict[str, str]:
    """The full name of each institution the article names: the longest of the names it
    gives one head that are all the same one («l'Università di Bari», «l'Università degli
    Studi di Bari»), the first when they differ («il Comune di Pisa», «di Lucca»)."""
    full: dict[str, str] = {}
    for line in text.splitlines():
        for match in _INSTITUTION.finditer(line):
            head, name = match["head"], match["name"].rstrip(" ,")
            known = full.setdefault(head, name)
            if len(name) > len(known) and _capitals(known) <= _capitals(name):
                full[head] = name
    return full


def _capitals(name: str) -> set[str]:
    """The capitalised words of a name: what tells one institution from another."""
    return {w for w in re.findall(r"\w+", name) if w[:1].isupper()}


def expand_institutions(sentence: str, entities: Entities) -> str:
    """Give «il Consorzio» its full name when the article named it in full, so that the
    answer stands alone: «il presidente del Consorzio di tutela Barolo Barbaresco»."""
    for match in _SHORT_INSTITUTION.finditer(sentence):
        full = entities.institutions.get(match["head"])
        if _PORTFOLIO_BEFORE.search(sentence, 0, match.start("head")):
            continue
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
    rf"\b(?P<kind>(?i:{_ORG_KINDS}))\s+"
    rf"(?P<name>(?:«[^»]{{2,60}}»|\"[^\"]{{2,60}}\"|“[^”]{{2,60}}”)(?:\s+di\s+{_ORG_NAME_WORD})?"
    rf"|{_ORG_NAME_WORD}(?:\s+{_ORG_NAME_WORD}){{0,4}})"
)
# «L'associazione dei commercianti di piazza Navona sostiene…», «il sindacato dei medici
# ospedalieri Anaao Assomed»: a kind said by what it gathers, a complement or two (a
# name may follow each).
_KIND_OF = re.compile(
    rf"\b(?P<kind>(?i:{_ORG_KINDS}))(?P<name>(?:\s+(?:di|dei|degli|delle|del|della|dello)\s+"
    r"[a-zà-ÿ]{3,}|\s+(?:d'|dell')[a-zà-ÿ]{3,})(?:\s+[a-zà-ÿ]{3,}(?=\s+[A-ZÀ-Ý]))?"
    r"(?:\s+[A-ZÀ-Ý][\w'-]*){0,2}"
    r"(?:\s+(?:di|del|della|dei|in)\s+(?:[a-zà-ÿ]{3,}\s+)?[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)?)?)"
)
# «la Fimmg, il principale sindacato dei medici di famiglia»: a name, then what it is.
_NAME_IS_KIND = re.compile(
    r"(?:\b(?P<art>il|lo|la|l')\s*)?"
    rf"(?P<name>\b[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){{0,3}}),\s+(?:il|lo|la|l')\s*"
    rf"(?:[a-zà-ÿ]+\s+)?(?P<kind>{_ORG_KINDS})\b"
)
# «l'Associazione toscana host, che riunisce…»: a kind written with a capital opens a
# proper name, whose other words may be in lower case.
_CAPITAL_KIND_NAMED = re.compile(
    rf"\b(?P<kind>{'|'.join(k.capitalize() for k in _ORG_KIND_PREPOSITION)})"
    r"(?P<name>(?:\s+[a-zà-ÿ]{3,}){1,3})(?=\s*[,.;:])"
)
# «Assobibe, l'associazione di Confindustria che…»: a name and, after it, its kind.
_NAME_THEN_KIND = re.compile(
    rf"^(?P<name>{_ORG_NAME_WORD}(?:\s+{_ORG_NAME_WORD}){{0,3}}),\s+"
    rf"(?:l'|il\s+|la\s+|lo\s+)(?P<kind>{_ORG_KINDS})\b"
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
    r"coordinat(?:ore|rice)|responsabile|fondat(?:ore|rice)|leader"
    r"|(?P<corporate>amministratore delegato|amministratrice delegata))"
    r"(?:\s+(?:provinciale|regionale|nazionale|generale|cittadin[oa]|locale|territoriale))?"
    rf"(?P<generic>\s+(?:dell'|del\s+|della\s+)(?P<kind>{_ORG_KINDS}))?"
    r"(?P<gap>,?\s+)(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý])"
)

# The person's name after the role: «Luca Ferrante», «Andrea Dal Col».
_PERSON_AFTER_ROLE = re.compile(r"[A-ZÀ-Ý][\w'-]+(?:\s+(?:[A-ZÀ-Ý][\w'-]+|de|di|da|del|dal))*")


# A sentence opening with one of these is not opened by an organisation's name.
_NOT_AN_ORGANISATION = _COMMON_START | FIRST_NAMES


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation a paragraph named: its kind («comitato», or "" for a bare name
    opening a sentence) and its name («comitato «Terremotati 2016» di Amatrice»)."""

    kind: str
    name: str
    # The article a bare name was written with («la Fimmg»): its role is «della Fimmg».
    article: str = ""


def organisations(sentence: str, people: Sequence[str]) -> list[Organisation]:
    """The organisations a sentence names, in order: by their kind, or as its subject."""
    found = [
        (m.start(), Organisation(m["kind"].lower(), f"{m['kind'].lower()} {m['name']}"))
        for m in _KIND_NAMED.finditer(sentence)
    ]
    found += [
        (m.start(), Organisation(m["kind"].lower(), f"{m['kind'].lower()}{m['name']}"))
        for m in _CAPITAL_KIND_NAMED.finditer(sentence)
    ]
    named = [
        m
        for m in _NAME_IS_KIND.finditer(sentence)
        if m.start() > 0 and _may_be_an_organisation(m["name"])
    ]
    found += [(m.start(), Organisation(m["kind"], m["name"], m["art"] or "")) for m in named]
    found += [
        (m.start(), Organisation(m["kind"].lower(), f"{m['kind'].lower()}{m['name']}"))
        for m in _KIND_OF.finditer(sentence)
        if not any(n.start() <= m.start() < n.end() for n in named)
    ]
    found += [
        (m.start("name"), Organisation("", m["name"]))
        for m in _OF_A_NAME.finditer(sentence)
        if _named_body(m["name"], people)
    ]
    appositive = _NAME_THEN_KIND.match(sentence)
    subject = None if appositive else _SUBJECT_NAME.match(sentence)
    if appositive and _may_be_an_organisation(appositive["name"]):
        found.append((0, Organisation(appositive["kind"], appositive["name"])))
    if subject and _may_be_an_organisation(subject["name"]):
        name = subject["name"]
        if not any(name in person or person in name for person in people):
            found.append((subject.start("name"), Organisation("", name)))
    return [org for _, org in sorted(found, key=lambda item: item[0])]


# «un sondaggio di Confcommercio Verona», «secondo Coldiretti», «i dati di Legambiente»: a
# body named inside a sentence as the source of what it says.
_OF_A_NAME = re.compile(
    r"\b(?:[Ss]econdo|(?:sondaggio|indagine|rapporto|dati|stime|stima|nota|comunicato|studio"
    r"|ricerca|analisi|elaborazione)\s+(?:di|del|della|dell'))\s*"
    rf"(?P<name>{_ORG_NAME_WORD}(?:\s+{_ORG_NAME_WORD}){{0,2}})"
)


def _named_body(name: str, people: Sequence[str]) -> bool:
    """Whether a name inside a sentence is a body's («Confcommercio Verona»): its first word
    no dictionary word, no place and no first name («di Verona», «di Mario Rossi» are not),
    nor part of someone the article names."""
    first = fold(name.split()[0])
    return (
        lemma(first) is None
        and first not in lexicon.places()
        and first not in _NOT_AN_ORGANISATION
        and not any(name in person or person in name for person in people)
    )


def _may_be_an_organisation(name: str) -> bool:
    """Whether a capitalised name opening a sentence may be an organisation's: not a first
    name nor a usual opening, nor one dictionary word capitalised only because it opens
    the sentence («Pronta alla battaglia…», «Soddisfatti i produttori»)."""
    first = fold(name.split()[0])
    word = first.split("'")[-1]  # «L'associazione», «L'obiettivo»: a common noun
    if word != first and lemma(word) is not None:
        return False
    return first not in _NOT_AN_ORGANISATION and (" " in name or lemma(first) is None)


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
    # Only an organisation by kind; but a company's chief executive is the chief of the
    # company that opened the sentence before («Vertigo Live respinge le accuse…»).
    org = next((o for o in reversed(named) if o.kind or role["corporate"]), None)
    if org is None or org.name in sentence:
        return sentence
    if org.article or not org.kind:
        owner = f"{_OF.get(org.article, 'di ')}{org.name}"
    else:
        owner = f"{_ORG_KIND_PREPOSITION[org.kind]}{org.name}"
    return _with_owner(sentence, role, owner)


def _with_owner(sentence: str, role: re.Match[str], owner: str) -> str:
    """Put «owner» («del comitato X») after the `role` match, and the person's name after
    it between commas: «il portavoce del comitato X, Luca Ferrante, …»."""
    start, after = role.start("gap"), role.end("gap")
    person = _PERSON_AFTER_ROLE.match(sentence, after)
    end = person.end() if person else after
    close = "," if person and sentence[end : end + 1] not in ',.;:!?»”")' else ""
    return f"{sentence[:start]} {owner}, {sentence[after:end]}{close}{sentence[end:]}"


# Roles that belong to an institution the article names in full once: «la rettrice
# Antonella Caradonna» is the rector of «l'Università degli Studi di Bari».
_INSTITUTION_OF_ROLE = {
    "rettore": ("Università", "dell'"),
    "rettrice": ("Università", "dell'"),
    "sindaco": ("Comune", "del "),
    "sindaca": ("Comune", "del "),
    "procuratore": ("Procura", "della "),
    "procuratrice": ("Procura", "della "),
    "prefetto": ("Prefettura", "della "),
    "prefetta": ("Prefettura", "della "),
    "questore": ("Questura", "della "),
}
_INSTITUTION_ROLE = re.compile(
    r"\b(?:[Ii]l|[Ll]a|[Ll]')\s*(?P<role>" + "|".join(_INSTITUTION_OF_ROLE) + r")"
    r"(?P<gap>,?\s+)(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý])"
)


def with_role_institution(sentence: str, institutions: Mapping[str, str]) -> str:
    """«la rettrice Antonella Caradonna» becomes «la rettrice dell'Università degli Studi di
    Bari, Antonella Caradonna» when the article named that university in full (and no
    other words say whose rector she is)."""
    role = _INSTITUTION_ROLE.search(sentence)
    if role is None:
        return sentence
    head, preposition = _INSTITUTION_OF_ROLE[role["role"].lower()]
    full = institutions.get(head)
    if not full or full == head or full in sentence:
        return sentence
    return _with_owner(sentence, role, f"{preposition}{full}")


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
    referent = entities.referent(event=True)
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


_NOT_ADJECTIVES = frozenset({"si", "ci", "vi", "ne", "non", "già", "ora", "poi", "anche", "mai"})


def _after_adjective(sentence: str, end: int) -> tuple[str, str]:
    """Split after the noun, or after its adjective: "La proiezione ufficiale | si è svolta"."""
    adjective = re.match(r"\s+([a-zà-ÿ]+)(?=\s)", sentence[end:])
    if (
        adjective
        and adjective[1] not in _NOT_ADJECTIVES  # «il piano si concluderà»
        and not _is_finite_verb(adjective[1])  # «il debutto arriva»
        and (
            _VERB_AFTER.match(sentence[end + adjective.end() :]) or _ADJECTIVE.search(adjective[1])
        )
    ):
        end += adjective.end()
    return sentence[:end], sentence[end:]


_EVENT_START = re.compile(rf"^(?:il|lo|la|l'|i|gli|le)\s*(?P<noun>{_EVENT_GROUP})\b", re.IGNORECASE)
_DEFINITE = re.compile(
    rf"(?<![\w'])(?:il|lo|la|l'|Il|Lo|La|L')\s*(?P<noun>{_NOUN_GROUP})\b", re.IGNORECASE
)


def _lower_first(text: str, names: frozenset[str] = frozenset()) -> str:
    """Lower-case an opening article or pronoun, or a dictionary word that the article never
    capitalises inside a sentence (`names`): «Tiepida la reazione», not «Trenitalia»."""
    first = text.split(" ", 1)[0]
    word = fold(first.strip('«“"')).split("'")[0]
    acronym = first.isupper() and len(first.strip('«“"')) > 1  # «UE», not «A spingere»
    common = word in _COMMON_START or first[:1] == "È"
    if names and not common and first.isalpha() and first not in names:
        common = lemma(word) is not None and zipf(word) >= COMMON_ZIPF
    if first[:1].isupper() and not acronym and common:
        return text[0].lower() + text[1:]
    return text


def _inner_capitals(article: RawArticle) -> frozenset[str]:
    """The words the article capitalises inside a sentence: its names."""
    found: set[str] = set()
    for paragraph in (article.title, *article.paragraphs):
        for sentence in split_sentences(paragraph):
            found.update(t for t in re.findall(r"[\w'’]+", sentence)[1:] if t[:1].isupper())
    return frozenset(found)


def topic_of(title: str) -> str:
    """The title's head, as the context of a sentence that has none of its own."""
    return title_head(title)


def statements(article: RawArticle, entities: Entities | None = None) -> list[Statement]:
    """Group the article's sentences into self-contained statements.

    A sentence that needs the previous one ("Si tratta del valore più alto", «…» without
    its speaker, "Questo andamento riflette …") is merged with it when the two stay
    short; otherwise it is prefixed with the article's topic, so every answer reads
    well alone. So is one after the lead that names nothing of the headline.
    """
    entities = entities or find_entities(article)
    topic = topic_of(article.title)
    names = _inner_capitals(article)
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
            resolved = with_role_institution(resolved, entities.institutions)
            named.extend(organisations(sentence, people))
            if dependent and resolved[:30] != sentence[:30]:
                dependent = _needs_context(resolved, entities)
            if dependent and not group and (referent := entities.referent()):
                thing = _GENERIC.match(sentence)
                if thing and thing["noun"].lower() in _THING_NOUNS:
                    head, rest = _after_adjective(sentence, thing.end("noun"))
                    resolved, dependent = f"{head} {referent.genitive()}{rest}", False
            resolved = _resolve_dates(resolved, article.published)
            people.extend(_people_in(resolved, entities))
            entities.learn(sentence)
            entities.learn_institutions(sentence)
            if not dependent and group and _BY_ROLE.match(sentence):
                dependent = any(
                    fold(name[1]) not in _COMMON_START for name in _FULL_NAME.finditer(group[-1])
                )
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
                    resolved = f"{topic}: {_lower_first(resolved, names)}"
            elif number > 0 and not _shares_topic(resolved, topic):
                # «A spingere la squadra umbra c'erano 5.280 spettatori» says nothing of the
                # volley final it is about: readers ask «quanti spettatori al PalaBarton per
                # gara 5?», so the answer opens with the headline, as a dependent one does.
                resolved = f"{topic}: {_lower_first(resolved, names)}"
            group, texts = [sentence], [resolved]
        if group:
            result.append(Statement(tuple(group), " ".join(texts), number))
    return result


def _people_in(text: str, entities: Entities) -> list[str]:
    """The people a sentence names, in order: by full name, or by the surname alone of one
    the article named in full («…», sorride Pannunzi): the speaker of a quotation after it."""
    found = find_people(text)
    spans = [(at, at + len(name)) for at, name in found]
    for surname, full in entities.surnames.items():
        for match in re.finditer(rf"(?<![\w'’]){re.escape(surname)}(?![\w'’])", text):
            if not any(a <= match.start() < b for a, b in spans):
                found.append((match.start(), full))
    return [name for _, name in sorted(found)]


def _shares_topic(text: str, topic: str) -> bool:
    """Whether a statement names anything of the headline's head (a word's stem)."""
    mine = {stem(w) for w in content_words(words(text))}
    return bool(mine & {stem(w) for w in content_words(words(topic))})


def _drop_topic(sentence: str, topic: str) -> str:
    """The sentence without the "<topic>: " prefix that `statements` may have added; a
    colon of the sentence itself («… alcun sovrapprezzo: basterà il biglietto») stays."""
    if topic and sentence.startswith(f"{topic}: ") and len(sentence) > len(topic) + 2:
        rest = sentence[len(topic) + 2 :]
        return rest[0].upper() + rest[1:]
    return sentence


_ANCHOR = re.compile(r" \((?:1°|\d{1,2}) (?:" + "|".join(MONTHS) + r") \d{4}\)")


def _drop_anchor(sentence: str) -> str:
    """The sentence without the dates `_resolve_dates` put after "ieri", "oggi", ..."""
    return _ANCHOR.sub("", sentence)


# A word at least this common is a dictionary word, not a name, when it opens a sentence.
COMMON_ZIPF = 3.0
# The longest sentence without a verb that may announce the next one.
MAX_VERBLESS = 18


def _is_headline(sentence: str) -> bool:
    """A short sentence without figures announces the next one ("L'inflazione accelera."),
    and so does one without a verb («Più cauta la Fimmg, il principale sindacato dei
    medici di famiglia.»): the next says what it announces."""
    if re.search(r"\d", sentence):
        return False
    tokens = sentence.split()
    return len(tokens) <= 10 or (
        len(tokens) <= MAX_VERBLESS
        and not any(_is_finite_verb(t) or _is_auxiliary(t) for t in tokens)
    )


def _resolve_dates(sentence: str, published: dt.date) -> str:
    """Anchor "ieri", "oggi", "stamattina" to the publication date so the answer ages well."""

    def anchor(match: re.Match[str]) -> str:
        if inside_quote(sentence[: match.start()]):
            return match[0]  # «Oggi i fari sono automatici»: a speaker's "oggi" is not a date
        following = sentence[match.end() : match.end() + 40]
        if re.search(r"\d{1,2}\s+(?:" + "|".join(MONTHS) + ")", fold(following)):
            return match[0]
        day = published + dt.timedelta(days=RELATIVE_DAYS[match[1].lower()])
        return f"{match[0]} ({italian_date(day)})"

    pattern = rf"\b({'|'.join(RELATIVE_DAYS)})(\s+(?:sera|mattina|pomeriggio))?\b"
    return re.sub(pattern, anchor, sentence, count=1, flags=re.IGNORECASE)


def italian_date(day: dt.date) -> str:
    """17 dicembre 2025 (1° for the first of the month)."""
    number = "1°" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"
