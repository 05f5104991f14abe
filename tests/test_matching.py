"""The matcher: each fact's own questions find it, off-topic questions get "non lo so"."""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.asking import asks_yes_or_no, question_reads
from bot.derive import derive_file
from bot.evaluation import evaluate, format_report, load_cases, summary
from bot.knowledge import load_knowledge
from bot.matching import MatchConfig, Matcher
from bot.models import Answer, Article, Fact, Kind, Knowledge
from bot.text import dates_only_deadlines, fold, masculine_role, word_keys, words

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
TEST_KNOWLEDGE = REPO / "tests" / "data" / "knowledge"
# A committed copy of ../shared/eval/dev_questions.yaml, so CI does not depend on shared/.
DEV_QUESTIONS = REPO / "tests" / "data" / "dev_questions.yaml"
DEVSTYLE_ARTICLES = REPO / "tests" / "data" / "derive" / "devstyle" / "articles"


@cache
def knowledge(*roots: Path) -> Knowledge:
    """The knowledge under these roots, loaded once per test session."""
    return load_knowledge(list(roots))


@cache
def matcher(*roots: Path) -> Matcher:
    """A matcher over these roots, built once per test session."""
    return Matcher(knowledge(*roots))


def drafted(folder: Path, article: str) -> Matcher:
    """A matcher over the draft `newsbot derive` writes into `folder` for one dev-style
    article (a file name in `DEVSTYLE_ARTICLES`): what the bot serves before review."""
    derive_file(DEVSTYLE_ARTICLES / article, folder, force=False)
    return Matcher(load_knowledge(folder))


def own_questions(*roots: Path) -> list[pytest.param]:  # type: ignore[valid-type]
    """One case per alternate question of every fact (and small-talk entry) under `roots`."""
    return [
        pytest.param(fact.id, question, id=f"{fact.id}: {question}")
        for fact in knowledge(*roots).facts
        for question in fact.questions
    ]


def assert_answers_with(expected_id: str, answer: Answer, source: Knowledge) -> None:
    """The answer is the fact `expected_id`, of that fact's kind."""
    expected = source.fact(expected_id)
    assert expected is not None
    got = answer.fact.id if answer.fact else None
    assert (expected.kind, expected_id) == (answer.kind, got), (
        f"{answer.question!r} -> {answer.kind} {got} ({answer.confidence:.2f}), "
        f"suggestions {[s.id for s in answer.suggestions]}"
    )


# -- every fact answers its own questions ----------------------------------------------------


@pytest.mark.parametrize(("fact_id", "question"), own_questions(KNOWLEDGE))
def test_shipped_fact_answers_its_own_questions(fact_id: str, question: str) -> None:
    """Asking a fact's alternate question, as written in knowledge/, returns that very fact."""
    assert_answers_with(fact_id, matcher(KNOWLEDGE).match(question), knowledge(KNOWLEDGE))


def shared_questions(*roots: Path) -> dict[str, set[str]]:
    """Questions (normalised) that more than one fact lists, like "Chi è l'autore?", with
    the ids of the facts that list them."""
    owners: dict[str, set[str]] = {}
    for fact in knowledge(*roots).facts:
        for question in fact.questions:
            owners.setdefault(" ".join(words(question)), set()).add(fact.id)
    return {question: ids for question, ids in owners.items() if len(ids) > 1}


@pytest.mark.parametrize(("fact_id", "question"), own_questions(KNOWLEDGE, TEST_KNOWLEDGE))
def test_fact_answers_its_own_questions_among_several_articles(fact_id: str, question: str) -> None:
    """With the test articles loaded beside the shipped one, each fact still owns its questions;
    a question that several articles' facts list is ambiguous: the reader is offered those
    facts (this one among them when they fit in the three suggestions). So is a question
    any article's byline or summary answers («Chi è l'autore?», «Riassumi la notizia»),
    with no conversation to say which: it is offered among the others."""
    both = (KNOWLEDGE, TEST_KNOWLEDGE)
    answer = matcher(*both).match(question)
    owners = shared_questions(*both).get(" ".join(words(question)))

    if owners:
        offered = {s.id for s in answer.suggestions}
        asked_of_any = fact_id.endswith(("articolo", "riassunto"))  # any article's, below
        assert (Kind.NONE, True) == (
            answer.kind,
            bool(offered) and (offered <= owners or asked_of_any),
        )
        if len(owners) <= MatchConfig().max_suggestions:
            assert fact_id in offered
    elif fact_id.endswith(("articolo", "riassunto")) and answer.kind is Kind.NONE:
        offered = [s.id for s in answer.suggestions]  # see the test below
        assert (True, True) == (answer.ambiguous, fact_id in offered)
    else:
        assert_answers_with(fact_id, answer, knowledge(*both))


@pytest.mark.parametrize(
    ("question", "context", "expected"),
    [
        ("Come si intitola il pezzo?", None, None),
        ("data di pubblicazione", None, None),
        ("Riassumi la notizia", None, None),
        ("Di cosa si tratta?", None, None),
        ("Come si intitola il pezzo?", "giro-tappa-2026-05", "giro-articolo"),
        ("Riassumi la notizia", "bce-tassi-2026-03", "bce-riassunto"),
        ("L'articolo è di Giulia Ferraresi?", None, "bce-articolo"),
        ("cosa è successo con la bce?", None, "bce-riassunto"),
    ],
)
def test_a_question_any_article_answers_is_a_choice_unless_the_conversation_says_which(
    question: str, context: str | None, expected: str | None
) -> None:
    """«Come si intitola il pezzo?» is one byline's own question, yet asked of any article:
    with five loaded and no conversation, the reader chooses among the bylines (so for a
    summary's «Riassumi la notizia»); in a conversation it is that article's; a question
    naming something of one article («… di Giulia Ferraresi?», «… con la bce?») is its."""
    answer = matcher(KNOWLEDGE, TEST_KNOWLEDGE).match(question, context_article=context)
    if expected is None:
        articles = {s.article.id for s in answer.suggestions if s.article}
        assert (Kind.NONE, True) == (answer.kind, answer.ambiguous)
        assert len(articles) == len(answer.suggestions) > 1
    else:
        assert answer.fact is not None and answer.fact.id == expected
    alone = matcher(KNOWLEDGE).match(question)  # one article: nothing to choose
    assert alone.kind is Kind.FACT or expected is not None


def test_answer_of_a_fact_is_its_text_with_full_confidence_data() -> None:
    """A fact answer carries the fact, its exact text and a confidence between 0 and 1."""
    answer = matcher(KNOWLEDGE).match("Quanto vuole raccogliere OpenAI?")

    assert Kind.FACT == answer.kind
    assert answer.fact is not None
    assert answer.fact.answer == answer.text
    assert "10 miliardi" in answer.text
    assert 0.0 < answer.confidence <= 1.0
    assert "Quanto vuole raccogliere OpenAI?" == answer.question


# -- out of scope and small talk -----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        # far from the topic
        "Che tempo fa a Roma domani?",
        "Chi ha vinto lo scudetto?",
        "Come si fa la carbonara?",
        "Chi è il presidente della Repubblica?",
        "asdfghjkl",
        "?",
        "",
        # near the topic: same companies or words, facts the article does not give
        "prezzo delle azioni Amazon oggi",
        "Quanto vale Nvidia in borsa?",
        "Chi è il CEO di OpenAI?",
        # Not here: "Quanti dipendenti ha OpenAI?" is still answered with the fact on
        # "dipendenza dai fornitori" (Snowball gives both "dipendent"); a known limit.
        "Microsoft ha investito in OpenAI?",
        "Quanto costa un chip Trainium?",
        "Quando esce GPT-5?",
        "Elon Musk ha fondato OpenAI?",
        "Quanto costa l'abbonamento Amazon Prime?",
    ],
)
def test_out_of_scope_questions_get_kind_none(question: str) -> None:
    """A question the shipped article does not answer gets kind none and no fact."""
    answer = matcher(KNOWLEDGE).match(question)

    assert (Kind.NONE, None) == (answer.kind, answer.fact), (
        f"{question!r} -> {answer.fact.id if answer.fact else None} ({answer.confidence:.2f})"
    )


@pytest.mark.parametrize(
    ("question", "expected_id"),
    [
        ("ciao", "saluto"),
        ("ki 6?", "chi-sei"),
        ("buona giornata", "congedo"),
        ("Ciao!", "saluto"),
        ("buongiorno", "saluto"),
        ("grazie", "ringraziamento"),
        ("grazie mille!", "ringraziamento"),
        ("chi sei?", "chi-sei"),
        ("Chi sei", "chi-sei"),
        ("cosa sai fare?", "cosa-sai-fare"),
        ("arrivederci", "congedo"),
        # «utile» is also a company's profit: thanks stay thanks whatever the bar to answer.
        ("grazie, molto utile", "ringraziamento"),
    ],
)
def test_small_talk_gets_kind_smalltalk(question: str, expected_id: str) -> None:
    """Greetings, thanks and "chi sei?" get the bot's own reply from conversazione.toml."""
    assert_answers_with(expected_id, matcher(KNOWLEDGE).match(question), knowledge(KNOWLEDGE))


def test_suggestions_are_news_facts_and_at_most_three() -> None:
    """When the bot abstains it may suggest close facts: never small talk, never more than 3."""
    news = {f.id for f in knowledge(KNOWLEDGE).news_facts}

    for question in [
        "Chi produce i chip?",
        "OpenAI e Amazon",
        "soldi chip",
        "Chi è il CEO di OpenAI?",
    ]:
        answer = matcher(KNOWLEDGE).match(question)
        assert len(answer.suggestions) <= 3
        assert {s.id for s in answer.suggestions} <= news


@pytest.mark.parametrize("collecting", [True, False])
def test_the_build_pauses_the_garbage_collector(
    collecting: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build pauses the collector while it reads the facts (its passes cost a tenth of
    the build) and freezes the index: the collector runs again afterwards when it ran
    before, even when the build fails, and stays off when the caller had turned it off."""
    import gc

    import bot.matching

    during: list[bool] = []
    read_facts = bot.matching.read_facts

    def reading(*args: object) -> object:
        during.append(gc.isenabled())
        return read_facts(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(bot.matching, "read_facts", reading)
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        Matcher(load_knowledge(KNOWLEDGE))
        assert during == [False]
        assert gc.isenabled() is collecting
        with pytest.raises(AttributeError):
            Matcher(None)  # type: ignore[arg-type]
        assert gc.isenabled() is collecting
        assert gc.get_freeze_count() > 0
    finally:
        (gc.enable if was else gc.disable)()


def test_empty_knowledge_answers_none() -> None:
    """With no facts at all, every question gets kind none."""
    answer = Matcher(Knowledge()).match("Quanto vuole raccogliere OpenAI?")

    assert (Kind.NONE, None, ()) == (answer.kind, answer.fact, answer.suggestions)


# -- any text --------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=4096))
@example("")
@example(" " * 4096)
@example("\x00\ufeff\u200b")
@example("a" * 4096)
@example("perché? " * 512)
def test_any_text_gets_an_answer_without_exception(text: str) -> None:
    """Any Unicode message up to Telegram's 4,096 characters gets a consistent `Answer`."""
    answer = matcher(KNOWLEDGE).match(text)

    assert text == answer.question
    assert answer.kind in set(Kind)
    assert 0.0 <= answer.confidence <= 1.0
    if answer.kind is Kind.NONE:
        assert answer.fact is None
    else:
        assert answer.fact is not None
        assert answer.fact.kind == answer.kind
        assert answer.fact.answer == answer.text


# -- the dev question set ------------------------------------------------------------------


def test_dev_questions_stay_above_90_percent() -> None:
    """`newsbot eval` on the dev questions: >= 90% in scope right, >= 90% out of scope abstained."""
    report = evaluate(matcher(KNOWLEDGE), load_cases(DEV_QUESTIONS))
    figures = summary(report)

    assert figures["in_scope"] >= 0.9, format_report(report)
    assert figures["out_of_scope"] >= 0.9, format_report(report)
    assert figures["smalltalk"] >= 0.9, format_report(report)


def test_an_unanswered_question_whose_first_button_is_right_is_counted() -> None:
    """The evaluation counts the in-scope questions the bot does not answer but whose first
    «Forse intendevi» button is the right fact: the reader gets there with one tap. When the
    bot asks which article («Di quale notizia parli?»), the reader taps their own: a right
    fact among those offered counts; a right second «Forse intendevi» button does not."""
    from dataclasses import replace

    from bot.evaluation import Case

    built = _two_articles()
    question = "Chi ha scritto l'articolo?"
    choice = built.match(question)
    assert choice.ambiguous and len(choice.suggestions) == 2
    cases = [
        Case("in_scope", question, (("Mario Rossi",),)),  # first of the articles offered
        Case("in_scope", question, (("Anna Bianchi",),)),  # second, still the reader's pick
        Case("out_of_scope", question),
    ]

    report = evaluate(built, cases)

    assert (0, 2) == (report.passed["in_scope"], report.first_suggestion_right)

    class Unsure:
        """A matcher that offers the same two facts as «Forse intendevi», not a choice."""

        def match(self, asked: str, context_article: str | None = None) -> Answer:
            return replace(choice, ambiguous=False)

    report = evaluate(Unsure(), cases)  # type: ignore[arg-type]

    assert (0, 1) == (report.passed["in_scope"], report.first_suggestion_right)


def test_an_out_of_scope_question_another_article_answers_may_be_answered_from_it(
    tmp_path: Path,
) -> None:
    """«Qual è il tasso della BCE?» is out of the OpenAI article's scope, in the BCE one's:
    with both loaded the BCE fact is a right answer, as is an abstention; any other answer,
    or an answer to a question with no `elsewhere`, is not."""
    from bot.evaluation import EvalFormatError, passes

    questions = tmp_path / "questions.yaml"
    questions.write_text(
        'out_of_scope:\n  - q: "Qual è il tasso della BCE?"\n    elsewhere: [["2,25"]]\n'
        '  - "Che tempo fa?"\n',
        encoding="utf-8",
    )
    elsewhere, plain = load_cases(questions)
    both = matcher(KNOWLEDGE, TEST_KNOWLEDGE)
    answer = both.match(elsewhere.question)
    alone = matcher(KNOWLEDGE).match(elsewhere.question)
    wrong = both.match("Quanto vuole raccogliere OpenAI?")

    assert answer.kind is Kind.FACT and passes(elsewhere, answer)
    assert alone.kind is Kind.NONE and passes(elsewhere, alone)
    assert wrong.kind is Kind.FACT and not passes(elsewhere, wrong)
    assert plain.elsewhere == () and not passes(plain, answer)
    questions.write_text('out_of_scope:\n  - elsewhere: [["2,25"]]\n', encoding="utf-8")
    with pytest.raises(EvalFormatError, match="out_of_scope vuole q"):
        load_cases(questions)


def test_a_general_synonym_does_not_make_another_article_a_rival() -> None:
    """«il salario minimo a Bari» is the article that says «salario»; another that says
    «lo stipendio minimo» (MultiWordNet joins the two) is no rival that would make the
    question ambiguous between articles: a general synonym finds facts, it does not tell
    which article a reader means («nelle Marche» is not the «firma» of another byline)."""
    import datetime as dt

    from bot.models import Article, Fact

    pieces = (
        (
            "Appalti, Bari fissa il salario minimo",
            "Negli appalti di Bari il salario minimo sarà di 9 euro lordi l'ora.",
        ),
        (
            "Sanità, trattativa sui contratti",
            "Per i medici di Bari lo stipendio minimo sarà di 3.100 euro lordi al mese.",
        ),
    )
    articles = [
        Article(f"a{n}", title, "Autore", dt.date(2026, 1, 1), "Testata")
        for n, (title, _) in enumerate(pieces)
    ]
    built = Matcher(
        Knowledge(
            articles=tuple(articles),
            facts=tuple(
                Fact(f"f{n}", answer, (), (), article)
                for n, ((_, answer), article) in enumerate(zip(pieces, articles, strict=True))
            ),
        )
    )
    query = built.analyse("Quanto sarà il salario minimo a Bari?")
    scored = built.score(query)

    assert [built.facts[s.index].id for s in scored[:2]] == ["f0", "f1"]
    assert [fact.id for fact in built._alike(query, scored[0], scored)] == ["f0"]


def test_dev_questions_copy_is_complete() -> None:
    """The committed copy holds every section of the shared format, so the figures count."""
    sections = {case.section for case in load_cases(DEV_QUESTIONS)}

    assert {"in_scope", "out_of_scope", "smalltalk"} == sections


def test_shared_question_goes_to_the_article_of_the_conversation() -> None:
    """A question several articles' facts list alike is answered from `context_article`
    when the conversation is about one of them, and offered as a choice otherwise."""
    both = (KNOWLEDGE, TEST_KNOWLEDGE)
    ask = matcher(*both).match

    undecided = ask("Chi è l'autore?")
    decided = ask("Chi è l'autore?", context_article="giro-tappa-2026-05")

    assert (Kind.NONE, Kind.FACT) == (undecided.kind, decided.kind)
    assert decided.fact is not None and "giro-articolo" == decided.fact.id


def test_the_conversations_article_answers_about_itself_among_many() -> None:
    """With more articles than a choice can list, «Chi ha scritto l'articolo?» in a
    conversation about the last of them still gets that article's author."""
    import datetime as dt

    from bot.models import Article, Fact

    articles = [
        Article(f"a{n}", f"Notizia numero {n}", f"autore{n}", dt.date(2026, 1, 1), "T")
        for n in range(60)
    ]
    facts = tuple(
        Fact(
            f"meta{n}",
            f"L'articolo «{a.title}» è di {a.author}, è uscito il 1° gennaio 2026.",
            (),
            (),
            a,
        )
        for n, a in enumerate(articles)
    )
    built = Matcher(Knowledge(articles=tuple(articles), facts=facts))

    answer = built.match("Chi ha scritto l'articolo?", context_article="a59")

    assert answer.kind is Kind.FACT
    assert answer.fact is not None and answer.fact.id == "meta59"


def _taxis_and_trains(
    taxi_fact: tuple[str, str],
    trains_fact: tuple[str, str],
    trains_questions: tuple[str, ...] = (),
) -> Matcher:
    """Two articles, a taxi strike in Rome and commuters protesting in Milan, with one fact
    each under test (id, answer; the commuters' one with `trains_questions`) and one other
    fact each."""
    import datetime as dt

    from bot.models import Article, Fact

    taxi = Article("taxi", "Taxi fermi a Roma", "x", dt.date(2026, 5, 14), "T")
    trains = Article("treni", "Pendolari in piazza a Milano", "y", dt.date(2026, 3, 30), "T")
    facts = (
        Fact(*taxi_fact, (), (), taxi),
        Fact("taxi-licenze", "Il Comune rilascerà 1.500 nuove licenze.", (), (), taxi),
        Fact(*trains_fact, trains_questions, (), trains),
        Fact("treni-ritardi", "Solo il 79,6% dei treni è arrivato in orario.", (), (), trains),
    )
    return Matcher(Knowledge(articles=(taxi, trains), facts=facts))


@pytest.mark.parametrize(
    ("context", "expected"),
    [(None, None), ("taxi", "taxi-presidio"), ("treni", "treni-presidio")],
)
def test_a_follow_up_is_weighed_within_the_conversations_article(
    context: str | None, expected: str | None
) -> None:
    """«Chi ha partecipato al presidio?» fits two articles' protests alike: asked cold it
    is not a guess; after an answer about one article it is that article's protest, as sure
    as if the bot knew no other."""
    built = _taxis_and_trains(
        (
            "taxi-presidio",
            "Secondo la Questura al presidio in piazza hanno partecipato circa 2.000 tassisti.",
        ),
        (
            "treni-presidio",
            "Al presidio davanti a Palazzo Lombardia hanno partecipato circa 600 pendolari.",
        ),
    )

    answer = built.match("Chi ha partecipato al presidio?", context_article=context)

    assert (answer.fact.id if answer.fact else None) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Cosa pensa l'Usb della delibera?", "taxi-usb"),
        ("Cosa pensa il comitato dei pendolari della delibera?", "treni-delibera"),
        ("Cosa pensa della delibera?", None),  # both articles' resolution alike
        ("Cosa pensa l'Usb della delibera dei pendolari?", None),  # names both articles
    ],
)
def test_a_question_naming_what_one_article_knows_is_about_that_article(
    question: str, expected: str | None
) -> None:
    """«Cosa pensa l'Usb della delibera?» names the union only the taxi article knows: the
    commuters' resolution is no rival to the taxi one, as in a conversation about taxis.
    A question naming neither, or both, stays a choice."""
    built = _taxis_and_trains(
        (
            "taxi-usb",
            "Il sindacato Usb sostiene che la delibera sulle licenze è un regalo alle piattaforme.",
        ),
        (
            "treni-delibera",
            "Il comitato dei pendolari sostiene che la delibera regionale non basta.",
        ),
    )

    assert _answering(built, question) == expected


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("Chi ha partecipato al presidio contro le licenze?", "taxi"),  # the taxi licences
        ("Chi ha partecipato al presidio dei pendolari?", "treni"),
        ("Chi ha partecipato al presidio?", None),  # either protest
        ("Chi ha partecipato al presidio contro i ritardi?", None),  # not the best's article
    ],
)
def test_a_question_is_about_the_article_that_holds_more_of_its_words(
    question: str, article: str | None
) -> None:
    """The licences are another fact of the taxi article: a question about the protest
    against them is about that article, though its best fact does not name them."""
    built = _taxis_and_trains(
        (
            "taxi-presidio",
            "Secondo la Questura al presidio hanno partecipato circa 2.000 tassisti.",
        ),
        (
            "treni-presidio",
            "Al presidio davanti a Palazzo Lombardia hanno partecipato circa 600 pendolari.",
        ),
    )
    query = built.analyse(question)

    assert built._article_asked_about(query, built.score(query)) == article


@pytest.mark.parametrize(
    ("context", "expected"),
    [(None, None), ("taxi", "taxi-regione"), ("treni", "treni-regione")],
)
def test_a_follow_up_that_names_no_subject_is_about_the_conversation(
    context: str | None, expected: str | None
) -> None:
    """«Quanti soldi ha messo la Regione?» fits both regions' money («ha messo» is a light
    verb, and says no more than «ha stanziato»): asked cold it offers both; after an answer
    about the taxi strike it asks what the Lazio region put in."""
    built = _taxis_and_trains(
        ("taxi-regione", "Per i tassisti la Regione Lazio ha stanziato 3 milioni di euro."),
        (
            "treni-regione",
            "La Regione Lombardia ha messo 50 milioni di euro per comprare 14 treni nuovi.",
        ),
    )

    answer = built.match("Quanti soldi ha messo la Regione?", context_article=context)

    assert (answer.fact.id if answer.fact else None) == expected
    if expected is None:
        assert {f.id for f in answer.suggestions} == {"taxi-regione", "treni-regione"}


@pytest.mark.parametrize(
    ("question", "context", "expected"),
    [
        ("Quanti spettatori c'erano alla partita?", None, "palio-spettatori"),
        ("Quanti spettatori c'erano alla partita?", "palio", "palio-spettatori"),
        ("Quanti spettatori c'erano alla partita?", "pallanuoto", None),  # a follow-up
        ("Quanti spettatori c'erano al Palio?", "pallanuoto", "palio-spettatori"),  # moves on
    ],
)
def test_a_follow_up_is_not_answered_from_an_article_it_does_not_name(
    question: str, context: str | None, expected: str | None
) -> None:
    """After an answer about a water-polo match, «Quanti spettatori c'erano alla partita?»
    is about that match, whose article gives no count: the crowd of another article that
    lists the very question is a wrong answer. Naming what only that article holds (the
    Palio) moves the conversation there."""
    import datetime as dt

    from bot.models import Article, Fact

    polo = Article(
        "pallanuoto", "Settebello in finale agli Europei", "x", dt.date(2026, 1, 24), "T"
    )
    palio = Article("palio", "Palio di San Martino a Montegualdo", "y", dt.date(2026, 11, 9), "T")
    facts = (
        Fact(
            "polo-pubblico",
            "Alla fine della partita gli spettatori hanno applaudito a lungo la squadra.",
            (),
            (),
            polo,
        ),
        Fact(
            "polo-finale",
            "Domenica gli azzurri si giocheranno l'oro contro la Spagna.",
            (),
            (),
            polo,
        ),
        Fact(
            "palio-spettatori",
            "Al Palio di San Martino c'erano circa 9.000 spettatori, il doppio degli abitanti.",
            ("Quanti spettatori c'erano alla partita?",),
            (),
            palio,
        ),
        Fact("palio-vincitore", "Ha vinto la contrada del Leone.", (), (), palio),
    )
    built = Matcher(Knowledge(articles=(polo, palio), facts=facts))

    answer = built.match(question, context_article=context)

    assert (answer.fact.id if answer.fact else None) == expected


def test_a_follow_up_finds_its_articles_fact_among_many_of_another() -> None:
    """A dozen facts of the commuters' article list «Chi ha partecipato al presidio?» and
    fill the candidates the index picks for «Quanti hanno partecipato al presidio?»; in a
    conversation about the taxi strike, the taxi article's own facts are candidates too,
    and its protest answers."""
    import datetime as dt

    taxi = Article("taxi", "Taxi fermi a Roma", "x", dt.date(2026, 5, 14), "T")
    trains = Article("treni", "Pendolari in piazza a Milano", "y", dt.date(2026, 3, 30), "T")
    commuters = [
        Fact(
            f"treni-{n}",
            f"Alla stazione numero {n} i pendolari della linea S{n} sono arrivati in ritardo.",
            ("Chi ha partecipato al presidio?",),
            (),
            trains,
        )
        for n in range(1, 13)
    ]
    facts = (
        Fact(
            "taxi-presidio",
            "Al presidio in piazza del Campidoglio hanno partecipato circa 3.000 tassisti.",
            (),
            (),
            taxi,
        ),
        Fact("taxi-licenze", "Il Comune rilascerà 1.500 nuove licenze.", (), (), taxi),
        *commuters,
    )
    built = Matcher(Knowledge(articles=(taxi, trains), facts=facts))
    question = "Quanti hanno partecipato al presidio?"
    assert all(built.facts[s.index].article == trains for s in built.score(built.analyse(question)))

    answer = built.match(question, context_article="taxi")

    assert answer.fact is not None and answer.fact.id == "taxi-presidio"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanti hanno partecipato al presidio?", "taxi-presidio"),
        ("Quanti hanno partecipato al presidio davanti a Palazzo Lombardia?", "treni-presidio"),
        (
            "quanti hanno partecipato al presidio davanti al palazzo della lombardia?",
            "treni-presidio",
        ),
    ],
)
def test_a_question_naming_another_articles_place_leaves_the_conversation(
    question: str, expected: str
) -> None:
    """After an answer about the taxi strike, «Quanti hanno partecipato al presidio?» is
    about the taxi drivers' protest; naming Palazzo Lombardia, which only the commuters'
    article knows, moves to theirs, even in lower case."""
    built = _taxis_and_trains(
        (
            "taxi-presidio",
            "Al presidio in piazza del Campidoglio hanno partecipato circa 3.000 tassisti.",
        ),
        (
            "treni-presidio",
            "Al presidio davanti a Palazzo Lombardia hanno partecipato circa 600 pendolari.",
        ),
    )

    answer = built.match(question, context_article="taxi")

    assert answer.fact is not None and answer.fact.id == expected


def test_a_count_written_with_a_thousands_point_answers_how_many() -> None:
    """«circa 2.000 tassisti» answers «Quanti tassisti…?», though «2000» looks like a year."""
    built = _taxis_and_trains(
        (
            "taxi-presidio",
            "Al presidio in piazza del Campidoglio hanno partecipato circa 2.000 tassisti.",
        ),
        (
            "treni-presidio",
            "Al presidio davanti a Palazzo Lombardia hanno partecipato circa 600 pendolari.",
        ),
    )

    answer = built.match("Quanti tassisti hanno partecipato al presidio?")

    assert answer.fact is not None and answer.fact.id == "taxi-presidio"


