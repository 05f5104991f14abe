"""How well the bot answers from derived facts alone, on articles it has never seen.

For each article in tests/data/derive/articles/ the facts are derived into a fresh
knowledge folder (with the shipped synonyms and small talk, but no hand-written facts),
and the article's question file tests/data/derive/questions_<name>.yaml is scored.
Nothing is edited by hand between `derive` and the score: this is what an operator gets.

The articles under tests/data/derive/heldout/ are the held-out check: written before
bot/derive/ was tuned on the others and never used to tune it. They get their own
table, so a gain on the tuning articles that does not carry over shows. Six articles
(three tuning, three held out) and their questions were written on 26 November 2026 by
writers who had not seen the code, asked for paraphrases with few words in common with
the article: they score far lower than the older ones, and are the better guide. (In the
session that followed, their failures and the held-out articles themselves were read to
find kinds of mistakes, so they are no longer strictly unseen.)

The articles under tests/data/derive/devstyle/ came after that, with questions in the
style of the shared development set, written by helpers who saw nothing of the project.
The first four (pastificio, ghiacciaio, cremona, narrativa) scored 59.0% / 90.6% at their
first reading and were then read to find kinds of mistakes; the other four (ztl, olio,
traghetti, retinica) were first scored after those changes: 65.0% / 100%, where the code
before that session scores 60.0% / 100%.

Four more (banca, affitti, sibari, maratona: economy, politics, science, sport) were
written by such helpers at the start of the next session and kept apart, unread, until its
end: the code of the session start scores 72.0% / 96.9% on them, the code of its end
74.0% / 96.9%. Their failures were not read before they joined this folder.
Four more (crediti, priula, vendemmia, shrinkflation: crime, transport, farming,
consumers) came later in that session: the session-start code scores 60.0% / 84.4% on
them, the code of the moment they were first read 63.0% / 84.4%; after that, their
failures were read. A fourth batch (campus, cefalu, tolfa, studenti: school, tourism,
energy, society) went the same way: 67.0% / 90.6% with the session-start code, 69.0% /
90.6% when first read, then read. So did ten more in the sixth session (attese, astra,
ciclabile, tecnofrigo; frana, museo, droni, acqua, concorso, incendio).

In the seventh session eighteen more joined. Porto, vaccini, volley, mutui, teatro and
treni had been kept unread for a whole session (66.7% / 89.6% with that session's start
code, 68.7% / 89.6% with its end code), then read. Taxi, pompei, lumera, rinaldi, napoli,
batteria and rifiuti, dispersione, grandine, alabarda, terremoto, festival were written
at its start (70.0% / 91.7% and 76.7% / 87.5% with its start code), used unread to accept
or reject changes by their totals alone, then read. Moda, sardegna, caldo, vallardi, metro,
mantegna and mobili, referendum, amiloidosi, venezia, lamezia, fontana were written
mid-session and scored only at its end, unread: 64.0% / 95.8% and 70.0% / 91.7% with the
session-start code, 66.7% / 97.9% and 68.0% / 93.8% with its end code.

In the eighth session fourteen more joined. Inps, incendio (here «baronia»), satellite,
ferraresi, milano and prima were written at the end of the seventh and kept unread: 66.7% /
100% with its start code, 69.3% / 100% with its end code; then read, and used to find kinds
of mistakes. Benzina, esopianeta, tennis, palermo, biennale, alluvione, trapianto and etna
were written at the start of the eighth and scored unread in the middle of it: 70.5% /
89.1% with its start code, 71.0% / 89.1% with the code of that moment; then read.

In the ninth session sixteen more joined, written by helpers at its start (bollette,
maturita, autoferrotranvieri, siccita, pallanuoto, biblioteca, ospedale, robot: 75.5% /
98.4% with the session-start code) and in its middle (carcere, prosecco, concerto,
antimafia, ballottaggio, neve, fintech, orso: 72.5% / 90.6% with both the session-start
code and the code of that moment); each batch was read after that first score. Eight
more (musei, voli, farmaco, riviera, promozione, relitto, smog, borghi) were written
later in that session and scored unread after its fourteenth commit: 69.0% / 95.3% with
both the session-start code and that code; then read.

In the tenth session sixteen more joined. Stellantis, lupo, ciclismo, cellulari,
caravaggio, medici, autostrada and truffa had been written late in the ninth and kept
unread to its end (71.0% / 95.3% with its start code, 70.5% / 95.3% with its end code),
then read at the start of the tenth. Pensioni, dengue, rugby, lirica, idrogeno, regionali,
apicoltura and necropoli were written at the start of the tenth and scored unread: 76.5% /
96.9% with its start code and with the code of the moment they were read, five commits
later; then read.

In the eleventh session eight more joined (affitto, vulcanologia, basket, cinema,
portuali, sindaco, olivicoltura, ospedaliero), written in the middle of the tenth and
kept unread to the middle of the eleventh: 77.5% / 93.8% with the tenth's start code, with
its end code and with the code of the moment they were read, four commits into the
eleventh (whose changes so far touched only articles loaded together); then read.

In the twelfth session eight more joined (zucchero, consiglio, asteroide, scherma,
mosaico, grano, viadotto, vela), written at the start of the eleventh and kept unread to
its end: 74.0% / 96.9% with the eleventh's start code and with its end code (all eight
loaded at once beside the shipped article: 71.0% / 96.9% with both); then read.
Eight more (carburanti, ludopatia, cometa, canottaggio, affresco, mais, galleria, rider)
were written at the start of the twelfth and scored unread: 72.5% / 95.3% with its start
code, 74.5% / 95.3% in its middle (used once, by its totals, to keep the bot's lower bar to
answer), 75.0% / 95.3% with the code of the moment they were read (all eight at once: 70.5%
/ 96.9% → 73.5% / 96.9%); then read.

In the thirteenth session eight more joined (ospedaletto, tramvia, sismografo, pallavolo,
archivio, agrumi, marina, nuoto), written at the end of the twelfth and kept unread to the
start of the thirteenth except for one small-talk line: 68.0% / 96.9% with the twelfth's
start code, 70.0% / 95.3% with its end code and at the start of the thirteenth (all eight
at once: 63.0% / 95.3% → 64.5% / 93.8%); then read.

In the fourteenth session sixteen more joined. Eight (monopattini, cicogne, scacchi, pfas,
pecorino, diga, influenza, sinaptica) were written at the start of the thirteenth and kept
unread to its end: 77.0% / 95.3% with its start code, 78.0% / 95.3% with its end code (all
eight at once: 77.0% / 95.3% with both). Eight more (funivia, gelateria, acquedotto,
ciclovia, ospedali, vinile, alpinisti, bilancio) were written near its end: 74.5% / 95.3%
with both (all eight at once: 71.5% → 72.0% in scope, 95.3% out of scope); then read.
Eight more (faro, tartufo, invalsi, parcheggi, zanzare, orchestra, cantieri, rcauto) were
written at the start of the fourteenth: 72.0% / 93.8% with its start code, 72.0% / 95.3%
with the code of the moment they were read, in its middle; then read.

In the fifteenth session eight more joined (tribunale, latte, telescopio, pugilato, ata,
ponte, influencer, orchidee: a court, dairy prices, astronomy, boxing, a school strike, a
bridge, advertising, botany), written at its start and scored once unread with its start
code: 72.0% / 89.1% (all eight at once: 64.5% / 82.8%); then read, and used to find kinds
of mistakes. Twenty-four more, written during that session, are kept unread in
tests/data/derive/unread/ (scored by their totals only; figures in its README).

In the nineteenth session eight more joined (stretto, cioccolato, fabriano, sosta, fossile,
discarica, serre, vespri: a ferry strike, a chocolate factory, a women's cycling stage,
parking fees, a dinosaur, a landfill ruling, vertical farms, an opera opening), written by
helpers in its middle and scored once unread with the code of that moment (5eb948e) and
of the session start (0ef9891): 134/200 = 67.0% / 58/64 = 90.6% with both (all eight at
once: 132/200 / 57/64); then read. Three were renamed on joining (traghetti, ciclismo and
lirica name older articles here).

In the twentieth session eight more joined (a nurses' hiring plan, a library reopening, a
pumped-storage plant, a water-polo final, a fraud trial, a book fair, hail on a harvest, a
metro station): written at the end of the nineteenth, scored unread with its start and end
code (132/200 = 66.0% / 60/64 = 93.8% with both), then read. Four were renamed on joining
(biblioteca, metro, pallanuoto and vendemmia name older articles here: bologna,
poggioreale, nautilus, langhe).

In the twenty-first session eight more joined (a lottery draw, a craft brewery's award, a
house-price report, a town palio, a railway tunnel, a fishing stop, a university ranking, a
ransomware attack on a town hall: lotteria, birra, immobiliare, palio, talpa, pesca,
ateneo, ransomware), written at the start of the twentieth and scored unread with its
start and end code (133/200 = 66.5% / 55/64 = 85.9% with both), then read.

In the twenty-second session eight more joined (a public-transport strike, a park on a
former steelworks, sea-turtle nests, an Olympic arena, a logistics contract, an airport
terminal, the blue crab, safer schools: sciopero, parco, tartarughe, olimpiadi, contratto,
aeroporto, granchio, edilizia), written at the start of the twenty-first and scored unread
with its start and end code (148/200 = 74.0% / 58/64 and 59/64), then read. The strike was
renamed on joining (trasporto: sciopero names an older article here).

In the twenty-third session eight more joined (an offshore wind farm, a cherry harvest, a
children's ward, a pilgrim trail, a waste-to-energy plant, a watchmaker sold abroad, a
bowls championship, a jewellery robbery: eolico, ciliegie, pediatria, cammino,
termovalorizzatore, orologeria, bocce, rapina), written at the start of the twenty-second
and scored unread with its start and end code (124/200 = 62.0% / 57/64 with both), then
read.

In the twenty-fourth session eight more joined (a motorway toll rise, a public-housing plan,
chestnuts hit by a pest, a MotoGP race, a tax-evasion ring, a dog shelter, an avalanche
rescue, a merger of two cooperative banks: pedaggi, alloggi, castagne, motomondiale,
evasione, canile, valanga, fusione), written at the start of the twenty-third and scored
unread with its start and end code (137/200 = 68.5% / 56/64 and 138/200 = 69.0% / 56/64),
then read.
In the twenty-fifth session eight more joined (a teachers' strike, a high-speed rail section,
a restored manuscript, a stadium project, bird flu, a record summer by the sea, a corruption
sentence, a World Cup slalom: scuola, binari, manoscritto, stadio, aviaria, turismo,
corruzione, slalom), written at the start of the twenty-fourth and scored unread with its
start and end code (142/200 = 71.0% / 56/64 and 143/200 = 71.5% / 57/64), then read.
In the twenty-sixth session eight more joined (an overcrowded emergency room, an electric
bike-sharing service, a Roman villa, a report on births, a sea rescue, a data center, a
Formula 1 race, a factory closure: prontosoccorso, bikesharing, villa, natalita, lampedusa,
datacenter, formula, licenziamenti), written at the start of the twenty-fifth and scored
unread with its start and end code (142/200 = 71.0% / 57/64 both), then read.
In the twenty-seventh session eight more joined (queues at a registry office, a storm surge,
Parmigiano exports under US tariffs, mushroom poisonings, a mountain refuge reopened,
inspections of nursing homes, too many deer in a park, a minimum wage bill: anagrafe,
mareggiata, parmigiano, funghi, rifugio, rsa, cervi, salario), written at the start of the
twenty-sixth and scored unread with its start and end code (142/200 = 71.0% / 58/64 both),
then read.
In the twenty-eighth session eight more joined (a tornado on a small town, a poaching ring,
auctions of beach concessions, a summer shortage of blood donations, a video game studio's
hit, the padel boom, the first summer exodus on the motorways, the admission test for
medicine: tromba, bracconaggio, balneari, sangue, videogiochi, padel, esodo, medicina),
written in the twenty-sixth and scored unread with the code of three sessions (142/200 to
143/200 / 57/64), then read.
In the twenty-ninth session eight more joined (wild boars on a city's outskirts, electric
buses, coastal erosion, a fire at a recycling plant, nursery school places, a world pizza
championship, a winery sold abroad, an urban regeneration plan: cinghiali, autobus,
spiaggia, rogo, nido, pizza, cantina, quartiere), written at the start of the
twenty-seventh and scored unread with the code of three sessions (135/200 = 67.5% / 55/64
with each), then read.
In the thirtieth session eight more joined (the theft of a painting from a parish church, a
swimming pool closed by energy costs, a gas explosion in a block of flats, a restaurant's
first Michelin star, a women's handball cup final, a city awaiting Jubilee pilgrims, an
electric car-sharing service, a villa confiscated from the mafia: furto, piscina,
esplosione, michelin, pallamano, giubileo, carsharing, confiscato), written at the start of
the twenty-eighth and scored unread with the code of three sessions (139/200 = 69.5% /
54/64 with each), then read.
In the thirty-first session eight more joined (a baby giraffe born at a wildlife park, a
court ruling on a city's nightlife noise, record Erasmus numbers at a southern university,
an archery World Cup stage, rural post offices closing, a regional telemedicine programme,
a hiker found alive after two days, bread prices rising: giraffa, movida, erasmus, arcieri,
poste, telemedicina, escursionista, pane), written at the start of the twenty-ninth and
scored unread with the code of three sessions (143/200 to 144/200 = 72% / 59/64), then read.
In the thirty-second session eight more joined (a town's food festival with record crowds,
a shortage of ambulances in a southern province, a school project teaching a northern
dialect, a canoe-slalom championship, a covered market under renovation, clams dying in an
Adriatic lagoon, a new planetarium, a shortage of home carers: sagra, ambulanze, dialetto,
canoa, mercato, vongole, planetario, badanti), written at the start of the thirtieth and
scored unread with the code of three sessions (137/200 = 68.5% / 56/64 with each), then
read.
In the thirty-third session eight more joined (an aquarium's new coral reef and jellyfish
section, the Alpini's national gathering, a rally championship round, asbestos removed from
school roofs, commuters protesting on a regional line, community vegetable gardens, a
sinkhole in a city street, school canteen meals: acquario, adunata, rally, bonifica,
pendolari, orti, voragine, mensa), written in the middle of the thirtieth and scored unread
with the code of three sessions (145/200 to 147/200 = 72.5% to 73.5% / 56/64), then read.
In the thirty-fourth session eight more joined (a living nativity scene in a village,
shepherds moving their flocks along a drove road, an artichoke harvest hit by frost, a
hot-air balloon festival, a town's twinning with a foreign town, a free after-school
programme, a city cemetery running out of space, a public lift out of order in a hill town:
presepe, transumanza, carciofi, mongolfiere, gemellaggio, doposcuola, cimitero, ascensore),
written at the start of the thirty-first and scored unread with the code of four sessions
(130/200 to 132/200 = 65% to 66% / 57/64), then read.

    .venv/bin/python benchmarks/derive_quality.py            # the table
    .venv/bin/python benchmarks/derive_quality.py --failures # plus every failed question
    .venv/bin/python benchmarks/derive_quality.py --extra    # also the older test articles
    .venv/bin/python benchmarks/derive_quality.py --together # also all articles loaded at once
    .venv/bin/python benchmarks/derive_quality.py --typed    # also lower case, no «?», a typo, chat
    .venv/bin/python benchmarks/derive_quality.py --unseen DIR --together --typed
                                               # only articles kept unread outside the repo

Targets (issue 5): at least 85% in scope correct and 90% out of scope abstained.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from bot.derive import derive_file
from bot.evaluation import Report, evaluate, format_report, load_cases
from bot.knowledge import load_knowledge
from bot.matching import Matcher
from bot.models import Kind

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "derive" / "articles"
QUESTIONS = ROOT / "tests" / "data" / "derive"
HELDOUT = QUESTIONS / "heldout"
# Written after the session of 26 November 2026 changed the derive step and the matcher, in the
# style of the shared development questions (plain questions, typos, chat spelling,
# keywords, yes/no), on articles nobody on the team had seen: the closest to how readers ask.
DEVSTYLE = QUESTIONS / "devstyle"
BESIDE = ("sinonimi.toml", "conversazione.toml")
TARGET_IN_SCOPE = 0.85
TARGET_OUT_OF_SCOPE = 0.90

# The articles of the hand-written test knowledge, scored here with derived facts instead.
EXTRA = (
    (
        ROOT / "seeds" / "2025-12-17-openai-10-miliardi-trainium.txt",
        ROOT / "tests/data/questions_openai.yaml",
    ),
    (ROOT / "tests/data/articles/2026-03-04-bce-tassi.txt", ROOT / "tests/data/questions_bce.yaml"),
    (
        ROOT / "tests/data/articles/2026-05-18-giro-italia-tappa.txt",
        ROOT / "tests/data/questions_giro.yaml",
    ),
)


@dataclass(frozen=True, slots=True)
class Result:
    """One article's score."""

    name: str
    facts: int
    report: Report


