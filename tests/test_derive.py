"""`newsbot derive`: from a raw article to a draft knowledge file the bot serves at once."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from benchmarks.derive_quality import pairs
from bot import cli
from bot.derive import (
    DeriveError,
    build_facts,
    derive_command,
    derive_file,
    find_entities,
    intent_questions,
    organisations,
    parse_article,
    progress_bar,
    rank_keywords,
    read_article,
    related_words,
    render_toml,
    resolve,
    split_sentences,
    statements,
    toml_string,
    with_role_organisation,
    word_family,
    write_atomic,
    yes_no_question,
)
from bot.derive.questions import _definition_questions, _tidy
from bot.evaluation import evaluate, load_cases
from bot.knowledge import ID_PATTERN, load_knowledge
from bot.matching import Matcher
from bot.models import Answer, Kind

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
DERIVE_DATA = REPO / "tests" / "data" / "derive"
SEED = REPO / "seeds" / "2025-12-17-openai-10-miliardi-trainium.txt"

# An article none of the question sets or lexicons were written for.
BIKE_ARTICLE = (
    "Bologna, arriva il bike sharing elettrico: 1.200 biciclette in 90 stazioni\n"
    "- martinagalli\n"
    "- 3 apr 2026\n"
    "- Tempo di lettura: 2 min\n"
    "Il Comune di Bologna ha presentato ieri il nuovo servizio di bike sharing elettrico, "
    "BiciBo, che partirà il 15 maggio con 1.200 biciclette a pedalata assistita distribuite in "
    "90 stazioni. Il servizio è gestito dalla società Ruota Verde S.r.l., che ha vinto la gara "
    "d'appalto.\n"
    "L'abbonamento annuale costerà 60 euro, mentre una corsa singola di mezz'ora costerà 1,50 "
    "euro. Gli studenti universitari avranno uno sconto del 50%.\n"
    "«Vogliamo ridurre il traffico in centro e le emissioni», ha detto l'assessora alla "
    "mobilità Laura Benassi. Lei stessa ha annunciato che entro il 2027 le stazioni "
    "diventeranno 150.\n"
    "\n"
    "Commenti\n"
)

MARKDOWN_ARTICLE = """---
title: "Torino, riapre il Museo del Cinema dopo i lavori"
author: Paolo Rinaldi
date: 2026-01-20
---

# Un titolo interno che non sostituisce quello dell'intestazione

Il Museo nazionale del Cinema di Torino **riapre** sabato dopo otto mesi di lavori.
La ristrutturazione è costata 4,5 milioni di euro.

Il biglietto intero costerà 15 euro. Per gli studenti ci sarà uno sconto.
"""


def _knowledge_dir(tmp_path: Path) -> Path:
    """A knowledge folder with the shipped synonyms and small talk, and no news yet."""
    folder = tmp_path / "knowledge"
    folder.mkdir(parents=True)
    for name in ("sinonimi.toml", "conversazione.toml"):
        shutil.copy(KNOWLEDGE / name, folder / name)
    return folder


def _article_file(tmp_path: Path, text: str = BIKE_ARTICLE, name: str = "bici.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- parsing -------------------------------------------------------------------------------


def test_parse_reads_the_seeds_shape() -> None:
    """Title line, "- author", "- 17 dic 2025", reading time, one paragraph per line."""
    article = parse_article(SEED.read_text(encoding="utf-8"))
    assert article.title.startswith("OpenAI in trattativa per raccogliere 10 miliardi")
    assert "piscitellidaniel" == article.author
    assert dt.date(2025, 12, 17) == article.published
    assert 3 == article.reading_minutes
    assert 7 == len(article.paragraphs)
    assert article.paragraphs[0].startswith("OpenAI è impegnata")


def test_parse_ignores_the_trailing_comments_line() -> None:
    """The "Commenti" left over from the web page is not a paragraph of the article."""
    article = parse_article(BIKE_ARTICLE)
    assert 3 == len(article.paragraphs)
    assert all("Commenti" not in p for p in article.paragraphs)


def test_parse_reads_markdown_front_matter() -> None:
    """Front matter gives title, author and date; paragraphs are joined and unmarked."""
    article = parse_article(MARKDOWN_ARTICLE)
    assert "Torino, riapre il Museo del Cinema dopo i lavori" == article.title
    assert "Paolo Rinaldi" == article.author
    assert dt.date(2026, 1, 20) == article.published
    assert 2 == len(article.paragraphs)
    assert (
        "Il Museo nazionale del Cinema di Torino riapre sabato dopo otto mesi di lavori. "
        "La ristrutturazione è costata 4,5 milioni di euro." == article.paragraphs[0]
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   \n\n", "vuoto"),
        ("Titolo\n- autore\nUn paragrafo senza data.", "data di pubblicazione"),
        ("Titolo\n- autore\n- 3 apr 2026\n", "testo dell'articolo"),
        ("---\ntitle: X\ndate: ieri\n---\nTesto.", "data non valida"),
        ("---\ntitle: X\n", "non è chiusa"),
    ],
)
def test_parse_explains_what_is_missing(text: str, message: str) -> None:
    """An article without date, text or a closed header is refused in plain Italian."""
    with pytest.raises(DeriveError, match=message):
        parse_article(text)


@pytest.mark.parametrize(
    "header",
    [
        "- mrossi\n- 12 mar 2026\n- Tempo di lettura: 3 min",
        "Di Mario Rossi\n12 marzo 2026",
        "Autore: Mario Rossi\nPubblicato il 12/03/2026",
        "di Mario Rossi\nGiovedì 12 marzo 2026, ore 10:30",
        "Mario Rossi\n2026-03-12",
        "Di Mario Rossi, 12 mar 2026",
        "*Di Mario Rossi, 12 marzo 2026*",
        "Mario Rossi | 12/03/2026",
        "mrossi - 12 marzo 2026",
        "mrossi | 12 mar 2026 | 3 min",
        "Di Mario Rossi · 12 marzo 2026 · 3 minuti di lettura",
    ],
)
def test_parse_reads_headers_pasted_from_elsewhere(header: str) -> None:
    """Operators paste articles from many sources: the author and date lines are read with
    or without "- ", in the usual Italian shapes, and blank lines between paragraphs are
    fine; the paragraphs are never taken for the header."""
    text = f"Il porto di Genova cresce\n{header}\n\nPrimo paragrafo del pezzo.\n\nSecondo."

    article = parse_article(text)

    assert (article.title, article.published) == ("Il porto di Genova cresce", dt.date(2026, 3, 12))
    assert article.author in ("mrossi", "Mario Rossi")
    assert ("Primo paragrafo del pezzo.", "Secondo.") == article.paragraphs
    assert article.reading_minutes == (3 if "min" in header else None)


def test_parse_drops_what_the_web_page_adds() -> None:
    """Links to other articles, photo credits, copyright and calls to subscribe are not
    paragraphs of the article; a real paragraph that starts with «Video» stays."""
    text = (
        "Il porto di Genova cresce\n- mrossi\n- 3 feb 2026\n"
        "Il porto investirà 40 milioni di euro nel nuovo terminal.\n"
        "Leggi anche: Genova, il nuovo ponte apre a marzo\n"
        "Foto: Ansa\n© Riproduzione riservata\nIscriviti alla newsletter\n"
        "Video e fotografie del cantiere sono stati pubblicati dall'Autorità portuale, che "
        "ha spiegato come i lavori procederanno per tutto l'inverno senza fermare le navi "
        "né il traffico dei camion diretti ai moli della città.\n"
    )

    article = parse_article(text)

    assert 2 == len(article.paragraphs)
    assert article.paragraphs[1].startswith("Video e fotografie")


def test_a_dateline_is_not_taken_for_the_author() -> None:
    """«Genova, 12 marzo 2026» says where the news comes from: the date is read, the city is
    not the author."""
    text = "Il porto di Genova cresce\nGenova, 12 marzo 2026\nPrimo paragrafo del pezzo."

    article = parse_article(text)

    assert ("redazione", dt.date(2026, 3, 12)) == (article.author, article.published)
    assert ("Primo paragrafo del pezzo.",) == article.paragraphs


def test_a_short_subtitle_is_not_taken_for_the_author() -> None:
    """«Il piano del governo» under the date is the start of the text, not its author."""
    text = "Il porto di Genova cresce\n12 marzo 2026\nIl piano del governo\nPrimo paragrafo."

    article = parse_article(text)

    assert "redazione" == article.author
    assert ("Il piano del governo", "Primo paragrafo.") == article.paragraphs


def test_an_article_without_header_takes_its_date_from_the_file_name(tmp_path: Path) -> None:
    """Only paragraphs, in a file named like seeds/ (2026-03-12-…): the date comes from the
    name, the title from the first sentence, and no paragraph is lost."""
    first = (
        "Il Comune di Genova ha approvato ieri il nuovo piano del porto, che prevede 40 milioni "
        "di euro di investimenti in cinque anni e due nuovi moli per le navi da crociera."
    )
    path = tmp_path / "2026-03-12-porto.txt"
    path.write_text(f"{first}\nIl cantiere partirà a maggio.\n", encoding="utf-8")

    article = read_article(path)

    assert dt.date(2026, 3, 12) == article.published
    assert article.title.startswith("Il Comune di Genova ha approvato")
    assert (first, "Il cantiere partirà a maggio.") == article.paragraphs


# -- sentences -----------------------------------------------------------------------------


def test_split_keeps_abbreviations_inside_the_sentence() -> None:
    """Titles, company forms and "p.es." do not end a sentence; "ecc." before a capital does."""
    text = (
        "Ha parlato il dott. Rossi della Alfa S.p.A. con la prof.ssa Bianchi, p.es. sui costi. "
        "Servono pane, latte ecc. Domani si decide."
    )
    assert [
        "Ha parlato il dott. Rossi della Alfa S.p.A. con la prof.ssa Bianchi, p.es. sui costi.",
        "Servono pane, latte ecc.",
        "Domani si decide.",
    ] == split_sentences(text)


def test_split_keeps_decimals_and_thousands_whole() -> None:
    """Numbers such as "3,75%", "10,6%" and "1.240" are not sentence ends."""
    text = "Il tasso resta al 3,75%. La sonda pesa 1.240 chilogrammi. I prezzi salgono del 10,6%."
    assert [
        "Il tasso resta al 3,75%.",
        "La sonda pesa 1.240 chilogrammi.",
        "I prezzi salgono del 10,6%.",
    ] == split_sentences(text)


def test_split_keeps_a_quotation_whole() -> None:
    """Full stops inside «…» or "…" do not split: the remark stays with its speaker."""
    text = (
        "«È un giorno storico. Lo aspettavamo da anni», ha detto il sindaco. "
        '"Siamo pronti. Partiamo subito", ha aggiunto. Poi è andato via.'
    )
    assert [
        "«È un giorno storico. Lo aspettavamo da anni», ha detto il sindaco.",
        '"Siamo pronti. Partiamo subito", ha aggiunto.',
        "Poi è andato via.",
    ] == split_sentences(text)


# -- self-contained answers ----------------------------------------------------------------


def test_a_personal_pronoun_gets_the_name_of_the_last_person() -> None:
    """A sentence opening with "Lei stessa" names the last person: "Laura Benassi …"."""
    article = parse_article(BIKE_ARTICLE)
    answers = [s.answer for s in statements(article)]
    assert any("Laura Benassi ha annunciato che entro il 2027" in a for a in answers)
    assert not any("Lei stessa" in a for a in answers)


def test_a_thing_named_earlier_gets_its_name_back() -> None:
    """A later "la sonda" gets its name back; "il lancio" says whose launch it is."""
    entities = find_entities(parse_article(BIKE_ARTICLE))
    entities.learn("la sonda MIRA è pronta")
    assert "La sonda MIRA pesa 1.240 chilogrammi." == resolve(
        "La sonda pesa 1.240 chilogrammi.", entities, []
    )
    assert "Il lancio della sonda MIRA è previsto a novembre." == resolve(
        "Il lancio è previsto a novembre.", entities, []
    )
    assert "Il film di Rossi è bello." == resolve("Il film di Rossi è bello.", entities, [])


def test_a_sentence_that_leans_on_the_previous_one_is_merged_with_it() -> None:
    """A sentence such as "Si tratta del valore più alto …" joins the one it depends on."""
    article = parse_article(
        "Titolo sui prezzi\n- autrice\n- 10 feb 2026\n"
        "A gennaio l'indice dei prezzi è salito dell'1,7% su base annua. "
        "Si tratta del valore più alto dal 2024.\n"
    )
    assert [
        "A gennaio l'indice dei prezzi è salito dell'1,7% su base annua. "
        "Si tratta del valore più alto dal 2024."
    ] == [s.answer for s in statements(article)]


def test_a_sentence_with_its_subject_elided_joins_the_one_that_names_it() -> None:
    """«Poi propone un codice…» says who proposes only in the sentence before: alone, the
    answer would not say what proposes it."""
    article = parse_article(
        "Titolo sul triage\n- autrice\n- 3 nov 2025\n"
        "Il primo paragrafo dice di cosa parla la notizia, in breve.\n"
        "Il software analizza in 30 secondi i parametri vitali misurati all'ingresso del "
        "paziente. Poi propone un codice di priorità, da 1 a 5.\n"
    )
    assert [
        "Titolo sul triage: il software analizza in 30 secondi i parametri vitali misurati "
        "all'ingresso del paziente. Poi propone un codice di priorità, da 1 a 5."
    ] == [s.answer for s in statements(article)][1:]


def test_a_person_called_by_role_joins_the_sentence_that_names_them() -> None:
    """«Il pilota è uscito illeso» tells of the rider named just before: alone, the answer
    would not say who came out unhurt. A role followed by a name, or after a sentence that
    names nobody, stands alone."""
    article = parse_article(
        "Titolo sulla gara\n- autrice\n- 3 nov 2025\n"
        "Il primo paragrafo dice di cosa parla la notizia, in breve.\n"
        "Pesa la caduta del leader, lo spagnolo Jorge Villalba, scivolato all'ottavo giro. "
        "Il pilota è uscito illeso, ma ha perso l'anteriore per una raffica di vento.\n"
        "Sul Poggio, a 9 chilometri dal traguardo, si è decisa la corsa più lunga dell'anno. "
        "Il pilota ha dedicato la vittoria al nonno.\n"
        "Ha vinto Matteo Ferraresi, con 1,2 secondi sul secondo. "
        "Il pilota della Ducati ha 24 anni.\n"
    )
    answers = [s.answer for s in statements(article)][1:]
    assert answers[0] == (
        "Titolo sulla gara: pesa la caduta del leader, lo spagnolo Jorge Villalba, scivolato "
        "all'ottavo giro. Il pilota è uscito illeso, ma ha perso l'anteriore per una raffica "
        "di vento."
    )
    assert len(answers) == 5
    assert answers[2].endswith("il pilota ha dedicato la vittoria al nonno.")
    assert answers[4].endswith("il pilota della Ducati ha 24 anni.")


def test_a_ranking_that_goes_on_joins_the_sentence_it_follows() -> None:
    """«Seguono Firenze, a 4.180 euro…» says what Firenze follows in only in the sentence
    before: alone, the answer would not say what the 4,180 euros are."""
    article = parse_article(
        "Titolo sulle case\n- autrice\n- 28 ott 2026\n"
        "Il primo paragrafo dice di cosa parla la notizia, in breve.\n"
        "A Bologna i prezzi delle case sono arrivati a 3.720 euro al metro quadrato. "
        "Seguono Firenze, a 4.180 euro, e Roma, a 3.410 euro.\n"
    )
    assert [
        "A Bologna i prezzi delle case sono arrivati a 3.720 euro al metro quadrato. "
        "Seguono Firenze, a 4.180 euro, e Roma, a 3.410 euro."
    ] == [s.answer for s in statements(article)][1:]


def test_a_sentence_without_a_verb_announces_the_next_one() -> None:
    """«Più cauta la Fimmg, il principale sindacato dei medici di famiglia.» says nothing
    alone: the quotation after it, whose speaker is the Fimmg's secretary, joins it, and
    says whose secretary he is."""
    article = parse_article(
        "Titolo sui vaccini\n- autrice\n- 7 ott 2026\n"
        "Il primo paragrafo dice di cosa parla la notizia, in breve.\n"
        "Più cauta la Fimmg, il principale sindacato dei medici di famiglia. «Siamo pronti "
        "a fare la nostra parte», ha dichiarato il segretario regionale Gennaro Iaccarino.\n"
    )
    assert [
        "Titolo sui vaccini: più cauta la Fimmg, il principale sindacato dei medici di "
        "famiglia. «Siamo pronti a fare la nostra parte», ha dichiarato il segretario "
        "regionale della Fimmg, Gennaro Iaccarino."
    ] == [s.answer for s in statements(article)][1:]


def test_a_statement_that_names_nothing_of_the_headline_opens_with_it() -> None:
    """«A spingere la squadra c'erano 5.280 spettatori» alone does not say which final: it
    opens with the headline's head. One that names the headline's subject, and the lead,
    stay as written."""
    article = parse_article(
        "Volley, Perugia è campione d'Italia: battuta Trento in gara 5\n- autrice\n"
        "- 26 apr 2026\n"
        "La Sir Susa Perugia ha vinto lo scudetto battendo Trento per 3-2.\n"
        "A spingere la squadra c'erano 5.280 spettatori, record stagionale. Perugia aveva "
        "vinto anche nel 2018 e nel 2022.\n"
    )

    assert [
        "La Sir Susa Perugia ha vinto lo scudetto battendo Trento per 3-2.",
        "Volley, Perugia è campione d'Italia: a spingere la squadra c'erano 5.280 "
        "spettatori, record stagionale.",
        "Perugia aveva vinto anche nel 2018 e nel 2022.",
    ] == [s.answer for s in statements(article)]


def test_a_dictionary_word_after_the_headline_is_lower_cased_and_a_name_is_not() -> None:
    """«Tiepida la reazione dei tifosi» after the headline reads «…: tiepida la reazione»;
    «Trenitalia», capitalised inside the article's sentences too, keeps its capital."""
    article = parse_article(
        "Alabarda venduta al fondo Harbor Peak\n- autrice\n- 14 mag 2026\n"
        "Il club di calcio è stato ceduto ieri a un fondo americano.\n"
        "Tiepida la reazione dei tifosi, che chiedono garanzie sul futuro della squadra e "
        "dello stadio comunale.\n"
        "Trenitalia aggiungerà due treni speciali per la prossima partita in casa, ha detto "
        "ieri un portavoce di Trenitalia.\n"
    )

    answers = [s.answer for s in statements(article)]

    assert any(a.startswith("Alabarda venduta al fondo Harbor Peak: tiepida la") for a in answers)
    assert any(a.startswith("Alabarda venduta al fondo Harbor Peak: Trenitalia") for a in answers)


