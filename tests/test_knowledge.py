"""Knowledge files: the shipped ones load; every broken one is refused with `path:line: message`."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import cli
from bot.knowledge import MAX_ANSWER, KnowledgeError, Problem, load_knowledge
from bot.models import Kind, Knowledge
from bot.reload import KnowledgeHolder

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
BROKEN = REPO / "tests" / "data" / "broken"
TEST_KNOWLEDGE = REPO / "tests" / "data" / "knowledge"

GOOD_FILE = """\
[article]
id = "articolo-prova"
title = "Un articolo di prova"
author = "Redazione"
published = 2026-01-10
source = "seeds/prova.txt"

[[facts]]
id = "prova-uno"
answer = "Il comune di Prova ha aperto una nuova biblioteca."
questions = ["Cosa ha aperto il comune di Prova?"]
keywords = ["biblioteca"]
"""


@pytest.fixture(autouse=True)
def no_settings_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep `NEWSBOT_*` variables of the developer's shell out of the CLI runs."""
    for name in list(os.environ):
        if name.startswith("NEWSBOT_"):
            monkeypatch.delenv(name)


def line_of(path: Path, needle: str) -> int:
    """The 1-based number of the first line of `path` that contains `needle`."""
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in text:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def problems_of(*paths: Path) -> list[Problem]:
    """The problems `load_knowledge` reports for these paths (it must refuse them)."""
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(list(paths))
    return caught.value.problems


def validate(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, list[str]]:
    """Run `newsbot validate PATH ...` and return its exit code and stdout lines."""
    code = cli.main(["validate", *(str(p) for p in paths)])
    return code, capsys.readouterr().out.splitlines()


# -- the shipped knowledge ---------------------------------------------------------------


def test_shipped_knowledge_loads() -> None:
    """`knowledge/` loads: one article, its facts, the small talk and the synonyms."""
    knowledge = load_knowledge(KNOWLEDGE)

    assert ["openai-trainium-2025-12"] == [a.id for a in knowledge.articles]
    assert 18 <= len(knowledge.news_facts) <= 25
    assert any(f.kind is Kind.SMALLTALK for f in knowledge.facts)
    assert any("AWS" in group for group in knowledge.synonyms)


def test_shipped_article_metadata_is_the_articles() -> None:
    """The shipped article is dated 17 December 2025 and its source is the seed file inside."""
    article = load_knowledge(KNOWLEDGE).articles[0]

    assert dt.date(2025, 12, 17) == article.published
    assert (REPO / article.source).is_file()


def test_shipped_facts_are_ready_for_readers() -> None:
    """Every shipped fact is reviewed (no draft), has 4+ questions, keywords and a short answer."""
    knowledge = load_knowledge(KNOWLEDGE)

    for fact in knowledge.news_facts:
        assert fact.draft is False, fact.id
        assert len(fact.questions) >= 4, fact.id
        assert fact.keywords, fact.id
        assert 0 < len(fact.answer) <= MAX_ANSWER, fact.id


def test_shipped_and_test_knowledge_load_together() -> None:
    """The extra test articles share no id with the shipped ones, so both load together."""
    knowledge = load_knowledge([KNOWLEDGE, TEST_KNOWLEDGE])

    assert 1 + len(list(TEST_KNOWLEDGE.glob("*.toml"))) == len(knowledge.articles)
    assert len({f.id for f in knowledge.facts}) == len(knowledge.facts)


def test_validate_shipped_knowledge_exits_0_with_ok_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`newsbot validate knowledge/` exits 0 and prints one OK line with the counts."""
    code, lines = validate(capsys, KNOWLEDGE)

    assert 0 == code
    assert 1 == len(lines)
    assert lines[0].startswith("OK: 3 file, 1 articoli, ")


def test_validate_without_paths_checks_the_configured_directory(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsbot validate` with no path checks `NEWSBOT_KNOWLEDGE_DIR`."""
    monkeypatch.setenv("NEWSBOT_KNOWLEDGE_DIR", str(BROKEN / "duplicate"))

    code, lines = validate(capsys)

    assert 1 == code
    assert "stesso-id" in lines[0]