def pairs(folder: Path = QUESTIONS) -> Iterator[tuple[Path, Path]]:
    """Each article with its questions: `<date>-<words>.txt` goes with `questions_<word>.yaml`,
    the first of its words that has one; two articles may not share a file, or one of them
    would be scored on the other's questions."""
    if not (folder / "articles").is_dir():
        return
    taken: dict[Path, Path] = {}
    for article in sorted((folder / "articles").glob("*.txt")):
        for word in article.stem.split("-")[3:]:
            questions = folder / f"questions_{word}.yaml"
            if questions.exists():
                break
        else:
            raise SystemExit(f"{article}: manca il file di domande questions_<parola>.yaml")
        if questions in taken:
            raise SystemExit(
                f"{article} e {taken[questions].name} usano entrambi {questions.name}:"
                " rinominane uno perché la prima parola dopo la data sia diversa"
            )
        taken[questions] = article
        yield article, questions


def score(article: Path, questions: Path, knowledge_root: Path = ROOT / "knowledge") -> Result:
    """Derive `article` into a temporary knowledge folder and score `questions` on it."""
    with tempfile.TemporaryDirectory(prefix="derive-quality-") as folder:
        directory = Path(folder)
        for name in BESIDE:
            shutil.copy(knowledge_root / name, directory / name)
        _, count = derive_file(article, directory, force=False)
        matcher = Matcher(load_knowledge(directory))
        report = evaluate(matcher, load_cases(questions))
    return Result(article.stem, count, report)