def test_a_clitic_after_a_noun_is_not_taken_for_its_adjective() -> None:
    """«il piano si concluderà» gets the plan's name after «piano», not after «si»."""
    article = parse_article(
        "Scuola, il ministero lancia il piano\n- autrice\n- 14 apr 2026\n"
        'Il ministero ha presentato il piano "Scuola Sud" per le scuole del Mezzogiorno.\n'
        "I tutor entreranno in servizio a settembre e il piano si concluderà nel 2028.\n"
    )

    answers = [s.answer for s in statements(article)]

    assert any('il piano "Scuola Sud" si concluderà nel 2028' in a for a in answers), answers


def test_a_sentence_opening_with_a_future_verb_joins_the_one_that_names_its_subject() -> None:
    """«Partirà nel gennaio 2027…» says what will start only with the sentence before
    («uno studio di fase 3»), even though it names Pavia: the two make one fact."""
    article = parse_article(
        "Amiloidosi, un anticorpo raddoppia le risposte\n- autrice\n- 14 mag 2026\n"
        "Il primo paragrafo dice di cosa parla la notizia, in breve.\n"
        "Il prossimo passo sarà uno studio di fase 3. Partirà nel gennaio 2027 e coinvolgerà "
        "420 pazienti, con Pavia nel ruolo di coordinatore.\n"
    )

    answers = [s.answer for s in statements(article)]

    assert any(
        "studio di fase 3. Partirà nel gennaio 2027 e coinvolgerà 420 pazienti" in a
        for a in answers
    ), answers


def test_a_sentence_that_counts_by_ne_joins_the_one_that_names_what_it_counts() -> None:
    """«Finora ne sono stati venduti 3.150» counts what the sentence before names («gli
    abbonamenti»): alone, the fact would say 3.150 of nothing."""
    article = parse_article(
        "Bari, il bike sharing fa il pieno\n- autrice\n- 18 giu 2026\n"
        "Il primo paragrafo dice di cosa parla la notizia, in breve.\n"
        "Gli abbonamenti mensili costano 19,90 euro. Finora ne sono stati venduti 3.150, per "
        "oltre due terzi mensili.\n"
    )

    answers = [s.answer for s in statements(article)]

    assert any("19,90 euro. Finora ne sono stati venduti 3.150" in a for a in answers), answers


def test_relative_dates_are_anchored_to_the_publication_day() -> None:
    """A relative "ieri" in an article of 3 April 2026 also reads "2 aprile 2026"."""
    answers = [s.answer for s in statements(parse_article(BIKE_ARTICLE))]
    assert any("ieri (2 aprile 2026)" in a for a in answers)


# -- questions and keywords ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "intent", "word"),
    [
        ("L'abbonamento annuale costerà 60 euro.", "amount", "quanto"),
        ("Il servizio partirà il 15 maggio con nuove biciclette.", "date", "quando"),
        ("Il servizio è gestito dalla società Ruota Verde.", "who", "chi"),
        ("Il Comune ha chiuso il centro per ridurre il traffico.", "reason", "perché"),
        ("Il bando è stato vinto da BiciBo, un servizio di noleggio.", "definition", "cos'è"),
        ("La nuova stazione sarà costruita a Bologna vicino al centro.", "place", "dove"),
    ],
)
def test_questions_follow_what_the_sentence_can_answer(
    sentence: str, intent: str, word: str
) -> None:
    """Amounts ask "quanto", dates "quando", names "chi", reasons "perché", places "dove"."""
    questions = [q for i, q in intent_questions(sentence) if i == intent]
    assert questions, f"nessuna domanda di tipo {intent}"
    assert any(word in q.lower() for q in questions)
    assert all(q.endswith("?") for q in questions)


