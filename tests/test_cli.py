"""The `newsbot` command: `ask` and its JSON contract, `chat`, `validate` and `eval`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot import cli

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
TEST_KNOWLEDGE = REPO / "tests" / "data" / "knowledge"
BROKEN = REPO / "tests" / "data" / "broken"
DEV_QUESTIONS = REPO / "tests" / "data" / "dev_questions.yaml"

JSON_KEYS = {"question", "kind", "answer", "fact_id", "score", "suggestions", "source"}
SOURCE_KEYS = {"article_id", "title", "published", "author"}
MIXED_QUESTIONS = [
    "Quanto vuole raccogliere OpenAI?",
    "ciao",
    "Che tempo fa a Roma domani?",
    "Chi è l'autore?",
    "grazie",
    "Chi ha vinto lo scudetto?",
]


@pytest.fixture(autouse=True)
def from_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each command from the repository root with no `NEWSBOT_*` variable set."""
    for name in list(os.environ):
        if name.startswith("NEWSBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(REPO)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Call `newsbot ARGV` in-process; return exit code, stdout and stderr."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def feed_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Make `text` the command's standard input, decoded like a real one (universal newlines)."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()), "utf-8"))


def assert_json_contract(obj: dict[str, Any]) -> None:
    """`obj` has exactly the keys and types of DESIGN.md §3."""
    assert JSON_KEYS == set(obj)
    assert isinstance(obj["question"], str)
    assert obj["kind"] in {"fact", "smalltalk", "none"}
    assert isinstance(obj["answer"], str) and obj["answer"]
    assert "<" not in obj["answer"], "answer is plain text, no markup"
    assert isinstance(obj["score"], int | float) and not isinstance(obj["score"], bool)
    assert 0 <= obj["score"] <= 100
    assert isinstance(obj["suggestions"], list)
    for suggestion in obj["suggestions"]:
        assert {"fact_id", "question"} == set(suggestion)
        assert isinstance(suggestion["fact_id"], str) and suggestion["fact_id"]
        assert isinstance(suggestion["question"], str) and suggestion["question"]
    if obj["kind"] == "none":
        assert obj["fact_id"] is None
    else:
        assert isinstance(obj["fact_id"], str) and obj["fact_id"]
    if obj["kind"] == "fact":
        source = obj["source"]
        assert isinstance(source, dict)
        assert SOURCE_KEYS == set(source)
        assert all(isinstance(source[key], str) and source[key] for key in SOURCE_KEYS)
    else:
        assert obj["source"] is None


# -- ask --json ------------------------------------------------------------------------------


def test_ask_json_prints_one_line_with_the_full_contract(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`ask --json QUESTION` prints one JSON object on one line with every documented key."""
    code, out, _ = run(capsys, "ask", "--json", "Quanto vuole raccogliere OpenAI?")

    lines = out.splitlines()
    assert 0 == code
    assert 1 == len(lines)
    obj = json.loads(lines[0])
    assert_json_contract(obj)
    assert "fact" == obj["kind"]
    assert "raccolta-10-miliardi" == obj["fact_id"]
    assert "Quanto vuole raccogliere OpenAI?" == obj["question"]
    assert {
        "article_id": "openai-trainium-2025-12",
        "title": "OpenAI in trattativa per raccogliere 10 miliardi: Amazon pronta ad adottare "
        "i chip Trainium nei nuovi modelli",
        "published": "2025-12-17",
        "author": "piscitellidaniel",
    } == obj["source"]


def test_ask_json_keeps_italian_characters_readable(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON line writes "è" as "è", not as a \\u escape."""
    _, out, _ = run(capsys, "ask", "--json", "Quanto vuole raccogliere OpenAI?")

    assert "è" in out
    assert "\\u00e8" not in out


def test_ask_json_small_talk_has_no_source(capsys: pytest.CaptureFixture[str]) -> None:
    """Small talk is kind smalltalk, with its id and no source."""
    _, out, _ = run(capsys, "ask", "--json", "ciao")

    obj = json.loads(out)
    assert_json_contract(obj)
    assert ("smalltalk", "saluto", None) == (obj["kind"], obj["fact_id"], obj["source"])


def test_ask_json_unknown_says_non_lo_so(capsys: pytest.CaptureFixture[str]) -> None:
    """An off-topic question is kind none: the polite "Non lo so" text, no fact id, no source."""
    _, out, _ = run(capsys, "ask", "--json", "Chi ha vinto lo scudetto?")

    obj = json.loads(out)
    assert_json_contract(obj)
    assert ("none", None, None) == (obj["kind"], obj["fact_id"], obj["source"])
    assert obj["answer"].startswith("Non lo so")


def test_ask_question_may_be_several_words_without_quotes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`ask --json Quanto vuole raccogliere OpenAI` joins the words into one question."""
    _, out, _ = run(capsys, "ask", "--json", "Quanto", "vuole", "raccogliere", "OpenAI")

    obj = json.loads(out)
    assert "Quanto vuole raccogliere OpenAI" == obj["question"]
    assert "raccolta-10-miliardi" == obj["fact_id"]


def test_ask_json_batch_gives_one_line_per_non_empty_input_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ask --json -` answers each non-empty stdin line, in order, one JSON line each."""
    feed_stdin(monkeypatch, "\n".join(["", *MIXED_QUESTIONS[:3], "   ", *MIXED_QUESTIONS[3:], ""]))

    code, out, _ = run(capsys, "ask", "--json", "-")

    objs = [json.loads(line) for line in out.splitlines()]
    assert 0 == code
    assert MIXED_QUESTIONS == [o["question"] for o in objs]
    for obj in objs:
        assert_json_contract(obj)
    assert ["fact", "smalltalk", "none", "fact", "smalltalk", "none"] == [o["kind"] for o in objs]


def test_ask_json_batch_without_final_newline_and_windows_line_ends(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last line counts even without a newline; a CRLF file gives clean questions."""
    feed_stdin(monkeypatch, "ciao\r\ngrazie")

    _, out, _ = run(capsys, "ask", "--json", "-")

    assert ["ciao", "grazie"] == [json.loads(line)["question"] for line in out.splitlines()]


def test_ask_json_batch_on_empty_input_prints_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No questions on stdin: no output and success."""
    feed_stdin(monkeypatch, "\n\n")

    code, out, _ = run(capsys, "ask", "--json", "-")

    assert (0, "") == (code, out)


def test_ask_json_batch_through_a_real_pipe() -> None:
    """`python -m bot ask --json -` in a real process writes exactly one JSON line per question."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        input="\n".join(MIXED_QUESTIONS) + "\n\n",
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )

    assert 0 == result.returncode, result.stderr
    lines = result.stdout.splitlines()
    assert len(MIXED_QUESTIONS) == len(lines)
    for line in lines:
        assert_json_contract(json.loads(line))


def test_ask_uses_the_knowledge_option(capsys: pytest.CaptureFixture[str]) -> None:
    """`--knowledge DIR` answers from that directory instead of the default one."""
    _, out, _ = run(
        capsys,
        "ask",
        "--json",
        "--knowledge",
        str(TEST_KNOWLEDGE),
        "Di quanto ha tagliato i tassi la BCE?",
    )

    obj = json.loads(out)
    assert "fact" == obj["kind"]
    assert "bce-tassi-2026-03" == obj["source"]["article_id"]


def test_ask_on_broken_knowledge_exits_2_and_shows_the_problems(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`ask` refuses to answer from broken knowledge: exit 2, problems and advice on stderr."""
    code, out, err = run(capsys, "ask", "--knowledge", str(BROKEN / "duplicate"), "ciao")

    assert 2 == code
    assert "" == out
    assert "secondo.toml:" in err
    assert "newsbot validate" in err.splitlines()[-1]
    assert "Traceback" not in err


# -- ask, plain text --------------------------------------------------------------------------


def test_ask_prints_the_answer_then_the_source_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Plain `ask` prints the answer, then "Fonte: <titolo>, 17 dicembre 2025"."""
    code, out, _ = run(capsys, "ask", "Quanto vuole raccogliere OpenAI?")

    lines = out.splitlines()
    assert 0 == code
    assert 2 == len(lines)
    assert "10 miliardi" in lines[0]
    assert lines[1].startswith("Fonte: OpenAI in trattativa per raccogliere 10 miliardi")
    assert lines[1].endswith(", 17 dicembre 2025")


def test_ask_small_talk_has_no_source_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A greeting is answered without a "Fonte:" line."""
    _, out, _ = run(capsys, "ask", "ciao")

    assert "Fonte:" not in out
    assert out.startswith("Ciao!")


def test_ask_unknown_prints_non_lo_so(capsys: pytest.CaptureFixture[str]) -> None:
    """An off-topic question prints the "Non lo so" text and no source."""
    _, out, _ = run(capsys, "ask", "Chi ha vinto lo scudetto?")

    assert out.startswith("Non lo so")
    assert "Fonte:" not in out


# -- chat ------------------------------------------------------------------------------------


def test_chat_answers_and_stops_at_esci(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`chat` answers each line with its source and stops at "esci", ignoring what follows."""
    feed_stdin(monkeypatch, "ciao\nQuanto vuole raccogliere OpenAI?\nesci\nChi è l'autore?\n")

    code, out, _ = run(capsys, "chat")

    assert 0 == code
    assert "10 miliardi" in out
    assert "Fonte: " in out
    assert "piscitellidaniel" not in out, "the question after «esci» must not be answered"
    assert out.rstrip().endswith("A presto!")


def test_chat_stops_at_end_of_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-D (end of input) ends the conversation cleanly with exit 0."""
    feed_stdin(monkeypatch, "Chi è l'autore?")

    code, out, err = run(capsys, "chat")

    assert 0 == code
    assert "piscitellidaniel" in out
    assert out.rstrip().endswith("A presto!")
    assert "Traceback" not in err


def test_chat_skips_empty_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty line gets no answer, not a "Non lo so"."""
    feed_stdin(monkeypatch, "\n   \nesci\n")

    _, out, _ = run(capsys, "chat")

    assert "Non lo so" not in out


def test_chat_in_a_real_process_with_piped_input() -> None:
    """`python -m bot chat` with piped input welcomes, answers, and exits 0 on "esci"."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="grazie\nQuali chip userà OpenAI?\nesci\n",
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )

    assert 0 == result.returncode, result.stderr
    assert result.stdout.startswith("Ciao!")
    assert "Prego" in result.stdout
    assert "A presto!" in result.stdout


# -- validate --------------------------------------------------------------------------------


def test_validate_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    """`validate` exits 0 on the shipped knowledge and 1 on a broken file."""
    good, good_out, _ = run(capsys, "validate")
    bad, bad_out, _ = run(capsys, "validate", str(BROKEN / "risposta-vuota.toml"))

    assert (0, 1) == (good, bad)
    assert good_out.startswith("OK:")
    assert bad_out.startswith(f"{BROKEN / 'risposta-vuota.toml'}:")


def test_unknown_option_is_a_usage_error() -> None:
    """A wrong option is a usage error: exit 2."""
    with pytest.raises(SystemExit) as caught:
        cli.main(["validate", "--nessuna-opzione"])

    assert 2 == caught.value.code


def test_missing_command_is_a_usage_error() -> None:
    """`newsbot` alone is a usage error: exit 2."""
    with pytest.raises(SystemExit) as caught:
        cli.main([])

    assert 2 == caught.value.code


# -- eval ------------------------------------------------------------------------------------


def test_eval_prints_the_three_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """`eval FILE` prints in-scope accuracy, out-of-scope abstention and small-talk accuracy."""
    code, out, _ = run(capsys, "eval", str(DEV_QUESTIONS))

    assert 0 == code
    labels = [line.split("  ")[0] for line in out.splitlines()[:3]]
    assert ["in scope, risposta corretta", "fuori tema, astensione", "conversazione"] == labels
    for line in out.splitlines()[:3]:
        assert "%" in line and "/" in line


def test_eval_lists_each_failed_question_with_what_the_bot_said(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A question the bot gets wrong is listed with the bot's answer."""
    questions = tmp_path / "q.yaml"
    questions.write_text(
        'in_scope:\n  - q: "Quanto vuole raccogliere OpenAI?"\n    expect: [["mille lire"]]\n',
        encoding="utf-8",
    )

    code, out, _ = run(capsys, "eval", str(questions))

    assert 0 == code
    assert "0.0%" in out.splitlines()[0]
    assert "'Quanto vuole raccogliere OpenAI?' -> raccolta-10-miliardi" in out


def test_eval_with_malformed_file_exits_2_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A question file in the wrong format stops with exit 2 and one line, no traceback."""
    questions = tmp_path / "q.yaml"
    questions.write_text("in_scope:\n  - solo una stringa\n", encoding="utf-8")

    code, _, err = run(capsys, "eval", str(questions))

    assert 2 == code
    assert 1 == len(err.strip().splitlines())
    assert "Traceback" not in err


def test_eval_with_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A question file that does not exist is a usage error."""
    code, _, err = run(capsys, "eval", "non-esiste.yaml")

    assert 2 == code
    assert "non-esiste.yaml" in err


def test_eval_piped_into_head_exits_quietly() -> None:
    """`newsbot eval ... | head -1` ends without a BrokenPipeError traceback."""
    shell = (
        f'"{sys.executable}" -m bot eval tests/data/questions_openai.yaml | head -1; '
        "exit ${PIPESTATUS[0]}"
    )
    done = subprocess.run(
        ["bash", "-c", shell], capture_output=True, text=True, timeout=120, check=False
    )

    assert (0, "") == (done.returncode, done.stderr)


def test_chat_welcome_counts_articles_in_good_italian(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the one shipped article the welcome says «1 articolo», not «1 articoli»."""
    feed_stdin(monkeypatch, "esci\n")

    code, out, _ = run(capsys, "chat")

    assert (0, True) == (code, "(1 articolo)" in out)