@pytest.mark.parametrize(
    ("context", "expected"), [(None, "treni-presidio"), ("taxi", "taxi-presidio")]
)
def test_another_articles_own_question_does_not_answer_a_follow_up(
    context: str | None, expected: str
) -> None:
    """«Quanti hanno partecipato al presidio?» is the commuters' fact's own alternate
    question: asked out of the blue it gets that fact, but after an answer about the taxi
    strike it asks how many took part in that protest."""
    built = _taxis_and_trains(
        (
            "taxi-presidio",
            "Al presidio in piazza del Campidoglio hanno partecipato circa 3.000 tassisti.",
        ),
        (
            "treni-presidio",
            "Al presidio davanti a Palazzo Lombardia hanno partecipato circa 600 pendolari.",
        ),
        ("Quanti hanno partecipato al presidio?",),
    )

    answer = built.match("Quanti hanno partecipato al presidio?", context_article=context)

    assert answer.fact is not None and answer.fact.id == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanto è costato organizzare le elezioni regionali in Sardegna?", None),
        ("Quanto è costato il progetto del Monte Arcosu?", "monte-arcosu"),
        ("Quanti elettori sono andati a votare alle regionali in Sardegna?", "regionali"),
    ],
)
def test_a_question_naming_more_of_another_article_is_no_answer_from_the_best_fact(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    """Drafts of two articles, on rare orchids of Monte Arcosu (a project that «è costato
    186.000 euro», funded by the Region of Sardinia) and on Sardinia's regional elections:
    asked out of the blue what the elections cost, the project's cost fits «costato» and
    «Sardegna» best, yet the election article holds more of the question. The bot offers
    both articles rather than the cost of the orchids; a question on either is answered."""
    derive_file(
        DEVSTYLE_ARTICLES / "2026-03-03-sardegna-elezioni-regionali.txt", tmp_path, force=False
    )
    built = drafted(tmp_path, "2026-06-03-orchidee-rare-monte-arcosu.txt")

    answer = built.match(question)

    if expected is not None:
        assert answer.fact is not None and answer.fact.id.startswith(expected)
    else:
        assert answer.fact is None
        assert answer.ambiguous
        assert {f.article.id for f in answer.suggestions if f.article} == {
            a.id for a in built.knowledge.articles
        }


# -- the index holds what each text says ----------------------------------------------------


def test_index_holds_each_facts_keys_with_its_best_field() -> None:
    """The build reads a fact's texts in one go for speed; the index must still hold, per
    fact, exactly the keys of each text read alone (questions and keywords at the question
    field weight, keys found only in the answer at the answer weight)."""
    from bot.matching import ANSWER_FIELD, QUESTION_FIELD
    from bot.synonyms import expand
    from bot.text import content_words

    built = matcher(KNOWLEDGE, TEST_KNOWLEDGE)
    indexed: dict[int, dict[str, float]] = {}
    for key in built._spans:
        docs, weights = built._posting(key) or ((), ())
        for doc, weight in zip(docs.tolist(), weights.tolist(), strict=True):
            indexed.setdefault(doc, {})[key] = weight

    def keys_of(text: str) -> set[str]:
        return {
            k for position in expand(content_words(words(text)), built.synonyms) for k in position
        }

    for index, fact in enumerate(built.facts):
        asked = set().union(*map(keys_of, (*fact.questions, *fact.keywords)))
        expected = dict.fromkeys(keys_of(fact.answer) - asked, ANSWER_FIELD)
        expected |= dict.fromkeys(asked, QUESTION_FIELD)
        assert indexed.get(index, {}) == pytest.approx(expected), fact.id


def test_details_of_a_fact_are_those_of_its_texts_read_alone() -> None:
    """Question stems and intents, read from a fact's texts in one go (while building for
    small knowledge, for candidates at query time for large), are those of each text."""
    from bot.text import answer_intents, content_words, question_intents, stem

    built = matcher(KNOWLEDGE, TEST_KNOWLEDGE)

    def stems(text: str) -> str:
        return " ".join(stem(w) for w in content_words(words(text)))

    for index, fact in enumerate(built.facts):
        strings = [stems(q) for q in fact.questions]
        listed = " ".join(s for s in map(stems, fact.keywords) if s)
        asked = [i for q in fact.questions for i in question_intents(words(q))]
        intents = set(answer_intents(fact.answer)) | {i for i in asked if asked.count(i) >= 2}
        details = built._details(index)
        assert details.questions == (*strings, *([listed] if listed else [])), fact.id
        assert details.intents == intents, fact.id


# -- "quanti soldi" ---------------------------------------------------------------------------


def _one_article(
    *facts: tuple[str, str, tuple[str, ...]],
    title: str = "Titolo",
    published: tuple[int, int, int] = (2026, 1, 1),
) -> Matcher:
    """A matcher over one article (`title`, published on `published`) holding `facts`: (id,
    answer, alternate questions) each."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", title, "Autore", dt.date(*published), "Testata")
    return Matcher(
        Knowledge(
            articles=(article,),
            facts=tuple(Fact(i, answer, questions, (), article) for i, answer, questions in facts),
        )
    )


def _told_by_kind(answer: str, question: str, told_by: str) -> bool:
    """Whether `answer`, the only fact, tells the word of `question` that a kind `told_by`
    names («arrabbiati», told by a grievance): the question must have such a word."""
    built = _one_article(("fatto", answer, ()))
    query = built.analyse(question)
    kinds = [k for k in built._kind_terms(query) if k.told_by == told_by]
    assert kinds, f"{question!r} has no word told by {told_by!r}"
    return built._told_by_its_kind(kinds[0], 0, 0.5)


def _counts_in(answer: str, question: str) -> bool:
    """Whether `answer`, the only fact, gives the figure «quanti / quanto…?» `question` asks."""
    built = _one_article(("fatto", answer, ()))
    query = built.analyse(question)
    return built._counts(query, 0, built._count_plan(query))


def _refused_by(answer: str, question: str) -> bool:
    """Whether `answer`, the only fact, is at most a suggestion for `question`
    (`_does_not_tell`): it cannot answer, whatever words it shares."""
    built = _one_article(("fatto", answer, ()))
    query = built.analyse(question)
    scored = built.score(query)
    return built._does_not_tell(query, scored[0], built.features(query, scored))


def _role_of_another_by(answer: str, question: str) -> bool:
    """Whether `answer`, the only fact, names the role asked only as someone else's
    (`_role_of_another`)."""
    built = _one_article(("fatto", answer, ()))
    return built._role_of_another(built.analyse(question), 0)


def _life_event_untold_by(built: Matcher, question: str, fact_id: str) -> bool:
    """Whether the fact `fact_id` leaves untold the founding, win or setting up asked."""
    index = next(i for i, f in enumerate(built.facts) if f.id == fact_id)
    return built._life_event_untold(built.analyse(question), index)


def _answering(built: Matcher, question: str) -> str | None:
    """The id of the fact the matcher answers `question` with, None when it does not."""
    answer = built.match(question)
    return answer.fact.id if answer.kind is Kind.FACT and answer.fact is not None else None


def _carries_what_is_asked(
    answer: str,
    question: str,
    own: str | None = None,
    *,
    title: str = "Titolo",
    published: tuple[int, int, int] = (2026, 1, 1),
) -> bool:
    """Whether the question's best fact, the only one (`answer`, with the alternate question
    `own` if any, in an article of `title` published on `published`), carries the kind of
    datum its question word asks for."""
    built = _one_article(("fatto", answer, (own,) if own else ()), title=title, published=published)
    scored = built.score(built.analyse(question))
    assert scored
    return scored[0].intent == 1.0


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("Il Comune ha stanziato 40 milioni di euro per le scuole del quartiere.", True),
        ("Il Comune ha stanziato 3 nuove scuole per il quartiere nord.", False),
    ],
)
def test_quanti_soldi_is_answered_by_a_sum_of_money(answer: str, answered: bool) -> None:
    """«Quanti soldi» asks for money: a number in euro or dollars answers it, whatever word
    the fact uses; a number of something else does not."""
    question = "Quanti soldi ha messo il Comune per le scuole?"

    fits = _carries_what_is_asked(answer, question, "Cosa ha deciso il Comune per le scuole?")

    assert fits is answered


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Di quanto è la multa per il Comune?", True),
        ("Quanto è il canone per il Comune?", True),
        ("Quanti sono i giorni per il Comune?", False),
    ],
)
def test_a_word_for_money_is_answered_by_a_sum_of_money(question: str, answered: bool) -> None:
    """«Di quanto è la multa?» asks for money: a sum in euro answers it though the fact
    never says «multa»; «quanti giorni?» is not answered by a sum."""
    answer = "Il Comune dovrà versare 40.000 euro all'Autorità entro marzo."

    fits = _carries_what_is_asked(answer, question, "Cosa deve fare il Comune?")

    assert fits is answered


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("Le uscite anticipate sono state appena 11.400 secondo l'istituto.", True),
        (
            "Nel 2025 ben 400 persone si sono rivolte agli sportelli dell'istituto per avere "
            "informazioni sulle uscite anticipate.",
            False,
        ),
    ],
)
def test_a_word_after_an_article_is_what_is_counted(answer: str, answered: bool) -> None:
    """«Quante sono state le uscite?» counts exits, though «uscite» could be a verb: a word
    right after an article is a noun, and only a number next to it answers."""
    fits = _carries_what_is_asked(answer, "Quante sono state le uscite?", "Cosa dice l'istituto?")

    assert fits is answered


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("Orione, il nuovo satellite dell'ateneo, è un piccolo cubesat e pesa 18,5 chili.", True),
        ("Il satellite Orione dell'ateneo ha una quota del mercato pari al 18%.", True),
        (
            "Orione, il nuovo satellite dell'ateneo di Pisa, è partito ieri sera dalla base "
            "californiana con altri 40 apparecchi.",
            False,
        ),
        # Its size is no weight: «4,2 metri» does not say how heavy it is; nor its cost.
        ("Il satellite Orione dell'ateneo ha un'antenna di 4,2 metri di diametro.", False),
        ("Il satellite Orione dell'ateneo è costato 12 milioni di euro in tutto.", False),
    ],
)
def test_quanto_pesa_is_answered_by_a_weight_or_a_share(answer: str, answered: bool) -> None:
    """«Quanto pesa X?» asks a weight (or, of a part of a whole, a share): a number in
    kilograms or a percentage answers it, not any figure of the fact."""
    question = "Quanto pesa il satellite Orione?"

    fits = _carries_what_is_asked(answer, question, "Cosa è Orione?")

    assert fits is answered


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("L'invaso di Occhito, che rifornisce la Capitanata, è sceso al 21% della capacità.", True),
        ("L'invaso di Occhito contiene 98 milioni di metri cubi d'acqua.", True),
        ("L'invaso di Occhito, costruito nel 1966, rifornisce 40 comuni.", False),
    ],
)
def test_quanto_e_pieno_is_answered_by_a_share_or_a_volume(answer: str, answered: bool) -> None:
    """«Quanto è piena la diga?» asks how full it is: a share of its capacity or a volume
    answers it, not any figure of the fact."""
    question = "Quanto è pieno l'invaso di Occhito?"

    fits = _carries_what_is_asked(answer, question, "Cosa rifornisce l'invaso di Occhito?")

    assert fits is answered


def _port() -> Matcher:
    return _one_article(
        (
            "terminal",
            "A regime il nuovo terminal del porto di Livorno potrà movimentare fino a 1,6 "
            "milioni di container all'anno.",
            ("Quanto potrà movimentare il terminal?",),
        ),
        (
            "lavoro",
            "Il nuovo terminal darà lavoro a 1.200 persone, secondo le stime dell'Autorità "
            "portuale.",
            ("Quanti posti di lavoro porterà il terminal?",),
        ),
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanti container ha movimentato il porto di Livorno nel 2019?", None),
        ("Quanti container potrà movimentare il nuovo terminal?", "terminal"),
    ],
)
def test_a_year_the_article_never_names_is_not_answered(
    question: str, expected: str | None
) -> None:
    """«Nel 2019» of an article that never names 2019: no fact of it tells that year's
    figure, not even one that names no year at all."""
    answer = _port().match(question)

    assert (answer.fact.id if answer.fact else None) == expected


def test_a_trailing_question_word_counts_any_figure() -> None:
    """«Perugia Coppe Italia quante»: keywords first, the question word last; it counts
    the cups, not «Perugia»."""
    built = _one_article(
        (
            "bacheca",
            "Nella bacheca dei Block Devils figurano anche 4 Coppe Italia e 5 Supercoppe, "
            "trofei che hanno fatto la storia della pallavolo a Perugia.",
            ("Cosa c'è nella bacheca?",),
        ),
        (
            "finale",
            "Il Perugia ha battuto Trento in gara 5 davanti a 5.000 tifosi.",
            ("Chi ha battuto il Perugia?",),
        ),
    )

    answer = built.match("Perugia Coppe Italia quante")

    assert answer.fact is not None and answer.fact.id == "bacheca"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Fino a quando ha rinnovato il contratto l'allenatore Menicucci?", "rinnovo"),
        ("Chi è l'allenatore di Trento?", None),
    ],
)
def test_a_role_before_a_name_says_who_is_meant_not_what_is_asked(
    question: str, expected: str | None
) -> None:
    """«l'allenatore Menicucci» names the coach to ask about his contract: the fact about it
    answers though it never says «allenatore»; «Chi è l'allenatore di Trento?» asks the
    coach, which no fact tells."""
    built = _one_article(
        (
            "rinnovo",
            "Il direttore generale Marco Taddei ha annunciato il rinnovo del contratto di "
            "Paolo Menicucci fino al 2028.",
            ("Cosa ha annunciato Taddei?",),
        ),
        (
            "finale",
            "La Sir Susa Perugia ha battuto Trento 3-2 in gara 5 davanti a 5.280 spettatori.",
            ("Chi ha vinto la finale?",),
        ),
    )

    assert _answering(built, question) == expected


def _two_articles() -> Matcher:
    import datetime as dt

    from bot.models import Article, Fact

    facts = []
    articles = []
    for number, (author, topic) in enumerate((("Mario Rossi", "porto"), ("Anna Bianchi", "museo"))):
        article = Article(f"a{number}", f"Il nuovo {topic}", author, dt.date(2026, 1, 1), "Testata")
        articles.append(article)
        facts.append(
            Fact(
                f"autore-{number}",
                f"L'articolo sul nuovo {topic} è stato scritto da {author}.",
                ("Chi ha scritto l'articolo?", "Chi è l'autore dell'articolo?"),
                ("autore", "giornalista"),
                article,
            )
        )
    return Matcher(Knowledge(articles=tuple(articles), facts=tuple(facts)))


def test_question_that_fits_two_articles_alike_is_not_a_guess() -> None:
    """«Chi è il giornalista che ha firmato l'articolo?» fits both articles' author facts
    alike: with no conversation the bot offers both; in a conversation about one article,
    it answers for that one."""
    built = _two_articles()
    question = "chi è il giornalista che ha firmato l'articolo?"

    alone = built.match(question)
    in_conversation = built.match(question, context_article="a1")

    assert (Kind.NONE, {"autore-0", "autore-1"}) == (
        alone.kind,
        {f.id for f in alone.suggestions},
    )
    assert in_conversation.fact is not None
    assert in_conversation.fact.id == "autore-1"


def test_a_question_about_the_article_fits_every_article_unless_it_says_which() -> None:
    """Every article has a fact about itself (author, date, title), each with its own
    alternate questions. «Chi ha scritto questo pezzo?» could be about any of them: with no
    conversation the bot offers the choice, not the article whose questions happen to be
    worded closest; «… il pezzo sul porto?» says which."""
    import datetime as dt

    from bot.models import Article, Fact

    facts, articles = [], []
    for number, (topic, author, questions) in enumerate(
        (
            ("porto", "Mario Rossi", ("Chi ha scritto questo pezzo?", "Chi firma il pezzo?")),
            ("museo", "Anna Bianchi", ("Chi ha scritto l'articolo?", "Quando è uscito?")),
        )
    ):
        title = f"Il nuovo {topic} della città"
        article = Article(f"a{number}", title, author, dt.date(2026, 1, 1), "Testata")
        articles.append(article)
        answer = f"L'articolo «{title}» è di {author} ed è uscito il 1° gennaio 2026."
        facts.append(Fact(f"articolo-{number}", answer, questions, ("autore",), article))
    built = Matcher(Knowledge(articles=tuple(articles), facts=tuple(facts)))

    any_article = built.match("Chi ha scritto il pezzo?")
    in_conversation = built.match("Chi ha scritto il pezzo?", context_article="a1")
    named = built.match("Chi ha scritto il pezzo sul museo?")

    assert (Kind.NONE, {"articolo-0", "articolo-1"}, True) == (
        any_article.kind,
        {f.id for f in any_article.suggestions},
        any_article.ambiguous,
    )
    assert in_conversation.fact is not None
    assert in_conversation.fact.id == "articolo-1"
    assert named.fact is not None
    assert named.fact.id == "articolo-1"


def test_a_name_the_article_never_mentions_is_not_answered() -> None:
    """«… a Livorno?» about an article that only speaks of Genoa gets no answer, though
    every other word fits; the same question about Genoa is answered."""
    built = _one_article(
        (
            "investimento",
            "L'Autorità portuale di Genova investirà 40 milioni di euro nel nuovo terminal.",
            ("Quanto investe l'Autorità portuale di Genova?", "Quanto costa il nuovo terminal?"),
        ),
        (
            "cantiere",
            "I lavori del terminal di Genova partiranno a marzo.",
            ("Quando partono i lavori?",),
        ),
    )

    elsewhere = built.match("Quanto investirà l'Autorità portuale di Livorno nel terminal?")
    here = built.match("Quanto investirà l'Autorità portuale di Genova nel terminal?")

    assert elsewhere.kind == Kind.NONE
    assert here.fact is not None
    assert here.fact.id == "investimento"


def test_an_unknown_inflection_of_a_knowledge_word_is_read_as_that_word() -> None:
    """«rigassificatori» and «famigla» are in no dictionary, but each is one letter from a
    knowledge word with the same stem: read as that word, so the question's word is found
    for sure, not only through a shared stem."""
    built = _one_article(
        (
            "nave",
            "Il rigassificatore della famiglia Rossi resterà a Piombino fino al 2029.",
            ("Fino a quando resta il rigassificatore?",),
        )
    )

    assert built.correct("rigassificatori") == "rigassificatore"
    assert built.correct("rigasificatore") == "rigassificatore"
    assert built.correct("famigla") == "famiglia"
    assert built.correct("incendiarsi") == "incendiarsi"  # a real verb: not a typo


def test_a_rare_word_one_letter_from_a_far_commoner_knowledge_word_is_its_typo() -> None:
    """«lege» and «ano» are rare Italian words, «flm» three letters: each is one edit from a
    knowledge word Italians write far more often, so the reader meant that word. A common
    word one edit away («mete», «mette») and a rare word with no such neighbour stay."""
    built = _one_article(
        (
            "legge",
            "La legge vale per il film girato quest'anno, dice la regista che mette in scena.",
            ("Cosa dice la legge?",),
        )
    )

    assert built.correct("lege") == "legge"
    assert built.correct("ano") == "anno"
    assert built.correct("flm") == "film"
    assert built.correct("mete") == "mete"
    assert built.correct("lepre") == "lepre"


def test_a_missing_double_letter_is_the_likeliest_typo() -> None:
    """«ecezioni» is one edit from «eccezioni» and from «elezioni», both in the news: a
    double letter typed once is the commoner slip, whatever word is commoner."""
    built = _one_article(
        (
            "divieto",
            "Il divieto ha poche eccezioni, decise dopo le elezioni del consiglio d'istituto.",
            ("Quali eccezioni ha il divieto?",),
        )
    )

    assert built.correct("ecezioni") == "eccezioni"
    assert built.correct("elezzioni") == "elezioni"


def test_a_double_letter_slip_is_read_as_the_dictionary_word() -> None:
    """«decolato» is one edit from «decorato», a common word, and from «decollato», the
    form of the news's «decollare» that a double letter typed once gives: the slip wins,
    even when the news writes the verb in another form."""
    built = _one_article(
        (
            "elicottero",
            "Alle 6.40 una finestra di bel tempo ha permesso all'elicottero di decollare.",
            (),
        )
    )

    assert built.correct("decolato") == "decollato"
    assert built.correct("matina") == "mattina"


def test_a_double_letter_slip_gives_way_to_a_likelier_word_of_the_news() -> None:
    """«avitanti» is the rare «avvitanti» with a letter doubled, and the news's «abitanti»
    with a letter typed for another: a reader asking about the town meant its people. The
    double letter still wins when it gives the likelier word («decolato», above)."""
    built = _one_article(("abitanti", "Il paese conta oggi 2.300 abitanti.", ()))

    assert built.correct("avitanti") == "abitanti"


def test_a_slip_in_the_question_word_keeps_what_is_asked() -> None:
    """«quato» is one letter from «quanto» and, with a double letter, from the rare
    «quatto»: the reader asked how much, and an amount is what the bot must look for."""
    built = _one_article(
        (
            "costo",
            "Il nuovo ponte sul Tanaro è costato 4,2 milioni di euro.",
            ("Quanto è costato il ponte?",),
        )
    )

    assert built.correct("quato") == "quanto"
    from bot.text import Intent

    assert Intent.AMOUNT in built.analyse("quato è costato il ponte?").intents


def test_a_slip_is_read_as_the_likelier_word() -> None:
    """Of the words one slip away, the one Italians write more often, less what its slip
    costs: «prizzo» is «prezzo» (a letter typed for another), not the rare «sprizzo» (a
    letter left out); «clate» is «calate» (a letter left out), not «cate» (one too many)."""
    built = _one_article(
        (
            "latte",
            "Il latte alla stalla è pagato 47 centesimi al litro.",
            ("Quanto è pagato il latte?",),
        )
    )

    assert built.correct("prizzo") == "prezzo"
    assert built.correct("clate") == "calate"


def test_a_slip_of_a_rare_word_is_read_as_that_word() -> None:
    """«sanzia» and «gureranno» are one letter from «stanzia» and «giureranno», words too
    rare for the everyday list the bot checks first: the dictionary still knows them, and
    the reader's «stanzia» then meets the news's «stanziato». A short stem shared with the
    news is no reason to keep a slip: «medivi» (stem «med») is «medici»."""
    built = _one_article(
        (
            "fondi",
            "La Regione ha stanziato 5 milioni per assumere medici e giurati.",
            ("Quanto ha stanziato la Regione?",),
        )
    )

    assert built.correct("sanzia") == "stanzia"
    assert built.correct("gureranno") == "giureranno"
    assert built.correct("medivi") == "medici"
    assert built.match("Quanto sanzia la Regione?").fact is not None


def test_two_slips_in_a_short_word_are_read_as_the_only_news_word_that_close() -> None:
    """«sezoin» (a letter left out and two swapped) and «avocto» are two slips from the
    news's «sezioni» and «avvocato», words too short for two slips to be read anywhere:
    the only word of the news that close is what the reader meant. A capitalised name
    stays as it is, and so does a word two slips from two words of the news, or with two
    letters of its own («chatgpt» is not «chatbot»: `test_a_short_unknown_name_…`)."""
    built = _one_article(
        (
            "mostra",
            "Il percorso è diviso in sette sezioni; l'avvocato del comitato ha fatto ricorso.",
            ("Come è diviso il percorso?",),
        ),
        ("gatti", "Il canile ospita un gatto nero e dieci gatti.", ("Chi ospita il canile?",)),
    )

    assert built.correct("sezoin") == "sezioni"
    assert built.correct("avocto") == "avvocato"
    assert built.correct("Sezoin", name=True) == "Sezoin"
    assert built.correct("gattxx") == "gattxx"  # «gatto» and «gatti» are both that close
    assert built.match("In quante sezoin è diviso il percorso?").fact is not None


def test_a_slip_is_read_as_a_form_of_the_news_before_a_commoner_word() -> None:
    """«stanzie» is a letter typed for another in «stanze», commoner, and in «stanzia»: the
    news says «stanziato», so the reader meant that verb (in other news, «stanze»).
    «terano» is «terranno» with both its double letters typed once, the commonest Italian
    slip twice. «ripianare», written often enough though the dictionary lacks it, stays."""
    built = _one_article(
        (
            "fondi",
            "La Regione ha stanziato 5 milioni: i soci si terranno il resto del debito.",
            ("Quanto ha stanziato la Regione?",),
        )
    )

    assert built.correct("stanzie") == "stanzia"
    assert _one_article(("pioggia", "Domani pioggia su Genova.", ())).correct("stanzie") == "stanze"
    assert built.correct("terano") == "terranno"
    assert built.correct("ripianare") == "ripianare"


def test_a_word_is_not_corrected_into_a_function_word() -> None:
    """«tir» (trucks) is one letter from «ti», far commoner: but a reader who typed a word
    did not mean a pronoun. A double letter typed once still is one («dela» is «della»)."""
    built = _one_article(
        (
            "deviazione",
            "I mezzi pesanti della ditta devono uscire a Conegliano, ti dicono i vigili.",
            ("Dove escono i camion?",),
        )
    )

    assert built.correct("tir") == "tir"
    assert built.correct("dela") == "della"


def test_a_verb_of_the_dictionary_is_no_typo_of_another_verb_of_the_news() -> None:
    """«pioverà» is one letter from the news's «proverà», and rarer: still a verb of its
    own, not a typo («Quando pioverà sul Garda?» is not about trying a robot)."""
    built = _one_article(
        (
            "robot",
            "Da lunedì Luisa proverà il robot a casa sua, sul lago di Garda.",
            ("Chi proverà il robot?",),
        )
    )

    assert built.correct("piovera") == "piovera"
    assert built.correct("provra") == "provera"


def test_a_word_of_the_dictionary_is_a_typo_only_by_a_key_beside_the_meant_one() -> None:
    """«sborsa» (pays out) is rare and one letter from the news's far commoner «scorsa», but
    b lies far from c on the keyboard: the reader meant «sborsa». «scorda» for «scorsa» is
    a slip of the key beside it; «lege» (a letter left out) stays a typo of «legge»."""
    built = _one_article(
        (
            "spesa",
            "La legge approvata la scorsa settimana fissa la spesa media in 118 euro al giorno.",
            ("Quanto si spende al giorno?",),
        )
    )

    assert built.correct("sborsa") == "sborsa"
    assert built.correct("scorda") == "scorsa"
    assert built.correct("lege") == "legge"


def test_a_typo_is_read_as_the_word_of_the_news_before_a_word_of_the_synonyms() -> None:
    """«olo» is one letter from «olio» (the news) and from «oro» (the synonyms' «oro nero»):
    the reader asking about an article on oil meant «olio»; «cip» meant its «chip»."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "Olio pugliese", "Autore", dt.date(2026, 1, 1), "Testata")
    built = Matcher(
        Knowledge(
            articles=(article,),
            facts=(
                Fact("export", "L'export di olio pugliese vale 1,2 miliardi.", (), (), article),
                Fact(
                    "chip", "I frantoi useranno nuovi chip per la tracciabilità.", (), (), article
                ),
                Fact("prezzo", "Nel Salento il prezzo è salito del 9%.", (), (), article),
            ),
            synonyms=(("petrolio", "greggio", "oro nero"),),
        )
    )

    assert built.correct("olo") == "olio"
    # «cip» is a rare word one letter from the article's «chip»: the news needs less to win.
    assert built.correct("cip") == "chip"
    # A name is likelier a rare word: «Saleto» is «Salento». So is «saleto»: a letter left
    # out is a likelier slip than one typed for another (the common «salito»).
    assert [t.word for t in built.analyse("immobili nel Saleto").terms][-1] == "salento"
    assert built.correct("saleto") == "salento"
    # Of two words a letter typed for another away, the common one: «salitp» is «salito».
    assert built.correct("salitp") == "salito"


def test_a_word_italians_write_is_not_read_as_a_synonym_two_letters_away() -> None:
    """«predazioni» is in no dictionary, yet Italians write it: two letters from the
    synonyms' «prestazioni», it is the reader's own word, not a typo of that one. A typo
    nobody writes («prestazoni») is still read as the synonyms' word."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "Orsi nel Parco", "Autore", dt.date(2026, 1, 1), "Testata")
    built = Matcher(
        Knowledge(
            articles=(article,),
            facts=(Fact("capi", "Gli orsi hanno ucciso 318 capi in un anno.", (), (), article),),
            synonyms=(("prestazioni", "performance"),),
        )
    )

    assert built.correct("predazioni") == "predazioni"
    assert built.correct("prestazoni") == "prestazioni"


def test_an_unaccented_verb_is_not_read_as_a_word_only_the_synonyms_know() -> None:
    """«calera» is «calerà» typed without its accent; «camera», one letter away and far
    commoner, is only in the synonyms («Camera dei deputati»), so the reader meant the verb.
    A news word one letter away is still the likelier reading of a rare form."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "Vendemmia", "Autore", dt.date(2026, 1, 1), "Testata")
    built = Matcher(
        Knowledge(
            articles=(article,),
            facts=(
                Fact(
                    "uva",
                    "La produzione di uva scende del 18% e la filiera soffre.",
                    (),
                    (),
                    article,
                ),
            ),
            synonyms=(("Camera", "Camera dei deputati", "Montecitorio"),),
        )
    )

    assert built.correct("calera") == "calera"
    assert built.correct("filera") == "filiera"


@pytest.mark.parametrize(
    ("question", "fits"),
    [
        ("Da quanti anni la famiglia Rossi possiede l'azienda?", True),
        ("Da quanto tempo la famiglia Rossi possiede l'azienda?", True),
        ("Quanti anni ha la famiglia Rossi?", False),  # an age: a year is no answer
    ],
)
def test_since_how_long_is_answered_by_a_year(question: str, fits: bool) -> None:
    """«Da quanti anni …?» asks since when: «dal 1971» answers it, though no number of
    years is written; «quanti anni ha?» asks an age, which a year does not give."""
    answer = "La famiglia Rossi, proprietaria dell'azienda dal 1971, ha deciso di venderla."

    found = _carries_what_is_asked(answer, question, "Perché la famiglia Rossi vende l'azienda?")

    assert found is fits


def test_a_short_unknown_name_is_not_bent_into_a_knowledge_word() -> None:
    """A 7-letter word two letters away from a knowledge word («chatgpt», «chatbot») is
    another name, not a typo: only one edit is forgiven at that length."""
    built = _one_article(
        ("bot", "Il nuovo chatbot della banca risponde ai clienti.", ("Cosa fa il chatbot?",))
    )

    assert built.correct("chatgpt") == "chatgpt"
    assert built.correct("chatbto") == "chatbot"


def test_the_articles_own_facts_answer_only_questions_about_the_article() -> None:
    """The fact about the article itself (it quotes the title) answers «quando è uscito
    l'articolo?», not a question about the news that shares its words and its date."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article(
        "a", "Porto di Genova, trattativa per il terminal", "Anna Neri", dt.date(2026, 3, 2), "T"
    )
    meta = Fact(
        "articolo",
        "L'articolo «Porto di Genova, trattativa per il terminal» è di Anna Neri ed è uscito "
        "il 2 marzo 2026. Parla della trattativa per il nuovo terminal del porto di Genova.",
        ("Chi ha scritto l'articolo?", "Quando è uscito l'articolo?"),
        (),
        article,
    )
    built = Matcher(Knowledge(articles=(article,), facts=(meta,)))

    news = built.match("Quando si chiude la trattativa per il terminal del porto di Genova?")
    about = built.match("In che data è uscito l'articolo sul terminal di Genova?")

    assert news.kind == Kind.NONE
    assert about.fact is not None
    assert about.fact.id == "articolo"


def _dated_article(article_id: str, title: str, author: str) -> Article:
    """An article of 12 May 2026 (tests of «l'articolo su…»)."""
    import datetime as dt

    return Article(article_id, title, author, dt.date(2026, 5, 12), "T")


def _byline(article: Article) -> Fact:
    """The fact about `article` itself that `derive` writes: its title, author and day."""
    answer = f"L'articolo «{article.title}» è di {article.author}, è uscito il 12 maggio."
    return Fact(f"articolo-{article.id}", answer, ("Chi ha scritto l'articolo?",), (), article)


def test_the_article_on_a_subject_is_the_one_whose_title_says_it() -> None:
    """«l'articolo sulla maturità» of two articles that both mention the maturità: the one
    whose title says it, not a choice between the two. In a conversation about the other,
    which holds the word too, that other one answers."""
    exam = _dated_article("esame", "Maturità 2026, commissioni più snelle", "annaneri")
    school = _dated_article("scuola", "Dispersione scolastica, il piano Scuola Sud", "lucarossi")
    facts = (
        _byline(exam),
        Fact(
            "commissioni", "Le commissioni della maturità passano a quattro membri.", (), (), exam
        ),
        _byline(school),
        Fact("abbandoni", "Un ragazzo su sette lascia prima della maturità.", (), (), school),
    )
    built = Matcher(Knowledge(articles=(exam, school), facts=facts))

    alone = built.match("Chi ha scritto l'articolo sulla maturità?")
    in_talk = built.match("Chi ha scritto l'articolo sulla maturità?", context_article="scuola")

    assert alone.fact is not None and alone.fact.id == "articolo-esame"
    assert in_talk.fact is not None and in_talk.fact.id == "articolo-scuola"


def _porto_article() -> Matcher:
    """One article whose own fact lists only two alternate questions, beside a news fact
    that shares the word «firma» and a date."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "Porto di Genova, nuovo terminal", "Anna Neri", dt.date(2026, 3, 2), "T")
    facts = (
        Fact(
            "articolo",
            "L'articolo «Porto di Genova, nuovo terminal» è di Anna Neri ed è uscito il 2 marzo "
            "2026. Parla del nuovo terminal del porto di Genova.",
            ("Chi ha scritto l'articolo?", "Quando è uscito?"),
            (),
            article,
        ),
        Fact(
            "firma",
            "La firma del contratto per il terminal è prevista il 20 marzo 2026.",
            ("Quando si firma il contratto?", "Chi firma per il porto?"),
            (),
            article,
        ),
        Fact(
            "lavori",
            "I lavori del terminal di Genova dureranno due anni.",
            ("Quanto durano i lavori?",),
            (),
            article,
        ),
    )
    return Matcher(Knowledge(articles=(article,), facts=facts))


@pytest.mark.parametrize(
    "question",
    [
        "Chi firma questo pezzo?",
        "Di che anno è l'articolo?",
        "Come si chiama il giornalista?",
        "In che mese è uscito il pezzo?",
        "Qual è il titolo della notizia?",
        "chi e l autore del pezzo sul terminal",
    ],
)
def test_a_question_about_the_article_gets_its_own_fact_however_worded(question: str) -> None:
    """Readers ask who wrote an article and when in more ways than operators list: a
    question naming the article whose other words are asked of any article, or are in the
    article's own fact, gets that fact, not a news fact sharing a word («firma»)."""
    answer = _porto_article().match(question)

    assert answer.fact is not None, answer
    assert answer.fact.id == "articolo"


@pytest.mark.parametrize(
    "question",
    [
        "Chi ha scritto l'articolo sul calcio?",
        "Quando è uscito il pezzo sulle elezioni?",
    ],
)
def test_an_article_picked_by_a_subject_it_never_mentions_is_not_answered(question: str) -> None:
    """«l'articolo sul calcio» is an article the bot does not have: its own article's fact
    is at most a suggestion."""
    answer = _porto_article().match(question)

    assert answer.kind == Kind.NONE


def test_an_article_picked_by_its_subject_in_other_words_is_answered() -> None:
    """«l'articolo sulla costruzione del terminal di Genova»: «costruzione» is not in the
    article, but most of the subject is, so it is this article."""
    answer = _porto_article().match(
        "Chi ha scritto l'articolo sulla costruzione del terminal di Genova?"
    )

    assert answer.fact is not None and answer.fact.id == "articolo"


def test_an_article_picked_by_most_of_its_subject_is_answered_about_itself() -> None:
    """«l'articolo sul fossile di dinosauro in Friuli» of an article that says «scheletro»,
    never «fossile»: most of the subject is in it, so it is the article asked about, and
    its own fact tells when it came out; an article on something else is not picked."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article(
        "dino", "Scoperto un dinosauro in Carnia", "Giulia Zanin", dt.date(2026, 10, 14), "T"
    )
    facts = (
        Fact(
            "articolo",
            "L'articolo «Scoperto un dinosauro in Carnia» è di Giulia Zanin ed è uscito il 14 "
            "ottobre 2026.",
            ("Chi ha scritto l'articolo?", "Quando è uscito?"),
            (),
            article,
        ),
        Fact(
            "scheletro",
            "Lo scheletro del dinosauro trovato in Friuli è lungo 3,5 metri e ha 205 milioni "
            "di anni.",
            ("Quanto è lungo lo scheletro?",),
            (),
            article,
        ),
    )
    built = Matcher(Knowledge(articles=(article,), facts=facts))

    about = built.match("In che data è uscito l'articolo sul fossile di dinosauro in Friuli?")
    other = built.match("In che data è uscito l'articolo sul fossile di mammut in Siberia?")

    assert about.fact is not None and about.fact.id == "articolo"
    assert other.kind == Kind.NONE


def test_an_article_picked_by_words_of_its_news_not_of_its_title_is_answered() -> None:
    """«il pezzo sui lavori di due anni»: the title («Porto di Genova, nuovo terminal»)
    says neither word, but the article's news does: it is this article, and its own fact
    answers who wrote it."""
    for question in (
        "Chi firma il pezzo sui lavori di due anni?",
        "Quando è stato pubblicato il pezzo sui lavori che dureranno due anni?",
    ):
        answer = _porto_article().match(question)

        assert answer.fact is not None and answer.fact.id == "articolo", question


def test_a_news_question_naming_the_author_is_answered_by_the_news() -> None:
    """«secondo l'autore» does not make a question about the article: its other words are
    the news'."""
    answer = _porto_article().match("Secondo l'autore, quanto dureranno i lavori del terminal?")

    assert answer.fact is not None
    assert answer.fact.id == "lavori"


@pytest.mark.parametrize(
    ("question", "dropped", "kept"),
    [
        ("Secondo l'autore, quanto dureranno i lavori?", {"secondo", "autore"}, {"lavori"}),
        ("Quali sono, secondo l'articolo, i fattori?", {"secondo", "articolo"}, {"fattori"}),
        ("Come mai secondo la giunta non si può?", {"secondo"}, {"giunta"}),
        ("Chi è arrivato secondo?", set(), {"secondo"}),
    ],
)
def test_who_says_it_is_not_what_is_asked(question: str, dropped: set[str], kept: set[str]) -> None:
    """«secondo l'autore» names a source, not a rank nor the thing counted by «quanto»."""
    terms = {t.word for t in _porto_article().analyse(question).terms}

    assert not dropped & terms and kept <= terms


def test_perche_is_answered_by_the_reason_that_follows_what_it_asks() -> None:
    """«Perché OpenAI vuole 10 miliardi?» asks the cause of the 10 billion: the fact giving
    it after them («… 10 miliardi per accelerare …»), not the one where the 10 billion are
    themselves what «per» introduces («una trattativa per raccogliere 10 miliardi»)."""
    built = _one_article(
        (
            "raccolta",
            "OpenAI è in una trattativa per raccogliere 10 miliardi di dollari.",
            ("Quanto vuole raccogliere OpenAI?", "Chi tratta con OpenAI?"),
        ),
        (
            "scopo",
            "OpenAI vuole raccogliere 10 miliardi di dollari per accelerare lo sviluppo dei "
            "suoi modelli.",
            ("A cosa servono i fondi?", "Perché OpenAI cerca soldi?"),
        ),
        ("siccita", "A causa della siccità, il lago di Garda è sceso di 38 centimetri.", ()),
    )

    def first(question: str) -> str:
        return built.facts[built.score(built.analyse(question))[0].index].id

    assert first("perche openai vuole 10 miliardi") == "scopo"
    assert first("Perché il lago di Garda è sceso?") == "siccita"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Perché la nube di cenere è andata verso Catania?", "vento"),
        ("Perché aumentano le bollette dell'acqua?", "perdite"),
        ("Perché scioperano i portuali della Spezia?", "contratto"),
    ],
)
def test_perche_is_answered_by_the_ways_the_news_writes_a_cause(question: str, reason: str) -> None:
    """The news gives a cause with more than «perché» and «a causa di»: «alla base della
    decisione ci sono…», «al centro della protesta c'è…», or a verb whose subject is the
    cause («il vento ha spinto la nube»). That fact explains; the lead, which tells what
    happened, does not."""
    built = _one_article(
        (
            "lead",
            "La nube di cenere dell'Etna è andata verso Catania e ha chiuso l'aeroporto; le "
            "bollette dell'acqua aumentano del 4,8%; scioperano per 48 ore i portuali della "
            "Spezia.",
            (),
        ),
        ("vento", "Il vento da nord-ovest ha spinto la nube di cenere verso Catania.", ()),
        (
            "perdite",
            "Alla base dell'aumento delle bollette dell'acqua ci sono le perdite della rete.",
            (),
        ),
        (
            "contratto",
            "Al centro della protesta dei portuali della Spezia c'è il rinnovo del contratto.",
            (),
        ),
    )

    scored = built.score(built.analyse(question))
    best = scored[0]

    assert built.facts[best.index].id == reason
    assert best.intent == 1.0


def test_who_holds_a_role_the_fact_never_names_is_not_answered() -> None:
    """«Chi è il sindaco di Genova?» asks who holds a role: a fact about Genoa that names no
    mayor cannot tell, however well Genoa fits; one naming the mayor can."""
    port = (
        "porto",
        "L'Autorità portuale di Genova investirà 40 milioni di euro nel nuovo terminal.",
        ("Quanto investe il porto di Genova?",),
    )
    without = _one_article(port)
    with_mayor = _one_article(
        port,
        ("sindaco", "Il sindaco di Genova, Marco Bucci, ha firmato l'accordo.", ()),
    )

    unknown = without.match("Chi è il sindaco di Genova?")
    known = with_mayor.match("Chi è il sindaco di Genova?")

    assert unknown.kind == Kind.NONE and unknown.confidence <= MatchConfig().suggest_confidence
    assert (known.fact or known.suggestions[0]).id == "sindaco"
    assert known.confidence > MatchConfig().suggest_confidence


@pytest.mark.parametrize(
    ("article", "question"),
    [
        (
            "2026-05-14-necropoli-etrusca-montefiascone-cassia.txt",
            "Il sarcofago ritrovato è di marmo?",
        ),
        (
            "2026-06-12-corruzione-vigevano-appalti-condanna.txt",
            "I condannati andranno subito in carcere?",
        ),
        ("2026-05-12-ghiacciaio-adamello-misure.txt", "Hanno già pubblicato i dati online?"),
    ],
)
def test_a_summary_or_byline_gets_no_lower_bar_for_a_yes_or_no_question(
    tmp_path: Path, article: str, question: str
) -> None:
    """A yes/no question needs a little less of the fact that settles it, which says it
    otherwise; an article's summary and byline share words with any question about the
    article, so being close is no sign they settle this one («Il sarcofago è di marmo?» of
    a summary that never says what it is made of, «Hanno già pubblicato i dati online?» of
    the byline). Below the usual bar, they are suggested."""
    built = drafted(tmp_path, article)
    cfg = built.config

    answer = built.match(question)

    assert cfg.answer_probability - cfg.yes_no_margin <= answer.confidence
    assert answer.confidence < cfg.answer_probability
    assert answer.kind == Kind.NONE
    first = answer.suggestions[0] if answer.suggestions else None
    assert first is not None and ("riassunto" in first.keywords or "-articolo-" in first.id)


def test_an_english_loanword_in_ship_meets_its_base() -> None:
    """«Chi è il partner tecnologico di Vantis?» of «la partnership tecnologica con Orbis»:
    the news writes the English abstract noun, the reader its base (as «leadership» of
    «leader»), so the role asked is in the fact and it is answered."""
    built = _one_article(
        (
            "accordo",
            "Vantis ha firmato una partnership tecnologica con Orbis per i nuovi server.",
            (),
        ),
        ("sede", "Vantis ha sede a Torino e conta 300 dipendenti.", ()),
    )

    answer = built.match("Chi è il partner tecnologico di Vantis?")

    assert answer.kind == Kind.FACT and answer.fact is not None
    assert answer.fact.id == "accordo"


def test_a_count_may_stand_a_few_words_from_what_it_counts() -> None:
    """«85 fra ingegneri, tecnici e altri dipendenti» answers «Quanti dipendenti?»: the
    number and what it counts sit in one phrase, six words apart."""
    built = _one_article(
        ("organico", "Sodalis dà lavoro a 85 fra ingegneri, tecnici e altri dipendenti.", ()),
    )

    best = built.score(built.analyse("Quanti dipendenti ha Sodalis?"))[0]

    assert best.intent == 1.0


@pytest.mark.parametrize(
    "question", ["Che tempo fa a Norcia?", "che tempo c'è a norcia", "Com'è il meteo a Norcia?"]
)
def test_the_weather_of_a_place_in_the_news_is_not_answered(question: str) -> None:
    """«Che tempo fa a Norcia?» asks the weather: a fact that only names Norcia cannot tell."""
    built = _one_article(
        (
            "citazione",
            "«Un bambino di Norcia non può partire alle sei e mezza del mattino per arrivare "
            "in classe», ha dichiarato Bellucci.",
            ("Cosa ha detto Bellucci?", "Norcia bambino mattino classe"),
        ),
        ("legge", "Da gennaio lo scuolabus sarà gratuito in Umbria.", ("Da quando?",)),
        ("voti", "La legge è passata con 14 voti favorevoli.", ("Con quanti voti?",)),
    )

    assert built.match(question).kind == Kind.NONE
    assert built.match("Cosa ha detto Bellucci su Norcia?").kind == Kind.FACT


def test_a_weather_station_is_found_by_its_keywords() -> None:
    """«stazione meteo Corno Bianco» is not a weather question the fact cannot answer:
    «una stazione meteorologica sul Corno Bianco» says «meteo» too, so it is not capped."""
    built = _one_article(
        (
            "stazione",
            "A giugno è prevista una seconda stazione meteorologica sul Corno Bianco.",
            ("Cosa arriverà a giugno?",),
        ),
        ("rapporto", "Il ghiacciaio ha perso 2,8 metri di spessore in un anno.", ()),
    )

    found = built.match("nuova stazione meteo Corno Bianco")

    assert (found.fact or found.suggestions[0]).id == "stazione"
    assert found.confidence > MatchConfig().suggest_confidence


def test_quanto_dura_is_answered_by_a_length_of_time() -> None:
    """«Quanto dura un viaggio?» asks a length of time («dura» is «durare», not «duro»):
    «50 minuti» carries it, a sum of money does not."""
    built = _one_article(
        ("durata", "Il viaggio in scuolabus non potrà superare i 50 minuti.", ()),
        ("costo", "Il viaggio in scuolabus costa 40 euro.", ()),
    )

    scored = {
        built.facts[s.index].id: s.intent
        for s in built.score(built.analyse("Quanto dura il viaggio?"))
    }

    assert scored == {"durata": 1.0, "costo": 0.0}