@pytest.mark.parametrize(
    ("sentence", "asked", "never"),
    [
        (
            "Mario Rossi, il direttore del museo, ha spiegato che il quadro tornerà.",
            "Chi è il direttore del museo?",
            "Chi è l'il direttore del museo?",
        ),
        (
            "Ha parlato Anna Verdi, la presidente della Regione.",
            "Chi è la presidente della Regione?",
            "Chi è la la presidente della Regione?",
        ),
        (
            "Soddisfatto il capitano Michele Lamaro, eletto migliore in campo.",
            "Chi è eletto migliore in campo?",
            "Chi è l'eletto migliore in campo?",
        ),
        (
            "Secondo il presidente Andrea Duodo, l'incasso ha toccato quota 3,2 milioni.",
            "",
            "Chi è il l'incasso?",
        ),
        (
            "Ha vinto Sofia Marchetti, delle Fiamme Gialle.",
            "Chi è Sofia Marchetti?",
            "Chi è la delle Fiamme Gialle?",
        ),
    ],
)
def test_who_is_asks_of_the_role_as_the_sentence_words_it(
    sentence: str, asked: str, never: str
) -> None:
    """«Chi è …?» of a role keeps the article the role has, and adds none to what the person
    was made («eletto migliore in campo»); a subject after the name («Andrea Duodo,
    l'incasso ha toccato…») opens the next clause and is no role at all, and «delle Fiamme
    Gialle» says whose the person is, not who."""
    questions = [q for _, q in intent_questions(sentence)]
    assert never not in questions
    if asked:
        assert asked in questions


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Il biglietto intero costerà 8 euro.", "Quanto costerà il biglietto intero?"),
        (
            "Sono stati inoltre restaurati 38 dipinti della collezione.",
            "Quanti dipinti della collezione sono stati inoltre restaurati?",
        ),
        (
            "La sonda MIRA pesa 1.240 chilogrammi al lancio.",
            "Quanti chilogrammi pesa la sonda MIRA al lancio?",
        ),
        ("Il museo era chiuso dal dicembre 2024.", "Da quando era chiuso il museo?"),
        ("Il palmarès sarà annunciato sabato 12 settembre.", "Quando sarà annunciato il palmarès?"),
        ("Hanno già raccolto 1.200 segnalazioni.", "Quante segnalazioni hanno già raccolto?"),
        ("Hanno aderito 30 università.", "Quante università hanno aderito?"),
    ],
)
def test_questions_open_with_the_question_word(sentence: str, question: str) -> None:
    """Readers ask «Quanto costerà il biglietto?», not «Il biglietto costerà quanto?»: when
    a subject and a verb come before the answer, the question word goes first."""
    assert question in [q for _, q in intent_questions(sentence)]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Rinaldi sale al terzo posto della classifica con 356 punti.",
            "Rinaldi sale al terzo posto della classifica con quanti punti?",
        ),
        (
            "Il Colosseo resta in cima con 4,3 milioni di visitatori.",
            "Il Colosseo resta in cima con quanti visitatori?",
        ),
        (
            "Il mais potrebbe fermarsi a 4,1 milioni di tonnellate.",
            "A quante tonnellate potrebbe fermarsi il mais?",
        ),
        (
            "I sindacati chiedono un aumento di 230 euro lordi al mese.",
            "I sindacati chiedono un aumento di quanto lordi al mese?",
        ),
    ],
)
def test_how_many_agrees_with_the_noun_the_figure_counts(sentence: str, question: str) -> None:
    """«con quanti punti», «quante tonnellate»: the question word agrees with the plural noun
    a unit or a figure in millions leaves in the question; not with an adjective of a sum."""
    assert question in [q for _, q in intent_questions(sentence)]


def test_no_question_counts_a_preposition() -> None:
    """«battuto il Brno 78-70 nella finale»: the word after a score is no noun to count, so
    there is no «Quanti nella?» among the questions."""
    questions = [
        q for _, q in intent_questions("La Venezia ha battuto il Brno 78-70 nella finale.")
    ]
    assert questions and not any(q.startswith("Quanti nella") for q in questions)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Da lunedì il museo chiuderà ogni sera alle 19.",
            "Da lunedì il museo chiuderà ogni sera a che ora?",
        ),
        (
            "L'ambulatorio sarà aperto dalle 8 alle 20, tutti i giorni.",
            "L'ambulatorio sarà aperto da che ora alle 20?",
        ),
        ("Il parcheggio è gratuito fino alle 14:30.", "Il parcheggio è gratuito fino a che ora?"),
    ],
)
def test_a_time_of_day_is_asked_with_a_che_ora(sentence: str, question: str) -> None:
    """«alle 19» is an hour, asked «a che ora?», not a count asked «quanti?»; «14:30» is
    one time, not a clause break."""
    asked = intent_questions(sentence)

    assert ("date", question) in asked
    assert not [q for i, q in asked if i == "amount"]


def test_a_count_after_alle_is_not_a_time_of_day() -> None:
    """«alle 8 aziende» counts companies."""
    asked = intent_questions("Il Comune ha scritto alle 8 aziende del distretto.")

    assert [i for i, _ in asked if i == "amount"] and not [i for i, _ in asked if i == "date"]


@pytest.mark.parametrize(
    "sentence",
    [
        "L'operazione sarà finanziata per il 70% da un fondo privato.",
        "I prezzi sono tornati sopra gli 80 dollari al barile.",
        "L'indice resta ancorato intorno al 2%.",
        "Il biglietto costa 8 euro, contro i 6 euro richiesti prima della chiusura.",
    ],
)
def test_no_question_leaves_an_article_before_its_question_word(sentence: str) -> None:
    """«per il quanto», «sopra gli quanto», «contro i quanto» are not Italian: the article
    of the replaced figure goes with it."""
    for _, question in intent_questions(sentence):
        assert not re.search(r"\b(?:il|lo|la|i|gli|le|l'|al|dal|del)\s*quant", question), question


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("La cella si ricarica dal 10 all'80% in 12 minuti.", "all'80%"),
        ("Le fiamme sono divampate poco dopo le 3 all'interno del magazzino.", "all'interno"),
        ("Melis era invece sostenuto da Fratelli d'Italia e dalla Lega.", "Melis"),
        ("Rinaldi ha chiuso in 2'28\"41 precedendo di 37 centesimi lo svizzero.", "2'28\"41"),
    ],
)
def test_no_question_splits_an_elision_or_a_time(sentence: str, kept: str) -> None:
    """«all'80%» is not the noun «all» counted («quanti all '80%»), «Fratelli d'Italia» is
    not «Fratelli d» asked as «chi 'Italia», a race time 2'28"41 is one figure: the drafted
    questions read as Italian an operator can keep."""
    questions = [q for _, q in intent_questions(sentence)]

    assert questions
    for question in questions:
        assert not re.search(r"\s['’]|\b(?:quanti|quante) (?:all|dall|nell)\b", question), question
        assert "chi '" not in question and "quanti precedendo" not in question.lower(), question
    assert any(kept in q for q in questions), questions


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Il titolare, Mario Rossi, che a Trevi coltiva 4.000 piante di moraiolo, è stanco.",
            "A Trevi coltiva quante piante di moraiolo?",
        ),
        (
            "Il titolare, Mario Rossi, che a Trevi coltiva 4.000 piante di moraiolo, è stanco.",
            "Dove coltiva 4.000 piante di moraiolo?",
        ),
        (
            "L'operazione si inserisce in un contesto di forte competizione, in cui i principali "
            "attori stanno investendo in modo massiccio per consolidare la leadership.",
            "Perché i principali attori stanno investendo in modo massiccio?",
        ),
        (
            "La società ha chiuso il bilancio in attivo, e nel 2025 ha generato un fatturato di "
            "48 milioni.",
            "Nel 2025 ha generato un fatturato di quanto?",
        ),
    ],
)
def test_a_question_does_not_open_with_what_joined_its_clause(sentence: str, question: str) -> None:
    """A clause taken from inside a sentence opens with a relative or a conjunction («che a
    Trevi coltiva…», «in cui i principali attori…», «e nel 2025…»): asked as it stands it
    reads as broken to the operator who reviews the draft («Che a Trevi coltiva quante
    piante?», «Perché in cui…?»). Without it, it is a question."""
    questions = [q for _, q in intent_questions(sentence)]

    assert question in questions
    for asked in questions:
        assert not re.match(r"(?:Che|E|Ma|In cui|Perché (?:che|in cui|e|ma)) ", asked), asked


@pytest.mark.parametrize(
    ("sentence", "question", "broken"),
    [
        (
            "Sono attesi altri 30-40 centimetri di neve sopra i 1.000 metri.",
            "Sono attesi altri quanti centimetri di neve sopra i 1.000 metri?",
            "30- quanti",
        ),
        (
            "La Regione ha stanziato 1,2 milioni di euro per il triennio 2026-2028 per "
            "potenziare il telescopio.",
            "La Regione ha stanziato quanto per il triennio 2026-2028 per potenziare il "
            "telescopio?",
            "2026- quanto",
        ),
    ],
)
def test_a_range_is_asked_whole(sentence: str, question: str, broken: str) -> None:
    """«30-40 centimetri» is one amount and «2026-2028» two years, not a figure after a
    dangling «30-»: the draft asks «quanti centimetri», never «altri 30- quanti»."""
    questions = [q for _, q in intent_questions(sentence)]

    assert question in questions
    assert not any(broken in q for q in questions), questions


def test_a_cut_question_ends_with_a_whole_phrase() -> None:
    """A long clause is cut to `MAX_QUESTION_WORDS`: not in the middle of a phrase («… 10
    miliardi di dollari di nuovi?»), nor with a space before a comma («quando , il libro»)."""
    long = (
        "Perché OpenAI è impegnata in una trattativa volta a raccogliere 10 miliardi di "
        "dollari di nuovi capitali con l'obiettivo di crescere"
    )
    assert _tidy(long) == (
        "Perché OpenAI è impegnata in una trattativa volta a raccogliere 10 miliardi di dollari?"
    )
    assert _tidy("Uscito quando , il libro conta 368 pagine") == (
        "Uscito quando, il libro conta 368 pagine?"
    )
    assert _tidy("Quante pagine conta il libro?") == "Quante pagine conta il libro?"


def test_market_players_are_not_actors() -> None:
    """«i principali attori tecnologici» are the players of a market: their draft gets no
    «attrice», «interprete» or «recita», which would answer «Chi è l'attrice?» with it."""
    related = related_words(
        "I principali attori tecnologici stanno investendo in modo massiccio nei chip."
    )
    assert not {"attrice", "interprete", "recita"} & set(related), related


def test_a_clause_that_is_not_subject_and_verb_keeps_its_order() -> None:
    """«Che hanno già raccolto…», «A partire dal 2027…»: no subject before the verb, so
    fronting the question word would scramble the clause."""
    questions = [q for _, q in intent_questions("A partire dal 2027 il servizio sarà gratuito.")]
    assert questions == ["A partire da quando il servizio sarà gratuito?"]


def test_the_summary_answers_to_the_headlines_words() -> None:
    """Readers ask with the headline's words («hacker»), even when the lead says it
    otherwise («attacco informatico»): the summary fact lists them."""
    text = (
        "Retivalle sotto attacco hacker: nel mirino i dati dei clienti bergamaschi\n"
        "- chiaramoretti\n- 21 lug 2026\n"
        "Un attacco informatico ha colpito Retivalle, la multiutility bergamasca che "
        "distribuisce acqua e gas in 64 comuni. I criminali hanno copiato i dati di 214.000 "
        "clienti.\n"
        "La società non ha pagato il riscatto chiesto dai criminali per restituire i file.\n"
    )
    summary = build_facts(parse_article(text))[1]

    assert "riassunto" in summary.id
    assert "hacker" in summary.keywords


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Retivalle non ha pagato.", "Retivalle ha pagato?"),
        ("Gli enti non potranno mai chiudere il lunedì.", "Gli enti potranno chiudere il lunedì?"),
        (
            "Il progetto è costato 1,8 milioni di euro, finanziati dalla Regione.",
            "Il progetto è costato 1,8 milioni di euro?",
        ),
        ("Secondo i primi dati presentati ieri, il sistema funziona.", ""),
        ("La direttrice della Pinacoteca, Chiara Valentini, ha spiegato.", ""),
        ("Il progetto approvato dalla giunta, con 14 voti.", ""),
    ],
)
def test_a_statement_is_also_asked_as_a_yes_or_no_question(sentence: str, question: str) -> None:
    """«Retivalle ha pagato il riscatto?» is settled by «Retivalle non ha pagato.»: each
    statement also gets its first clause as a yes/no question, without the negation; not
    a clause with no verb of its own («La direttrice della Pinacoteca?»)."""
    assert yes_no_question(sentence) == question


