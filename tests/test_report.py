"""`newsbot unanswered`: grouping paraphrases, closest facts, pasteable TOML, the command."""

# SIM300 ("Yoda conditions") is off: house style puts the expected value first in asserts.

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot import cli
from bot.knowledge import PLACEHOLDER_ANSWER, KnowledgeError, load_knowledge
from bot.matching import Matcher
from bot.models import Answer, Article, Fact, Kind, Knowledge
from bot.qlog import LoggedQuestion, QuestionLog
from bot.report import (
    Closest,
    Group,
    ReportError,
    build_report,
    clean,
    format_text,
    format_toml,
    group_questions,
    parse_since,
    snippet,
    toml_string,
)

NOW = dt.datetime(2026, 3, 8, 12, 0, tzinfo=dt.UTC)
KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"

ARTICLE = Article(
    "carburanti-2026-03",
    "Carburanti, prezzi in calo",
    "Redazione",
    dt.date(2026, 3, 5),
    "seeds/carburanti.txt",
    "knowledge/carburanti-2026-03.toml",
)
PRICE = Fact(
    "prezzo-gasolio",
    "Il gasolio self service costa in media 1,68 euro al litro.",
    ("Quanto costa il gasolio?", "Prezzo medio del diesel?"),
    ("gasolio", "diesel", "litro"),
    ARTICLE,
    path=ARTICLE.path,
)
STRIKE = Fact(
    "sciopero-benzinai",
    "I gestori degli impianti hanno revocato lo sciopero previsto per il 12 marzo.",
    ("C'è lo sciopero dei benzinai?", "I distributori chiudono?"),
    ("sciopero", "benzinai", "gestori"),
    ARTICLE,
    path=ARTICLE.path,
)
KNOWLEDGE = Knowledge(articles=(ARTICLE,), facts=(PRICE, STRIKE))


def logged(
    texts: Sequence[str],
    *,
    kind: Kind = Kind.NONE,
    fact_id: str | None = None,
    confidence: float = 0.2,
    down: int = 0,
) -> list[LoggedQuestion]:
    """Logged questions as the question log returns them, one reader each."""
    return [
        LoggedQuestion(
            id=n,
            asked_at=NOW - dt.timedelta(hours=n),
            chat_type="private",
            user_hash=f"lettore-{n}",
            question=text,
            kind=kind,
            fact_id=fact_id,
            confidence=confidence,
            suggestions=(),
            thumbs_down=down,
        )
        for n, text in enumerate(texts)
    ]


def grouped(texts: Sequence[str], knowledge: Knowledge = KNOWLEDGE) -> list[set[str]]:
    """The groups the report forms, as sets of question texts."""
    return [{q.question for q in g.questions} for g in group_questions(logged(texts), knowledge)]


# -- --since -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7d", NOW - dt.timedelta(days=7)),
        ("24h", NOW - dt.timedelta(hours=24)),
        ("30m", NOW - dt.timedelta(minutes=30)),
        ("2w", NOW - dt.timedelta(weeks=2)),
        (" 3D ", NOW - dt.timedelta(days=3)),
        ("2026-03-01", dt.datetime(2026, 3, 1, tzinfo=dt.UTC)),
        ("2026-03-01T08:30", dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC)),
    ],
)
def test_since_accepts_durations_and_dates(value: str, expected: dt.datetime) -> None:
    """`--since` takes minutes, hours, days, weeks or an ISO date, read as UTC."""
    assert expected == parse_since(value, NOW)


@pytest.mark.parametrize("value", ["", "7", "d7", "7 giorni", "-3d", "2026-13-01", "99999999d"])
def test_since_rejects_malformed_values(value: str) -> None:
    """A malformed `--since` raises ReportError with an Italian hint, never a traceback."""
    with pytest.raises(ReportError, match="--since non valido"):
        parse_since(value, NOW)


# -- grouping ------------------------------------------------------------------------------


def test_paraphrases_land_in_one_group_and_unrelated_apart() -> None:
    """The three ways of asking the price of petrol form one group; other questions do not join."""
    groups = grouped(
        [
            "quanto costa la benzina?",
            "quanto costa la benzina oggi",
            "prezzo benzina oggi?",
            "chi ha vinto la partita?",
            "che tempo fa domani?",
        ]
    )

    assert [
        {"quanto costa la benzina?", "quanto costa la benzina oggi", "prezzo benzina oggi?"},
        {"chi ha vinto la partita?"},
        {"che tempo fa domani?"},
    ] == sorted(groups, key=lambda g: -len(g))


