"""Speed benchmark: the matcher against a naive rapidfuzz scan, on generated news knowledge.

    python benchmarks/speed.py [--sizes 1000 10000 100000] [--queries 300] [--seed 1]
    python benchmarks/speed.py --profile 100000      # cProfile of build and 200 queries

For every size it generates a knowledge base of realistic Italian news facts (one
article per ~20 facts, the first about the article itself, 4-6 alternate questions and a
few keywords per fact, a
vocabulary that grows with size as real news does) plus the shipped
`knowledge/sinonimi.toml` and `knowledge/conversazione.toml` (generated once, in the
parent, and handed over as a pickle, so the measured process holds the knowledge and not
the generator's word lists), and times in a fresh subprocess pinned to one core, for
`bot.matching.Matcher` and for the baseline
(`rapidfuzz.process.extractOne(query, every_question, scorer=WRatio,
processor=default_process)`): build time, per-question latency (median, p95), peak
RSS. At 10,000 facts it also writes the files to a temporary directory and times the
operators' reload path, `load_knowledge(dir)` + `Matcher(...)`. It prints a Markdown
table and one PASS/FAIL line per target. This is a measurement, not a test.
"""

# ruff: noqa: SIM905 - word lists read better as plain text split on spaces
from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import json
import math
import os
import pickle
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.knowledge import load_knowledge, parse_file  # noqa: E402
from bot.models import Article, Fact, Knowledge  # noqa: E402

KNOWLEDGE_DIR = ROOT / "knowledge"
REAL_FILES = ("sinonimi.toml", "conversazione.toml")
FACTS_PER_ARTICLE = 20
WARMUP_QUERIES = 30
PROFILE_QUERIES = 200
LEXICON_WORDS = 150_000

# Targets from issue 3 (and the operators' reload budget).
TARGET_P95_100K_MS = 10.0
TARGET_BUILD_100K_S = 3.0
TARGET_RSS_100K_MB = 300.0
TARGET_SPEEDUP_100K = 50.0
TARGET_P95_1K_MS = 1.0
TARGET_RELOAD_10K_S = 2.0


# ======================================================================================
# Word lists: curated news vocabulary, synthetic proper nouns, and real Italian content
# words from wordfreq, so the vocabulary keeps growing with the number of facts.
# ======================================================================================

REAL_COMPANIES = """Enel Eni Stellantis UniCredit Leonardo Fincantieri Tim Ferrari Pirelli
Mediobanca Generali Snam Terna Saipem Prysmian Campari Luxottica Barilla Ferrero Lavazza
Benetton Autogrill Amazon Google Microsoft Apple Meta Nvidia Intel Samsung Volkswagen Renault
Siemens Airbus Boeing Ryanair Lufthansa Vodafone Iliad Fastweb Edison Hera Acea A2a Iren Italgas
Webuild Unipol Fineco Mediolanum Mps Bper Ubs Bnp Axa Allianz Zalando Netflix Spotify Tesla Byd
Openai Anthropic""".split()
REAL_COMPANIES += [
    "Intesa Sanpaolo",
    "Poste Italiane",
    "Banco Bpm",
    "Ita Airways",
    "Cassa Depositi e Prestiti",
]

COMPANY_ROOTS = """Vel Tecn Mar Sol Nor Ital Gen Agr Med Fin Ter Lum Aqu Sider Elet Ferr Pol
Cart Bio Nav Aer Cos Dat Log Trans Ener Cem Vin Tess Farm Alp Ven Lig Sar Umbr Pad Ber Tor Mil
Nap Orb Cal Dol Zen Quar Rex Vir Sil Cor Pros Alt Stell Mont Riv Val Sab Gran Arc Fal""".split()
COMPANY_MIDS = ("", "", "o", "a", "i", "en", "ar")
COMPANY_ENDS = """ex ix ona ea ica tech gas via sud nova lab net com sys tel mar bit gen flux
tron ora ia iva on ar elia ium esis ado""".split()
COMPANY_FORMS = (
    "{x}",
    "{x}",
    "{x}",
    "Gruppo {s}",
    "{s} Holding",
    "{x} Italia",
    "Banca {c}",
    "{c} Energia",
    "{s} Costruzioni",
    "{x} Logistica",
    "Acciaierie {s}",
    "{x} Pharma",
)

INSTITUTIONS = (
    "la Banca d'Italia",
    "la Bce",
    "la Consob",
    "l'Istat",
    "l'Antitrust",
    "la Commissione europea",
    "il Governo",
    "il ministero dell'Economia",
    "il ministero delle Imprese",
    "il ministero dell'Ambiente",
    "il ministero della Salute",
    "il ministero dei Trasporti",
    "l'Inps",
    "l'Agenzia delle Entrate",
    "la Corte dei conti",
    "il Consiglio di Stato",
    "l'Arera",
    "l'Ivass",
    "la Guardia di Finanza",
    "il Parlamento europeo",
    "la Federal Reserve",
    "la Banca d'Inghilterra",
    "l'Ocse",
    "il Fondo monetario internazionale",
    "Confindustria",
    "l'Anac",
    "il Garante della privacy",
    "l'Agcom",
    "l'Enac",
    "la Protezione civile",
)
INSTITUTION_FORMS = (
    "il Comune di {c}",
    "la Regione {r}",
    "il Tribunale di {c}",
    "l'Università di {c}",
    "la Camera di commercio di {c}",
    "la Procura di {c}",
    "l'Autorità portuale di {c}",
)

FIRST_NAMES = """Marco Giulia Luca Francesca Alessandro Chiara Andrea Sara Matteo Valentina
Lorenzo Elena Davide Martina Simone Federica Stefano Silvia Paolo Laura Giovanni Anna Roberto
Paola Francesco Elisa Antonio Alessia Giuseppe Claudia Fabio Monica Riccardo Roberta Massimo
Barbara Carlo Cristina Pietro Serena Nicola Ilaria Daniele Giorgia Emanuele Beatrice Filippo
Marta Tommaso Veronica Gabriele Irene Vittorio Camilla Enrico Arianna Alberto Caterina Michele
Ludovica Sergio Teresa Franco Rita Mario Alessio Noemi Giacomo Lucia Edoardo Sofia Raffaele
Eleonora Domenico Benedetta Salvatore Angela""".split()
SURNAMES = """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
Conti Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani
Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra
Coppola D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini
Grasso Valentini Messina Sala Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti
Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone
Rossetti Caputo Montanari Guerra Palmieri""".split()
SURNAME_ROOTS = """Bert Ross Bianc Ferr Gall Colomb Ricc Mar Brun Ferrar Fontan Sant Serr Mancin
Lombard Cost Gentil Moret Barbier Rinald Pellegrin Torr Cap Bell Mart Vit Marc Benedett Bald Bon
Cas Corr Cerr Dal Fior Gian Gual Lan Mazz Mon Negr Orl Pal Pass Pier Rob Sav Tag Tom Vacc Zan
Bor Guid Luc Mel Nard Ott Pag Pin Rug Sal Sim Spin Ter Tos Val Zamb Bass Cal Dan Fab Gar Gir Mor
Pist Rom""".split()
SURNAME_MIDS = ("", "", "ell", "ar", "on", "ic", "ett")
SURNAME_ENDS = """ini etti elli oni azzi ucci otti acci one ola ese ari illo uzzi ato esi""".split()