# (answer, question, whether the answer carries the figure the question asks for)
_FIGURES = {
    # «arretrata» and «arretrato» are one word family though the dictionary reads one as an
    # adjective and the other as a verb; a short shared stem («assoc») is not.
    "another form of the word": (
        "Secondo l'associazione dei glaciologi, il fronte è arretrato di 47 metri.",
        "Di quanto è arretrata la lingua del ghiacciaio?",
        True,
    ),
    "a short shared stem": (
        "Secondo l'associazione dei glaciologi, il fronte è arretrato di 47 metri.",
        "Quanti associati ha il consorzio del ghiacciaio?",
        False,
    ),
    # «Quanto ci mette?» asks how long, and «un secondo» tells it though «un» is a word;
    # «quanto mette?» (without «ci») asks how much money.
    "quanto ci mette": (
        "Con 180 sensori in tutta Italia, da oggi la rete localizza una scossa in meno di un "
        "secondo.",
        "Quanto ci mette la rete a localizzare una scossa?",
        True,
    ),
    # «Quanto ci si mette a piedi?»: how long the walk is, not how far.
    "quanto ci si mette": (
        "Il rifugio si raggiunge dal paese lungo il sentiero 312: circa quattro ore di cammino"
        " e 1.260 metri di dislivello.",
        "Quanto ci si mette a piedi per arrivare al rifugio?",
        True,
    ),
    "quanto ci si mette, of a height": (
        "Il rifugio si raggiunge dal paese lungo il sentiero 312, con 1.260 metri di dislivello.",
        "Quanto ci si mette a piedi per arrivare al rifugio?",
        False,
    ),
    "in quanto tempo": (
        "Con 180 sensori in tutta Italia, da oggi la rete localizza una scossa in meno di un "
        "secondo.",
        "In quanto tempo la rete localizza una scossa?",
        True,
    ),
    "quanto mette": (
        "Con 180 sensori in tutta Italia, da oggi la rete localizza una scossa in meno di un "
        "secondo.",
        "Quanto mette la rete per localizzare una scossa?",
        False,
    ),
    # «A che ora apre?» asks a time of day: «dalle 8 alle 20» tells it, a year does not.
    "a time of day": (
        "Il nuovo ambulatorio della stazione sarà aperto dalle 8 alle 20 dal 2027.",
        "A che ora apre l'ambulatorio?",
        True,
    ),
    "a year for a time of day": (
        "Il nuovo ambulatorio della stazione aprirà entro il 2027.",
        "A che ora apre l'ambulatorio?",
        False,
    ),
    # «sei» and «una» stay words (a verb, an article): «alle sei del mattino» is an hour.
    "an hour in letters": (
        "Le code davanti all'anagrafe iniziano alle sei del mattino.",
        "A che ora iniziano le code all'anagrafe?",
        True,
    ),
    "one o'clock in letters": (
        "Gli sportelli dell'anagrafe chiudono all'una, anche il sabato.",
        "A che ora chiudono gli sportelli dell'anagrafe?",
        True,
    ),
    # «Quanta parte?» asks a share: «il 64%» answers it, «14 paesi» does not.
    "a percentage for a share": (
        "Il pastificio esporta il 64% della sua produzione di pasta.",
        "Quanta parte della produzione esporta il pastificio?",
        True,
    ),
    # «Quanto è lungo il fiume?» asks a measure: metres or kilometres, not any number.
    "a length in kilometres": (
        "Il fiume Mincio, lungo 75 chilometri, esce dal lago di Garda a Peschiera.",
        "Quanto è lungo il fiume Mincio?",
        True,
    ),
    "a count for a length": (
        "Il fiume Mincio irriga 30 comuni tra il lago di Garda e il Po.",
        "Quanto è lungo il fiume Mincio?",
        False,
    ),
    # The asked verb right before the figure, in a sentence naming what is asked about,
    # however far from it.
    "the asked verb before the figure": (
        "I lavori di consolidamento, affidati con procedura d'urgenza a una ditta di Treviso, "
        "costeranno 6,8 milioni di euro.",
        "Quanto costeranno i lavori di consolidamento?",
        True,
    ),
    "another verb before the figure": (
        "I lavori di consolidamento, affidati con procedura d'urgenza a una ditta di Treviso, "
        "impegneranno 40 operai.",
        "Quanto costeranno i lavori di consolidamento?",
        False,
    ),
    # «il nuovo campus»: the campus is asked about, not «nuovo»; an adverb may stand
    # between the verb and the figure.
    "the noun after a vague adjective": (
        "Il campus, inaugurato ieri mattina alla presenza del ministro e della rettrice, "
        "è costato complessivamente 62 milioni di euro.",
        "Quanto è costato il nuovo campus?",
        True,
    ),
    "a count for a share": (
        "Il pastificio esporta la sua produzione di pasta in 14 paesi.",
        "Quanta parte della produzione esporta il pastificio?",
        False,
    ),
    # «pendolare» is also a verb, yet «quanti pendolari» counts commuters.
    "the word after quanti, also a verb": (
        "Sabato circa 600 pendolari si sono radunati davanti a Palazzo Lombardia per "
        "protestare contro i ritardi dei treni regionali.",
        "Quanti pendolari hanno partecipato alla protesta?",
        True,
    ),
    "no count of what follows quanti": (
        "Sabato circa 600 pendolari si sono radunati davanti a Palazzo Lombardia per "
        "protestare contro i ritardi dei treni regionali.",
        "Quanti treni hanno partecipato alla protesta?",
        False,
    ),
    # «Quanto costa X?» asks X's price: euros next to X.
    "a price next to what is priced": (
        "Il contributo di segreteria per partecipare è di 10 euro, da versare online.",
        "Quanto costa il contributo di segreteria?",
        True,
    ),
    "a count for a price": (
        "I candidati sono 80.000 e il contributo di segreteria si versa online.",
        "Quanto costa il contributo di segreteria?",
        False,
    ),
    "a sum that prices something else": (
        "Il Ministero ha stanziato 20 milioni di euro per le prove; il contributo si versa.",
        "Quanto costa il contributo di segreteria?",
        False,
    ),
    # «il fatturato» is not any sum of the company: the 18 million it will invest are not.
    "the turnover": (
        "Elettra Storage, azienda di Schio, ha un fatturato di 40 milioni di euro.",
        "Qual è il fatturato di Elettra Storage?",
        True,
    ),
    "another sum for the turnover": (
        "Elettra Storage, azienda di Schio, investirà 18 milioni di euro in una linea.",
        "Qual è il fatturato di Elettra Storage?",
        False,
    ),
}


@pytest.mark.parametrize(("answer", "question", "answered"), _FIGURES.values(), ids=_FIGURES)
def test_a_figure_question_is_answered_by_its_kind_of_figure(
    answer: str, question: str, answered: bool
) -> None:
    """The figure a «quanto / a che ora / quanta parte» question asks for must be the one
    the fact gives, however either of them words it."""
    fits = _carries_what_is_asked(answer, question, "Cosa dice la notizia?")

    assert fits is answered


def test_a_yes_no_question_with_the_wrong_figure_gets_the_fact_that_settles_it() -> None:
    """«È vero che ha perso 5 metri?» is answered «ha perso 2,8 metri»: the figure is the
    claim to check, not a word the fact must hold; «quanti metri?» still needs the fact."""
    built = _one_article(
        ("spessore", "Il ghiacciaio dell'Adamello ha perso 2,8 metri di spessore in un anno.", ()),
        ("superficie", "Il ghiacciaio dell'Adamello copre oggi 14,6 chilometri quadrati.", ()),
    )

    checked = built.match("È vero che il ghiacciaio ha perso 5 metri di spessore?")
    ranked = _one_article(
        ("edizione", "Quest'anno il premio Sassi è alla dodicesima edizione.", ()),
        ("vincitrice", "Il premio Sassi è andato a Lucia Montanari.", ()),
    ).match("Quest'anno era la decima edizione del premio Sassi?")

    assert checked.fact is not None and checked.fact.id == "spessore"
    assert ranked.fact is not None and ranked.fact.id == "edizione"
    assert asks_yes_or_no("Il ghiacciaio ha perso 5 metri?", frozenset())
    assert not asks_yes_or_no("Quali sono i 2 film italiani?", frozenset())


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("Il ghiacciaio dell'Adamello copre oggi 14,6 chilometri quadrati.", True),
        ("Sul ghiacciaio dell'Adamello ci sono oggi 14 stazioni meteorologiche.", False),
    ],
)
def test_quanto_e_grande_is_answered_by_a_measure(answer: str, answered: bool) -> None:
    """«Quanto è grande il ghiacciaio?» asks a measure: «14,6 chilometri quadrati» answers
    it, though it never says «grande», and «14 stazioni» does not."""
    built = _one_article(("fatto", answer, ("Cosa dice il rapporto sul ghiacciaio?",)))

    found = built.match("Quanto è grande oggi il ghiacciaio dell'Adamello?")

    assert (found.kind is Kind.FACT) is answered


def test_quanto_dura_is_answered_though_the_fact_never_says_dura() -> None:
    """«Quanto dura lo sciopero?» is answered by «incroceranno le braccia per 48 ore»: the
    fact gives the hours, and the asked word itself is not missing from it."""
    built = _one_article(
        (
            "sciopero",
            "Sciopero dei traghetti: i marittimi incroceranno le braccia per 48 ore da sabato.",
            ("Quando incroceranno le braccia i marittimi?",),
        ),
        ("corse", "Lo sciopero dei traghetti mette a rischio 60 corse.", ()),
    )

    found = built.match("Quanto dura lo sciopero dei traghetti?")

    assert found.fact is not None and found.fact.id == "sciopero"


def test_a_month_the_fact_does_not_name_is_another_time() -> None:
    """«Quanta pioggia a settembre?» is not answered by the July hailstorm: the fact names
    another month, as it would name another year."""
    built = _one_article(
        (
            "grandinata",
            "Il 17 luglio sulle Langhe sono caduti 40 millimetri di pioggia in venti minuti.",
            ("Quanta pioggia è caduta?",),
        ),
    )

    september = built.match("Quanti millimetri di pioggia sono caduti a settembre sulle Langhe?")
    july = built.match("Quanti millimetri di pioggia sono caduti a luglio sulle Langhe?")

    assert september.kind is Kind.NONE
    assert july.fact is not None and july.fact.id == "grandinata"


def test_come_si_chiama_asks_a_name_the_fact_gives_without_saying_chiama() -> None:
    """«Come si chiama l'operazione?» asks a name («l'operazione, battezzata "Facciata
    vuota"»): «chiama» is how it asks, not a word the fact must hold."""
    built = _one_article(("operazione", "L'operazione è battezzata «Facciata vuota».", ()))

    terms = [t.word for t in built.analyse("Come si chiama l'operazione della Finanza?").terms]

    assert terms == ["operazione", "finanza"]


def test_a_word_for_money_is_said_by_a_sum_in_euros() -> None:
    """«conti Bulgaria somma»: «2,1 milioni di euro» is the sum, though the fact never says
    «somma»; «prezzo» or «euro» are not said by any sum."""
    built = _one_article(
        (
            "bulgaria",
            "Circa 2,1 milioni di euro sono finiti su conti correnti aperti in Bulgaria.",
            ("Dove sono finiti i crediti?",),
        ),
        ("sequestro", "Il giudice ha disposto il sequestro di nove immobili a Lecce.", ()),
    )

    found = built.match("conti Bulgaria somma")

    assert found.fact is not None and found.fact.id == "bulgaria"


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("Il prezzo di listino è di 3.400 euro al mese per paziente.", True),
        # A sum that is no price: what patients save says nothing of what it costs.
        ("Ogni mese i pazienti risparmiano 300 euro di viaggi.", False),
    ],
)
def test_a_price_of_nothing_named_prices_what_the_title_is_about(
    answer: str, answered: bool
) -> None:
    """«Quanto costa il farmaco?» of «il prezzo di listino è di 3.400 euro al mese» in an
    article on the new drug: the fact gives a price without naming what it prices, and its
    article is about the drug."""
    fits = _carries_what_is_asked(
        answer,
        "Quanto costa il farmaco al mese?",
        title="Via libera dell'Aifa: il nuovo farmaco sarà rimborsato dal Servizio sanitario",
    )

    assert fits is answered


def test_a_fact_telling_the_asked_kind_covers_the_word_that_names_it() -> None:
    """«Quante persone verranno assunte?» is answered by «Delle 130 assunzioni, 95
    riguarderanno operai»: the fact counts people without saying «persone», and that
    counts as covering the word, not only as carrying a number."""
    built = _one_article(
        (
            "assunzioni",
            "Delle 130 assunzioni del pastificio, 95 riguarderanno operai di produzione.",
            ("Come saranno divise le assunzioni?",),
        ),
        ("fatturato", "Il pastificio ha chiuso il 2025 con 212 milioni di euro di fatturato.", ()),
    )

    query = built.analyse("Quante persone verranno assunte dal pastificio?")
    best = built.score(query)[0]
    persone = query.weights[0] / sum(query.weights)

    assert built.facts[best.index].id == "assunzioni"
    assert best.coverage >= persone + 0.5  # «persone» counted, with «assunte» and «pastificio»


def test_quante_x_is_not_answered_by_a_fact_that_names_x_without_counting_it() -> None:
    """«Quante vacche pascolano?» of «i pannelli lasciano spazio al pascolo delle vacche»:
    the fact names the cows but counts none, so it cannot answer; «quante vacche» of a
    fact that counts them is answered."""
    built = _one_article(
        (
            "impianto",
            "Un impianto da 900 kilowatt sorgerà sui terreni dell'Università Agraria, con i "
            "pannelli montati in alto per lasciare spazio al pascolo delle vacche maremmane.",
            ("Cosa sorgerà sui terreni?",),
        ),
    )
    counted = _one_article(
        ("mandria", "Sui terreni dell'Università Agraria pascolano 300 vacche maremmane.", ()),
    )
    question = "Quante vacche maremmane pascolano sui terreni dell'Università Agraria?"

    assert built.match(question).kind is Kind.NONE
    assert counted.match(question).kind is Kind.FACT


def test_quanti_dipendenti_is_not_answered_by_a_dependence() -> None:
    """«dipendenti» (employees) and «dipendenza» share a stem: the shipped synonyms must not
    join them, or «Quanti dipendenti ha OpenAI?» gets «ridurre la dipendenza dai fornitori»."""
    answer = matcher(REPO / "knowledge").match("Quanti dipendenti ha OpenAI?")

    assert answer.kind == Kind.NONE, answer


def test_cos_e_is_answered_by_the_fact_that_defines_it() -> None:
    """«Cos'è l'allerta sismica precoce?» is answered by «L'allerta sismica precoce è un
    sistema che…», not by the news that merely names it."""
    built = _one_article(
        (
            "notizia",
            "Da lunedì l'Appennino avrà una rete di allerta sismica precoce, che sarà gestita "
            "dall'INGV: è una novità per l'Italia.",
            ("Cos'è la rete Sentinella?", "Che cos'è la novità?"),
        ),
        (
            "definizione",
            "L'allerta sismica precoce è un sistema che rileva le prime onde di un terremoto.",
            (),
        ),
    )

    best = built.score(built.analyse("Cos'è l'allerta sismica precoce?"))[0]

    assert built.facts[best.index].id == "definizione"


def test_quante_persone_is_answered_by_a_number_of_any_kind_of_people() -> None:
    """«Quante persone verranno assunte?» is answered by «130 assunzioni»; «quanta gente» by
    «9.500 visitatori», or «il 54,6% degli aventi diritto»: people are counted under many
    names, or as a share."""
    built = _one_article(
        ("assunzioni", "Delle 130 assunzioni, 95 riguarderanno operai di produzione.", ()),
        ("festival", "Il festival ha avuto 9.500 visitatori in tre giorni.", ()),
        ("fabbrica", "La nuova fabbrica costerà 48 milioni di euro.", ()),
        ("urne", "Alle urne si è presentato il 54,6% degli aventi diritto.", ()),
        ("seggi", "I seggi sono rimasti aperti fino alle 23.", ()),
    )

    def intents(question: str) -> dict[str, float]:
        return {built.facts[s.index].id: s.intent for s in built.score(built.analyse(question))}

    assert intents("Quante persone verranno assunte?")["assunzioni"] == 1.0
    assert intents("Quanta gente è andata al festival?")["festival"] == 1.0
    # a share of the people: «il 54,6% degli aventi diritto»; not a time of day
    assert intents("Quanta gente è andata alle urne?")["urne"] == 1.0
    assert intents("Quanta gente è andata ai seggi?")["seggi"] == 0.0


def test_quanti_lavoratori_is_answered_by_a_number_of_employees() -> None:
    """«Quanti lavoratori andranno in cassa integrazione?» is answered by «620 dei 1.150
    dipendenti», not by the sentence that names the workers but counts euros."""
    built = _one_article(
        (
            "intesa",
            "L'intesa prevede dodici mesi di cassa integrazione per 620 dei 1.150 dipendenti "
            "dello stabilimento.",
            (),
        ),
        (
            "corsi",
            "La Regione ha stanziato 3 milioni di euro per corsi destinati ai lavoratori in "
            "cassa integrazione.",
            (),
        ),
    )

    def intents(question: str) -> dict[str, float]:
        return {built.facts[s.index].id: s.intent for s in built.score(built.analyse(question))}

    assert intents("Quanti lavoratori andranno in cassa integrazione?") == {
        "intesa": 1.0,
        "corsi": 0.0,
    }


def test_a_why_question_needs_a_little_less_of_a_fact_giving_a_reason() -> None:
    """«xke la nube è andata verso Catania?» words what the reason explains otherwise than
    the fact that gives it: a fact with a reason for it needs `why_margin` less; one
    without a reason is not helped."""
    import dataclasses

    facts = (
        (
            "vento",
            "La nube di cenere si è diretta verso Catania perché il vento da nord-ovest l'ha "
            "spinta sulla città.",
            (),
        ),
        ("voli", "L'aeroporto di Catania ha cancellato 40 voli nella mattinata.", ()),
    )
    question = "xke la nube di cenere e andata verso catania?"
    chance = _one_article(*facts).match(question).confidence
    strict = dataclasses.replace(MatchConfig(), answer_probability=chance + 0.01)

    def answered(config: MatchConfig, asked: str = question) -> bool:
        built = _one_article(*facts)
        built.config = config
        return built.match(asked).kind == Kind.FACT

    assert answered(dataclasses.replace(strict, why_margin=0.02))
    assert not answered(dataclasses.replace(strict, why_margin=0.0))
    # «Quando…?» asks no reason: the margin is no help to it.
    when = "Quando la nube di cenere e andata verso catania?"
    when_chance = _one_article(*facts).match(when).confidence
    when_strict = dataclasses.replace(MatchConfig(), answer_probability=when_chance + 0.01)
    assert not answered(dataclasses.replace(when_strict, why_margin=0.5), when)


def test_a_yes_no_question_needs_a_little_less_to_be_answered() -> None:
    """The fact settling a yes/no question words the claim otherwise, so the bar is lowered
    by `yes_no_margin` for it; a «che…?» question asks which, not yes or no."""
    import dataclasses

    facts = (
        (
            "gratis",
            "Nel primo fine settimana, il 13 e il 14 giugno, la visita sarà gratuita per tutti.",
            (),
        ),
        ("biglietto", "Il biglietto intero costerà 8 euro, contro i 6 di prima.", ()),
    )
    question = "Nel primo fine settimana la visita è gratuita?"
    chance = _one_article(*facts).match(question).confidence
    strict = dataclasses.replace(MatchConfig(), answer_probability=chance + 0.01)

    def answered(config: MatchConfig) -> bool:
        built = _one_article(*facts)
        built.config = config
        return built.match(question).kind == Kind.FACT

    assert answered(dataclasses.replace(strict, yes_no_margin=0.02))
    assert not answered(dataclasses.replace(strict, yes_no_margin=0.0))
    assert asks_yes_or_no(question, frozenset())
    assert not asks_yes_or_no("In che squadra corre Mateo Rincón?", frozenset())
    assert not asks_yes_or_no("Che compensazione riceveranno gli utenti?", frozenset())


def test_a_claim_without_a_question_mark_is_still_a_yes_no_question() -> None:
    """In a chat the «?» is often left out: «il ghiacciaio ha perso 5 metri» still states
    something to check, and so does any clause with a conjugated verb («la cappella
    riaprirà a giugno», «le farmacie vaccinano anche i minorenni», «bisogna pagare per
    entrare»), in the present too («la mostra chiude a luglio», «il museo riapre a maggio»).
    Keywords («sfratti torino calo percentuale», «metro torino ritardo anni», «stagione
    prevista prezzi biglietti») state nothing, and «ke gas respirano i sub» asks which gas."""
    assert asks_yes_or_no("il ghiacciaio ha perso 5 metri", frozenset())
    assert asks_yes_or_no("cmq il ponte è stato riaperto", frozenset())
    assert asks_yes_or_no("la cappella riaprirà a giugno", frozenset())
    assert asks_yes_or_no("le farmacie vaccinano anche i minorenni", frozenset())
    assert asks_yes_or_no("bisogna pagare per entrare in biblioteca", frozenset())
    assert asks_yes_or_no("la mostra di Caravaggio chiude a luglio", frozenset())
    assert asks_yes_or_no("il museo civico riapre a maggio", frozenset())
    assert not asks_yes_or_no("stagione prevista prezzi biglietti", frozenset())
    assert not asks_yes_or_no("sfratti torino calo percentuale", frozenset())
    assert not asks_yes_or_no("metro torino ritardo anni", frozenset())
    assert not asks_yes_or_no("chi ha vinto la gara", frozenset())
    assert not asks_yes_or_no("ke gas respirano i sub in immersione", frozenset())


def test_a_noun_capitalised_by_style_is_no_unknown_name() -> None:
    """«In quale Paese…?»: «Paese» is capitalised by style, not a name the article lacks, so
    the fact naming Bulgaria answers it; a real name it lacks («Romania») still abstains."""
    built = _one_article(
        (
            "bulgaria",
            "Circa 2,1 milioni di euro sono poi finiti su conti correnti aperti in Bulgaria.",
            (),
        ),
        ("immobili", "La Procura ha sequestrato nove immobili a Nardò.", ()),
    )

    assert built.match("In quale Paese sono finiti parte dei soldi?").kind == Kind.FACT
    assert built.match("Quanti soldi sono finiti in Romania?").kind == Kind.NONE


@pytest.mark.parametrize(
    "answer",
    [
        "Le ambulanze saranno dirottate sugli ospedali di Crema e Casalmaggiore.",
        "L'impianto sorgerà sui terreni dell'Università Agraria di Tolfa.",
        "Non si entrerà più da via Giuseppina ma dal nuovo accesso su viale Concordia.",
        "Il quadro è riemerso nel 2019 in un castello della Bassa Austria.",
        "I droni sono assemblati nel capannone di Grugliasco.",
        "Ieri, nella piscina del centro sportivo Tašmajdan, la nazionale ha vinto.",
        "La finale si giocherà allo stadio Olimpico.",
        "Le sezioni saranno esposte al Museo archeologico nazionale di Cividale.",
    ],
)
def test_a_place_is_told_by_a_named_place_after_its_noun(answer: str) -> None:
    """«sugli ospedali di Crema», «sui terreni dell'Università Agraria», «su viale
    Concordia», «in un castello della Bassa Austria», «nel capannone di Grugliasco», a
    venue and its name («lo stadio Olimpico»): places a «dove?» question is answered by."""
    from bot.text import Intent, answer_intents

    assert Intent.PLACE in answer_intents(answer)


def test_quanti_soldi_is_never_answered_by_a_fact_with_no_sum() -> None:
    """«Quanti soldi spera di ottenere dagli investitori?» shares its words with the fact
    about the investors, which gives no sum: that fact cannot answer it, however close."""
    built = _one_article(
        (
            "investitori",
            "Il dialogo di OpenAI con gli investitori riguarda la creazione di un ecosistema.",
            ("Chi mette i soldi?", "Di cosa parla OpenAI con gli investitori?"),
        ),
        ("raccolta", "OpenAI tratta per raccogliere 10 miliardi di dollari di nuovi capitali.", ()),
    )

    answer = built.match("Quanti soldi spera di ottenere OpenAI dagli investitori?")

    assert answer.fact is None or answer.fact.id != "investitori"


def test_a_sum_may_leave_its_currency_out() -> None:
    """«destinerà 10 milioni alla ricerca» is a sum in euros the news named once; «1,2
    milioni di visitatori» is not."""
    built = _one_article(
        ("uso", "Oltre ai 25 milioni per la fabbrica, Sodalis darà 10 milioni alla ricerca.", ()),
        ("visite", "Il museo ha avuto 1,2 milioni di visitatori e la ricerca continua.", ()),
    )

    scored = built.score(built.analyse("Quanti soldi vanno alla ricerca?"))

    assert {built.facts[s.index].id: s.intent for s in scored} == {"uso": 1.0, "visite": 0.0}


def test_chi_guida_is_answered_by_a_fact_naming_the_role() -> None:
    """«Chi guida l'assessorato al turismo?» asks who holds a role: «l'assessora al Turismo
    Silvia Moretti» says it without «guida»; a fact naming no role does not."""
    question = "Chi guida l'assessorato al turismo?"
    role = _one_article(
        (
            "moretti",
            "Secondo l'assessora al Turismo Silvia Moretti, il 40% dei turisti visita soltanto "
            "i luoghi leopardiani.",
            (),
        ),
        ("biglietto", "Il biglietto intero del museo costerà 8 euro.", ()),
    )
    no_role = _one_article(
        ("turisti", "Il 40% dei turisti visita soltanto i luoghi leopardiani, dice Moretti.", ()),
        ("biglietto", "Il biglietto intero del museo costerà 8 euro.", ()),
    )

    answer = role.match(question)

    assert answer.kind == Kind.FACT and answer.fact is not None and answer.fact.id == "moretti"
    assert no_role.match(question).kind == Kind.NONE


def test_dove_is_about_its_noun_not_its_verb() -> None:
    """«Dove passerà la navetta?» asks where the shuttle goes: a fact about the shuttle
    answers though it says «collegherà», not «passerà»; one about another thing does not."""
    built = _one_article(
        (
            "navetta",
            "Una navetta elettrica gratuita collegherà il parcheggio della stazione al centro "
            "storico.",
            ("Cosa collegherà la navetta elettrica?",),
        ),
        ("tassa", "L'imposta di soggiorno salirà a 3 euro a notte.", ()),
    )

    answer = built.match("Dove passerà la navetta elettrica gratuita?")

    assert answer.kind == Kind.FACT and answer.fact is not None and answer.fact.id == "navetta"
    assert built.match("Dove si trova il nuovo ospedale?").kind == Kind.NONE


def test_a_word_for_a_size_is_told_by_a_measure() -> None:
    """«dimensioni tela Cavallino» asks a size: «una tela di 128 per 176 centimetri» says
    it without «dimensioni»; the sentence naming the painting with no measure does not."""
    built = _one_article(
        (
            "tela",
            "Il dipinto di Cavallino, un olio su tela di 128 per 176 centimetri, apparteneva ai "
            "Carafa di Maddaloni.",
            (),
        ),
        ("asta", "Il museo ha comprato la tela di Cavallino all'asta a Vienna.", ()),
    )

    query = built.analyse("dimensioni tela Cavallino")
    scored = built.score(query)

    unmatched_share = 8  # position in `Matcher.features`: share of the question not found

    assert built.facts[scored[0].index].id == "tela"
    assert built.features(query, scored)[unmatched_share] == 0.0
    asta = [s for s in scored if built.facts[s.index].id == "asta"]
    assert built.features(query, asta)[unmatched_share] > 0.0


@pytest.mark.parametrize(
    ("question", "telling", "silent"),
    [
        (
            "fetta agende private che sfuggono al cup",
            "Sfugge al cup il 40% delle agende private.",
            "Le agende private sfuggono al cup da anni.",
        ),
        (
            "ambulatorio codici bianchi orari",
            "L'ambulatorio dei codici bianchi sarà aperto dalle 8 alle 20.",
            "L'ambulatorio dei codici bianchi aprirà accanto al pronto soccorso.",
        ),
        (
            "Quanto costano i lavori annunciati dall'Anas?",
            "L'Anas ha annunciato lavori per 1,8 milioni di euro sulla statale.",
            "L'Anas ha annunciato lavori sulla statale entro giugno.",
        ),
        (
            "scadenza domande bando",
            "Le domande per il bando si presentano entro il 30 aprile.",
            "Le domande per il bando si presentano online.",
        ),
        (
            "età bimbi accompagnatore serve",
            "Serve un accompagnatore per i bimbi fino a 6 anni.",
            "Serve un accompagnatore per i bimbi sugli scuolabus.",
        ),
        (
            "abbonati teatro calo numeri",
            "Gli abbonati del teatro sono scesi a 4.200, in calo del 12%.",
            "Gli abbonati del teatro in calo preoccupano la direzione.",
        ),
        (
            "Con che punteggio l'Italia ha battuto la Croazia?",
            "L'Italia ha battuto la Croazia per 12-10 in semifinale.",
            "L'Italia ha battuto la Croazia grazie al portiere.",
        ),
    ],
)
def test_a_word_for_a_kind_of_figure_is_told_by_that_figure(
    question: str, telling: str, silent: str
) -> None:
    """«fetta» is told by a percentage, «orari» by a time of day, «età» by an age,
    «scadenza» by a date, «costano» by a sum, «punteggio» by a score («12-10»), «numeri»
    by a number, even in a question of keywords with no question word: the word itself is
    rarely in the answer, and is not missing where that figure is."""
    unmatched_share = 8  # position in `Matcher.features`: share of the question not found
    built = _one_article(("telling", telling, ()), ("silent", silent, ()))
    query = built.analyse(question)
    scored = {built.facts[s.index].id: s for s in built.score(query)}

    assert built.features(query, [scored["telling"]])[unmatched_share] == 0.0
    assert built.features(query, [scored["silent"]])[unmatched_share] > 0.0


def test_the_day_a_draft_anchors_is_not_the_time_the_fact_is_about() -> None:
    """Drafts anchor «stamattina» to the day the news came («(10 febbraio 2026)»): a fact
    about January's inflation does not answer «a febbraio?», though it holds the word. With
    no other year in it, that day's year still says which year the fact is about."""
    built = _one_article(
        (
            "inflazione",
            "A gennaio l'inflazione sale all'1,7%, secondo le stime diffuse stamattina "
            "(10 febbraio 2026) dall'Istat.",
            ("Qual è stata l'inflazione?", "Di quanto sale l'inflazione?"),
        ),
        (
            "cessione",
            "Ieri pomeriggio (13 maggio 2026) Sardoz ha venduto il club per 38 milioni.",
            ("Per quanto ha venduto il club Sardoz?",),
        ),
        ("altro", "I prezzi dei beni alimentari restano stabili.", ()),
    )

    assert built.match("Qual è stata l'inflazione a gennaio?").kind == Kind.FACT
    assert built.match("Qual è stata l'inflazione a febbraio 2026?").kind == Kind.NONE
    assert built.match("Per quanto ha venduto il club Sardoz?").kind == Kind.FACT
    assert built.match("Per quanto ha venduto il club Sardoz nel 2017?").kind == Kind.NONE


def test_a_byline_that_shares_the_words_gives_way_to_the_fact_that_answers() -> None:
    """The byline quotes the title, so it shares the news's words («Chi ha vinto
    l'EuroCup femminile?»), yet says only who wrote the article and when: the fact after
    it answers. Asked about the article, the byline still answers."""
    import datetime as dt

    from bot.models import Article, Fact

    title = "Venezia è regina d'Europa: la Laguna Basket vince l'EuroCup femminile"
    article = Article("a", title, "giuliaferri", dt.date(2026, 4, 9), "Testata")
    facts = (
        Fact(
            "articolo",
            f"L'articolo «{title}» è di giuliaferri, è uscito il 9 aprile 2026.",
            ("Chi ha scritto l'articolo?",),
            (),
            article,
        ),
        Fact(
            "lead",
            "La Laguna Basket ha conquistato ieri l'EuroCup femminile battendo il Brno.",
            (),
            (),
            article,
        ),
        Fact("altro", "In bacheca il club aveva già due scudetti.", (), (), article),
    )
    built = Matcher(Knowledge(articles=(article,), facts=facts))

    won = built.match("Chi ha vinto l'EuroCup femminile?")
    written = built.match("Chi ha scritto l'articolo sull'EuroCup?")

    assert won.fact is not None and won.fact.id == "lead"
    assert written.fact is not None and written.fact.id == "articolo"


def test_why_is_not_answered_by_a_summary_that_tells_no_cause() -> None:
    """«Perché il Tar ha annullato la delibera?» of the article's summary, which says the
    court annulled it but not why: «non lo so» rather than a wrong answer. A summary that
    gives the cause right after the verb («chiusa nel 2015 per il crollo…») answers."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "Padova, la Ztl", "Autore", dt.date(2026, 1, 1), "Testata")

    def answer(summary: str, question: str) -> Answer:
        facts = (
            Fact("riassunto", summary, ("Riassumi la notizia",), ("riassunto",), article),
            Fact("altro", "Il Comune ha speso 2 milioni per i varchi.", (), (), article),
        )
        return Matcher(Knowledge(articles=(article,), facts=facts)).match(question)

    silent = answer(
        "Il Tar del Veneto ha annullato la delibera che allargava la Ztl di Padova.",
        "Perché il Tar ha annullato la delibera sulla Ztl di Padova?",
    )
    telling = answer(
        "La sala di corso Garibaldi, chiusa nel 2015 per il crollo del controsoffitto, riapre.",
        "Perché la sala di corso Garibaldi era stata chiusa nel 2015?",
    )

    assert silent.kind == Kind.NONE
    assert telling.kind == Kind.FACT


def test_why_is_answered_by_a_summary_that_says_what_the_decision_came_after() -> None:
    """News gives a decision's cause as what it followed, often a sentence later: «… è
    chiuso al traffico. Lo ha deciso Autostrade dopo che un'ispezione ha rilevato…»."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "A7, chiuso il viadotto", "Autore", dt.date(2026, 3, 12), "Testata")
    facts = (
        Fact(
            "riassunto",
            "Da ieri mattina il viadotto Borbera è chiuso al traffico in entrambe le direzioni. "
            "Lo ha deciso Autostrade per l'Italia dopo che un'ispezione ha rilevato la "
            "corrosione di tre cavi.",
            ("Riassumi la notizia",),
            ("riassunto",),
            article,
        ),
        Fact("code", "Le code hanno raggiunto 8 chilometri.", (), (), article),
    )
    built = Matcher(Knowledge(articles=(article,), facts=facts))

    assert built.match("Perché è stato chiuso il viadotto?").kind == Kind.FACT


def test_the_year_of_the_day_the_news_came_is_the_year_of_the_news() -> None:
    """«Chi ha vinto la Milano-Sanremo 2026?» of «si è imposto oggi (21 marzo 2026)… l'ultimo
    successo risaliva al 2018»: the year asked is the day's, not the other year named."""
    built = _one_article(
        (
            "vittoria",
            "Matteo Ferrandi si è imposto oggi (21 marzo 2026) nella Milano-Sanremo. L'ultimo "
            "successo azzurro risaliva al 2018.",
            ("Chi si è imposto?",),
        ),
        ("premio", "Al vincitore va un premio di 20.000 euro.", ()),
    )

    assert built.match("Chi ha vinto la Milano-Sanremo 2026?").kind == Kind.FACT
    assert built.match("Chi ha vinto la Milano-Sanremo 2019?").kind == Kind.NONE


def test_a_yes_no_claim_about_an_unknown_place_is_settled_by_the_place_told() -> None:
    """«Il piano è stato presentato a Roma?» of an article that says «a Napoli»: the answer
    is no, and the fact says so. «anche in Veneto?» asks about more than the article
    tells, and stays unanswered; so does «La piscina di Padova chiuderà?» of Rovigo's pool,
    whose unknown place, before the verb, says whose pool is asked, not what is claimed."""
    built = _one_article(
        (
            "presentazione",
            "Il ministero ha presentato ieri a Napoli il piano Scuola Sud, da 480 milioni.",
            ("Cosa ha presentato il ministero?",),
        ),
        ("fondi", "I fondi arrivano dal Pnrr e dal bilancio dello Stato.", ()),
    )
    pool = _one_article(
        (
            "chiusura",
            "Da giovedì la piscina comunale di Rovigo è chiusa per il caro energia e non "
            "riaprirà prima del 2027.",
            (),
        ),
        ("petizione", "Contro la chiusura i genitori hanno raccolto 4.000 firme.", ()),
    )

    assert built.match("Il piano Scuola Sud è stato presentato a Roma?").kind == Kind.FACT
    assert built.match("Il piano Scuola Sud è stato presentato anche a Roma?").kind == Kind.NONE
    assert built.match("Quanto costa il piano Scuola Sud a Roma?").kind == Kind.NONE
    assert pool.match("La piscina comunale di Rovigo ha chiuso per il caro energia?").kind == (
        Kind.FACT
    )
    assert pool.match("La piscina comunale di Padova chiuderà per il caro energia?").kind == (
        Kind.NONE
    )