def test_several_paraphrase_groups_are_kept_apart() -> None:
    """Paraphrase sets, typos included, group with each other and with nothing else."""
    expected = [
        {"quanto costa la benzina?", "prezzo della benzina", "quanto costa la benzna"},
        {"quando esce GPT-5?", "GPT 5 quando esce"},
        {"OpenAI va in borsa?", "OpenAI quando si quota in borsa?"},
        {"previsioni meteo domani", "che tempo fa domani?"},
        {"cos'è un chip?"},
        {"quanto costa un chip Trainium?"},
        {"chi ha vinto il derby?"},
    ]
    texts = [t for group in expected for t in sorted(group)]

    groups = grouped(texts)

    assert sorted(expected, key=sorted) == sorted(groups, key=sorted)


def test_the_knowledge_topic_does_not_glue_questions() -> None:
    """Questions sharing only the word most facts contain ("OpenAI") stay apart."""
    knowledge = load_knowledge([KNOWLEDGE_DIR])

    groups = grouped(
        ["OpenAI va in borsa?", "chi guida OpenAI?", "dove ha sede OpenAI?"], knowledge
    )

    assert 3 == len(groups)


def test_groups_sorted_by_count_with_readers_and_reasons() -> None:
    """Text output lists the most asked group first with counts, readers and reasons."""
    questions = logged(["chi ha vinto il derby?"] + ["quanto costa la benzina?"] * 3)
    questions += logged(["quanto costa la benzina oggi?"], kind=Kind.FACT, confidence=0.7)

    text = format_text(group_questions(questions, KNOWLEDGE), NOW - dt.timedelta(days=7), NOW)

    first, second = text.index("«quanto costa la benzina?»"), text.index("«chi ha vinto il derby?»")
    assert first < second
    assert "4 volte" in text
    assert "3 senza risposta, 1 con risposta incerta" in text
    assert "Domande da rivedere dal 1 marzo 2026 al 8 marzo 2026" in text


def test_closest_fact_gets_the_alternates() -> None:
    """A low-confidence paraphrase of an existing fact becomes an alternate question for it."""
    questions = logged(
        ["quanto costa il diesel al litro?", "diesel quanto costa al litro"],
        kind=Kind.FACT,
        fact_id="prezzo-gasolio",
        confidence=0.7,
    )

    [group] = group_questions(questions, KNOWLEDGE)
    toml = snippet(group)

    assert group.closest is not None
    assert "prezzo-gasolio" == group.closest.fact.id
    assert True is group.is_alternate
    assert toml.startswith("# aggiungi a questions di prezzo-gasolio in knowledge/carburanti")
    assert '#     "quanto costa il diesel al litro?",' in toml


def test_the_closest_fact_is_never_a_small_talk_reply() -> None:
    """A question near nothing in the news may sit nearest to a greeting («A presto!»):
    the report names a news fact or none, never a reply no operator would extend."""
    bye = Fact("congedo", "A presto! Torna quando vuoi.", ("ciao, a presto",), ())
    knowledge = Knowledge(articles=(ARTICLE,), facts=(PRICE, STRIKE, bye))

    [group] = group_questions(logged(["a presto ciao, quanti lavoratori?"]), knowledge)

    assert group.closest is None or group.closest.fact.article is not None


def test_thumbs_down_asks_for_a_new_fact_not_more_alternates() -> None:
    """Readers said 👎 to a fact: the snippet is a new fact, naming the disliked answer."""
    questions = logged(
        ["quanto costa il gasolio in autostrada?"] * 2,
        kind=Kind.FACT,
        fact_id="prezzo-gasolio",
        confidence=0.9,
        down=1,
    )

    [group] = group_questions(questions, KNOWLEDGE)
    toml = snippet(group)

    assert False is group.is_alternate
    assert "[[facts]]" in toml
    assert "# la risposta data (prezzo-gasolio) non è piaciuta" in toml
    assert {"down": 2} == dict(group.reasons)