CITIES = """Milano Roma Torino Napoli Genova Bologna Firenze Bari Palermo Catania Venezia Verona
Messina Padova Trieste Brescia Taranto Prato Parma Modena Reggio Perugia Livorno Ravenna
Cagliari Foggia Rimini Salerno Ferrara Sassari Latina Monza Siracusa Pescara Bergamo Forli
Trento Vicenza Terni Bolzano Novara Piacenza Ancona Andria Arezzo Udine Cesena Lecce Pesaro
Barletta Alessandria Spezia Pisa Pistoia Como Lucca Brindisi Treviso Varese Asti Caserta Ragusa
Cremona Cosenza Massa Trapani Potenza Viterbo Crotone Vigevano Carpi Matera Agrigento Avellino
Benevento Caltanissetta Catanzaro Chieti Cuneo Frosinone Grosseto Imperia Isernia Lodi Macerata
Mantova Nuoro Oristano Pavia Pordenone Rieti Rovigo Savona Siena Sondrio Teramo Vercelli Belluno
Biella Campobasso Enna Fermo Gorizia Lecco Aosta Aquila Ascoli Urbino Vibo Gela Marsala Sanremo
Faenza Imola Civitavecchia Fiumicino Pozzuoli Torre Bitonto Molfetta Altamura Londra Parigi
Berlino Madrid Bruxelles Francoforte Amsterdam Vienna Zurigo Ginevra Lisbona Atene Varsavia
Praga Budapest Stoccolma Dublino Seattle Pechino Shanghai Tokyo Seul Dubai Mumbai Singapore
Toronto""".split()
REGIONS = """Piemonte Lombardia Veneto Liguria Toscana Umbria Marche Lazio Abruzzo Molise
Campania Puglia Basilicata Calabria Sicilia Sardegna Friuli Trentino Emilia""".split()
AREAS = ("Nord", "Centro", "Sud", "Mezzogiorno", "Nord-Est")
MONTHS = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
).split()
PRODUCT_ROOTS = """Nexa Orion Vela Astra Lumen Kora Tessa Zefiro Aria Nova Icaro Delta Sigma
Omni Flux Polaris Atlas Vega Cirro Quasar Ermes Giano Titano Fenice Libra Aurora Cobalto Argo
Kairos Lyra""".split()
PRODUCT_ENDS = ("", "", " Pro", " Max", " X", " Plus", "ium", "ex", "on", " Air", " One")

ROLES = (
    "amministratore delegato",
    "presidente",
    "direttore generale",
    "direttore finanziario",
    "responsabile delle operazioni",
    "capo della ricerca",
)
INVEST_VERBS = ("annunciato", "presentato", "approvato", "confermato", "avviato")
GOALS = """ridurre sostenere rafforzare finanziare contenere accelerare rilanciare ampliare
modernizzare potenziare digitalizzare semplificare riconvertire proteggere sviluppare migliorare
completare riorganizzare internazionalizzare raddoppiare""".split()
DECISIONS = (
    "chiudere",
    "vendere",
    "ridimensionare",
    "spostare",
    "sospendere",
    "accorpare",
    "rinviare",
)
CAUSES = (
    "la domanda di {n} è calata del {p} nel {y}",
    "i costi dell'energia sono saliti del {p}",
    "le vendite di {n} sono scese del {p} in un anno",
    "i margini sono scesi sotto il {p}",
    "il mercato della {nf} si è ridotto del {p}",
    "i prezzi delle materie prime sono aumentati del {p}",
)
VIOLATIONS = (
    "abuso di posizione dominante",
    "pratiche commerciali scorrette",
    "pubblicità ingannevole",
    "un presunto cartello sui prezzi",
    "violazioni della privacy",
    "aiuti di Stato non dovuti",
)
PERIODS = (
    "primo trimestre",
    "secondo trimestre",
    "terzo trimestre",
    "primo semestre",
    "2025",
    "2024",
)