def test_keywords_put_rare_words_first() -> None:
    """Informative words come first: "pedalata" says more than "servizio" (wordfreq)."""
    keywords = rank_keywords("Il nuovo servizio mette in strada biciclette a pedalata assistita")
    assert keywords.index("pedalata") < keywords.index("servizio")
    assert "nuovo" not in keywords[:3]


def test_every_fact_is_a_valid_draft_with_a_prefixed_id() -> None:
    """Each fact is a draft, has a well-formed id starting with the article, and a short answer."""
    facts = build_facts(parse_article(BIKE_ARTICLE))
    assert len(facts) >= 5
    prefix = facts[0].id.split("-articolo-")[0]
    for fact in facts:
        assert re.match(ID_PATTERN, fact.id)
        assert fact.id.startswith(prefix)
        assert 0 < len(fact.answer) <= 1000
        assert fact.questions and all(q.strip() for q in fact.questions)
    metadata = facts[0]
    assert "3 aprile 2026" in metadata.answer and "martinagalli" in metadata.answer
    assert "Chi ha scritto l'articolo?" in metadata.questions
    # A question made of the topic alone ("… l'articolo su BiciBo?") would be close to any
    # question about the topic: the metadata fact keeps to questions about the article.
    assert not any("BiciBo" in q or "Bologna" in q for q in metadata.questions)
    assert "riassunto" in facts[1].id


def test_toml_strings_survive_quotes_backslashes_and_newlines() -> None:
    """Whatever the article contains, the TOML file reads back the same text."""
    tricky = 'Disse: "ciao" \\ poi\nandò\tvia «sì»'
    assert tricky == tomllib.loads(f"x = {toml_string(tricky)}")["x"]


def test_rendered_file_is_valid_toml_with_drafts() -> None:
    """The rendered text parses, keeps the article metadata and marks every fact as a draft."""
    article = parse_article(BIKE_ARTICLE)
    data = tomllib.loads(render_toml(article, build_facts(article), "seeds/bici.txt"))
    assert "2026-04-03-bologna-arriva-bike-sharing" == data["article"]["id"]
    assert dt.date(2026, 4, 3) == data["article"]["published"]
    assert all(fact["draft"] is True for fact in data["facts"])


# -- the command ---------------------------------------------------------------------------


def test_derive_then_validate_then_ask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A new article becomes a file that validates and answers a reader's question at once."""
    knowledge = _knowledge_dir(tmp_path)
    article = _article_file(tmp_path)
    assert 0 == cli.main(["derive", str(article), "-o", str(knowledge)])
    written = knowledge / "2026-04-03-bologna-arriva-bike-sharing.toml"
    assert written.exists()
    assert str(written) in capsys.readouterr().out
    assert 0 == cli.main(["validate", str(knowledge)])
    matcher = Matcher(load_knowledge(knowledge))
    answer = matcher.match("Quanto costa l'abbonamento annuale a BiciBo?")
    assert Kind.FACT == answer.kind
    assert "60 euro" in answer.text
    assert answer.fact is not None and answer.fact.article is not None
    assert "2026-04-03-bologna-arriva-bike-sharing" == answer.fact.article.id


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    """Deriving the same article twice gives the same ids and the same file."""
    article = _article_file(tmp_path)
    first, _ = derive_file(article, tmp_path / "a", force=False)
    second, _ = derive_file(article, tmp_path / "b", force=False)
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    ids = [f["id"] for f in tomllib.loads(first.read_text(encoding="utf-8"))["facts"]]
    assert len(ids) == len(set(ids))


def test_existing_file_is_not_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second derive fails with a message naming --force; with --force it replaces the file."""
    article = _article_file(tmp_path)
    out = tmp_path / "out"
    assert 0 == derive_command([article], out, force=False)
    target = out / "2026-04-03-bologna-arriva-bike-sharing.toml"
    target.write_text("# revisionato a mano\n", encoding="utf-8")
    capsys.readouterr()
    assert 1 == derive_command([article], out, force=False)
    err = capsys.readouterr().err
    assert "esiste già" in err and "--force" in err
    assert "# revisionato a mano\n" == target.read_text(encoding="utf-8")
    assert 0 == derive_command([article], out, force=True)
    assert target.read_text(encoding="utf-8").startswith("# Bozza generata")


def test_bad_files_fail_with_one_italian_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Empty, binary, non-UTF-8 and missing files exit 1 with a message; good ones still derive."""
    empty = _article_file(tmp_path, "", "vuoto.txt")
    binary = tmp_path / "foto.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Città\n- autore\n- 3 apr 2026\nPerché sì.".encode("latin-1"))
    missing = tmp_path / "non-esiste.txt"
    good = _article_file(tmp_path)
    out = tmp_path / "out"
    assert 1 == derive_command([empty, binary, latin, missing, good], out, force=False)
    err = capsys.readouterr().err.splitlines()
    assert [
        f"{empty}: il file è vuoto",
        f"{binary}: il file non è testo (sembra un file binario)",
        f"{latin}: il file non è testo UTF-8 (salvalo come UTF-8)",
        f"{missing}: il file non esiste",
    ] == err
    assert "Traceback" not in "\n".join(err)
    assert 1 == len(list(out.glob("*.toml")))


def test_a_folder_given_as_article_is_an_error_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Passing a folder by mistake says so and exits 1."""
    assert 1 == cli.main(["derive", str(tmp_path), "-o", str(tmp_path / "out")])
    assert "è una cartella" in capsys.readouterr().err


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed write leaves the old file intact and no temporary file behind."""
    target = tmp_path / "a.toml"
    target.write_text("vecchio\n", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bot.derive.output.os.replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "nuovo\n")
    assert "vecchio\n" == target.read_text(encoding="utf-8")
    assert [target] == list(tmp_path.iterdir())


def test_progress_bar_shows_done_and_total() -> None:
    """The bar is one line: filled share, counts and the file being read."""
    assert "[############------------] 3/6 b.txt" == progress_bar(3, 6, "b.txt")
    assert "[########################] 6/6" == progress_bar(6, 6)


def test_progress_bar_appears_on_a_terminal_when_deriving_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With several articles and a terminal on stderr, the bar is drawn and completed."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    first = _article_file(tmp_path)
    second = _article_file(tmp_path, MARKDOWN_ARTICLE, "museo.md")
    assert 0 == derive_command([first, second], tmp_path / "out", force=False)
    assert "] 2/2" in terminal.getvalue()
    assert "\r" in terminal.getvalue()


# -- quality -------------------------------------------------------------------------------

# What derived facts reach with the matcher of today on the thirteen unseen articles (eight
# for tuning, five held out; 73.3% / 90.4% on 26 Nov 2026, seventh session); a drop below is
# a regression. (Issue 5 targets 85% / 90%; benchmarks/derive_quality.py prints how far
# the bot is.)
FLOOR_IN_SCOPE = 0.70
FLOOR_OUT_OF_SCOPE = 0.88
# The same on the articles with questions in the style of the shared development set
# (74.8% / 95.1% on 122 articles, when the last eight joined; 76.2% / 95.0% on 130, when
# the bot came to answer above a chance of 0.58; 77.3% / 94.9% above 0.55; 78.3% / 95.5% on
# 146, 27 Nov 2026; 78.1% / 95.4% on 162, when the next sixteen joined; 78.5% / 95.7% on
# 170 at the end of the fourteenth session; 78.4% / 95.7% on 178, when the next eight joined;
# 77.2% / 95.6% on 266; 76.9% / 95.3% on 274, when batch 46 joined, which had 69.5% / 84.4%
# unread; 77.1% / 95.8% at the thirtieth session's end; 76.9% / 95.7% on 282, when batch 47
# joined, which had 72.0% / 92.2% unread; 76.8% / 95.5% on 290, when batch 48 joined, which
# had 68.5% / 87.5% unread; 77.2% / 95.5% at the thirty-second session's end; 77.1% / 95.3%
# on 298, when batch 49 joined, which had 73.5% / 87.5% unread; 77.0% / 95.1% on 306, when
# batch 50 joined, which had 66.0% / 89.1% unread).
FLOOR_DEVSTYLE_IN_SCOPE = 0.76
FLOOR_DEVSTYLE_OUT_OF_SCOPE = 0.93
# Every derived article loaded at once, asked with no conversation, as a newsroom runs the
# bot (on 26 Nov 2026, 127 articles: 60.4% / 90.8% when a question plainly about one article
# came to be weighed within it, 59.3% / 90.9% before; 135 articles: 60.1% / 90.6%; 159
# articles, 27 Nov 2026: 61.6% / 91.4%; 175 articles: 61.7% / 91.7%; 183: 61.8% / 92.1%;
# 191: 61.1% / 91.8%; 263 articles, 28 Nov 2026: 60.1% / 91.3%, then 59.0% / 91.7% once a
# question naming more of another article than of the best fact's became a choice of both,
# 73 right answers for 82 wrong ones and 8 out of scope; 303 articles, 28 Nov 2026,
# thirty-second session: 57.7% / 89.7% when batch 48 joined, whose every article is asked
# «Chi ha scritto l'articolo?» word for word, as batch 47's: with all loaded, the bot
# rightly asks which article; 311 articles, thirty-third session: 57.3% / 88.9% when batch 49
# joined, whose eight articles at once kept only 53 of their 64 questions out of scope;
# 319 articles, thirty-fourth session: 56.8% / 88.4% when batch 50 joined, whose eight
# articles at once answered 108 of their 200 questions; 56.9% / 90.8% at its end, once
# recipes, superlatives, «qual è il…» and totals a fact does not tell were refused).
FLOOR_TOGETHER_IN_SCOPE = 0.56
FLOOR_TOGETHER_OUT_OF_SCOPE = 0.90


def _quality(
    tmp_path: Path, folders: tuple[Path, ...] = (DERIVE_DATA, DERIVE_DATA / "heldout")
) -> tuple[float, float]:
    """The benchmark of benchmarks/derive_quality.py: derived facts alone, on the articles
    of `folders` (by default the tuning and the held-out ones together)."""
    passed = {"in_scope": 0, "out_of_scope": 0}
    total = {"in_scope": 0, "out_of_scope": 0}
    articles = [pair for folder in folders for pair in pairs(folder)]
    for number, (article, questions) in enumerate(articles):
        folder = _knowledge_dir(tmp_path / str(number))
        derive_file(article, folder, force=False)
        report = evaluate(Matcher(load_knowledge(folder)), load_cases(questions))
        for section in passed:
            passed[section] += report.passed[section]
            total[section] += report.total[section]
    return (
        passed["in_scope"] / total["in_scope"],
        passed["out_of_scope"] / total["out_of_scope"],
    )


@pytest.fixture(scope="module")
def quality(tmp_path_factory: pytest.TempPathFactory) -> tuple[float, float]:
    """Derive and score the unseen articles once for the quality tests."""
    return _quality(tmp_path_factory.mktemp("quality"))


def test_derived_facts_keep_todays_quality(quality: tuple[float, float]) -> None:
    """Derived facts answer unseen articles at least as well as when this test was written."""
    in_scope, out_of_scope = quality
    assert in_scope >= FLOOR_IN_SCOPE
    assert out_of_scope >= FLOOR_OUT_OF_SCOPE


def test_derived_facts_keep_todays_quality_on_dev_style_questions(tmp_path: Path) -> None:
    """The same on the dev-style articles, whose questions are written like the shared
    development set's (plain, typos, chat spelling, keywords, yes/no, the article's author
    and date)."""
    in_scope, out_of_scope = _quality(tmp_path, (DERIVE_DATA / "devstyle",))
    assert in_scope >= FLOOR_DEVSTYLE_IN_SCOPE
    assert out_of_scope >= FLOOR_DEVSTYLE_OUT_OF_SCOPE