def test_new_fact_skeleton_has_unused_id_and_keywords() -> None:
    """A skeleton gets an id no fact uses, the wordings, informative keywords, draft = true."""
    taken = Fact("costa-benzina", "x", ("x",), (), ARTICLE)
    knowledge = Knowledge(articles=(ARTICLE,), facts=(PRICE, STRIKE, taken))
    [group] = group_questions(
        logged(["quanto costa la benzina?"] * 2 + ["prezzo della benzina oggi"]), knowledge
    )

    fact = tomllib.loads("[article]\n" + snippet(group))["facts"][0]

    assert "costa-benzina-2" == fact["id"]
    assert "DA SCRIVERE" == fact["answer"]
    assert ["quanto costa la benzina?", "prezzo della benzina oggi"] == fact["questions"]
    assert "benzina" == fact["keywords"][0]
    assert "oggi" not in fact["keywords"]
    assert True is fact["draft"]


# -- TOML output -----------------------------------------------------------------------------

HOSTILE = [
    'domanda con "virgolette" e \\ barra',
    "riga uno\nriga due # non è un commento\n[[facts]]",
    "controllo \x00\x07\x1b[31m rosso \x7f\u202e al contrario \u200b",
    "]] = \"\"\" '''",
]


def test_toml_output_is_valid_under_an_article_header() -> None:
    """`--format toml` parses with tomllib after `[article]`, hostile questions included."""
    questions = logged(["quanto costa la benzina?", "prezzo benzina", *HOSTILE])
    questions += logged(
        ["quanto costa il diesel al litro?"],
        kind=Kind.FACT,
        fact_id="prezzo-gasolio",
        confidence=0.7,
    )
    groups = group_questions(questions, KNOWLEDGE)

    data = tomllib.loads("[article]\n" + format_toml(groups, NOW, NOW))

    ids = [f["id"] for f in data["facts"]]
    assert len(ids) == len(set(ids))
    assert {"prezzo-gasolio", "sciopero-benzinai"}.isdisjoint(ids)
    assert any(g.is_alternate for g in groups)
    questions_out = [q for f in data["facts"] for q in f["questions"]]
    assert clean(HOSTILE[0]) in questions_out


def test_toml_output_pasted_into_a_real_file_passes_validation_once_written(
    tmp_path: Path,
) -> None:
    """The skeletons appended to the shipped article's file are refused while their answer is
    still the placeholder, and load as valid knowledge once the operator writes it."""
    knowledge = load_knowledge([KNOWLEDGE_DIR])
    groups = group_questions(
        logged(["quanto costa la benzina?", "prezzo benzina oggi", "chi ha vinto il derby?"]),
        knowledge,
    )
    for source in KNOWLEDGE_DIR.glob("*.toml"):
        (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "openai-trainium-2025-12.toml"
    snippets = format_toml(groups, NOW, NOW)
    with target.open("a", encoding="utf-8") as handle:
        handle.write("\n" + snippets + "\n")

    with pytest.raises(KnowledgeError) as refused:
        load_knowledge([tmp_path])
    target.write_text(
        target.read_text(encoding="utf-8").replace(PLACEHOLDER_ANSWER, "Risposta scritta."),
        encoding="utf-8",
    )
    loaded = load_knowledge([tmp_path])

    assert 2 == len(refused.value.problems)
    assert len(knowledge.facts) + 2 == len(loaded.facts)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=120), min_size=1, max_size=4))
@example(["SCIOPB"])  # close to «sciopero»: proposed as an alternate question
def test_any_question_text_gives_valid_toml(texts: list[str]) -> None:
    """Whatever readers type, the TOML output parses and keeps the cleaned wording, in a new
    fact or as an alternate question for the closest one."""
    groups = group_questions(logged(texts), KNOWLEDGE)
    output = format_toml(groups, NOW, NOW)

    data = tomllib.loads("[article]\n" + output)

    pasted = {q for f in data.get("facts", []) for q in f["questions"]}
    # A wording close enough to a fact is proposed as its alternate question, commented:
    # uncommented, each of those lines is a TOML string.
    proposed = {
        tomllib.loads(f"q = {line.removeprefix('#').strip().rstrip(',')}")["q"]
        for line in output.splitlines()
        if line.startswith('#     "')
    }
    for text in texts:
        if clean(text):
            assert clean(text) in pasted | proposed