def test_the_name_a_yes_no_claim_gets_wrong_is_no_word_the_fact_lacks() -> None:
    """«Il ricorso è stato presentato da Confedilizia?» of a fact naming Federalberghi: the
    name the article never mentions is the claim the fact settles, so it does not count
    against the answer as a missing word would. Not when nothing else of the question is
    in the fact («Domani piove a Napoli?»), nor when it asks of a year the article does not
    tell («… nel 2027?»)."""
    built = _one_article(
        (
            "asta",
            "L'asta mondiale del tartufo bianco si è svolta domenica al castello di Grinzane"
            " Cavour, in Piemonte.",
            (),
        ),
        (
            "prezzo",
            "Il lotto più caro, 1,5 chili di tartufo, è stato venduto per 150.000 euro.",
            (),
        ),
        (
            "raccolto",
            "Per la siccità il raccolto di tartufi è calato del 40% rispetto al 2024.",
            (),
        ),
        (
            "ricorso",
            "Il ricorso contro la delibera è stato presentato da Federalberghi al Tar del"
            " Piemonte.",
            (),
        ),
        title="Tartufo bianco, l'asta di Grinzane",
    )

    answer = built.match("Il ricorso è stato presentato da Confedilizia?")
    assert answer.kind == Kind.FACT and answer.fact is not None and answer.fact.id == "ricorso"
    assert built.match("Domani piove a Napoli?").kind == Kind.NONE
    assert built.match("L'asta si svolgerà a Parigi nel 2027?").kind == Kind.NONE


def test_a_synonym_does_not_find_a_name_that_spells_it() -> None:
    """«marittimi» has the synonym «marino», but Palazzo Marino is a name: the fact about
    it does not hold the word. A name standing alone («nel Mezzogiorno») still can be a
    synonym's («Meridione»)."""
    built = _one_article(
        (
            "palazzo",
            "La seduta a Palazzo Marino è durata nove ore.",
            ("Quanto è durata la seduta?",),
        ),
        ("turni", "I turni dei marinai arrivano a 14 ore consecutive.", ()),
    )
    query = built.analyse("Quante ore durano i turni dei marittimi?")
    sailors = next(t for t in query.terms if t.word == "marittimi")
    south = _one_article(("sud", "La quota sale al 14,2% nel Mezzogiorno.", ()))

    assert "=marino" not in sailors.keys
    assert "=mezzogiorno" in next(t for t in south.analyse("nel Meridione?").terms).keys


def test_the_words_of_a_longer_name_have_no_dictionary_synonyms() -> None:
    """«gli Internazionali d'Italia» is a tournament: «internazionali» must not find the
    «mondiale» of a motorbike race. A word alone keeps its synonyms («internazionale»)."""
    built = _one_article(
        ("moto", "Ferraresi ha vinto il Gran Premio del Mondiale di MotoGP al Mugello.", ()),
        ("tennis", "Sinner ha vinto gli Internazionali d'Italia al Foro Italico.", ()),
    )
    named = built.analyse("Chi ha vinto gli Internazionali d'Italia?")
    plain = built.analyse("chi ha vinto il torneo internazionale?")

    assert "=mondiale" not in next(t for t in named.terms if t.word == "internazionali").keys
    assert "=mondiale" in next(t for t in plain.terms if t.word == "internazionale").keys


def test_a_code_in_a_name_is_no_figure_asked() -> None:
    """«il lupo M74» names the wolf: its 74 is no year or rank that a fact about 2025 would
    fail to tell."""
    built = _one_article(
        (
            "avvistamento",
            "Il lupo M74 è stato avvistato nel maggio 2025 nei boschi sopra Trento.",
            ("Quando è stato visto il lupo?",),
        ),
        ("branchi", "In provincia vivono almeno 31 branchi di lupi.", ()),
    )

    assert built.match("Dove è stato avvistato il lupo M74?").kind == Kind.FACT


def test_an_age_is_not_a_duration_after_an_about() -> None:
    """«Dopo quasi tre anni di lavori» is no one's age: «Quanti anni ha Lucia Zanibelli?»
    is not answered by the sentence that names her."""
    built = _one_article(
        (
            "apertura",
            "Dopo quasi tre anni di lavori, il pronto soccorso aprirà lunedì, ha annunciato la "
            "direttrice Lucia Zanibelli.",
            ("Quando apre il pronto soccorso?",),
        ),
    )

    assert built.match("Quanti anni ha Lucia Zanibelli?").kind == Kind.NONE


def test_an_age_belongs_to_the_name_it_follows() -> None:
    """«Montanari, 41 anni, … Giorgio Pellicanò, secondo» gives Montanari's age: «Quanti
    anni ha Giorgio Pellicanò?» is not answered by it, «Quanti anni ha Lucia Montanari?» is."""
    built = _one_article(
        (
            "vincitrice",
            "Lucia Montanari, 41 anni, insegnante di Ravenna, ha ottenuto 112 voti, staccando "
            "Giorgio Pellicanò, secondo con 74 voti.",
            ("Chi ha vinto il premio?",),
        ),
    )

    def scored(question: str) -> float:
        return built.score(built.analyse(question))[0].intent

    assert scored("Quanti anni ha Giorgio Pellicanò?") == 0.0
    assert scored("Quanti anni ha Lucia Montanari?") == 1.0


def test_e_vero_che_asks_yes_or_no_not_about_truth() -> None:
    """«È vero che …?» and «davvero …?» only ask for a yes or a no: the fact that settles
    the rest of the question is as sure as for the plain question."""
    built = _one_article(
        ("marchio", "Il marchio Livenza, ha assicurato l'amministratore, non sparirà.", ()),
        ("fabbrica", "La fabbrica di Porcia produrrà anche pompe di calore.", ()),
    )

    plain = built.match("Il marchio Livenza sparirà?")
    opened = built.match("È vero che il marchio Livenza sparirà?")
    really = built.match("il marchio livenza sparirà davvero?")

    assert [t.word for t in built.analyse("È vero che il marchio sparirà?").terms] == [
        "marchio",
        "sparira",
    ]
    assert opened.fact is not None and opened.fact.id == "marchio"
    assert really.fact is not None and really.fact.id == "marchio"
    assert opened.confidence == pytest.approx(plain.confidence)


def test_a_one_word_factoid_question_needs_the_datum_it_asks_for() -> None:
    """«Quanti soldi?» shares only the word «fondo» with a fact that gives no sum of
    money: that fact is a suggestion, not the answer; the fact with the sum is answered."""
    import dataclasses

    built = _one_article(
        (
            "offerta",
            "Un fondo americano aveva fatto un'offerta, giudicata troppo bassa.",
            ("Quale fondo aveva fatto un'offerta?",),
        ),
        (
            "prezzo",
            "Il gruppo turco paga 148 milioni di euro per l'azienda.",
            ("Quanto paga il gruppo turco per l'azienda?",),
        ),
    )

    built = Matcher(dataclasses.replace(built.knowledge, synonyms=(("soldi", "fondi"),)))

    vague = built.match("quanti soldi?")
    precise = built.match("quanti soldi paga il gruppo turco per l'azienda?")

    assert vague.kind is Kind.NONE
    assert precise.fact is not None and precise.fact.id == "prezzo"


def test_a_general_italian_synonym_finds_the_fact() -> None:
    """«rimandata» finds a fact that says «rinviata» with no synonym list from the operators:
    the synonyms of MultiWordNet bridge the reader's word and the journalist's."""
    built = _one_article(
        ("rinvio", "La partita è stata rinviata a domenica 12 aprile per la neve.", ()),
        ("biglietti", "I biglietti già venduti restano validi per la nuova data.", ()),
    )

    found = built.match("A quando è stata rimandata la partita?")

    assert found.fact is not None and found.fact.id == "rinvio"
    assert "=rinviare" in built.analyse("rimandata").terms[0].keys


def test_the_operators_synonyms_overrule_multiwordnet() -> None:
    """MultiWordNet joins «costo» and «prezzo»; operators who group «costo» with «spesa»
    only keep that meaning: «costo» then never finds a fact through «prezzo»."""
    import dataclasses

    facts = (("prezzo", "Il prezzo del biglietto sale a 8 euro.", ()),)
    plain = _one_article(*facts)
    grouped = Matcher(dataclasses.replace(plain.knowledge, synonyms=(("costo", "spesa"),)))

    assert "=prezzo" in plain.analyse("costo").terms[0].keys
    assert "=prezzo" not in grouped.analyse("costo").terms[0].keys


def test_quanti_anni_ha_asks_an_age_not_any_number_of_years() -> None:
    """«Quanti anni ha X?» is answered by «X, 81 anni», not by «X ha lavorato per tre anni»,
    which only shares the words: that fact is no answer, the age fact is."""
    built = _one_article(
        (
            "lavoro",
            "Paola Benedetti e il suo gruppo hanno lavorato per tre anni agli algoritmi.",
            (),
        ),
        ("premio", "Il premio è andato a Elena Ferrandi, 81 anni, attrice di Livorno.", ()),
    )

    duration = built.match("Quanti anni ha Paola Benedetti?")
    age = built.match("Quanti anni ha Elena Ferrandi?")

    assert duration.kind is Kind.NONE
    assert age.fact is not None and age.fact.id == "premio"


# Facts about names that readers ask more of than the facts tell.
_NAMES_IN_THE_NEWS = (
    (
        "fatturato",
        "Oggi Sodalis ha 55 dipendenti e nel 2025 ha fatturato 3,1 milioni di euro.",
        ("Quanto ha fatturato Sodalis?", "Quanti dipendenti ha Sodalis?"),
    ),
    (
        "tappa",
        "Luca Ferrandi ha vinto la nona tappa del Giro, da Chieti a Campo Imperatore.",
        ("Chi ha vinto la tappa?",),
    ),
    (
        "italvia",
        "Italvia, guidata da Marco Ferri, ha chiuso il 2025 con un utile di 80 milioni.",
        ("Come sono andati i conti di Italvia?", "Chi guida Italvia?"),
    ),
    (
        "rutas",
        "Rutas Rápidas è stata fondata nel 2021 da Ana Ruiz a Madrid.",
        ("Cos'è Rutas Rápidas?",),
    ),
)


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # Another year or another rank than the fact's: another fact.
        ("Quanto ha fatturato Sodalis nel 2025?", True),
        ("Quanto ha fatturato Sodalis nel 2024?", False),
        ("Chi ha vinto la nona tappa?", True),
        ("Chi ha vinto l'ottava tappa?", False),
        # Asked yes or no, another year or rank is the fact's answer: «no, la nona».
        ("È vero che Luca Ferrandi ha vinto l'ottava tappa?", True),
        ("Sodalis ha fatturato 3 milioni nel 2024?", True),
        # A founding, a birth, a coach, a population, a party: told, or no answer.
        ("Chi ha fondato Italvia?", False),
        ("Quando è stata fondata Italvia?", False),
        ("Dove è nato Marco Ferri?", False),
        ("Chi è l'allenatore di Italvia?", False),
        ("Quanti abitanti ha Madrid?", False),
        ("Di che partito è Marco Ferri?", False),
        ("Chi ha fondato Rutas Rápidas?", True),
    ],
)
def test_a_fact_about_the_name_must_tell_what_is_asked(question: str, answered: bool) -> None:
    """Readers ask of any name in the news who founded it, where they were born, who coaches
    the team, how many live in the city, their party, or about another year or stage: a
    fact that names them but does not tell that is not the answer."""
    found = _one_article(*_NAMES_IN_THE_NEWS).match(question)

    assert (found.kind is Kind.FACT) is answered


def test_small_knowledge_is_read_whole_at_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """With few facts every alternate question is read when the matcher is built, so a
    reader's first question waits for no reading (the 1,000-fact p95 counts on it)."""
    import bot.matching as matching

    built = _one_article(
        ("porto", "Il porto di Genova investirà 40 milioni.", ("Quanto investe il porto?",)),
        ("museo", "Il museo riapre sabato dopo i lavori.", ("Quando riapre il museo?",)),
    )
    reads: list[str] = []
    read = matching.Matcher._read_question
    monkeypatch.setattr(
        matching.Matcher, "_read_question", lambda self, q: reads.append(q) or read(self, q)
    )

    found = built.match("Quanto investirà il porto di Genova?")

    assert found.fact is not None and found.fact.id == "porto"
    assert [] == reads


def test_titles_signatures_and_minutes_in_the_plural_count_something_else(
    tmp_path: Path,
) -> None:
    """An article has one title and one byline: «Quanti titoli mondiali ha vinto la
    Ducati?» counts championships, not the article's title, and the drafted byline quoting
    a title «… ora è secondo nel Mondiale» does not answer it. «Chi firma l'articolo?»,
    «Quanti minuti di lettura?» still ask the article."""
    from bot.asking import asks_about_the_article

    assert not asks_about_the_article(["titoli", "mondiali", "vinto", "ducati"])
    assert not asks_about_the_article(["firme", "raccolto", "comitato"])
    assert not asks_about_the_article(["minuti", "applausi"])
    assert asks_about_the_article(["firma", "articolo"])
    assert asks_about_the_article(["minuti", "lettura"])
    assert asks_about_the_article(["titolo"])

    built = drafted(tmp_path, "2026-05-31-motomondiale-mugello-vittoria.txt")

    assert built.match("Quanti titoli mondiali ha vinto la Ducati in MotoGp?").kind is Kind.NONE
    written = built.match("Chi ha scritto l'articolo?")
    assert written.fact is not None and "-articolo-" in written.fact.id


def test_a_win_told_only_by_the_headline_a_draft_opens_with(tmp_path: Path) -> None:
    """A draft opens each fact with the title's head («MotoGp, trionfo azzurro al Mugello:
    …»): its «trionfo» does not tell who won last year, which the fact after it («dove lo
    scorso anno Ferraresi era caduto») does not either. A head naming the winner beside
    the win («la Virtus vince gara 7 e si prende lo scudetto: …») tells today's win."""
    motogp = drafted(tmp_path / "m", "2026-05-31-motomondiale-mugello-vittoria.txt")
    basket = drafted(tmp_path / "b", "2026-06-14-basket-virtus-scudetto-gara7.txt")

    assert motogp.match("Chi aveva vinto al Mugello l'anno scorso?").kind is Kind.NONE
    today = motogp.match("Chi ha vinto il Gran Premio d'Italia al Mugello?")
    assert "Ferraresi" in today.text
    scudetto = basket.match("Chi ha vinto lo scudetto di basket?")
    assert scudetto.kind is Kind.FACT and "Virtus" in scudetto.text


def test_a_capitalised_win_in_the_headline_names_no_winner() -> None:
    """«Trionfo azzurro al Mugello: …» opens the draft with a win but names no winner
    beside it: the win word itself, capitalised as the title's first, is no name. So the
    fact after it («dove lo scorso anno Ferraresi era caduto») does not tell who won at
    Assen."""
    import datetime as dt

    from bot.text import title_head

    title = "Trionfo azzurro al Mugello: vince Ferraresi"
    head = title_head(title)
    article = Article("a", title, "lucabianchi", dt.date(2026, 5, 31), "Testata")
    facts = (
        Fact(
            "assen",
            f"{head}: il motomondiale tornerà fra due settimane ad Assen, in Olanda, dove lo "
            "scorso anno Ferraresi era caduto al primo giro.",
            (),
            (),
            article,
        ),
        Fact("costruttori", f"{head}: la Ducati comanda tra i costruttori.", (), (), article),
    )
    built = Matcher(Knowledge(articles=(article,), facts=facts))

    assert built.match("Chi ha vinto ad Assen in Olanda?").kind is Kind.NONE


def test_the_first_of_a_series_is_not_its_third(tmp_path: Path) -> None:
    """«Chi ha vinto la prima tappa?» is not told by «ha vinto la terza tappa»: «prima»
    before a stage, an edition, a matchday is a rank like «terza». «Per la prima volta»
    is none, nor is «la prima prova» of an exam whose first the news calls «il tema»."""
    from bot.telling import _times_and_ranks

    assert _times_and_ranks(["la", "prima", "tappa"], first=True) == ["primi"]
    assert _times_and_ranks(["la", "prima", "tappa"]) == []
    assert _times_and_ranks(["per", "la", "prima", "volta"], first=True) == []
    assert _times_and_ranks(["la", "prima", "prova", "scritta"], first=True) == []

    built = drafted(tmp_path, "2026-06-12-fabriano-ciclismo-marche-tappa.txt")

    first = built.match("Chi ha vinto la prima tappa del Giro delle Marche femminile?")
    third = built.match("Chi ha vinto la terza tappa del Giro delle Marche femminile?")
    assert first.kind is Kind.NONE
    assert third.kind is Kind.FACT and "Vezzosi" in third.text


def test_a_womens_event_is_not_told_by_an_article_on_the_mens(tmp_path: Path) -> None:
    """The news marks the women's event and leaves the men's unmarked: «Chi ha vinto lo
    scudetto di volley femminile?» is not told by an article on Perugia's men's title that
    never speaks of women, while «… di pallavolo maschile?» is, and an article on a
    women's final still answers its own question."""
    men = drafted(tmp_path / "men", "2026-04-26-volley-scudetto-perugia.txt")
    women = drafted(tmp_path / "women", "2026-04-09-venezia-regina-eurocup-femminile.txt")

    assert men.match("Chi ha vinto lo scudetto di volley femminile quest'anno?").kind is Kind.NONE
    assert "Perugia" in men.match("Chi ha vinto lo scudetto di pallavolo maschile?").text
    assert "Venezia" in women.match("Chi ha vinto l'EuroCup femminile?").text


def test_what_someone_asks_for_is_told_by_a_sum(tmp_path: Path) -> None:
    """«Quanto chiedono gli hacker come riscatto?» asks the sum demanded, not a count of
    hackers: «una richiesta di riscatto … 350.000 dollari in bitcoin» tells it."""
    built = drafted(tmp_path, "2026-11-13-ransomware-comune-lecco-attacco.txt")

    asked = built.match("Quanto chiedono gli hacker come riscatto al Comune di Lecco?")
    assert asked.kind is Kind.FACT and "350.000 dollari" in asked.text


def test_kinds_counted_by_another_word_the_news_uses(tmp_path: Path) -> None:
    """Energy news counts the households a plant serves as «famiglie»: «Quanti nuclei
    domestici potrà alimentare?» and «A quante abitazioni basterà?» are told by «il
    fabbisogno serale di circa 380.000 famiglie». Families are not tonnes or euros."""
    from bot.telling import _counted_alike

    assert _counted_alike("casa", "famiglie")
    assert _counted_alike("nucleo", "famiglie")
    assert _counted_alike("vigile", "agenti")
    assert _counted_alike("veicolo", "mezzi")
    assert not _counted_alike("casa", "tonnellate")
    assert not _counted_alike("vigile", "famiglie")

    built = drafted(tmp_path, "2026-04-08-idroelettrico-abruzzo-pompaggio.txt")

    asked = built.match("Quanti nuclei domestici potrà alimentare l'impianto nelle ore serali?")
    assert asked.kind is Kind.FACT and "380.000" in asked.text

    # Counted by another word, the word asked is not missing from the fact that counts it.
    snow = drafted(tmp_path / "neve", "2026-01-14-neve-appennino-allerta.txt")
    vehicles = snow.match("Quanti veicoli ha mobilitato l'Anas per liberare le strade?")
    assert vehicles.kind is Kind.FACT and "450 mezzi" in vehicles.text
    # So is one counted by a word the thesaurus gives for it: «fogli» by «pagine».
    archive = drafted(tmp_path / "archivio", "2026-04-21-archivio-gazzetta-emiliana-digitale.txt")
    sheets = archive.match("Quanti fogli riescono a scansionare ogni giorno?")
    assert sheets.kind is Kind.FACT and "3.500 pagine" in sheets.text


def test_the_operators_synonyms_join_losses_and_damages(tmp_path: Path) -> None:
    """«A quanto ammontano le perdite…?» is told by «un danno di circa 1,5 milioni di euro
    al mese»: the shipped synonyms list damages with losses, as the news writes both."""
    import shutil

    shutil.copy(KNOWLEDGE / "sinonimi.toml", tmp_path / "sinonimi.toml")
    built = drafted(tmp_path, "2026-02-12-priula-ponte-chiuso-piloni.txt")

    asked = built.match(
        "A quanto ammontano le perdite mensili per le aziende secondo gli artigiani?"
    )
    assert asked.kind is Kind.FACT and "1,5 milioni" in asked.text


def test_the_article_on_a_wave_of_heat_is_the_article_on_the_heat(tmp_path: Path) -> None:
    """«Chi ha scritto l'articolo sull'ondata di caldo?» picks «Caldo africano sul
    Centro-Sud…» by «caldo»: «ondata» frames the subject, as «il caso», «la vicenda» do.
    An article on something it never mentions is still another article."""

    built = drafted(tmp_path, "2026-07-16-caldo-bollino-rosso-centro-sud.txt")

    written = built.match("Chi ha scritto l'articolo sull'ondata di caldo?")
    assert written.kind is Kind.FACT and "giuliaferraro" in written.text
    assert built.match("Chi ha scritto l'articolo sul calcio?").kind is Kind.NONE


def test_one_bylines_own_question_asked_of_any_article_follows_the_conversation() -> None:
    """The operators gave one byline the question «Di che giorno è la notizia?», but every
    article has a day: in a conversation about another article, that one's byline answers;
    with no conversation, nothing says which article, and the reader chooses."""
    import datetime as dt

    from bot.models import Article, Fact

    articles = [
        Article(f"a{n}", title, "Autore", dt.date(2026, 1, n + 1), "Testata")
        for n, title in enumerate(
            ("OpenAI e i chip Trainium", "L'Italia del rugby batte la Scozia")
        )
    ]
    facts = tuple(
        Fact(
            f"byline{n}",
            f"L'articolo «{article.title}» è di Autore, è uscito il {n + 1} gennaio 2026.",
            ("Chi ha scritto l'articolo?", *(["Di che giorno è la notizia?"] if n == 0 else [])),
            ("autore", "data"),
            article,
        )
        for n, article in enumerate(articles)
    )
    built = Matcher(Knowledge(articles=tuple(articles), facts=facts))
    question = "Di che giorno è la notizia?"

    answers = {a: built.match(question, context_article=a) for a in ("a0", "a1", None)}

    assert {a: f.fact.id if f.fact else None for a, f in answers.items()} == {
        "a0": "byline0",
        "a1": "byline1",
        None: None,
    }
    assert {f.id for f in answers[None].suggestions} == {"byline0", "byline1"}
    assert answers[None].ambiguous


def test_a_follow_up_question_is_about_the_conversations_article() -> None:
    """«E cosa chiedono i sindacati?» fits the unions of two articles nearly alike: in a
    conversation about one of them the answer comes from that one; with no conversation,
    nothing in the question says which, and the bot offers both."""
    import datetime as dt

    from bot.models import Article, Fact

    articles = [
        Article(f"a{n}", title, "Autore", dt.date(2026, 1, 1), "Testata")
        for n, title in enumerate(("La fabbrica di Porcia cambia proprietà", "Settimana corta"))
    ]
    facts = (
        Fact(
            "porcia",
            "I sindacati chiedono garanzie sull'occupazione della fabbrica di Porcia fino al 2029.",
            ("Cosa chiedono i sindacati della fabbrica?",),
            ("sindacati", "fabbrica"),
            articles[0],
        ),
        Fact(
            "settimana",
            "I sindacati chiedono di estendere la settimana corta alla sanità e alla scuola.",
            ("Cosa chiedono i sindacati sulla settimana corta?",),
            ("sindacati", "settimana corta"),
            articles[1],
        ),
    )
    built = Matcher(Knowledge(articles=tuple(articles), facts=facts))
    question = "E cosa chiedono i sindacati?"

    answers = {a: built.match(question, context_article=a) for a in ("a0", "a1", None)}

    assert {a: f.fact.id if f.fact else None for a, f in answers.items()} == {
        "a0": "porcia",
        "a1": "settimana",
        None: None,
    }
    assert {f.id for f in answers[None].suggestions} == {"porcia", "settimana"}
    assert answers[None].ambiguous


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("xke i tassisti di roma fanno sciopero?", "lead"),
        ("Perché scioperano i tassisti?", "lead"),
        ("Perché i tassisti hanno scelto proprio mercoledì?", None),
    ],
)
def test_a_strike_against_something_says_why_it_happens(
    question: str, expected: str | None
) -> None:
    """The lead «hanno incrociato le braccia … contro il piano» tells why the taxi drivers
    strike, so it answers «Perché scioperano?»; it still gives no reason for the day."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("taxi", "Taxi fermi a Roma", "x", dt.date(2026, 5, 14), "T")
    lead = Fact(
        "lead",
        "Roma è rimasta senza taxi: i tassisti della Capitale hanno incrociato le braccia per "
        "48 ore contro il piano del Campidoglio che prevede 1.500 nuove licenze.",
        ("Cosa è successo con i taxi a Roma?", "Di cosa parla l'articolo sui taxi?"),
        ("riassunto", "tassisti", "sciopero", "licenze"),
        article,
    )
    built = Matcher(
        Knowledge(
            articles=(article,),
            facts=(
                lead,
                Fact("fine", "Lo sciopero terminerà alle 8 di venerdì.", (), (), article),
                Fact("servizi", "Restano garantite le corse per i disabili.", (), (), article),
            ),
        )
    )

    assert _answering(built, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanto pesa il satellite pisano?", "peso"),
        ("Quanto pesa il satellite torinese?", "peso-torino"),
        ("Quanti abitanti ci sono a Bologna?", "abitanti"),
        ("Quando apre la corte cortese?", None),
    ],
)
def test_a_demonym_finds_its_place_and_back(question: str, expected: str | None) -> None:
    """«il satellite pisano» asks about the satellite of Pisa, «bolognese» about Bologna:
    a demonym finds the place the news names. «cortese» is no place: it finds nothing."""
    built = _one_article(
        (
            "peso",
            "Il satellite costruito a Pisa pesa 18,5 chilogrammi.",
            ("Quanto pesa il satellite?",),
        ),
        (
            "peso-torino",
            "Il satellite costruito a Torino pesa 30 chilogrammi.",
            ("Quanto pesa l'altro satellite?",),
        ),
        (
            "abitanti",
            "Nel Bolognese vivono oltre 1.000.000 di abitanti.",
            ("Quante persone ci vivono?",),
        ),
        (
            "corte",
            "La corte del palazzo ha riaperto dopo il restauro.",
            ("Cosa è successo al palazzo?",),
        ),
    )

    assert _answering(built, question) == expected


def test_a_passive_auxiliary_weighs_less_than_what_is_asked() -> None:
    """«Dove verranno usati i nuovi modelli?» asks where the models will be used: «verranno»
    only makes it passive. The fact that tells where («saranno usati») answers, though it
    lacks the auxiliary (and «nuovi»), and another fact that shares «verranno» does not
    compete."""
    built = _one_article(
        (
            "uso",
            "I modelli saranno usati negli ospedali di Milano e di Torino.",
            ("A cosa servono i modelli?",),
        ),
        (
            "assunzioni",
            "Entro giugno verranno assunti a Milano quaranta tecnici per i nuovi laboratori.",
            ("Chi verrà assunto?",),
        ),
    )

    answer = built.match("Dove verranno usati i nuovi modelli?")

    assert answer.fact is not None and answer.fact.id == "uso"


def test_in_che_anno_is_answered_by_a_year_without_the_word() -> None:
    """«In che anno è stata fondata…?» is told by «fondata nel 1921»: the answer gives the
    year without saying «anno», so the word is not missing from it."""
    built = _one_article(
        (
            "storia",
            "La Arienti, fondata nel 1921 a Meda, ha accumulato debiti per circa 48 milioni "
            "di euro verso banche e fornitori.",
            ("Quanti debiti ha la Arienti?",),
        ),
        (
            "concordato",
            "Il presidente Luigi Arienti guida l'impresa di mobili e ha chiesto il concordato "
            "preventivo al Tribunale di Monza.",
            ("Chi guida l'impresa?",),
        ),
    )

    answer = built.match("In che anno è stata fondata la Arienti di mobili?")

    assert answer.fact is not None and answer.fact.id == "storia"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanto ci vuole per ricostruire le stalle?", None),
        ("Quanto ci vorrà per ricostruire le stalle?", "tempi"),
    ],
)
def test_quanto_ci_vuole_asks_a_length_of_time(question: str, expected: str | None) -> None:
    """«Quanto ci vuole?» asks how long: the fact giving a time answers it, the one giving
    a sum of money for the same thing does not."""
    built = _one_article(
        (
            "fondi",
            "Per ricostruire le stalle la Regione ha stanziato 3 milioni di euro.",
            ("Cosa ha deciso la Regione?",),
        ),
    )
    timed = _one_article(
        (
            "tempi",
            "Per ricostruire le stalle serviranno almeno due anni, secondo i tecnici.",
            ("Cosa dicono i tecnici?",),
        ),
    )

    answer = (built if expected is None else timed).match(question)

    assert (answer.fact.id if answer.fact else None) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [("Quando è stata fondata Sodalis?", "nascita"), ("Chi ha fondato Sodalis?", None)],
)
def test_a_firm_born_in_a_year_was_founded_then(question: str, expected: str | None) -> None:
    """«Sodalis è nata nel 2021» tells when the firm was founded, though it never says
    «fondata»; it does not tell who founded it."""
    built = _one_article(
        (
            "nascita",
            "Sodalis è nata nel 2021 come spin-off dell'Università di Padova.",
            ("Quando è nata Sodalis?",),
        ),
        (
            "sede",
            "Sodalis ha sede a Marghera e impiega 85 persone.",
            ("Dove ha sede Sodalis?",),
        ),
    )

    assert _answering(built, question) == expected


def test_an_irregular_verb_after_quanto_is_not_what_is_counted() -> None:
    """«Di quanto sale l'imposta?»: «sale» is «salire» (it rises), not salt; the imposta is
    what the figure measures, and the fact that says how much it rises answers."""
    built = _one_article(
        (
            "accise",
            "Dal 19 gennaio l'imposta sulla benzina salirà di 4,5 centesimi al litro, mentre "
            "quella sul gasolio crescerà di 6 centesimi.",
            ("Cosa cambia dal 19 gennaio?",),
        ),
        (
            "pieno",
            "Per un pieno da 50 litri la spesa aumenterà di meno di tre euro, secondo il ministro.",
            ("Cosa ha detto il ministro?",),
        ),
    )

    answer = built.match("Di quanto sale l'imposta sul gasolio?")

    assert answer.fact is not None and answer.fact.id == "accise"


def test_an_adjective_before_the_noun_does_not_make_a_role() -> None:
    """«Chi era *l'ultimo* italiano a vincere…?» asks a person, not who holds the role of
    «ultimo»: the fact that names him answers though it never says «ultimo»."""
    built = _one_article(
        (
            "panatta",
            "Sinner è il primo italiano a conquistare il torneo maschile di Roma dai tempi di "
            "Adriano Panatta, che vinse nel 1976.",
            ("Che record ha battuto Sinner?",),
        ),
        (
            "premio",
            "Per la vittoria Sinner incassa un assegno di 1.005.000 euro.",
            ("Quanto guadagna Sinner?",),
        ),
    )

    answer = built.match(
        "Chi era l'ultimo italiano ad aver vinto il torneo maschile di Roma prima di Sinner?"
    )

    assert answer.fact is not None and answer.fact.id == "panatta"


def test_quanto_guadagna_is_answered_by_the_pay_of_who_is_asked() -> None:
    """«Quanto guadagna un operaio?» is told by the sum an operaio earns, not by another
    sum of the same article."""
    built = _one_article(
        (
            "paga",
            "Un operaio della Tecnofrigo guadagna in media 1.650 euro netti al mese.",
            ("Qual è la paga?",),
        ),
        (
            "piano",
            "Il piano di rilancio vale 45 milioni di euro in tre anni.",
            ("Quanto vale il piano?",),
        ),
    )

    answer = built.match("Quanto guadagna un operaio della Tecnofrigo?")

    assert answer.fact is not None and answer.fact.id == "paga"


def test_quale_paese_is_told_by_a_name() -> None:
    """«Quale Paese ha registrato la crescita più forte?» is answered by «la Polonia», a
    name: the word «Paese» is rarely in the answer, and is not missing."""
    built = _one_article(
        (
            "polonia",
            "Il balzo più forte lo segna la Polonia, dove le vendite crescono del 31%.",
            ("Dove crescono le vendite?",),
        ),
        (
            "prezzi",
            "I prezzi delle uve sono saliti del 12% in due anni per i viticoltori.",
            ("Quanto sono saliti i prezzi?",),
        ),
    )

    answer = built.match("Quale Paese europeo ha registrato la crescita più forte?")

    assert answer.fact is not None and answer.fact.id == "polonia"


def test_quanto_vale_is_told_by_a_sum_for_what_is_asked() -> None:
    """«Quanto valgono le auto sequestrate?» asks their value: «quattro auto di lusso»
    counts them, and cannot answer; the plan's value answers «Quanto vale il piano?»."""
    built = _one_article(
        (
            "sequestro",
            "Sono finiti sotto sigillo sette società, 42 immobili e quattro auto di lusso.",
            ("Cosa è stato sequestrato?",),
        ),
        (
            "piano",
            "Il piano di rilancio vale 45 milioni di euro in tre anni.",
            ("Cosa prevede il piano?",),
        ),
    )

    assert built.match("Quanto valgono le auto di lusso sequestrate?").kind == Kind.NONE
    assert built.match("Quanto vale il piano di rilancio?").kind == Kind.FACT


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Chi è il presidente della Fondazione Galilei?", None),
        ("Chi è il direttore della Fondazione Galilei?", "direttore"),
    ],
)
def test_one_role_is_not_another(question: str, expected: str | None) -> None:
    """The thesaurus lists «direttore» among the synonyms of «presidente», but a
    foundation's director does not tell who its president is."""
    built = _one_article(
        (
            "direttore",
            "Il telescopio è gestito dalla Fondazione Galilei, il cui direttore scientifico, "
            "Roberto Ferrante, ha commentato la scoperta.",
            ("Chi ha commentato?",),
        ),
        ("distanza", "Il pianeta si trova a 112 anni luce dalla Terra.", ("Quanto è lontano?",)),
    )

    assert _answering(built, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Chi allena l'Itas Trentino?", None),
        ("Chi è l'allenatore della Sir Susa Perugia?", "coach"),
    ],
)
def test_who_coaches_is_told_only_by_a_coach(question: str, expected: str | None) -> None:
    """«Chi allena X?» asks X's coach: the fact where X loses the final names no coach of
    it, and the bot does not answer with it."""
    built = _one_article(
        (
            "finale",
            "Ieri al PalaBarton la Sir Susa Perugia ha battuto l'Itas Trentino per 3-2 nella "
            "gara 5 della finale.",
            ("Chi ha vinto la finale?",),
        ),
        (
            "coach",
            "L'allenatore della Sir Susa Perugia, Angelo Lorenzetti, ha dedicato lo scudetto "
            "ai tifosi.",
            ("Cosa ha detto Lorenzetti?",),
        ),
    )

    assert _answering(built, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanti container ha movimentato il porto di Genova nel primo semestre?", None),
        ("Quanti container ha movimentato il porto di Livorno nel primo semestre?", "livorno"),
    ],
)
def test_a_figure_of_someone_the_article_names_in_passing_is_not_told(
    question: str, expected: str | None
) -> None:
    """The article gives Livorno's containers and names Genova once, in passing: asked how
    many containers Genova moved, the bot does not answer with Livorno's figure."""
    built = _one_article(
        (
            "livorno",
            "Nel primo semestre il porto di Livorno ha movimentato 412.000 container, il 9% in "
            "più.",
            ("Quanto è cresciuto il porto?",),
        ),
        (
            "genova",
            "Il presidente dell'Autorità ha ricordato che anche a Genova e La Spezia i traffici "
            "sono in crescita.",
            ("Cosa succede negli altri porti?",),
        ),
        (
            "terminal",
            "Il nuovo terminal aprirà nel 2028 e costerà 200 milioni di euro.",
            ("Quando apre il terminal?",),
        ),
    )

    assert _answering(built, question) == expected


def test_a_fact_that_names_someone_shorter_names_them() -> None:
    """«l'associazione Respiriamo Insieme», written once in full, is «l'associazione
    Respiriamo» in the fact that gives its figure: that fact answers. A name the article
    never writes in full is still unknown to it («Fontana di Trevi»)."""
    built = _one_article(
        (
            "firme",
            "L'associazione Respiriamo aveva raccolto 40.000 firme in una petizione.",
            ("Quante firme sono state raccolte?",),
        ),
        (
            "petizione",
            "La petizione di Respiriamo Insieme è stata consegnata al ministero della Salute.",
            (),
        ),
        ("fontana", "Il restauro della Fontana dei Quattro Fiumi è costato 400.000 euro.", ()),
    )

    asked = built.match("Quante firme ha raccolto l'associazione Respiriamo Insieme?")

    assert asked.fact is not None and asked.fact.id == "firme"
    assert built.match("Quanto è costato il restauro della Fontana di Trevi?").kind == Kind.NONE


@pytest.mark.parametrize(
    ("donor", "expected"),
    [
        ("un donatore morto all'ospedale di Rimini", None),
        ("un donatore, Marco Bellini, morto all'ospedale di Rimini", "fegato"),
    ],
)
def test_come_si_chiama_asks_a_name(donor: str, expected: str | None) -> None:
    """«Come si chiamava il donatore?» asks a name: a fact that gives one answers; one that
    names only what the question names («Rimini») does not tell."""
    built = _one_article(
        (
            "fegato",
            f"Il fegato è stato prelevato da {donor} e conservato in una macchina di perfusione.",
            ("Da dove arrivava il fegato?",),
        ),
        ("robot", "L'intervento è stato eseguito con un robot chirurgico.", ()),
    )

    answer = built.match("Come si chiamava il donatore del fegato morto a Rimini?")

    assert (answer.fact.id if answer.fact else None) == expected