@pytest.mark.parametrize("folder", ["", "heldout", "devstyle"])
def test_each_article_has_questions_of_its_own(folder: str) -> None:
    """Every question file is asked of exactly one article: a file two articles share would
    score one article on another's questions, and an unused one would go unmeasured."""
    directory = DERIVE_DATA / folder if folder else DERIVE_DATA
    paired = list(pairs(directory))
    articles = sorted((directory / "articles").glob("*.txt"))
    assert [article for article, _ in paired] == articles
    assert sorted(questions for _, questions in paired) == sorted(
        directory.glob("questions_*.yaml")
    )


def test_unread_articles_are_scored_by_their_totals_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`derive_quality.py --unseen` scores articles kept out of the repository (one folder
    per helper) by their totals, without printing a question; no article is a plain
    error."""
    from benchmarks.derive_quality import main

    batch = tmp_path / "batch" / "A"
    (batch / "articles").mkdir(parents=True)
    article = "2026-05-14-startup-sinaptica-torino-48-milioni.txt"
    shutil.copy(DERIVE_DATA / "devstyle" / "articles" / article, batch / "articles")
    shutil.copy(DERIVE_DATA / "devstyle" / "questions_sinaptica.yaml", batch)

    assert main(["--unseen", str(tmp_path / "batch")]) == 0
    printed = capsys.readouterr().out
    assert "1 articoli mai letti" in printed and "/25)" in printed
    assert "?" not in printed  # no question is shown
    assert main(["--unseen", str(tmp_path / "batch"), "--together"]) == 0
    printed = capsys.readouterr().out
    modes = ("senza conversazione", "in conversazione ", "in conversazione su un altro")
    assert all(f"{mode}" in printed for mode in modes)
    assert printed.count("sbagliate") == 3 and "?" not in printed
    assert main(["--unseen", str(tmp_path / "vuota")]) == 2


def test_the_pairing_refuses_two_articles_on_one_question_file(tmp_path: Path) -> None:
    """Two articles whose first word after the date is the same are an operator's mistake,
    said plainly rather than scored wrong."""
    (tmp_path / "articles").mkdir()
    for name in ("2026-01-01-sciopero-treni.txt", "2026-02-02-sciopero-medici.txt"):
        (tmp_path / "articles" / name).write_text("Titolo\n", encoding="utf-8")
    (tmp_path / "questions_sciopero.yaml").write_text("in_scope: []\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"usano entrambi questions_sciopero\.yaml"):
        list(pairs(tmp_path))


def test_derived_facts_keep_todays_quality_all_loaded_at_once(tmp_path: Path) -> None:
    """The same with every derived article in one knowledge folder: another article's
    facts compete for each question, as in the newsroom's bot."""
    folders = (DERIVE_DATA, DERIVE_DATA / "heldout", DERIVE_DATA / "devstyle")
    knowledge = _knowledge_dir(tmp_path)
    asked = []
    for folder in folders:
        for article, questions in pairs(folder):
            derive_file(article, knowledge, force=False)
            asked.append(questions)
    matcher = Matcher(load_knowledge(knowledge))
    reports = [evaluate(matcher, load_cases(questions)) for questions in asked]

    def rate(section: str) -> float:
        return sum(r.passed[section] for r in reports) / sum(r.total[section] for r in reports)

    assert len(asked) >= 127
    assert rate("in_scope") >= FLOOR_TOGETHER_IN_SCOPE
    assert rate("out_of_scope") >= FLOOR_TOGETHER_OUT_OF_SCOPE


def test_the_articles_topics_are_not_plain_adjectives() -> None:
    """«il nuovo terminal»: the metadata fact lists what the article is about, never
    «nuovo» or «grande»."""
    text = (
        "Il porto di Genova cresce: 40 milioni per il nuovo terminal\n- mrossi\n- 3 feb 2026\n"
        "Il porto di Genova investirà 40 milioni di euro nel nuovo terminal container.\n"
    )

    metadata = build_facts(parse_article(text))[0].answer

    topics = metadata.split("Argomenti: ")[1].rstrip(".").split(", ")
    assert "Genova" in topics
    assert "nuovo" not in topics


@pytest.mark.parametrize(
    ("noun", "verb"),
    [("riunione", ["riunire"]), ("traduzione", ["tradurre"]), ("riduzione", ["ridurre"])],
)
def test_a_noun_of_action_brings_its_verb_when_the_stems_differ(noun: str, verb: list[str]) -> None:
    """Readers ask «in quali lingue verrà tradotto?» of «la traduzione in tedesco»: the verb
    joins the draft's keywords, when Italian uses it and its stem differs from the noun's."""
    assert word_family(noun) == verb


def test_no_invented_verb_joins_the_keywords() -> None:
    """«posizione» gives no «posire»: only words Italian uses."""
    assert word_family("posizione") == []


def test_a_ministry_is_not_said_to_be_its_minister() -> None:
    """«il ministero della Cultura» is the institution: its fact gets «governo» among its
    related words, not «ministro», or «Come si chiama il ministro della Cultura?» finds a
    fact that names no minister."""
    related = related_words("I numeri sono stati presentati dal ministero della Cultura.")
    assert "governo" in related
    assert "ministro" not in related


def test_a_work_of_art_is_not_said_to_be_a_film() -> None:
    """«l'opera» of a museum is no «film» or «pellicola»; a film is still a «lungometraggio».
    Words with a second common sense bring no related words of the first."""
    assert "film" not in related_words("L'opera entrerà nella collezione permanente del museo.")
    assert "lungometraggio" in related_words("Il film di Lorenzin ha vinto il premio.")
    # nor a village («la frazione di Ravoledo») a stage of the Giro
    assert "tappa" not in related_words("La frana ha isolato la frazione di Ravoledo.")


def test_bills_are_not_said_to_be_of_gas_or_electricity() -> None:
    """«le bollette dell'acqua» relate to «tariffe», not to «luce» or «gas»: a draft that
    said so would answer «Quanto costa la bolletta del gas?» with the water bills."""
    related = related_words("Le bollette dell'acqua aumenteranno del 4,8%.")

    assert "tariffe" in related
    assert "gas" not in related and "luce" not in related


def test_a_future_calls_its_related_words_only_as_written() -> None:
    """«la sonda lavorerà per quattro anni» is a duration, so its draft answers to «durata»;
    «chi lavora sulle navi» is not, so it does not."""
    assert "durata" in related_words("La sonda lavorerà per almeno quattro anni.")
    assert "durata" not in related_words("Chi lavora sulle navi ha stipendi fermi al 2021.")


def test_an_institution_named_in_full_once_keeps_its_name_in_later_facts() -> None:
    """«il presidente del Consorzio» after «il Consorzio di tutela Barolo Barbaresco» is
    that consortium's president: the draft answer says so, and stands alone."""
    text = (
        "Vendemmia in anticipo nelle Langhe\n- mrossi\n- 4 set 2026\n"
        "Il Consorzio di tutela Barolo Barbaresco ha presentato ieri i dati della vendemmia "
        "2026, iniziata con dieci giorni di anticipo.\n"
        "«Avremo meno uva, ma sana», ha spiegato il presidente del Consorzio, Andrea "
        "Capellino, durante un sopralluogo a Barolo.\n"
        "La Regione ha promesso aiuti ai viticoltori colpiti dalla grandine di luglio.\n"
    )

    answers = [s.answer for s in statements(parse_article(text))]

    assert any("presidente del Consorzio di tutela Barolo Barbaresco" in a for a in answers)
    assert any(": la Regione ha promesso" in a for a in answers)  # never named in full


@pytest.mark.parametrize(
    ("by", "role", "expected"),
    [
        (
            "dal Consorzio di tutela della Doc Prosecco",
            "il presidente del Consorzio",
            "presidente del Consorzio di tutela della Doc Prosecco",
        ),
        (
            "dal Parco nazionale d'Abruzzo",
            "il direttore del Parco",
            "direttore del Parco nazionale d'Abruzzo",
        ),
    ],
)
def test_an_institution_s_full_name_may_hold_lowercase_words(
    by: str, role: str, expected: str
) -> None:
    """«il Consorzio di tutela della Doc Prosecco», «il Parco nazionale d'Abruzzo»: full
    names with words in lower case, which a later «il presidente del Consorzio» gets."""
    text = (
        "Export record per le bollicine\n- mrossi\n- 22 lug 2026\n"
        f"I dati sono stati presentati ieri {by} durante l'assemblea dei soci.\n"
        f"«Il mercato tiene», ha commentato {role}, Renato Bortolin.\n"
    )

    answers = [s.answer for s in statements(parse_article(text))]

    assert any(expected in a for a in answers)


def _answers(*paragraphs: str) -> list[str]:
    """The draft answers of an article made of `paragraphs`."""
    text = "Notizia di prova\n- mrossi\n- 14 lug 2026\n" + "\n".join(paragraphs) + "\n"
    return [s.answer for s in statements(parse_article(text))]


def test_an_institution_is_called_back_only_by_what_comes_after_its_full_name() -> None:
    """«la Provincia autonoma» of an article about Trento is not «la Provincia di Bolzano»
    that its last paragraph names; once a second park is named, «il Parco» may be either;
    «il ministero dell'Università» and «l'assessora all'Università» name a portfolio, not
    the university of the article."""
    answers = _answers(
        "Il Tar di Trento ha sospeso il decreto con cui la Provincia autonoma aveva ordinato "
        "l'abbattimento del lupo.",
        "Il danno supera i 48.000 euro, che la Provincia rimborsa agli allevatori.",
        "Anche in Alto Adige, dove la Provincia di Bolzano ha firmato decreti analoghi, gli "
        "allevatori protestano.",
    )
    assert not any("Provincia di Bolzano autonoma" in a for a in answers)
    assert any("che la Provincia rimborsa" in a for a in answers)

    answers = _answers(
        "Sono 64 gli orsi nel Parco nazionale d'Abruzzo, secondo il censimento.",
        "Nel 2025 il Parco ha ricevuto 212 denunce di danni.",
        "Servono corridoi verso il Parco nazionale della Majella e il Parco regionale "
        "Sirente-Velino.",
        "Un'orsa è stata vista al confine con il Parco.",
    )
    assert any("il Parco nazionale d'Abruzzo ha ricevuto 212 denunce" in a for a in answers)
    assert any("verso il Parco nazionale della Majella e" in a for a in answers)
    assert any(a.endswith("al confine con il Parco.") for a in answers)

    answers = _answers(
        "Il tempio è emerso durante gli scavi nel Parco archeologico di Sibari.",
        "«Resterà qui», ha annunciato il direttore del Parco, Antonio Greco.",
    )
    assert any("il direttore del Parco archeologico di Sibari, Antonio" in a for a in answers)

    answers = _answers(
        "L'Università Federico II di Napoli guida il progetto sui Campi Flegrei.",
        "Il progetto ha ricevuto 1,2 milioni dal ministero dell'Università e della ricerca.",
        "«È un passo avanti», ha detto l'assessora regionale all'Università, Elena Vitali.",
    )
    assert any("ministero dell'Università e della ricerca" in a for a in answers)
    assert any("l'assessora regionale all'Università, Elena Vitali" in a for a in answers)