def test_text_output_has_no_control_characters() -> None:
    """Escape sequences in a question cannot reach the operator's terminal."""
    groups = group_questions(logged(HOSTILE), KNOWLEDGE)

    text = format_text(groups, NOW, NOW)

    assert [] == [c for c in text if (ord(c) < 0x20 and c != "\n") or ord(c) == 0x7F]
    assert "\u202e" not in text


def test_toml_string_escapes() -> None:
    """Quotes, backslashes and control characters are escaped the TOML way."""
    value = 'a "b" \\ c\n\x7f'

    assert {"k": value} == tomllib.loads("k = " + toml_string(value))


def test_empty_report_says_so() -> None:
    """With nothing to review both formats say it in one line (a comment for TOML)."""
    assert format_text([], NOW, NOW).startswith("Nessuna domanda da rivedere")
    assert {} == tomllib.loads(format_toml([], NOW, NOW))


def test_snippet_for_a_group_built_by_hand() -> None:
    """A group with a close fact and nothing new to add says the questions are already there."""
    group = Group(logged(["Quanto costa il gasolio?"]), Closest(PRICE, 0.95), "x", [])

    assert "ci sono già" in snippet(group)


def test_build_report_reads_the_log(tmp_path: Path) -> None:
    """The report covers logged questions inside the window and nothing older."""
    clock_now = [NOW - dt.timedelta(days=20)]
    log = QuestionLog(tmp_path / "log.sqlite3", salt="s", clock=lambda: clock_now[0])
    none = Answer("x", Kind.NONE, "")
    log.record(chat_type="private", user_id=1, question="domanda vecchia sul derby", answer=none)
    clock_now[0] = NOW
    log.record(chat_type="private", user_id=1, question="quanto costa la benzina?", answer=none)

    text = build_report(log, KNOWLEDGE, since="7d", fmt="text", now=NOW)
    log.close()

    assert "«quanto costa la benzina?»" in text
    assert "derby" not in text


# -- the command ------------------------------------------------------------------------------


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean environment whose NEWSBOT_DB_PATH points at a log with a few questions."""
    for name in ("NEWSBOT_HASH_SALT", "NEWSBOT_RETENTION_DAYS", "NEWSBOT_KNOWLEDGE_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "domande.sqlite3"
    monkeypatch.setenv("NEWSBOT_DB_PATH", str(db))
    monkeypatch.setenv("NEWSBOT_KNOWLEDGE_DIR", str(KNOWLEDGE_DIR))
    matcher = Matcher(load_knowledge([KNOWLEDGE_DIR]))
    log = QuestionLog(db, salt=None)
    for user, question in enumerate(
        [
            "quanto costa la benzina?",
            "quanto costa la benzina oggi",
            "prezzo benzina oggi?",
            "chi ha vinto la partita?",
        ]
    ):
        log.record(
            chat_type="private",
            user_id=1000 + user,
            question=question,
            answer=matcher.match(question),
        )
    log.close()
    return db


def test_cli_unanswered_text(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`newsbot unanswered` prints the groups, most asked first, and exits 0."""
    code = cli.main(["unanswered", "--since", "7d"])
    out = capsys.readouterr().out

    assert 0 == code
    assert "«quanto costa la benzina?» — 3 volte, 3 lettori" in out
    assert out.index("benzina") < out.index("partita")


def test_cli_unanswered_toml(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`newsbot unanswered --format toml` prints only TOML, valid under `[article]`."""
    code = cli.main(["unanswered", "--format", "toml"])
    out = capsys.readouterr().out

    data = tomllib.loads("[article]\n" + out)
    assert 0 == code
    assert ["Da incollare" not in out, 2] == [True, len(data["facts"])]


def test_cli_bad_since_exits_2(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed `--since` exits 2 with one Italian line on stderr."""
    code = cli.main(["unanswered", "--since", "ieri"])
    err = capsys.readouterr().err

    assert 2 == code
    assert 1 == len(err.strip().splitlines())
    assert "--since non valido" in err


def test_cli_missing_log_exits_2(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A NEWSBOT_DB_PATH that does not exist is reported, not created."""
    missing = env.parent / "altro.sqlite3"
    monkeypatch.setenv("NEWSBOT_DB_PATH", str(missing))

    code = cli.main(["unanswered"])
    err = capsys.readouterr().err

    assert 2 == code
    assert "non esiste" in err
    assert not missing.exists()