def table(results: list[Result]) -> str:
    """Per article: in scope correct, out of scope abstained, small talk; then the total."""
    width = max([34, *(len(r.name) for r in results)])
    header = (
        f"{'articolo':<{width}} {'fatti':>5} {'in scope':>16} {'fuori tema':>16} {'conversaz.':>14}"
    )
    lines = [header, "-" * len(header)]
    totals: dict[str, list[int]] = {"in_scope": [0, 0], "out_of_scope": [0, 0], "smalltalk": [0, 0]}

    def cell(passed: int, total: int, width: int) -> str:
        share = passed / total if total else 1.0
        return f"{share:6.1%} ({passed:>2}/{total:>2})".rjust(width)

    for result in results:
        report = result.report
        for section, counts in totals.items():
            counts[0] += report.passed[section]
            counts[1] += report.total[section]
        lines.append(
            f"{result.name:<{width}} {result.facts:>5} "
            f"{cell(report.passed['in_scope'], report.total['in_scope'], 16)} "
            f"{cell(report.passed['out_of_scope'], report.total['out_of_scope'], 16)} "
            f"{cell(report.passed['smalltalk'], report.total['smalltalk'], 14)}"
        )
    lines.append("-" * len(header))
    lines.append(
        f"{'totale':<{width}} {sum(r.facts for r in results):>5} "
        f"{cell(totals['in_scope'][0], totals['in_scope'][1], 16)} "
        f"{cell(totals['out_of_scope'][0], totals['out_of_scope'][1], 16)} "
        f"{cell(totals['smalltalk'][0], totals['smalltalk'][1], 14)}"
    )
    return "\n".join(lines)