@pytest.mark.parametrize(
    ("before", "role", "expected"),
    [
        (
            "L'associazione dei commercianti di piazza Navona sostiene che gli incassi siano "
            "calati.",
            "«Chiediamo uno sconto», ha dichiarato il presidente dell'associazione, Luca "
            "Ferraioli.",
            "«Chiediamo uno sconto», ha dichiarato il presidente dell'associazione dei "
            "commercianti di piazza Navona, Luca Ferraioli.",
        ),
        (
            "Critico il sindacato dei medici ospedalieri Anaao Assomed.",
            "«Turni massacranti», ha attaccato la segretaria regionale Oriana Ferretti.",
            "«Turni massacranti», ha attaccato la segretaria regionale del sindacato dei medici "
            "ospedalieri Anaao Assomed, Oriana Ferretti.",
        ),
        (
            "L'appuntamento è per sabato 6 giugno alla Fabbrica del Vapore.",
            "«Saremo in tanti», dice la presidente dell'associazione, Chiara Bellotti.",
            "«Saremo in tanti», dice la presidente dell'associazione, Chiara Bellotti.",
        ),
        (
            "L'azienda punta a raddoppiare la produzione entro il 2027.",
            "«Ci crediamo», ha detto l'amministratore delegato Marco Zanella.",
            "«Ci crediamo», ha detto l'amministratore delegato Marco Zanella.",
        ),
        (  # a body named as the source of a figure, inside the sentence
            "Secondo un sondaggio di Confcommercio Verona tra 350 associati del centro e di "
            "Veronetta, il 62,4% teme un calo della clientela.",
            "«Perderemo clienti», ha detto la presidente dell'associazione, Lucia Bertoldi.",
            "«Perderemo clienti», ha detto la presidente dell'associazione Confcommercio "
            "Verona, Lucia Bertoldi.",
        ),
    ],
)
def test_a_role_belongs_to_an_organisation_the_sentence_before_named_not_to_a_common_noun(
    before: str, role: str, expected: str
) -> None:
    """A kind said by whom it gathers («l'associazione dei commercianti di piazza Navona»)
    owns the next bare role; «L'appuntamento», «L'azienda» opening a sentence are common
    nouns, not names: no «presidente dell'associazione L'appuntamento»."""
    assert with_role_organisation(role, organisations(before, [])) == expected


def test_an_event_is_not_a_company_s_nor_the_object_of_a_verb_s() -> None:
    """«L'apertura è stata affidata a "Vento di marzo"» (a concert's first song) is not
    «l'apertura della società Vertigo»; «il festival proporrà "La traviata"» does not make
    «La traviata» the festival's name; «Il debutto arriva…» gets its project before the
    verb, not after it."""
    answers = _answers(
        "Il concerto è organizzato dalla società Vertigo, che ha venduto 60.000 biglietti.",
        "Il cantautore è salito sul palco alle 21. L'apertura è stata affidata a "
        '"Vento di marzo".',
    )
    assert not any("apertura della società" in a for a in answers)

    answers = _answers(
        'Accanto a "Turandot", il festival proporrà "La traviata" di Giuseppe Verdi.',
        "I biglietti saranno in vendita dal 4 maggio.",
    )
    assert not any('festival "La traviata"' in a for a in answers)

    answers = _answers(
        "Sul lago d'Iseo corre il primo treno a idrogeno del progetto H2iseO.",
        "Il debutto arriva con quasi due anni di ritardo.",
    )
    assert any("debutto del progetto H2iseO arriva con" in a for a in answers)


def test_a_name_does_not_run_from_the_title_into_the_first_paragraph() -> None:
    """A title ending «…sulle strade del Parco» and a first paragraph opening «Sono 64 gli
    orsi…» are two lines: «il Parco» is not named «Parco Sono» in later facts."""
    text = (
        "Orso marsicano, tre esemplari investiti sulle strade del Parco\n- mrossi\n"
        "- 8 giu 2026\n"
        "Sono 64 gli orsi presenti nel Parco nazionale d'Abruzzo, secondo il censimento.\n"
        "Nel 2025 il Parco ha ricevuto 212 denunce di danni dagli allevatori.\n"
    )

    answers = [s.answer for s in statements(parse_article(text))]

    assert not any("Sono" in a.split("Sono 64")[-1] for a in answers)
    assert not any("\n" in a for a in answers)


def test_a_role_says_whose_it_is_when_the_sentence_before_named_the_organisation() -> None:
    """«ha detto il portavoce Luca Ferrante» after «Il comitato «Terremotati 2016» di
    Amatrice sostiene…» is that committee's spokesman; «il presidente dell'associazione»
    after «Confartigianato Marca Trevigiana stima…» is Confartigianato's. A role whose
    organisation is in the sentence, or was never named, is left as written."""
    text = (
        "Allerta sismica, critiche ad Amatrice\n- mrossi\n- 15 set 2026\n"
        "Il comitato «Terremotati 2016» di Amatrice sostiene che i fondi andavano spesi "
        "prima per le case. «Le famiglie vivono ancora nelle casette», ha detto il portavoce "
        "Luca Ferrante.\n"
        "Confartigianato Marca Trevigiana stima un danno di 1,5 milioni al mese. «Chiediamo "
        "tempi certi», ha detto il presidente provinciale dell'associazione, Andrea Dal Col.\n"
        "«Serve più personale», ha detto la portavoce Marta Ghisolfi.\n"
        "Il collettivo Casa Subito protesta: «Non possiamo aspettare», ha spiegato la "
        "portavoce Sara Mingozzi.\n"
    )

    answers = [s.answer for s in statements(parse_article(text))]

    assert any(
        "il portavoce del comitato «Terremotati 2016» di Amatrice, Luca Ferrante" in a
        for a in answers
    )
    assert any(
        "il presidente provinciale dell'associazione Confartigianato Marca Trevigiana, Andrea" in a
        for a in answers
    )
    assert any(a.endswith("ha detto la portavoce Marta Ghisolfi.") for a in answers)
    assert any(a.endswith("ha spiegato la portavoce Sara Mingozzi.") for a in answers)
    named = organisations("Il collettivo Studenti Jonici lamenta i ritardi.", [])
    assert with_role_organisation("La portavoce Chiara Lomartire lo ha detto.", named) == (
        "La portavoce del collettivo Studenti Jonici, Chiara Lomartire, lo ha detto."
    )
    # A company's chief executive is the chief of the company named as the subject before;
    # a bare name is no owner of other roles («Novara cambia colore»: not its «presidente»).
    company = organisations("Vertigo Live respinge le accuse.", [])
    assert with_role_organisation(
        "«Biglietti nominativi», ha annunciato l'amministratore delegato Paolo Ferretti.",
        company,
    ) == (
        "«Biglietti nominativi», ha annunciato l'amministratore delegato di Vertigo Live, "
        "Paolo Ferretti."
    )
    assert with_role_organisation("Il presidente Mario Bassi lo ha detto.", company) == (
        "Il presidente Mario Bassi lo ha detto."
    )


@pytest.mark.parametrize(
    ("before", "role", "expected"),
    [
        (
            "Pronta alla battaglia l'Associazione toscana host, che riunisce 1.800 gestori.",
            "Il presidente Lorenzo Bini ha annunciato un ricorso.",
            "Il presidente dell'associazione toscana host, Lorenzo Bini, ha annunciato un ricorso.",
        ),
        (
            "Assobibe, l'associazione di Confindustria delle bevande, parla di buon senso.",
            "«Ogni rinvio blocca gli investimenti», ha dichiarato il presidente Lorenzo Galli.",
            "«Ogni rinvio blocca gli investimenti», ha dichiarato il presidente dell'Assobibe, "
            "Lorenzo Galli.",
        ),
        (
            'In piazza la Cgil e il coordinamento "Bologna Cultura Viva".',
            '"Così si spegne la città", ha detto la portavoce Chiara Benassi.',
            '"Così si spegne la città", ha detto la portavoce del coordinamento "Bologna Cultura '
            'Viva", Chiara Benassi.',
        ),
        (
            "Soddisfatti i produttori, che parlano di una scelta di buon senso.",
            "Il presidente dell'associazione, Mario Rossi, lo ha detto.",
            "Il presidente dell'associazione, Mario Rossi, lo ha detto.",
        ),
    ],
)
def test_a_role_belongs_to_the_organisation_named_by_its_kind(
    before: str, role: str, expected: str
) -> None:
    """«l'Associazione toscana host» (a kind with a capital, its name in lower case),
    «Assobibe, l'associazione di…» (a name, then its kind) and «il coordinamento "Bologna
    Cultura Viva"» (a name in straight quotes) own the next bare role, so that
    «Chi è il presidente di Assobibe?» finds its answer; an adjective that opens a sentence
    («Soddisfatti i produttori») names no organisation."""
    assert with_role_organisation(role, organisations(before, [])) == expected


def test_the_summary_is_asked_about_what_the_lead_says_not_the_whole_title() -> None:
    """The lead of «Langhe, vendemmia in anticipo: meno uva per grandine e siccità» never
    says «grandine»: its summary is not asked «Cosa è successo con grandine…?», which
    would draw «Quando c'è stata la grandinata?» to a lead that cannot answer it."""
    text = (
        "Langhe, vendemmia in anticipo: meno uva per grandine e siccità\n- mrossi\n"
        "- 4 set 2026\n"
        "È partita con dieci giorni di anticipo la vendemmia 2026 nelle Langhe, sulle colline "
        "di Serralunga d'Alba.\n"
        "A pesare è stata la grandine del 17 luglio, che ha colpito i vigneti di Monforte.\n"
    )

    summary = next(f for f in build_facts(parse_article(text)) if "riassunto" in f.id)
    opening = summary.questions[0]

    assert opening.startswith("Cosa è successo con ") and "grandine" not in opening
    assert "Langhe" in opening or "vendemmia" in opening


def test_a_short_paragraph_of_two_content_words_keeps_its_fact() -> None:
    """«Le opposizioni hanno votato contro.» alone in its paragraph says who voted against:
    a reader may ask, so it is a fact; an empty «Ecco.» is not."""
    text = (
        "Il Comune approva il bilancio\n- mrossi\n- 17 dic 2025\n"
        "Il consiglio comunale ha approvato ieri il bilancio da 12 milioni di euro.\n"
        "Le opposizioni hanno votato contro.\n"
        "Ecco.\n"
    )

    answers = [f.answer for f in build_facts(parse_article(text))]

    assert "Il Comune approva il bilancio: le opposizioni hanno votato contro." in answers
    assert not any(a.endswith("Ecco.") for a in answers)


def test_a_rector_or_mayor_belongs_to_the_institution_the_article_named_in_full() -> None:
    """«la rettrice Antonella Caradonna» after «l'Università degli Studi di Bari ha
    inaugurato…» is that university's rector; «il sindaco di Taranto Vincenzo De Palo»
    already says whose mayor he is and is left alone."""
    text = (
        "Taranto, inaugurato il campus\n- mrossi\n- 12 mar 2026\n"
        "L'Università degli Studi di Bari ha inaugurato ieri il nuovo campus di Taranto.\n"
        "Erano presenti la rettrice Antonella Caradonna e il sindaco di Taranto Vincenzo De "
        "Palo.\n"
    )

    answers = [s.answer for s in statements(parse_article(text))]

    assert any(
        "la rettrice dell'Università degli Studi di Bari, Antonella Caradonna" in a for a in answers
    )
    assert any("il sindaco di Taranto Vincenzo De Palo" in a for a in answers)


def test_a_prefect_belongs_to_the_prefecture_the_article_named_in_full() -> None:
    """«il prefetto Luca Marras» after «la Prefettura di Perugia ha predisposto…» is Perugia's
    prefect: readers ask «Chi è il prefetto di Perugia?»."""
    text = (
        "Assisi, il piano per il Giubileo\n- mrossi\n- 10 set 2026\n"
        "Il piano messo a punto dalla Prefettura di Perugia prevede 800 agenti.\n"
        "«Non vogliamo trasformare Assisi in una fortezza», ha detto il prefetto Luca Marras.\n"
    )

    answers = [s.answer for s in statements(parse_article(text))]

    assert any("il prefetto della Prefettura di Perugia, Luca Marras" in a for a in answers)


