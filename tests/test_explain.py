"""The developers' `benchmarks/explain.py`: one question's reading, candidates and decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.explain import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests/data/derive/devstyle/articles/2026-02-18-tar-ztl-padova.txt"


def test_a_question_on_the_shipped_knowledge_is_explained(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The report shows the words read, the best fact, the decision and the answer."""
    assert main([str(ROOT / "knowledge"), "Quanto vuole raccogliere OpenAI?"]) == 0
    report = capsys.readouterr().out

    assert "words: vuole" in report
    assert "[raccolta-10-miliardi]" in report
    assert "check that refuses the best: none" in report
    assert report.rstrip().endswith("raccolta-10-miliardi")


def test_a_drafted_article_explains_a_refusal(capsys: pytest.CaptureFixture[str]) -> None:
    """An article is drafted first; a question it cannot answer ends in «none», and the
    check that refuses its best fact is named."""
    assert main([str(ARTICLE), "Quanti anni ha l'assessore Davide Scarpa?"]) == 0
    report = capsys.readouterr().out

    assert "[padova-tar-" in report
    assert "check that refuses the best: no datum of the kind asked" in report
    assert "=> none" in report


def test_an_article_is_explained_beside_the_shipped_knowledge(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An article drafted beside the shipped knowledge folder gets its small talk once
    (the folder's own), not twice (duplicate ids would stop the load)."""
    assert main([str(ROOT / "knowledge"), str(ARTICLE), "ciao"]) == 0

    assert capsys.readouterr().out.rstrip().endswith("saluto")


def test_a_question_without_knowledge_is_an_error() -> None:
    """Without an article or a knowledge folder there is nothing to explain with."""
    with pytest.raises(SystemExit):
        main(["Quanto vuole raccogliere OpenAI?"])


def test_a_follow_up_is_explained_in_its_conversation(capsys: pytest.CaptureFixture[str]) -> None:
    """«E chi ha scritto?» asked of several articles is a choice; in a conversation about
    one (`--context`, after the question as much as before it), that article's byline."""
    knowledge = [str(ROOT / "knowledge"), str(ROOT / "tests/data/knowledge")]
    assert main([*knowledge, "E chi ha scritto?", "--context", "giro-tappa-2026-05"]) == 0

    assert capsys.readouterr().out.rstrip().endswith("giro-articolo")