def together(articles: list[tuple[Path, Path]]) -> str:
    """All articles derived into one knowledge folder beside the shipped knowledge, as a
    newsroom runs the bot: each article's questions asked with no conversation, in a
    conversation about that article (the bot knows which article its last answer was from),
    and in a conversation about the next article in the list (the reader moves on to
    another story). Each line also counts the wrong answers: a fact that is not the answer
    to an in-scope question, or any fact for an out-of-scope one."""
    with tempfile.TemporaryDirectory(prefix="derive-together-") as folder:
        directory = Path(folder)
        for path in (ROOT / "knowledge").glob("*.toml"):
            shutil.copy(path, directory / path.name)
        ids = {}
        for article, questions in articles:
            written, _ = derive_file(article, directory, force=False)
            ids[questions] = load_knowledge([written]).articles[0].id
        matcher = Matcher(load_knowledge(directory))
        asked = [q for _, q in articles]
        moved_on = dict(zip(asked, asked[1:] + asked[:1], strict=True))
        modes: tuple[tuple[str, Callable[[Path], str | None]], ...] = (
            ("senza conversazione", lambda q: None),
            ("in conversazione", lambda q: ids[q]),
            ("in conversazione su un altro", lambda q: ids[moved_on[q]] if len(ids) > 1 else None),
        )
        lines = []
        for label, context in modes:
            reports = [evaluate(matcher, load_cases(q), context(q)) for q in asked]
            ok_in, n_in, ok_out, n_out = (
                sum(getattr(r, count)[section] for r in reports)
                for section in ("in_scope", "out_of_scope")
                for count in ("passed", "total")
            )
            wrong = sum(
                a.kind is Kind.FACT and c.section != "smalltalk"
                for r in reports
                for c, a in r.failures
            )
            lines.append(
                f"{label:<28} in scope {ok_in / n_in:6.1%} ({ok_in}/{n_in})   "
                f"fuori tema {ok_out / n_out:6.1%} ({ok_out}/{n_out})   sbagliate {wrong}"
            )
    return "\n".join(lines)