def test_a_colon_of_the_sentence_is_not_taken_for_the_topic_put_before_it() -> None:
    """«Non sarà previsto alcun sovrapprezzo: basterà il biglietto» keeps its first half
    for its keywords and questions; only the title's head that `statements` put before a
    sentence leaning on the one before («Cavallino ritrovato: il museo…») is left out."""
    from bot.derive.facts import statement_fact
    from bot.derive.statements import Statement

    own = "Non sarà previsto alcun sovrapprezzo: basterà il biglietto ordinario da 12 euro."
    prefixed = "Cavallino ritrovato: il museo conta 210.000 visitatori."

    kept = statement_fact(Statement((own,), own, 1), "t", [], "Cavallino ritrovato")
    dropped = statement_fact(Statement((prefixed,), prefixed, 1), "t", [], "Cavallino ritrovato")

    assert "sovrapprezzo" in kept.keywords
    assert "Cavallino" not in dropped.keywords and "visitatori" in dropped.keywords


def test_a_sentence_giving_the_cause_of_the_news_is_asked_why() -> None:
    """«Alla base della crisi c'è il crollo degli ordini» says why the news happened: its
    draft is asked «Perché <the article's subject>?» and «Quali sono le cause?»; a
    sentence with no cause is not."""
    from bot.derive.facts import statement_fact
    from bot.derive.statements import Statement

    def questions(sentence: str) -> tuple[str, ...]:
        fact = statement_fact(Statement((sentence,), sentence, 1), "t", ["Tecnofrigo", "crisi"])
        return fact.questions

    cause = questions("Alla base della crisi c'è il crollo degli ordini dalla Germania.")
    plain = questions("Il gruppo ha chiuso il 2025 con ricavi per 212 milioni di euro.")

    assert "Perché Tecnofrigo crisi?" in cause and "Quali sono le cause?" in cause
    assert "Quali sono le cause?" not in plain


def test_a_word_starting_like_a_month_is_no_date() -> None:
    """«il maggior numero» is not «il maggio»: no «quando?» is made of it; «a maggio
    2027» still is a date."""
    greatest = intent_questions("La regione con il maggior numero di cattedre è la Lombardia.")
    may = intent_questions("Il cantiere partirà a maggio 2027.")

    assert not any(intent == "date" for intent, _ in greatest)
    assert ("date", "Il cantiere partirà quando?") in may


def test_what_is_counted_is_also_asked_alone() -> None:
    """Readers ask «Quanti lavoratori?» of «coinvolge circa 2.300 lavoratori»: the counted
    noun gets a short question of its own; a sum of euros does not («Quanti euro?»)."""
    asked = [q for _, q in intent_questions("Lo sciopero coinvolge circa 2.300 lavoratori.")]
    money = [q for _, q in intent_questions("La Regione ha stanziato 25 milioni di euro.")]

    assert "Quanti lavoratori?" in asked
    assert not [q for q in money if len(q.split()) <= 2]


def _ask_derived(tmp_path: Path, article: str, question: str) -> Answer:
    """Derive a dev-style article into a fresh knowledge folder and ask it one question."""
    knowledge = _knowledge_dir(tmp_path)
    derive_file(DERIVE_DATA / "devstyle" / "articles" / article, knowledge, force=False)
    return Matcher(load_knowledge(knowledge)).match(question)


@pytest.mark.parametrize(
    "question", ["Quanti anni ha Giulia Santoro?", "quanti anni ha giulia santoro?"]
)
def test_a_name_typed_in_lower_case_is_still_a_name(tmp_path: Path, question: str) -> None:
    """The article names Giulia Santoro but gives no age: typed in lower case, as many do
    in chat, the question is refused alike, not answered with another figure in years."""
    answer = _ask_derived(tmp_path, "2026-08-31-festival-levante-record-presenze.txt", question)

    assert answer.kind is Kind.NONE, answer


@pytest.mark.parametrize(
    "question",
    [
        "Quanto costava la benzina in Sicilia ieri?",
        "quanto costava la benzina in sicilia ieri?",
        "quanto costava la benzina in veneto ieri?",
        "quanto costava la benzina a roma ieri?",
    ],
)
def test_a_region_typed_in_lower_case_is_still_a_place(tmp_path: Path, question: str) -> None:
    """The article gives the national price of petrol, not Sicily's: «sicilia» typed in
    lower case is the region all the same (the regions, provinces and countries of
    `lexicon.places`), and the question is refused."""
    answer = _ask_derived(tmp_path, "2026-01-14-benzina-accise-aumento-pompa.txt", question)

    assert answer.kind is Kind.NONE, answer


@pytest.mark.parametrize(
    ("article", "question", "reason"),
    [
        (
            "2026-05-14-startup-sinaptica-torino-48-milioni.txt",
            "xke gli investitori hanno scelto torino?",
            "perché qui l'industria",
        ),
        (
            "2026-04-21-archivio-gazzetta-emiliana-digitale.txt",
            "xke hanno deciso di digitalizzare l'archivio?",
            "all'origine della decisione",
        ),
    ],
)
def test_a_why_question_is_answered_by_the_reason_after_a_fact_without_one(
    tmp_path: Path, article: str, question: str, reason: str
) -> None:
    """The best-ranked fact tells what happened but gives no reason and cannot answer
    «perché?»; the fact right after it that gives one is weighed in its place."""
    answer = _ask_derived(tmp_path, article, question)

    assert answer.kind is Kind.FACT and reason in answer.text, answer


def test_a_price_is_not_told_by_the_summary_without_a_sum(tmp_path: Path) -> None:
    """«Quanto costa ora il Rho Ice Dome?»: the summary names the arena, its seats and its
    dates but no sum, so it cannot answer; the fact with «89,5 milioni» is not sure enough
    either, and the bot says it does not know rather than give the seats."""
    answer = _ask_derived(
        tmp_path, "2026-01-12-olimpiadi-arena-rho-ritardi.txt", "Quanto costa ora il Rho Ice Dome?"
    )

    assert answer.kind is not Kind.FACT or "89,5" in answer.text, answer


def test_the_figure_after_sono_stati_counts_a_far_subject(tmp_path: Path) -> None:
    """«Gli sfratti eseguiti con la forza pubblica sono stati 1.410»: the figure after «sono
    stati» counts the clause's subject, eight words before it."""
    answer = _ask_derived(
        tmp_path,
        "2026-05-14-affitto-torino-canone-concordato-sfratti.txt",
        "Quanti sfratti sono stati eseguiti con la forza pubblica?",
    )

    assert answer.kind is Kind.FACT and "1.410" in answer.text, answer


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (
            "2026-05-06-frana-valtellina-statale.txt",
            "Quanto tempo in più ci vuole per andare da Tirano a Bormio con la deviazione?",
            "25 minuti",
        ),
        (
            "2026-04-14-lamezia-boom-passeggeri-nuove-rotte.txt",
            "Per quanti viaggiatori all'anno era stata pensata l'aerostazione di Lamezia?",
            "2,5 milioni",
        ),
    ],
)
def test_a_light_verb_does_not_hide_the_answer(
    tmp_path: Path, article: str, question: str, expected: str
) -> None:
    """«ci vuole», «andare», «era stata pensata»: readers frame a question with verbs the
    news does not use («servono», «progettato per»). They weigh little, so the fact that
    holds the rest of the question answers it."""
    answer = _ask_derived(tmp_path, article, question)

    assert answer.kind is Kind.FACT and expected in answer.text, answer


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (
            "2026-03-12-tecnofrigo-cassa-integrazione-fabriano.txt",
            "Quale sindacato si è rifiutato di sottoscrivere l'intesa?",
            "Usb",
        ),
        (
            "2026-06-12-mobili-arienti-concordato.txt",
            "ke sindacati hanno proclamato lo sciopero?",
            "Fillea",
        ),
    ],
)
def test_quale_sindacato_is_answered_by_its_name(
    tmp_path: Path, article: str, question: str, expected: str
) -> None:
    """«Quale sindacato…?» asks who, and the news names the union («la Fiom-Cgil») without
    the word «sindacato» (the «Usb» did not sign): the fact that names it answers."""
    answer = _ask_derived(tmp_path, article, question)

    assert answer.kind is Kind.FACT and expected in answer.text, answer


@pytest.mark.parametrize(
    ("article", "question"),
    [
        (
            "2026-03-17-trapianto-fegato-robotico-ravenna.txt",
            "Quanto guadagna un chirurgo dei trapianti al Policlinico San Vitale?",
        ),
        ("2026-04-26-volley-scudetto-perugia.txt", "Quanto guadagna Matteo Ferraresi a stagione?"),
    ],
)
def test_quanto_guadagna_needs_a_sum_near_who_earns(
    tmp_path: Path, article: str, question: str
) -> None:
    """«Quanto guadagna X?» asks X's pay: the article's other sums (a robot's cost, a prize)
    do not tell it, and the bot says it does not know."""
    answer = _ask_derived(tmp_path, article, question)

    assert answer.kind is Kind.NONE, answer


def test_the_rest_of_the_first_paragraph_carries_the_leads_names() -> None:
    """«A spingere la squadra umbra c'erano 5.280 spettatori» goes on with the final the
    lead tells: it carries the lead's names (the PalaBarton) among its keywords, so «Quanti
    spettatori c'erano al PalaBarton?» finds it; a later paragraph does not."""
    text = (
        "Volley, Perugia è campione d'Italia\n- mrossi\n- 26 apr 2026\n"
        "La Sir Susa Perugia è campione d'Italia per la terza volta. Ieri sera, al PalaBarton "
        "di Pian di Massiano, i Block Devils hanno superato l'Itas Trentino per 3-2 nella "
        "decisiva gara 5 della finale scudetto, davanti al presidente federale e al sindaco. "
        "Dopo aver perso i primi due set, la squadra di Paolo Menicucci ha rimontato con un "
        "muro dopo l'altro, chiudendo il tie-break 15-12 al secondo match point, con "
        "l'ultimo punto firmato dal capitano tra gli applausi del pubblico di casa, rimasto in "
        "piedi per tutto il quinto set. È il primo titolo dopo sei anni di attesa per il club "
        "umbro. A spingere la squadra umbra c'erano 5.280 spettatori, record stagionale per "
        "l'impianto.\n"
        "Il premio di miglior giocatore della finale è andato allo schiacciatore Matteo "
        "Ferraresi, autore di 24 punti.\n"
    )

    facts = build_facts(parse_article(text))
    crowd = next(f for f in facts if "5.280 spettatori" in f.answer)
    award = next(f for f in facts if "miglior giocatore" in f.answer)

    lead_names = {k for k in facts[1].keywords if k[:1].isupper()} - {"Perugia", "Italia", "Volley"}
    assert lead_names & set(crowd.keywords)
    assert not lead_names & set(award.keywords)


@pytest.mark.parametrize(
    ("lead", "told"),
    [
        ("Il record italiano dei 200 metri misti ha un nuovo proprietario.", True),
        ("Lorenzo Galbiati ha un nuovo record.", False),
    ],
)
def test_a_teaser_lead_is_summarised_with_the_news_after_it(lead: str, told: bool) -> None:
    """«Il record dei 200 misti ha un nuovo proprietario.» only announces the news: the
    summary goes on with the sentence that tells it (who, in what time), which is what
    «riassumi» and «chi ha battuto il record?» want. A lead naming someone is one already."""
    text = (
        "Nuoto, Galbiati da record a Riccione\n- gmarchetti\n- 18 apr 2026\n"
        f"{lead} Venerdì sera, nella vasca olimpica dello Stadio del Nuoto di Riccione, il "
        "21enne Lorenzo Galbiati delle Fiamme Gialle ha toccato la piastra in 1'55\"12, "
        "abbassando di 34 centesimi il primato stabilito da Marco Ferraresi nel 2019, al "
        "Trofeo Settecolli di Roma, davanti a un pubblico di 2.400 persone, in una serata che "
        "la federazione ha definito storica per tutto il movimento, con il direttore tecnico "
        "Andrea Colombo che ha parlato di un segnale importante in vista degli Europei di "
        "Parigi e il presidente del comitato regionale che ha annunciato un premio speciale.\n"
        "Galbiati tornerà in acqua sabato nei 400 misti.\n"
    )

    summary = next(f for f in build_facts(parse_article(text)) if "riassunto" in f.id)

    assert ("1'55" in summary.answer) is told
    assert summary.answer.startswith(lead)