_NOUN_SUFFIXES_F = ("zione", "sione", "ità", "enza", "anza", "ura", "ezza")
_NOUN_SUFFIXES_M = ("mento", "ismo", "tore", "aggio")
_ADJ_SUFFIXES = ("ale", "ico", "ivo", "ario", "ante", "ente", "ile", "oso", "ano")
_NOT_CONTENT = frozenset(
    """senza abbastanza durante mente niente gente tante quale presente
nonostante volta piano subito essere""".split()
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Real Italian nouns and adjectives from wordfreq, most frequent first, with Zipf weights."""

    nouns: tuple[str, ...]
    noun_weights: tuple[float, ...]
    adjectives: tuple[str, ...]
    adjective_weights: tuple[float, ...]


def load_lexicon() -> Lexicon:
    """Nouns and adjectives, by suffix, from the most frequent Italian words (wordfreq)."""
    import wordfreq

    nouns: list[str] = []
    adjectives: list[str] = []
    for word in wordfreq.top_n_list("it", LEXICON_WORDS):
        if len(word) < 5 or not re.fullmatch(r"[a-zàèéìòù]+", word) or word in _NOT_CONTENT:
            continue
        if word.endswith(_NOUN_SUFFIXES_F + _NOUN_SUFFIXES_M):
            nouns.append(word)
        elif word.endswith(_ADJ_SUFFIXES) and not word.endswith("mente"):
            adjectives.append(word)
    # Zipf-like sampling over rank: common words recur, the long tail keeps bringing new ones.
    return Lexicon(
        tuple(nouns), _cumulative(len(nouns)), tuple(adjectives), _cumulative(len(adjectives))
    )


def _cumulative(size: int, exponent: float = 0.7) -> tuple[float, ...]:
    total, out = 0.0, []
    for rank in range(1, size + 1):
        total += rank**-exponent
        out.append(total)
    return tuple(out)


# ======================================================================================
# Italian grammar helpers: articles, articulated prepositions, adjective agreement.
# ======================================================================================


def feminine(noun: str) -> bool:
    """Gender by suffix, good enough for generated news sentences."""
    return noun.endswith(_NOUN_SUFFIXES_F) or noun.endswith("a")


def article(noun: str) -> str:
    """The definite article, with elision before a vowel."""
    if noun[0] in "aeiouàèéìòù":
        return "l'"
    if feminine(noun):
        return "la "
    if (
        noun[0] == "z"
        or noun.startswith(("gn", "ps", "x", "y"))
        or (noun[0] == "s" and len(noun) > 1 and noun[1] not in "aeiou")
    ):
        return "lo "
    return "il "


_ARTICULATED = {
    "di": {"il ": "del ", "lo ": "dello ", "l'": "dell'", "la ": "della "},
    "a": {"il ": "al ", "lo ": "allo ", "l'": "all'", "la ": "alla "},
    "su": {"il ": "sul ", "lo ": "sullo ", "l'": "sull'", "la ": "sulla "},
    "da": {"il ": "dal ", "lo ": "dallo ", "l'": "dall'", "la ": "dalla "},
    "in": {"il ": "nel ", "lo ": "nello ", "l'": "nell'", "la ": "nella "},
}


def with_article(preposition: str, noun: str) -> str:
    """Noun with its articulated preposition: «della transizione», «dell'impianto»."""
    return _ARTICULATED[preposition][article(noun)] + noun


def _entity(preposition: str, name: str) -> str:
    """«della Consob», «dell'Istat», «di Enel»: names may carry their article."""
    for plain, joined in _ARTICULATED[preposition].items():
        if name.startswith(plain):
            return joined + name[len(plain) :]
    return f"{preposition} {name}"


def of(name: str) -> str:
    return _entity("di", name)


def by(name: str) -> str:
    return _entity("da", name)


def on(name: str) -> str:
    return _entity("su", name)


def agree(adjective: str, noun: str) -> str:
    """Make an -o adjective feminine for a feminine noun."""
    if feminine(noun) and adjective.endswith("o"):
        return adjective[:-1] + "a"
    return adjective


def strip_accents(text: str) -> str:
    """Drop accents the way a reader typing fast does."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# ======================================================================================
# The generator
# ======================================================================================


class NewsGenerator:
    """Realistic Italian news facts from templates, word lists and a seeded random source."""

    def __init__(self, seed: int, lexicon: Lexicon) -> None:
        self.rng = random.Random(seed)
        self.lex = lexicon

    # -- slot fillers --------------------------------------------------------------------

    def noun(self) -> str:
        return self.rng.choices(self.lex.nouns, cum_weights=self.lex.noun_weights)[0]

    def adjective(self, noun: str) -> str:
        adj = self.rng.choices(self.lex.adjectives, cum_weights=self.lex.adjective_weights)[0]
        return agree(adj, noun)

    def thing(self) -> tuple[str, str]:
        """An object phrase ("la rete di distribuzione regionale") and its head noun."""
        head = self.noun()
        r = self.rng.random()
        if r < 0.4:
            return f"{article(head)}{head} {self.adjective(head)}", head
        if r < 0.8:
            other = self.noun()
            return f"{article(head)}{head} {with_article('di', other)}", head
        return f"{article(head)}{head}", head

    def surname(self) -> str:
        if self.rng.random() < 0.35:
            return self.rng.choice(SURNAMES)
        return (
            self.rng.choice(SURNAME_ROOTS)
            + self.rng.choice(SURNAME_MIDS)
            + self.rng.choice(SURNAME_ENDS)
        )

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.surname()}"

    def city(self) -> str:
        return self.rng.choice(CITIES)

    def company(self) -> str:
        if self.rng.random() < 0.25:
            return self.rng.choice(REAL_COMPANIES)
        name = (
            self.rng.choice(COMPANY_ROOTS)
            + self.rng.choice(COMPANY_MIDS)
            + self.rng.choice(COMPANY_ENDS)
        )
        form = self.rng.choice(COMPANY_FORMS)
        return form.format(x=name, s=self.surname(), c=self.city())

    def institution(self) -> str:
        if self.rng.random() < 0.5:
            return self.rng.choice(INSTITUTIONS)
        form = self.rng.choice(INSTITUTION_FORMS)
        return form.format(c=self.city(), r=self.rng.choice(REGIONS))

    def product(self) -> str:
        base = self.rng.choice(PRODUCT_ROOTS) + self.rng.choice(PRODUCT_ENDS)
        return base + (f" {self.rng.randint(2, 9)}" if self.rng.random() < 0.4 else "")

    def percent(self) -> str:
        whole = self.rng.randint(0, 30)
        return f"{whole},{self.rng.randint(0, 99):02d}%" if self.rng.random() < 0.6 else f"{whole}%"

    def amount(self) -> str:
        unit = self.rng.choice(("milioni", "milioni", "miliardi"))
        value = self.rng.choice(
            (str(self.rng.randint(2, 900)), f"{self.rng.randint(1, 99)},{self.rng.randint(1, 9)}")
        )
        currency = self.rng.choice(("euro", "euro", "euro", "dollari"))
        return f"{value} {unit} di {currency}"

    def year(self) -> int:
        return self.rng.randint(2019, 2027)

    def date(self) -> str:
        return f"{self.rng.randint(1, 28)} {self.rng.choice(MONTHS)} {self.rng.randint(2025, 2027)}"

    def count(self) -> str:
        value = self.rng.choice(
            (self.rng.randint(20, 950), self.rng.randint(1, 15) * 100, self.rng.randint(1000, 9000))
        )
        return f"{value:,}".replace(",", ".")

    # -- facts -----------------------------------------------------------------------------

    def fact(self, subject: str, city: str) -> tuple[str, list[str], list[str]]:
        """One fact about the article's subject: answer, 6 candidate questions, keywords."""
        return self.rng.choice(_TEMPLATES)(self, subject, city)

    def article_facts(self, number: int, size: int) -> tuple[Article, list[Fact]]:
        """One article with `size` facts sharing a subject and a city, like a real piece."""
        rng = self.rng
        subject = self.company() if rng.random() < 0.7 else self.institution()
        city = self.city()
        headline, _, _ = self.fact(subject, city)
        published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 500))
        art = Article(
            f"articolo-{number:05d}",
            headline[:280],
            self.person(),
            published,
            f"generato/{number:05d}.txt",
        )
        # Every article has a fact about itself, as `newsbot derive` writes it.
        day = f"{published.day} {MONTH_NAMES[published.month - 1]} {published.year}"
        facts = [
            Fact(
                f"a{number:05d}-articolo",
                f"L'articolo «{art.title}» è di {art.author}, è uscito il {day} e si legge "
                f"in circa 3 minuti. Parla {of(subject)} a {city}.",
                ARTICLE_QUESTIONS,
                ("autore", "data", "articolo", subject, city),
                art,
            )
        ]
        for index in range(size - 1):
            # Most facts are about the article's subject; some about others it mentions.
            who = (
                subject
                if rng.random() < 0.7
                else (self.company() if rng.random() < 0.6 else self.institution())
            )
            answer, questions, keywords = self.fact(
                who, city if rng.random() < 0.5 else self.city()
            )
            chosen = rng.sample(questions, rng.randint(4, min(6, len(questions))))
            facts.append(
                Fact(f"a{number:05d}-f{index:02d}", answer, tuple(chosen), tuple(keywords), art)
            )
        return art, facts