@pytest.mark.parametrize("question", ["Quali investitori", "Quali sono gli investitori che"])
@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("investitori americani e da due fondi italiani", None),
        ("Alpe Ventures e da Fondo Nord", "round"),
    ],
)
def test_quali_investitori_asks_names(question: str, who: str, expected: str | None) -> None:
    """«Quali (sono gli) investitori…?» asks who they are: a fact that names them
    answers; one that says only «investitori americani» does not tell, and the bot says it
    does not know."""
    built = _one_article(
        (
            "round",
            f"Il round da 42 milioni di euro è stato guidato da {who}, che metteranno i soldi "
            "entro giugno.",
            ("Chi partecipa al round?",),
        ),
        (
            "sodio",
            "La startup produce batterie al sodio nella fabbrica di Marghera.",
            ("Cosa produce la startup?",),
        ),
    )

    answer = built.match(f"{question} metteranno i soldi nel round?")

    assert (answer.fact.id if answer.fact else None) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Da quando entra in vigore l'aumento del biglietto del tram?",
        "Quando entrerà in vigore il rincaro del biglietto del tram?",
    ],
)
def test_entrare_in_vigore_only_frames_a_question_about_a_date(question: str) -> None:
    """«Entra in vigore» asks when a rule starts to apply: it weighs like a light verb, so
    the fact that gives the date fits far better than one that shares «entrate» or
    «l'entrata in vigore» with the question (on 130 derived articles, +3 in scope)."""
    built = _one_article(
        (
            "date",
            "Da lunedì 2 marzo il biglietto del tram passa da 1,50 a 2 euro, un aumento del 33%.",
            (),
        ),
        (
            "entrate",
            "Il Comune userà le entrate del biglietto del tram per comprare venti vetture; "
            "l'entrata in vigore delle regole sui controllori è rinviata.",
            (),
        ),
    )

    scored = built.score(built.analyse(question))

    assert [built.facts[s.index].id for s in scored] == ["date", "entrate"]
    assert scored[0].confidence - scored[1].confidence >= 0.15


@pytest.mark.parametrize(
    "question",
    [
        "Di quanto sono cresciuti i ricavi di Monetica rispetto all'anno prima?",
        "Quanti ricavi ha fatto Monetica l'anno scorso?",
    ],
)
def test_a_figure_of_last_year_is_told_by_the_year_the_news_writes(question: str) -> None:
    """«L'anno scorso», «rispetto all'anno prima» of a figure: the news writes the year
    («nel 2025», «rispetto al 2024»), so the phrase is not missing from the fact that gives
    it (on 130 derived articles: +3 in scope, no loss)."""
    built = _one_article(
        (
            "ricavi",
            "Nel 2025 Monetica ha registrato ricavi per 62 milioni di euro, in crescita del 38% "
            "rispetto al 2024.",
            (),
        ),
        (
            "acquisto",
            "Monetica sarà acquisita dal gruppo danese Nordhavn per 340 milioni di euro.",
            (),
        ),
        ("sede", "La fintech ha sede a Torino e conta 210 dipendenti.", ()),
    )

    assert _answering(built, question) == "ricavi"


def test_who_won_last_year_is_not_told_by_any_year() -> None:
    """«Chi ha vinto l'anno scorso?» asks for a person of that year: a year in a fact about
    this year's winner does not tell it."""
    built = _one_article(
        (
            "premio",
            "Il Premio Sassi va a Lucia Montanari; il festival ha avuto 9.500 presenze, il 18% in "
            "più rispetto al 2025.",
            (),
        ),
    )
    query = built.analyse("Chi ha vinto il Premio Sassi l'anno scorso?")

    assert not [k for k in built._kind_terms(query) if k.told_by == "year"]


@pytest.mark.parametrize(
    "question",
    [
        "La legge sugli affitti brevi è stata approvata all'unanimità?",
        "È passata all'unanimità la legge sugli affitti brevi?",
    ],
)
def test_unanimity_is_settled_by_the_tally_of_the_vote(question: str) -> None:
    """«Approvata all'unanimità?» is answered by the vote's tally («24 voti favorevoli e 14
    contrari»: no), though the fact never writes «unanimità»."""
    built = _one_article(
        (
            "voto",
            "Il Consiglio regionale ha approvato martedì la legge sugli affitti brevi: il testo è "
            "passato con 24 voti favorevoli e 14 contrari.",
            (),
        ),
        ("tetto", "La legge fissa un tetto di 120 notti all'anno per gli affitti brevi.", ()),
        ("critiche", "L'opposizione definisce la legge sugli affitti brevi ideologica.", ()),
    )

    assert _answering(built, question) == "voto"


@pytest.mark.parametrize(
    "question",
    ["Bisogna pagare l'iscrizione alla biblioteca?", "L'iscrizione alla biblioteca si paga?"],
)
def test_whether_one_pays_is_settled_by_free_or_exempt(question: str) -> None:
    """«Bisogna pagare?» is answered by «l'iscrizione è gratuita» («sono esenti», «nessun
    sovrapprezzo»), though the fact never writes «pagare»; «bisogna» only frames the
    question, like «deve»."""
    built = _one_article(
        (
            "gratis",
            "Il giovedì la sala studio resta aperta fino alle 22; l'iscrizione alla biblioteca "
            "è gratuita e consente di prendere in prestito cinque libri.",
            (),
        ),
        ("costo", "Il restauro della biblioteca è costato 4,8 milioni di euro in tre anni.", ()),
        ("orari", "La biblioteca apre dal lunedì al sabato dalle 9 alle 19.", ()),
    )

    assert _answering(built, question) == "gratis"


def test_whether_something_happened_is_settled_by_the_fact_that_names_it() -> None:
    """«Ci sono stati incidenti durante la festa?» asks whether there were incidents: the
    fact that names them («non si sono registrati incidenti») settles it, far better than
    the lead that tells the festa in more of the question's words (on 130 derived articles,
    +2 in scope, no loss)."""
    built = _one_article(
        (
            "lead",
            "Il Palermo torna in Serie A: al fischio finale la festa si è spostata in città, con "
            "un lungo corteo di auto e bandiere nel centro fino al Teatro Massimo.",
            (),
        ),
        (
            "incidenti",
            "Durante la festa non si sono registrati incidenti: il 118 ha soccorso tre persone "
            "per lievi malori.",
            (),
        ),
        ("gol", "Il gol della promozione è arrivato al 38' con un colpo di testa.", ()),
    )

    scored = built.score(built.analyse("Ci sono stati incidenti durante la festa in città?"))

    assert [built.facts[s.index].id for s in scored[:2]] == ["incidenti", "lead"]
    assert scored[0].confidence - scored[1].confidence >= 0.25


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("A quanto ammontano i debiti della società?", "ammontano"),
        ("Bisogna prenotare la visita alla mostra?", "bisogna"),
    ],
)
def test_a_verb_that_only_frames_the_question_weighs_little(question: str, frame: str) -> None:
    """«A quanto ammontano i debiti?» asks the debts: «ammontare», like «bisognare» or
    «dovere», only frames the question, and the news rarely writes it."""
    from bot.matching import LIGHT_VERB_WEIGHT
    from bot.wordinfo import informativeness

    built = _one_article(("debiti", "I debiti della società ammontano a 12 milioni.", ()))
    query = built.analyse(question)
    weight = {t.word: t.info for t in query.terms}

    assert weight[frame] == pytest.approx(informativeness(frame) * LIGHT_VERB_WEIGHT)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanto costa il progetto della linea Verde?", "valore"),
        ("Quanto costa il biglietto del tram?", None),
    ],
)
def test_quanto_costa_is_told_by_a_sum_of_what_is_priced(
    question: str, expected: str | None
) -> None:
    """«Quanto costa il progetto?» is answered by «il progetto vale 487 milioni di euro»:
    «costa» is told by a sum next to what is priced; not by any sum of the article, so the
    ticket, which no fact prices, gets no answer."""
    built = _one_article(
        (
            "valore",
            "Il progetto della linea Verde del tram vale 487 milioni di euro per 9,8 chilometri.",
            (),
        ),
        ("voto", "Al referendum sulla linea Verde il sì ha ottenuto il 54,7% dei voti.", ()),
        ("cantieri", "I cantieri della linea Verde apriranno nella primavera del 2027.", ()),
        ("incasso", "Il Comune ha incassato 12 milioni di euro dai parcheggi del centro.", ()),
    )

    assert _answering(built, question) == expected


def test_the_first_name_of_a_full_name_says_little_about_the_fact() -> None:
    """«Chi è il maestro di Giulia Ferrante?»: the news names «Giulia Ferrante» once and
    then «Ferrante»; the fact that names her «maestro» outranks the lead, which has her
    first name and more of nothing asked."""
    built = _one_article(
        (
            "lead",
            "Giulia Ferrante è la nuova campionessa del mondo di fioretto: la schermitrice di "
            "Jesi ha vinto l'oro ai Mondiali di Hong Kong.",
            (),
        ),
        (
            "maestro",
            "«Dedico questa medaglia a mia nonna e al mio maestro Marco Pellegrini», ha detto "
            "Ferrante dopo la premiazione.",
            (),
        ),
        ("squadre", "Il prossimo impegno è la gara a squadre di fioretto, sabato 25 luglio.", ()),
    )
    query = built.analyse("Chi è il maestro di Giulia Ferrante?")
    info = {t.word: t.info for t in query.terms}

    scored = built.score(query)

    assert info["giulia"] < info["ferrante"]
    assert built.facts[scored[0].index].id == "maestro"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanto ha raccolto Sodalis nel round di Serie B?", "round"),
        ("Quanto ha raccolto Sodalis nel round di Serie A?", None),
    ],
)
def test_a_series_letter_is_another_round(question: str, expected: str | None) -> None:
    """«Serie A» and «Serie B» are other rounds, as «2024» and «2025» are other years: the
    Series B round does not tell what the Series A one raised."""
    built = _one_article(
        (
            "round",
            "La startup Sodalis ha raccolto 42 milioni di euro in un round di Serie B guidato "
            "da Alpe Ventures.",
            ("Quanto ha raccolto Sodalis?",),
        ),
        ("fabbrica", "Con 25 milioni Sodalis costruirà una fabbrica a Porto Marghera.", ()),
        ("clienti", "Il primo cliente di Sodalis è la multiutility Enerveneta.", ()),
    )

    assert _answering(built, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanto è costata la linea 1 della metro?", "costo"),
        ("Quanto è costata la metro?", "costo"),
        ("Quanto costerà in totale la linea 2 della metropolitana di Torino?", None),
    ],
)
def test_a_line_s_number_is_another_line(question: str, expected: str | None) -> None:
    """«la linea 2» is another line than «la linea 1», as «Serie A» is another round: the
    first line's cost does not tell the second's; a question naming no number still gets it."""
    built = _one_article(
        (
            "costo",
            "Metro di Torino, la linea 1 arriva a Cascine Vica: l'opera è costata "
            "complessivamente 312 milioni di euro.",
            ("Quanto è costato il prolungamento?",),
        ),
        ("treni", "Sulla tratta corrono 12 treni all'ora nelle ore di punta.", ()),
        ("sindaco", "Il sindaco ha parlato di una giornata storica per la città.", ()),
    )

    assert _answering(built, question) == expected


@pytest.mark.parametrize(
    ("question", "fact_id", "untold"),
    [
        ("Chi ha vinto la cronometro di Perugia?", "crono", True),
        ("Chi ha vinto la nona tappa del Giro?", "tappa", False),
        ("Chi ha vinto gli Internazionali d'Italia?", "re", False),
    ],
)
def test_who_won_is_untold_by_a_fact_that_names_no_win(
    question: str, fact_id: str, untold: bool
) -> None:
    """«Chi ha vinto la cronometro?» of the stage still to run names no winner: no word of
    a win («ha vinto», «la vittoria», «si è imposto», «re degli Internazionali») is in it."""
    built = _one_article(
        ("tappa", "Luca Ferrandi ha vinto la nona tappa del Giro, la Chieti-Campo Imperatore.", ()),
        (
            "crono",
            "Il Giro riparte martedì con una cronometro di 31 km da Foligno a Perugia, che "
            "secondo molti favorisce Jonas Verhaegen.",
            (),
        ),
        ("re", "Sinner re degli Internazionali d'Italia: il trofeo arriva dopo cinquant'anni.", ()),
    )

    assert _life_event_untold_by(built, question, fact_id) is untold


@pytest.mark.parametrize(
    ("answer", "untold"),
    [
        (
            "Il Consiglio direttivo della BCE ha deciso il taglio a maggioranza: due "
            "governatori avrebbero preferito aspettare.",
            True,
        ),
        (
            "Contro il taglio hanno votato i governatori Joachim Nagel e Robert Holzmann.",
            False,
        ),
    ],
)
def test_which_people_is_told_by_names_not_by_institutions(answer: str, untold: bool) -> None:
    """«Quali governatori hanno votato contro?» asks people's names: «il Consiglio
    direttivo» is capitalised but names no one, «Joachim Nagel» does."""
    built = _one_article(("voto", answer, ()))
    query = built.analyse("Quali governatori hanno votato contro il taglio?")

    assert built._names_none_asked(query, 0) is untold


@pytest.mark.parametrize(
    ("answer", "counts"),
    [
        ("Il 13 aprile gli operai della Friulscavi hanno trovato il mosaico.", False),
        ("Nel cantiere lavorano 13 operai della Friulscavi.", True),
    ],
)
def test_a_day_of_the_month_counts_no_people(answer: str, counts: bool) -> None:
    """«Quanti operai…?» is not told by «il 13 aprile gli operai…»: a day of a month is
    no number of workers, though it stands next to them."""
    built = _one_article(("cantiere", answer, ()))
    query = built.analyse("Quanti operai lavorano per la Friulscavi?")

    assert built._counts(query, 0, built._count_plan(query)) is counts


@pytest.mark.parametrize(
    ("line", "untold"),
    [("Rossa", True), ("Verde", False)],
)
def test_when_of_something_named_in_passing_is_not_told_by_anothers_date(
    line: str, untold: bool
) -> None:
    """«Quando entrerà in servizio la linea Rossa?» of an article about the linea Verde,
    which names the Rossa once in passing: the Verde's dates do not tell it."""
    built = _one_article(
        ("lead", "Bologna ha scelto il tram: al referendum sulla linea Verde ha vinto il sì.", ()),
        (
            "cantieri",
            "I cantieri della linea Verde apriranno nel 2027 e la linea entrerà in servizio nel "
            "2030.",
            (),
        ),
        (
            "rossa",
            "Il referendum arriva dopo mesi di polemiche sui cantieri della linea Rossa.",
            (),
        ),
        ("costo", "Il progetto della linea Verde vale 487 milioni di euro.", ()),
    )
    query = built.analyse(f"Quando entrerà in servizio la linea {line}?")
    scored = built.score(query)
    best = next(s for s in scored if built.facts[s.index].id == "cantieri")

    assert built._does_not_tell(query, best, built.features(query, [best])) is untold


@pytest.mark.parametrize(
    ("answer", "counts"),
    [
        (
            "I negozi di dischi indipendenti in Italia sono passati da 310 nel 2020 a 428 alla "
            "fine del 2025, secondo il censimento.",
            True,
        ),
        (
            "I negozi di dischi indipendenti in Italia hanno visto i ricavi del vinile salire "
            "nel 2025, secondo il censimento di 310 soci.",
            False,
        ),
    ],
)
def test_a_change_from_one_figure_to_another_counts_its_subject(answer: str, counts: bool) -> None:
    """«I negozi … sono passati da 310 a 428» tells how many shops there are, though the
    shops open the clause eight words before the figures; a number of something else
    near them does not."""
    question = "Quanti negozi di dischi indipendenti c'erano in Italia nel 2025?"

    assert _counts_in(answer, question) is counts


@pytest.mark.parametrize(
    ("question", "untold"),
    [
        ("Chi è il presidente di Confcommercio Genova?", True),
        ("Chi è il presidente della Regione Lombardia?", True),
        ("Chi è il presidente di Confcommercio Savona?", False),
        ("Chi è il presidente di Coldiretti Mantova?", False),
    ],
)
def test_a_role_held_over_something_else_does_not_answer(question: str, untold: bool) -> None:
    """«Chi è il presidente di Confcommercio Genova?» is not answered by Savona's president,
    nor the Lombardy Region's by Coldiretti Mantova's, though the fact names the Region
    further on; the president of what the fact names is."""
    built = _one_article(
        (
            "savona",
            "«Rischiamo un calo delle presenze del 15%», ha avvertito Paola Testa, presidente "
            "di Confcommercio Savona.",
            (),
        ),
        (
            "mantova",
            "«Senza acqua rischiamo di perdere metà del raccolto», ha detto Giovanni Zanetti, "
            "presidente di Coldiretti Mantova, che chiede alla Regione Lombardia un piano di "
            "aiuti per le aziende agricole di Genova e di Savona.",
            (),
        ),
    )

    assert (_answering(built, question) is None) is untold


@pytest.mark.parametrize(
    ("question", "untold"),
    [
        ("Chi è il presidente della Regione Basilicata?", True),
        ("Chi è il presidente di Coldiretti Basilicata?", False),
    ],
)
def test_a_body_the_news_capitalises_names_whose_role_it_is(question: str, untold: bool) -> None:
    """«la Regione Basilicata» is whose president is asked, though «Regione» is a common
    noun the news capitalises: Coldiretti Basilicata's president is someone else's."""
    answer = (
        "«Abbiamo imprese che hanno smesso di assumere», spiega Rocco Santarsiero, "
        "presidente di Coldiretti Basilicata."
    )

    assert _role_of_another_by(answer, question) is untold


@pytest.mark.parametrize(
    ("question", "untold"),
    [
        ("Chi è la direttrice del progetto SIRIO?", False),
        ("Chi è la direttrice dell'osservatorio SIRIO?", True),
    ],
)
def test_a_role_over_the_same_noun_answers_for_the_name_said_elsewhere(
    question: str, untold: bool
) -> None:
    """«la direttrice del progetto» in a fact that names SIRIO before it answers «Chi è la
    direttrice del progetto SIRIO?»: the same noun, whose name the news does not repeat.
    The director of something else («dell'osservatorio») is not."""
    built = _one_article(
        (
            "moretti",
            "SIRIO, il telescopio italiano: «Abbiamo lavorato undici anni», racconta Chiara "
            "Moretti, astrofisica dell'INAF e direttrice del progetto.",
            (),
        ),
    )

    assert built._role_of_another(built.analyse(question), 0) is untold


def test_a_role_said_without_whose_it_is_may_answer() -> None:
    """«l'allenatore Paolo Trevisan» and «il presidente del Consorzio, Salvatore Mereu»
    (the rest of its name elsewhere in the fact) answer who coaches or presides."""
    built = _one_article(
        (
            "trevisan",
            "La Laguna Basket Venezia è regina d'Europa: «Abbiamo giocato con il cuore», ha "
            "detto l'allenatore Paolo Trevisan, 52 anni.",
            (),
        ),
        (
            "mereu",
            "Pecorino Romano, i dazi frenano l'export: «È una misura che rischiamo di pagare "
            "noi», ha dichiarato il presidente del Consorzio, Salvatore Mereu.",
            (),
        ),
        title="La Laguna Basket Venezia vince l'EuroCup",
    )

    assert _answering(built, "Chi è l'allenatore della Laguna Basket Venezia?") == "trevisan"
    assert _answering(built, "Chi è il presidente del Consorzio del Pecorino Romano?") == "mereu"


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        (
            "Il primo caso di West Nile della stagione: a contrarre l'infezione è un uomo di "
            "67 anni residente a Carpi.",
            True,
        ),
        (
            "Il primo caso di West Nile della stagione, dopo 3 anni senza contagi: un uomo "
            "residente a Carpi.",
            False,
        ),
    ],
)
def test_the_age_of_someone_the_question_names_by_a_common_noun(answer: str, told: bool) -> None:
    """«Quanti anni ha l'uomo infettato dal West Nile?» is told by «un uomo di 67 anni»:
    the virus's name is not whose age is asked."""
    assert _counts_in(answer, "Quanti anni ha l'uomo infettato dal West Nile?") is told


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        ("I carabinieri hanno chiamato l'operazione «Nonna Sicura».", True),
        ("I carabinieri hanno condotto l'operazione all'alba di martedì.", False),
    ],
)
def test_a_keyword_asking_a_name_is_told_by_one(answer: str, told: bool) -> None:
    """«nome operazione carabinieri»: the word «nome» asks for a name, which the answer
    gives without writing «nome»; an answer with no name does not give it."""
    built = _one_article(("operazione", answer, ()))
    query = built.analyse("nome operazione carabinieri")
    kind = next(k for k in built._kind_terms(query) if k.term.word == "nome")

    assert built._told_by_its_kind(kind, 0, 0.5) is told


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        ("Sul piede di guerra gli albergatori: lamentano un aumento deciso in ritardo.", True),
        ("Il comitato dei residenti denuncia il rumore dei voli notturni.", True),
        ("Gli albergatori hanno chiesto un incontro al Comune per il 24 marzo.", True),
        ("La tassa di soggiorno passa da 5 a 7 euro a notte dal 1° giugno.", False),
    ],
)
def test_why_a_mood_is_told_by_the_grievance_reported(answer: str, told: bool) -> None:
    """«Perché gli albergatori sono arrabbiati?»: the news reports the mood as a grievance
    («lamentano», «denuncia», «sul piede di guerra»), seldom by the reader's word; a fact
    with no grievance does not tell it."""
    for question in (
        "xke gli albergatori sn arrabbiati x la tassa?",
        "Perché i residenti non sono contenti?",
    ):
        assert _told_by_kind(answer, question, "grievance") is told


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        ("Per i produttori, però, la cifra è insufficiente: servono almeno 40 milioni.", True),
        ("I sindacati si dicono critici: «Sono promesse, non impegni».", True),
        ("La Regione ha stanziato 15 milioni per i produttori di arance.", False),
    ],
)
def test_a_question_on_a_stance_is_told_by_the_stance_reported(answer: str, told: bool) -> None:
    """«Secondo i produttori i 15 milioni sono sufficienti?»: «sufficienti» is settled by
    the stance the fact reports («insufficiente», «critici»), not by the sum alone."""
    for question in (
        "Secondo i produttori i 15 milioni della Regione sono sufficienti?",
        "I sindacati sono soddisfatti della risposta della Regione?",
    ):
        assert _told_by_kind(answer, question, "stance") is told


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        (
            "Le risposte arriveranno dal nuovo piano di gestione 2026-2030, approvato il 28 "
            "maggio dal consiglio direttivo del Parco con una dotazione di 2,3 milioni di euro.",
            True,
        ),
        (
            "Orso marsicano, nuovo piano di gestione: il Parco ha ricevuto dalla Regione "
            "una dotazione di 2,3 milioni di euro per i guardiaparco.",
            True,
        ),
        (
            "Il nuovo piano di gestione è stato approvato il 28 maggio. Per le strade la "
            "Regione ha annunciato un investimento di 480.000 euro.",
            False,
        ),
    ],
)
def test_a_budget_in_the_sentence_of_what_is_priced_tells_its_cost(answer: str, told: bool) -> None:
    """«Quanto costa il nuovo piano di gestione?» is told by «il nuovo piano di gestione,
    approvato dal consiglio direttivo, con una dotazione di 2,3 milioni», the budget far
    from the plan in its sentence; not by an investment in another sentence."""
    assert _counts_in(answer, "Quanto costa il nuovo piano di gestione?") is told


@pytest.mark.parametrize(
    ("question", "fact", "untold"),
    [
        ("Chi dirigeva l'orchestra prima di Matteo Scilla?", 0, True),
        ("Chi dirigeva l'orchestra prima di Matteo Scilla?", 1, False),
        ("chi dirigeva l'orchestra prima di matteo scilla?", 0, True),
        ("Chi dirige l'orchestra?", 0, False),
    ],
)
def test_who_came_before_someone_is_not_told_by_him_alone(
    question: str, fact: int, untold: bool
) -> None:
    """«Chi dirigeva l'orchestra prima di Matteo Scilla?» is not answered by the fact on
    Scilla alone, typed with capitals or without; one that names someone else may be."""
    built = _one_article(
        (
            "scilla",
            "Sul podio ci sarà Matteo Scilla, messinese, che guida l'orchestra dal 2019.",
            (),
        ),
        (
            "neri",
            "Prima di Matteo Scilla, l'orchestra era diretta da Marco Neri.",
            (),
        ),
    )

    assert built._only_the_one_before(built.analyse(question), fact) is untold


def test_a_full_name_typed_in_lower_case_is_a_name() -> None:
    """«quanti anni ha chiara moretti?»: both words are also words (chiaro, moretto), but the
    news writes «Chiara Moretti», so the reader named her, and an age the article does not
    give is no answer, as with capitals. «chiara» alone is just a word."""
    built = _one_article(
        (
            "moretti",
            "«Abbiamo lavorato undici anni per questa notte», racconta Chiara Moretti,"
            " astrofisica dell'Inaf.",
            (),
        ),
        ("costo", "Il telescopio è costato 48 milioni di euro.", ()),
    )

    assert {"chiara", "moretti"} <= built.analyse("quanti anni ha chiara moretti?").names
    assert "chiara" not in built.analyse("la notte era chiara?").names
    assert built.match("quanti anni ha chiara moretti?").kind == Kind.NONE
    assert built.match("Quanti anni ha Chiara Moretti?").kind == Kind.NONE


def test_a_share_of_those_counted_tells_how_many() -> None:
    """«Quanti studenti sono favorevoli?» is told by «il 27% degli studenti», a share of
    them; not by a fact that names the students and counts none, nor by a share of
    something else."""
    built = _one_article(
        ("quota", "Secondo il sondaggio, il 27% degli studenti è favorevole al divieto.", ()),
        ("nomi", "Gli studenti del liceo Righi hanno scritto al ministro.", ()),
        ("altro", "Il 40% delle scuole ha già applicato il divieto.", ()),
    )
    query = built.analyse("Quanti studenti sono favorevoli al divieto?")

    assert built._a_share_of(query.terms[0], 0)
    assert not built._a_share_of(query.terms[0], 1)
    assert not built._a_share_of(query.terms[0], 2)
    scored = built.score(query)
    assert built.facts[scored[0].index].id == "quota"
    assert not built._does_not_tell(query, scored[0], built.features(query, scored))


def test_who_leads_is_told_better_by_a_fact_naming_a_person() -> None:
    """«Chi dirigerà il nuovo reparto?» asks a person: the fact naming Elena Santini carries
    it fully, one that names only the hospital and the town carries it less."""
    from bot.asking import asks_for_a_person, names_a_person

    built = _one_article(
        (
            "reparto",
            "Ha aperto ieri il nuovo reparto pediatrico dell'ospedale di Belcolle a Viterbo.",
            (),
        ),
        ("santini", "A guidare il reparto sarà la dottoressa Elena Santini.", ()),
    )
    query = built.analyse("Chi dirigerà il nuovo reparto di pediatria?")
    intent = {built.facts[s.index].id: s.intent for s in built.score(query)}

    assert asks_for_a_person(t.word for t in query.terms)
    assert names_a_person("la dottoressa Elena Santini") and not names_a_person("a Viterbo")
    assert intent["santini"] == 1.0
    assert intent["reparto"] == built.config.no_person_intent < 1.0


@pytest.mark.parametrize(
    ("question", "untold"),
    [
        ("Quanto costa un abbonamento mensile?", True),
        ("Quanto costa l'abbonamento annuale?", False),
        ("Quanto costa il biglietto ridotto?", True),
        ("Quanto costa il biglietto?", False),
    ],
)
def test_a_figure_of_another_alternative_does_not_answer(question: str, untold: bool) -> None:
    """«Quanto costa l'abbonamento mensile?» of «l'abbonamento annuale costa 450 euro»:
    the figure is of the other alternative (monthly or yearly, reduced or full)."""
    built = _one_article(
        (
            "prezzi",
            "L'abbonamento annuale costa 450 euro, il biglietto intero 17 euro.",
            (),
        ),
    )

    assert built._another_of_its_kind(built.analyse(question), 0) is untold


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        ("La centrale, collegata alla diga, produce in media 22 gigawattora l'anno.", True),
        ("La centrale, collegata alla diga, ha una potenza di 40 MW.", True),
        ("La centrale, collegata alla diga, resterà ferma per 26 mesi.", False),
    ],
)
def test_energy_is_told_by_its_units(answer: str, told: bool) -> None:
    """«Quanta energia produce la centrale?» is answered by «22 gigawattora», a word the
    reader does not write, and not by another figure of the plant."""
    built = _one_article(("centrale", answer, ()))

    assert (_answering(built, "Quanta energia produce la centrale?") == "centrale") is told


@pytest.mark.parametrize(("year", "untold"), [("2023", True), ("2025", False)])
def test_an_older_year_is_not_told_by_a_fact_of_the_news_own_time(year: str, untold: bool) -> None:
    """«Quante persone furono evacuate nell'alluvione del 2023?» of an article of 2026 that
    names the 2023 flood elsewhere: a fact with no year tells the news's own time (or the
    year before, whose figures the news of January gives)."""
    built = _one_article(
        ("evacuati", "Sono 4.200 le persone evacuate nelle province di Ravenna e Forlì.", ()),
        ("ricordo", "La Romagna non ha dimenticato le alluvioni del 2023 e del 2025.", ()),
    )
    query = built.analyse(f"Quante persone sono state evacuate nell'alluvione del {year}?")

    assert built._other_year_or_rank(query, 0) is untold


@pytest.mark.parametrize(
    ("answer", "counts"),
    [
        (
            "Nel 2025 in Lombardia sono stati 412 gli incidenti che hanno coinvolto fattorini "
            "in bicicletta o in scooter durante il lavoro, con tre morti.",
            True,
        ),
        ("L'esposizione al particolato fine causa oltre 46.000 morti premature all'anno.", True),
        (
            "Nel 2025 in Lombardia sono stati 412 gli incidenti che hanno coinvolto fattorini "
            "in bicicletta o in scooter durante il lavoro, soprattutto di sera.",
            False,
        ),
    ],
)
def test_people_are_counted_by_what_befell_them(answer: str, counts: bool) -> None:
    """«Quante persone sono morte?» is told by «tre morti» or «46.000
    morti premature», not by the number of accidents."""
    assert _counts_in(answer, "Quante persone sono morte negli incidenti in Lombardia?") is counts


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("A quanto ammonta complessivamente il danno secondo i periti?", "danno"),
        ("Quanto costerà esattamente il restauro della fontana?", "restauro"),
        ("Quanti lavoratori sono attualmente in cassa integrazione?", "lavoratori"),
    ],
)
def test_an_adverb_is_not_what_a_figure_counts(question: str, head: str) -> None:
    """«A quanto ammonta *complessivamente* il danno?»: an adverb frames the figure, the
    damage is what it measures, told by «i danni ammontano a circa 6 milioni»."""
    built = _one_article(
        (
            "danni",
            "Secondo i periti i danni ammontano a circa 6 milioni di euro.",
            (),
        ),
    )
    plan = built._count_plan(built.analyse(question))

    assert plan is not None
    assert plan.head.word == head


@pytest.mark.parametrize(
    ("question", "untold"),
    [
        ("Qual è stata la perdita netta del club nell'esercizio 2025/26?", False),
        ("Qual è stata la perdita netta del club nella stagione 2025-2026?", False),
        ("Qual è stata la perdita netta del club nell'esercizio 2023/24?", True),
    ],
)
def test_a_season_is_told_by_a_date_in_either_of_its_years(question: str, untold: bool) -> None:
    """«l'esercizio 2025/26» of a fact dated «30 giugno 2026»: a season, school or
    financial year spans two years, and a date in either tells it (not one of another)."""
    built = _one_article(
        (
            "perdita",
            "Il bilancio dell'esercizio chiuso il 30 giugno 2026 registra una perdita netta "
            "di 18,4 milioni, contro i 31,7 milioni dell'anno prima.",
            (),
        ),
        title="Il bilancio 2025/26 e quello 2023/24",
        published=(2026, 10, 28),
    )
    query = built.analyse(question)

    assert built._other_year_or_rank(query, 0) is untold


@pytest.mark.parametrize(
    ("answer", "totals"),
    [
        (
            "Ranieri ha reso noto che 250.000 euro, raccolti con le iscrizioni solidali, andranno "
            "alla ricerca.",
            True,
        ),
        ("Il palazzo, esaurito in un'ora, ha garantito un incasso di circa 870.000 euro.", True),
        ("L'iscrizione alla maratona costa 70 euro, 50 per chi corre per la prima volta.", False),
        ("Il Consiglio dei ministri ha approvato il decreto sulla sanità.", False),
    ],
)
def test_a_total_is_no_price(answer: str, totals: bool) -> None:
    """«Quanto costava l'iscrizione?» is not told by the 250,000 euros raised with the
    entries, nor by a night's takings: sums that are totals, not prices."""
    built = _one_article(("fatto", answer, ()))

    assert built._sums_are_totals(0) is totals


def test_a_light_verb_is_not_the_head_of_what_is_asked() -> None:
    """«Quanto mette la Compagnia di San Paolo per la stagione?» asks about the Compagnia:
    «mette» only frames the question, so a fact that never writes it still holds the head
    of what is asked."""
    from bot.query import HEAD_MISSING

    built = _one_article(
        (
            "contributo",
            "Per la stagione la Compagnia di San Paolo ha confermato un contributo di 800.000 "
            "euro.",
            (),
        ),
    )
    query = built.analyse("Quanto mette la Compagnia di San Paolo per la stagione?")
    scored = built.score(query)

    assert built.features(query, scored)[HEAD_MISSING] == 0.0


@pytest.mark.parametrize(
    ("answer", "counts"),
    [
        ("Nel 2025 i musei statali hanno staccato 61,4 milioni di ingressi.", True),
        ("Nel 2025 i musei statali hanno assunto 120 custodi.", False),
    ],
)
def test_visitors_are_counted_by_entries_and_attendance(answer: str, counts: bool) -> None:
    """«Quanti visitatori?» is told by «61,4 milioni di ingressi» (or «presenze»,
    «spettatori»): the news counts who came in more ways than one; not by other people."""
    built = _one_article(("musei", answer, ()))
    query = built.analyse("Quanti visitatori hanno avuto i musei statali nel 2025?")

    assert built._counts(query, 0, built._count_plan(query)) is counts


def test_how_much_a_figure_changes_is_told_by_the_change_beside_it() -> None:
    """«Di quanto calerà la produzione di mais?» is told by «con un calo del 28%», though
    the production's «4,1 milioni» stand far from the word «produzione»."""
    built = _one_article(
        (
            "mais",
            "La produzione di mais in Pianura Padana potrebbe fermarsi quest'anno a 4,1 milioni "
            "di tonnellate, con un calo del 28% rispetto al 2025.",
            (),
        ),
    )
    query = built.analyse("Di quanto calerà la produzione di mais in Pianura Padana?")

    assert built._counts(query, 0, built._count_plan(query))


def test_how_long_something_is_is_told_by_a_measure() -> None:
    """«Quanto è lunga la galleria?»: «lungo» is a stopword («lungo la costa»), so no fact
    holds it; the measure («lungo 2.725 metri») tells it, and it is not a missing word."""
    built = _one_article(
        (
            "galleria",
            "La galleria dell'Appennino, il tunnel lungo 2.725 metri della linea Porrettana, "
            "resterà chiusa dal 15 giugno.",
            (),
        ),
    )
    query = built.analyse("Quanto è lunga la galleria dell'Appennino?")

    assert any(k.term.word == "lunga" and k.told_by == "measure" for k in built._kind_terms(query))


def test_a_price_is_told_by_a_fact_whose_context_names_what_is_priced() -> None:
    """«…a Riccione si arriva a 240 euro, a Cesenatico la media è di 150» goes on with the
    sentence before it, about the beach umbrella: drafts give it that context as keywords,
    and it prices what it never names."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "Riviera, l'estate", "Autore", dt.date(2026, 8, 18), "Testata")
    built = Matcher(
        Knowledge(
            articles=(article,),
            facts=(
                Fact(
                    "prezzi",
                    "A Riccione si arriva a 240 euro, mentre a Cesenatico la media è di 150 euro.",
                    (),
                    ("ombrellone", "settimana", "Riccione", "Cesenatico"),
                    article,
                ),
                Fact("presenze", "Le presenze straniere sono cresciute del 9%.", (), (), article),
            ),
        )
    )
    query = built.analyse("Quanto costa l'ombrellone a Cesenatico?")

    assert built._counts(query, 0, built._count_plan(query))


def test_bruxelles_is_the_european_commission_in_the_news() -> None:
    """«la sanzione che Bruxelles potrebbe infliggere» is the European Commission's: the
    shipped synonyms say so, and a question naming Bruxelles finds the Commission's fact."""
    import datetime as dt

    from bot.models import Article, Fact

    shipped = knowledge(KNOWLEDGE)
    article = Article("a", "Smog", "Autore", dt.date(2026, 1, 22), "Testata")
    built = Matcher(
        Knowledge(
            articles=(article,),
            facts=(
                Fact(
                    "mora",
                    "La Commissione europea ha inviato all'Italia una lettera di messa in mora "
                    "per lo smog.",
                    (),
                    (),
                    article,
                ),
                Fact(
                    "auto",
                    "Da oggi i diesel Euro 5 non possono circolare in città.",
                    (),
                    (),
                    article,
                ),
            ),
            synonyms=shipped.synonyms,
        )
    )

    query = built.analyse("Cosa ha inviato Bruxelles all'Italia per lo smog?")
    brussels = next(t for t in query.terms if t.word == "bruxelles")

    assert built._found(brussels, 0)
    assert built.facts[built.score(query)[0].index].id == "mora"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Cosa è successo al record dei 200 misti?", "teaser"),
        ("Chi deteneva il precedente record italiano dei 200 misti?", None),
        ("Chi è il nuovo proprietario del record dei 200 misti?", None),
    ],
)
def test_a_who_question_is_not_answered_by_a_fact_naming_no_one(
    question: str, expected: str | None
) -> None:
    """«Il record dei 200 misti ha un nuovo proprietario» fits every word of «Chi è il nuovo
    proprietario del record?» but names no one: the bot says it does not know rather than
    give it. It still tells what happened."""
    built = _one_article(
        (
            "teaser",
            "Il record italiano dei 200 metri misti ha un nuovo proprietario.",
            (
                "Il record italiano di quanti metri misti ha un nuovo proprietario?",
                "Cosa è successo con record misti?",
            ),
        ),
        (
            "tempo",
            "Lorenzo Galbiati ha toccato in 1'55\"12, abbassando di 34 centesimi il primato "
            "stabilito da Marco Ferraresi nel 2019.",
            (),
        ),
    )

    assert _answering(built, question) == expected