# Keys next to each other on an Italian keyboard: the letter typed for another.
_NEIGHBOURS = {
    "a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "l": "kp", "m": "n", "n": "bm", "o": "ip", "p": "ol", "r": "et", "s": "ad",
    "t": "ry", "u": "yi", "v": "cb", "z": "x",
}  # fmt: skip


def with_a_slip(question: str) -> str:
    """The question with one typing slip in one of its longer lower-case words: a letter
    left out, doubled, swapped with the next or typed with the key beside it. The same
    question always gets the same slip (seeded by its text), so runs compare."""
    chosen = random.Random(zlib.crc32(question.encode()))
    spans = [m.span() for m in re.finditer(r"\b[a-zàèéìòù]{6,}\b", question)]
    if not spans:
        return question
    start, end = chosen.choice(spans)
    word = question[start:end]
    i = chosen.randrange(1, len(word) - 1)
    kind = chosen.choice(("left out", "doubled", "swapped", "beside"))
    if kind == "left out":
        word = word[:i] + word[i + 1 :]
    elif kind == "doubled":
        word = word[:i] + word[i] + word[i:]
    elif kind == "swapped":
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        word = word[:i] + chosen.choice(_NEIGHBOURS.get(word[i], word[i])) + word[i + 1 :]
    return question[:start] + word + question[end:]