def test_validate_mentions_facts_still_in_draft(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A valid file with `draft = true` facts passes, and the OK line says how many are drafts."""
    (tmp_path / "bozza.toml").write_text(GOOD_FILE + "draft = true\n", encoding="utf-8")

    code, lines = validate(capsys, tmp_path)

    assert 0 == code
    assert "1 fatti ancora in bozza (draft = true)" in lines[0]


def test_folder_of_derived_articles_gets_the_shipped_small_talk_and_synonyms(
    tmp_path: Path,
) -> None:
    """A folder holding only today's article still greets, thanks and knows «IA» = «AI»."""
    (tmp_path / "prova.toml").write_text(GOOD_FILE, encoding="utf-8")

    knowledge = load_knowledge(tmp_path)
    own = load_knowledge(tmp_path, shipped=False)

    talk = {f.id for f in knowledge.facts if f.kind is Kind.SMALLTALK}
    assert {"saluto", "ringraziamento", "chi-sei"} <= talk
    assert any({"IA", "AI"} <= set(group) for group in knowledge.synonyms)
    assert ["prova-uno"] == [f.id for f in own.facts] and () == own.synonyms


def test_a_folder_with_its_own_small_talk_and_synonyms_keeps_only_those(
    tmp_path: Path,
) -> None:
    """The operators' own «conversazione» and «sinonimi» files replace the shipped ones."""
    (tmp_path / "prova.toml").write_text(GOOD_FILE, encoding="utf-8")
    (tmp_path / "chiacchiere.toml").write_text(
        '[[smalltalk]]\nid = "saluto-locale"\nanswer = "Salve!"\nquestions = ["ciao"]\n',
        encoding="utf-8",
    )
    (tmp_path / "sinonimi.toml").write_text('biblioteca = ["libreria"]\n', encoding="utf-8")

    knowledge = load_knowledge(tmp_path)

    assert ["prova-uno", "saluto-locale"] == sorted(f.id for f in knowledge.facts)
    assert (("biblioteca", "libreria"),) == knowledge.synonyms


def test_validate_counts_only_the_files_it_checks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`newsbot validate` describes the operator's files, not the shipped small talk."""
    (tmp_path / "prova.toml").write_text(GOOD_FILE, encoding="utf-8")

    code, lines = validate(capsys, tmp_path)

    assert 0 == code
    assert lines[0].startswith("OK: 1 file, 1 articoli, 1 fatti, 0 risposte di conversazione, 0 ")


# -- each kind of broken file ------------------------------------------------------------


def test_toml_syntax_error_names_its_line() -> None:
    """An unclosed string is a TOML syntax error reported on the line where it happens."""
    path = BROKEN / "sintassi.toml"

    problems = problems_of(path)

    assert [(str(path), line_of(path, "Un titolo senza fine"))] == [
        (p.path, p.line) for p in problems
    ]
    assert "sintassi TOML" in problems[0].message


def test_toml_error_at_end_of_document_points_to_the_end_not_line_1() -> None:
    """A list left open at the end of the file is reported at the file's last line, not line 1."""
    path = BROKEN / "parentesi-aperta.toml"
    last_line = len(path.read_text(encoding="utf-8").splitlines())

    problems = problems_of(path)

    assert [last_line] == [p.line for p in problems]


def test_unknown_key_is_reported_on_its_line_with_a_hint() -> None:
    """`anwser` is reported on its own line, suggesting «answer»."""
    path = BROKEN / "chiave-sconosciuta.toml"

    problems = problems_of(path)

    typo = [p for p in problems if "anwser" in p.message]
    assert [line_of(path, "anwser =")] == [p.line for p in typo]
    assert "«answer»" in typo[0].message
    assert "chiave sconosciuta" in typo[0].message


def test_duplicate_fact_id_across_files_names_both_files() -> None:
    """The same fact id in two files is reported in the second, naming the first and its line."""
    first, second = BROKEN / "duplicate" / "primo.toml", BROKEN / "duplicate" / "secondo.toml"

    needle = 'id = "stesso-id"'

    problems = problems_of(BROKEN / "duplicate")

    assert 1 == len(problems)
    problem = problems[0]
    assert (str(second), line_of(second, needle) - 1) == (problem.path, problem.line)
    assert f"{first}:{line_of(first, needle) - 1}" in problem.message
    assert "stesso-id" in problem.message


def test_duplicate_fact_id_within_one_file_is_refused(tmp_path: Path) -> None:
    """Two facts with the same id in one file are refused too."""
    path = tmp_path / "doppio.toml"
    second = GOOD_FILE.split("[[facts]]")[1].replace("nuova biblioteca", "piscina")
    path.write_text(GOOD_FILE + "\n[[facts]]" + second, encoding="utf-8")

    problems = problems_of(path)

    assert ["prova-uno"] == [p.message.split("«")[1].split("»")[0] for p in problems]
    assert "duplicato" in problems[0].message


def test_empty_answer_is_refused_on_its_line() -> None:
    """A blank answer is reported on the `answer` line in plain words."""
    path = BROKEN / "risposta-vuota.toml"

    problems = problems_of(path)

    assert [(str(path), line_of(path, "answer ="))] == [(p.path, p.line) for p in problems]
    assert "vuota" in problems[0].message


def test_answer_over_the_limit_is_refused(tmp_path: Path) -> None:
    """An answer of more than 1,000 characters is refused, naming the limit."""
    path = tmp_path / "lunga.toml"
    long_answer = "parola " * 150
    path.write_text(
        GOOD_FILE.replace("Il comune di Prova ha aperto una nuova biblioteca.", long_answer),
        encoding="utf-8",
    )
    assert len(long_answer) > MAX_ANSWER

    problems = problems_of(path)

    assert [line_of(path, "answer =")] == [p.line for p in problems]
    assert "1000" in problems[0].message


def test_answer_of_exactly_the_limit_is_accepted(tmp_path: Path) -> None:
    """An answer of exactly 1,000 characters is still valid."""
    path = tmp_path / "giusta.toml"
    answer = ("a" * 9 + " ") * 99 + "b" * 10
    path.write_text(
        GOOD_FILE.replace("Il comune di Prova ha aperto una nuova biblioteca.", answer),
        encoding="utf-8",
    )

    knowledge = load_knowledge(path)

    assert MAX_ANSWER == len(knowledge.facts[0].answer)


def test_date_in_italian_format_is_refused_with_the_right_format() -> None:
    """`published = "17/12/2025"` is refused on its line, showing how to write a date."""
    path = BROKEN / "data-sbagliata.toml"

    problems = problems_of(path)

    assert [line_of(path, "published =")] == [p.line for p in problems]
    assert "2025-12-17" in problems[0].message


def test_impossible_date_is_refused(tmp_path: Path) -> None:
    """A date that does not exist (month 13) is refused on its line."""
    path = tmp_path / "mese.toml"
    path.write_text(GOOD_FILE.replace("2026-01-10", "2026-13-10"), encoding="utf-8")

    problems = problems_of(path)

    assert [line_of(path, "published =")] == [p.line for p in problems]


def test_bad_id_is_refused_with_the_allowed_characters() -> None:
    """An id with capitals and spaces is refused, saying which characters are allowed."""
    path = BROKEN / "id-sbagliato.toml"

    problems = problems_of(path)

    assert [line_of(path, 'id = "Raccolta Fondi"')] == [p.line for p in problems]
    assert "minuscole" in problems[0].message


def test_fact_without_questions_is_refused(tmp_path: Path) -> None:
    """A fact with an empty `questions` list is refused: nobody could reach it."""
    path = tmp_path / "senza.toml"
    path.write_text(
        GOOD_FILE.replace('["Cosa ha aperto il comune di Prova?"]', "[]"), encoding="utf-8"
    )

    problems = problems_of(path)

    assert [line_of(path, "questions =")] == [p.line for p in problems]


def test_synonym_that_is_not_a_list_is_refused(tmp_path: Path) -> None:
    """In `sinonimi.toml`, a term whose value is not a list of words is refused on its line."""
    path = tmp_path / "sinonimi.toml"
    path.write_text('GPU = ["schede grafiche"]\nIA = "AI"\n', encoding="utf-8")

    problems = problems_of(path)

    assert [(str(path), 2)] == [(p.path, p.line) for p in problems]


def test_smalltalk_with_unknown_key_is_refused(tmp_path: Path) -> None:
    """`conversazione.toml` is checked like the articles: a misspelt key is named with a hint."""
    path = tmp_path / "conversazione.toml"
    path.write_text(
        '[[smalltalk]]\nid = "saluto"\nanswr = "Ciao!"\nquestions = ["ciao"]\n', encoding="utf-8"
    )

    problems = problems_of(path)

    assert 3 in [p.line for p in problems]
    assert any("«answer»" in p.message for p in problems)


def test_missing_path_is_reported() -> None:
    """A path that does not exist is a problem, not an empty knowledge base."""
    missing = BROKEN / "non-esiste"

    problems = problems_of(missing)

    assert [str(missing)] == [p.path for p in problems]


def test_problem_prints_as_path_line_message() -> None:
    """A problem reads `path:line: message`, the shape editors and operators recognise."""
    assert "knowledge/x.toml:12: la risposta è vuota" == str(
        Problem("knowledge/x.toml", 12, "la risposta è vuota")
    )


@pytest.mark.parametrize(
    "name",
    [
        "sintassi.toml",
        "parentesi-aperta.toml",
        "chiave-sconosciuta.toml",
        "risposta-vuota.toml",
        "data-sbagliata.toml",
        "id-sbagliato.toml",
        "duplicate",
    ],
)
def test_validate_broken_file_exits_1_with_path_line_messages(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """`newsbot validate` on each broken fixture exits 1 and prints only `path:line: message`."""
    path = BROKEN / name

    code, lines = validate(capsys, path)

    assert 1 == code
    assert lines
    for line in lines:
        shown, number, message = line.split(":", 2)
        assert shown.startswith(str(path)), line
        assert number.isdigit(), line
        assert message.startswith(" ") and message.strip(), line


def test_validate_reports_every_broken_file_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    """One run lists the problems of all broken files, so an operator fixes them in one pass."""
    code, lines = validate(capsys, BROKEN)

    files = {line.split(":", 1)[0] for line in lines}
    assert 1 == code
    assert 7 == len(files)


# -- a broken file is never half-loaded --------------------------------------------------


def test_one_broken_file_refuses_the_whole_directory(tmp_path: Path) -> None:
    """A directory with a good file and a broken one loads nothing: `load_knowledge` raises."""
    (tmp_path / "buono.toml").write_text(GOOD_FILE, encoding="utf-8")
    shutil.copy(BROKEN / "risposta-vuota.toml", tmp_path / "rotto.toml")

    problems = problems_of(tmp_path)

    assert [str(tmp_path / "rotto.toml")] == [p.path for p in problems]


def test_broken_edit_keeps_the_knowledge_already_serving(tmp_path: Path) -> None:
    """After a broken edit, a reload is refused and the previous knowledge keeps answering."""
    good = tmp_path / "prova.toml"
    good.write_text(GOOD_FILE, encoding="utf-8")
    holder = KnowledgeHolder([tmp_path])
    before: Knowledge = holder.knowledge
    good.write_text(GOOD_FILE.replace("answer =", "anwser ="), encoding="utf-8")

    result = holder.reload()

    assert result.ok is False
    assert any("anwser" in p.message for p in result.problems)
    assert before is holder.knowledge
    assert "prova-uno" == holder.matcher.match("Cosa ha aperto il comune di Prova?").fact.id  # type: ignore[union-attr]


def test_placeholder_answer_is_refused_on_its_line(tmp_path: Path) -> None:
    """A skeleton pasted from `newsbot unanswered` with its answer still «DA SCRIVERE» is
    refused on the answer's line, so the placeholder never reaches readers."""
    path = tmp_path / "bozza.toml"
    path.write_text(
        GOOD_FILE.replace(GOOD_FILE.split('answer = "')[1].split('"')[0], "DA SCRIVERE", 1),
        encoding="utf-8",
    )

    problems = problems_of(path)

    assert [line_of(path, "DA SCRIVERE")] == [p.line for p in problems]
    assert "DA SCRIVERE" in problems[0].message


def test_a_file_named_twice_is_loaded_once(tmp_path: Path) -> None:
    """`newsbot validate knowledge knowledge/x.toml` does not report x.toml's ids as
    duplicates of themselves."""
    path = tmp_path / "articolo.toml"
    path.write_text(GOOD_FILE, encoding="utf-8")

    knowledge = load_knowledge([tmp_path, path])

    assert 1 == len(knowledge.files)


# -- the fast TOML reader -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    sorted(
        p
        for p in REPO.glob("**/*.toml")
        if not any(part.startswith(".") for part in p.relative_to(REPO).parts)
    ),
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_fast_toml_reader_reads_every_file_as_tomllib_does(path: Path) -> None:
    """rtoml reads knowledge files (and the project's other TOML) into the same data as
    the standard library; what tomllib refuses, the reader refuses with tomllib's error."""
    import tomllib

    from bot.knowledge import _read_toml

    text = path.read_text(encoding="utf-8")
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        with pytest.raises(tomllib.TOMLDecodeError) as raised:
            _read_toml(text)
        assert str(raised.value) == str(exc)
    else:
        assert _read_toml(text) == expected


@given(st.text(), st.lists(st.text(max_size=20), max_size=4))
def test_fast_toml_reader_agrees_on_any_string(answer: str, questions: list[str]) -> None:
    """Whatever an operator types inside the quotes, both readers agree: the same text, or
    the same refusal."""
    import json
    import tomllib

    from bot.knowledge import _read_toml

    text = f"[[facts]]\nanswer = {json.dumps(answer)}\nquestions = {json.dumps(questions)}\n"
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        with pytest.raises(tomllib.TOMLDecodeError):
            _read_toml(text)
    else:
        assert _read_toml(text) == expected