def test_whoever_can_asks_yes_or_no_not_who() -> None:
    """«Chi rinuncia al viaggio può avere indietro i soldi?» asks whether whoever gives up
    the trip gets the money back, not who: a fact naming no one answers it."""
    built = _one_article(
        (
            "rimborso",
            "Chi rinuncia al viaggio per lo sciopero ha diritto al rimborso completo "
            "del biglietto.",
            (),
        ),
        ("treni", "Lo sciopero dei treni di venerdì è stato indetto dai sindacati di base.", ()),
    )

    assert (
        _answering(built, "Chi rinuncia al viaggio può avere indietro i soldi del biglietto?")
        == "rimborso"
    )


@pytest.mark.parametrize(
    "answer",
    [
        "Arance rosse, prezzi crollati del 47%: le cause sono diverse. La siccità dell'estate "
        "scorsa ha ridotto la pezzatura dei frutti, più piccoli del solito.",
        "Le cause sono diverse. La siccità dell'estate scorsa ha ridotto la pezzatura dei "
        "frutti, più piccoli del solito.",
    ],
)
def test_a_reason_opening_a_drafted_sentence_explains_after_the_title_head(answer: str) -> None:
    """A draft opens a sentence with the title's head: «Arance rosse, prezzi crollati del
    47%: le cause sono diverse…» still opens with its reason, as the same sentence without
    the head does, so it answers why the fruit is smaller."""
    assert _carries_what_is_asked(
        answer,
        "Perché i frutti sono più piccoli quest'anno?",
        title="Arance rosse, prezzi crollati del 47%: i produttori chiedono lo stato di crisi",
        published=(2026, 2, 18),
    )


@pytest.mark.parametrize(
    ("answer", "counts"),
    [
        ("Il nuovo reparto dispone di 24 posti letto e di una sala giochi.", False),
        ("Il nuovo reparto porta 38 posti di lavoro tra medici e infermieri.", True),
    ],
)
def test_beds_are_no_count_of_people(answer: str, counts: bool) -> None:
    """«24 posti letto» counts beds: it does not answer «Quante persone lavorano nel reparto?»,
    which «38 posti di lavoro» does."""
    assert (
        _carries_what_is_asked(
            answer, "Quante persone lavorano nel reparto?", "Che cosa ha il reparto?"
        )
        is counts
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanti voli sono stati cancellati per la cenere dell'Etna?", "voli"),
        ("Quanti voli sono stati cancellati per la cenere dell'Etna a febbraio?", None),
        ("Quanti voli saranno cancellati per la cenere dell'Etna a dicembre?", "voli"),
    ],
)
def test_a_fact_with_no_month_tells_the_news_own_month(question: str, expected: str | None) -> None:
    """«Nel corso della giornata sono stati cancellati 86 voli», in an article of 14 April,
    tells April's closure: not how many flights February's cancelled. A later month may be
    a deadline the fact words otherwise, so it does not rule the fact out."""
    built = _one_article(
        (
            "voli",
            "Per la cenere dell'Etna nel corso della giornata sono stati cancellati 86 voli "
            "all'aeroporto di Catania.",
            (),
        ),
        ("vento", "Il vento da nord-ovest ha spinto la nube verso la città.", ()),
        title="Etna, la cenere chiude l'aeroporto di Catania",
        published=(2026, 4, 14),
    )

    assert _answering(built, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qual è il valore delle bottiglie di Barolo e Barbaresco vendute all'estero?", "export"),
        ("Quanto costa una bottiglia di Barbaresco?", None),
        ("Quanto costa una bottiglia di Barolo in enoteca?", "enoteca"),
    ],
)
def test_a_units_price_is_no_sum_of_millions(question: str, expected: str | None) -> None:
    """«Quanto costa una bottiglia?» asks the price of one: «un valore di 412 milioni di
    euro» of all the bottles sold abroad cannot tell it; «40 euro a bottiglia» does."""
    built = _one_article(
        (
            "export",
            "Nel 2025 il Barolo e il Barbaresco hanno venduto all'estero il 78% delle "
            "bottiglie, per un valore di 412 milioni di euro.",
            (),
        ),
        (
            "enoteca",
            "In enoteca una bottiglia di Barolo costa in media 40 euro.",
            (),
        ),
    )

    assert _answering(built, question) == expected


@pytest.mark.parametrize(
    ("answer", "question", "carries"),
    [
        (
            "Nel 2025 gli altamurani hanno giocato 94,6 milioni, pari a circa 1.330 euro per "
            "ogni residente maggiorenne.",
            "Quanti abitanti ha Altamura?",
            False,
        ),
        ("Altamura conta oggi circa 70.000 residenti.", "Quanti abitanti ha Altamura?", True),
        (
            "I medici che aderiranno saranno pagati 100 euro lordi l'ora.",
            "Quanto saranno pagati all'ora i medici?",
            True,
        ),
    ],
)
def test_a_sum_counts_no_people_and_pay_is_a_price(
    answer: str, question: str, carries: bool
) -> None:
    """«1.330 euro per ogni residente» is a sum, not a count of residents; «Quanto saranno
    pagati i medici?» asks a sum, which «100 euro l'ora» gives."""
    assert _carries_what_is_asked(answer, question, "Cosa dice il fatto?") is carries


def test_a_verb_finds_its_action_noun() -> None:
    """«In che anno è stata fondata la startup?» of a fact whose keywords say «fondazione»:
    the verb and its action noun are one word to a reader, as «inaugurato» and
    «inaugurazione», «investire» and «investimento» are."""
    from bot.matching import action_keys

    built = _one_article(
        (
            "nascita",
            "Sodalis è nata nel 2021 come spin-off dell'Università di Padova.",
            ("Quando è nata Sodalis?", "anno di fondazione"),
        ),
        ("soci", "I fondatori sono Elena Rinaldi e Davide Costa.", ("Chi sono i fondatori?",)),
    )

    assert "=fondazione" in action_keys({"=fondare": 1.0})
    assert action_keys({"=inaugurazione": 1.0}) == ["=inaugurare"]
    assert action_keys({"=investire": 1.0, "=pagamento": 1.0}) == ["=investimento", "=pagare"]
    assert _answering(built, "In che anno è stata fondata la startup?") == "nascita"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Microsoft investe in OpenAI?", "microsoft"),
        ("Google usa i Trainium?", "google"),
        ("Qunto costa il biglietto?", None),
        ("Fammi un riassunto", None),
        ("Xke hanno chiuso il ponte?", None),
        ("Quanto costa il biglietto?", None),
    ],
)
def test_a_question_may_open_with_a_name(question: str, name: str | None) -> None:
    """«Microsoft investe…?»: a capital opening the question is a name when no dictionary
    holds the word; not a typo («Qunto»), a verb with its pronoun («Fammi») or chat
    spelling («Xke»)."""
    built = _one_article(("f", "Il biglietto costa 12 euro e il ponte è chiuso.", ()))
    first = built.analyse(question).names & {question.split()[0].lower()}

    assert first == ({name} if name else set())


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Microsoft investe in Sodalis?", None),
        ("Il round è stato guidato da Sequoia?", "round"),
    ],
)
def test_a_claim_about_a_name_the_article_never_mentions(
    question: str, expected: str | None
) -> None:
    """«Microsoft investe in Sodalis?» claims something of a company the article never
    names: no fact can say no, so the bot does not answer. «…guidato da Sequoia?» claims who
    led the round, which the fact naming Alpe Ventures settles."""
    built = _one_article(
        (
            "round",
            "La startup Sodalis ha raccolto 42 milioni di euro in un round guidato da Alpe "
            "Ventures, a cui partecipano anche investitori privati.",
            ("Chi investe in Sodalis?",),
        ),
        ("fabbrica", "Con 25 milioni Sodalis costruirà una fabbrica a Porto Marghera.", ()),
    )

    assert _answering(built, question) == expected


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "E quanto fa adesso il tasso marginale?",
            "Con il taglio deciso dalla Bce il tasso sulle operazioni di rifinanziamento "
            "principali scende al 2,40% e quello sui prestiti marginali al 2,65%.",
        ),
        (
            "Quanti braccianti stagionali rischiano di restare senza impiego?",
            "I sindacati stimano che senza interventi siano a rischio 4.500 posti di lavoro "
            "stagionali tra i braccianti della Piana.",
        ),
    ],
)
def test_the_word_qualifying_what_is_counted_names_it_too(question: str, answer: str) -> None:
    """«il tasso *marginale*»: the news writes «quello sui prestiti marginali al 2,65%», far
    from «tasso»; the qualifier beside the figure tells it as the head would. «fa» and
    «adesso» are no figure's name."""
    assert _carries_what_is_asked(answer, question, "Cosa dice il fatto?")


@pytest.mark.parametrize(
    ("question", "light", "kept"),
    [
        ("Perché l'azienda è andata in crisi?", "andata", "crisi"),
        ("È vero che i soldi li ha messi tutti la Regione?", "messi", "regione"),
        ("Perché è venuta giù la frana?", "venuta", "frana"),
    ],
)
def test_participles_of_light_verbs_weigh_little(question: str, light: str, kept: str) -> None:
    """«andata», «messi», «venuta» are the light verbs «andare», «mettere», «venire» that
    the news words otherwise («la crisi nasce dal crollo degli ordini»), though the
    dictionary reads them as the first leg, the harvest, the coming."""
    built = _one_article(("f", "La crisi nasce dal crollo degli ordini della Regione.", ()))
    info = {t.word: t.info for t in built.analyse(question).terms}

    assert info[light] < info[kept] / 2


def test_a_common_misspelling_is_read_as_the_word() -> None:
    """«verrano» is written often enough to be counted, but no dictionary holds it: it is
    «verranno», one letter away and far more common; «microsoft», as common, is a word."""
    built = _one_article(("f", "Gli assegni saranno pagati da gennaio.", ()))

    assert built.correct("verrano") == "verranno"
    assert built.correct("microsoft") == "microsoft"


def test_quanto_vale_is_told_by_a_sum_of_what_is_priced() -> None:
    """«Quanto vale il progetto di ampliamento?» of «il piano, del valore di 38,5 milioni di
    euro»: the verb is told by the sum, as «quanto costa» is."""
    built = _one_article(
        (
            "valore",
            "Il piano di ampliamento della Marina, del valore di 38,5 milioni di euro, prevede "
            "una nuova diga foranea.",
            (),
        ),
        ("tar", "Il Tar ha sospeso i lavori dopo il ricorso degli ambientalisti.", ()),
    )
    query = built.analyse("Quanto vale il progetto di ampliamento della Marina?")
    kinds = {k.term.word: k.told_by for k in built._kind_terms(query)}

    assert kinds.get("vale") == "price"


def test_a_position_is_told_by_a_rank() -> None:
    """«In che posizione era Rinaldi dopo la prima manche?» of «Rinaldi aveva chiuso
    ottavo la prima manche»: the rank tells the position without the word."""
    built = _one_article(
        ("manche", "Dopo la prima manche Rinaldi aveva chiuso ottavo, a 74 centesimi.", ()),
        ("pista", "La pista era resa durissima dal ghiaccio.", ()),
    )
    query = built.analyse("In che posizione era Rinaldi dopo la prima manche?")
    kinds = {k.term.word: k for k in built._kind_terms(query)}

    assert built._told_by_its_kind(kinds["posizione"], 0, 0.5)
    assert not built._told_by_its_kind(kinds["posizione"], 1, 0.5)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("finale diretta tv", "diretta"),
        ("La finale sarà trasmessa in televisione?", "diretta"),
        ("capienza massima sala persone", "sala"),
        ("A quanto ammontano in totale le sanzioni?", "sanzioni"),
        ("Quante navi sono ferme a Olbia?", "traghetti"),
    ],
)
def test_the_shipped_synonyms_and_kinds_read_tv_and_capacity(
    tmp_path: Path, question: str, expected: str
) -> None:
    """«tv» is the news's «Rai 2» or «Sky» (the shipped synonyms say so), «in totale» its
    «complessivi», and «capienza» is told by a number of people («un massimo di 300
    persone»)."""
    facts = (
        ("diretta", "La finale di domenica sarà trasmessa in diretta su Rai 2."),
        ("sala", "Nella sala del museo potranno entrare un massimo di 300 persone alla volta."),
        ("tifosi", "La finale di sabato si è giocata in diretta davanti a 3.000 tifosi."),
        ("sanzioni", "La federazione ha inflitto sanzioni per complessivi 1,2 milioni di euro."),
        ("multa", "La sanzione più pesante, pari a 380.000 euro, riguarda il club di casa."),
        ("traghetti", "Lo sciopero del porto di Olbia tiene fermi dodici traghetti."),
    )
    (tmp_path / "europei.toml").write_text(
        "[article]\n"
        'id = "europei"\ntitle = "Pallanuoto, Europei"\nauthor = "Redazione"\n'
        'published = 2026-01-24\nsource = "seeds/europei.txt"\n'
        + "".join(
            f'\n[[facts]]\nid = "{i}"\nanswer = "{a}"\n'
            'questions = ["Cosa dice l\'articolo?"]\nkeywords = []\n'
            for i, a in facts
        ),
        encoding="utf-8",
    )
    built = Matcher(load_knowledge(tmp_path))

    assert _answering(built, question) == expected


def test_the_claim_of_who_appealed_is_the_reason_of_the_appeal() -> None:
    """«Perché gli ambientalisti hanno fatto ricorso?» of «accoglie il ricorso di
    Legambiente, secondo cui il progetto metterebbe a rischio la posidonia»: what the
    appellants claim is why they appealed."""
    assert _carries_what_is_asked(
        "Il Tar ha sospeso i lavori: accoglie il ricorso degli ambientalisti di Legambiente, "
        "secondo cui il progetto metterebbe a rischio le praterie di posidonia.",
        "Perché gli ambientalisti hanno fatto ricorso?",
        "Cosa ha deciso il Tar?",
    )


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quando è arrivata la prima luce al telescopio?", True),
        ("Da quando il telescopio è arrivato in Cile?", True),
        # A yes/no with «quando» inside is settled otherwise, not by a date.
        ("Il telescopio cercava comete quando ha trovato le supernove?", False),
    ],
)
def test_a_question_of_when_is_not_answered_by_a_fact_with_no_date(
    question: str, refused: bool
) -> None:
    """«Quando è arrivata la prima luce?» of a fact that shares its words but gives no date
    (nor a day, a year, a time) cannot be answered by it, however well it fits."""
    from bot.telling import _opens_with_when

    built = _one_article(
        (
            "supernove",
            "Nelle prime tre settimane di luce il telescopio arrivato in Cile ha trovato due "
            "supernove in galassie lontane.",
            (),
        ),
    )
    query = built.analyse(question)

    assert _opens_with_when(query.folded) is refused
    if refused:
        assert _answering(built, question) is None


@pytest.mark.parametrize(
    "question",
    ["Dove si trova il negozio Spirale Dischi?", "Dove si è svolto l'incontro di Improta?"],
)
def test_the_verb_of_where_something_is_only_frames_the_question(question: str) -> None:
    """«Dove si trova il negozio?» is answered by «il negozio, in via dei Mille a Vigevano»:
    the news says where by the place alone, so «si trova» («si è svolto») weighs like a
    light verb and the fact that places it is answered."""
    built = _one_article(
        (
            "vigevano",
            "Il negozio Spirale Dischi, in via dei Mille a Vigevano, ha venduto 12.000 vinili.",
            (),
        ),
        (
            "improta",
            "L'incontro di Improta, previsto a Marsiglia, è andato in scena al PalaVesuvio di "
            "Napoli.",
            (),
        ),
    )

    assert _answering(built, question) in {"vigevano", "improta"}
    asked = built.analyse(question)
    assert all(t.word not in {"trova", "svolto"} or t.info < 1.0 for t in asked.terms)


@pytest.mark.parametrize(
    "question",
    [
        "Quando è avvenuta la rapina alla gioielleria?",
        "Dove si è verificato l'incidente più grave?",
    ],
)
def test_the_verb_of_an_event_only_frames_when_or_where(question: str) -> None:
    """«Quando è avvenuta la rapina?» is answered by «la rapina risale al 3 agosto»: the
    news says when (or where) an event was by a date or a place beside it, so «avvenuta»
    («si è verificato») weighs like a light verb, not like a word the answer lacks."""
    built = _one_article(
        ("rapina", "La rapina alla gioielleria risale al pomeriggio di lunedì 3 agosto.", ()),
        (
            "incidente",
            "L'incidente più grave del fine settimana è stato sulla statale 38, a Grosio.",
            (),
        ),
        ("arresti", "I carabinieri hanno arrestato quattro uomini a Brescia.", ()),
    )

    assert _answering(built, question) in {"rapina", "incidente"}
    asked = built.analyse(question)
    assert all(t.word not in {"avvenuta", "verificato"} or t.info < 1.0 for t in asked.terms)


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("La sala di corso Garibaldi fu aperta per la prima volta nel 1938.", True),
        ("La sala è stata aperta tra marzo e maggio e occupa 3.600 metri quadrati.", False),
    ],
)
def test_in_che_anno_is_answered_by_a_year(answer: str, answered: bool) -> None:
    """«In che anno…?» asks a year: «nel 1938» answers it; months, or the «3600» that
    «3.600 metri» becomes, do not."""
    question = "In che anno è stata aperta la sala?"

    assert _carries_what_is_asked(answer, question, "Cosa dice l'articolo?") is answered


@pytest.mark.parametrize(
    ("text", "word", "whole", "beside"),
    [
        ("Il sindaco parla a Palazzo Marino, non a Marinella.", "Marino", [27], True),
        ("Marino Rossi ha parlato.", "Marino", [0], True),
        ("Il Marino di Roma, e il marinaio.", "marino", [], False),
        ("Città e città: la città.", "città", [8, 18], False),
    ],
)
def test_a_word_is_found_whole_and_beside_a_capital_without_a_pattern(
    text: str, word: str, whole: list[int], beside: bool
) -> None:
    """The lookups that tell a name from a common word («Palazzo Marino» from «marino»)
    find whole words by string search, as «\\bword\\b» would, with no pattern compiled per
    word at question time (compiling cost more than the lookup, and showed at p95)."""
    from bot.matching import _beside_a_capital, _whole_word_at

    assert _whole_word_at(text, word) == whole
    assert any(_beside_a_capital(text, at, len(word)) for at in whole) is beside


def test_what_happens_only_frames_the_question() -> None:
    """«Cosa succede a uno studente alla terza violazione?» asks what follows the third
    violation: the news writes the consequence («sarà sospeso»), never «succede»; the
    verb weighs like a light one, as the question's frame."""
    built = _one_article(
        (
            "sospensione",
            "Alla terza violazione del divieto lo studente sarà sospeso per tre giorni.",
            (),
        ),
    )
    asked = built.analyse("Cosa succede a uno studente alla terza violazione del divieto?")

    assert next(t for t in asked.terms if t.word == "succede").info < 1.0
    assert _answering(built, asked.text) == "sospensione"


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        (
            "L'Orchestra giovanile dello Stretto, fondata nel 2017 a Reggio Calabria da Anna "
            "Morabito, partirà il 2 giugno per la sua prima tournée europea.",
            True,
        ),
        ("Matteo Scilla guida l'orchestra dal 2019 e sarà sul podio nella tournée europea.", False),
        ("Il direttore Matteo Scilla porterà l'orchestra nella tournée europea.", False),
    ],
)
def test_who_leads_is_not_told_by_a_fact_where_no_one_leads(answer: str, refused: bool) -> None:
    """«Chi dirigerà l'orchestra durante la tournée?» is not told by a fact that names the
    orchestra's founder and its tour, with no one leading it: the verb, a synonym
    («guida») or a role («direttore») must be there."""
    assert _refused_by(answer, "Chi dirigerà l'orchestra durante la tournée europea?") is refused


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        # «480 medici» counts doctors: it is no pay, though the fact has a sum elsewhere.
        (
            "In Piemonte mancano 480 medici di base e la Regione stanzia 8,5 milioni di euro "
            "per le Case di comunità.",
            True,
        ),
        ("Il medico richiamato sarà pagato 60 euro lordi l'ora.", False),
    ],
)
def test_quanto_verra_pagato_asks_a_price_not_a_count(answer: str, refused: bool) -> None:
    """«Quanto verrà pagato un medico?» asks the pay, as «Quanto è pagato?» does: the
    future and the passive with «venire» are a price question too, not «quanti medici»."""
    assert _refused_by(answer, "Quanto verrà pagato all'ora un medico richiamato?") is refused


_FROM_WHICH_REGIONS = "Da quali regioni arriveranno le sacche di sangue per la Sardegna?"


@pytest.mark.parametrize(
    ("answer", "question", "refused"),
    [
        (
            "In Sardegna, la regione con meno donatori d'Italia, mancano 1.500 sacche di sangue.",
            _FROM_WHICH_REGIONS,
            True,
        ),
        (
            "Per la Sardegna arriveranno 600 sacche di sangue da Piemonte, Lombardia ed "
            "Emilia-Romagna.",
            _FROM_WHICH_REGIONS,
            False,
        ),
        # A street is a place too: «in viale Trastevere» says where the march ended.
        (
            "A Roma il corteo è partito da piazza della Repubblica ed è arrivato in viale "
            "Trastevere.",
            "Dove è arrivato il corteo a Roma?",
            False,
        ),
    ],
)
def test_where_is_not_told_by_the_place_the_question_names(
    answer: str, question: str, refused: bool
) -> None:
    """«Da quali regioni arriveranno le sacche per la Sardegna?» is not told by a fact
    whose only place is Sardinia: it says where, but no place the reader lacks."""
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("answer", "counts"),
    [
        ("Leclerc ha tagliato il traguardo di Monza dopo 53 giri di gara.", True),
        # «al 19° giro» says which lap, not how many.
        ("La Ferrari ha richiamato Leclerc ai box al 19° giro della gara di Monza.", False),
    ],
)
def test_a_rank_in_figures_counts_nothing(answer: str, counts: bool) -> None:
    """«Quanti giri ha avuto la gara?» is told by «dopo 53 giri», not by «al 19° giro»: a
    figure with «°» or «ª» is a rank."""
    assert _counts_in(answer, "Quanti giri ha avuto la gara di Monza?") is counts


@pytest.mark.parametrize(
    ("answer", "counts"),
    [
        ("La tappa, da Chieti a Campo Imperatore, misurava 187 chilometri.", True),
        ("Ha chiuso la tappa in 4 ore e 20 secondi, alla media di 38,6 km/h.", False),
    ],
)
def test_quanti_chilometri_is_answered_by_kilometres_not_a_speed(answer: str, counts: bool) -> None:
    """«Quanti chilometri c'erano da percorrere?» counts kilometres: «187 chilometri», not a
    speed («38,6 km/h»), nor the seconds written a few words before it."""
    assert _counts_in(answer, "Quanti chilometri c'erano da percorrere nella tappa?") is counts


@pytest.mark.parametrize(
    ("answer", "untold"),
    [
        # Names, but someone else's: the businessman is «un imprenditore», with no name.
        (
            "Il tartufo da 950 grammi trovato da Giorgio Ferrero è stato aggiudicato a un "
            "imprenditore di Hong Kong per 160.000 euro.",
            True,
        ),
        ("Il tartufo è andato all'imprenditore Li Wei, di Hong Kong, per 160.000 euro.", False),
        # «Si chiama Ada…»: the fact gives the name as such, however far from the noun.
        (
            "Si chiama Ada, è alta un metro e trentacinque e pesa 38 chili: è il robot che "
            "l'imprenditore di Hong Kong ha comprato.",
            False,
        ),
    ],
)
def test_come_si_chiama_needs_a_name_beside_what_is_asked(answer: str, untold: bool) -> None:
    """«Come si chiama l'imprenditore di Hong Kong…?» is not told by a fact that says «un
    imprenditore di Hong Kong» and names only the truffle hunter: the name must stand
    beside the word asked about, or the fact must give it as a name («si chiama»)."""
    built = _one_article(("fatto", answer, ()))
    query = built.analyse("Come si chiama l'imprenditore di Hong Kong che ha comprato il tartufo?")

    assert built._names_none_asked(query, 0) is untold


@pytest.mark.parametrize(
    ("question", "answer", "untold"),
    [
        # A place beside the noun says where it is, not what it is called.
        (
            "Come si chiama lo studio legale che ha annunciato il ricorso?",
            "Uno studio legale di Roma ha già annunciato un ricorso collettivo al Tar.",
            True,
        ),
        (
            "Come si chiama lo studio legale che ha annunciato il ricorso?",
            "Lo studio legale Ferri & Bassi di Roma ha già annunciato un ricorso collettivo.",
            False,
        ),
        # A name in another clause names something else: after «:», before «dove».
        (
            "Come si chiama la società che ha vinto il lotto 17?",
            "L'offerta più alta è arrivata per il lotto 17, davanti alla rotonda Giorgini: una "
            "società del settore alberghiero si è aggiudicata l'area.",
            True,
        ),
        (
            "Come si chiama il marito in attesa del trapianto?",
            "I due sono stati trasferiti all'ospedale Molinette, dove il marito è in attesa di "
            "un trapianto.",
            True,
        ),
        # A title's full stop does not end the clause: «il dott. Enrico Sala» is the doctor.
        (
            "Come si chiama il medico della squadra?",
            "Il medico della squadra, il dott. Enrico Sala, ha escluso la frattura.",
            False,
        ),
        # «i tre arrestati»: the name asked is the arrested men's, not a number's.
        (
            "Come si chiamano i tre arrestati?",
            "Per la Procura di Brescia i tre arrestati erano i capi della rete.",
            True,
        ),
        (
            "Come si chiamano i tre arrestati?",
            "I tre arrestati, Mario Bonetti, Luca Zani e Pietro Ragni, erano i capi della rete.",
            False,
        ),
    ],
)
def test_come_si_chiama_needs_the_name_in_the_clause_of_what_is_asked(
    question: str, answer: str, untold: bool
) -> None:
    """A name tells «Come si chiama X?» only in the clause that says X, and a place is where
    X is: the news says «uno studio legale di Roma» of a studio it does not name."""
    built = _one_article(("fatto", answer, ()))

    assert built._names_none_asked(built.analyse(question), 0) is untold


@pytest.mark.parametrize(
    ("question", "answer", "untold"),
    [
        (
            "Chi è il sindaco di Villafranca Padovana?",
            "Una tromba d'aria ha colpito Villafranca Padovana. Il sindaco ha chiesto alla "
            "Regione lo stato di emergenza.",
            True,
        ),
        (
            "Chi è il sindaco di Villafranca Padovana?",
            "A Villafranca Padovana il sindaco Luciano Salvò ha chiesto lo stato di emergenza.",
            False,
        ),
        # Anywhere in the clause: the role may come last in a list of titles.
        (
            "Chi è la coordinatrice scientifica dell'Osservatorio Casa?",
            "«Il calo dei tassi aiuta», spiega Chiara Montanari, economista dell'Università di "
            "Bologna e coordinatrice scientifica dell'Osservatorio Casa.",
            False,
        ),
    ],
)
def test_who_holds_a_role_is_untold_by_a_clause_that_names_no_one(
    question: str, answer: str, untold: bool
) -> None:
    """«Chi è il sindaco di X?» is not told by a fact that says what «il sindaco» did and
    names no one in that clause: the mayor's name is in another fact."""
    built = _one_article(("fatto", answer, ()))

    assert built._role_unnamed(built.analyse(question), 0) is untold


@pytest.mark.parametrize(
    ("question", "fact_id", "untold"),
    [
        ("In che anno è stata istituita la riserva di Monte Arcosu?", "visitatori", True),
        ("In che anno è stata istituita la riserva di Monte Arcosu?", "nascita", False),
        ("Chi ha progettato la riserva di Monte Arcosu?", "visitatori", True),
        ("Qual è il progetto della riserva di Monte Arcosu?", "visitatori", False),
    ],
)
def test_who_designed_or_set_up_is_untold_by_a_fact_that_says_neither(
    question: str, fact_id: str, untold: bool
) -> None:
    """«Quando è stata istituita la riserva?» of a fact about its visitors in 2025 tells no
    setting up, though it has a year: readers ask it of any place the news names. Asking
    about «il progetto» is no such question."""
    built = _one_article(
        (
            "visitatori",
            "L'ingresso alla riserva di Monte Arcosu resta aperto ai visitatori, che nel 2025 "
            "sono stati 18.500.",
            (),
        ),
        ("nascita", "La riserva di Monte Arcosu è nata nel 1985 per proteggere il cervo.", ()),
    )

    assert _life_event_untold_by(built, question, fact_id) is untold


@pytest.mark.parametrize(
    ("answer", "untold"),
    [
        ("La garante ha visitato il carcere 41 volte da gennaio.", True),
        ("Nel 2025 la garante si era recata in carcere 96 volte.", False),
        ("La garante ha visitato il carcere 41 volte, contro le 96 dello scorso anno.", False),
    ],
)
def test_last_year_is_untold_by_a_fact_about_this_year(answer: str, untold: bool) -> None:
    """«Quante volte la garante si è recata in carcere l'anno scorso?», in an article of
    2026, is not answered by this year's visits: the fact must say the year before («nel
    2025», «lo scorso anno»)."""
    built = _one_article(("fatto", answer, ()), published=(2026, 5, 14))
    query = built.analyse("Quante volte la garante si è recata in carcere l'anno scorso?")

    assert built._other_year_or_rank(query, 0) is untold


@pytest.mark.parametrize(
    ("answer", "untold"),
    [
        (
            "Il sindaco di Cremona, Paolo Ferrandi, si è dimesso: la prefetta Lucia Moro "
            "nominerà un commissario.",
            True,
        ),
        ("Prima di Paolo Ferrandi, il sindaco di Cremona era Marco Neri.", False),
    ],
)
def test_the_one_the_fact_calls_by_the_role_asked_is_not_who_came_before(
    answer: str, untold: bool
) -> None:
    """«Chi era il sindaco di Cremona prima di Ferrandi?» of a fact whose mayor is Ferrandi
    and whose other person is the prefect: the mayor it names is the one after."""
    built = _one_article(("fatto", answer, ()))
    question = "Chi era il sindaco di Cremona prima di Paolo Ferrandi?"

    assert built._only_the_one_before(built.analyse(question), 0) is untold


def test_two_swapped_letters_are_read_as_the_news_word() -> None:
    """«coreto» is the news's «corteo» with two letters swapped, the commonest slip of a
    fast typist, rather than the dictionary's «coretto» with a letter doubled."""
    built = _one_article(
        ("corteo", "Il corteo degli studenti è arrivato in viale Trastevere, a Roma.", ()),
    )

    assert built.correct("coreto") == "corteo"
    assert _answering(built, "dove e arrivato il coreto a Roma?") == "corteo"


def test_a_run_of_letters_longer_than_any_word_is_not_read_as_a_slip(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A message of thousands of letters in one «word» is no typo of an Italian word: the
    speller leaves it as typed and never builds its one-letter variants (thousands of them,
    each thousands of letters long), so such a message cannot stall the bot."""
    import bot.spelling

    def refuse(word: str) -> tuple[str, ...]:
        raise AssertionError(f"variants built for a {len(word)}-letter word")

    monkeypatch.setattr(bot.spelling, "_one_slip_from_a_word", refuse)
    monkeypatch.setattr(bot.spelling, "_doubled_or_single", refuse)
    built = _one_article(("fondi", "La Regione ha stanziato 5 milioni.", ()))
    long_word = "stanziamentoregionale" * 3

    assert built.correct(long_word) == long_word
    assert built.match(long_word * 50).kind == Kind.NONE


def test_a_name_is_not_what_a_date_question_asks() -> None:
    """«Entro quando … le proposte per il nome del dinosauro?» asks a date: the fact that
    gives it answers, though it gives no name."""
    built = _one_article(
        (
            "concorso",
            "Il nome del dinosauro sarà scelto con un concorso rivolto alle scuole della "
            "regione, che potranno inviare le proposte entro il 31 dicembre.",
            (),
        ),
        title="Dinosauro scoperto in Carnia",
    )

    answer = built.match(
        "Entro quando le scuole possono mandare le proposte per il nome del dinosauro?"
    )

    assert answer.fact is not None and answer.fact.id == "concorso"


def test_a_finishing_place_is_not_another_stage() -> None:
    """«Chi è arrivata seconda?» of a fact on the third stage asks who finished second;
    «Chi ha vinto la seconda tappa?» asks about another stage, which the fact does not
    tell."""
    built = _one_article(
        (
            "arrivo",
            "Giro delle Marche, terza tappa: ha vinto Chiara Vezzosi; è arrivata a 8 secondi "
            "la belga Anouk Verhaegen.",
            (),
        ),
        title="Giro delle Marche, terza tappa a Vezzosi",
    )

    second = built.match("Chi è arrivata seconda nella tappa?")
    other = built.match("Chi ha vinto la seconda tappa?")

    assert second.fact is not None and second.fact.id == "arrivo"
    assert other.kind == Kind.NONE


def test_a_participle_right_after_quanti_is_the_noun_counted() -> None:
    """«Quante traversate…?» counts crossings, though «traversate» could be a participle:
    a fact giving a number of crossings answers; one giving only hours does not."""
    question = "Quante traversate vengono cancellate per lo sciopero?"

    assert _counts_in("Sono 112 le traversate cancellate nelle 48 ore di stop.", question)
    assert not _counts_in("Lo sciopero dei marittimi durerà 48 ore.", question)


def test_the_age_of_a_thing_found_somewhere_is_its_years() -> None:
    """«Quanti anni ha il fossile trovato in Carnia?»: Carnia is where, not whose age, and
    «205 milioni di anni» is an age; a span of work («per tre anni») is not."""
    question = "Quanti anni ha il fossile trovato in Carnia?"

    assert _counts_in("Lo scheletro di dinosauro ha circa 205 milioni di anni.", question)
    assert not _counts_in("Gli scavi in Carnia sono durati per tre anni.", question)


def test_a_figure_after_the_noun_the_question_names_is_its_answer() -> None:
    """«Quanto ha raccolto Stratoverde con il round di finanziamento?» of «un round di
    finanziamento da 18 milioni»: the figure follows a word of the question, as it follows
    the verb in «è costato 62 milioni»; a fact whose figures count other things does not
    answer."""
    question = "Quanto ha raccolto Stratoverde con il round di finanziamento?"

    assert _counts_in(
        "Stratoverde ha chiuso un round di finanziamento da 18 milioni di euro.", question
    )
    assert not _counts_in("La start-up è nata nel 2020 e ha 40 dipendenti a Milano.", question)


def test_a_length_is_not_told_by_an_area() -> None:
    """«Quanto era lungo il dinosauro?» is told by «3,5 metri», not by the «250 metri
    quadrati» of the room that will show it."""
    question = "Quanto era lungo il dinosauro?"

    assert _counts_in("Il dinosauro era lungo circa 3,5 metri.", question)
    assert not _counts_in("Il dinosauro sarà esposto in una sala di 250 metri quadrati.", question)


def test_the_verb_of_a_figure_names_it_when_its_subject_is_said_otherwise() -> None:
    """«Quanto incasserà il Comune con il nuovo tributo?» of «3,8 milioni di euro incassati
    ogni anno»: the figure's verb is beside it, though the fact never names the town hall;
    a fact with no such verb near its figure does not tell it."""
    question = "Quanto incasserà il Comune ogni anno con il nuovo tributo?"

    assert _counts_in("Il gettito salirà a 3,8 milioni di euro incassati ogni anno.", question)
    assert not _counts_in("Il nuovo tributo varrà dal 2027 per 40 alberghi del centro.", question)


def test_a_rank_of_any_gender_and_number_is_the_same_rank() -> None:
    """«Quando prendono servizio i primi infermieri?» of «le prime prese di servizio sono
    previste per il 15 aprile»: «primi» and «prime» are one rank; «la terza fase» is
    another."""
    built = _one_article(
        ("servizio", "Le prime prese di servizio sono previste per il 15 aprile.", ()),
        ("fase", "La terza fase dei lavori partirà il 15 aprile.", ()),
    )
    query = built.analyse("Quando prendono servizio i primi infermieri assunti?")

    assert not built._other_year_or_rank(query, 0)
    assert built._other_year_or_rank(query, 1)


def test_staff_named_once_are_counted_by_a_general_word() -> None:
    """«Quanti infermieri saranno stabilizzati?» of «la stabilizzazione di 780
    professionisti»: a kind of staff counted by a general word for them; residents are no
    staff, and «200 persone» on a bridge do not count a town's people."""
    nurses = "Quanti infermieri precari saranno stabilizzati?"

    assert _counts_in("Il piano prevede la stabilizzazione di 780 professionisti.", nurses)
    assert not _counts_in("Il piano vale 58 milioni di euro per 12 ospedali.", nurses)
    assert not _counts_in(
        "All'inaugurazione c'erano 200 persone sul ponte.", "Quanti abitanti ha il paese?"
    )


@pytest.mark.parametrize(
    ("question", "age"),
    [
        ("Quanti anni ha preso il capo della banda?", False),
        ("Quanti anni aveva chiesto la pm per Amitrano?", False),
        ("Quanti anni ha il sindaco?", True),
        ("Quanti anni ha compiuto la nonna?", True),
        ("Quanti anni ha questo ponte?", True),
        ("Quanti anni ha Lotte Meijering?", True),
    ],
)
def test_years_after_an_auxiliary_are_a_span_not_an_age(question: str, age: bool) -> None:
    """«Quanti anni ha preso?»: «ha» is an auxiliary before a past participle, and the
    years are a sentence; «quanti anni ha compiuto?» still asks an age, and so does one
    of a name that ends like a participle («Lotte»)."""
    assert ("age" in question_reads(fold(question))) is age


def test_a_verb_that_moves_money_is_told_by_any_sum() -> None:
    """«Quanto hanno rubato i truffatori?» of «il bottino ammonta a 612.000 euro»: what the
    thieves took is a sum, whatever noun the news gives it; a count of victims is not, nor
    any sum of a name or a time."""
    question = "Quanto hanno rubato in totale i truffatori?"

    assert _counts_in("In totale il bottino ammonta a 612.000 euro.", question)
    assert not _counts_in("La banda ha truffato 43 anziani tra Genova e il Tigullio.", question)
    # Of a name, or of a time («ogni anno»), the sum must still be said of what is asked.
    assert not _counts_in(
        "Il satellite è costato 12 milioni di euro.", "Quanto ha pagato Orbitalis per il lancio?"
    )
    assert not _counts_in(
        "Il restauro è costato 2 milioni di euro.", "Quanto fattura ogni anno la maison Valmora?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Di solito quanto bisogna aspettare per una protesi d'anca?",
        "Quanto tempo prima bisogna prenotare?",
        "cmq qnt prima bisogna prenotare x consultare gli originali",
    ],
)
def test_how_long_to_wait_asks_a_length_of_time(question: str) -> None:
    """«Quanto bisogna aspettare?», «qnt prima bisogna prenotare?»: a length of time, told
    by «sette mesi», «15 giorni», not by a count of patients («qnt prima» is «quanto
    prima», not «quanta prima»)."""
    built = _one_article(("fatto", "Bisogna prenotare 15 giorni prima.", ()))

    assert "duration" in built.analyse(question).reads
    assert _counts_in("Per una protesi d'anca si aspettano in media sette mesi.", question)
    assert not _counts_in("In lista d'attesa ci sono 38.500 pazienti.", question)