MONTH_NAMES = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
).split()
ARTICLE_QUESTIONS = (
    "Chi ha scritto l'articolo?",
    "Chi è l'autore?",
    "Quando è uscito l'articolo?",
    "Di cosa parla l'articolo?",
    "Qual è il titolo?",
)
# What readers ask of an article itself, naming its subject.
ARTICLE_ASKED = (
    "Chi ha scritto l'articolo {on} a {c}?",
    "chi firma il pezzo {on}",
    "Quando è uscito l'articolo {on} a {c}?",
    "autore articolo {s} {c}",
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _t_investment(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    thing, head = g.thing()
    amount, goal = g.amount(), g.rng.choice(GOALS)
    verb = g.rng.choice(INVEST_VERBS)
    answer = f"{_cap(s)} ha {verb} un investimento di {amount} per {goal} {thing} a {c}."
    questions = [
        f"Quanto investe {s}?",
        f"A quanto ammonta l'investimento {of(s)} a {c}?",
        f"Quanti soldi mette {s} per {head}?",
        f"{s} investimento {c}",
        f"Perché {s} investe a {c}?",
        f"Cosa vuole {goal} {s} con il nuovo investimento?",
    ]
    return answer, questions, ["investimento", amount, c, head]


def _t_rate(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    inst = s if s[0].islower() else g.institution()
    noun = g.noun()
    rate, step, year = g.percent(), g.rng.choice(("0,25", "0,5", "0,75", "un quarto di")), g.year()
    up = g.rng.random() < 0.5
    move, level = ("in rialzo", "alto") if up else ("in calo", "basso")
    answer = (
        f"{_cap(inst)} ha portato il tasso sui prestiti per {noun} al {rate}, "
        f"{move} di {step} punti, il livello più {level} dal {year}."
    )
    questions = [
        f"A quanto è il tasso sui prestiti per {noun}?",
        f"Di quanto ha {'alzato' if up else 'tagliato'} i tassi {inst}?",
        f"Qual è il nuovo tasso deciso {by(inst)}?",
        f"tasso {noun} {inst}",
        f"Da quando il tasso non era così {'alto' if up else 'basso'}?",
        f"{inst} ha {'alzato' if up else 'abbassato'} i tassi?",
    ]
    return answer, questions, ["tasso", rate, noun, "prestiti"]


def _t_agreement(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    other, date = g.company(), g.date()
    noun = g.noun()
    topic = f"{noun} {g.adjective(noun)}"
    answer = (
        f"L'accordo tra {s} e {other} {with_article('su', topic)} sarà firmato il {date} a {c}."
    )
    questions = [
        f"Quando viene firmato l'accordo tra {s} e {other}?",
        f"In che data si firma l'intesa {with_article('su', noun)}?",
        f"Dove sarà firmato l'accordo tra {s} e {other}?",
        f"accordo {s} {other}",
        f"Con chi firma {s}?",
        f"Di cosa parla l'accordo tra {s} e {other}?",
    ]
    return answer, questions, ["accordo", other, date, noun]


def _t_leader(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    person, previous, origin = g.person(), g.person(), g.company()
    role = g.rng.choice(ROLES)
    answer = (
        f"Il nuovo {role} {of(s)} sarà {person}, finora alla guida di {origin}, "
        f"che prende il posto di {previous} dal {g.date()}."
    )
    questions = [
        f"Chi guida {s}?",
        f"Chi è il nuovo {role} {of(s)}?",
        f"Chi sostituisce {previous}?",
        f"nuovo {role} {s}",
        f"Da dove arriva {person}?",
        f"Chi lascia la carica di {role}?",
    ]
    return answer, questions, [role, person, previous, "nomina"]


def _t_reason(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    decision = g.rng.choice(DECISIONS)
    thing, head = g.thing()
    noun = g.noun()
    cause = g.rng.choice(CAUSES).format(n=noun, nf=noun, p=g.percent(), y=g.year())
    answer = f"{_cap(s)} ha deciso di {decision} {thing} di {c} perché {cause}."
    questions = [
        f"Perché {s} ha deciso di {decision} {head}?",
        f"Come mai {s} vuole {decision} {thing}?",
        f"Per quale motivo {s} lascia {c}?",
        f"motivo {decision} {head} {s}",
        f"Cosa farà {s} a {c}?",
        f"{s} {decision} {head} {c}",
    ]
    return answer, questions, [decision, head, c, noun]


def _t_jobs(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    n, year, noun = g.count(), g.year() + 1, g.noun()
    answer = (
        f"Il piano {of(s)} prevede {n} nuove assunzioni a {c} entro il {year}, "
        f"soprattutto nel settore {with_article('di', noun)}."
    )
    questions = [
        f"Quante persone assume {s}?",
        f"Quanti posti di lavoro crea {s} a {c}?",
        f"Entro quando assume {s}?",
        f"assunzioni {s} {c}",
        f"In quale settore assume {s}?",
        f"{s} cerca personale a {c}?",
    ]
    return answer, questions, ["assunzioni", n, c, noun, "lavoro"]


def _t_product(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    s = s if s[0].isupper() else g.company()
    product, noun = g.product(), g.noun()
    thing, head = g.thing()
    answer = (
        f"{product} è il nuovo {noun} {g.adjective(noun)} {of(s)}, progettato a {c} "
        f"per {g.rng.choice(GOALS)} {thing}; arriverà sul mercato a {g.rng.choice(MONTHS)}."
    )
    questions = [
        f"Cosa è {product}?",
        f"Che cos'è {product}?",
        f"A cosa serve {product}?",
        product,
        f"Chi produce {product}?",
        f"Quando esce {product}?",
    ]
    return answer, questions, [product, noun, head]


def _t_plant(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    s = s if s[0].isupper() else g.company()
    region, n = g.rng.choice(REGIONS), g.count()
    month, year = g.rng.choice(MONTHS), g.year() + 1
    noun = g.noun()
    answer = (
        f"{_cap(s)} aprirà un nuovo stabilimento per la produzione {with_article('di', noun)} "
        f"a {c}, "
        f"in {region}, su un'area di {n} metri quadrati, entro {month} {year}."
    )
    questions = [
        f"Dove apre lo stabilimento {s}?",
        f"In quale città apre {s}?",
        f"Quanto è grande il nuovo stabilimento {of(s)}?",
        f"stabilimento {s} {c}",
        f"Quando apre la fabbrica {of(s)} a {c}?",
        f"Cosa produrrà lo stabilimento di {c}?",
    ]
    return answer, questions, ["stabilimento", c, region, noun, "fabbrica"]


def _t_results(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    s = s if s[0].isupper() else g.company()
    period, revenue, profit, pct = g.rng.choice(PERIODS), g.amount(), g.amount(), g.percent()
    up = g.rng.random() < 0.6
    answer = (
        f"Nel {period} {s} ha registrato ricavi per {revenue}, in {'crescita' if up else 'calo'} "
        f"del {pct} rispetto a un anno prima, e un utile netto di {profit}."
    )
    questions = [
        f"Quanto ha fatturato {s}?",
        f"Di quanto sono {'cresciuti' if up else 'calati'} i ricavi {of(s)}?",
        f"Qual è l'utile {of(s)}?",
        f"ricavi {s} {period}",
        f"conti {s} {period}",
        f"{s} ha chiuso il {period} in utile?",
    ]
    return answer, questions, ["ricavi", "utile", revenue, period]


def _t_probe(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    inst = g.institution() if s[0].isupper() else s
    target = s if s[0].isupper() else g.company()
    violation, noun, pct = g.rng.choice(VIOLATIONS), g.noun(), g.percent()
    answer = (
        f"{_cap(inst)} ha avviato un'indagine {on(target)} per {violation} nel mercato "
        f"{with_article('di', noun)}; la sanzione può arrivare al {pct} del fatturato."
    )
    questions = [
        f"Perché {inst} indaga {on(target)}?",
        f"Chi indaga {on(target)}?",
        f"Quanto rischia {target}?",
        f"indagine {target} {noun}",
        f"Di cosa è accusata {target}?",
        f"{target} rischia una multa?",
    ]
    return answer, questions, ["indagine", target, violation, "multa", "sanzione"]


def _t_strike(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    hours, date, noun = g.rng.choice((4, 8, 24, 48)), g.date(), g.noun()
    answer = (
        f"I sindacati hanno proclamato uno sciopero di {hours} ore nelle sedi {of(s)} a {c} "
        f"per il {date}, contro il nuovo piano {with_article('di', noun)}."
    )
    questions = [
        f"Quando è lo sciopero {by(s)}?",
        f"Perché scioperano i lavoratori {of(s)}?",
        f"Quanto dura lo sciopero a {c}?",
        f"sciopero {s}",
        "Chi ha proclamato lo sciopero?",
        f"C'è uno sciopero a {c}?",
    ]
    return answer, questions, ["sciopero", "sindacati", date, c]


def _t_funds(g: NewsGenerator, s: str, c: str) -> tuple[str, list[str], list[str]]:
    inst = s if s[0].islower() else g.institution()
    amount, goal, date = g.amount(), g.rng.choice(GOALS), g.date()
    thing, head = g.thing()
    area = g.rng.choice(AREAS)
    answer = (
        f"{_cap(inst)} ha stanziato {amount} per {goal} {thing} nelle regioni del {area}, "
        f"con bandi aperti fino al {date}."
    )
    questions = [
        f"Quanti fondi ha stanziato {inst}?",
        f"Fino a quando sono aperti i bandi per {head}?",
        f"A cosa servono i fondi {of(inst)}?",
        f"fondi {head} {area}",
        f"Chi ha stanziato {amount}?",
        f"Come si partecipa al bando {with_article('di', head)}?",
    ]
    return answer, questions, ["fondi", "bando", amount, head, area]


_TEMPLATES: tuple[Callable[[NewsGenerator, str, str], tuple[str, list[str], list[str]]], ...] = (
    _t_investment, _t_rate, _t_agreement, _t_leader, _t_reason, _t_jobs,
    _t_product, _t_plant, _t_results, _t_probe, _t_strike, _t_funds,
)  # fmt: skip


def real_parts() -> tuple[list[Fact], tuple[tuple[str, ...], ...]]:
    """The shipped small talk and synonyms, parsed by the project's own loader."""
    talk = [fact for fact, _ in parse_file(KNOWLEDGE_DIR / "conversazione.toml").facts]
    synonyms = parse_file(KNOWLEDGE_DIR / "sinonimi.toml").synonyms
    return talk, synonyms


def generate_knowledge(size: int, seed: int, lexicon: Lexicon | None = None) -> Knowledge:
    """`size` generated news facts plus the real small talk and synonyms, in memory."""
    gen = NewsGenerator(seed, lexicon or load_lexicon())
    articles: list[Article] = []
    facts: list[Fact] = []
    number = 0
    while len(facts) < size:
        count = min(FACTS_PER_ARTICLE, size - len(facts))
        art, new = gen.article_facts(number, count)
        articles.append(art)
        facts.extend(new)
        number += 1
    talk, synonyms = real_parts()
    return Knowledge(tuple(articles), tuple(facts + talk), synonyms)


def vocabulary_size(knowledge: Knowledge) -> int:
    """Distinct folded words over answers, questions and keywords: does it grow with size?"""
    seen: set[str] = set()
    pattern = re.compile(r"[^\W\d_]+")
    for fact in knowledge.facts:
        for text in (fact.answer, *fact.questions, *fact.keywords):
            seen.update(pattern.findall(text.casefold()))
    return len(seen)


# ======================================================================================
# Queries: reworded fact questions, keyword-only, out of scope. Same list for both.
# ======================================================================================

CHAT = (
    ("perché", "xke"),
    ("perche", "xké"),
    ("che", "ke"),
    ("quanto", "qnt"),
    ("quanti", "qnti"),
    ("quando", "qnd"),
    ("non", "nn"),
    ("per", "x"),
    ("come mai", "cm mai"),
)
OUT_OF_SCOPE = (
    "prezzo delle azioni {co} oggi",
    "che tempo fa domani a {c}?",
    "chi ha vinto la partita ieri sera?",
    "ricetta della carbonara",
    "quanti anni ha il papa?",
    "risultati della serie A",
    "orari dei treni per {c}",
    "come si cura il raffreddore?",
    "quando esce il nuovo film di Marvel?",
    "chi ha vinto Sanremo?",
    "previsioni meteo per il weekend a {c}",
    "quanto costa la benzina oggi?",
    "chi è il più forte tennista del mondo?",
    "che ore sono a Tokyo?",
    "come si fa il tiramisù",
    "dove vedere la Champions in streaming",
    "quanto pesa un elefante?",
    "migliori ristoranti a {c}",
    "{co} sta assumendo a {c}? lavora con noi",
    "classifica del Giro d'Italia",
    "chi canta questa canzone",
    "numero di telefono della farmacia di turno",
    "oroscopo di oggi per l'ariete",
    "come si dice ciao in giapponese?",
    "qual è la capitale dell'Australia?",
)


def _typo(word: str, rng: random.Random) -> str:
    """Swap two neighbouring letters or drop one, as a thumb on a phone does."""
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 2)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i + 1 :]


def reword(question: str, rng: random.Random) -> str:
    """A reader's version of a fact question: dropped words, typos, no accents, chat spelling."""
    text = question.rstrip("?").lower() if rng.random() < 0.6 else question
    tokens = text.split()
    if len(tokens) > 3 and rng.random() < 0.5:
        del tokens[rng.randint(1, len(tokens) - 1)]
    if rng.random() < 0.5:
        i = rng.randrange(len(tokens))
        tokens[i] = _typo(tokens[i], rng)
    text = " ".join(tokens)
    if rng.random() < 0.4:
        text = strip_accents(text)
    if rng.random() < 0.35:
        for word, chat in CHAT:
            text = re.sub(rf"(?i)\b{word}\b", chat, text)
    return text or question


@dataclass(frozen=True, slots=True)
class Query:
    """A benchmark question and what it is about (a fact id, or None when out of scope)."""

    text: str
    kind: str  # "reworded" | "article" | "keywords" | "out"
    fact_id: str | None


def make_queries(knowledge: Knowledge, count: int, seed: int) -> list[Query]:
    """50% reworded fact questions, 5% about an article itself, 20% keyword-only, 25% out
    of scope, interleaved."""
    rng = random.Random(seed * 7919 + len(knowledge.facts))
    news = [f for f in knowledge.facts if f.article is not None and "-articolo" not in f.id]
    about = [f for f in knowledge.facts if f.article is not None and "-articolo" in f.id]
    companies = [w for f in news[:2000] for w in re.findall(r"\b[A-Z][a-z]{3,}\b", f.answer)][
        :500
    ] or ["Amazon"]
    queries = []
    for number in range(count):
        roll = (number * 0.618034) % 1.0  # evenly spread kinds, so any prefix keeps the mix
        if roll < 0.50:
            fact = rng.choice(news)
            queries.append(Query(reword(rng.choice(fact.questions), rng), "reworded", fact.id))
        elif roll < 0.55 and about:
            fact = rng.choice(about)
            subject, city = fact.keywords[3:5]
            text = rng.choice(ARTICLE_ASKED).format(s=subject, on=on(subject), c=city)
            queries.append(Query(text, "article", fact.id))
        elif roll < 0.75:
            fact = rng.choice(news)
            picked = rng.sample(fact.keywords, min(len(fact.keywords), rng.choice((1, 2, 2))))
            text = " ".join(picked)
            queries.append(Query(text.lower() if rng.random() < 0.5 else text, "keywords", fact.id))
        else:
            template = rng.choice(OUT_OF_SCOPE)
            queries.append(
                Query(template.format(co=rng.choice(companies), c=rng.choice(CITIES)), "out", None)
            )
    return queries


# ======================================================================================
# Children: each size x engine is measured in a fresh process pinned to one core.
# ======================================================================================


def pin_one_core() -> bool:
    """Run single-threaded on core 0 when the OS allows it."""
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {0})
            return True
        except OSError:
            return False
    return False


def peak_rss_mb() -> float:
    """Peak resident set size of this process (KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """Resident set size now (Linux), or the peak where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1))
    return ordered[rank]


class Engine:
    """What a child times: something built from a `Knowledge` that answers a string."""

    def __init__(self, knowledge: Knowledge) -> None:
        raise NotImplementedError

    def answer(self, question: str) -> tuple[str | None, str]:
        """(fact id or None, kind) for the sanity figures."""
        raise NotImplementedError


class MatcherEngine(Engine):
    """This project's matcher."""

    def __init__(self, knowledge: Knowledge) -> None:
        from bot.matching import Matcher

        self.matcher = Matcher(knowledge)

    def answer(self, question: str) -> tuple[str | None, str]:
        result = self.matcher.match(question)
        return (result.fact.id if result.fact else None), str(result.kind)


class BaselineEngine(Engine):
    """The naive scan: WRatio on every alternate question of every fact."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.strings = [q for f in knowledge.facts for q in f.questions]
        self.owners = [f.id for f in knowledge.facts for _ in f.questions]

    def answer(self, question: str) -> tuple[str | None, str]:
        from rapidfuzz import fuzz, process, utils

        hit = process.extractOne(
            question, self.strings, scorer=fuzz.WRatio, processor=utils.default_process
        )
        return (self.owners[hit[2]], "fact") if hit else (None, "none")


ENGINES: dict[str, type[Engine]] = {"matcher": MatcherEngine, "baseline": BaselineEngine}


def workload_path(size: int, queries: int, seed: int, parent: int | None = None) -> Path:
    """Where the parent (this process, or `parent` in a child) leaves a generated knowledge
    base and its queries for the children; one file per run, so runs never collide."""
    name = f"newsbot-speed-{parent or os.getpid()}-{size}-{queries}-{seed}.pickle"
    return Path(tempfile.gettempdir()) / name


def write_workload(size: int, queries: int, seed: int) -> None:
    """Generate the knowledge and the queries once, here, so that the measured process holds
    what the bot holds (the knowledge), not the generator and its word lists."""
    knowledge = generate_knowledge(size, seed)
    workload = (
        knowledge,
        make_queries(knowledge, queries, seed),
        make_queries(knowledge, WARMUP_QUERIES, seed + 1000),
    )
    with workload_path(size, queries, seed).open("wb") as stream:
        pickle.dump(workload, stream, protocol=pickle.HIGHEST_PROTOCOL)


def child_measure(
    engine_name: str, size: int, queries: int, seed: int, limit: int
) -> dict[str, Any]:
    """Load the generated workload, build, time every query; report JSON-able figures."""
    pinned = pin_one_core()
    started = time.perf_counter()
    with workload_path(size, queries, seed, os.getppid()).open("rb") as stream:
        knowledge, questions, warmup = pickle.load(stream)
    generated = time.perf_counter() - started
    if limit and len(questions) > limit:
        questions = questions[:limit]
    rss_knowledge = current_rss_mb()
    gc.collect()
    started = time.perf_counter()
    engine = ENGINES[engine_name](knowledge)
    build = time.perf_counter() - started
    started = time.perf_counter()
    engine.answer(warmup[0].text)
    first = time.perf_counter() - started
    for query in warmup[1:]:
        engine.answer(query.text)
    latencies, right, abstained = [], 0, 0
    for query in questions:
        started = time.perf_counter()
        fact_id, kind = engine.answer(query.text)
        latencies.append(time.perf_counter() - started)
        if query.fact_id is not None:
            right += fact_id == query.fact_id
        else:
            abstained += kind == "none"
    in_scope = sum(q.fact_id is not None for q in questions)
    return {
        "engine": engine_name,
        "size": size,
        "facts": len(knowledge.facts),
        "strings": sum(len(f.questions) for f in knowledge.facts),
        "vocabulary": vocabulary_size(knowledge),
        "generate_s": generated,
        "build_s": build,
        "first_ms": first * 1000,
        "queries": len(latencies),
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": percentile(latencies, 0.95) * 1000,
        "max_ms": max(latencies) * 1000,
        "rss_knowledge_mb": rss_knowledge,
        "peak_rss_mb": peak_rss_mb(),
        "in_scope": in_scope,
        "right": right,
        "out": len(latencies) - in_scope,
        "abstained": abstained,
        "pinned": pinned,
    }


def _toml(value: object) -> str:
    """TOML for the few value types a knowledge file holds (JSON strings are TOML strings)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value))


def write_knowledge(knowledge: Knowledge, directory: Path) -> int:
    """Write one TOML file per article, plus the real synonyms and small talk; total bytes."""
    by_article: dict[str, list[Fact]] = {}
    for fact in knowledge.facts:
        if fact.article is not None:
            by_article.setdefault(fact.article.id, []).append(fact)
    total = 0
    for art in knowledge.articles:
        lines = [
            "[article]",
            f"id = {_toml(art.id)}",
            f"title = {_toml(art.title)}",
            f"author = {_toml(art.author)}",
            f"published = {_toml(art.published)}",
            f"source = {_toml(art.source)}",
        ]
        for fact in by_article[art.id]:
            lines += [
                "",
                "[[facts]]",
                f"id = {_toml(fact.id)}",
                f"answer = {_toml(fact.answer)}",
                f"questions = {_toml(fact.questions)}",
                f"keywords = {_toml(fact.keywords)}",
            ]
        text = "\n".join(lines) + "\n"
        (directory / f"{art.id}.toml").write_text(text, "utf-8")
        total += len(text.encode())
    for name in REAL_FILES:
        data = (KNOWLEDGE_DIR / name).read_bytes()
        (directory / name).write_bytes(data)
        total += len(data)
    return total


def child_reload(size: int, seed: int) -> dict[str, Any]:
    """Time the operators' path: the first load (`KnowledgeHolder`), then hot reloads after
    one article file is edited (what the watcher and /ricarica do), then a full rebuild."""
    from bot.matching import Matcher
    from bot.reload import KnowledgeHolder

    pin_one_core()
    knowledge = generate_knowledge(size, seed)
    with tempfile.TemporaryDirectory(prefix="newsbot-speed-") as tmp:
        directory = Path(tmp)
        written = write_knowledge(knowledge, directory)
        files = sorted(directory.glob("*.toml"))
        del knowledge
        gc.collect()
        started = time.perf_counter()
        holder = KnowledgeHolder([directory])
        holder.matcher.match("quanto investe?")
        cold = time.perf_counter() - started
        runs = []
        for attempt in range(3):  # an operator edits one article file, the bot reloads
            edited = next(f for f in files if f.name not in ("sinonimi.toml", "conversazione.toml"))
            text = edited.read_text(encoding="utf-8")
            edited.write_text(text.replace('answer = "', f'answer = "({attempt}) ', 1), "utf-8")
            started = time.perf_counter()
            result = holder.reload()
            holder.matcher.match("quanto investe?")
            runs.append((result.seconds, time.perf_counter() - started))
            assert result.ok, result.problems
        started = time.perf_counter()
        loaded = load_knowledge(directory)
        parsed = time.perf_counter() - started
        Matcher(loaded).match("quanto investe?")
        full = time.perf_counter() - started
    return {
        "size": size,
        "files": len(files),
        "megabytes": written / 1e6,
        "cold_load_s": parsed,
        "cold_total_s": cold,
        "full_total_s": full,
        "hot_load_s": statistics.median(r[0] for r in runs),
        "hot_total_s": statistics.median(r[1] for r in runs),
        "hot_worst_s": max(r[1] for r in runs),
        "peak_rss_mb": peak_rss_mb(),
    }


def code_version() -> str:
    """The commit and a digest of bot/*.py as measured, since the matcher changes often."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "bot").glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%h %cs"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "bot"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        head, dirty = "unknown commit", ""
    state = "with uncommitted changes in bot/" if dirty else "bot/ as committed"
    return f"{head}, {state}, bot/*.py sha256 {digest.hexdigest()[:12]}"


def run_child(arguments: list[str]) -> dict[str, Any]:
    """Re-run this script with `--child` in a fresh interpreter; read its JSON line."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *arguments]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"child failed: {' '.join(arguments)}")
    data: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return data


# ======================================================================================
# Report
# ======================================================================================


def _verdict(ok: bool | None) -> str:
    return "SKIP" if ok is None else "PASS" if ok else "FAIL"


def _table(header: Sequence[str], align: str, rows: Sequence[Sequence[object]]) -> list[str]:
    """A Markdown table; `align` has one letter per column, l or r."""
    rule = "|" + "|".join("---" if a == "l" else "---:" for a in align) + "|"
    lines = ["| " + " | ".join(header) + " |", rule]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def report(results: dict[tuple[int, str], dict[str, Any]], reload: dict[str, Any] | None) -> str:
    """The Markdown tables and one PASS/FAIL line per target."""
    sizes = sorted({size for size, _ in results})
    rows, notes = [], []
    for size in sizes:
        m, b = results[(size, "matcher")], results[(size, "baseline")]
        rows.append(
            (
                f"{size:,}",
                f"{b['strings']:,}",
                f"{m['vocabulary']:,}",
                f"{m['p50_ms']:.2f}",
                f"{b['p50_ms']:.2f}",
                f"{m['p95_ms']:.2f}",
                f"{b['p95_ms']:.2f}",
                f"{b['p95_ms'] / m['p95_ms']:.0f}×",
                f"{m['build_s']:.2f}",
                f"{b['build_s']:.3f}",
                f"{m['peak_rss_mb']:.0f}",
                f"{b['peak_rss_mb']:.0f}",
            )
        )
        if b["queries"] != m["queries"]:
            notes.append(
                f"- {size:,} facts: baseline timed on the first {b['queries']} of the "
                f"{m['queries']} queries (same mix, same order)."
            )
    out = _table(
        (
            "facts", "question strings", "distinct words", "p50 ms newsbot", "p50 ms baseline",
            "p95 ms newsbot", "p95 ms baseline", "speed-up (p95)", "build s newsbot",
            "build s baseline", "peak RSS MB newsbot", "peak RSS MB baseline",
        ),
        "rrrrrrrrrrrr",
        rows,
    )  # fmt: skip
    if notes:
        out += ["", *notes]
    details = [
        (
            f"{size:,}",
            "newsbot" if name == "matcher" else "baseline",
            r["queries"],
            f"{r['first_ms']:.1f}",
            f"{r['max_ms']:.1f}",
            f"{r['rss_knowledge_mb']:.0f}",
            f"{r['generate_s']:.1f}",
            f"{r['right']}/{r['in_scope']}",
            f"{r['abstained']}/{r['out']}",
        )
        for size in sizes
        for name in ("matcher", "baseline")
        for r in (results[(size, name)],)
    ]
    out += ["", *_table(
        (
            "facts", "engine", "queries timed", "first query ms (cold)", "max ms",
            "RSS with knowledge only MB", "load s", "sanity: right fact (in scope)",
            "sanity: abstained (out of scope)",
        ),
        "rlrrrrrrr",
        details,
    )]  # fmt: skip
    out += [
        "",
        "Sanity columns are on generated data only (not the quality figures of `newsbot eval`); "
        "the baseline never abstains. RSS is the whole process (interpreter, knowledge, engine).",
    ]
    if reload:
        out += [
            "",
            f"Reload at {reload['size']:,} facts ({reload['files']} TOML files, "
            f"{reload['megabytes']:.1f} MB): first load in a fresh process "
            f"{reload['cold_total_s']:.2f} s; hot reload after one article file is edited "
            f"{reload['hot_total_s']:.2f} s (median of 3, worst {reload['hot_worst_s']:.2f} s); "
            f"full rebuild with nothing reused {reload['full_total_s']:.2f} s "
            f"(load_knowledge {reload['cold_load_s']:.2f} s); "
            f"peak RSS {reload['peak_rss_mb']:.0f} MB.",
        ]
    out += ["", "Targets:"]
    out += [f"- {_verdict(ok)} {text}" for ok, text in targets(results, reload)]
    return "\n".join(out)


def targets(
    results: dict[tuple[int, str], dict[str, Any]], reload: dict[str, Any] | None
) -> list[tuple[bool | None, str]]:
    """Each target of issue 3 with its verdict (None when its size was not run)."""
    found: list[tuple[bool | None, str]] = []
    big, base = results.get((100_000, "matcher")), results.get((100_000, "baseline"))
    if big and base:
        p95, build, rss = big["p95_ms"], big["build_s"], big["peak_rss_mb"]
        speedup = base["p95_ms"] / p95
        found += [
            (p95 <= TARGET_P95_100K_MS, f"100,000 facts: p95 {p95:.2f} ms ≤ 10 ms"),
            (build <= TARGET_BUILD_100K_S, f"100,000 facts: build {build:.2f} s ≤ 3 s"),
            (rss <= TARGET_RSS_100K_MB, f"100,000 facts: peak RSS {rss:.0f} MB ≤ 300 MB"),
            (speedup >= TARGET_SPEEDUP_100K, f"100,000 facts: {speedup:.0f}× faster at p95 ≥ 50×"),
        ]
    else:
        found.append((None, "100,000 facts: p95, build, RSS, speed-up (size not run)"))
    small = results.get((1000, "matcher"))
    if small:
        p95 = small["p95_ms"]
        found.append(
            (p95 <= TARGET_P95_1K_MS, f"1,000 facts: p95 {p95:.2f} ms ≤ {TARGET_P95_1K_MS:g} ms")
        )
    else:
        found.append((None, "1,000 facts: p95 (size not run)"))
    if reload:
        size = f"{reload['size']:,} facts:"
        hot, full = reload["hot_total_s"], reload["full_total_s"]
        found += [
            (
                hot < TARGET_RELOAD_10K_S,
                f"{size} hot reload after one file is edited {hot:.2f} s < 2 s",
            ),
            (
                full < TARGET_RELOAD_10K_S,
                f"{size} full rebuild, load_knowledge + Matcher with nothing reused, "
                f"{full:.2f} s < 2 s",
            ),
        ]
    else:
        found.append((None, "10,000 facts: reload (not run)"))
    return found


# ======================================================================================
# Profile
# ======================================================================================


def profile(size: int, seed: int, top: int) -> None:
    """cProfile the build and PROFILE_QUERIES queries at `size` facts; print the top functions."""
    import cProfile

    from bot.matching import Matcher

    pin_one_core()
    knowledge = generate_knowledge(size, seed)
    questions = make_queries(knowledge, PROFILE_QUERIES, seed)
    warmup = make_queries(knowledge, WARMUP_QUERIES, seed + 1000)
    Matcher(generate_knowledge(50, seed + 1)).match("ciao")  # lazy globals: wordfreq, stopwords
    profiler = cProfile.Profile()
    profiler.enable()
    matcher = Matcher(knowledge)
    profiler.disable()
    _print_profile(profiler, f"build, {size:,} facts", top)
    for query in warmup:  # as in the timed runs: other questions warm the globals
        matcher.match(query.text)
    profiler = cProfile.Profile()
    profiler.enable()
    for query in questions:
        matcher.match(query.text)
    profiler.disable()
    _print_profile(profiler, f"{len(questions)} queries, {size:,} facts", top)


def _print_profile(profiler: Any, title: str, top: int) -> None:
    import pstats

    print(f"\n## cProfile: {title}\n")
    for order in ("tottime", "cumulative"):
        print(f"### by {order}\n```")
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.strip_dirs().sort_stats(order).print_stats(top)
        print("```")


# ======================================================================================
# Main
# ======================================================================================


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run one child per size x engine, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--baseline-limit",
        type=int,
        default=50,
        help="queries timed for the baseline at 100,000 facts or more (default 50)",
    )
    parser.add_argument("--reload-size", type=int, default=10_000, help="0 skips the reload timing")
    parser.add_argument(
        "--profile", type=int, metavar="SIZE", help="profile the matcher at SIZE facts instead"
    )
    parser.add_argument("--top", type=int, default=25, help="rows per profile table")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        kind, *rest = args.child
        if kind == "reload":
            data = child_reload(int(rest[0]), int(rest[1]))
        else:
            size, queries, seed, limit = map(int, rest)
            data = child_measure(kind, size, queries, seed, limit)
        print(json.dumps(data))
        return 0
    if args.profile:
        profile(args.profile, args.seed, args.top)
        return 0

    started = time.perf_counter()
    results: dict[tuple[int, str], dict[str, Any]] = {}
    for size in args.sizes:
        print(f"… {size:,} facts, generating", file=sys.stderr, flush=True)
        write_workload(size, args.queries, args.seed)
        for engine in ("matcher", "baseline"):
            limit = args.baseline_limit if engine == "baseline" and size >= 100_000 else 0
            print(f"… {size:,} facts, {engine}", file=sys.stderr, flush=True)
            results[(size, engine)] = run_child(
                [engine, str(size), str(args.queries), str(args.seed), str(limit)]
            )
        workload_path(size, args.queries, args.seed).unlink()
    reload = None
    if args.reload_size:
        print(f"… reload at {args.reload_size:,} facts", file=sys.stderr, flush=True)
        reload = run_child(["reload", str(args.reload_size), str(args.seed)])
    print(
        f"# newsbot speed benchmark (seed {args.seed}, {args.queries} queries, one core, "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)\n"
    )
    print(f"Code measured: {code_version()}")
    from bot import fact_scan

    reader = "C (bot._scan)" if fact_scan.native_scan else "pure Python (bot._scan not compiled)"
    print(f"Facts read at build by: {reader}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"Load average at the end (1, 5, 15 min): {load}; other work adds noise\n")
    print(report(results, reload))
    print(f"\nTotal benchmark time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
