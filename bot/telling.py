"""Whether a fact's answer tells what the question asks, beyond sharing its words.

«Quanti lavoratori?» wants a number of employed people, «quanto dura?» a length of time,
«a che ora?» a time of day, «perché?» a reason after the asked words, «chi ha fondato?» a
founding, «nel 2024?» that year and not another. `Telling` holds these readings of a
fact's answer for `Matcher`: `_counts` and the other checks set how well a fact carries
what is asked (its `intent` score), and `_does_not_tell` caps the best fact at a
suggestion when it cannot answer, however well its words fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import NamedTuple

from bot import lexicon, thesaurus
from bot.asking import (
    APPROXIMATELY,
    ARTICLE_ON,
    ARTICLE_WORDS,
    ASKS_PARTY,
    ASKS_WEATHER,
    BUILDING,
    COPULA,
    CURRENCIES,
    EVENT_AGENTS,
    FIRST_NAMES,
    LEAD_VERBS,
    LIFE_EVENTS,
    MASS_UNITS,
    MEASURE_NOUNS,
    MEASURE_UNITS,
    MONEY_NOUNS,
    MONEY_WORDS,
    NAME,
    NUMBERED_NOUNS,
    ORDINALS,
    PARTY_WORDS,
    PEOPLE_WORDS,
    PLACE_NOUNS,
    POPULATION,
    ROLE_NOUNS,
    SHARE_WORDS,
    SIZE_WORDS,
    STYLE_CAPITALS,
    SUMMARY_WORDS,
    TELLS_TIME_OF_DAY,
    TIME_UNITS,
    WEATHER_WORDS,
    WORKER_WORDS,
    YEAR,
    after_an_article,
    asks_a_role,
    asks_about_the_article,
    asks_yes_or_no,
    looks_like_verb,
    person_names,
    tells_an_age,
)
from bot.fact_scan import ArticleSpans
from bot.models import Fact
from bot.query import FACTOID_INTENTS, HEAD_MISSING, LONG_STEM, Query, Scored, Term
from bot.sentences import split_sentences
from bot.synonyms import SynonymIndex
from bot.text import (
    ARTICLES,
    CAUSE_FIRST,
    MONTHS,
    REASON_MARKER,
    RELATIVE_DAYS,
    Intent,
    content_words,
    dates_only_deadlines,
    fold,
    lemma,
    only_keywords,
    stem,
    stopwords,
    title_head,
    verb_reading,
    word_keys,
    words,
)
from bot.wordinfo import doer_keys

MONTH_NAMES = frozenset(MONTHS)
# Adjectives before the noun a question asks about («il nuovo campus»): not what is counted.
VAGUE = frozenset({"nuovo", "nuova", "nuovi", "nuove", "vecchio", "vecchia", "primo", "prima"})
VAGUE |= {"ultimo", "ultima", "intero", "intera", "totale", "complessivo", "attuale"}
VAGUE |= {"oggi", "adesso", "attualmente"}  # «quanto vale oggi Retinica?»: a time, no figure
# Who a question may ask the age of, without a name («l'uomo», «la paziente»).
_PERSONS = PEOPLE_WORDS | {
    "uomo",
    "donna",
    "ragazzo",
    "ragazza",
    "bambina",
    "anziano",
    "anziana",
    "giovane",
    "pensionato",
    "pensionata",
    "conducente",
    "autista",
    "pedone",
}
# What the news calls anyone it does not name, one word as good as another («i due
# ragazzi» of «due giovani di 23 e 25 anni»).
_ANYONE = frozenset(
    {"persona", "uomo", "donna", "ragazzo", "ragazza", "giovane", "vittima", "morto", "ferito"}
)
# Words in «-ista» that name no one: «Come si chiama la pista?» asks no person's name.
_THINGS_IN_ISTA = frozenset(
    {"pista", "piste", "lista", "liste", "vista", "viste", "rivista", "riviste", "conquista"}
    | {"intervista", "interviste", "svista", "provvista", "provviste", "riconquista"}
)
# «il presidente *della* Regione»: the role's holder is said after these words.
_OF = frozenset({"di", "del", "della", "dello", "dei", "degli", "delle", "dell"})
# What the news calls a body it has named: «il presidente *del club*», «della società».
_BODY_NOUNS = frozenset(
    {"club", "societa", "squadra", "azienda", "gruppo", "associazione", "consorzio"}
    | {"cooperativa", "fondazione", "federazione", "comitato", "ente", "impresa", "ditta"}
)
# How far before a name the body it names may open it: «Consorzio cooperative pescatori
# del Polesine».
_BODY_NAME_REACH = 5
# What a role is over, before whose it is: «l'assessore *ai Trasporti* della Regione».
_TO = frozenset({"al", "allo", "alla", "ai", "agli", "alle", "all"})
_PORTFOLIO_REACH = 4


def _past_portfolio(words: Sequence[str], at: int) -> int:
    """Where the role at `at` ends, past its portfolio when one follows it («assessora ai
    Trasporti e alla Mobilità *della* Regione»): the word before whose it is."""
    if words[at + 1 : at + 2] and words[at + 1] in _TO:
        for end in range(at + 2, min(at + 2 + _PORTFOLIO_REACH, len(words))):
            if words[end] in _OF:
                return end - 1
    return at


# What qualifies a role before whose it is: «il presidente provinciale della Confartigianato».
_ROLE_QUALIFIERS = frozenset(
    {"provinciale", "regionale", "nazionale", "comunale", "generale", "esecutivo", "onorario"}
    | {"uscente", "vicario", "delegato", "delegata", "territoriale", "metropolitano"}
)
# How many words after «presidente di» name whose president it is.
ROLE_REACH = 8
# «la stagione 2025/26», «l'anno scolastico 2025-2026»: one season over two years.
_SEASON = re.compile(r"\b((?:19|20)\d\d)\s?[/-]\s?((?:19|20)?\d\d)\b")
# How many words from a number its unit or subject may stand ("10 miliardi di dollari",
# "85 fra ingegneri, tecnici e altri dipendenti").
NUMBER_REACH = 7
# A number right after «sono stati», «erano», «è»… is the figure of the clause's subject,
# which may open it from further away: «Gli sfratti eseguiti con la forza pubblica sono
# stati 1.410».
SUBJECT_REACH = 12
# How a figure is given as roughly, or at least, so much: the words that may stand before
# a number of years, but «i», and «poco più di», «intorno ai», «sui»…
_ROUGHLY = (APPROXIMATELY - {"i"}) | frozenset(
    {"soltanto", "poco", "piu", "meno", "di", "intorno", "attorno", "ai", "a", "sui", "sulle"}
)
_WHICH_NAMES = re.compile(
    r"(?:e |ma )?(?:quali|quale|che|ke) (?:(?:sono|erano|saranno|e) (?:i |gli |le |il |la |l )?)?"
    r"(?:\d+ |nuov[oaie] |altr[oaie] )*([a-z]+)"  # «quali sono i sei nuovi Paesi»
)
# «Come si chiama l'imprenditore…?»: the name of what follows.
_ASKS_HOW_CALLED = re.compile(r"\bcome si chiam(?:a|ava|ano|avano|era|eranno)\b")
# «Come si chiamava il donatore?», «qual è il nome del…»: a name, whatever it names.
_ASKS_THE_NAME = re.compile(_ASKS_HOW_CALLED.pattern + r"|\bil nome d")
# A fact that gives a name as such: «Si chiama Triage+», «battezzato Ada».
_NAMES_IT = re.compile(r"\b(?:si chiama|chiamat[oaie]|battezzat[oaie]|denominat[oaie]|nome)\b")
# A word as written, for where a name stands next to what it names.
_RAW_WORD = re.compile(r"[\w’-]+")
# A word, or a stop that ends a clause (for `_words_and_clauses`).
_WORD_OR_STOP = re.compile(r"[\w’-]+|[:;]")
_CLAUSE_STOPS = frozenset({":", ";", "dove"})
# How far before and after the word it names a name may stand: «Enrico Sala, il medico»,
# «il medico della sua squadra, il dott. Enrico Sala».
NAME_BEFORE = 3
NAME_AFTER = 6
# A capitalised word inside a sentence: a name.
_A_NAME = re.compile(r"(?<![.!?:] )(?<!^)\b[A-Z][\w'’-]+")
# Facts of an article that name someone for them to be one of its subjects, which a fact
# about the article need not repeat.
MENTIONED_OFTEN = 2
# Endings of a finite verb: «lavorano», «sono», «arriveranno». Not a participle's: right
# after «quanti» it is a noun («quante traversate», «quante partite», «quanti minuti»).
_VERB_ENDING = re.compile(r"(?:[aeio]no|[ae]va(?:no)?|ra|ranno)$")
# «Quanto costa / costano / costerà X?»: the price of X, a sum in euros near X.
# «Quanto guadagna X?» asks X's pay the same way, and «quanto pagano / saranno pagati»
# what is paid: a sum in euros near X.
ASKS_PRICE_VERB = re.compile(
    r"cost(?:a|ano|era|eranno|ava|avano|ato|ata|ati|ate)|guadagn(?:a|ano|ava|avano|era|eranno)"
    r"|val(?:e|gono|eva|evano|ra|ranno)|pagat[oaie]|pag(?:a|ano|ava|avano|hera|heranno)"
)
# Sums in millions or billions: no unit's price.
_LARGE = (["milioni"], ["miliardi"], ["mld"], ["mln"])
# «una compagnia», «alcune aziende»: one or some, not which.
_SOME = frozenset({"un", "una", "uno", "alcuni", "alcune", "diversi", "diverse", "altri", "altre"})
# «del bottino», «dell'incasso»: of one thing (not «degli studenti», whose share counts them).
_OF_ONE = frozenset({"del", "della", "dello", "dell"})
# «Quanto del bottino…?», «quanta parte…?», «che percentuale…?»: a share is what is asked.
_ASKS_A_SHARE = re.compile(
    r"\bquant[oa] (?:del|della|dello|dell)\b|\b(?:parte|percentuale|quota|fetta)\b"
)
_PRICE_QUESTION = (
    r"\bquant[oaie] (?:(?:e|sono|era|erano|sara|saranno|verra|verranno|viene|vengono) )?(?:"
    + ASKS_PRICE_VERB.pattern
    + r")"
)
ASKS_PRICE = re.compile(_PRICE_QUESTION + r"\b")
# «Quanto costa un biglietto / una notte / al chilo?»: the price of one unit.
ASKS_UNIT_PRICE = re.compile(_PRICE_QUESTION + r" (?:un|una|uno|al|a)\b")
# What «quanto / qual è X» asks when X names a kind of figure, told by any such figure:
# not a money word that names what is measured («fatturato», «stipendio»), which a sum of
# something else does not tell (a price or a fine is told by the sum to pay).
SPECIFIC_MONEY = frozenset(
    {"stipendio", "salario", "compenso", "fatturato", "ricavo", "perdita", "incasso"}
    | {"profitto", "debito", "guadagno", "valore", "prestito", "premio", "bonus", "rimborso"}
    | {"indennizzo"}
)
KIND_OF_FIGURE = (MONEY_WORDS - SPECIFIC_MONEY) | SIZE_WORDS | SHARE_WORDS
KIND_OF_FIGURE |= {"persona", "gente", "tempo"}
HOW_MANY = frozenset({"quanto", "quanta", "quanti", "quante"})
# Alternatives a figure is of: the monthly or the yearly pass, the reduced or the full
# ticket, the women's or the men's race. Each form → (the alternative, its set).
_CONTRASTS = (
    (
        "mensile mensili",
        "annuale annuali annuo annua annui",
        "settimanale settimanali",
        "giornaliero giornaliera giornalieri giornaliere",
    ),
    ("intero interi", "ridotto ridotti"),
    ("maschile maschili", "femminile femminili"),
    ("feriale feriali", "festivo festivi"),
    ("oro", "argento", "bronzo"),  # the medal: «Chi ha vinto l'argento?» of the gold's winner
)
_CONTRAST_OF = {
    form: (alternative.split()[0], number)
    for number, family in enumerate(_CONTRASTS)
    for alternative in family
    for form in alternative.split()
}
# «… prima di Matteo Scilla?», «dopo Ferrandi», «al posto di Giulia Santoro»: a name the
# question measures someone else by.
_BEFORE_SOMEONE = re.compile(r"\b(?:prima di|dopo|al posto di) ((?:[A-ZÀ-Ý][\w']+ ?){1,3})")
_BEFORE = re.compile(r"\b(?:prima di|dopo|al posto di) ")
# «Chi rinuncia al viaggio può avere il rimborso?»: «chi» is whoever, the question yes or no.
_WHOEVER = re.compile(r"^chi \w+ .*\b(?:puo|possono|potra|potranno|deve|devono|dovra|dovranno)\b")
# «24 posti letto», «300 posti auto»: beds and parking spaces, no count of people.
_NO_ONE = (["letto"], ["auto"], ["barca"])
# A word written with a capital, as the reader typed it.
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý]\w*")
# A name inside a sentence: a capitalised word after a lower-case one («il ministro Valditara»).
_INNER_NAME = re.compile(r"\b[a-zà-ý]\w* [«\"“']?[A-ZÀ-Ý]\w+")
# «in tutto il campionato», «in tutta la stagione»: the whole the question asks about.
# «Quanti lavoratori avrà in tutto l'azienda?» counts in all, of the firm: «tutto» agrees
# with the whole only when it is one.
_IN_THE_WHOLE = re.compile(
    r"\bin (?:tutto (?:il|lo) |tutta la |tutto l (?=[a-z]*[^a\W]\b)|tutta l (?=[a-z]*a\b))"
    r"(?P<whole>[a-z]+)"
)
# «Quali altri quadri…?», «quante altre dighe…?»: others than the one the news is about.
_ASKS_OTHERS = re.compile(r"\b(?:quali|quanti|quante|che|ke) altr[ie]\b")
# Words a fact lists others with: «anche», «altri due», «oltre a», «tra cui».
_NAMES_OTHERS = frozenset({"altri", "altre", "anche", "inoltre", "oltre", "pure", "cui"})
# Forms of «essere», «avere» and the like that `looks_like_verb` does not read as verbs.
_CLAIM_VERBS = frozenset(
    {"e", "ha", "hanno", "si", "era", "erano", "sara", "saranno", "fu", "furono", "sta", "stanno"}
)
# Where or by whom a claim says something happened: «a Roma», «dalla Regione».
_CLAIM_PREPOSITIONS = frozenset(
    {"a", "ad", "in", "di", "da", "dal", "dalla", "dallo", "dai", "dalle", "dall", "nel", "nella"}
    | {"nello", "nei", "nelle", "nell", "al", "alla", "allo", "ai", "alle", "all", "verso"}
)
# «Quanto vale il piano?»: told by a sum of what is priced (not «quanto viene pagato…?»,
# which a sum of something else the fact prices would tell wrongly: measured −2 out of scope).
_PRICE_VERBS = frozenset({"valere"})
# «Quanto pesa il rincaro sulle famiglie?»: what weighs on someone, figuratively.
_WEIGHS_ON = re.compile(r"\bpes\w* (?:\w+ ){0,4}su(?:l|lla|lle|i|gli|ll)?\b")
# «… l'anno scorso?», «… l'anno prima?»: the year before the article's.
_LAST_YEAR = re.compile(r"\b(?:anno scorso|scorso anno|anno prima|anno precedente)\b")
_THIS_YEAR = re.compile(r"\b(?:quest anno|anno in corso)\b")
# Words by which a fact tells of the year before: «lo scorso anno», «erano 40», «rispetto».
_YEAR_BEFORE = frozenset(
    {"scorso", "scorsa", "precedente", "precedenti", "prima", "rispetto", "era", "erano"}
    | {"aveva", "avevano", "passato", "passata", "allora", "contro", "fa"}
)
# «Quanti chilometri / metri?»: counted only by the number right before the unit, and not
# when an hour follows it («38,6 km/h», «120 chilometri orari», «50 chilometri all'ora»).
_DISTANCES = frozenset({"chilometro", "metro"})
_PER_HOUR = (["h"], ["orari"], ["all"], ["ora"], ["al"])
# A year, with the word that dates it before it («nel 1938», «dal 2019»).
_A_YEAR = re.compile(r"[1-9]\d{2,3}")
_BEFORE_A_YEAR = frozenset(
    {"nel", "del", "dal", "al", "il", "entro", "fino", "anno", "dall", "nell", "sin", "dell"}
)
# «Quando è stato lanciato…?», «quando sono iniziati…?», «in che anno fu fondata…?»: when
# something happened, in a past tense.
_ASKS_WHEN_IT_HAPPENED = re.compile(
    r"(?<!fino a )(?<!entro )(?<!per )"  # «fino a quando ha rinnovato?» asks a deadline
    r"\b(?:quando|in che (?:anno|giorno|data|mese)|in quale (?:anno|giorno|data|mese)) "
    r"(?:(?:e|sono|era|erano|fu|furono) (?:stat[oaie] )?\w+(?:at|ut|it)[oaie]"
    r"|(?:ha|hanno) \w+(?:at|ut|it)o)\b"
)
# What a price is given for one of, of something else: «un chilo *di pasta*».
_MEASURES_OF = frozenset(
    {"chilo", "chilogrammo", "grammo", "etto", "litro", "bottiglia", "pacco", "confezione"}
    | {"scatola", "lattina", "tonnellata", "quintale", "barile", "porzione", "fetta"}
)
# How far after «tra cui» a member of the list it opens may stand.
_LIST_REACH = 12
# How far after «un» a figure of a listed name's own may stand: «Ughetto, un meticcio di 13
# anni».
APPOSITION_REACH = 4
# Years, months, weeks and days are counted with their figure right before them.
_CALENDAR_UNITS = frozenset({"anno", "mese", "settimana", "giorno"})
# «l'ingresso è gratuito»: free, which tells a price and settles whether one pays.
_FREE = frozenset({"gratuito", "gratuita", "gratuiti", "gratuite", "gratis", "gratuitamente"})
# «49 centesimi al litro» is a sum too; «l'ingresso è gratuito» tells the price as well.
_PRICED_BY = _FREE | {"centesimi", "centesimo", "cent", "pagamento"}
# «Quanti / quanto / qnt…»: the question asks a figure itself, not «qual è il costo…».
_HOW_MUCH = re.compile(r"\b(?:quant[oaie]|qnt[oaie]?)\b")
# «Qual è il fiume più lungo d'Italia?», «qual è la multa più alta…?»: the highest, longest
# of its kind, and the word that says which.
_SUPERLATIVE = re.compile(
    r"^(?:qual e|quale|quali|qual) (?:e |sono |e stat[oa] |era )?(?:il|lo|la|l|i|gli|le) "
    r"[a-z]+ (?:[a-z]+ )?piu ([a-z]{3,})\b"
)
# Words that tell a highest or lowest as «più alto», «più basso» do, and a figure's bound
# («multe fino a 5.000 euro»; not «fino alla vigilia»).
_BOUNDS = frozenset(
    {"record", "massimo", "massima", "massimi", "massime"}
    | {"minimo", "minima", "minimi", "minime"}
)
_UP_TO = re.compile(r"\bfino (?:a|ad) \d")
# A question opening «Qual è la capitale…?», «Qual era la traccia…?»: what is asked is the
# noun after it (`bot.text` reads a «qual è» anywhere, with or without an article).
_OPENS_WITH_WHICH_IS = re.compile(
    r"^(?:qual e|quale e|qual era|quale era) (?:il|lo|la|l|i|gli|le) "
)
# «Quanti … ci sono in tutto?», «… esistono in totale?» (not «in tutto il Piemonte»): how
# many there are, and the words that say a figure is all of them. Not «quanti lavorano in
# tutto?»: a workforce is given whole («450 dipendenti»).
_ALL_THERE_ARE = re.compile(
    r"\b(?:ci sono|ci sara|ci saranno|ci erano|esistono) "
    r"(?:(?:oggi|ora|adesso) )?in (?:tutto|totale)\b(?! il| la| l| i| gli| le)"
)
_TOTAL = re.compile(r"\b(?:in tutto|in totale|complessiv[a-z]*|totale|tutti|tutte)\b")
# «Come si prepara la carbonara?», «come si cucinano i carciofi?»: how a dish is made, which
# a fact tells only by saying how it is prepared or cooked.
_HOW_TO_COOK = re.compile(r"\b(?:come|cm) si (prepar[a-z]*|cucin[a-z]*) (?:il|lo|la|l|i|gli|le) ")


# Energy and power, and the units that measure them.
_ENERGY_WORDS = frozenset({"energia", "elettricita", "potenza"})
_ENERGY_UNITS = frozenset(
    {"watt", "kilowatt", "megawatt", "gigawatt", "terawatt", "kw", "mw", "gw", "tw", "kwh"}
    | {"mwh", "gwh", "twh", "wattora", "kilowattora", "megawattora", "gigawattora"}
    | {"terawattora", "chilowatt", "chilowattora"}
)


# Question words told by a kind of figure in the answer: a size by a measure, a share by a
# percentage («quota» may be a height, «parte» anything), opening hours by a time of day,
# an age by «41 anni», a deadline or a date by a month.
_TOLD_BY = (
    {word: "measure" for word in MEASURE_NOUNS}
    | {word: "share" for word in SHARE_WORDS - {"parte", "quota"}}
    | {
        "orario": "time",
        "eta": "age",
        "scadenza": "date",
        "data": "date",
        "punteggio": "score",
        "risultato": "score",
        # «abbonati calo numeri»: a keyword that says a number is wanted, told by one.
        "numero": "number",
        # «È stata approvata all'unanimità?» is settled by the tally: «con 24 voti
        # favorevoli e 14 contrari», «è passata a maggioranza».
        "unanimita": "vote",
        # «In che posizione era Rinaldi?» of «Rinaldi aveva chiuso ottavo».
        "posizione": "rank",
        "piazzamento": "rank",
        # «capienza massima» of «un massimo di 300 persone alla volta».
        "capienza": "number",
        # «ministro istruzione nome»: a keyword asking a name, told by one the fact writes.
        "nome": "proper",
    }
    # «quanta energia / potenza?» of «22 gigawattora», «un impianto da 40 megawatt».
    | dict.fromkeys(_ENERGY_WORDS, "energy")
)
# A relative day anchored to a date, as drafts write it: «ieri sera (8 aprile 2026)».
_ANCHORED_DAY = re.compile(
    rf"\b(?:{'|'.join(RELATIVE_DAYS)})(?: \w+)? \(\d{{1,2}}°? \w+ \d{{4}}\)", re.IGNORECASE
)
# The kinds of time or rank a question and a fact must share: a figure (a year, a day), a
# rank in letters, a month.
_TIME_KINDS: tuple[Callable[[str], bool], ...] = (
    lambda w: w[0].isdigit(),
    lambda w: w in ORDINALS,
    lambda w: w in MONTH_NAMES,
)
# What tells who won: «ha vinto», «la vittoria è andata a», «si è imposto»; not «il
# campione valtellinese», «la prima tappa», which say who one is or which stage.
_WIN_WORDS = frozenset(
    {"vincere", "vinto", "vincitore", "vincitrice", "vittoria", "trionfo", "trionfare"}
    | {"imporre", "conquistare", "aggiudicare", "battere", "superare", "oro"}
    | {"dominare", "successo", "titolo", "eleggere", "eletto", "eletta"}
    | {"re", "regina"}  # «Sinner re degli Internazionali», «Venezia è regina d'Europa»
)
# Nouns a reader frames an article's subject with: «l'articolo sull'ondata di caldo».
_FRAMING_NOUNS = frozenset({"ondata", "caso", "vicenda", "questione", "storia", "faccenda"})
# Words that say an article speaks of women, besides «femminile».
_WOMEN = frozenset(
    {"donna", "ragazza", "campionessa", "giocatrice", "calciatrice", "nuotatrice"}
    | {"schermitrice", "pattinatrice", "sciatrice", "allenatrice", "capitana"}
)
# «Chi aveva vinto…?», «… l'anno scorso?», «la scorsa edizione?»: a win before the news.
_ASKS_AN_EARLIER_WIN = re.compile(
    r"\bavev(?:a|ano) vinto\b|\b(?:l )?anno scorso\b|\bscors[oa] (?:anno|edizione|stagione)\b"
    r"|\bedizione precedente\b"
)
# «Cosa pensa l'Agenas?», «ke dice il sindacato?», «cosa ha detto il sindaco?»: what
# someone said, told by a quote or a verb of saying.
_ASKS_WHAT_SAID = re.compile(
    r"\b(?:cosa|che cosa|che|ke) (?:ne )?(?:pensa|pensano|dice|dicono|ha detto|hanno detto"
    r"|ha dichiarato|hanno dichiarato|commenta|commentano)\b"
)
_SAYS = re.compile(
    r"[«»\"“”]|\b(?:dice|dicono|detto|dichiara\w*|afferma\w*|spiega\w*|secondo|commenta\w*"
    r"|sottolinea\w*|aggiung\w*|aggiunto|avvert\w*|raccont\w*|denuncia\w*|chied\w*|chiesto"
    r"|critica\w*|attacca\w*|replica\w*|ribatt\w*|sostien\w*|lamenta\w*|annuncia\w*"
    r"|ricorda\w*|osserva\w*|ammette|ammesso|precisa\w*|assicura\w*|protesta\w*|invita\w*"
    # A stance is what someone says of it: «Contraria la Cisl, che considera…».
    r"|consider\w*|ritien\w*|giudic\w*|contrari[oaie]|favorevol[ei])\b",
    re.IGNORECASE,
)
# A part of a race or a contest: «la nona tappa del Giro», «la prima manche».
_PARTS_WON = frozenset(
    {"tappa", "frazione", "prova", "manche", "round", "set", "semifinale", "giornata"}
)
# «Perugia è campione d'Italia», «campionessa del mondo»: a title won.
_TITLE_HOLDER = re.compile(r"\bcampion(?:e|essa|i|esse) (?:d|del|della|dei|delle|olimpic)")
_A_MONTH = [[month] for month in MONTHS]
# «Quanto è lunga la galleria?»: «lungo» is a stopword («lungo la costa»), so no fact ever
# holds it; a measure tells it («il tunnel lungo 2.725 metri»). (Told so, «alto» and
# «profondo» answered «Quanto è profondo il lago?» with its level's drop: not taken.)
_MEASURE_ADJECTIVES = frozenset({"lungo"})
# Verbs of a change, whose noun the news writes beside the figure («un calo del 28%»).
_CHANGE_VERBS = frozenset(
    {"calare", "crescere", "aumentare", "diminuire", "scendere", "salire", "ridurre"}
    | {"crollare", "lievitare", "rincarare", "flettere", "contrarre"}
)
_CHANGE_STEMS = frozenset(stem(verb) for verb in _CHANGE_VERBS)
# Verbs that move money: what they do is told by a sum, whatever noun the news gives it
# («quanto hanno rubato?»: «il bottino ammonta a 612.000 euro»). The first ones the news
# also writes beside their figure (`_FIGURE_VERBS`).
_SUMS_BESIDE = frozenset(
    {"stanziare", "incassare", "spendere", "investire", "guadagnare", "pagare", "ricavare"}
    | {"versare", "fatturare", "risparmiare"}
)
_MONEY_VERBS = _SUMS_BESIDE | frozenset(
    {"rubare", "sottrarre", "sborsare", "intascare", "finanziare", "rimborsare", "donare"}
    | {"prestare", "chiedere", "offrire"}  # «Quanto chiedono gli hacker?»: a ransom
)
# Verbs whose figure the news writes beside the verb or its noun, whoever does them:
# «stanziati 15 milioni», «uno stanziamento di 15 milioni», «un incasso di 3 milioni».
_FIGURE_VERBS = _CHANGE_VERBS | _SUMS_BESIDE | {"raccogliere", "perdere", "destinare", "ricevere"}
# «sono passati da 310 a 428», «è salito da 12 a 15»: a change from one figure to another.
_FROM_TO_STEMS = _CHANGE_STEMS | {stem("passare")}
# Ways the news counts who came: «61,4 milioni di ingressi», «35.000 presenze».
_ATTENDANCE = frozenset(
    {"visitatore", "spettatore", "presenza", "ingresso", "turista", "partecipante"}
    | {"iscritto", "tifoso", "pubblico", "accesso"}
)
# General words for people at work, that count any kind of them (`_counts`).
_ANY_STAFF = frozenset({"professionista", "persona", "unita", "figura", "operatore"})
# General words the news counts one of many by: «32 esemplari» of storks, «14 istituti» of
# schools, «40 capi» of cattle, «3 impianti» of plants.
_GENERAL_UNITS = frozenset(
    {"esemplare", "capo", "individuo", "animale", "istituto", "plesso", "struttura", "impianto"}
)


def _of_another_noun(tokens: list[str], word: str) -> bool:
    """Whether `word` follows «dei / degli / delle» after a noun that is no count of it:
    «il comitato dei residenti», not «il numero degli abitanti»; or right after a body, as
    keywords write it: «comitato residenti portavoce»."""
    at = tokens.index(word) if word in tokens else -1
    return (
        at >= 2
        and tokens[at - 1] in ("dei", "degli", "delle")
        and (lemma(tokens[at - 2]) or tokens[at - 2]) not in _COUNT_NOUNS
        and tokens[at - 2] not in stopwords()
    ) or (at >= 1 and tokens[at - 1] in _BODY_NOUNS)


# Nouns that count what follows them: «il numero dei residenti», «la metà degli abitanti».
_COUNT_NOUNS = frozenset(
    {"numero", "totale", "quota", "percentuale", "meta", "parte", "maggioranza"}
)


# Weights and volumes goods are counted by: «4.300 quintali», «ettolitri».
_BULK_UNITS = MASS_UNITS | frozenset({"litro", "ettolitro", "ettolitri"})


def _a_counting_unit(word: str) -> bool:
    """Whether `word` (any number, any gender) is a general word for one of what is counted
    (`_GENERAL_UNITS`) or a weight or volume goods are counted by (`_BULK_UNITS`)."""
    return (lemma(word) or word) in _COUNTING_UNITS or word in _COUNTING_UNITS


_COUNTING_UNITS = _GENERAL_UNITS | _BULK_UNITS


# The kinds of staff they count (not residents or visitors: «200 persone» are no town).
_STAFF_KINDS = WORKER_WORDS | frozenset(
    {"infermiere", "medico", "tecnico", "docente", "insegnante", "agente", "ricercatore"}
    | {"assunzione", "assunto", "precario"}
)
# A capitalised word after a word that says where: «a Padova», «in Sardegna», «dal
# Piemonte», «presso l'ospedale Brotzu» («Brotzu»).
_PLACE_AFTER = re.compile(
    r"\b(?:a|in|nel|nella|nei|negli|presso|da|dal|dalla|dai|sul|sulla|verso|per) "
    r"(?:l['’])?([A-ZÀ-Ý][\w'’-]+)"
    # «in viale Trastevere», «da piazza della Repubblica», «all'ospedale Brotzu».
    r"|\b(?:via|viale|piazza|piazzale|corso|largo|vicolo|localit[àa]|frazione|quartiere|"
    r"zona|ospedale|stazione|porto|aeroporto|stadio|teatro|museo|palazzo)"
    r"(?: (?:di|del|della|dei|delle|degli|dell['’]))? ?([A-ZÀ-Ý][\w'’-]+)"
)
# A rank written in figures: «19°», «83ª», «3º».
_DIGIT_ORDINAL = re.compile(r"\b(\d+)\s?[°ºª]")
# A sum named as a price: «il prezzo di listino è di 3.400 euro», «un costo di 12 euro».
_PRICE_NOUNS = frozenset({"prezzo", "prezzi", "costo", "costi", "tariffa", "tariffe", "listino"})
PRICE_NOUN_REACH = 4
# Words that make a sum a price, and words that make it a total (`_sums_are_totals`).
_PRICE_WORDS = frozenset(
    {"costare", "costo", "prezzo", "tariffa", "biglietto", "pagare", "spesa", "valere"}
    | {"abbonamento", "listino", "vendere", "comprare", "acquistare"}
)
# «al metro quadrato», «al chilo», «per notte»: the unit a price is given by.
_BY_THE_UNIT = frozenset({"al", "allo", "alla", "per"})
_TOTAL_WORDS = frozenset(
    {"incasso", "incassare", "raccogliere", "raccolto", "indennizzo", "premio", "danno"}
    | {"stanziare", "fatturato", "ricavo", "montepremi", "vincitore", "vincitrice"}
)
TOTAL_REACH = 6
# A league or a funding round named by its letter: «Serie A», «round di Serie B».
_SERIES = re.compile(r"\bserie ([a-d])\b")
# One of many named by its number: «la linea 2», «gara 5», «la statale 38», «Euro 6».
_NUMBERED = re.compile(rf"\b({NUMBERED_NOUNS}|euro) (\d+)\b")
# «anni di carcere», «mesi di reclusione»: a sentence, told by a word of one.
_ASKS_A_SENTENCE = re.compile(r"\b(?:anni|mesi) di (?:carcere|reclusione|prigione|pena|condanna)\b")
_SENTENCE_WORDS = frozenset(
    {"carcere", "reclusione", "prigione", "pena", "condanna", "condannare", "condannato"}
)
# Question words `only_keywords` does not list, or that the question's folded text keeps
# in chat spelling: «Quale presidente…?», «xke…».
_WHICH_OR_CHAT = frozenset({"quale", "quali", "qual", "che", "ke", "xke", "qnt", "qnd"})
# How far from a figure what it is of is written: the place a head count of inhabitants
# counts («Sarezzano, un paese di 1.180 abitanti»), the year a figure is of («nel 2019
# gli arrivi furono 580.000»).
FIGURE_REACH = 12
# What may stand between a figure and what it counts: «1,2 milioni di abitanti».
_OF_A_MAGNITUDE = frozenset({"di", "mila", "milioni", "miliardi"})
# Words that count a place named before by what it is: «la città di circa 71.000 abitanti».
# Not «frazione», which the news names: «la frazione di Ravoledo, 340 abitanti».
_PLACE_BACK = frozenset({"citta", "paese", "comune", "comuni", "centro", "borgo", "capoluogo"})
# «Quanto costa in più…?», «…rispetto all'anno scorso?»: a difference, which a share tells.
_ASKS_A_DIFFERENCE = re.compile(r"\b(?:in|di) (?:piu|meno)\b|\brispetto\b")
# «Quanto vale…?»: a worth, which the news gives as «il valore di…».
_ASKS_WORTH = frozenset({"vale", "valgono", "valeva", "valevano", "varra", "varranno"})
# Verbs that give a sentence's length before it: «il pm ha chiesto sei anni».
_SENTENCED_BY = _SENTENCE_WORDS | {"chiedere", "infliggere", "patteggiare", "rischiare"}
# Words between a number and its unit: «98 milioni di metri cubi».
_MAGNITUDES = frozenset({"mila", "milioni", "miliardi"})
# A match's score, «12-10», «3-1»: what «con che punteggio / risultato» asks.
_SCORE = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d-])")
# «Quale sindacato / associazione…?»: told by the organisation's name, without the word.
# Not «quale azienda / ditta»: a firm's name is in most facts, and «Quale ditta ha vinto
# l'appalto?» is the commonest question to refuse of one that names another firm.
_ORGANISATIONS = frozenset(
    {"associazione", "sindacato", "istituto", "ente", "banca", "club", "partito"}
    | {"organizzazione", "fondazione", "consorzio", "squadra", "federazione"}
)
# «Quale sindacato / Paese…?» as the first word asked: its name tells it.
_TOLD_BY_NAME = _ORGANISATIONS | PLACE_NOUNS
# Kinds of people: their names are not dictionary words («Lagarde», not «Consiglio»).
_PERSON_KINDS = frozenset(
    {"investitore", "governatore", "musicista", "artista", "giocatore", "atleta"}
    | {"ministro", "sindaco"}
)
# «Quali investitori / compagnie / città…?»: kinds of things answered by their names.
NAMED_KINDS = (
    PLACE_NOUNS
    | _ORGANISATIONS
    | {"ditta", "impresa", "azienda", "societa", "compagnia", "marchio", "gruppo", "catena"}
    | _PERSON_KINDS
)
# «In che anno / in quale mese?»: told by a year, a month, without the word.
_TOLD_BY_DATE = {"anno": "year", "mese": "date"}
# What settles whether one pays: free, exempt, or a surcharge.
_PAYMENT_WORDS = _FREE | {"esente", "esenti", "esenzione", "esentati", "esentate", "sovrapprezzo"}
# «Sono soddisfatti?», «È sufficiente?», «Sono d'accordo?»: a yes/no question on a stance,
# settled by the stance the fact reports, whichever it is («critici i sindacati», «la
# cifra è insufficiente», «la risposta non ha convinto»).
_STANCE_ASKED = frozenset(
    {"soddisfatto", "soddisfare", "contento", "sufficiente", "favorevole", "convinto"}
    | {"adeguato"}
)
_STANCE_WORDS = _STANCE_ASKED | {
    "insoddisfatto",
    "insufficiente",
    "inadeguato",
    "critico",
    "critica",
    "contrario",
    "deluso",
    "deludere",
    "convincere",
    "bastare",
    "perplessita",
    "soddisfazione",
    "insoddisfazione",
    "bocciare",
    "apprezzare",
}
# «Perché i residenti sono arrabbiati?», «… non sono contenti?»: a mood the news reports as
# a grievance («il comitato lamenta il rumore», «sul piede di guerra gli albergatori»).
_MOOD_ASKED = frozenset(
    {"contento", "scontento", "soddisfatto", "insoddisfatto", "arrabbiato", "deluso"}
    | {"preoccupato", "furioso", "infuriare", "lamentare", "protestare", "contrario"}
)
_GRIEVANCE_WORDS = _STANCE_WORDS | _MOOD_ASKED | {
    "protesta", "denuncia", "denunciare", "contestare", "criticare", "polemica", "preoccupazione",
    "rabbia", "malcontento", "accusare", "lamentela", "guerra", "insorgere", "timore",
    "temere", "chiedere", "rivendicare",
}  # fmt: skip
# Where a sentence ends and the next begins («… 2,3 milioni. Per le strade…»).
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])")
# A sum named as what something costs: «con una dotazione di 2,3 milioni».
_BUDGET_NOUNS = frozenset(
    {"dotazione", "investimento", "stanziamento", "budget", "costo", "spesa", "importo"}
)
# What makes a budget the whole of a cost: «una spesa complessiva di 14,2 milioni».
_WHOLE = frozenset({"complessiva", "complessivo", "totale", "complessivamente", "globale"})
# The words of a vote's tally.
_VOTE_WORDS = frozenset({"voti", "favorevoli", "contrari", "astenuti", "maggioranza", "unanimita"})
# «Di quanto è salito rispetto all'anno scorso?», «Quanto ha fatturato lo scorso anno?»: the
# news writes the year itself («il 4,2% in più rispetto al 2024», «nel 2025 ha
# registrato»), so the words of the phrase are told by a year in an answer with a figure.
_RELATIVE_YEAR = re.compile(
    r"\b(?:anno|stagione) (?:scors[oa]|prima|precedente|passat[oa])\b"
    r"|\b(?:scors[oa]|passat[oa]) (?:anno|stagione)\b"
)


# How many words after the asked verb a «per il …» cause may stand («chiusa nel 2015 per
# il crollo»).
CAUSE_REACH = 5
# A past participle's ending: «fondata», «arrestati», «chiusa».
PARTICIPLE_END = re.compile(r"(?:at|ut|it|s|tt)[oaie]$")
# Words that open the cause of what was just said: «chiuso dal 2024, quando le
# infiltrazioni…», «chiuso perché…»; «per il» and «dopo l'» with an article.
_CAUSE_WORDS = frozenset({"quando", "perche", "poiche", "causa", "dovuto", "dovuta"})
# «anche in Veneto?», «altri stabilimenti?»: a question about more than the article tells.
_MORE_THAN_TOLD = re.compile(r"\b(?:anche|altr[ieao])\b")
# What the news reports as the event's trigger, however far after its verb: «… è chiuso al
# traffico. Lo ha deciso Autostrade *dopo che* un'ispezione ha rilevato la corrosione…».
_AFTER_WHAT = re.compile(r"\b(?:dopo che|in seguito a|a seguito d)")
# A strike or a protest says why it happens with «contro»: «sciopero contro il piano».
PROTEST_WORDS = frozenset(
    {"sciopero", "scioperare", "protesta", "protestare", "manifestazione", "manifestare"}
    | {"presidio", "mobilitazione", "mobilitare", "braccia", "corteo", "fermo"}
)


class KindTerm(NamedTuple):
    """A question word an answer may tell by its kind (`Matcher._kind_terms`)."""

    term: Term
    weight: float
    asked: bool  # told by an answer carrying what the question word asks for
    # or told by this in the answer: "money" (a sum), "role" («chi guida X?»: assessora,
    # capo…), "measure" (metres…), "share" (a percentage), "time" (of day), "age", "date"
    told_by: str = ""


class CountPlan(NamedTuple):
    """What a «quanti / quanto» question counts: its head noun, that noun's sure keys
    (with a long stem), its dictionary form, and whether its price is asked («quanto
    costa»)."""

    head: Term
    wanted: frozenset[str]
    base: str
    priced: bool = False
    money: bool = False  # «quanto hanno rubato i truffatori?»: a sum, whatever its noun
    paid: bool = False  # «quanto ha guadagnato Rinaldi?»: a sum of the one named


class Telling:
    """The readings of a fact's answer that tell whether it gives what a question asks.
    A mixin of `Matcher`, which provides the knowledge and the index looked into."""

    facts: tuple[Fact, ...]
    synonyms: SynonymIndex
    _metadata: frozenset[int]
    _summaries: frozenset[int]
    _article_spans: ArticleSpans
    # The last question's kind terms and count plan, each with its question: scoring reads
    # them, then the decision asks again (a tenth of a question's time at 1,000 facts).
    _kinds_for: tuple[Query | None, list[KindTerm]] = (None, [])
    _plan_for: tuple[Query | None, CountPlan | None] = (None, None)

    def _answer_words(self, index: int) -> list[str]:
        """The `words` of fact `index`'s answer (`Matcher` reads and remembers them)."""
        raise NotImplementedError

    def _found(self, term: Term, index: int, last: int | None = None) -> bool:
        """Whether fact `index` (or any up to `last`) holds the term for sure (`Matcher`)."""
        raise NotImplementedError

    def _contains(self, key: str, index: int, last: int | None = None) -> bool:
        """Whether fact `index` (or any up to `last`) holds `key` (`Matcher`)."""
        raise NotImplementedError

    def _in_article(self, term: Term, index: int) -> bool:
        """Whether any fact of fact `index`'s article holds the term for sure (`Matcher`)."""
        raise NotImplementedError

    def _articles_holding(self, term: Term) -> frozenset[int]:
        """The facts about an article itself (title, author) holding the term (`Matcher`)."""
        raise NotImplementedError

    def _answer_intents(self, index: int) -> frozenset[Intent]:
        """The kinds of datum fact `index` answers with (`Matcher`)."""
        raise NotImplementedError

    def _facts_holding(self, term: Term, first: int, last: int) -> int:
        """How many facts from `first` up to `last` hold the term for sure (`Matcher`)."""
        raise NotImplementedError

    def _names_a_person(self, index: int) -> bool:
        """Whether fact `index`'s answer names a person (`Matcher` reads it once)."""
        raise NotImplementedError

    def _last_year_untold(self, query: Query, index: int) -> bool:
        """Whether «Quante multe aveva dato l'Agcm l'anno scorso?» meets a fact about this
        year's: no word of the year before, nor its number. Not a comparison («rispetto
        all'anno scorso»), which a change told alone («+12%») answers."""
        fact = self.facts[index]
        if fact.article is None or not _LAST_YEAR.search(query.folded):
            return False
        if "rispetto" in query.folded.split():
            return False
        tokens = self._answer_words(index)
        previous = str(fact.article.published.year - 1)
        return previous not in tokens and _YEAR_BEFORE.isdisjoint(tokens)

    def _relative_years(self, index: int) -> set[str]:
        """The years a fact names by the news's own: «l'anno scorso il Piemonte aveva
        prodotto…» in the news of 2026 tells 2025; «quest'anno», 2026."""
        fact = self.facts[index]
        if fact.article is None:
            return set()
        said = " ".join(self._answer_words(index))
        year = fact.article.published.year
        return ({str(year - 1)} if _LAST_YEAR.search(said) else set()) | (
            {str(year)} if _THIS_YEAR.search(said) else set()
        )

    def _role_keyword_untold(self, query: Query, index: int) -> bool:
        """Whether a string of keywords (no question word, no article) names a role the
        fact does not hold."""
        tokens = query.folded.split()
        if not only_keywords(tokens) or not _WHICH_OR_CHAT.isdisjoint(tokens):
            return False
        return any(
            (lemma(t.word) or t.word) in ROLE_NOUNS and not self._found(t, index)
            for t in query.terms
        )

    def _year_without_a_figure(self, query: Query, index: int) -> bool:
        """Whether a year long past (two or more before the article's), of which the
        question asks a figure, is in the fact with no figure within `FIGURE_REACH` words of
        it (not a date's day, nor another year): the news names an old year to compare
        («il primato del 2019»), and gives its figure beside it when it has one."""
        article = self.facts[index].article
        if article is None:
            return False
        asked = query.folded.split()
        years = {
            w
            for i, w in enumerate(asked)
            if YEAR.fullmatch(w)
            and int(w) <= article.published.year - 2
            and asked[i - 1 : i] not in (["dal"], ["da"])  # «dal 2005»: a span to this day
        }
        if not years:
            return False
        tokens = self._answer_words(index)
        named = [i for i, t in enumerate(tokens) if t in years]
        figures = [
            i
            for i, t in enumerate(tokens)
            if t[0].isdigit() and not YEAR.fullmatch(t) and tokens[i + 1 : i + 2] not in _A_MONTH
        ]
        return bool(named) and not any(abs(f - y) <= FIGURE_REACH for f in figures for y in named)

    def _other_year_or_rank(self, query: Query, index: int) -> bool:
        """Whether the question names a year, a month or a rank («nel 2024», «a settembre»,
        «l'ottava tappa») that the fact does not, while the fact names another one of the
        same kind: it is about something else; so is «la Serie A» of «un round di Serie B»,
        and «la linea 2» of a fact on «la linea 1»."""
        series = set(_SERIES.findall(query.folded))
        if series:
            told_series = set(_SERIES.findall(" ".join(self._answer_words(index))))
            if told_series and series.isdisjoint(told_series):
                return True
        # «la linea 2» of a fact on «la linea 1» alone: another line.
        numbered = set(_NUMBERED.findall(query.folded))
        if numbered:
            told = set(_NUMBERED.findall(" ".join(self._answer_words(index))))
            kinds = {kind for kind, _ in numbered}
            if any(kind in kinds for kind, _ in told) and numbered.isdisjoint(told):
                return True
        if self._last_year_untold(query, index):
            return True
        # «Chi è arrivata seconda?»: a place in the finish, not the second of the stages.
        placed = {m[1] for m in _FINISHED_AS.finditer(query.folded)}
        asked = set(
            _times_and_ranks([w for w in query.folded.split() if w not in placed], first=True)
        )
        if not asked:
            return False
        first = "primi" in asked  # «la prima tappa» of «la terza tappa»
        told = set(_times_and_ranks(self._answer_words(index), first=first))
        seasons = _seasons(self.facts[index].answer)
        told |= {year for pair in seasons for year in pair}
        told |= self._relative_years(index)
        asked_seasons = _seasons(query.text)
        season = {year for pair in asked_seasons for year in pair}
        if season and seasons and seasons.isdisjoint(asked_seasons):
            return True  # «per l'anno 2025-2026» of «le domande per l'anno 2026-2027»
        if season & told:  # «l'esercizio 2025/26» of «chiuso il 30 giugno 2026»
            asked -= season
        if any(  # «nel 2019» of an article that never names 2019: nothing of it tells
            YEAR.fullmatch(t.word)
            and t.word in asked
            and t.word not in told
            and not self._in_article(t, index)
            for t in query.terms
        ):
            return True
        fact = self.facts[index]
        if fact.article is not None and not any(YEAR.fullmatch(w) for w in told):
            # «l'alluvione del 2023» of a fact with no year, in an article of 2026 that
            # names 2023 elsewhere: the fact tells the news's own time, not 2023.
            published = str(fact.article.published.year)
            if any(
                YEAR.fullmatch(w) and w not in (published, str(int(published) - 1)) for w in asked
            ):
                return True
        if fact.article is not None and not any(w in MONTH_NAMES for w in told):
            # «la chiusura di febbraio» of a fact with no month, in an article of April: it
            # tells the news's own time, not February (a later month may be a deadline the
            # fact words otherwise: «entro dicembre», «entro fine anno»).
            before = MONTHS[: max(0, fact.article.published.month - 2)]
            if any(w in before for w in asked):
                return True
        answer = fact.answer
        # «A gennaio l'inflazione… stamattina (10 febbraio 2026)»: the day the news came is
        # not the time it is about, when the fact names one of the same kind besides.
        plain = (
            set(_times_and_ranks(words(_ANCHORED_DAY.sub(" ", answer)), first=first))
            if "(" in answer
            else told
        )
        told_years = {w for w in told if YEAR.fullmatch(w)}
        for kind in _TIME_KINDS:
            asked_kind = {w for w in asked if kind(w)}
            if asked_kind & told_years:
                # «la Milano-Sanremo 2026» of «oggi (21 marzo 2026) … l'ultimo nel 2018»:
                # the day's year is the year of the news the fact tells.
                continue
            told_kind = {w for w in plain if kind(w)} or {w for w in told if kind(w)}
            if asked_kind and told_kind and asked_kind.isdisjoint(told_kind):
                return True
        return False

    def _women_untold(self, query: Query, index: int) -> bool:
        """Whether the question asks of a women's event («il torneo femminile», «la nazionale
        femminile») in an article that never speaks of women: the news marks the women's
        event and leaves the men's unmarked, so «maschile» is not looked for."""
        women = next((t for t in query.terms if t.word.startswith("femminil")), None)
        if women is None:
            return False
        if self._in_article(women, index):
            return False
        first, last = self._article_spans.around(index)
        return not any(self._contains("=" + word, first, last) for word in _WOMEN)

    def _life_event_untold(self, query: Query, index: int) -> bool:
        """Whether the question asks about a founding, a birth, a death, a marriage, a
        population, a coach or a party that the fact does not tell: readers ask them of any
        name the news mentions."""
        for term, after in zip(query.terms, [*query.terms[1:], None], strict=True):
            family = LIFE_EVENTS.get(lemma(term.word) or term.word)
            if family == BUILDING and not query.intents & {Intent.DATE, Intent.WHO}:
                family = None  # «Dove sarà costruito?», «Quanti alloggi costruiti?»: not when
            if family == POPULATION and _of_another_noun(query.folded.split(), term.word):
                family = None  # «il comitato dei residenti» asks about the committee
            if family == POPULATION and (
                asks_yes_or_no(query.text, query.intents)
                or (
                    _HOW_MUCH.search(query.folded) is not None
                    and query.terms[0] is not term
                    and not looks_like_verb(query.terms[0].word)
                )
            ):
                # «Lo sconto vale per tutti gli abitanti?», «Quanti decibel hanno misurato i
                # residenti?»: who is concerned or who measured, not how many live there.
                family = None
            if (
                family
                and not looks_like_verb(term.word)
                and not PARTICIPLE_END.search(term.word)  # «fondata Medisfera» is asked
                and after is not None
                and after.word in query.names
                and self._found(after, index)
            ):
                continue  # «l'allenatore Menicucci»: who he is, said of a name the fact has
            # «In che anno è stata fondata?» asks when, which the founder does not tell
            # (but «Sartori allenatore da quando?» asks of the coach himself).
            if family and Intent.DATE in query.intents and term.word not in EVENT_AGENTS:
                family = tuple(word for word in family if word not in EVENT_AGENTS)
            if family and not any(self._contains("=" + word, index) for word in family):
                return True
        if Intent.WHO in query.intents and any(
            (lemma(t.word) or t.word) == "vincere" for t in query.terms
        ):
            if (
                not any(self._contains("=" + word, index) for word in _WIN_WORDS)
                or self._wins_only_in_its_opening(query, index)
            ) and _TITLE_HOLDER.search(" ".join(self._answer_words(index))) is None:
                return True  # «Chi ha vinto la cronometro?» of the stage still to run
            if self._won_only_a_part(query, index):
                return True  # «Chi ha vinto il Giro?» of «ha vinto la nona tappa del Giro»
        if self._says_nothing_asked(query, index):
            return True  # «Cosa pensa l'Agenas del decreto?» of a fact quoting no one
        if ASKS_PARTY.search(query.folded):
            return PARTY_WORDS.isdisjoint(self._answer_words(index))
        if ASKS_WEATHER.search(query.folded):  # «meteo», «meteorologica» tell the weather too
            return not any(
                w in WEATHER_WORDS or w[:5] == "meteo" for w in self._answer_words(index)
            )
        return False

    def _count_plan(self, query: Query) -> CountPlan | None:
        """`_read_count_plan`, read on the question's first need and kept until the next
        (read into a local first: questions are answered in threads side by side)."""
        read = self._plan_for
        if read[0] is not query:
            read = self._plan_for = (query, self._read_count_plan(query))
        return read[1]

    def _kind_terms(self, query: Query) -> list[KindTerm]:
        """`_read_kind_terms`, read on the question's first need and kept until the next
        (as `_count_plan`)."""
        read = self._kinds_for
        if read[0] is not query:
            read = self._kinds_for = (query, self._read_kind_terms(query))
        return read[1]

    def _read_count_plan(self, query: Query) -> CountPlan | None:
        """What «quanti / quanto X» asks to count, read once per question for `_counts`:
        X (the first noun after the question word) and the kind of figure it names; None
        when every number answers (no noun, or «quanti 2»)."""
        priced = ASKS_PRICE.search(query.folded) is not None
        tokens = query.folded.split()
        if "duration" in query.reads:  # "quanto dura?" asks a length of time
            asked = [Term("tempo", 0.0)]
        elif _question_word_last(tokens):
            return None
        elif priced:  # «quanto costa la tassa?»: the tax is priced, not counted
            asked = [
                t
                for t in query.terms
                if not ASKS_PRICE_VERB.fullmatch(t.word) and not _vague(t.word)
            ]
            # «Quanto costa al metro quadrato una casa?»: the house is priced, by the metre.
            by_unit = {
                unit
                for i, before in enumerate(tokens[:-1])
                if before in _BY_THE_UNIT
                for unit in [
                    tokens[i + 1],
                    *(t for t in tokens[i + 2 : i + 3] if [t] in _SQUARE_OR_CUBIC),
                ]
            }
            asked = ([t for t in asked if t.word not in by_unit] or asked)[:1]
            # «Quanto costa un chilo di pasta?»: the pasta is priced, by the kilo.
            if asked and (lemma(asked[0].word) or asked[0].word) in _MEASURES_OF:
                at = tokens.index(asked[0].word) if asked[0].word in tokens else -1
                if 0 <= at < len(tokens) - 2 and tokens[at + 1] in ("di", "d"):
                    asked = [t for t in query.terms if t.word == tokens[at + 2]] or asked
        else:  # the first noun: not a verb, nor «nuovo» in «il nuovo campus»
            counted = _counted_noun(tokens)
            asked = [t for t in query.terms if t.word == counted]
            if counted and not asked:  # «quante volte…?»: a word too vague to be sought
                return None
            asked = asked or [
                t
                for t in query.terms
                if (not looks_like_verb(t.word) or after_an_article(tokens, t.word))
                and not _verb_after_quanto(tokens, t.word)
                and not _vague(t.word)
                and len(t.word) > 2  # «quanto fa il tasso?»: «fa», «va» are verbs
            ]
            asked = asked[:1]
        if not asked or asked[0].word[0].isdigit():
            return None
        head = asked[0]
        # Its word, lemma, synonyms, and its stem: «arretrata» is the «arretrato» of the
        # answer, though the dictionary reads one as an adjective and the other as a verb.
        wanted = head.sure_keys()
        wanted |= {k for k in word_keys(head.word) if len(k) >= LONG_STEM}
        # «Quanto hanno rubato i truffatori?»: what the doers did is no count of them («ha
        # truffato 43 anziani»).
        wanted -= set(doer_keys(head.keys))
        # «Quanto incasserà il Comune?»: the town hall does what is asked, and the news may
        # write the figure beside the verb alone («3,8 milioni incassati»): a verb of
        # money or of a change before the subject names the figure too.
        money = False
        if not priced and _counted_noun(tokens) is None:
            before = list(takewhile(lambda t: t is not head, query.terms))
            for verb in before:
                if any(key[1:] in _FIGURE_VERBS for key in verb.keys if key[0] == "="):
                    wanted |= verb.sure_keys()
                money = money or any(key[1:] in _MONEY_VERBS for key in verb.keys if key[0] == "=")
        if "di quanto" in query.folded:  # «di quanto calerà la produzione?»: «un calo del 28%»
            wanted |= {
                k
                for t in query.terms
                if stem(t.word) in _CHANGE_STEMS  # by its stem: «calerà» is no «calere»
                for k in word_keys(t.word)
            }
        # «il tasso *marginale*»: the word qualifying the head names the figure too, where the
        # news writes «quello sui prestiti marginali al 2,65%».
        at = tokens.index(head.word) if head.word in tokens else -1
        following = tokens[at + 1] if 0 <= at < len(tokens) - 1 else None
        qualifier = next((t for t in query.terms if t.word == following), None)
        if (
            qualifier is not None
            and not _vague(qualifier.word)  # «quanto è grande oggi…?»
            and not looks_like_verb(qualifier.word)
            and verb_reading(qualifier.word, lemma(qualifier.word)) is None  # «porta»
        ):
            wanted |= qualifier.sure_keys()
        base = lemma(head.word) or head.word
        # Not when the head is a name or a time («Quanto ha pagato Orbitalis…?», «quanto
        # fattura ogni anno…?»): then a sum must still be said of what is asked.
        # A sum all the same: «Quanto ha guadagnato Rinaldi?» is not told by his points.
        paid = money and head.word in query.names
        money = money and head.word not in query.names and base not in TIME_UNITS
        if priced and not _ASKS_WORTH.isdisjoint(tokens):
            # «Quanto vale l'export?» of «hanno raggiunto il valore record di 1,2 miliardi»:
            # the news names the worth asked with its noun beside the sum.
            wanted |= {"=valore"}
        return CountPlan(head, frozenset(wanted), base, priced, money, paid)

    def _counts(self, query: Query, index: int, plan: CountPlan | None) -> bool:
        """Whether the fact's answer gives a number for what "quanti/quanto X" asks about:
        X (the first noun after the question word, `plan`) close to a number in the
        answer."""
        if "measure" in query.reads and "duration" not in query.reads:
            # "quanto è lungo il ponte?": metres, km… of a length, not «250 metri quadrati»
            return self._measures(index, _LENGTH_UNITS, lengths_only=True)
        if plan is None:
            return True
        head, wanted, base, priced, money_verb, paid = plan
        tokens = self._answer_words(index)
        if paid and not self._names_a_sum(index):
            return False
        if "weight" in query.reads:  # «quanto pesa?»: «18,5 chilogrammi», or a share
            mass = " pes" in query.folded
            if self._measures(index, MASS_UNITS if mass else MEASURE_UNITS) or "percento" in tokens:
                return True
            if mass:  # «uno specchio di 4,2 metri» says its size, not its weight; a sum
                # may say what weighs on a budget («quanto pesa il rincaro sulle famiglie?»)
                return _WEIGHS_ON.search(query.folded) is not None and any(
                    t in CURRENCIES for t in tokens
                )
        # «A quanto ammonta il bottino?» of «pari al 60% del bottino»: a share of it is
        # not how much it is, unless a share is asked («quanto del bottino…?»).
        if self._gives_only_a_share(query, index, head):
            return False
        # «al 19° giro», «la 83ª Mostra»: a rank, not how many laps or shows.
        answer = self.facts[index].answer
        ranks = (
            {m[1] for m in _DIGIT_ORDINAL.finditer(answer)}
            if "°" in answer or "ª" in answer or "º" in answer  # most have none: no regex
            else set()
        )
        numbers = [i for i, t in enumerate(tokens) if t[0].isdigit() and t not in ranks]
        if priced or base in SPECIFIC_MONEY:  # «quanto costa la tassa?», «il fatturato?»
            # «di quanto calano gli incassi?» «del 30%»; «Quanto costa in più produrre a Jesi
            # rispetto alla Slovacchia?» «il 30% in più»: a difference, said as a share.
            change = base in SPECIFIC_MONEY or _ASKS_A_DIFFERENCE.search(query.folded) is not None
            # «pacchi di pasta ridotti da un chilo a 900 grammi»: a measure prices nothing.
            unmeasured = [i for i in numbers if not _a_measure(tokens, i)]
            return (
                any(self._prices(tokens, i, wanted, change) for i in numbers)
                or self._verb_before_a_figure(query, head, tokens, unmeasured)
                or self._prices_its_context(head, index, tokens, numbers)
                or self._priced_as_its_title_says(head, index, tokens, numbers)
                or (not change and self._budget_of_its_subject(head, index, tokens))
            )
        if base == "anno" and _ASKS_A_SENTENCE.search(query.folded):
            # «Quanti anni di carcere rischiano?» of «uomini tra i 29 e i 51 anni»: ages
            # are no sentence; the fact must speak of one.
            # «condannato a 5 anni di reclusione», or the sentence asked or given before
            # the figure: «il pm aveva chiesto sei anni», «ha patteggiato due anni».
            return any(
                t[0].isdigit()
                and tokens[i + 1 : i + 2] in (["anni"], ["mesi"])
                and not (
                    _SENTENCE_WORDS.isdisjoint(lemma(w) or w for w in tokens[i + 2 : i + 5])
                    and _SENTENCED_BY.isdisjoint(lemma(w) or w for w in tokens[max(0, i - 3) : i])
                )
                for i, t in enumerate(tokens)
            )
        if base == "anno" and "age" in query.reads:
            # Whose age: a name, or who the question calls him («l'uomo infettato dal West
            # Nile» is «un uomo di 67 anni», whatever name the virus has).
            # A name after a preposition is a place or an owner, not whose age: «il fossile
            # trovato in Carnia», «l'archivio di Stato».
            asked = query.folded.split()
            placed = {b for a, b in pairwise(asked) if a in _PLACE_PREPOSITIONS}
            whose = {
                t.word
                for t in query.terms
                if (t.word in query.names and t.word not in placed)
                or (lemma(t.word) or t.word) in _PERSONS
            }
            if any((lemma(w) or w) in _ANYONE for w in whose):
                # «i due ragazzi morti» are the news's «due giovani»: whoever it calls them.
                whose |= {t for t in tokens if (lemma(t) or t) in _ANYONE}
            return tells_an_age(tokens, whose)
        if base in POPULATION and not self._population_of(query, tokens):
            return False
        money = base in MONEY_WORDS or money_verb
        people = base in {"persona", "gente"}  # "quante persone": workers, visitors, pupils…
        workers = base in WORKER_WORDS  # "quanti lavoratori": «620 dei 1.150 dipendenti»
        attendance = base in _ATTENDANCE  # «quanti visitatori»: «61,4 milioni di ingressi»
        measure = base in SIZE_WORDS  # "quanto è grande?": square kilometres, metres…
        energy = base in _ENERGY_WORDS  # «quanta energia produce?»: «22 gigawattora l'anno»
        # «Quanti infermieri?»: «la stabilizzazione di 780 professionisti», who the news
        # has named once and then counts by a general word.
        staff = base in _STAFF_KINDS
        if base in SHARE_WORDS:  # "quanta parte della produzione?": "il 64%"
            return "percento" in tokens
        if people and self._share_of_people(query, tokens):  # «quanta gente ha votato?»:
            return True  # «ha votato il 54,6%»
        since = base in TIME_UNITS and "da quant" in query.folded
        time = base == "tempo" or since  # "quanti anni ha?" asks an age, not any duration
        if workers or base in PEOPLE_WORDS:  # «il 13 aprile gli operai…»: no count, nor
            # «1.330 euro per ogni residente», «2.400 metri quadrati»: a sum or a measure
            numbers = [
                i
                for i in numbers
                if tokens[i + 1 : i + 2] not in _A_MONTH and not _measured(tokens, i)
            ]
        if base in _DISTANCES:  # «Quanti chilometri?»: a number of kilometres, not the
            # seconds before them, nor a speed («in 20 secondi, alla media di 38,6 km/h»)
            numbers = [
                i
                for i in numbers
                if (lemma(tokens[i + 1]) if i + 1 < len(tokens) else None) == base
                and tokens[i + 2 : i + 3] not in _PER_HOUR
            ]
        if time:  # «in meno di un secondo», «una settimana»: one is written as a word
            numbers += [
                i
                for i, t in enumerate(tokens[:-1])
                if t in {"un", "una"} and (lemma(tokens[i + 1]) or "") in TIME_UNITS
            ]
        if since and any(YEAR.fullmatch(tokens[i]) for i in numbers):
            return True  # "da quanti anni?" "dal 1971"
        # «il doppio rispetto a tre anni fa» says when, not how many years, nor how many
        # of anything: neither its figure nor its «anni» counts.
        ago = (
            set()
            if " fa" in query.folded
            else {
                j
                for i in numbers
                if tokens[i + 2 : i + 3] == ["fa"]
                and (lemma(tokens[i + 1]) or tokens[i + 1]) in TIME_UNITS
                for j in (i, i + 1)
            }
        )
        numbers = [i for i in numbers if i not in ago]
        if not time:  # «un rapporto pubblicato nel 2024»: a year, not a count of residents
            numbers = [
                i
                for i in numbers
                if not (YEAR.fullmatch(tokens[i]) and i and tokens[i - 1] in _BEFORE_A_YEAR)
            ]
        # «Quanti fogli al giorno?» of «3.500 pagine al giorno», «quanti piccoli?» of «320
        # bambini»: what the figure counts is, in the thesaurus, a word for what is asked.
        if not (money or time or measure) and any(
            _counted_alike(base, tokens[i + 1]) for i in numbers if i + 1 < len(tokens)
        ):
            return True
        # «Dei 32 esemplari marcati…», «hanno chiuso 14 istituti»: a fact naming what is asked
        # counts it by a general word for one of them; goods by their weight or volume
        # («Quante castagne?» of «un raccolto di 4.300 quintali»).
        if (
            not (money or time or measure or people or workers or staff)
            and any(tokens[i + 1 : i + 2] and _a_counting_unit(tokens[i + 1]) for i in numbers)
            and self._found(head, index)
        ):
            return True
        # Each word within reach of a number, looked at once however many numbers it is near.
        near_numbers = {
            j
            for i in numbers
            for j in range(
                max(0, i - (SUBJECT_REACH if _subject_figure(tokens, i) else NUMBER_REACH)),
                min(len(tokens), i + NUMBER_REACH + 1),
            )
        }
        for j in near_numbers:
            near = tokens[j]
            if near[0].isdigit() or j in ago:
                continue
            if (
                base in _CALENDAR_UNITS
                and "count" in query.reads  # «quanti anni», not «quanto incassa ogni anno»
                and not (j and tokens[j - 1][0].isdigit())
            ):
                continue  # «quest'anno», «ogni mese»: when, not how many years or months
            if (
                money and (near in CURRENCIES or _elliptical_sum(tokens, j))
            ) or not wanted.isdisjoint(self.synonyms.word_expansion(near)):
                return True
            if time or people or workers or attendance or measure or energy or staff:
                unit = lemma(near) or near
                if (
                    (time and unit in TIME_UNITS)
                    or (people and unit in PEOPLE_WORDS and tokens[j + 1 : j + 2] not in _NO_ONE)
                    or (workers and unit in WORKER_WORDS)
                    or (staff and (unit in _ANY_STAFF or near in _ANY_STAFF))
                    or (attendance and unit in _ATTENDANCE)
                    or (measure and unit in MEASURE_UNITS)
                    or (energy and near in _ENERGY_UNITS)
                ):
                    return True
        return self._verb_before_a_figure(query, head, tokens, numbers) or (
            not (money or time or measure) and _shared_out_to(tokens, numbers, query.names)
        )

    def _population_of(self, query: Query, tokens: list[str]) -> bool:
        """Whether the fact's head count of inhabitants is of the place the question names
        (as written, or by its demonym: «nel Bolognese» of «a Bologna»): «Quanti abitanti
        ha Fano?» is not told by «Un paese di 1.180 abitanti… la Bocciofila Aurora di
        Sarezzano», which names Fano far from it, as another club's town. True when the
        question names no place."""
        named = {
            key for t in query.terms if t.word in query.names for key in t.keys if key[0] == "="
        }
        if not named:
            return True
        expand = self.synonyms.word_expansion
        places = [not named.isdisjoint(expand(t)) for t in tokens]
        for i, token in enumerate(tokens[:-1]):
            if not token[0].isdigit():
                continue
            # «340 abitanti», «1,2 milioni di abitanti», «una popolazione di circa 71.000»
            unit = next((t for t in tokens[i + 1 : i + 4] if t not in _OF_A_MAGNITUDE), "")
            before = {lemma(t) or t for t in tokens[max(0, i - 3) : i]}
            if (lemma(unit) or unit) not in POPULATION and before.isdisjoint(POPULATION):
                continue
            if any(places[max(0, i - FIGURE_REACH) : i + FIGURE_REACH + 2]):
                return True
            # «Il sindaco di Cremona… guida la città di circa 71.000 abitanti»: the place
            # named before, counted by a word that points back to it.
            if not _PLACE_BACK.isdisjoint(tokens[max(0, i - 3) : i]) and any(places[:i]):
                return True
        return False

    def _share_of_people(self, query: Query, tokens: list[str]) -> bool:
        """Whether a percentage in the fact counts the people asked about: near another
        word of the question («ha votato il 54,6%») or a word for people («il 40% dei
        residenti»), not «ridurre i tempi di attesa del 30%»."""
        if "percento" not in tokens:
            return False
        asked: set[str] = set()
        for term in query.terms[1:]:
            asked.update(term.sure_keys())
        expand = self.synonyms.word_expansion
        for at, token in enumerate(tokens):
            if token != "percento":
                continue
            for near in tokens[max(0, at - NUMBER_REACH) : at + NUMBER_REACH + 1]:
                if (lemma(near) or near) in PEOPLE_WORDS or not asked.isdisjoint(expand(near)):
                    return True
        return False

    def _prices(
        self, tokens: list[str], at: int, wanted: frozenset[str], change: bool = False
    ) -> bool:
        """Whether the number at `at` is a sum (euros near it; or a percentage, for a
        `change`) with what is priced near it: «l'imposta sarà di 5 euro», not «10 miliardi
        di dollari» for «quanto costa un chip»."""
        near = range(max(0, at - NUMBER_REACH), min(len(tokens), at + NUMBER_REACH + 1))
        sums = CURRENCIES | {"percento"} if change else CURRENCIES
        return any(tokens[j] in sums or _elliptical_sum(tokens, j) for j in near) and any(
            not wanted.isdisjoint(self.synonyms.word_expansion(tokens[j])) for j in near
        )

    def _prices_its_context(
        self, head: Term, index: int, tokens: list[str], numbers: list[int]
    ) -> bool:
        """«…a Riccione si arriva a 240 euro, a Cesenatico la media è di 150» of «Quanto costa
        l'ombrellone?»: a fact that prices something its own words never name, while its
        keywords (the sentence before, drafted as its context) name what is asked."""
        named = head.sure_keys()
        return (
            self._found(head, index)
            and not any(named & set(self.synonyms.word_expansion(t)) for t in tokens)
            and any(set(tokens[i + 1 : i + 3]) & CURRENCIES for i in numbers)
        )

    def _priced_as_its_title_says(
        self, head: Term, index: int, tokens: list[str], numbers: list[int]
    ) -> bool:
        """«Quanto costa il farmaco?» of «il prezzo di listino è di 3.400 euro al mese» in
        an article titled «…il nuovo farmaco sarà rimborsato»: a sum the fact gives as a
        price («prezzo», «costo», «tariffa» right before it), of nothing it names, prices
        what its article is about."""
        article = self.facts[index].article
        if article is None or not any(
            not CURRENCIES.isdisjoint(tokens[i + 1 : i + 3])
            and not _PRICE_NOUNS.isdisjoint(tokens[max(0, i - PRICE_NOUN_REACH) : i])
            for i in numbers
        ):
            return False  # most facts give no sum as a price: no need to read their words
        named = head.sure_keys()
        expand = self.synonyms.word_expansion
        if any(named & set(expand(t)) for t in tokens):
            return False  # the fact names what it prices: `_prices` reads where
        return any(named & set(expand(w)) for w in words(article.title))

    def _budget_of_its_subject(self, head: Term, index: int, tokens: list[str]) -> bool:
        """«Quanto costa il nuovo piano di gestione?» of «il nuovo piano di gestione,
        approvato dal consiglio direttivo, con una dotazione di 2,3 milioni di euro»: a sum
        named as a budget («dotazione», «investimento», «stanziamento») in a fact that
        names what is priced, however far from it (in its sentence, not in the title's head
        it opens with: «Acqua, bollette più care: … un investimento di 320 milioni» does not
        price the bills)."""
        if _BUDGET_NOUNS.isdisjoint(tokens):
            return False  # most facts name no budget: no need to read their sentences
        named = head.sure_keys()
        opening = self._opening(index)
        start = 0
        for sentence in _SENTENCE_END.split(self.facts[index].answer):
            part = words(sentence)
            own = part[max(0, opening - start) :]  # not the title's head it opens with
            start += len(part)
            budgets = [
                i for i in _sums(part) if not _BUDGET_NOUNS.isdisjoint(part[max(0, i - 4) : i])
            ]
            # «una spesa complessiva di 14,2 milioni»: the whole cost of what the news is
            # about, which its title names («riapre dopo sei anni di restauri»).
            whole = any(not _WHOLE.isdisjoint(part[max(0, i - 3) : i]) for i in budgets)
            if budgets and any(
                named & set(self.synonyms.word_expansion(t)) for t in (tokens if whole else own)
            ):
                return True
        return False

    def _asked_role(self, query: Query) -> Term | None:
        """The role whose holder the question asks («Chi è *il presidente* del Consorzio?»),
        or None when it asks none («Chi parte favorito?»)."""
        if Intent.WHO not in query.intents or not query.terms:
            return None
        word = _head_noun(query.terms)
        if not asks_a_role(query.folded.split(), word):
            return None
        return next(t for t in query.terms if t.word == word)

    def _verb_before_a_figure(
        self, query: Query, head: Term, tokens: list[str], numbers: list[int]
    ) -> bool:
        """«Quanto costeranno i lavori?» of «I lavori di consolidamento, affidati con
        procedura d'urgenza, costeranno 6,8 milioni»: the asked verb right before a figure,
        or another word of the question before «di» or «da» and a figure («un round di
        finanziamento da 18 milioni»), in an answer that names what is asked about, however
        far from it."""
        verbs = {k for t in query.terms if t is not head for k in t.sure_keys()}
        before = any(
            verbs & set(self.synonyms.word_expansion(tokens[j]))
            for i in numbers
            for j in (i - 1, i - 2)  # «è costato (complessivamente) 62 milioni»
            # or its noun before «di» or «da»: «uno stanziamento di 15 milioni»
            if j >= 0 and (looks_like_verb(tokens[j]) or tokens[i - 1] in ("di", "da"))
        )
        # Not by what the doers asked about did: «i truffatori» are not named by «ha truffato
        # 43 anziani».
        named = head.sure_keys() - set(doer_keys(head.keys))
        return before and any(named & set(self.synonyms.word_expansion(t)) for t in tokens)

    def _tells_a_year(self, index: int) -> bool:
        """Whether the fact's answer names a year («nel 1787», «dal 2019»): a number of three
        or four digits after a word that dates («nel», «dal»…), since «3.600 ettari» reads
        as «3600» too."""
        tokens = self._answer_words(index)
        return any(
            _A_YEAR.fullmatch(token) and tokens[i - 1] in _BEFORE_A_YEAR
            for i, token in enumerate(tokens)
            if i
        )

    def _names_only_the_asked_places(self, query: Query, index: int) -> bool:
        """Whether every place the fact names is one the question names too: «Da quali
        regioni arriveranno le sacche per la Sardegna?» is not told by «in Sardegna sono
        state raccolte 6.900 unità», which says where, but not a place the reader lacks."""
        answer = self.facts[index].answer
        places = {fold(a or b) for a, b in _PLACE_AFTER.findall(answer)}
        places |= lexicon.places().intersection(self._answer_words(index))
        asked = {t.word for t in query.terms}
        return bool(places) and places <= asked

    def _tells_time(self, index: int) -> bool:
        """Whether the fact's answer gives a time of day («dalle 8 alle 20»)."""
        return bool(TELLS_TIME_OF_DAY.search(" ".join(self._answer_words(index))))

    def _measures(
        self, index: int, units: frozenset[str] = MEASURE_UNITS, *, lengths_only: bool = False
    ) -> bool:
        """Whether the fact's answer gives a measure: a number with metres, kilometres…
        («98 milioni di metri cubi» too), or with one of `units`; with `lengths_only`, not
        an area or a volume («250 metri quadrati» is no length)."""
        tokens = self._answer_words(index)
        for i, token in enumerate(tokens[:-1]):
            if not token[0].isdigit():
                continue
            after = i + 1
            if tokens[after] in _MAGNITUDES and tokens[after + 1 : after + 2] == ["di"]:
                after += 2
            if (
                after < len(tokens)
                and (lemma(tokens[after]) or tokens[after]) in units
                and not (lengths_only and tokens[after + 1 : after + 2] in _SQUARE_OR_CUBIC)
            ):
                return True
        return False

    def _read_kind_terms(self, query: Query) -> list[KindTerm]:
        """The question's words an answer may say without them, by giving what they name:
        the figure «quanto dura / quanti soldi» asks for and the place «in quale paese»
        asks for (told by an answer carrying the asked intent), or money («soldi», told by
        a sum in euros). Read once per question; each candidate checks only these."""
        figure = self._asks_a_kind_of_figure(query)
        place = Intent.PLACE in query.intents
        who = Intent.WHO in query.intents
        yes_or_no = asks_yes_or_no(query.text, query.intents)
        relative_year = {
            word for match in _RELATIVE_YEAR.finditer(query.folded) for word in match[0].split()
        }
        found = []
        for i, (term, weight) in enumerate(zip(query.terms, query.weights, strict=True)):
            base = lemma(term.word) or term.word
            asked = (i == 0 and figure) or (place and base in PLACE_NOUNS)
            # «Quanto costano i lavori?» is told by «1,8 milioni di euro». Not «costa»: it
            # is also the coast, and «Quanto costa un biglietto?» of a fact giving another
            # sum is the commonest near-topic question to refuse (measured: +4 / −3).
            verb = verb_reading(term.word, base) or base
            if base in MONEY_NOUNS or (term.word != "costa" and verb == "costare"):
                told_by = "money"
            elif (term.word == "costa" or verb in _PRICE_VERBS) and Intent.AMOUNT in query.intents:
                told_by = "price"  # only by a sum of what is priced: «il progetto vale 487…»
            elif who and verb in LEAD_VERBS:
                told_by = "role"
            elif who and i == 0 and base in _TOLD_BY_NAME:
                told_by = "name"
            elif Intent.DATE in query.intents and base in _TOLD_BY_DATE:
                told_by = _TOLD_BY_DATE[base]
            elif "measure" in query.reads and base in _MEASURE_ADJECTIVES:
                told_by = "measure"  # «quanto è lunga la galleria?» of «2.725 metri»
            elif "why" in query.reads and (base in _MOOD_ASKED or verb in _MOOD_ASKED):
                told_by = "grievance"  # «Perché sono arrabbiati?» of «lamentano il rumore»
            elif verb == "pagare" and yes_or_no:
                told_by = "payment"  # «Bisogna pagare?» of «l'iscrizione è gratuita»
            elif yes_or_no and (
                base in _STANCE_ASKED or (base == "accordo" and "d accordo" in query.folded)
            ):
                told_by = "stance"  # «I sindacati sono soddisfatti?» of «critici i sindacati»
            elif i == 0 and "count" in query.reads and not looks_like_verb(term.word):
                told_by = "counted"  # «Quanti vigili…?» of «dodici agenti»: counted alike
            elif Intent.AMOUNT in query.intents and term.word in relative_year:
                told_by = "year"  # a figure of last year; not «Chi ha vinto l'anno scorso?»
            else:
                told_by = _TOLD_BY.get(base, "")
            if asked or told_by:
                found.append(KindTerm(term, weight, asked, told_by))
        return found

    def _told_by_its_kind(self, kind: KindTerm, index: int, intent: float) -> bool:
        """Whether fact `index` (whose answer carries what is asked to degree `intent`)
        gives what `kind` names without saying it («2,1 milioni di euro» for «soldi»)."""
        if kind.asked and intent == 1.0:
            return True
        words = self._answer_words(index)
        match kind.told_by:
            case "money":
                return not CURRENCIES.isdisjoint(words)
            case "role":
                return not ROLE_NOUNS.isdisjoint(words)
            case "name":
                return intent == 1.0
            case "measure":
                return self._measures(index)
            case "share":
                return "percento" in words
            case "time":
                return self._tells_time(index)
            case "age":
                return tells_an_age(words)
            case "date":
                return not MONTH_NAMES.isdisjoint(words)
            case "year":
                return any(YEAR.fullmatch(word) for word in words)
            case "score":
                return _SCORE.search(self.facts[index].answer) is not None
            case "number":
                return any(word[0].isdigit() for word in words)
            case "rank":
                return not ORDINALS.isdisjoint(words)
            case "proper":
                return _INNER_NAME.search(self.facts[index].answer) is not None
            case "energy":
                return not _ENERGY_UNITS.isdisjoint(words)
            case "price":
                return intent == 1.0
            case "counted":
                base = lemma(kind.term.word) or kind.term.word
                return intent == 1.0 and any(
                    word[0].isdigit() and _counted_alike(base, after)
                    for word, after in pairwise(words)
                )
            case "vote":
                return not _VOTE_WORDS.isdisjoint(words)
            case "payment":
                return not _PAYMENT_WORDS.isdisjoint(words)
            case "stance":
                return any((lemma(w) or w) in _STANCE_WORDS or w in _STANCE_WORDS for w in words)
            case "grievance":
                return any((lemma(w) or w) in _GRIEVANCE_WORDS for w in words)
        return False

    def _only_among_many(self, query: Query, index: int) -> bool:
        """Whether each name the question asks about is in the fact only as one of a list
        after «tra cui», or as the end of a stretch «da … a …», with no figure of its own:
        «in sette ospedali, tra cui le Molinette e il Policlinico di Bari» counts the seven,
        not Bari's (but «in 24 Paesi, tra cui l'Italia con 11 centri» gives Italy's)."""
        tokens = self._answer_words(index)
        where = [i for i, t in enumerate(tokens) if t in query.names]
        if not where:
            return False
        for at in where:
            # «la zona che va da Manfredonia a Brindisi», «Da Torino a Venezia»: the end of
            # a stretch, with no figure of its own either.
            if _ends_a_stretch(tokens, at):
                continue
            start = max(0, at - _LIST_REACH)
            opens = [i for i in range(start + 1, at) if tokens[i - 1 : i + 1] == ["tra", "cui"]]
            if not opens:
                return False
            if any(t[0].isdigit() for t in tokens[opens[-1] + 1 : at + _LIST_REACH // 3]):
                return False
            # «tra cui Ughetto, un meticcio di 13 anni»: what it is, with its own figure.
            if tokens[at + 1 : at + 2] in (["un"], ["una"], ["uno"]) and any(
                t[0].isdigit() for t in tokens[at + 2 : at + 2 + APPOSITION_REACH]
            ):
                return False
        return True

    def _names_a_sum(self, index: int) -> bool:
        """Whether the fact's answer gives any sum: a currency, cents, «gratuito», or
        thousands or millions whose currency the news left out («arriva a 89,5 milioni»)."""
        tokens = self._answer_words(index)
        return any(
            t in CURRENCIES
            or t in _PRICED_BY
            or _elliptical_sum(tokens, j)
            or (t == "mila" and j > 0 and tokens[j - 1][0].isdigit())
            for j, t in enumerate(tokens)
        )

    def _asks_a_kind_of_figure(self, query: Query) -> bool:
        """Whether "quanto/quanti X" names a kind of figure rather than a thing: «quanti
        soldi», «quanta gente», «quanto è grande», «quanto dura». Its answer gives euros,
        visitors, square kilometres or hours, so X itself is rarely in it."""
        if Intent.AMOUNT not in query.intents or not query.terms:
            return False
        if "duration" in query.reads:
            return True
        base = lemma(query.terms[0].word) or query.terms[0].word
        return base in KIND_OF_FIGURE

    def _defines(self, query: Query, index: int) -> bool:
        """Whether the fact's answer is a definition of what "cos'è X?" asks: it opens with
        X and then «è» or «sono» («L'allerta sismica precoce è un sistema che…»), rather
        than merely naming X among other news."""
        tokens = self._answer_words(index)[:12]
        verb = next((i for i, t in enumerate(tokens) if t in {"e", "sono"}), None)
        if verb is None or not query.terms:
            return False
        expand = self.synonyms.word_expansion
        opening = [set(expand(t)) for t in tokens[:verb]]
        return all(any(k in keys for keys in opening for k in t.sure_keys()) for t in query.terms)

    def _reason_told_next(self, query: Query, index: int) -> int | None:
        """«Perché apre un ambulatorio per i codici minori?» answered by «Accanto al pronto
        soccorso aprirà un ambulatorio dedicato ai codici minori…», which gives no reason:
        the news gives it in the sentence after («…per separare le urgenze…»). That next
        fact of the same article, when it gives a reason and the answer none; else None."""
        after = index + 1
        span = self._article_spans.get(index)
        if (
            "why" not in query.reads
            or span is None
            or after > span[1]
            or after in self._summaries
            or after in self._metadata
        ):
            return None
        gives = [REASON_MARKER.search(" ".join(self._answer_words(i))) for i in (index, after)]
        return after if gives[1] and not gives[0] else None

    def _explains(self, query: Query, index: int) -> bool:
        """Whether the fact's answer gives a reason for what "perché X?" asks: a reason
        marker after the last word of X it holds («vuole raccogliere 10 miliardi *per*
        accelerare»), or opening the sentence («*A causa* della siccità, il lago…»), or a
        verb whose subject is the cause («il vento *ha spinto* la nube»); not one that X
        itself follows («una trattativa *per raccogliere* 10 miliardi»)."""
        tokens = self._answer_words(index)
        joined = " ".join(tokens)
        if CAUSE_FIRST.search(joined):
            return True
        starts = [joined[: m.start()].count(" ") for m in REASON_MARKER.finditer(joined)]
        if not starts:
            return True  # the reason is in its alternate questions («Perché…?»), not its words
        wanted = {k for t in query.terms for k in t.sure_keys()}
        held = [i for i, token in enumerate(tokens) if wanted.intersection(word_keys(token))]
        last = max(held, default=-1)
        # A draft opens a sentence with no context of its own with the title's head: «Arance
        # rosse, prezzi crollati: *le cause* sono diverse…» opens with its reason all the same
        # (not when the head holds what is asked: «A7, chiuso il viadotto: per coordinare…»).
        opening = self._opening(index)
        if any(i < opening for i in held):
            opening = 0
        return any(start > last or start <= opening + 1 for start in starts)

    def _wins_only_in_its_opening(self, query: Query, index: int) -> bool:
        """Whether a draft tells a win only in the title's head it opens with: «MotoGp,
        trionfo azzurro al Mugello: … dove lo scorso anno Ferraresi era caduto» says who
        fell. A head that names the winner beside the win («Sinner re degli Internazionali:
        …», «la Virtus vince gara 7…») tells it, unless an earlier win is asked: the
        headline's is the news's own."""
        opening = self._opening(index)
        if not opening:
            return False
        if any(
            t in _WIN_WORDS or (lemma(t) or t) in _WIN_WORDS
            for t in self._answer_words(index)[opening:]
        ):
            return False
        if _ASKS_AN_EARLIER_WIN.search(query.folded):
            return True  # «Chi aveva vinto l'anno scorso?»: the headline's win is today's
        fact = self.facts[index]
        head = _RAW_WORD.findall(title_head(fact.article.title) if fact.article else "")
        wins = [
            i for i, t in enumerate(head) if fold(t) in _WIN_WORDS or lemma(fold(t)) in _WIN_WORDS
        ]
        return not any(
            head[j][:1].isupper() and fold(head[j]) not in query.names
            for i in wins
            for j in range(max(0, i - 2), min(len(head), i + 3))
            if j != i  # «Trionfo azzurro al Mugello»: the win itself names no winner
        )

    def _opening(self, index: int) -> int:
        """How many of the fact's words are the title's head a draft opens it with («Arance
        rosse, prezzi crollati: …»): the article's subject, not the sentence's."""
        fact = self.facts[index]
        head = title_head(fact.article.title) if fact.article else ""
        return len(words(head)) if head and fact.answer.startswith(head + ":") else 0

    def _does_not_tell(self, query: Query, best: Scored, features: Sequence[float]) -> bool:
        """Whether the best fact, however well it fits the words, cannot answer: then it is
        at most a suggestion (`_refusal` names the check that refuses it)."""
        return next(self._refusals(query, best, features), None) is not None

    def _refusal(self, query: Query, best: Scored, features: Sequence[float]) -> str | None:
        """The name of the first check that finds the best fact cannot answer, or None."""
        return next(self._refusals(query, best, features), None)

    def _refusals(self, query: Query, best: Scored, features: Sequence[float]) -> Iterator[str]:
        """The checks that find the best fact cannot answer, however well it fits the words,
        by name, in order (the first one is enough, and the rest are not run). Each check is
        a kind of question readers ask of the news."""
        index = best.index
        # What «quanto X» counts, read once for the checks below of a fact with no such
        # figure (`_counts` found none).
        plan = (
            self._count_plan(query)
            if best.intent == 0.0 and Intent.AMOUNT in query.intents
            else None
        )
        # "Quanti anni ha X?" answered by a fact about X with no age in it.
        if (
            best.intent == 0.0
            and query.intents & FACTOID_INTENTS
            and (
                (
                    self._noun_head_missing(query, index)
                    if query.intents == {Intent.PLACE}
                    else features[HEAD_MISSING]
                )
                or len(query.terms) == 1
                # «Quando arriva la prima luce?» of a fact with no date: not «… già finiti
                # quando eruttò il Vesuvio?», a yes/no with «quando» inside.
                or (query.intents == {Intent.DATE} and _opens_with_when(query.folded))
                or "age" in query.reads
                or "measure" in query.reads
            )
        ):
            yield "no datum of the kind asked"
        # «Qual è la capitale dell'Australia?» of a fact that names Australia in a list: what
        # «qual è il…» asks is not there («il limite massimo» is a bound, which a figure
        # tells: «entro 10 giorni»).
        if (
            not query.intents
            and _OPENS_WITH_WHICH_IS.search(query.folded) is not None
            and features[HEAD_MISSING]
            and _BOUNDS.isdisjoint(query.folded.split())
        ):
            yield "the thing asked, untold"
        # «Quanti orti urbani ci sono in tutto a Modena?» of «Sono 120 i nuovi orti urbani»:
        # how many there are in all, which a count of the new, the damaged, the sold does not
        # tell unless it says it is the total.
        if (
            _ALL_THERE_ARE.search(query.folded) is not None
            and _TOTAL.search(" ".join(self._answer_words(index))) is None
        ):
            yield "not the total"
        # «Come si prepara la carbonara?» of a fact that names the Carbonara quarter, or the
        # dish, but prepares nothing.
        cooking = _HOW_TO_COOK.search(query.folded)
        verb = next((t for t in query.terms if t.word == cooking[1]), None) if cooking else None
        if verb is not None and not self._found(verb, index):
            yield "no recipe"
        # «Qual è il fiume più lungo d'Italia?» of a fact that mentions a river and says
        # nothing of its length: the highest, longest, dearest is told by that word, or by a
        # bound («sanzioni fino a 5.000 euro», «il massimo»), or by a record.
        best_of = _SUPERLATIVE.search(query.folded)
        if best_of is not None:
            answer = self._answer_words(index)
            if (
                _BOUNDS.isdisjoint(answer)
                and _UP_TO.search(" ".join(answer)) is None
                and stem(best_of[1]) not in map(stem, answer)
            ):
                yield "no superlative"
        # «Da quali regioni arriveranno le sacche per la Sardegna?» of a fact whose only
        # place is Sardinia: it says no place the reader lacks.
        if (
            best.intent == 0.0
            and query.intents == {Intent.PLACE}
            and self._names_only_the_asked_places(query, index)
        ):
            yield "only the places asked"
        # «Chi dirigerà il nuovo reparto?» of a fact that says what the ward is and names no
        # one leading it.
        if Intent.WHO in query.intents and self._lead_untold(query, index):
            yield "no one leads"
        # «Chi deteneva il record?» of «Il record ha un nuovo proprietario»: it names no one.
        # Not «Chi rinuncia al viaggio può avere il rimborso?», which asks yes or no.
        if (
            best.intent == 0.0
            and query.intents == {Intent.WHO}
            and not asks_yes_or_no(query.text, query.intents)
            and _WHOEVER.search(query.folded) is None
        ):
            yield "no one named"
        # "Quante vacche pascolano?" of a fact that names the cows but counts none (a share
        # of them counts them: «il 27% degli studenti»).
        if (
            best.intent == 0.0
            and Intent.AMOUNT in query.intents
            and "count" in query.reads
            and self._found(query.terms[0], index)
            and not self._asks_a_kind_of_figure(query)
            and not self._a_share_of(query.terms[0], index)
        ):
            yield "what is asked, uncounted"
        # "Quanti soldi…?", "Quanta gente…?", "Quanto dura…?" of a fact with no sum, no count
        # of people, no length of time: it cannot tell, whatever words it shares.
        if (
            best.intent == 0.0
            and _HOW_MUCH.search(query.folded) is not None
            and self._asks_a_kind_of_figure(query)
            and "percento" not in self._answer_words(index)  # «il 40% va alla ricerca»
        ):
            yield "no figure of the kind asked"
        # «Quanti lavoratori ha lo stabilimento di Nitra?» of a summary that counts Jesi's
        # workers in one sentence and names Nitra, where the work goes, in another.
        if (
            index in self._summaries
            and Intent.AMOUNT in query.intents
            and self._names_apart_from_figures(query, index)
        ):
            yield "the figure is another's"
        # «Quante reti ha segnato in tutto il campionato?» of the final's 9 goals: the whole
        # asked («tutto il campionato», «tutta la stagione») is not what the fact counts.
        whole = _IN_THE_WHOLE.search(query.folded)
        if whole and not any(
            self._found(t, index) for t in query.terms if t.word == whole["whole"]
        ):
            yield "not the whole asked"
        # «Quanto costa il Parmigiano stagionato 36 mesi?» of the 12 months' price; «il
        # record dei 400 misti» of the 200 misti's: another of the same measure.
        if (
            query.intents
            and not asks_yes_or_no(query.text, query.intents)
            and self._another_number_of_it(query, index)
        ):
            yield "another number of it"
        # «Quali altre cantine delle Langhe sono state comprate da stranieri?» of «è la terza
        # cantina acquistata da capitali stranieri»: others are asked, and it names none.
        if _ASKS_OTHERS.search(query.folded) and _NAMES_OTHERS.isdisjoint(
            self._answer_words(index)
        ):
            yield "no others named"
        # "Entro quale data si chiuderà la trattativa?" is not the article's own date.
        if index in self._metadata and not asks_about_the_article(t.word for t in query.terms):
            yield "a byline, not asked of the article"
        # "Chi ha scritto il pezzo sul calcio?": an article the bot does not have.
        if self._other_article(query, index):
            yield "another article"
        # "Chi è il sindaco di Bergamo?" answered by a fact that names no mayor, or only
        # another's («Paola Testa, presidente di Confcommercio Savona» for Genova's).
        if self._asked_role(query) is not None and (
            features[HEAD_MISSING]
            or self._role_of_another(query, index)
            or self._role_unnamed(query, index)
        ):
            yield "no holder of the role"
        # "Perché il Tar ha annullato la delibera?" of the lead, which tells what happened
        # but gives no reason.
        if (
            "why" in query.reads
            and best.intent == 0.0
            and index in self._summaries
            and not self._says_what_for(query, index)
        ):
            yield "a lead with no reason"
        # «Quando è stato lanciato il satellite?» of «punta a lanciarne altri sei entro il
        # 2029»: a deadline does not say when something happened.
        if (
            Intent.DATE in query.intents
            and _ASKS_WHEN_IT_HAPPENED.search(query.folded) is not None
            and dates_only_deadlines(self._answer_words(index))
        ):
            yield "only deadlines"
        # «Come si chiama lo scialpinista salvato?» of a fact that names no one.
        if self._asks_a_person_s_name(query) and not self._names_a_person(index):
            yield "no person named"
        # «Dove si è laureata Sara Colombo?» of «Laura Colombo, portavoce dei pendolari».
        if self._namesake(query, index):
            yield "a namesake"
        # "Chi ha fondato Italvia?" answered by a fact that never says who founded it.
        if self._life_event_untold(query, index):
            yield "the life event untold"
        # «Chi ha vinto lo scudetto di volley femminile?» of an article on the men's.
        if self._women_untold(query, index):
            yield "the women's event untold"
        # "Quanto ha fatturato nel 2024?" answered by the 2025 turnover: another fact; but
        # "Era la decima edizione?" is settled by "la dodicesima edizione".
        if not asks_yes_or_no(query.text, query.intents) and self._other_year_or_rank(query, index):
            yield "another year or rank"
        # «Quanti arrivi nel 2019?» of «612.000 arrivi… superano il primato del 2019»: the
        # year is named, but no figure of it.
        if Intent.AMOUNT in query.intents and self._year_without_a_figure(query, index):
            yield "the year without its figure"
        # «Confcommercio Catania presidente» of «Confcommercio Catania stima perdite…»:
        # keywords that ask a role are not told by a fact that names none.
        if self._role_keyword_untold(query, index):
            yield "the role of the keywords untold"
        # "Quanto si aspetta in Lombardia?": the article never names Lombardia (but «Il
        # piano è stato presentato a Roma?» is settled by «a Napoli»).
        if self._names_unknown_to_article(query, index) and not self._settles_the_claim(
            query, index
        ):
            yield "a name the article never writes"
        # «Quali compagnie aderiscono?» of a fact that names no company.
        if self._names_none_asked(query, index):
            yield "none of the kind asked named"
        # «Chi dirigeva l'orchestra prima di Matteo Scilla?» of a fact naming Scilla alone.
        if self._only_the_one_before(query, index):
            yield "only the one after"
        # «Quanto costa l'abbonamento mensile?» of «50 euro per l'abbonamento annuale». So
        # «Chi ha vinto l'argento?» of the gold's winner; but «C'è un abbonamento mensile?»
        # is settled by the yearly one («no, solo annuale»).
        if (
            Intent.AMOUNT in query.intents or not asks_yes_or_no(query.text, query.intents)
        ) and self._another_of_its_kind(query, index):
            yield "another of its kind"
        # «Quanti pazienti sono stati arruolati al Policlinico di Bari?» of «84 pazienti in
        # sette ospedali, tra cui il Policlinico di Bari»: the figure is the whole's.
        if (
            Intent.AMOUNT in query.intents
            and not asks_yes_or_no(query.text, query.intents)
            and self._only_among_many(query, index)
        ):
            yield "one among many"
        # «Quale compagnia aprirà la base?» of «una compagnia low cost aprirà…»: named only
        # by «una» or counted («multate 12 aziende»), it is not said which.
        if self._which_untold(query, index):
            yield "which one untold"
        # «A quanto ammonta il bottino?» of «14 dei 22 Rolex, pari al 60% del bottino».
        if plan is not None and self._gives_only_a_share(query, index, plan.head):
            yield "only a share of it"
        # «Quanto costa ora il Rho Ice Dome?» of the summary, which names the arena and its
        # seats but no sum at all; «Quanto spende il Comune…?» of «a spese del Comune»,
        # which says who pays but not how much.
        if (
            best.intent == 0.0
            and (ASKS_PRICE.search(query.folded) is not None or (plan is not None and plan.money))
            and not self._names_a_sum(index)
        ):
            yield "no sum"
        # «Quanto costa l'iscrizione?» of «250.000 euro raccolti con le iscrizioni»; but
        # «Quanto vale il primo premio?» asks a total itself.
        if (
            ASKS_PRICE.search(query.folded) is not None
            and not any((lemma(t.word) or t.word) in _TOTAL_WORDS for t in query.terms)
            and self._sums_are_totals(index)
        ):
            yield "totals, not a price"
        # «Quanto costa una bottiglia di Barbaresco?» of «un valore di 412 milioni»: a unit's
        # price is no sum of millions.
        if ASKS_UNIT_PRICE.search(query.folded) is not None and self._sums_are_large(index):
            yield "sums too large for one's price"
        # «Quanti container ha movimentato il porto di Genova?» of Livorno's figure: the
        # article names Genova once, elsewhere; this fact counts something else's. So «Quando
        # entrerà in servizio la linea Rossa?» of the linea Verde's dates.
        if query.intents & {Intent.AMOUNT, Intent.DATE} and self._names_someone_else(query, index):
            yield "someone else's figure"

    def _says_nothing_asked(self, query: Query, index: int) -> bool:
        """Whether «Cosa pensa / dice / ha detto X?» meets a fact with no quote, no verb of
        saying and no alternate question of that kind: it tells what X did, not what X said.
        Not «In sintesi cosa dice?», which asks what the article says."""
        said = _ASKS_WHAT_SAID.search(query.folded)
        if said is None:
            return False
        subject = [w for w in query.folded[said.end() :].split() if w not in stopwords()]
        if not subject or {lemma(w) or w for w in subject} & (ARTICLE_WORDS | SUMMARY_WORDS):
            return False
        fact = self.facts[index]
        return _SAYS.search(fact.answer) is None and not any(
            _ASKS_WHAT_SAID.search(fold(q)) for q in fact.questions
        )

    def _won_only_a_part(self, query: Query, index: int) -> bool:
        """Whether the fact's win is of a part of what «Chi ha vinto X?» asks: «ha vinto la
        nona tappa del Giro» of «Chi ha vinto il Giro?». Not when the question names the
        part too («Chi ha vinto la tappa?»)."""
        asked = set(query.folded.split())
        if not _PARTS_WON.isdisjoint(asked):
            return False
        tokens = self._answer_words(index)
        wins = [i for i, t in enumerate(tokens) if (lemma(t) or t) in ("vincere", "vittoria")]
        return bool(wins) and all(any(t in _PARTS_WON for t in tokens[i + 1 : i + 4]) for i in wins)

    def _which_untold(self, query: Query, index: int) -> bool:
        """Whether «Quale / Quali X…?» meets a fact that writes X only after «un», «una»,
        «alcune» or a number: it tells that there is one, or how many, not which."""
        tokens = query.folded.split()
        if len(tokens) < 3 or tokens[0] not in ("quale", "quali"):
            return False
        asked = tokens[1]
        if not any(t.word == asked for t in query.terms) or _vague(asked):
            return False
        answer = self._answer_words(index)
        at = [i for i, word in enumerate(answer) if word == asked]
        if not at:
            return False
        # «un aumento di 240 euro», «una zanzara comune, la Culex pipiens»: what follows
        # says which.
        named = {fold(w) for w in NAME.findall(self.facts[index].answer)}
        asked_words = set(tokens)

        def untold(i: int) -> bool:
            if i == 0 or not (answer[i - 1] in _SOME or answer[i - 1][0].isdigit()):
                return False
            following = answer[i + 1 : i + 6]
            # «due approdi minori, a *Lazise*»: a name the question lacks says which.
            if any(w in named and w not in asked_words for w in following):
                return False
            if answer[i - 1][0].isdigit():
                return True  # «multate 12 aziende»: how many, not which
            # «un aumento delle retribuzioni del *12%*», «un contratto *triennale*»: a
            # figure, or a word the question lacks, says which (not «una compagnia low cost
            # aprirà» of «Quale compagnia low cost aprirà…?»).
            return not any(w[0].isdigit() for w in following) and not any(
                w not in asked_words and w not in stopwords() for w in following[:3]
            )

        return all(untold(i) for i in at)

    def _gives_only_a_share(self, query: Query, index: int, head: Term) -> bool:
        """Whether the fact names what «quanto X» asks (`head`) only as what a percentage
        is taken of («il 60% del bottino»), and the question asks no share of it: not
        «quanta acqua si perde?», whose answer may well be «il 27% dell'acqua»."""
        return (
            _only_a_share_of(self._answer_words(index), head.word)
            and _ASKS_A_SHARE.search(query.folded) is None
            and re.search(r"\bquant[oaie] " + re.escape(head.word), query.folded) is None
        )

    def _a_share_of(self, term: Term, index: int) -> bool:
        """Whether fact `index` gives a percentage of what `term` names («il 27% degli
        studenti» for «quanti studenti»): a share counts them."""
        tokens = self._answer_words(index)
        return any(
            token == "percento"
            and tokens[i + 1 : i + 2] in (["dei"], ["degli"], ["delle"], ["di"])
            and stem(tokens[i + 2]) == stem(term.word)
            for i, token in enumerate(tokens[:-2])
        )

    def _settles_the_claim(self, query: Query, index: int) -> bool:
        """Whether a yes/no question's claim about a name the article never mentions («…
        presentato a Roma?», «… finanziato dalla Regione Lombardia?») is settled by a fact
        that names its own place or actor («a Napoli»): the answer is «no, …». Not a
        question about something more («anche in Veneto?», «altri stabilimenti?»), which
        no fact of the article can settle."""
        return (
            asks_yes_or_no(query.text, query.intents)
            and _MORE_THAN_TOLD.search(query.folded) is None
            and bool(self._answer_intents(index) & {Intent.PLACE, Intent.WHO})
            and self._claims_a_place_or_agent(query, index)
        )

    def _unknown_names(self, query: Query, index: int) -> frozenset[str]:
        """The names of the question that no fact of fact `index`'s article mentions."""
        span = self._article_spans.get(index)
        if span is None or not query.names:
            return frozenset()
        first, last = span
        return frozenset(
            t.word for t in query.terms if t.word in query.names and not self._found(t, first, last)
        )

    def _claims_a_place_or_agent(self, query: Query, index: int) -> bool:
        """Whether every name of the claim the article never mentions comes after a
        preposition («presentato *a* Roma», «finanziato *dalla* Regione Lombardia»): where or
        by whom, which a fact naming its own settles. Not a claim about the name itself
        («*Microsoft* investe in OpenAI?», «*Google* usa i Trainium?»): the article is
        silent on it."""
        span = self._article_spans.get(index)
        if span is None:
            return True
        tokens = query.folded.split()
        unknown = self._unknown_names(query, index)
        capitals = {fold(w) for w in _CAPITALISED.findall(query.text)} | query.names
        for i, token in enumerate(tokens):
            if token not in unknown:
                continue
            while i > 0 and tokens[i - 1] in capitals:  # «dalla Regione Lombardia»
                i -= 1
            if i == 0 or tokens[i - 1] not in _CLAIM_PREPOSITIONS:
                return False
            # «La piscina comunale di Padova chiuderà?»: a name before the verb says whose
            # subject it is, not the claim.
            if not any(t in _CLAIM_VERBS or looks_like_verb(t) for t in tokens[:i]):
                return False
        return True

    def _says_what_for(self, query: Query, index: int) -> bool:
        """Whether the answer gives the asked event's cause right after its verb: «chiusa nel
        2015 per il crollo del controsoffitto», «chiuso dopo un'ispezione», «chiuso dal 2024,
        quando le infiltrazioni…» of «Perché era stato chiuso?»."""
        tokens = self._answer_words(index)
        if any((lemma(t.word) or t.word) in PROTEST_WORDS for t in query.terms) and any(
            {token, lemma(token)} & PROTEST_WORDS and "contro" in tokens[i + 1 : i + 12]
            for i, token in enumerate(tokens)
        ):
            return True  # «hanno incrociato le braccia … contro il piano»: what they protest
        verbs = {
            stem(t.word)
            for t in query.terms
            if looks_like_verb(t.word)
            or verb_reading(t.word, lemma(t.word))
            or PARTICIPLE_END.search(t.word)
        }  # verbs, and participles the dictionary reads as adjectives («chiusa»)
        for i, token in enumerate(tokens):
            if stem(token) in verbs:
                after = tokens[i + 1 : i + 1 + CAUSE_REACH]
                if any(
                    w in _CAUSE_WORDS
                    or (w in ("per", "dopo") and after[j + 1 : j + 2] and after[j + 1] in ARTICLES)
                    for j, w in enumerate(after)
                ) or _AFTER_WHAT.search(" ".join(tokens[i + 1 :])):
                    return True
        return False

    def _noun_head_missing(self, query: Query, index: int) -> bool:
        """Whether fact `index` lacks the first noun of the question, what «dove» asks
        about («Dove passerà *la navetta*?»): the verb before it is often a paraphrase (but
        «Quanto *guadagna*…?» asks the verb's own figure)."""
        nouns = [t for t in query.terms if not looks_like_verb(t.word)]
        return bool(nouns) and not self._found(nouns[0], index)

    def _other_article(self, query: Query, index: int) -> bool:
        """Whether the question picks an article by its subject («l'articolo sul calcio»)
        and fact `index`'s article never mentions that subject."""
        picked = ARTICLE_ON.search(query.folded)
        if picked is None:
            return False
        # «sull'ondata di caldo», «sul caso Retivalle»: the noun that frames the subject is
        # the writer's, not the article's («Caldo africano sul Centro-Sud»).
        subject = set(content_words(picked.group(1).split())) - _FRAMING_NOUNS
        first, last = self._article_spans.around(index)
        named = [t for t in query.terms if t.word in subject]
        # Most of the subject must be in the article: «sulla chiusura del ponte della
        # Priula» is the article that says «ponte della Priula chiuso».
        held = sum(t.info for t in named if self._found(t, first, last))
        return bool(named) and held < 0.5 * sum(t.info for t in named)

    def _names_none_asked(self, query: Query, index: int) -> bool:
        """Whether «Quali investitori / compagnie / città…?» asks names of which the fact
        gives none: no capitalised word but those of the question and of the title (which
        drafts put before a sentence)."""
        asked = _WHICH_NAMES.match(query.folded)
        # «Entro quando si propone il nome del dinosauro?» asks a date: the name is only
        # what the date is for.
        naming = _ASKS_THE_NAME.search(query.folded) is not None and not (
            query.intents & {Intent.DATE, Intent.AMOUNT, Intent.PLACE, Intent.REASON}
        )
        if not naming and (asked is None or (lemma(asked[1]) or asked[1]) not in NAMED_KINDS):
            return False
        fact = self.facts[index]
        given = self._names_given(query, index)
        if fact.article is not None:
            given -= set(words(fact.article.title))
        if asked is not None and (lemma(asked[1]) or asked[1]) in _PERSON_KINDS:
            # «Quali governatori…?» is told by people's names, not «il Consiglio direttivo»
            # nor «la BCE»: no dictionary word, no acronym.
            acronyms = {fold(name) for name in _A_NAME.findall(fact.answer) if name.isupper()}
            given = {name for name in given - acronyms if lemma(name) is None}
        if given and asked is None:
            return self._unnamed_where_said(query, index, given)
        return not given

    def _asks_a_person_s_name(self, query: Query) -> bool:
        """Whether «Come si chiama lo scialpinista?» asks a person's name: the word after
        it names a kind of person (a role, a worker, «ragazzo», «-ista»: not «la pista»)."""
        after = _after_how_called(query)
        head = next((t.word for t in query.terms if t.word in after and not _vague(t.word)), None)
        if head is None:
            return False
        base = lemma(head) or head
        return (
            base in _PERSONS
            or base in ROLE_NOUNS
            or (base.endswith(("ista", "isti", "iste")) and base not in _THINGS_IN_ISTA)
        )

    def _unnamed_where_said(self, query: Query, index: int, given: set[str]) -> bool:
        """Whether «Come si chiama l'imprenditore…?» meets a fact that says «un imprenditore
        di Hong Kong» with no name beside it: the names it gives are someone else's."""
        after = _after_how_called(query)
        # «Come si chiamano i tre arrestati?»: the thing named, not how many there are.
        head = next((t for t in query.terms if t.word in after and not t.word[0].isdigit()), None)
        if head is None or _NAMES_IT.search(" ".join(self._answer_words(index))):
            return False  # «Si chiama Ada, è alta un metro…: è il robot…» names it
        return self._unnamed_beside(head, index, given)

    def _lead_untold(self, query: Query, index: int) -> bool:
        """Whether «Chi dirigerà / guida / presiede X?» meets a fact with neither the verb
        (nor a synonym, nor its doer: «direttore») nor any role («primario», «presidente»):
        it may name people, but says no one leads X."""
        lead = [
            t
            for t in query.terms
            if (verb_reading(t.word, lemma(t.word)) or lemma(t.word) or t.word) in LEAD_VERBS
        ]
        if not lead or any(self._found(t, index) for t in lead):
            return False
        return ROLE_NOUNS.isdisjoint(lemma(w) or w for w in self._answer_words(index))

    def _role_unnamed(self, query: Query, index: int) -> bool:
        """Whether «Chi è il sindaco di Villafranca?» meets a fact that says «il sindaco ha
        chiesto lo stato di emergenza» with no name beside the role: it names no mayor."""
        role = _head_noun(query.terms)
        head = next(t for t in query.terms if t.word == role)
        if _NAMES_IT.search(" ".join(self._answer_words(index))):
            return False  # «Si chiama Ada…: è il robot…» names it
        given = self._names_given(query, index)
        # Anywhere in its clause: «spiega Chiara Montanari, economista dell'Università di
        # Bologna e coordinatrice scientifica», «il miglior marcatore è stato l'ala Marco
        # Ferretti».
        return self._unnamed_beside(head, index, given - STYLE_CAPITALS, reach=None)

    def _names_given(self, query: Query, index: int) -> set[str]:
        """The names the fact writes (capitalised inside a sentence) that the question
        does not: whose name it may be telling."""
        return {fold(name) for name in _A_NAME.findall(self.facts[index].answer)} - query.names

    def _unnamed_beside(
        self,
        head: Term,
        index: int,
        given: set[str],
        reach: tuple[int, int] | None = (NAME_BEFORE, NAME_AFTER),
    ) -> bool:
        """Whether the fact says `head` and none of the names `given` stands beside it, in
        its clause and within `reach` words before and after it (None: anywhere in the
        clause): a name right before or a few words after the word is its name («il medico
        della squadra, il dott. Enrico Sala»); a place there is where it is («uno studio
        legale di Roma»), unless a place is what is asked."""
        wanted = head.sure_keys()
        if (lemma(head.word) or head.word) not in PLACE_NOUNS:
            given = given - lexicon.places()
        tokens, clauses = _words_and_clauses(self.facts[index].answer)
        # By a synonym too: «lo scialpinista» is the news's «escursionista».
        expand = self.synonyms.word_expansion
        said = [i for i, t in enumerate(tokens) if not wanted.isdisjoint(expand(t))]
        before, after = reach or (len(tokens), len(tokens))
        return bool(said) and not any(
            tokens[j] in given and clauses[j] == clauses[i]
            for i in said
            for j in range(max(0, i - before), min(len(tokens), i + after + 1))
        )

    def _sums_are_totals(self, index: int) -> bool:
        """Whether every sum of money the fact gives is a total (takings, funds raised, a
        prize, an indemnity, damages) and none a price: what a price question cannot be
        told by."""
        tokens = self._answer_words(index)
        sums = _sums(tokens)
        if not sums:
            return False
        for i in sums:
            near = {lemma(t) or t for t in tokens[max(0, i - TOTAL_REACH) : i + TOTAL_REACH]}
            if near & _PRICE_WORDS or not near & _TOTAL_WORDS:
                return False
        return True

    def _sums_are_large(self, index: int) -> bool:
        """Whether the fact gives sums of money and every one is in millions or billions."""
        tokens = self._answer_words(index)
        sums = _sums(tokens)
        return bool(sums) and all(tokens[i + 1 : i + 2] in _LARGE for i in sums)

    def _role_of_another(self, query: Query, index: int) -> bool:
        """Whether «Chi è il presidente della Regione Lombardia?» meets a fact whose every
        president presides over something else («Giovanni Zanetti, presidente di Coldiretti
        Mantova»): the first two words after the role's «di» in the question must follow
        the role in the fact too, within `ROLE_REACH` words. A role the fact writes without
        whose it is («l'allenatore Paolo Trevisan») may be the one asked."""
        tokens = query.folded.split()
        head = _head_noun(query.terms)
        at = _past_portfolio(tokens, tokens.index(head)) if head in tokens else -1
        if at < 0 or at + 1 >= len(tokens) or tokens[at + 1] not in _OF:
            return False
        written = [t for t in tokens[at + 2 :] if t not in stopwords()][:2]
        # Names, and the bodies the news capitalises («la Regione Basilicata»): «la squadra»
        # may be the fact's «Ineos».
        capitals = {fold(w) for w in _CAPITALISED.findall(query.text)}
        whose = [t for t in written if t in query.names or t in capitals]
        term = next((t for t in query.terms if t.word == head), None)
        if not whose or term is None:
            return False
        role = term.sure_keys()
        expand = self.synonyms.word_expansion
        answer = self._answer_words(index)
        held = [i for i, t in enumerate(answer) if not role.isdisjoint(expand(t))]
        if not held:
            # The role is in the title or keywords only («Novara, Chiara Ferrandi è la nuova
            # sindaca»): the fact is another's unless it names whose role is asked.
            return not all(w in answer for w in whose)
        for i in held:
            # «il presidente *provinciale* della Confartigianato»: past what qualifies it
            while answer[i + 1 : i + 2] and answer[i + 1] in _ROLE_QUALIFIERS:
                i += 1
            i = _past_portfolio(answer, i)
            if answer[i + 1 : i + 2] and answer[i + 1] not in _OF:
                return False  # «l'allenatore Paolo Trevisan»: whose role is not said
            # Whose it is: the words after «di» up to the clause's next function word
            # («presidente di Coldiretti Mantova, che chiede alla Regione Lombardia…»).
            near = list(
                takewhile(
                    lambda w: w in _OF or w not in stopwords(),
                    answer[i + 2 : i + 2 + ROLE_REACH],
                )
            )
            # «il presidente del Consorzio, Salvatore Mereu» may leave out the rest of the
            # name, written elsewhere in the fact («Pecorino Romano»).
            # «la direttrice del progetto» answers «… del progetto SIRIO?» in a fact that
            # names SIRIO elsewhere: the same noun of whose role it is.
            if (whose[0] in near or written[0] in near) and all(w in answer for w in whose):
                return False
            # «Il presidente del club, Roberto Degrassi» in the article on the Nautilus
            # Trieste: the news names the body once, then by what it is.
            if (
                near[:1]
                and near[0] in _BODY_NOUNS
                # not «dell'associazione Confartigianato Marca Trevigiana», which says whose
                and (len(near) == 1 or near[1] in FIRST_NAMES)
                and all(self._in_article(t, index) for t in query.terms if t.word in whose)
            ):
                return False
        return True

    def _namesake(self, query: Query, index: int) -> bool:
        """Whether the question's full name («Sara Colombo») meets a fact that writes its
        surname only after another first name («Laura Colombo»): another person."""
        asked = query.folded.split()
        full = {
            surname: first
            for first, surname in pairwise(asked)
            if first in FIRST_NAMES and surname in query.names and surname not in FIRST_NAMES
        }
        if not full:
            return False
        tokens = _written_words(self.facts[index].answer)
        for surname, first in full.items():
            before = {a for a, b in pairwise(tokens) if b == surname}
            if before and first not in before and before <= FIRST_NAMES:
                return True
        return False

    def _another_of_its_kind(self, query: Query, index: int) -> bool:
        """Whether the question asks one of a set of alternatives («mensile», «ridotto»,
        «femminile») that the fact does not name while it names another («annuale»,
        «intero», «maschile»): its figure is of the other one."""
        asked = {_CONTRAST_OF[w] for w in query.folded.split() if w in _CONTRAST_OF}
        if not asked:
            return False
        told = {_CONTRAST_OF[w] for w in self._answer_words(index) if w in _CONTRAST_OF}
        return any(
            family[0] not in {f[0] for f in told} and any(other[1] == family[1] for other in told)
            for family in asked
        )

    def _only_the_one_before(self, query: Query, index: int) -> bool:
        """Whether «Chi … prima di X?» («dopo X», «al posto di X») meets a fact that names no
        one but X: it tells of X, not of who came before or after."""
        if Intent.WHO not in query.intents:
            return False
        them = _the_one_before(query)
        if not them:
            return False
        answer = self.facts[index].answer
        people = {fold(w) for name in person_names(answer) for w in name}
        if not people - them - FIRST_NAMES:
            return True
        # «Il sindaco di Cremona, Paolo Ferrandi, … il prefetto Lucia Moro»: whoever the fact
        # calls by the role asked is X; the others named hold other roles.
        role = _head_noun(query.terms)
        if not asks_a_role(query.folded.split(), role):
            return False
        tokens = _written_words(answer)
        base = lemma(role) or role
        near = {
            tokens[j]
            for i, t in enumerate(tokens)
            if (lemma(t) or t) == base
            for j in range(i + 1, min(len(tokens), i + ROLE_REACH + 2))
        }
        return bool(near) and not (near & people) - them - FIRST_NAMES and bool(near & them)

    def _another_number_of_it(self, query: Query, index: int) -> bool:
        """Whether the question qualifies a word with a number («36 mesi», «400 misti», «4
        stelle») that the fact never writes, while it writes that word with another number:
        it tells another one."""
        asked = query.folded.split()
        pairs = [
            (number, word)
            for number, word in pairwise(asked)
            if number.isdigit() and not YEAR.fullmatch(number) and word.isalpha() and len(word) > 2
        ]
        if not pairs:
            return False
        tokens = self._answer_words(index)
        told = set(pairwise(tokens))
        for number, word in pairs:
            if number in tokens:  # «per gli under 14» of «sotto i 14 anni»: the same one
                continue
            if any(n[0].isdigit() and w == word for n, w in told):
                return True
        return False

    def _names_apart_from_figures(self, query: Query, index: int) -> bool:
        """Whether a name of the question that the fact holds, and its article's title does
        not, stands only in sentences of the fact with no figure: the figures there count
        something else."""
        span = self._article_spans.get(index)
        if span is None or not query.names:
            return False
        first, last = span
        sentences = [words(s) for s in split_sentences(self.facts[index].answer)]
        if len(sentences) < 2:
            return False
        counted = [any(t[0].isdigit() and not YEAR.fullmatch(t) for t in s) for s in sentences]
        for term in query.terms:
            if term.word not in query.names or any(
                first <= about <= last for about in self._articles_holding(term)
            ):
                continue
            holding = [i for i, s in enumerate(sentences) if term.word in s]
            if holding and not any(counted[i] for i in holding):
                return True
        return False

    def _names_someone_else(self, query: Query, index: int) -> bool:
        """Whether the question names someone or something (a capitalised word) that the
        fact does not, and that its article mentions only in passing: not in its title,
        and in at most one fact. The article's own subjects («Palermo» of an article on
        Palermo) are in many facts, and a fact need not repeat them."""
        span = self._article_spans.get(index)
        if span is None or not query.names:
            return False
        first, last = span
        for term in query.terms:
            if term.word not in query.names or self._found(term, index):
                continue
            if self._name_held_in_part(query, term, index):
                continue  # «l'associazione Respiriamo Insieme» of «l'associazione Respiriamo»
            if any(first <= about < last for about in self._articles_holding(term)):
                continue  # in the title: what the whole article is about
            if self._facts_holding(term, first, last) < MENTIONED_OFTEN:
                return True
        return False

    def _name_held_in_part(self, query: Query, term: Term, index: int) -> bool:
        """Whether another word of the name of several words that `term` belongs to in the
        question is in the fact: the fact names it, shorter. (Not enough for a name the
        article never writes in full: «Fontana di Trevi» is not its «Fontana dei Quattro
        Fiumi».)"""
        if any(
            self._found(other, index)
            for parts in query.compound_names
            if term.word in parts
            for other in query.terms
            if other.word in parts and other is not term
        ):
            return True
        # «il Consorzio cooperative pescatori del Polesine», then «il consorzio»: the body's
        # name opens with what it is, and the fact calls it by that.
        asked = query.folded.split()
        at = asked.index(term.word) if term.word in asked else -1
        return any(
            other.word in _BODY_NOUNS
            and other.word in asked[max(0, at - _BODY_NAME_REACH) : max(0, at)]
            and self._found(other, index)
            for other in query.terms
        )

    def _names_unknown_to_article(self, query: Query, index: int) -> bool:
        """Whether the question names someone or something (a capitalised word) that no fact
        of this fact's article mentions: then it asks about what the article does not tell."""
        return bool(self._unknown_names(query, index))


def _ends_a_stretch(tokens: Sequence[str], at: int) -> bool:
    """Whether the word at `at` closes a stretch «da X a Y» (X within three words before
    it) with no figure around it."""
    return (
        at >= 2
        and tokens[at - 1] == "a"
        and "da" in tokens[max(0, at - 4) : at - 1]
        and not any(t[0].isdigit() for t in tokens[max(0, at - 4) : at + 4])
    )


def _only_a_share_of(tokens: Sequence[str], word: str) -> bool:
    """Whether the answer names `word` (a singular thing: «il bottino», «il fatturato»)
    only as what a percentage is taken of: «il 60% del bottino»."""
    at = [i for i, t in enumerate(tokens) if t == word]
    return bool(at) and all(
        i >= 2 and tokens[i - 2] == "percento" and tokens[i - 1] in _OF_ONE for i in at
    )


# Words the news counts one kind of thing by, each for the others: households
# («famiglie», «case», «utenze»), vehicles («450 mezzi» of «quanti veicoli»), local police
# («dodici agenti» of «quanti vigili»), health services («visite ed esami» of «prestazioni»),
# a venue's seats («32.500 posti» of «quanti spettatori»).
_COUNTED_ALIKE = (
    frozenset({"famiglia", "casa", "abitazione", "nucleo", "utenza"}),
    frozenset({"veicolo", "mezzo", "automezzo", "vettura"}),
    frozenset({"vigile", "agente"}),
    frozenset({"prestazione", "visita", "esame"}),
    frozenset({"ragazzo", "studente", "alunno"}),  # «Quanti ragazzi…?» of «38.000 studenti»
    frozenset({"spettatore", "tifoso", "posto"}),  # «Quanti spettatori…?» of «32.500 posti»
)


@lru_cache(maxsize=20_000)
def _counted_alike(asked: str, unit: str) -> bool:
    """Whether `unit`, the word after a figure, counts what `asked` (a dictionary form)
    names: either is the other's synonym in the thesaurus or MultiWordNet, read both ways,
    since each lists only words of one sense («bambino» gives «piccolo», not the reverse)."""
    if unit[0].isdigit():
        return False
    counted = lemma(unit) or unit
    if any(asked in group and counted in group for group in _COUNTED_ALIKE):
        return True  # «Quante case potrà rifornire?» of «il fabbisogno di 700 mila famiglie»
    return counted == asked or any(
        other in source(one)
        for one, other in ((counted, asked), (asked, counted))
        for source in (thesaurus.synonyms, lexicon.synonyms)
    )


def _elliptical_sum(tokens: Sequence[str], at: int) -> bool:
    """Whether «milioni» / «miliardi» at `at` is a sum with its currency left out, as the
    news writes after naming it once: «destinerà 10 milioni alla ricerca», not «1,2 milioni
    di visitatori»."""
    return (
        tokens[at] in ("milioni", "miliardi")
        and at > 0
        and tokens[at - 1][0].isdigit()
        and tokens[at + 1 : at + 2] not in (["di"], ["d"])
    )


def _counted_noun(tokens: list[str]) -> str | None:
    """The word right after «quanti / quante / quanta», when it cannot be a verb form:
    «quanti pendolari» counts commuters though «pendolare» is also a verb; «quanti hanno
    votato» names nothing counted."""
    for i, token in enumerate(tokens[:-1]):
        if token in ("quanti", "quante", "quanta"):
            after = tokens[i + 1]
            return None if _VERB_ENDING.search(after) else after
    return None


def _subject_figure(tokens: list[str], at: int) -> bool:
    """Whether the number at `at` is the figure of its clause's subject, which may open the
    clause from further away: after «sono stati», «erano»…, or a change «da 310 a 428»
    («I negozi di dischi indipendenti in Italia sono passati da 310 nel 2020 a 428»)."""
    if at == 0:
        return False
    before = at - 1  # «sono stati *circa* 650», «erano *poco più di* 300»
    while before > 0 and tokens[before] in _ROUGHLY:
        before -= 1
    if tokens[before] in COPULA:
        return True
    return tokens[at - 1] in ("da", "a") and any(
        stem(t) in _FROM_TO_STEMS for t in tokens[max(0, at - 6) : at - 1]
    )


def _vague(word: str) -> bool:
    """A word that frames what is counted or priced without naming it: «il nuovo campus»,
    «quanto costa *complessivamente*»: an adverb in -mente names no thing."""
    return word in VAGUE or (len(word) > 7 and word.endswith("mente"))


_WHEN_OPENINGS = ("in che ", "in quale ", "entro che ", "entro quale ", "che giorno", "a che ora")


def _opens_with_when(folded: str) -> bool:
    """Whether the question opens by asking when («Quando…», «Da quando…», «Entro che
    giorno…»), not a yes/no with «quando» inside («Cercava comete quando l'ha scoperta?»)."""
    return "quando" in folded.split()[:3] or folded.startswith(_WHEN_OPENINGS)


def _head_noun(terms: Sequence[Term]) -> str:
    """The question's first word that is not an adjective like «ultimo», «nuovo»: in «Chi
    era l'ultimo italiano…?» it is «italiano», and no role is asked."""
    return next((t.word for t in terms if t.word not in VAGUE), terms[0].word)


def _verb_after_quanto(tokens: list[str], word: str) -> bool:
    """Whether `word` follows «quanto» and can be a verb: «Di quanto *sale* l'accisa?»
    asks how much the excise rises, not about salt."""
    at = tokens.index(word) if word in tokens else 0
    return at > 0 and tokens[at - 1] == "quanto" and verb_reading(word, lemma(word)) is not None


def _words_and_clauses(answer: str) -> tuple[list[str], list[int]]:
    """`_written_words`, each with the number of the clause it stands in: a new one at each
    sentence (`split_sentences`: «il dott. Enrico Sala» is one), after «:» or «;», and at
    «dove». A name stands beside the word it names in one clause («Enrico Sala, il
    medico»; «Alcaraz, che si presentava da campione uscente»); «la rotonda Giorgini: una
    società milanese» and «all'ospedale Molinette, dove il marito» name something else."""
    tokens: list[str] = []
    clauses: list[int] = []
    clause = 0
    for sentence in split_sentences(answer):
        clause += 1
        for match in _WORD_OR_STOP.finditer(sentence):
            word = fold(match.group())
            if word in _CLAUSE_STOPS:
                clause += 1
                if word in (":", ";"):
                    continue
            tokens.append(word)
            clauses.append(clause)
    return tokens, clauses


def _written_words(answer: str) -> list[str]:
    """The answer's words as written, folded, hyphens and all («Bio-Verona»): to find which
    words stand beside which, where `words` would have split or dropped some."""
    return [fold(t) for t in _RAW_WORD.findall(answer)]


def _sums(tokens: list[str]) -> list[int]:
    """Where the answer's sums of money are: a number with a currency within three words
    («8,4 milioni di euro»)."""
    return [
        i
        for i, token in enumerate(tokens)
        if token[0].isdigit() and set(tokens[i + 1 : i + 4]) & CURRENCIES
    ]


def _a_measure(tokens: list[str], at: int) -> bool:
    """Whether the number at `at` is a measure («un chilo», «900 grammi», «12 metri»), or
    the start of a range of one («da 500 a 400 grammi»)."""
    if tokens[at + 1 : at + 2] == ["a"] and tokens[at + 2 : at + 3] and tokens[at + 2][0].isdigit():
        at += 2
    unit = tokens[at + 1] if at + 1 < len(tokens) else ""
    return bool({unit, lemma(unit) or unit} & MEASURE_UNITS)


def _measured(tokens: list[str], at: int) -> bool:
    """Whether the number at `at` is a sum, a share, a measure or a length of time («1.330
    euro», «8,4 milioni di euro», «il 30%», «2.400 metri quadrati», «tre anni»)."""
    after = tokens[at + 1 : at + 4]
    if after[:1] and after[0] in _MAGNITUDES and after[1:2] == ["di"]:
        after = after[2:]
    unit = after[0] if after else ""
    return (
        unit in CURRENCIES
        or unit == "percento"
        or bool({unit, lemma(unit) or unit} & (MEASURE_UNITS | TIME_UNITS))
    )


def _question_word_last(tokens: list[str]) -> bool:
    """«Perugia Coppe Italia quante»: keywords first and the question word last, so no
    noun after it says what is counted; every figure answers."""
    asking = [i for i, token in enumerate(tokens) if token in HOW_MANY]
    return asking == [len(tokens) - 1]


def _after_how_called(query: Query) -> list[str]:
    """The words after «come si chiama» in the question (none without it): what is named."""
    named = _ASKS_HOW_CALLED.search(query.folded)
    return query.folded[named.end() :].split() if named else []


def _seasons(text: str) -> set[tuple[str, str]]:
    """Each season, school or financial year a text names, as its two years: «2025/26» and
    «2025-2026» are both («2025», «2026»); the season is told by a date in either."""
    return {
        (first, first[:2] + second[-2:])
        for first, second in _SEASON.findall(text)
        if int(second[-2:]) == (int(first) + 1) % 100  # «2019-2023» is a span, no season
    }


# A finishing place: «arrivata seconda», «si è classificato terzo», «chiude quinto».
_FINISHED_AS = re.compile(
    r"\b(?:arrivat|classificat|piazzat|giunt|finit|chius|arriv|chiud|finisc)[oaie] (\w+)"
)


# «quanto è lungo / alto / profondo?»: told by a length, not by «metri quadrati».
_LENGTH_UNITS = frozenset({"metro", "chilometro", "centimetro", "millimetro", "km"})
_SQUARE_OR_CUBIC = (["quadrati"], ["quadrato"], ["cubi"], ["cubo"])
_PLACE_PREPOSITIONS = frozenset({"in", "a", "da", "di", "del", "della", "nel", "nella"})


# «210 al Policlinico, 165 a Lecce»: how a figure is shared out among places.
_TO_A_PLACE = frozenset(
    {"a", "al", "alla", "allo", "ai", "agli", "all", "in", "nel", "nella", "nello", "nei"}
    | {"negli", "nell", "per"}
)


def _shared_out_to(tokens: list[str], numbers: list[int], names: frozenset[str]) -> bool:
    """Whether a number goes to a place the question names: «I nuovi assunti andranno…:
    210 al Policlinico di Bari, 165 a Lecce» tells «Quanti infermieri arriveranno al
    Policlinico di Bari?», the counted noun said once before the list."""
    return any(
        i + 2 < len(tokens)
        and tokens[i + 1] in _TO_A_PLACE
        and tokens[i + 2] in names
        and not YEAR.fullmatch(tokens[i])
        for i in numbers
    )


def _a_time_or_rank(word: str) -> bool:
    """A year («2024»), a month («settembre») or a rank («ottava»)."""
    return bool(YEAR.fullmatch(word)) or word in ORDINALS or word in MONTH_NAMES


def _times_and_ranks(tokens: list[str], *, first: bool = False) -> list[str]:
    """The years, months and ranks among `tokens`, a rank in one form for any gender and
    number («i primi assunti» are «le prime prese di servizio»). «Secondi» are a time
    («a 8 secondi», «quanti secondi»), the rank «seconda» is not. With `first`, «prima»
    before an event of a series is a rank too («la prima tappa»): not «per la prima
    volta», nor «la prima prova» of an exam whose first the news calls «il tema»."""
    found = []
    for i, t in enumerate(tokens):
        if first and t in _FIRST and tokens[i + 1 : i + 2] and tokens[i + 1] in _IN_A_SERIES:
            found.append("primi")
        elif _a_time_or_rank(t) and t != "secondi":
            found.append(t[:-1] + "i" if t in ORDINALS else t)
    return found


_FIRST = frozenset({"primo", "prima", "primi", "prime"})
# Events of a series, each the n-th: «la terza tappa» is not «la prima tappa».
_IN_A_SERIES = frozenset(
    {"tappa", "tappe", "edizione", "edizioni", "giornata", "giornate", "puntata", "puntate"}
)


def _the_one_before(query: Query) -> set[str]:
    """The name «Chi … prima di X?» («dopo X», «al posto di X») asks about, folded: written
    with capitals, or in lower case as the news writes a name («prima di matteo scilla»)."""
    found = _BEFORE_SOMEONE.search(query.text)
    if found is not None:
        return {fold(w) for w in found.group(1).split()}
    named: set[str] = set()
    for after in _BEFORE.finditer(query.folded):
        for token in query.folded[after.end() :].split()[:3]:
            if token not in query.names:
                break
            named.add(token)
        if named:
            break
    return named