def test_a_number_word_with_a_capital_inside_a_sentence_is_a_name_not_an_amount() -> None:
    """«la Fontana dei Quattro Fiumi» is a fountain's name: no draft asks «la Fontana di
    quanti Fiumi?»; the 3.000 people are still asked, and so is «Tre» opening a sentence."""
    asked = [
        q
        for _, q in intent_questions(
            "Ieri la Fontana dei Quattro Fiumi è stata restituita alla città davanti a oltre "
            "3.000 persone."
        )
    ]
    assert not any("quanti Fiumi" in q for q in asked)
    assert any(q.endswith("davanti a quante persone?") for q in asked)
    assert any("Quante persone" in q for _, q in intent_questions("Tre persone sono state ferite."))


@pytest.mark.parametrize(
    ("sentence", "asked", "not_asked"),
    [
        (
            "Il satellite è partito dalla base di Vandenberg, in California.",
            "Da dove è partito il satellite?",
            "Da chi",
        ),
        (
            "I dati sono stati presentati ieri dal Consorzio di tutela della Doc Prosecco.",
            "Da chi sono stati presentati ieri i dati?",
            "da dove di tutela",
        ),
        ("Lo sconto vale fino al 2027.", "Fino a quando vale lo sconto?", "Quando vale"),
        (
            "Il cantiere resterà aperto fino a fine giugno.",
            "Il cantiere resterà aperto fino a quando?",
            "fino quando",
        ),
        (
            "La mostra resterà aperta a Palazzo Ducale di Genova fino a luglio.",
            "La mostra resterà aperta dove fino a luglio?",
            "dove di Genova",
        ),
    ],
)
def test_where_from_by_whom_and_until_when_are_asked_as_such(
    sentence: str, asked: str, not_asked: str
) -> None:
    """«è partito dalla base» asks where from, not by whom; «presentati dal Consorzio di
    tutela…» asks by whom, never «da dove di tutela»; «fino al 2027» asks until when; a
    place's name is asked whole («a Palazzo Ducale di Genova»)."""
    questions = [q for _, q in intent_questions(sentence)]
    assert asked in questions
    assert not any(not_asked in q for q in questions)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Nella fascia esterna, la cosiddetta zona arancione, si passerà a 1,80 euro.",
            "Cos'è la zona arancione?",
        ),
        ("Il cosiddetto spread è salito di 20 punti.", "Cos'è lo spread?"),
        ("Sono pianeti della categoria delle cosiddette super-Terre.", "Cosa sono le super-Terre?"),
        (
            "Il telescopio scoprirà i cosiddetti fenomeni transitori: esplosioni stellari.",
            "Cosa sono i fenomeni transitori?",
        ),
        ("La cosiddetta Società foggiana controllava tutto.", "Cos'è la Società foggiana?"),
    ],
)
def test_what_a_so_called_thing_is_asked_with_its_own_article(sentence: str, question: str) -> None:
    """«la cosiddetta zona arancione» asks «Cos'è la zona arancione?», not «Cos'è il zona
    arancione?»; plural things ask «Cosa sono…»; the name ends where its clause goes on
    («: esplosioni…», «controllava»)."""
    assert [q for _, q in _definition_questions(sentence)] == [question]


def test_a_reason_asked_of_a_quotation_reads_as_a_question() -> None:
    """«Il virus ha trovato…, perché…», ha detto… asks «Perché il virus ha trovato…?», with
    no capital in the middle; «Senza i fondi…» likewise; a name keeps its capital."""
    asked = [
        q
        for text in (
            "«Il virus ha trovato una popolazione poco protetta, perché la copertura vaccinale "
            "resta bassa», ha detto Carla Russo.",
            "«Senza i fondi non avremmo acquistato le apparecchiature, perché costano troppo», "
            "ha detto il direttore.",
            "Roma ha chiesto i fondi perché mancano i soldi.",
        )
        for _, q in intent_questions(text)
    ]
    assert "Perché il virus ha trovato una popolazione poco protetta?" in asked
    assert "Perché senza i fondi non avremmo acquistato le apparecchiature?" in asked
    assert "Perché Roma ha chiesto i fondi?" in asked


def test_a_quotation_without_its_speaker_is_the_last_speaker_s_not_the_last_name_s() -> None:
    """After «"Il vento non è mai mancato", sorride Pannunzi.» the next quotation is still
    Pannunzi's (named in full before), not Chiara Fornari's, the last person named in full;
    «…», accusa Chiara Zanon names its own speaker, so it gets no one else's name."""
    answers = _answers(
        "«Chi fa più fatica deve guadagnarci», spiega l'ingegnere Luca Pannunzi. «Le regole "
        "ci sono», commenta Chiara Fornari, di Legambiente.",
        '"Qui il vento non è mai mancato", sorride Pannunzi. "Mancava solo la voglia di '
        'mettersi insieme".',
        "«Chiedevamo controlli dal 2022», accusa Chiara Zanon, portavoce del comitato.",
    )
    assert not any("Chiara Fornari: " in a for a in answers)
    assert any(
        'sorride Pannunzi. "Mancava solo la voglia' in a or a.startswith("Luca Pannunzi: ")
        for a in answers
    )
    assert any(a.startswith("Notizia di prova: «Chiedevamo controlli") for a in answers)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Firmato l'accordo: la Regione Marche, dal canto suo, ha stanziato 3 milioni di "
            "euro per corsi di riqualificazione.",
            "La Regione Marche ha stanziato quanto per corsi di riqualificazione?",
        ),
        ("Mario Rossi, 45 anni, ha vinto 3 medaglie.", "Quante medaglie ha vinto Mario Rossi?"),
        (
            "I lavori sono andati alla Edilpietra Langhe srl di Bra, che ha impiegato 42 operai "
            "per oltre 18.000 ore.",
            "Edilpietra Langhe srl di Bra ha impiegato quanti operai per oltre 18.000 ore?",
        ),
    ],
)
def test_a_clause_opening_with_its_verb_is_asked_with_its_subject(
    sentence: str, question: str
) -> None:
    """«la Regione Marche, dal canto suo, ha stanziato…» and «…alla Edilpietra, che ha
    impiegato…» are asked with who did it, not as «Ha stanziato quanto…?»."""
    assert question in [q for _, q in intent_questions(sentence)]


def test_no_drafted_question_ends_on_a_preposition_or_asks_nothing() -> None:
    """A question cut around its question word ends on a whole phrase, not «… un valore
    complessivo di?»; «Quanti dei?» and «Da quando, giovedì 22 gennaio?» ask nothing and
    are not drafted; «Quando?» alone, as the short form of a date question, stays."""
    assert _tidy("per un valore complessivo di") == "Per un valore complessivo?"
    assert _tidy("Quanti dei") == ""
    assert _tidy("Da quando, giovedì 22 gennaio") == ""
    assert _tidy("Quando, al PalaBarton di Pian di Massiano") == ""
    assert _tidy("Quando, alle 16, affronterà lo spagnolo") == (
        "Quando, alle 16, affronterà lo spagnolo?"
    )
    assert _tidy("quando") == "Quando?"
    asked = [
        q
        for _, q in intent_questions(
            "L'inchiesta ha controllato tra il 2021 e il 2025 almeno 23 appalti pubblici per un "
            "valore complessivo di 40 milioni di euro in tutta la provincia di Foggia."
        )
    ]
    assert asked and not any(re.search(r"\b(?:di|per|in|a|e)\?$", q) for q in asked)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Sabato la statale 38 è rimasta bloccata per oltre tre ore.", "la statale 38"),
        ("Da maggio la linea 2 sarà deviata su via Amendola.", "la linea 2"),
        ("Perugia ha vinto gara 5 davanti a 5.280 spettatori.", "gara 5"),
    ],
)
def test_a_number_that_names_which_one_is_not_asked_how_many(sentence: str, kept: str) -> None:
    """«la statale 38», «la linea 2», «gara 5» say which road, line or game: no draft asks
    «la statale quanti?»; the other amounts and dates of the sentence are still asked."""
    asked = [q for _, q in intent_questions(sentence)]
    assert asked and all(kept in q for q in asked)


def test_an_age_beside_a_name_is_asked_as_readers_ask_it() -> None:
    """«Anna De Luca, 61 anni, presidente del comitato» is asked «Quanti anni ha Anna De
    Luca?», not «Anna De Luca, quanti anni, presidente…?»."""
    asked = [q for _, q in intent_questions("Lo ha detto Anna De Luca, 61 anni, presidente.")]
    assert asked == ["Quanti anni ha Anna De Luca?"]
    asked = [q for _, q in intent_questions("Mario Rossi, 45 anni, ha vinto 3 medaglie.")]
    assert "Quanti anni ha Mario Rossi?" in asked
    assert "Quante medaglie ha vinto Mario Rossi?" in asked
    assert not any("quanti anni," in q for q in asked)


@pytest.mark.parametrize(
    ("sentence", "asked", "not_asked"),
    [
        (
            "L'ordinanza accoglie il ricorso presentato a marzo da Federconsumatori.",
            "L'ordinanza accoglie il ricorso presentato a marzo da chi?",
            "da dove",
        ),
        (
            "L'autostrada è stata chiusa tra Teramo e Colledara per tre giorni.",
            "L'autostrada è stata chiusa dove per tre giorni?",
            "dove e Colledara",
        ),
    ],
)
def test_who_after_a_time_and_two_places_are_asked_whole(
    sentence: str, asked: str, not_asked: str
) -> None:
    """«presentato a marzo da Federconsumatori» asks by whom, as «presentato da…» does;
    «tra Teramo e Colledara» is one place asked, not «dove e Colledara»."""
    questions = [q for _, q in intent_questions(sentence)]
    assert asked in questions
    assert not any(not_asked in q for q in questions)


def test_a_figure_of_another_place_is_not_keyed_with_the_titles_places() -> None:
    """«Negli Stati Uniti l'export è calato del 6,1%» in an article titled «…Prato e Biella
    ricorrono alla cassa integrazione»: the figure is not Biella's, so the draft does not
    carry the title's places as its keywords (a figure that names no place does)."""
    text = (
        "Moda e tessile, l'export frena nel primo semestre: -4,8%. Prato e Biella ricorrono "
        "alla cassa integrazione\n- giuliaferrante\n- 18 set 2025\n"
        "Nel primo semestre del 2025 le esportazioni della filiera italiana del tessile si sono "
        "fermate a 32,4 miliardi di euro, in calo del 4,8%.\n"
        "Negli Stati Uniti, secondo mercato di sbocco, l'export è calato del 6,1%, complici "
        "l'incertezza sui dazi e un dollaro più debole. Il fatturato complessivo del comparto "
        "è sceso del 3,6%, a 46,1 miliardi di euro.\n"
    )

    facts = build_facts(parse_article(text))
    abroad = next(f for f in facts if "Stati Uniti" in f.answer and "riassunto" not in f.id)
    turnover = next(f for f in facts if "fatturato complessivo" in f.answer)

    assert "Biella" not in abroad.keywords
    assert "Biella" in turnover.keywords