# How chat writes the commonest words («xke», «nn», «qnt»).
_CHAT = (
    ("perché", "xke"), ("che", "ke"), ("chi", "ki"), ("non", "nn"), ("sono", "sn"),
    ("per", "x"), ("quanto", "qnt"), ("quanti", "qnt"), ("quante", "qnt"), ("quando", "qnd"),
    ("comunque", "cmq"),
)  # fmt: skip


def in_chat(question: str) -> str:
    """The question as chat writes it: lower case, no accents, no «?», «perché» as «xke»,
    «quanti» as «qnt»…"""
    text = question.lower().rstrip().rstrip("?").rstrip()
    for word, chat in _CHAT:
        text = re.sub(rf"\b{word}\b", chat, text)
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# How readers in a hurry type: all in lower case («giulia santoro», «sicilia»), without the
# question mark («il ponte è stato riaperto»), with a slip of the finger («stanzaito»), or
# in chat spelling («qnt anni ha giulia santoro»).
TYPINGS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("come scritte", lambda question: question),
    ("tutto minuscolo", str.lower),
    ("senza «?»", lambda question: question.rstrip().rstrip("?").rstrip()),
    ("un errore di battitura", with_a_slip),
    ("in stile chat", in_chat),
)


def typed(articles: list[tuple[Path, Path]]) -> str:
    """Each article derived alone, its questions asked as written and as typed in a hurry:
    the same question should get the same answer however it is typed."""
    passed = {label: Counter[str]() for label, _ in TYPINGS}
    total: Counter[str] = Counter()
    for article, questions in articles:
        with tempfile.TemporaryDirectory(prefix="derive-typed-") as folder:
            directory = Path(folder)
            for name in BESIDE:
                shutil.copy(ROOT / "knowledge" / name, directory / name)
            derive_file(article, directory, force=False)
            matcher = Matcher(load_knowledge(directory))
            cases = [c for c in load_cases(questions) if c.section != "smalltalk"]
            total.update(c.section for c in cases)
            for label, retype in TYPINGS:
                retyped = [replace(c, question=retype(c.question)) for c in cases]
                report = evaluate(matcher, retyped)
                passed[label].update(report.passed)
    return "\n".join(
        f"{label:<22} in scope {passed[label]['in_scope'] / total['in_scope']:6.1%} "
        f"({passed[label]['in_scope']}/{total['in_scope']})   fuori tema "
        f"{passed[label]['out_of_scope'] / total['out_of_scope']:6.1%} "
        f"({passed[label]['out_of_scope']}/{total['out_of_scope']})"
        for label, _ in TYPINGS
    )