def test_the_year_before_the_news_is_told_by_last_year() -> None:
    """«Quanta uva ha prodotto il Piemonte nel 2025?» of the news of 2026 saying «l'anno
    scorso il Piemonte aveva prodotto 2,9 milioni di quintali, l'8% in più rispetto al
    2024»: the year before is 2025; a fact on 2024 alone is another year."""
    built = _one_article(
        (
            "scorso",
            "L'anno scorso il Piemonte aveva prodotto 2,9 milioni di quintali di uva, l'8% in "
            "più rispetto al 2024.",
            (),
        ),
        ("vecchio", "Nel 2024 il Piemonte aveva prodotto 2,7 milioni di quintali di uva.", ()),
        published=(2026, 9, 3),
    )
    query = built.analyse("Quanta uva ha prodotto il Piemonte nel 2025?")

    assert not built._other_year_or_rank(query, 0)
    assert built._other_year_or_rank(query, 1)


def test_a_whole_cost_prices_what_the_title_names() -> None:
    """«Quanto è costato il restauro?» of «Biblioteca riapre dopo sei anni di restauri: …
    una spesa complessiva di 14,2 milioni»: the whole cost of what the news is about, named
    only in its title's head; a budget that is no whole prices only what its sentence
    names (the courtyard)."""
    title = "Bologna, la biblioteca riapre dopo sei anni di restauri"
    built = _one_article(
        (
            "intero",
            title + ": dopo sei anni di cantiere e una spesa complessiva di 14,2 milioni di "
            "euro, la biblioteca riaprirà sabato.",
            (),
        ),
        (
            "parte",
            title + ": il Comune ha poi previsto per il cortile interno una spesa di 200.000 euro.",
            (),
        ),
        title=title,
    )
    query = built.analyse("Quanto è costato il restauro della biblioteca?")
    plan = built._count_plan(query)

    assert built._counts(query, 0, plan)
    assert not built._counts(query, 1, plan)


def test_a_figure_shared_out_to_the_place_asked_counts_it() -> None:
    """«Quanti infermieri arriveranno al Policlinico di Bari?» of «I nuovi assunti
    andranno nei reparti: 210 al Policlinico di Bari, 165 a Lecce»: the counted noun is
    said once before the list; a place the question does not name, or a year, is no
    answer."""
    question = "Quanti infermieri arriveranno al Policlinico di Bari?"
    shared = "I nuovi assunti andranno nei reparti: 210 al Policlinico di Bari, 165 a Lecce."

    assert _counts_in(shared, question)
    assert not _counts_in("I nuovi assunti andranno nei reparti: 165 a Lecce.", question)
    assert not _counts_in("Il Policlinico di Bari ha aperto nel 2019 al Policlinico.", question)


def test_a_common_verb_finds_the_verb_the_news_uses_for_it() -> None:
    """«Di quanto è diminuito il traffico?» of «il traffico è calato del 12%»: «diminuire»
    has too many senses for the dictionaries' synonyms, and the list of news verbs joins
    it to «calare»; a verb of another group («aumentare») does not."""
    built = _one_article(
        ("calo", "A marzo il traffico sull'autostrada è calato del 12%.", ()),
        ("altro", "A marzo il pedaggio sull'autostrada è rimasto di 3 euro.", ()),
    )
    question = "Di quanto è diminuito il traffico sull'autostrada a marzo?"
    keys = next(t.keys for t in built.analyse(question).terms if t.word == "diminuito")

    assert "=calare" in keys
    assert "=aumentare" not in keys
    assert _answering(built, question) == "calo"


def test_a_common_noun_finds_the_noun_the_news_uses_for_it() -> None:
    """«Quanto è lunga la fila al casello?» of «una coda di 12 chilometri»: the list of news
    nouns joins words of several senses («coda», «fila») in their sense in the news."""
    built = _one_article(
        ("coda", "Al casello di Melegnano si è formata una coda di 12 chilometri.", ()),
        ("multa", "La polizia ha elevato 40 multe al casello di Melegnano.", ()),
    )
    terms = built.analyse("Quanto è lunga la fila al casello di Melegnano?").terms
    keys = next(t.keys for t in terms if t.word == "fila")

    assert "=coda" in keys
    assert _answering(built, "Quanto è lunga la fila al casello di Melegnano?") == "coda"


def test_the_works_are_the_building_site_but_a_job_is_not() -> None:
    """«Quando finiscono i lavori?» of «il cantiere finirà a giugno»: the news says
    «cantiere» for the works, and the dictionary reads the plural «lavori» alone as
    «lavorio», never the singular «lavoro» (a job)."""
    built = _one_article(
        ("cantiere", "Il cantiere della scuola Pascoli finirà a giugno 2027.", ()),
        ("mensa", "La mensa della scuola Pascoli riaprirà a settembre 2026.", ()),
    )
    works = next(t for t in built.analyse("Quando finiscono i lavori?").terms if t.word == "lavori")
    job = next(t for t in built.analyse("Quando inizia il lavoro?").terms if t.word == "lavoro")

    assert "=cantiere" in works.keys
    assert "=cantiere" not in job.keys
    assert _answering(built, "Quando finiscono i lavori alla scuola Pascoli?") == "cantiere"


def test_the_european_recovery_funds_are_the_pnrr() -> None:
    """«Quanti soldi arrivano dai fondi europei?» of «4,2 milioni dal Pnrr»: the shipped
    synonyms say that the European recovery funds are the Pnrr, as the news writes them."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "Scuola", "Autore", dt.date(2026, 1, 22), "Testata")
    facts = (
        Fact("pnrr", "Della spesa, 4,2 milioni arrivano dal Pnrr.", (), (), article),
        Fact("comune", "Il Comune mette 800.000 euro di fondi propri.", (), (), article),
    )
    built = Matcher(
        Knowledge(articles=(article,), facts=facts, synonyms=knowledge(KNOWLEDGE).synonyms)
    )

    assert _answering(built, "Quanti soldi arrivano dai fondi europei?") == "pnrr"


@pytest.mark.parametrize(
    ("question", "answer", "word", "key"),
    [
        (
            "Quanta spazzatura è stata raccolta dopo la festa?",
            "Dopo la festa gli operatori hanno raccolto 12 tonnellate di rifiuti.",
            "spazzatura",
            "=rifiuto",
        ),
        (
            "Quale ospedale ha eseguito il trapianto di rene?",
            "Il trapianto di rene è stato eseguito al Policlinico di Modena.",
            "ospedale",
            "=policlinico",
        ),
        (
            "Che agevolazione hanno i pendolari sul pedaggio?",
            "I pendolari avranno uno sconto del 20% sul pedaggio.",
            "agevolazione",
            "=sconto",
        ),
    ],
)
def test_a_word_the_operators_grouped_still_finds_the_news_noun_for_it(
    question: str, answer: str, word: str, key: str
) -> None:
    """«spazzatura», «ospedale» and «agevolazione» are in groups of `sinonimi.toml`, so the
    thesaurus is not asked for them; the list of news nouns still joins them to the news's
    «rifiuti», «policlinico» and «sconto»."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "Titolo", "Autore", dt.date(2026, 1, 1), "Testata")
    other = "Alla festa hanno partecipato 3.000 persone e i pendolari erano 500."
    built = Matcher(
        Knowledge(
            articles=(article,),
            facts=(Fact("giusto", answer, (), (), article), Fact("altro", other, (), (), article)),
            synonyms=knowledge(KNOWLEDGE).synonyms,
        )
    )
    keys = next(t.keys for t in built.analyse(question).terms if t.word == word)

    assert key in keys
    assert _answering(built, question) == "giusto"


@pytest.mark.parametrize(
    ("question", "answer", "refused"),
    [
        (
            "Come si prepara la carbonara?",
            "I nuovi nidi sorgono nei quartieri di Japigia, San Paolo, Carbonara e Libertà.",
            True,
        ),
        (
            "Come si cucinano i carciofi?",
            "La gelata ha rovinato i carciofi del Brindisino: persi 40.000 quintali.",
            True,
        ),
        (
            "Come si preparano le crescie?",
            "Le crescie si preparano con farina, acqua e strutto e si cuociono sulla piastra.",
            False,
        ),
    ],
)
def test_how_a_dish_is_made_is_told_only_by_a_fact_that_prepares_it(
    question: str, answer: str, refused: bool
) -> None:
    """«Come si prepara la carbonara?» asks a recipe: a fact that names the Carbonara quarter,
    or the dish, and prepares nothing cannot tell it, however well the name fits."""
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("question", "answer", "refused"),
    [
        (
            "Qual è il fiume più lungo d'Italia?",
            "Le gare di canoa si sono svolte sul fiume Dora Baltea, a Ivrea, in Italia.",
            True,
        ),
        (
            "Qual è il fiume più lungo d'Italia?",
            "In Italia sul fiume Dora Baltea si è gareggiato fino alla vigilia di Natale.",
            True,
        ),
        (
            "Qual è il libro più venduto al Salone?",
            "Il libro più venduto al Salone è stato «Il mare d'inverno» di Carla Neri.",
            False,
        ),
        (
            "Qual è la multa più alta per chi non espone il codice?",
            "Per chi non espone il codice sono previste multe fino a 5.000 euro.",
            False,
        ),
    ],
)
def test_the_longest_or_highest_is_told_only_by_a_fact_that_says_it(
    question: str, answer: str, refused: bool
) -> None:
    """«Qual è il fiume più lungo d'Italia?» is not told by a fact that mentions a river in
    Italy and nothing of its length: the superlative's word, a bound («fino a») or a record
    must be there."""
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("question", "answer", "refused"),
    [
        (
            "Qual è la capitale dell'Australia?",
            "Hanno sfilato alpini di 30 sezioni estere, dall'Argentina all'Australia.",
            True,
        ),
        (
            "Qual è la capitale della Puglia?",
            "Bari, capitale della Puglia, ospiterà la finale del torneo.",
            False,
        ),
        (
            "Qual è il limite massimo di attesa per un esame urgente?",
            "Un esame urgente va fatto entro 10 giorni dalla prescrizione.",
            False,
        ),
    ],
)
def test_what_which_is_asks_must_be_in_the_fact(question: str, answer: str, refused: bool) -> None:
    """«Qual è la capitale dell'Australia?» is not told by a fact that names Australia in a
    list: what «qual è il…» asks must be there, unless it is a bound («il limite massimo»),
    which a figure tells («entro 10 giorni»)."""
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        ("Sono 120 i nuovi orti urbani che il Comune di Modena consegnerà sabato.", True),
        ("A Modena ci sono in tutto 640 orti urbani, 120 dei quali nuovi.", False),
        ("Con i 120 nuovi, gli orti urbani di Modena sono 640 in totale.", False),
    ],
)
def test_how_many_there_are_in_all_is_told_only_by_a_total(answer: str, refused: bool) -> None:
    """«Quanti orti urbani ci sono in tutto a Modena?» asks how many there are: a count of
    the new ones does not tell it, unless the fact says it is the total."""
    assert _refused_by(answer, "Quanti orti urbani ci sono in tutto a Modena?") is refused


def test_a_workforce_is_given_whole() -> None:
    """«Quanti dipendenti lavorano in tutto nello stabilimento?» asks no stock: the news
    gives a workforce whole, without saying «in tutto»."""
    question = "Quanti dipendenti lavorano in tutto nello stabilimento di Melfi?"
    assert not _refused_by("Lo stabilimento di Melfi impiega 450 dipendenti.", question)


def test_a_number_written_with_a_capital_is_no_name() -> None:
    """«negli anni Duemila»: the capital makes no name of a decade, so an article that never
    writes «2000» is not taken to be silent on the question's subject."""
    built = _one_article(("funivia", "La funivia fu inaugurata nel 1978 da Rocca Pietore.", ()))
    query = built.analyse("La funivia è stata inaugurata negli anni Duemila?")

    assert "2000" not in query.names
    assert "funivia" not in query.names
    assert not built._names_unknown_to_article(query, 0)


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quanto vale il primo premio della lotteria?", False),
        ("Quanto costa il tagliando della lotteria?", True),
    ],
)
def test_a_total_asked_is_told_by_a_total(question: str, refused: bool) -> None:
    """«Quanto vale il primo premio?» asks a prize, a total itself: the million the ticket
    won tells it. «Quanto costa il tagliando?» asks a price, which no prize tells."""
    answer = (
        "Ieri sera il tagliando della lotteria estratto a Roma ha vinto il primo premio da "
        "1 milione di euro."
    )
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("Quanto costa al metro quadrato una casa a Firenze?", "casa"),
        ("Quanto costa al chilo il pesce spada?", "pesce"),
        ("Quanto costa per notte una camera?", "camera"),
        ("Quanto costa la tassa di soggiorno?", "tassa"),
        ("Quanto costa al metro quadrato?", "metro"),
    ],
)
def test_the_unit_of_a_price_is_not_what_is_priced(question: str, head: str) -> None:
    """«Quanto costa al metro quadrato una casa?» prices the house, by the metre: the unit
    after «al» or «per» is what the price is given by, unless nothing else is named."""
    built = _one_article(("fatto", "A Firenze una casa costa 4.180 euro al metro quadrato.", ()))
    plan = built._count_plan(built.analyse(question))

    assert plan is not None
    assert plan.head.word == head


def test_the_shipped_synonyms_read_the_rent_as_the_canone() -> None:
    """«A Milano il canone medio ha raggiunto 23,40 euro» answers «quanto costa l'affitto»:
    the news writes the rent as «canone», readers ask for the «affitto»."""
    built = matcher(REPO / "knowledge")

    assert set(built.synonyms.word_expansion("canone")) & set(
        built.synonyms.word_expansion("affitto")
    )


def test_asking_about_an_article_imports_nothing_more() -> None:
    """«Chi ha scritto l'articolo sull'Enac?» reads which articles hold its words; the
    first reader to ask it must not pay for a module imported on the way (`np.unique`
    imports `numpy.ma`: 17 ms, ten times a whole answer)."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from bot.knowledge import load_knowledge\n"
        "from bot.matching import Matcher\n"
        f"built = Matcher(load_knowledge(Path({str(REPO / 'knowledge')!r})))\n"
        "built.match('Come stai?')\n"
        "before = set(sys.modules)\n"
        "said = built._said_by_article(built.analyse('tassi Bce').terms)\n"
        "assert said, said\n"
        "print(sorted(set(sys.modules) - before))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )

    assert run.stdout.strip() == "[]"


def test_the_article_on_a_subject_is_one_holding_all_of_it() -> None:
    """«l'articolo sui parcheggi di Verona» of a Verona article on parking and another
    that mentions parking (in its title, even) but not Verona: the one holding the whole
    subject is asked about, not the other whose title says one of its words."""
    verona = _dated_article("verona", "Strisce blu più care dal 1° giugno", "annaneri")
    park = _dated_article("parco", "Orsi investiti vicino ai parcheggi del Parco", "lucarossi")
    facts = (
        _byline(verona),
        Fact("tariffa", "A Verona i parcheggi in centro costeranno 3 euro l'ora.", (), (), verona),
        _byline(park),
        Fact("orsi", "Tre orsi sono stati investiti vicino ai parcheggi.", (), (), park),
    )
    built = Matcher(Knowledge(articles=(verona, park), facts=facts))

    answer = built.match("Chi ha scritto l'articolo sui parcheggi di Verona?")

    assert answer.fact is not None and answer.fact.id == "articolo-verona"


def test_an_own_question_naming_another_is_not_the_question() -> None:
    """«Chi è la presidente di Confcommercio Verona?» reads nearly as the alternate question
    «Chi è la presidente di Confcommercio Savona?» of Savona's article: two letters apart,
    yet another question, which that fact must not answer."""
    import datetime as dt

    from bot.models import Article, Fact

    savona = Article("savona", "A10, chiude il casello", "Autore", dt.date(2026, 4, 14), "T")
    facts = (
        Fact(
            "savona",
            "«Rischiamo di perdere la stagione», dice Paola Testa, presidente di Confcommercio "
            "Savona.",
            ("Chi è la presidente di Confcommercio Savona?",),
            (),
            savona,
        ),
    )
    built = Matcher(Knowledge(articles=(savona,), facts=facts))

    assert built.match("Chi è la presidente di Confcommercio Savona?").kind == Kind.FACT
    assert built.match("Chi è la presidente di Confcommercio Verona?").kind == Kind.NONE


@pytest.mark.parametrize(
    ("question", "untold"),
    [
        ("In che anno è stato fondato il Cioccolatificio Morlacchi?", True),
        ("Chi ha fondato il Cioccolatificio Morlacchi?", False),
        ("In che anno è stata costruita la chiesa di San Michele?", True),
        ("Chi ha costruito la chiesa di San Michele?", True),
        ("Dove sarà costruito il nuovo capannone?", False),
        ("Quanti metri quadrati avrà il capannone da costruire?", False),
    ],
)
def test_a_founder_or_a_building_site_does_not_tell_when(question: str, untold: bool) -> None:
    """«nipote del fondatore» names who founded the firm, not when: «In che anno è stato
    fondato?» is untold. When a church the news names was built is asked of any of them
    and told by no fact that never says it; where a shed will be built is another question."""
    built = _one_article(
        (
            "annuncio",
            "Il Cioccolatificio Morlacchi investirà 34 milioni: lo ha annunciato Francesca "
            "Morlacchi, nipote del fondatore, nella chiesa di San Michele restaurata, dove "
            "sorgerà un capannone di 18.000 metri quadrati.",
            (),
        ),
    )

    assert _life_event_untold_by(built, question, "annuncio") is untold


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quale birrificio ha vinto la medaglia d'argento?", True),
        ("Quale birrificio ha vinto la medaglia d'oro?", False),
        ("Chi ha vinto la gara femminile?", True),
    ],
)
def test_one_of_a_set_asked_is_not_told_by_another(question: str, refused: bool) -> None:
    """«Chi ha vinto l'argento?» of the gold medal's winner, «la gara femminile» of the
    men's race: the fact tells of another of the set, whatever is asked of it."""
    answer = (
        "Il Birrificio Sibillini ha vinto la medaglia d'oro nella gara maschile degli "
        "European Craft Beer Awards."
    )
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("answer", "counts"),
    [
        (
            "La salute è al centro della battaglia dei residenti: un rapporto pubblicato nel "
            "2024 indica più tumori.",
            False,
        ),
        ("Teano conta circa 11.500 residenti, in calo rispetto al 2020.", True),
    ],
)
def test_a_year_is_no_count_of_people(answer: str, counts: bool) -> None:
    """«Quanti abitanti ha Teano?» is not told by «i residenti… un rapporto pubblicato nel
    2024»: the number after «nel» is a year, not how many live there."""
    assert _counts_in(answer, "Quanti abitanti ha Teano?") is counts


@pytest.mark.parametrize(
    ("answer", "counts"),
    [
        (
            "Cicogne con il Gps, da Racconigi all'Africa: il prezzo del viaggio è alto. Dei 32 "
            "esemplari marcati, 11 sono morti.",
            True,
        ),
        (
            "Gps sulle ali, da Racconigi all'Africa: il prezzo del viaggio è alto. Dei 32 "
            "esemplari marcati, 11 sono morti.",
            False,
        ),
    ],
)
def test_a_fact_naming_what_is_asked_counts_it_by_a_general_word(answer: str, counts: bool) -> None:
    """«Quante cicogne sono morte?» of «Cicogne con il Gps: dei 32 esemplari…»: the fact
    names the storks and counts them as specimens; specimens of a fact that never names
    storks may be anything."""
    assert _counts_in(answer, "Quante cicogne sono morte?") is counts


@pytest.mark.parametrize(
    "answer",
    [
        "Le due cabine nuove: ciascuna può trasportare 65 passeggeri, contro i 45 di prima.",
        "Alla raccolta hanno partecipato 300 volontari arrivati da tutta la regione.",
        "Nel carcere di Canton Mombello sono rinchiusi 412 detenuti.",
    ],
)
def test_people_are_counted_by_who_they_are(answer: str) -> None:
    """«Quante persone…?» is told by «65 passeggeri», «300 volontari», «412 detenuti»: people
    counted by what they do there."""
    assert _counts_in(answer, "Quante persone ci sono?")


def test_a_name_of_several_words_with_a_slip_is_the_news_name() -> None:
    """«Opzione Dona», «la Nautilus Triste»: an Italian word, capitalised beside a name the
    news writes, one slip from the word the news writes beside that same name, is that
    name. «il sindaco di Lecco» stays Lecco, though the news writes «Lecce»: another town."""
    built = _one_article(
        (
            "donna",
            "La manovra proroga Opzione Donna per un anno; a Lecce il sindaco è contrario.",
            (),
        ),
    )

    def words_of(question: str) -> list[str]:
        return [t.word for t in built.analyse(question).terms]

    assert "donna" in words_of("Che fine fa Opzione Dona con la manovra?")
    assert "lecco" in words_of("Chi è il sindaco di Lecco?")


def test_a_role_qualified_before_whose_it_is_is_still_of_another() -> None:
    """«Chi è il presidente della Regione Marche?» is not told by «il presidente provinciale
    della Confartigianato»: «provinciale» qualifies the role, whose it is comes after."""
    built = _one_article(
        (
            "ristori",
            "«Chiediamo un fondo per i ristori», ha detto il presidente provinciale della "
            "Confartigianato trevigiana, Mario Rossi.",
            (),
        ),
    )
    query = built.analyse("Chi è il presidente della Regione Marche?")

    assert built._role_of_another(query, 0)


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("In quale università si è laureata Sara Colombo?", True),
        ("Cosa ha detto Laura Colombo dei treni?", False),
    ],
)
def test_a_namesake_is_another_person(question: str, refused: bool) -> None:
    """«Sara Colombo» is not «Laura Colombo, portavoce dei pendolari»: the same surname
    after another first name is another person, whose fact cannot answer."""
    answer = (
        "«Ogni mattina è una lotteria», ha detto Laura Colombo, portavoce del comitato dei "
        "pendolari dei treni."
    )
    built = _one_article(("fatto", answer, ()))
    query = built.analyse(question)

    assert built._namesake(query, 0) is refused


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Chi ha progettato il parco?", False),
        ("Chi ha progettato il ponte sul fiume?", True),
    ],
)
def test_a_design_is_told_by_the_project_it_signs(question: str, refused: bool) -> None:
    """«Chi ha progettato il parco?» is told by «il progetto, firmato dallo studio Land
    Officina»: the noun says who designed it as well as the verb; a fact that names no
    design at all still does not."""
    answer = (
        "Il progetto del parco, firmato dallo studio milanese Land Officina, conserva le "
        "tracce del passato industriale."
    )
    other = "Il ponte sul fiume è stato inaugurato il 3 marzo davanti a mille persone."
    built = _one_article(("progetto", answer, ()), ("ponte", other, ()))
    fact = "progetto" if "parco" in question else "ponte"

    assert _life_event_untold_by(built, question, fact) is refused


@pytest.mark.parametrize(
    ("feminine", "masculine"),
    [
        ("sindaca", "sindaco"),
        ("assessora", "assessore"),
        ("consigliera", "consigliere"),
        ("presidentessa", "presidente"),
        ("ministre", "ministro"),
        ("autrice", "autore"),
    ],
)
def test_a_woman_s_role_is_the_role_asked(feminine: str, masculine: str) -> None:
    """«Chi è il sindaco di Brescia?» meets «la sindaca Francesca Moretti»: the same role,
    which the dictionary reads as another word («sindacare») or not at all («assessora»)."""
    assert "=" + masculine in word_keys(feminine)
    assert masculine_role(masculine) is None
    assert masculine_role("casa") is None and masculine_role("porta") is None


def test_the_mayor_asked_in_the_masculine_is_the_woman_the_news_names() -> None:
    """«Chi è il sindaco di Brescia…?» is answered by «ha detto la sindaca Francesca
    Moretti» in the article on Brescia's park."""
    built = _one_article(
        (
            "sindaca",
            "«È una giornata storica», ha detto la sindaca di Brescia Francesca Moretti al "
            "taglio del nastro del parco.",
            (),
        ),
        ("alberi", "Nel parco sono stati piantati 4.200 alberi, soprattutto querce.", ()),
    )
    answer = built.match("Chi è il sindaco di Brescia che ha inaugurato il parco?")

    assert answer.fact is not None and answer.fact.id == "sindaca"


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Chi è l'assessore ai Trasporti della Regione Toscana?", True),
        ("Chi è l'assessore ai Trasporti dell'Emilia-Romagna?", False),
    ],
)
def test_whose_role_is_read_past_its_portfolio(question: str, refused: bool) -> None:
    """«l'assessore ai Trasporti della Regione Toscana» is not «l'assessora regionale ai
    Trasporti dell'Emilia-Romagna»: whose the role is comes after what it is over."""
    answer = (
        "«Il cantiere si concentra nei mesi estivi», ha detto l'assessora regionale ai "
        "Trasporti dell'Emilia-Romagna, Chiara Bellini."
    )

    assert _role_of_another_by(answer, question) is refused


@pytest.mark.parametrize(
    "figure", ["circa 650", "poco più di 650", "oltre 650", "quasi 650", "650"]
)
def test_a_rough_figure_after_sono_stati_counts_a_far_subject(figure: str) -> None:
    """«i volontari impegnati nei pattugliamenti all'alba sono stati circa 650»: a figure
    given as roughly so many still follows «sono stati», and counts the volunteers nine
    words before it."""
    answer = (
        "Secondo gli esperti, il boom dipende da due fattori, spiega Chiara Lombardo, "
        "biologa marina. Quest'anno i volontari impegnati nei pattugliamenti all'alba sono "
        f"stati {figure}, il doppio rispetto a tre anni fa."
    )

    assert not _refused_by(answer, "Quanti volontari hanno partecipato ai pattugliamenti?")


def test_a_sum_is_told_in_euros_cents_millions_or_as_free() -> None:
    """What tells a price (`_names_a_sum`): the summary that names the arena and its seats
    does not; millions without their currency, cents, or «gratuito» do."""
    summary = (
        "A 25 giorni dalla cerimonia di apertura delle Olimpiadi invernali di Milano-Cortina, "
        "in programma il 6 febbraio, il Rho Ice Dome non è ancora finito. Il nuovo palazzetto "
        "da 7.500 posti, costruito accanto al polo fieristico di Rho per ospitare il torneo "
        "olimpico di hockey femminile, doveva essere consegnato il 30 settembre 2025."
    )
    sums = (
        "L'ultimo aggiornamento del quadro economico arriva a 89,5 milioni.",
        "I costi di produzione arrivano a 49 centesimi al litro.",
        "L'ingresso al museo sarà gratuito per i residenti.",
        "Il biglietto costa 12 euro.",
    )
    built = _one_article(
        ("riassunto", summary, ()), *((f"somma{i}", s, ()) for i, s in enumerate(sums))
    )

    assert not built._names_a_sum(0)
    assert all(built._names_a_sum(i) for i in range(1, len(sums) + 1))


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quando è stato lanciato il satellite Tirreno-1?", True),
        ("In che anno è stato lanciato il satellite Tirreno-1?", True),
        ("Entro quando Orbitalis vuole lanciare altri satelliti?", False),
    ],
)
def test_a_deadline_does_not_say_when_something_happened(question: str, refused: bool) -> None:
    """«Quando è stato lanciato Tirreno-1?» of «Orbitalis punta a lanciare altri sei
    satelliti entro il 2029»: a deadline is not the day of the launch, though it asks
    «entro quando» well enough."""
    answer = (
        "Tirreno-1 è in orbita: se i risultati saranno positivi, Orbitalis punta a lanciare "
        "una costellazione di altri sei satelliti entro il 2029."
    )

    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        ("Entro 120 giorni il club dovrà presentare il progetto definitivo in Comune.", False),
        ("Tra due anni il club dovrà presentare il progetto definitivo in Comune.", False),
        ("Il club dovrà presentare il progetto definitivo in Comune entro 48 ore.", False),
        ("In 120 giorni di lavoro il club ha presentato il progetto definitivo.", True),
    ],
)
def test_a_span_from_the_news_says_when(answer: str, refused: bool) -> None:
    """«Entro quando deve presentare il progetto?» of «entro 120 giorni» or «entro 48 ore»:
    days or hours counted from the day of the news say when, as a date does; «in 120
    giorni» says how long."""
    question = "Entro quando il club deve presentare il progetto definitivo?"
    assert _refused_by(answer, question) is refused


def test_seats_count_spectators() -> None:
    """«Quanti spettatori può ospitare lo stadio?» of «32.500 posti»: a venue's seats count
    its spectators; «posti di lavoro» is the same word, so only a figure before it counts."""
    assert _counts_in(
        "Il nuovo stadio avrà 32.500 posti, contro i 39 mila dell'attuale.",
        "Quanti spettatori può ospitare il nuovo stadio?",
    )
    assert not _counts_in(
        "Il nuovo stadio avrà una copertura e un museo del club.",
        "Quanti spettatori può ospitare il nuovo stadio?",
    )


@pytest.mark.parametrize(
    ("answer", "question", "told"),
    [
        (
            "Le esportazioni di olio pugliese hanno raggiunto il valore record di 1,2 miliardi"
            " di euro, con una crescita del 18,4%.",
            "Quanto vale l'export di olio pugliese?",
            True,
        ),
        (
            "Le esportazioni di olio pugliese crescono: il prezzo medio è di 8,45 euro al litro"
            " per i produttori del Salento.",
            "Quanto vale l'export di olio pugliese?",
            False,
        ),
    ],
)
def test_a_worth_is_told_by_its_noun(answer: str, question: str, told: bool) -> None:
    """«Quanto vale l'export?» of «il valore record di 1,2 miliardi», however far the export
    is named."""
    assert _counts_in(answer, question) is told


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        ("Annata da dimenticare: le cooperative stimano un raccolto di 4.300 quintali.", True),
        ("Annata da dimenticare: le cooperative stimano 12 bancarelle alla sagra.", False),
    ],
)
def test_goods_are_counted_by_their_weight(answer: str, told: bool) -> None:
    """«Quante castagne sono state raccolte?» of «un raccolto di 4.300 quintali», in a fact
    that names the chestnuts only in its alternate questions: a weight counts goods."""
    built = _one_article(("fatto", answer, ("Quante castagne raccolte a Marradi?",)))
    query = built.analyse("Quante castagne sono state raccolte quest'anno a Marradi?")
    assert built._counts(query, 0, built._count_plan(query)) is told


@pytest.mark.parametrize(
    ("question", "untold"),
    [
        ("Chi guida il comitato dei residenti contro la discarica?", False),
        ("comitato residenti portavoce", False),
        ("Quante firme hanno raccolto i residenti contro la discarica?", False),
        ("Il comitato raccoglie firme tra tutti i residenti del paese?", False),
        ("Quanti sono i residenti del paese?", True),
        ("Quanti residenti ha il paese?", True),
        ("paese residenti numero", True),
        ("Qual è il numero dei residenti del paese?", True),
    ],
)
def test_residents_naming_a_committee_ask_no_population(question: str, untold: bool) -> None:
    """«il comitato dei residenti» (or, in keywords, «comitato residenti») asks about the
    committee, not how many live in the town; so do «Quante firme hanno raccolto i
    residenti?», which counts signatures, and a yes/no question on who is concerned. «i
    residenti», «il numero dei residenti» ask the population, which the fact leaves
    untold."""
    built = _one_article(
        (
            "comitato",
            "A Teano il comitato, guidato da Rosaria Marotta, ha raccolto 1.800 firme.",
            (),
        )
    )
    assert _life_event_untold_by(built, question, "comitato") is untold


@pytest.mark.parametrize(
    ("answer", "question", "told"),
    [
        (
            "Un paese di 1.180 abitanti sul tetto d'Italia. La Bocciofila Aurora di Sarezzano ha"
            " vinto il campionato battendo in finale per 6-4 la Bocciofila Rivierasca di Fano.",
            "Quanti abitanti ha Fano?",
            False,
        ),
        (
            "Un paese di 1.180 abitanti sul tetto d'Italia. La Bocciofila Aurora di Sarezzano ha"
            " vinto il campionato battendo in finale per 6-4 la Bocciofila Rivierasca di Fano.",
            "Quanti abitanti ha Sarezzano?",
            True,
        ),
        (
            "La frana è caduta nel territorio di Grosio, in Valtellina, bloccando la statale"
            " all'altezza del chilometro 47. Nessun veicolo è stato coinvolto, ma la frazione"
            " di Ravoledo, 340 abitanti, è rimasta isolata.",
            "Quanti abitanti ha il comune di Grosio?",
            False,
        ),
        (
            "Il sindaco di Cremona, Paolo Ferrandi, si è dimesso ieri: è l'epilogo delle tensioni"
            " nella maggioranza che guida la città di circa 71.000 abitanti dal 2024.",
            "Quanti abitanti ha Cremona?",
            True,
        ),
    ],
)
def test_inhabitants_are_counted_of_the_place_asked(answer: str, question: str, told: bool) -> None:
    """«Quanti abitanti ha Fano?» is not told by the 1,180 inhabitants of Sarezzano, in a
    fact naming Fano far from them, nor Grosio's by its hamlet's; «la città di circa 71.000
    abitanti» counts Cremona, named before it."""
    assert _counts_in(answer, question) is told


def test_a_title_is_told_by_the_verb_of_what_its_holder_does() -> None:
    """«Chi è la curatrice della mostra?» of «la mostra è curata da Elena Bertolotti»: the
    curator is the one who curates, a surer sign than the thesaurus's «curatore» = «editore»
    of the publisher named in another fact."""
    built = _one_article(
        (
            "curata",
            "La mostra è curata da Elena Bertolotti, docente all'Università di Padova.",
            ("Chi ha lavorato al progetto?",),
        ),
        (
            "costo",
            "L'esposizione, promossa dal Comune di Milano e prodotta insieme alla casa editrice"
            " Castello Arte, è costata 2,8 milioni di euro.",
            ("Quanto è costata?",),
        ),
    )

    query = built.analyse("Chi è la curatrice della mostra?")
    best = built.score(query)[0]
    assert built.facts[best.index].id == "curata"
    assert built._found(query.terms[0], best.index)  # the title asked is said


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        (
            "Tra giugno e agosto Cesenatico ha registrato 612.000 arrivi, il 7,4% in più. I dati,"
            " diffusi ieri dall'Osservatorio turistico della Regione Emilia-Romagna, superano il"
            " precedente primato del 2019, l'ultima stagione prima della pandemia.",
            True,
        ),
        (
            "Quest'anno Cesenatico ha superato il primato del 2019, quando aveva registrato"
            " 580.000 arrivi, l'ultima stagione prima della pandemia.",
            False,
        ),
    ],
)
def test_a_figure_of_a_year_long_past_is_given_beside_it(answer: str, refused: bool) -> None:
    """«Quanti arrivi aveva registrato Cesenatico nel 2019?» of a fact that names 2019 only
    as the record beaten, its figures being this year's: the news gives an old year's
    figure beside it when it has one."""
    question = "Quanti arrivi aveva registrato Cesenatico nel 2019?"
    assert _refused_by(answer, question) is refused


