"""What a reader's question asks, read from its words alone, before any knowledge.

The matcher (`bot.matching`) ranks facts; these are the words and patterns it reads a
question with: the words for money, time and ranks, the events readers ask of any name,
questions about an article itself, openers that add nothing («è vero che», «secondo
l'autore»), and how small talk is compared. Kept apart so that each list can be read,
and extended, without the index around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from bot.text import (
    ARTICLES,
    INFINITIVE_ENDINGS,
    Intent,
    fold,
    lemma,
    stopwords,
    word_keys,
    words,
)

# Words that do not change what a greeting or a thanks means.
TALK_FILLER = frozenset({"ok", "okay", "ah", "beh", "eh", "allora", "va", "bene"})
# Words small talk reads another way: "che" asks "cosa", and a 6 in chat is "sei".
TALK_WORDS = {"che": "cosa", "6": "sei"}

# "Quanti soldi?" is answered by any sum of money: words for money, and currencies.
MONEY_WORDS = frozenset(
    {"soldi", "soldo", "denaro", "fondo", "capitale", "quattrino", "cifra", "somma"}
    | {"importo", "budget", "stanziamento", "finanziamento", "risorsa", "euro", "dollaro"}
    | {"prezzo", "costo", "spesa", "paga", "stipendio", "salario", "compenso", "canone"}
    | {"tariffa", "multa", "sanzione", "fatturato", "ricavo", "perdita", "incasso", "profitto"}
    | {"guadagno", "investimento", "contributo", "rimborso", "riscatto", "buonuscita"}
    | {"indennizzo", "risarcimento", "bonus", "premio", "valore", "debito", "prestito"}
)

# Words for money as such («soldi», «somma»): a sum in euros says them (not «prezzo», «euro»).
MONEY_NOUNS = frozenset({"soldi", "soldo", "denaro", "quattrino", "somma", "cifra", "importo"})
CURRENCIES = frozenset({"euro", "dollari", "dollaro", "sterline", "franchi", "yen", "yuan"})
# "Quanto è grande / pesante?" asks a measure: a number with a unit answers it («lungo»
# may ask a length of time).
SIZE_WORDS = frozenset({"grande", "esteso", "ampio", "pesante", "vasto"})
# "Quanto è lungo / alto / profondo X?" asks a measure of X, whose adjective is a stopword.
ASKS_MEASURE = re.compile(
    r"\bquanto (?:e|era|sara|sono|erano) (?:lung|alt|larg|profond|distant|lontan)[oaie]\b"
)
# "Quanto pesa / misura X?" asks a measure, or a share: «quanto pesa la Germania sul
# fatturato?» is answered by «il 18%».
ASKS_WEIGHT = re.compile(
    r"\bquanto (?:pes|misur)(?:a|ano|ava|avano|era|eranno)\b"
    # «Quanto è piena la diga?»: «al 21% della capacità», «98 milioni di metri cubi».
    r"|\bquanto (?:e|era|sono|erano|sara|saranno) pien[oaie]\b"
)
MEASURE_UNITS = frozenset(
    {"metro", "chilometro", "centimetro", "millimetro", "ettaro", "quadrato", "cubo", "km"}
    | {"chilogrammo", "chilogrammi", "chilo", "kg", "grammo", "tonnellata", "litro", "mq"}
)
# What «quanto pesa?» is answered by: a mass, not the metres of the same object.
MASS_UNITS = frozenset(
    {"chilogrammo", "chilogrammi", "chilo", "kg", "grammo", "tonnellata", "quintale", "etto"}
)
# «dimensioni della tela», «lunghezza del ponte»: told by a measure (centimetri, metri…).
MEASURE_NOUNS = frozenset(
    {"dimensione", "misura", "grandezza", "superficie", "estensione", "lunghezza"}
    | {"altezza", "larghezza", "profondita", "peso", "spessore", "formato"}
)
# "In quale paese / città?" asks a place: a place name answers it without the noun.
PLACE_NOUNS = frozenset(
    {"paese", "citta", "regione", "comune", "provincia", "zona", "stato", "nazione"}
    | {"quartiere", "localita", "luogo", "area", "territorio"}
)
# "Quanta parte / che percentuale / quale quota?" asks a share: a percentage answers it.
SHARE_WORDS = frozenset({"parte", "percentuale", "quota", "fetta", "porzione"})
# "Quanti anni/quanto tempo?" is answered by any length of time; "da quanti anni?" by a year.
TIME_UNITS = frozenset(
    {"anno", "mese", "giorno", "settimana", "ora", "minuto", "secondo", "tempo", "stagione"}
)
YEAR = re.compile(r"(?:19|20)\d\d")
# Ranks, written in letters ("l'ottava tappa", "il terzo mandato"), folded.
_ORDINAL_STEMS = [
    "prim",
    "second",
    "terz",
    "quart",
    "quint",
    "sest",
    "settim",
    "ottav",
    "non",
    "decim",
    "undicesim",
    "dodicesim",
    "tredicesim",
    "quattordicesim",
    "quindicesim",
]
ORDINALS = frozenset(f"{stem}{end}" for stem in _ORDINAL_STEMS for end in "oaie") - {
    "prima",  # mostly "before"
    "secondo",  # mostly "according to"
}
# «Quanti abitanti ha…?», asked of any place the news names.
POPULATION = ("abitante", "abitanti", "popolazione", "residente", "residenti")
# What readers ask of any name in the news, and the dictionary forms (as `lemma` gives them)
# that tell it: founding, birth, death, marriage, population, coach.
_LIFE_EVENT_FAMILIES = (
    # Not "fondazione": mostly a name. A firm «nata nel 2021» was founded then (but a
    # person's birth is not a founding: the birth family below keeps «nascere» to itself).
    ("fondare", "fondato", "fondatore", "fondatrice", "nascere", "nato"),
    ("nascere", "nato", "nascita"),
    ("morire", "morto", "morta", "morte", "decesso"),
    ("sposare", "sposato", "matrimonio", "moglie", "marito", "nozze"),
    POPULATION,
    ("allenatore", "allenatrice", "mister", "allenare"),
)
# Who designed or set up a work or a body, asked of any the news mentions («Chi ha
# progettato il ponte?», «Quando è stata istituita la riserva?»), and the words that tell
# it: not «creare», which every other article says of something else. «progetto» was left
# out for the same reason, but «il progetto, firmato dallo studio Land Officina» tells
# who designed the park: with it, dev-style +1 in scope and no out-of-scope answer more
# (27 Nov 2026).
_DESIGN = ("progettare", "progettista", "progettato", "architetto", "disegnare", "progetto")
_SET_UP = ("istituire", "istituzione", "fondare", "fondato", "nascere", "nato", "costituire")
# Who took part in the event, not when it was: «nipote del fondatore» does not tell when
# the firm was founded, nor «la moglie» when they married.
EVENT_AGENTS = frozenset(
    {"fondatore", "fondatrice", "moglie", "marito", "allenatore", "allenatrice", "mister"}
    | {"progettista", "architetto"}
)
# «In che anno è stata costruita la chiesa?», asked of any building the news names.
BUILDING = (
    "costruire",
    "costruito",
    "costruita",
    "costruzione",
    "edificare",
    "edificato",
    "eretto",
)
LIFE_EVENTS = {word: family for family in _LIFE_EVENT_FAMILIES for word in family} | {
    "progettare": _DESIGN,
    "progettista": _DESIGN,
    "istituire": _SET_UP,
    "costruire": BUILDING,
    "edificare": BUILDING,
}
# "Quanto dura un viaggio?" asks a length of time («dura» reads as the adjective «duro»).
ASKS_DURATION = re.compile(
    r"\bquanto (?:tempo )?dur(?:a|ano|era|eranno|ava|avano)\b"
    # not «quanto mette?»: money; «quanto ci si mette a piedi?» is the walk's length
    r"|\bquanto (?:tempo )?(?:ci (?:si )?mett?|(?:ci )?(?:si )?impieg)[a-z]*\b"
    r"|\bquanto (?:tempo )?ci (?:vuole|vorra|vorranno|volevano|voleva|vogliono)\b"
    # «quanto bisogna aspettare?», «quanto si attende?», «quanto prima bisogna prenotare?»
    r"|\bquanto (?:tempo )?(?:(?:bisogna|occorre|si deve|si devono|devono|deve|si) )?"
    r"(?:aspett|attend)[a-z]*\b"
    r"|\bquanto (?:tempo )?(?:in )?(?:anticipo|prima)\b"
)
# "Che tempo fa a Norcia?" asks the weather: told only by an answer about the weather.
ASKS_WEATHER = re.compile(
    r"\b(?:che|com e il|come e il) tempo (?:fa|fara|faceva|ci e|ci sara|e previsto)\b"
    r"|\bmeteo\b|\bprevisioni del tempo\b"
)
WEATHER_WORDS = frozenset(
    {"meteo", "pioggia", "piove", "piovera", "sole", "soleggiato", "nuvoloso", "neve", "nevica"}
    | {"vento", "temperatura", "temperature", "gradi", "caldo", "freddo", "temporale", "nebbia"}
    | {"maltempo", "allerta", "grandine", "afa", "umidita", "clima", "previsioni"}
)
# "A che ora apre?", "che orari fa?": a time of day, told only by one («dalle 8 alle 20»).
ASKS_TIME_OF_DAY = re.compile(r"\b(?:che|quale|quali) or(?:a|ario|ari)\b")
TELLS_TIME_OF_DAY = re.compile(
    r"\b(?:alle|dalle|le|ore) (?:[01]?\d|2[0-4])(?:,\d\d)?\b(?! (?:euro|per|mila|milion))"
    # «alle sei del mattino», «all'una»: the hours `words` leaves in letters, being words
    # of their own too («sei», «una»).
    r"|\b(?:alle|dalle) sei\b|\b(?:all|dall) una\b"
    r"|\b(?:mezzogiorno|mezzanotte)\b"
)
# "Perché X?" asks a cause («a cosa serve X?», a use, is answered otherwise).
ASKS_WHY = re.compile(r"\b(?:perche|come mai|per quale (?:motivo|ragione))\b")


def after_an_article(tokens: Sequence[str], word: str) -> bool:
    """Whether `word` first comes right after an article, so it is a noun even if it could
    be a verb: «Quante sono state *le uscite*?» counts exits, not «uscite!»."""
    at = tokens.index(word) if word in tokens else 0
    return at > 0 and tokens[at - 1] in ARTICLES


def asks_a_role(tokens: Sequence[str], head: str) -> bool:
    """Whether «chi» asks who holds a role, its `head` word right after an article («Chi è
    *il sindaco* di Bergamo?»), not who does something («Chi parte favorito?»)."""
    return after_an_article(tokens, head)


# «Chi guida / dirige / presiede X?» asks who holds a role over X: an answer naming the role
# («l'assessora al Turismo Silvia Moretti», «il comandante provinciale») says it.
LEAD_VERBS = frozenset(
    {"guidare", "dirigere", "presiedere", "coordinare", "capeggiare", "comandare"}
)
ROLE_NOUNS = frozenset(
    {"presidente", "presidentessa", "direttore", "direttrice", "assessore", "assessora"}
    | {"capogruppo", "comandante", "coordinatore", "coordinatrice", "responsabile", "capo"}
    | {"segretario", "segretaria", "sindaco", "sindaca", "rettore", "rettrice", "leader"}
    | {"amministratore", "amministratrice", "dirigente", "governatore", "governatrice"}
    | {"prefetto", "questore", "ministro", "ministra", "procuratore", "procuratrice"}
    | {"sovrintendente", "soprintendente", "commissario", "commissaria", "allenatore"}
)
# "Di che partito è X?": told by "partito" or a party's usual name in the answer.
ASKS_PARTY = re.compile(r"\b(?:di|a|in) (?:che|quale) partito\b")
PARTY_WORDS = frozenset(
    {"partito", "pd", "m5s", "lega", "fdi", "fratelli", "forza", "movimento", "avs", "azione"}
)
# Common nouns the news capitalises by style («il Paese», «la Regione»): no name of their own.
STYLE_CAPITALS = frozenset(
    {"paese", "stato", "regione", "comune", "governo", "provincia", "citta", "ministero"}
    | {"parlamento", "procura", "tribunale", "capitale", "consiglio", "giunta", "prefettura"}
)
# A word written with a capital inside a sentence (not its first word): a name ("Lombardia",
# "BCE"). Read on the raw question, before folding loses the capitals.
NAME = re.compile(r"(?<![.!?¿¡]\s)(?<!^)\b([A-ZÀ-Ý][a-zà-ÿ]{2,}|[A-Z]{2,})\b")
# A name of several words, capitals joined by «di» and its forms or not: «Internazionali
# d'Italia», «Palazzo Marino», «Sei Nazioni».
COMPOUND_NAME = re.compile(
    r"\b[A-ZÀ-Ý][\w'’]*(?:\s+(?:d['’]|di\s+|del\s+|della\s+|dell['’]|dei\s+|degli\s+)?"
    r"[A-ZÀ-Ý][\w'’]*)+"
)
# Words (dictionary forms) of questions about an article itself, not about its news.
ARTICLE_WORDS = frozenset(
    {"articolo", "pezzo", "notizia", "news", "autore", "autrice", "giornalista", "redattore"}
    | {"scrivere", "scritto", "firmare", "firma", "pubblicare", "pubblicazione", "uscire"}
    | {"uscita", "titolo", "intitolare", "leggere", "lettura", "minuto", "argomento", "tema"}
    | {"parlare", "fonte", "testata"}
)
# Nouns naming an article itself: a question holding one may be about the article.
ARTICLE_NOUNS = frozenset(
    {"articolo", "pezzo", "notizia", "news", "autore", "autrice", "giornalista", "redattore"}
    | {"titolo", "testata", "fonte", "lettura"}
)
# What readers ask of an article besides its own words: its day, year, the writer's name.
ARTICLE_ATTRIBUTES = frozenset(
    {"giorno", "data", "anno", "mese", "ora", "nome", "chiamare", "tempo", "lungo", "durare"}
    | {"dura", "volere", "potere", "dire", "trattare", "riguardare", "questo", "quello"}
)

# What a reader asks of any article's summary: «Mi riassumi la notizia in poche righe?».
SUMMARY_WORDS = frozenset(
    {"riassunto", "riassumere", "riassuntino", "sintesi", "breve", "riga", "parola", "poco"}
    | {"principale", "punto", "succedere", "cosa", "dire", "fare", "volere", "potere", "dare"}
)
# "l'articolo sul calcio", "il pezzo sulle liste d'attesa": which article, by its subject.
ARTICLE_ON = re.compile(
    r"\b(?:articolo|pezzo|notizia|news|servizio)\s+(?:su|sul|sulla|sullo|sui|sugli|sulle|sull|"
    r"riguardo|circa)\s+(.+)"
)
# "Quante persone…?", "Quanta gente…?" are answered by a number of any kind of people.
PEOPLE_WORDS = frozenset(
    {"persona", "gente", "lavoratore", "dipendente", "addetto", "operaio", "tecnico"}
    | {"impiegato", "assunzione", "posto", "paziente", "visitatore", "spettatore", "studente"}
    | {"abitante", "residente", "cittadino", "utente", "cliente", "iscritto", "partecipante"}
    | {"presenza", "ingresso", "tifoso", "turista", "bambino", "alunno", "medico", "infermiere"}
    # «tre morti», «46.000 morti premature», «12 feriti»: people counted by what befell them.
    | {"vittima", "morte", "morto", "ferito", "decesso", "sfollato", "evacuato", "disperso"}
    # Who travels, comes, votes or is held: «65 passeggeri», «300 volontari», «412 detenuti».
    | {"passeggero", "viaggiatore", "pendolare", "ospite", "volontario", "elettore", "votante"}
    | {"detenuto", "migrante", "atleta", "corridore", "socio", "fedele"}
    # Who signs or marches: «1.350 firme», «5.000 manifestanti».
    | {"firma", "firmatario", "manifestante", "aderente"}
)
# "Quanti lavoratori…?" is answered by a number of anyone employed: «620 dei 1.150
# dipendenti», «300 addetti», «40 operai».
WORKER_WORDS = frozenset(
    {"lavoratore", "dipendente", "addetto", "operaio", "impiegato", "maestranza", "personale"}
)
# "Quanti chip / quante vacche…?" counts things: a fact naming them without a number near
# them does not tell how many.
ASKS_A_COUNT = re.compile(r"^(?:\w+ )?(?:quanti|quante) ")
# Nouns a number names one of, not counts: «la linea 2», «gara 5», «la statale 38». A
# question on one is not answered by a fact on another; a draft does not ask «quanti».
NUMBERED_NOUNS = (
    "linea|gara|statale|provinciale|tappa|lotto|binario|padiglione|fase|terminal|uscita|"
    "svincolo|articolo|comma"
)
# "Quanti anni ha X?" asks an age: "X, 81 anni", not "per tre anni" or "da due anni".
# «In che anno è stata istituita?» asks a year: months or days alone do not say it.
ASKS_YEAR = re.compile(r"\b(?:in|di|da|dal|nel|entro) (?:che|quale) anno\b")
ASKS_AGE = re.compile(r"\bquanti anni (?:ha|hanno|aveva|avevano|avra|compie|compira)\b")
# «quanti anni ha preso?», «quanti anni aveva chiesto la pm?»: with a past participle
# after it, «ha» is an auxiliary and the years are a sentence or a span, not an age
# («quanti anni ha compiuto?» still asks one; «quanti anni ha Lotte?» names her).
_AUXILIARY_BEFORE = re.compile(r"\bquanti anni (?:ha|hanno|aveva|avevano|avra) (\w+)")
_PARTICIPLE_ENDING = re.compile(r"(?:at|ut|it|es|est|tt|st|rs|ss)[oaie]$")
_DURATION_WORDS = frozenset(
    {"per", "da", "dal", "tra", "fra", "in", "entro", "dopo", "ogni", "oltre", "circa"}
)


# How close after a name its age stands: «Lucia Montanari, 41 anni».
AGE_REACH = 2
# Words that may stand between a preposition of time and its number: «dopo quasi tre anni».
APPROXIMATELY = frozenset({"quasi", "circa", "oltre", "ben", "appena", "solo", "almeno", "i"})


def tells_an_age(tokens: Sequence[str], of: AbstractSet[str] = frozenset()) -> bool:
    """Whether an answer gives someone's age: a number of years not after a preposition of
    time ("Elena Ferrandi, 81 anni" yes; "ha lavorato per tre anni", "dopo quasi tre anni
    di lavori" no); with names in `of`, right after one of them ("Montanari, 41 anni, …
    Pellicanò" is Montanari's age, not Pellicanò's)."""
    return any(
        token[0].isdigit()
        and _years_after(tokens, i)
        and not _after_a_time_word(tokens, i)
        and (
            not of
            or not of.isdisjoint(tokens[max(0, i - AGE_REACH) : i])
            or _described_before(tokens, i, of)
        )
        for i, token in enumerate(tokens)
    )


def _described_before(tokens: Sequence[str], position: int, of: AbstractSet[str]) -> bool:
    """Whether the number at `position` ends a description of one of the names `of`:
    «Ughetto, un meticcio di 13 anni», «Rossi, una pensionata di 71 anni»."""
    start = position - 4
    return (
        start >= 0
        and tokens[start] in of
        and tokens[start + 1] in ("un", "una", "uno")
        and tokens[position - 1] == "di"
    )


def _years_after(tokens: Sequence[str], position: int) -> bool:
    """Whether the number at `position` counts years: «81 anni», or a fossil's or a
    star's «205 milioni di anni», «10 mila anni», or the first of two («di 23 e 25 anni»,
    «tra i 29 e i 51 anni»)."""
    after = position + 1
    if tokens[after : after + 1] == ["e"]:
        second = after + 2 if tokens[after + 1 : after + 2] == ["i"] else after + 1
        if second < len(tokens) and tokens[second][:1].isdigit():
            after = second + 1
    if after < len(tokens) and tokens[after] in ("mila", "milioni", "miliardi"):
        after += 2 if tokens[after + 1 : after + 2] == ["di"] else 1
    return tokens[after : after + 1] in (["anni"], ["anno"])


def _after_a_time_word(tokens: Sequence[str], position: int) -> bool:
    """Whether the number at `position` follows a preposition of time, maybe through an
    «about» («per tre anni», «dopo quasi tre anni»)."""
    before = position - 1
    while before >= 0 and tokens[before] in APPROXIMATELY:
        before -= 1
    return before >= 0 and tokens[before] in _DURATION_WORDS


def asks_yes_or_no(question: str, intents: frozenset[Intent]) -> bool:
    """Whether a question asks yes or no ("È vero che…?", "Era la decima edizione?"): it
    states something to check, so a fact stating otherwise is its answer."""
    lowered = question.lower()
    if "vero che" in lowered or "davvero" in lowered:
        return True
    # The question words are looked for as typed, chat spelling and all: reading «ke è
    # successo?» as «che è successo?» is right, yet lost more right answers than it won
    # (tuning articles −1, a batch nobody had read −2 of 200; 26 Nov 2026).
    return (
        not intents
        and (lowered.rstrip().endswith("?") or _a_clause_to_check(" ".join(words(question))))
        and not _WH_WORD.search(lowered)
        and not _WHICH.match(lowered)
    )


# «è», «sono stati», «erano»…: the verb that joins a subject to what is said of it.
COPULA = frozenset({"e", "sono", "era", "erano", "sara", "saranno", "stato", "stati", "state"})
# A claim to check needs no question mark in a chat («il ponte è stato riaperto»): a clause
# of at least this many words with one of these verbs (not keywords, «sfratti torino calo»).
CLAIM_WORDS = 4
_CLAIM_VERBS = COPULA | {"ha", "hanno", "stata", "c", "ci"}


def _a_clause_to_check(folded: str) -> bool:
    """Whether a message without a question mark states something to check (measured on
    every labelled question sent without its «?»: 74.3% in scope before, 74.7% after): a
    clause with a verb that keywords lack («la cappella riaprirà a giugno»)."""
    tokens = folded.split()
    return (
        len(tokens) >= CLAIM_WORDS
        and tokens[0] != "che"  # «ke gas respirano i sub» (`words` reads «che») asks which
        and (not _CLAIM_VERBS.isdisjoint(tokens) or any(_a_finite_verb(t) for t in tokens))
    )


# Endings only a conjugated verb has, accents folded: the future («riaprirà», «partiranno»),
# the third person plural («vaccinano», «devono»), the imperfect and the conditional.
_FINITE_ENDINGS = (
    "ra", "ranno", "ano", "ono", "eva", "evano", "ava", "avano", "iva", "ivano", "ebbe",
    "ebbero",
)  # fmt: skip
# Verbs that say what must or may be, in the forms readers open a claim with.
_MODALS = frozenset(
    {"bisogna", "deve", "devono", "puo", "possono", "potra", "potranno", "dovra", "dovranno",
     "serve", "servono", "basta", "bastano"}
)  # fmt: skip
# A past participle's endings («confermata», «finite», «scritta», «aperta», «vista»,
# «chiusa»), which are no present tense («resta», «aumenta» end in -ta all the same).
_PARTICIPLE_ENDINGS = (
    *("ata", "ate", "ita", "ite", "uta", "ute"),
    *("tta", "tte", "rta", "rte", "sta", "ste", "sa", "se"),
)


def _a_finite_verb(token: str) -> bool:
    """Whether `token` is a conjugated verb (not a noun a verb's lemma also reaches:
    «ritardo» is no claim)."""
    if token in _MODALS:
        return True
    base = lemma(token)
    return (
        base is not None
        and base != token
        and base.endswith(INFINITIVE_ENDINGS)
        and (
            token.endswith(_FINITE_ENDINGS)
            # «dura», «vale», «riapre»: the present, which no noun's lemma reaches
            # as a verb; not a participle («confermata»), an adjective as often.
            or (token[-1:] in ("a", "e") and not token.endswith(_PARTICIPLE_ENDINGS))
        )
    )


# Question words that ask something other than yes or no ("Quali sono…?", "per farci cosa?").
# "Che compensazione…?", "In che squadra…?": «che» opening a question asks which.
_WHICH = re.compile(r"\s*(?:(?:in|a|di|da|per|con|su|tra|fra)\s+)?che\b")
_WH_WORD = re.compile(r"\b(?:qual[ei]?|cosa|cos|come|chi|dove|quando|quant[oaie]|perch[eé])\b")


def without_yes_no_opener(tokens: list[str]) -> list[str]:
    """The question without "è vero che", "davvero": they ask yes or no, not about truth."""
    if "vero" not in tokens and "davvero" not in tokens:
        return tokens
    kept = []
    for i, token in enumerate(tokens):
        opener = token == "vero" and tokens[i - 1 : i] == ["e"] and tokens[i + 1 : i + 2] == ["che"]
        if not opener and token != "davvero":
            kept.append(token)
    return kept


_DETERMINERS = frozenset(
    {"il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno", "me", "te", "lui", "lei"}
    | {"noi", "voi", "loro", "molti", "alcuni", "questo", "questa", "quel", "quello"}
)


def without_name_verb(tokens: list[str]) -> list[str]:
    """The question without «si chiama» in «come si chiama X?»: it asks X's name, and no
    fact says «chiama»."""
    if "si" not in tokens:
        return tokens
    return [
        t
        for i, t in enumerate(tokens)
        if not (i and tokens[i - 1] == "si" and t in _NAME_VERB and "come" in tokens[:i])
    ]


_NAME_VERB = frozenset({"chiama", "chiamano", "chiamava", "chiamavano"})


def without_attribution(tokens: list[str]) -> list[str]:
    """The question without "secondo l'articolo", "secondo l'autore", "secondo te": who
    says it is not what is asked, and "secondo" there is not a rank. "Secondo la giunta"
    keeps "giunta": the news may say what the council thinks."""
    if "secondo" not in tokens:
        return tokens
    kept = []
    for i, token in enumerate(tokens):
        says = token == "secondo" and tokens[i + 1 : i + 2] and tokens[i + 1] in _DETERMINERS
        source = (
            i >= 2
            and tokens[i - 2] == "secondo"
            and tokens[i - 1] in _DETERMINERS
            and (lemma(token) or token) in ARTICLE_NOUNS
        )
        if not (says or source):
            kept.append(token)
    return kept


# Verbs that carry little of what is asked: readers say «ha messo», «arriva», «ci vuole»,
# «è andata», where the news writes «ha stanziato», «sale a», «servono», «si è chiusa»; an
# auxiliary or a modal («verranno usati», «potrà tornare») only frames the verb after it.
LIGHT_VERBS = frozenset(
    {"fare", "mettere", "dare", "prendere", "andare", "venire", "arrivare", "stare"}
    | {"avere", "essere", "tenere", "portare", "potere", "dovere", "volere"}
    | {"bisognare", "ammontare"}  # «Bisogna pagare?», «A quanto ammontano i debiti?»
)


# Participles of light verbs the dictionary reads as adjectives or nouns («andata» the first
# leg, «venuta» the coming, «messi» the harvest): «è andata bene», «è venuta giù», «li ha
# messi». Not «fatto», «data», «stato», «portata», «messa»: common nouns too.
LIGHT_PARTICIPLES = frozenset(
    f"{stem}{ending}" for stem in ("andat", "venut", "arrivat") for ending in "oaie"
) | {"messo", "messi", "messe", "fatta", "fatti", "fatte"}


# Frequent Italian and international first names, so "Giulia Aresti" is a person and
# "Sala Grande" is not.
_FIRST_NAME_LIST = """
adriano agnese alberto alessandra alessandro alessia alice andrea angela angelo anna
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
salvatore samuele sara serena sergio silvia simona simone sofia stefania stefano teresa
tommaso valentina valeria valerio vincenzo vittoria vittorio walter claire john james
michael david robert mary anne marie jean pierre sophie helena hans peter thomas
emmanuel ursula christine olaf pedro carlos juan jose
"""
FIRST_NAMES = frozenset(_FIRST_NAME_LIST.split())


# «Chi dirigerà / allenerà / ha scritto / ha vinto…?»: verbs whose «chi» is a person.
PERSON_VERBS = frozenset(
    {"dirigere", "guidare", "allenare", "presiedere", "interpretare", "cantare", "scrivere"}
    | {"fondare", "coordinare", "curare", "segnare", "dichiarare", "spiegare", "ideare"}
    | {"inventare", "scoprire", "vincere"}
)
_PERSON_NAME = re.compile(r"\b([A-ZÀ-Ý][a-zà-ý]+) ([A-ZÀ-Ý][\w']+)")


def asks_for_a_person(question_words: Iterable[str]) -> bool:
    """Whether a «chi» question's verb asks for a person («Chi dirigerà il reparto?»)."""
    return any((lemma(word) or word) in PERSON_VERBS for word in question_words)


def person_names(answer: str) -> list[tuple[str, str]]:
    """The people an answer names: a known first name before a capitalised word, as
    (first name, surname) as written («Matteo», «Scilla»)."""
    return [
        (first, last) for first, last in _PERSON_NAME.findall(answer) if fold(first) in FIRST_NAMES
    ]


def names_a_person(answer: str) -> bool:
    """Whether an answer names a person (`person_names`)."""
    return bool(person_names(answer))


def first_names_before_surnames(tokens: Sequence[str], names: AbstractSet[str]) -> frozenset[str]:
    """The first names of the full names a question writes («giulia» of «Giulia Ferrante»):
    the news writes the full name once and the surname after, so the first name says little
    about which fact answers."""
    return frozenset(
        token
        for token, following in pairwise(tokens)
        if token in FIRST_NAMES and following in names and following not in FIRST_NAMES
    )


# «Da quando entra in vigore l'aumento?», «Quanto resterà in vigore lo stato di
# emergenza?»: the phrase only frames a question about when or how long a rule applies; the
# news gives the date («da lunedì 1° giugno», «per dodici mesi»), and a fact that names
# «le nuove entrate» or «l'entrata in vigore» without a date must not win by it.
_IN_FORCE_VERBS = ("entr", "rest", "riman", "rimarr")


# «Cosa / che / ke succede…?»: the question word, and the verbs of what happens.
_WHAT = frozenset({"cosa", "che", "ke", "cos"})
_HAPPEN = frozenset({"succedere", "accadere", "capitare"})
_OCCUR = _HAPPEN | {"avvenire", "verificare"}
_WHEN_OR_WHERE = frozenset({"quando", "dove", "ora", "giorno", "data"})
# «Dove si trova / si svolge / si tiene / si gioca…?»: verbs that only frame a «dove».
_WHERE_FRAMES = frozenset({"trovare", "svolgere", "tenere", "giocare", "disputare"})


def frame_words(tokens: Sequence[str]) -> frozenset[str]:
    """The words of a question that frame it as a set phrase and weigh like a light verb:
    «vigore» of «in vigore», and the verb or noun before it («entra», «entrata»,
    «resterà»)."""
    found: set[str] = set()
    for i, token in enumerate(tokens):
        # «Dove si trova il negozio?», «Dove si è svolto l'incontro?»: where it is, said
        # by the place alone («in via Roma»); the verb only frames the question.
        if (
            "dove" in tokens[:i]
            and "si" in tokens[max(0, i - 2) : i]
            and any(key[1:] in _WHERE_FRAMES for key in word_keys(token) if key[0] == "=")
        ):
            found.add(token)
        # «Cosa succede se il 12 marzo non si trova l'accordo?»: what follows says what is
        # asked; the news writes the consequence («gli allevatori sospenderanno…»).
        if i > 0 and tokens[i - 1] in _WHAT and lemma(token) in _HAPPEN:
            found.add(token)
        # «Quando è avvenuta la rapina?», «Dove si è verificato l'incidente?»: when or where
        # the event was, told by a date or a place beside it («la rapina risale al 3 agosto»).
        if lemma(token) in _OCCUR and not _WHEN_OR_WHERE.isdisjoint(tokens[:i]):
            found.add(token)
        if token == "vigore" and i > 0 and tokens[i - 1] == "in":
            found.add(token)
            if i > 1 and tokens[i - 2].startswith(_IN_FORCE_VERBS):
                found.add(tokens[i - 2])
    return frozenset(found)


# «Ci sono stati incidenti durante la festa?», «C'è il rischio che crolli?»: whether
# something exists; the thing asked about follows, and the rest only places it.
_ASKS_EXISTENCE = re.compile(
    r"^(?:e vero che )?(?:ci (?:sono|e|sara|saranno|erano|era|sn)(?: (?:stat[ioae]|ancora))?)\b"
)


def existence_asked(tokens: Sequence[str]) -> str | None:
    """The word whose existence a yes/no question asks about («incidenti» of «Ci sono
    stati incidenti durante la festa?»), if it asks that."""
    found = _ASKS_EXISTENCE.match(" ".join(tokens))
    if found is None:
        return None
    rest = tokens[len(found[0].split()) :]
    return next((t for t in rest if t not in stopwords() and len(t) > 2), None)


def asks_about_the_article(terms: Iterable[str]) -> bool:
    """Whether a question with these informative words is about the article itself: who
    wrote it, when it came out, its title, what it is about, how long it takes to read.
    An article has one title and one byline: «Quanti titoli mondiali…?», «Quante firme…?»
    count something else, and «minuti» alone is not its reading time («minuti di
    applausi»)."""
    return any(
        word not in _NOT_THE_ARTICLE and (lemma(word) or word) in ARTICLE_WORDS for word in terms
    )


_NOT_THE_ARTICLE = frozenset({"titoli", "firme", "minuti"})


def talk_form(tokens: Sequence[str]) -> str:
    """A message as small talk compares it: "che sai fare?" is "cosa sai fare?", and the
    chat "ki 6?" is "chi sei?"."""
    kept = [t for t in tokens if t not in TALK_FILLER] or list(tokens)
    return " ".join(TALK_WORDS.get(t, t) for t in kept)


def looks_like_verb(word: str) -> bool:
    """Whether the word's dictionary form is an infinitive (-are, -ere, -ire, -rre)."""
    base = lemma(word)
    return base is not None and base.endswith(INFINITIVE_ENDINGS)


def intent_agreement(asked: frozenset[Intent], carried: frozenset[Intent]) -> float:
    """1 when the fact carries what the question word asks for, 0 when it does not."""
    if not asked:
        return 0.5
    return 1.0 if asked & carried else 0.0


_READS = (
    ("why", ASKS_WHY),
    ("time_of_day", ASKS_TIME_OF_DAY),
    ("duration", ASKS_DURATION),
    ("measure", ASKS_MEASURE),
    ("weight", ASKS_WEIGHT),
    ("age", ASKS_AGE),
    ("year", ASKS_YEAR),
    ("count", ASKS_A_COUNT),
)
_ANY_READ = re.compile("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in _READS))


def question_reads(folded: str) -> frozenset[str]:
    """The kinds of question a folded question is («why», «duration», «age»…): read once
    per question, in one pass, then looked up for every candidate fact."""
    found: set[str] = set()
    for match in _ANY_READ.finditer(folded):
        found.update(name for name, text in match.groupdict().items() if text)
    if "age" in found and (after := _AUXILIARY_BEFORE.search(folded)) is not None:
        word = after.group(1)
        if _a_past_participle(word) and not word.startswith("compiut"):
            found.discard("age")
    return frozenset(found)


def _a_past_participle(word: str) -> bool:
    """Whether `word` reads as a verb's past participle: «preso», «chiesto», «scontato»
    (a verb's form with a participle's ending), not «Lotte» or «il»."""
    base = lemma(word)
    return (
        base is not None
        and base.endswith(INFINITIVE_ENDINGS)
        and _PARTICIPLE_ENDING.search(word) is not None
    )