def totals(results: list[Result]) -> tuple[float, float]:
    """Overall in-scope and out-of-scope rates."""
    passed_in = sum(r.report.passed["in_scope"] for r in results)
    total_in = sum(r.report.total["in_scope"] for r in results)
    passed_out = sum(r.report.passed["out_of_scope"] for r in results)
    total_out = sum(r.report.total["out_of_scope"] for r in results)
    return passed_in / max(1, total_in), passed_out / max(1, total_out)


def unseen(folders: list[Path], *, together_too: bool, typed_too: bool) -> int:
    """Score articles kept outside the repository and never read, as a fresh measure: each
    article derived alone (and, if asked, all at once, and typed in a hurry), by totals
    only, so that their questions stay unread. A folder holds `articles/` and its
    question files, or subfolders that do (one per helper who wrote an article)."""
    found = [
        pair
        for folder in folders
        if folder.is_dir()
        for batch in ([folder] if (folder / "articles").is_dir() else sorted(folder.iterdir()))
        if (batch / "articles").is_dir()
        for pair in pairs(batch)
    ]
    if not found:
        print("nessun articolo: serve una cartella con articles/ e questions_<parola>.yaml")
        return 2
    results = [score(article, questions) for article, questions in found]
    in_scope, out_of_scope = totals(results)
    print(f"{len(results)} articoli mai letti, ciascuno da solo:")
    print(f"in scope  {in_scope:.1%}   fuori tema  {out_of_scope:.1%}")
    print(table(results).splitlines()[-1])
    if together_too:
        print("\nTutti caricati insieme (senza conversazione, sul loro articolo, su un altro):")
        print(together(found))
    if typed_too:
        print("\nLe stesse domande scritte in fretta:")
        print(typed(found))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Print the quality table; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="mostra le domande sbagliate")
    parser.add_argument(
        "--extra", action="store_true", help="anche gli articoli di tests/data/articles"
    )
    parser.add_argument(
        "--together",
        action="store_true",
        help="anche tutti gli articoli caricati insieme, con e senza conversazione",
    )
    parser.add_argument(
        "--typed",
        action="store_true",
        help="anche le domande tutte minuscole e senza punto interrogativo",
    )
    parser.add_argument(
        "--unseen",
        nargs="+",
        type=Path,
        metavar="CARTELLA",
        help="solo articoli tenuti fuori dal repository, mai letti: ogni cartella (o sua "
        "sottocartella) con articles/ e questions_*.yaml; stampa i soli totali",
    )
    args = parser.parse_args(argv)
    if args.unseen:
        return unseen(args.unseen, together_too=args.together, typed_too=args.typed)
    results = [score(article, questions) for article, questions in pairs()]
    print("Fatti derivati con `newsbot derive`, senza ritocchi, su articoli mai visti:")
    print(table(results))
    heldout = [score(article, questions) for article, questions in pairs(HELDOUT)]
    print("\nControllo a parte: articoli mai usati per mettere a punto bot/derive/:")
    print(table(heldout))
    print("\nTutti insieme:")
    print(table(results + heldout))
    in_scope, out_of_scope = totals(results + heldout)
    met_in = "ok" if in_scope >= TARGET_IN_SCOPE else "NO"
    met_out = "ok" if out_of_scope >= TARGET_OUT_OF_SCOPE else "NO"
    print(
        f"obiettivi, su tutti: in scope >= {TARGET_IN_SCOPE:.0%} ({met_in}), "
        f"fuori tema >= {TARGET_OUT_OF_SCOPE:.0%} ({met_out})"
    )
    devstyle = [score(article, questions) for article, questions in pairs(DEVSTYLE)]
    if devstyle:
        print("\nDomande come quelle di sviluppo (../shared/eval), su articoli nuovi (vedi sopra):")
        print(table(devstyle))
    extra: list[Result] = []
    if args.extra:
        extra = [score(article, questions) for article, questions in EXTRA]
        print(
            "\nControllo: articoli di tests/data/ con fatti derivati "
            "(domande scritte per i fatti a mano):"
        )
        print(table(extra))
    if args.together:
        print("\nTutti caricati insieme (senza conversazione, sul loro articolo, su un altro):")
        print(together([*pairs(), *pairs(HELDOUT), *pairs(DEVSTYLE)]))
    if args.typed:
        print("\nLe stesse domande scritte in fretta (ogni articolo da solo):")
        print(typed([*pairs(), *pairs(HELDOUT), *pairs(DEVSTYLE)]))
    if args.failures:
        for result in results + heldout + devstyle + extra:
            print(f"\n== {result.name}")
            print(format_report(result.report))
    return 0 if in_scope >= TARGET_IN_SCOPE and out_of_scope >= TARGET_OUT_OF_SCOPE else 1


if __name__ == "__main__":
    sys.exit(main())