def test_a_place_that_looks_like_a_demonym_finds_no_common_word() -> None:
    """«Milano» ends like «pisano», but «mila» is the news's thousands, written in lower
    case: «Quante persone al corteo di Milano?» does not find «20 mila persone» in Rome. The
    demonym of a place the news names may be in lower case: «Prato» finds «pratese»."""
    built = _one_article(
        ("roma", "A Roma il corteo ha portato in piazza 20 mila persone.", ()),
        ("milano", "A Milano e a Prato i presidi sono stati più piccoli.", ()),
        ("prato", "La Filctem pratese ha annunciato un presidio per il 25 settembre.", ()),
    )
    milano = built.analyse("Quante persone hanno partecipato al corteo di Milano?").terms[-1]
    prato = built.analyse("Quando si terrà il presidio a Prato?").terms[-1]

    assert milano.word == "milano" and "=mila" not in milano.keys
    assert prato.word == "prato" and "=pratese" in prato.keys


def test_a_place_named_in_the_question_has_no_dictionary_synonyms() -> None:
    """«Foggia» is also a common noun (a style), «Padova» is «PD» in MultiWordNet: a place
    capitalised in the question is the place, not its dictionary senses; the same word in
    lower case keeps them."""
    built = _one_article(
        ("stile", "Lo stile della nuova formazione piace ai tifosi.", ()),
        ("pd", "Il Pd ha votato contro la delibera.", ()),
    )
    foggia = built.analyse("Cosa è successo a Foggia?").terms[-1]
    padova = built.analyse("Cosa è successo a Padova?").terms[-1]
    style = built.analyse("Che foggia ha il vestito?").terms[0]

    assert foggia.word == "foggia" and "=stile" not in foggia.keys
    assert padova.word == "padova" and "=pd" not in padova.keys
    assert style.word == "foggia" and "=stile" in style.keys


def test_each_question_reads_its_own_count_plan_and_kind_terms() -> None:
    """The count plan and kind terms are kept for the question being answered only: the
    next question reads its own, and a question asked again after another reads its own
    again."""
    built = _one_article(("fatto", "La mostra costa 15 euro e ha 30 opere.", ()))
    tickets = built.analyse("Quanti biglietti sono stati venduti?")
    cost = built.analyse("Quanti soldi costa il biglietto?")

    first = built._count_plan(tickets)
    assert first is not None and first.head.word == "biglietti"
    other = built._count_plan(cost)
    assert other is not None and other.head.word != "biglietti"
    assert built._count_plan(tickets) == first
    assert [k.term.word for k in built._kind_terms(cost)] == ["soldi", "costa"]
    assert built._kind_terms(tickets) != built._kind_terms(cost)


@pytest.mark.parametrize(
    ("answer", "question", "refused"),
    [
        (
            "Confcommercio Catania stima perdite per 2,5 milioni tra alberghi e ristoranti.",
            "Confcommercio Catania presidente",
            True,
        ),
        (
            "Il presidente di Confcommercio Catania, Pietro Scuderi, chiede aiuti al governo.",
            "Confcommercio Catania presidente",
            False,
        ),
        (
            "Confcommercio Catania stima perdite per 2,5 milioni tra alberghi e ristoranti.",
            "Confcommercio Catania perdite",
            False,
        ),
    ],
)
def test_keywords_naming_a_role_are_not_told_by_a_fact_without_it(
    answer: str, question: str, refused: bool
) -> None:
    """«Confcommercio Catania presidente» asks who presides, as «Chi è il presidente…?»
    does: a fact on the association that names no president cannot answer."""
    assert _refused_by(answer, question) is refused


def test_only_deadlines_are_told_apart_from_dates() -> None:
    """A fact's dates are all deadlines or spans, or one says when something happened."""
    assert dates_only_deadlines(words("punta a lanciare altri satelliti entro il 2029"))
    assert dates_only_deadlines(words("l'esenzione dalla Tari per tutto il 2026"))
    assert not dates_only_deadlines(words("è partito ieri, 13 maggio, entro il 2029 altri"))
    assert not dates_only_deadlines(words("nessuna data in questa frase"))


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Il sarcofago ritrovato è di marmo?", True),
        ("Il sarcofago ritrovato è esposto anche a Viterbo?", False),
    ],
)
def test_a_yes_no_claim_is_settled_by_a_fact_saying_otherwise(
    question: str, answered: bool
) -> None:
    """«Il sarcofago è di marmo?» of «un sarcofago in nenfro»: the fact settles the claim
    by saying otherwise, so «marmo» is not a word it lacks. A claim besides what it tells
    («anche a Viterbo») it does not settle."""
    built = _one_article(
        (
            "reperti",
            "Dalle tombe finora indagate sono emersi oltre 300 reperti: vasi in bucchero, "
            "fibule in bronzo, uno specchio inciso e un sarcofago in nenfro con una figura "
            "maschile semisdraiata sul coperchio.",
            (),
        ),
        ("scavi", "Gli scavi della necropoli riprenderanno a settembre con 12 archeologi.", ()),
    )
    answer = built.match(question)

    assert (answer.kind is Kind.FACT and answer.fact is not None) is answered, answer


@pytest.mark.parametrize(
    ("question", "another"),
    [
        ("Chi è il presidente della Nautilus Trieste?", False),
        ("Chi è il presidente della Pro Recco?", True),
    ],
)
def test_a_role_of_the_club_is_the_named_club_s(question: str, another: bool) -> None:
    """«Il presidente del club, Roberto Degrassi» in the article on the Nautilus Trieste is
    the Nautilus's president: the news names the body once, then calls it «il club». Not
    the president of a club the article never names."""
    built = _one_article(
        ("vittoria", "La Nautilus Trieste ha vinto l'Euro Cup di pallanuoto a Spalato.", ()),
        (
            "presidente",
            "Il presidente del club, Roberto Degrassi, ha annunciato che una parte della "
            "somma andrà al settore giovanile.",
            (),
        ),
    )
    index = next(i for i, f in enumerate(built.facts) if f.id == "presidente")

    assert built._role_of_another(built.analyse(question), index) is another


def test_a_body_named_once_in_full_is_then_called_by_what_it_is() -> None:
    """«il Consorzio cooperative pescatori del Polesine» once, then «il consorzio, che
    riunisce circa 1.500 soci»: that fact is about the body asked, though it never writes
    «Polesine» again."""
    built = _one_article(
        (
            "dati",
            "Secondo i dati diffusi ieri dal Consorzio cooperative pescatori del Polesine, "
            "il raccolto di vongole è crollato del 90%.",
            (),
        ),
        (
            "soci",
            "Il consorzio, che riunisce circa 1.500 soci tra Porto Tolle e Goro, stima danni "
            "per 42 milioni di euro.",
            (),
        ),
    )
    query = built.analyse("Quanti soci ha il Consorzio cooperative pescatori del Polesine?")
    index = next(i for i, f in enumerate(built.facts) if f.id == "soci")

    assert not built._names_someone_else(query, index)


@pytest.mark.parametrize(
    ("question", "another"),
    [("Chi è il sindaco di Padova?", True), ("Chi è il sindaco di Novara?", False)],
)
def test_a_role_named_only_in_the_keywords_is_the_role_of_whose_the_fact_names(
    question: str, another: bool
) -> None:
    """«la nuova sindaca» only in the keywords (the title's word), and a summary about
    Novara: it does not tell who the mayor of Padova is."""
    article = _dated_article("novara", "Novara, Chiara Ferrandi è la nuova sindaca", "annaneri")
    summary = Fact(
        "riassunto",
        "Dopo dieci anni di governo del centrodestra, Novara cambia colore: Chiara Ferrandi "
        "ha ottenuto il 53,4% dei voti al ballottaggio.",
        (),
        ("sindaca", "Novara", "ballottaggio"),
        article,
    )
    built = Matcher(Knowledge((article,), (summary,)))

    assert built._role_of_another(built.analyse(question), 0) is another


def test_a_body_that_says_whose_it_is_is_not_the_one_asked() -> None:
    """«il presidente provinciale dell'associazione Confartigianato Marca Trevigiana» is not
    the president of the Regione Marche: the body is named right there, and it is another."""
    built = _one_article(
        (
            "ristori",
            "«Chiediamo un fondo per i ristori», ha detto il presidente provinciale "
            "dell'associazione Confartigianato Marca Trevigiana, Andrea Dal Col.",
            (),
        ),
        ("regione", "La Regione Marche ha stanziato 2 milioni per il ponte.", ()),
    )
    index = next(i for i, f in enumerate(built.facts) if f.id == "ristori")
    query = built.analyse("Chi è il presidente della Regione Marche?")

    assert built._role_of_another(query, index)


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quanti anni vive una tartaruga marina?", True),
        ("Quanti volontari hanno fatto i pattugliamenti quest'anno?", False),
    ],
)
def test_years_ago_and_this_year_count_no_years(question: str, refused: bool) -> None:
    """«Quest'anno i volontari… sono stati circa 650, il doppio rispetto a tre anni fa»: «tre
    anni fa» and «quest'anno» say when, so the fact does not tell how many years a turtle
    lives; it still counts the volunteers."""
    answer = (
        "Quest'anno i volontari impegnati nei pattugliamenti all'alba sono stati circa 650, "
        "il doppio rispetto a tre anni fa, spiega Chiara Lombardo, biologa marina."
    )

    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quanto costa un chilo di pasta al supermercato?", True),
        ("Quanto costa un chilo di arance al supermercato?", False),
    ],
)
def test_a_kilo_of_something_prices_that_thing(question: str, refused: bool) -> None:
    """«un chilo di pasta» prices the pasta, by the kilo: «arance vendute a 2,20 euro al
    chilo» does not tell it, though it prices a kilo."""
    answer = (
        "Nei supermercati del Nord le stesse arance rosse sono vendute tra 2,20 e 2,60 euro "
        "al chilo, fino a quindici volte il prezzo riconosciuto in campagna."
    )

    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("answer", "question", "refused"),
    [
        (
            "Puglia, sanatoria per gli infermieri precari dopo il picco di influenza: «Potremo "
            "riaprire i 46 posti letto di chirurgia», ha spiegato il direttore generale del "
            "Policlinico di Bari. L'agenzia conta di ridurre i tempi di attesa del 30% entro "
            "la fine del 2027.",
            "Quante persone hanno l'influenza in Puglia?",
            True,
        ),
        (
            "Al ballottaggio di domenica ha votato il 41,2% degli aventi diritto.",
            "Quanta gente ha votato al ballottaggio?",
            False,
        ),
    ],
)
def test_a_percentage_counts_people_only_near_them(
    answer: str, question: str, refused: bool
) -> None:
    """«Quante persone hanno l'influenza?» is not told by «ridurre i tempi di attesa del
    30%»; «Quanta gente ha votato?» is by «ha votato il 41,2%»."""
    assert _refused_by(answer, question) is refused


def test_a_claim_about_what_the_fact_never_writes_is_not_settled_by_it() -> None:
    """«Meta ha lanciato un nuovo visore?» of «OpenAI vuole raccogliere 10 miliardi per
    accelerare lo sviluppo»: «meta» reaches the fact only as «obiettivo», so the fact says
    nothing about Meta, and «visore» stays a word it lacks."""
    built = _one_article(
        (
            "obiettivo",
            "OpenAI vuole raccogliere i 10 miliardi di dollari per accelerare lo sviluppo dei "
            "suoi modelli più avanzati: è questo l'obiettivo della raccolta.",
            (),
        ),
    )
    query = built.analyse("Meta ha lanciato un nuovo visore?")
    sarcophagus = _one_article(
        ("reperti", "Dalle tombe è emerso un sarcofago in nenfro con una figura maschile.", ())
    )

    assert built._claimed_last(query, 0) == frozenset()
    assert sarcophagus._claimed_last(
        sarcophagus.analyse("Il sarcofago ritrovato è di marmo?"), 0
    ) == frozenset({"marmo"})


def test_a_name_only_in_a_list_after_tra_cui_has_no_figure_of_its_own() -> None:
    """«84 pazienti… in sette ospedali italiani, tra cui le Molinette di Torino e il
    Policlinico di Bari» counts the patients of all seven, not Bari's; «in 24 Paesi, tra
    cui l'Italia con 11 centri» gives Italy's own figure."""
    study = (
        "Lo studio ha coinvolto 84 pazienti, arruolati tra marzo 2023 e settembre 2024 in "
        "sette ospedali italiani, tra cui le Molinette di Torino e il Policlinico di Bari."
    )
    trial = "La sperimentazione conta 150 pazienti in 24 Paesi, tra cui l'Italia con 11 centri."
    built = _one_article(("studio", study, ()), ("trial", trial, ()))

    assert _refused_by(study, "Quanti pazienti sono stati arruolati al Policlinico di Bari?")
    assert not _refused_by(study, "Quanti pazienti sono stati arruolati nello studio?")
    assert not built._only_among_many(built.analyse("Quanti centri ci sono in Italia?"), 1)


def test_a_listed_name_described_with_a_figure_has_its_own() -> None:
    """«27 cani, tra cui Ughetto, un meticcio di 13 anni»: Ughetto is listed after «tra
    cui», but described with his own age, which tells «Quanti anni ha Ughetto?» and
    «Ughetto età»."""
    dogs = (
        "Finora ne hanno beneficiato 27 cani, tra cui Ughetto, un meticcio di 13 anni ospite "
        "della struttura dal 2019."
    )
    built = _one_article(("cani", dogs, ()))

    assert not _refused_by(dogs, "Quanti anni ha Ughetto?")
    assert not built._only_among_many(built.analyse("Ughetto età"), 0)
    assert _refused_by(dogs, "Quanti anni ha Fido?")


def test_the_end_of_a_stretch_has_no_figure_of_its_own() -> None:
    """«412 pescherecci in porto… nella zona che va da Manfredonia a Brindisi» counts the
    boats of the whole stretch, not Brindisi's."""
    answer = (
        "Fermo pesca in Puglia, 412 pescherecci in porto fino al 20 ottobre: quest'anno il "
        "fermo riguarda la zona che va da Manfredonia a Brindisi."
    )

    assert _refused_by(answer, "Quanti pescherecci ci sono nel porto di Brindisi?")
    assert not _refused_by(answer, "Quanti pescherecci sono fermi in Puglia?")


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("A quanto ammonta il fatturato della cantina?", True),
        ("Quanto vale il fatturato della cantina?", True),
        ("Quanto del fatturato della cantina arriva dall'estero?", False),
        ("Quanta parte del fatturato arriva dall'estero?", False),
    ],
)
def test_a_share_of_a_sum_is_not_the_sum(question: str, refused: bool) -> None:
    """«Le vendite all'estero valgono il 40% del fatturato» says what share of the turnover
    comes from abroad, not how much the turnover is."""
    answer = "La cantina Rocca: le vendite all'estero valgono il 40% del fatturato."
    assert _refused_by(answer, question) is refused


def test_how_much_of_a_thing_is_told_by_a_share_of_it() -> None:
    """«Quanta acqua si perde?» of «si perde il 27% dell'acqua immessa»: the share says it."""
    answer = "Nella rete di Bologna si perde il 27% dell'acqua immessa nelle condotte."
    assert not _refused_by(answer, "Quanta acqua si perde nella rete di Bologna?")


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        ("Tra i casi citati, il caffè sceso da 250 a 225 grammi allo stesso prezzo.", True),
        ("Tra i casi citati, il caffè sceso da 5 a 4 euro dopo le proteste.", False),
    ],
)
def test_a_measure_prices_nothing(answer: str, refused: bool) -> None:
    """«Quanto costa il caffè dopo la riduzione?» of «sceso da 250 a 225 grammi» (the
    operators list «sceso» with «riduzione»): the verb asked comes before a figure, but a
    measure, which says no price."""
    import dataclasses

    built = _one_article(("fatto", answer, ()))
    built = Matcher(
        dataclasses.replace(built.knowledge, synonyms=(("calo", "riduzione", "sceso"),))
    )
    query = built.analyse("Quanto costa il caffè dopo la riduzione?")
    scored = built.score(query)
    assert built._does_not_tell(query, scored[0], built.features(query, scored)) is refused


@pytest.mark.parametrize(
    ("answer", "question", "refused"),
    [
        (
            "Da luglio una compagnia low cost aprirà a Pescara una base con tre aerei.",
            "Quale compagnia low cost aprirà la base a Pescara?",
            True,
        ),
        (
            "Gli ispettori hanno multato 14 aziende agricole per lavoro nero.",
            "Quali aziende sono state multate dagli ispettori?",
            True,
        ),
        (
            "Coldiretti chiede un contratto triennale con un prezzo minimo garantito.",
            "Quale contratto chiede Coldiretti?",
            False,
        ),
        (
            "I sindacati chiedono un aumento delle retribuzioni del 12% entro il 2027.",
            "Quale aumento delle retribuzioni chiedono i sindacati?",
            False,
        ),
        (
            "Due approdi minori, a Lazise e a Torri del Benaco, sono stati chiusi.",
            "Quali approdi sono stati chiusi?",
            False,
        ),
    ],
)
def test_which_is_not_told_by_one_or_by_a_count(answer: str, question: str, refused: bool) -> None:
    """«Quale compagnia…?» of «una compagnia low cost aprirà…» or «Quali aziende…?» of
    «multato 14 aziende»: that there is one, or how many, not which. A figure, a name or a
    word the question lacks after it («un contratto triennale») says which."""
    built = _one_article(("fatto", answer, ()))
    assert built._which_untold(built.analyse(question), 0) is refused


@pytest.mark.parametrize(
    ("answer", "untold"),
    [
        (
            "Domenica Adelboden ospiterà lo slalom, al quale il campione valtellinese non ci sarà.",
            True,
        ),
        ("La prima tappa del Giro delle Marche partirà domenica da Pesaro.", True),
        ("Volley, Perugia è campione d'Italia per la quinta volta.", False),
        ("Lo slalom di Adelboden ha visto la vittoria dello svizzero Meillard.", False),
    ],
)
def test_who_won_is_told_by_a_win_not_by_a_champion_named(answer: str, untold: bool) -> None:
    """«Chi ha vinto lo slalom?» is told by a win («la vittoria di», «campione d'Italia»),
    not by «il campione valtellinese» or «la prima tappa», which say who one is or which
    stage."""
    built = _one_article(("fatto", answer, ()))
    assert built._life_event_untold(built.analyse("Chi ha vinto lo slalom?"), 0) is untold


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        ("Con i 100 punti della vittoria Rossi sale al terzo posto della classifica.", True),
        ("Con la vittoria Rossi ha guadagnato 90.000 euro di premi.", False),
    ],
)
def test_what_someone_earned_is_a_sum(answer: str, refused: bool) -> None:
    """«Quanto ha guadagnato Rossi?» asks money of the one named: his points do not tell
    it, a sum does."""
    assert _refused_by(answer, "Quanto ha guadagnato Rossi con la vittoria?") is refused


def test_a_fairly_common_word_is_read_as_a_double_letter_slip_of_the_news() -> None:
    """«camino» (a chimney) is Italian, but in news about a «cammino» that never writes it,
    the reader typed its double «m» once; «cane», as common as can be, stays «cane»."""
    built = _one_article(
        (
            "cammino",
            "Il cammino delle abbazie riapre a maggio, tra canne e ulivi.",
            ("Quando riapre il cammino?",),
        )
    )

    assert built.correct("camino") == "cammino"
    assert built.correct("cane") == "cane"


def test_people_are_counted_by_their_signatures() -> None:
    """«Quante persone hanno sottoscritto la petizione?» of «ha raccolto 3.400 firme»: each
    signature is someone who signed."""
    answer = "La petizione del comitato dei genitori ha raccolto 3.400 firme in due settimane."
    assert not _refused_by(answer, "Quante persone hanno sottoscritto la petizione?")


@pytest.mark.parametrize(
    ("question", "untold"),
    [
        ("Chi ha vinto il Tour de France?", True),
        ("Chi ha vinto la quinta tappa del Tour?", False),
    ],
)
def test_a_stage_won_is_not_the_race_won(question: str, untold: bool) -> None:
    """«Chi ha vinto il Tour?» of «Marco Rossi ha vinto la quinta tappa del Tour de France»:
    he won a stage, not the race (unless the stage is what is asked)."""
    built = _one_article(
        ("tappa", "Marco Rossi ha vinto la quinta tappa del Tour de France a Lione.", ())
    )
    assert built._life_event_untold(built.analyse(question), 0) is untold


@pytest.mark.parametrize(
    ("answer", "question", "untold"),
    [
        (
            "La piattaforma gestita da Agenas controllerà i tempi d'attesa.",
            "Cosa pensa l'Agenas del decreto?",
            True,
        ),
        (
            "«Il decreto è un passo avanti», ha detto il presidente di Agenas.",
            "Cosa pensa l'Agenas del decreto?",
            False,
        ),
        ("Il sindaco ha invitato i cittadini alla prudenza.", "ke ha detto il sindaco?", False),
        (
            "Contraria la Cisl, che considera la contrattazione lo strumento più efficace.",
            "ke dice la cisl sul salario minimo?",
            False,
        ),
        (
            "La piattaforma gestita da Agenas controllerà i tempi d'attesa.",
            "In sintesi cosa dice?",
            False,
        ),
    ],
)
def test_what_someone_said_is_told_by_a_quote_or_a_verb_of_saying(
    answer: str, question: str, untold: bool
) -> None:
    """«Cosa pensa l'Agenas?» of a fact that tells what the Agenas does, quoting no one: it
    cannot say what the Agenas thinks. A quote, «ha invitato» or a stance («Contraria la
    Cisl, che considera…») says it; «In sintesi cosa dice?» asks what the article says."""
    built = _one_article(("fatto", answer, ()))
    assert built._says_nothing_asked(built.analyse(question), 0) is untold


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        ("Sono finiti in carcere quattro uomini tra i 29 e i 51 anni, accusati di rapina.", True),
        ("I quattro uomini accusati di rapina rischiano fino a 10 anni di reclusione.", False),
        ("Per gli accusati di rapina il pubblico ministero ha chiesto sei anni.", False),
        ("Per la rapina gli accusati, tutti sui sei anni, hanno lasciato la scuola.", True),
    ],
)
def test_ages_are_no_sentence(answer: str, refused: bool) -> None:
    """«Quanti anni di carcere rischiano?» asks a sentence: «tra i 29 e i 51 anni» gives the
    ages of the accused, «10 anni di reclusione» the sentence, and so does «il pm ha chiesto
    sei anni», the verb before the figure."""
    assert (
        _refused_by(answer, "Quanti anni di carcere rischiano gli accusati di rapina?") is refused
    )


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        (
            "Gli sfollati sono stati sistemati in alcuni alberghi della zona a spese del Comune.",
            True,
        ),
        ("Per gli alberghi degli sfollati il Comune spende 40.000 euro al mese.", False),
    ],
)
def test_how_much_someone_spends_is_told_by_a_sum(answer: str, refused: bool) -> None:
    """«Quanto spende il Comune per gli sfollati?» of «a spese del Comune»: who pays, not
    how much; «spende 40.000 euro al mese» tells it."""
    assert (
        _refused_by(answer, "Quanto spende il Comune per gli sfollati negli alberghi?") is refused
    )


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quanti anni avevano i due ragazzi morti sulla A4?", False),
        ("Quanti anni aveva l'autista del camion?", True),
    ],
)
def test_an_age_is_told_of_anyone_the_news_does_not_name(question: str, refused: bool) -> None:
    """«sono morti due giovani di 23 e 25 anni» tells the age of «i due ragazzi morti»: the
    news calls them otherwise, and gives two ages in one figure; not the driver's."""
    answer = (
        "L'episodio più grave è avvenuto sulla A4, dove un'auto ha tamponato un camion fermo "
        "in coda: sono morti due giovani di 23 e 25 anni."
    )
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quanto costa in più produrre un motore a Jesi rispetto alla Slovacchia?", False),
        ("Quanto costa produrre un motore a Jesi?", True),
    ],
)
def test_a_difference_of_price_is_told_by_a_share(question: str, refused: bool) -> None:
    """«Quanto costa in più…?» asks a difference, which «costa il 30% in più» gives; «Quanto
    costa?» asks a sum, which a share is not."""
    answer = "A Jesi produrre un motore costa il 30% in più che in Slovacchia."
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        ("Le domande di iscrizione per l'anno 2026-2027 si presentano dal 2 al 30 aprile.", True),
        ("Per l'anno educativo 2025/26 le domande di iscrizione sono state 3.140.", False),
        ("Le domande di iscrizione sono state 3.140, chiuse il 30 giugno 2026.", False),
    ],
)
def test_a_season_is_not_told_by_another_season(answer: str, refused: bool) -> None:
    """«per l'anno 2025-2026» is not told by «per l'anno 2026-2027», though both name 2026;
    it is by «2025/26», and by a date in one of its years when the fact names no season."""
    question = "Quante domande di iscrizione sono state presentate per l'anno 2025-2026?"
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        (
            "È sopravvissuto un escursionista torinese di 42 anni; lo ha trovato il cane di "
            "Roberto Jorrioz.",
            True,
        ),
        ("È sopravvissuto l'escursionista Marco Rossi, torinese di 42 anni.", False),
    ],
)
def test_a_name_asked_of_a_synonym_is_looked_for_beside_it(answer: str, refused: bool) -> None:
    """«Come si chiama lo scialpinista?» of «un escursionista torinese di 42 anni»: the news
    says him by a synonym, and no name stands beside it (Jorrioz is the dog's handler); a
    fact that names him beside the word tells it."""
    built = Matcher(
        dataclasses.replace(
            _one_article(("fatto", answer, ())).knowledge,
            synonyms=(("scialpinista", "escursionista"),),
        )
    )
    query = built.analyse("Come si chiama lo scialpinista salvato?")
    given = built._names_given(query, 0)
    assert built._unnamed_where_said(query, 0, given) is refused


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        (
            "È sopravvissuto un escursionista torinese di 42 anni, salvato e ricoverato "
            "all'ospedale Parini di Aosta.",
            True,
        ),
        ("È sopravvissuto Marco Rossi, un escursionista torinese di 42 anni, salvato.", False),
    ],
)
def test_the_name_of_a_person_is_told_only_by_a_persons_name(answer: str, refused: bool) -> None:
    """«Come si chiama lo scialpinista salvato?» asks a person's name: a fact that names a
    hospital and a town but no one cannot tell it, though it holds the skier in its
    alternate questions; one that names him does."""
    built = _one_article(("fatto", answer, ("scialpinisti travolti dalla valanga",)))
    query = built.analyse("Come si chiama lo scialpinista torinese salvato?")
    scored = built.score(query)
    assert built._does_not_tell(query, scored[0], built.features(query, scored)) is refused


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Come si chiama lo scialpinista salvato?", True),
        ("Come si chiama il nuovo allenatore?", True),
        ("Come si chiama la pista dello slalom?", False),
        ("Come si chiama il nuovo parco?", False),
    ],
)
def test_how_someone_is_called_asks_a_person_only_of_a_person(question: str, person: bool) -> None:
    """«Come si chiama lo scialpinista?» asks a person's name, «Come si chiama la pista?»
    the name of a thing, though it ends like «ciclista»."""
    built = _one_article(("fatto", "La pista Planai si trova a Schladming.", ()))
    assert built._asks_a_person_s_name(built.analyse(question)) is person


def test_a_reason_the_next_sentence_gives_follows_the_answer_to_why() -> None:
    """«Perché apre un ambulatorio per i codici minori?» of an article that tells the opening
    in one sentence and why in the next: the answer gives both. Not when the answer gives a
    reason itself, nor for a question that asks no reason."""
    built = _one_article(
        (
            "ambulatorio",
            "Pronto soccorso: accanto al reparto aprirà un ambulatorio per i codici minori, "
            "attivo tutti i giorni dalle 8 alle 20.",
            (),
        ),
        (
            "motivo",
            "Pronto soccorso: l'obiettivo è separare le urgenze vere dai casi di bassa gravità.",
            (),
        ),
        (
            "costo",
            "Pronto soccorso: i lavori sono costati 2 milioni perché l'edificio era vecchio.",
            (),
        ),
        ("sindaco", "Pronto soccorso: il sindaco ha parlato di una svolta per la città.", ()),
        title="Pronto soccorso: apre il nuovo ambulatorio",
    )

    why = built.match("Perché apre un ambulatorio per i codici minori?")
    assert why.kind == Kind.FACT and why.fact is not None and why.fact.id == "ambulatorio"
    assert why.text.endswith("L'obiettivo è separare le urgenze vere dai casi di bassa gravità.")
    when = built.match("Quando è aperto l'ambulatorio per i codici minori?")
    assert when.kind == Kind.FACT and "urgenze" not in when.text
    cost = built.match("Perché i lavori sono costati 2 milioni?")
    assert cost.kind == Kind.FACT and cost.text == built.facts[2].answer


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        (
            "È la terza cantina delle Langhe acquistata da capitali stranieri negli ultimi "
            "tre anni.",
            True,
        ),
        (
            "Negli ultimi tre anni capitali stranieri hanno comprato nelle Langhe anche le "
            "cantine Borgogno e Vietti.",
            False,
        ),
    ],
)
def test_other_ones_asked_are_told_only_by_a_fact_naming_others(answer: str, refused: bool) -> None:
    """«Quali altre cantine sono state comprate da stranieri?» asks for others than the
    article's: a fact that counts the news's own («è la terza») names none of them."""
    question = "Quali altre cantine delle Langhe sono state comprate da stranieri?"
    assert _refused_by(answer, question) is refused


def test_a_summary_does_not_count_what_it_names_in_a_sentence_with_no_figure() -> None:
    """«Quanti lavoratori ha lo stabilimento di Nitra?» of a summary that counts Jesi's 410
    workers in one sentence and names Nitra, where the work goes, in another: its figure is
    Jesi's. Asked of Jesi, the summary answers."""
    import datetime as dt

    from bot.models import Article, Fact

    article = Article("a", "Hollmer chiude a Jesi", "Autore", dt.date(2026, 10, 21), "Testata")
    summary = Fact(
        "riassunto",
        "La multinazionale Hollmer chiuderà lo stabilimento di Jesi, dove lavorano 410 "
        "persone. La produzione sarà trasferita nella fabbrica di Nitra, in Slovacchia.",
        (),
        ("riassunto", "sintesi"),
        article,
    )
    other = Fact("sindacati", "I sindacati hanno proclamato otto ore di sciopero.", (), (), article)
    built = Matcher(Knowledge(articles=(article,), facts=(summary, other)))

    assert built.match("Quanti lavoratori ha lo stabilimento Hollmer di Nitra?").kind == Kind.NONE
    jesi = built.match("Quanti lavoratori ha lo stabilimento Hollmer di Jesi?")
    assert jesi.kind == Kind.FACT and jesi.fact is summary


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quante reti ha segnato Elena Bortolotti in tutto il campionato?", True),
        ("Quante reti ha segnato Elena Bortolotti nella finale?", False),
        ("Quante reti ha segnato in tutto Elena Bortolotti?", False),
    ],
)
def test_the_whole_asked_is_told_only_by_a_fact_about_it(question: str, refused: bool) -> None:
    """«in tutto il campionato» asks of the whole season: the final's nine goals are no
    answer. «in tutto» alone asks no whole."""
    answer = "Elena Bortolotti, 24 anni, ha segnato 9 reti su 12 tiri nella finale di Coppa Italia."
    assert _refused_by(answer, question) is refused


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quanto costa al chilo il Parmigiano stagionato 36 mesi?", True),
        ("Quanto costa al chilo il Parmigiano stagionato 12 mesi?", False),
        ("Il Parmigiano stagionato 36 mesi costa più di 15 euro al chilo?", False),
    ],
)
def test_a_number_that_qualifies_what_is_asked_must_be_the_fact_s(
    question: str, refused: bool
) -> None:
    """«stagionato 36 mesi» of the price of the one aged 12 months: another cheese. A yes/no
    question's number is the claim the fact settles, and stays answered."""
    answer = (
        "Il 2025 si è chiuso con una quotazione media di 11,40 euro al chilo per il Parmigiano "
        "Reggiano stagionato 12 mesi."
    )
    assert _refused_by(answer, question) is refused


def test_a_yes_no_claim_is_settled_by_the_fact_saying_its_opposite() -> None:
    """«Il corso è obbligatorio?» of «la frequenza è facoltativa»: the news denies the claim
    in the opposite word, which only a claim to check reaches («quali corsi sono
    obbligatori?» asks which, and an opposite is no answer to it)."""
    built = _one_article(
        ("frequenza", "La frequenza del corso di dialetto a scuola è facoltativa.", ()),
        ("docenti", "Le lezioni del corso di dialetto sono tenute da dodici insegnanti.", ()),
        ("furto", "I ladri sono entrati nella chiesa nella notte tra sabato e domenica.", ()),
        ("quadro", "Dalla chiesa è sparito un quadro del Seicento.", ()),
        ("palestre", "Dal piano per le scuole sono escluse le palestre comunali.", ()),
        ("aule", "Il piano per le scuole rinnova quaranta aule.", ()),
    )

    assert _answering(built, "Il corso di dialetto a scuola è obbligatorio?") == "frequenza"
    # «comprese» reads as «compreso» and «comprendere», «escluse» as «escludere» only.
    assert _answering(built, "Le palestre comunali sono comprese nel piano?") == "palestre"
    included = built.analyse("Le palestre sono comprese nel piano?").terms
    assert any("=escludere" in t.keys for t in included if t.word == "comprese")
    assert _answering(built, "I ladri sono entrati in chiesa di giorno?") == "furto"
    kind = _one_article(
        ("curatrice", "La mostra è curata dalla storica dell'arte portoghese Ana Ferreira.", ()),
        ("opere", "La mostra espone quaranta opere del Cinquecento.", ()),
    )
    assert _answering(kind, "La curatrice della mostra è italiana?") == "curatrice"
    claim = built.analyse("Il corso di dialetto è obbligatorio?")
    which = built.analyse("Quali corsi di dialetto sono obbligatori?")
    assert any("=facoltativo" in t.keys for t in claim.terms)
    assert not any("=facoltativo" in t.keys for t in which.terms)


def test_a_verb_finds_the_noun_of_what_it_does() -> None:
    """«Quanti giorni ha piovuto?» of «pioggia per dodici giorni», «Chi ha vinto la tappa?» of
    «la vittoria di tappa», «Quanto è profondo?» of «una profondità di 346 metri»: no regular
    ending joins these verbs and adjectives to their nouns (`lexicon.actions`), and either
    way a question may ask it."""
    built = _one_article(
        ("pioggia", "Sulla città è caduta pioggia per dodici giorni di fila ad agosto.", ()),
        ("caldo", "A luglio la città ha avuto temperature sopra i 35 gradi.", ()),
        ("tappa", "La vittoria nella tappa di Asiago è andata allo sloveno Pogačar.", ()),
        ("salita", "La salita finale verso Asiago misura 21 chilometri.", ()),
        ("lago", "Il lago di Garda raggiunge una profondità di 346 metri.", ()),
        ("porto", "Il porto del lago di Garda ha fondali di 12 metri.", ()),
    )

    assert _answering(built, "Quanti giorni ha piovuto ad agosto in città?") == "pioggia"
    assert _answering(built, "Quanto è profondo il lago di Garda?") == "lago"
    assert _answering(built, "Chi ha vinto la tappa di Asiago?") == "tappa"
    won = built.analyse("Chi ha vinto la tappa?").terms
    assert any("=vittoria" in t.keys for t in won if t.word == "vinto")


def test_the_holder_of_a_role_is_found_after_a_best_fact_that_lacks_it() -> None:
    """«Chi è il presidente del Consorzio vignaioli di Langa e Roero?»: the fact naming the
    consortium and its hills most fully names no president and cannot answer; the next one,
    which calls someone the growers' president, is weighed in its place."""
    built = _one_article(
        (
            "grandine",
            "Grandine su Langa e Roero: il maltempo ha colpito i vigneti del Consorzio vignaioli"
            " di Langa e Roero, con danni per 40 milioni di euro.",
            ("Quanti danni ha fatto la grandine ai vigneti del Consorzio vignaioli?",),
        ),
        (
            "olivero",
            "Grandine su Langa e Roero: «Mai visto niente del genere», racconta Davide Olivero,"
            " presidente dei vignaioli del Consorzio.",
            ("Chi racconta di non aver mai visto niente del genere?",),
        ),
        (
            "assicurazioni",
            "Grandine su Langa e Roero: solo il 35% delle aziende colpite aveva una polizza.",
            (),
        ),
    )

    assert _answering(built, "Chi è il presidente del Consorzio vignaioli di Langa e Roero?") == (
        "olivero"
    )
    assert _answering(built, "Chi è il sindaco di Langa?") is None
