"""Writing the draft: TOML that `newsbot validate` accepts, written atomically, and the
`newsbot derive` command with its progress bar and plain-Italian errors.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from bot.derive.article import RawArticle, read_article
from bot.derive.base import DeriveError
from bot.derive.facts import DraftFact, article_id, build_facts


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = []
    for char in value:
        if char == "\\":
            escaped.append("\\\\")
        elif char == '"':
            escaped.append('\\"')
        elif char == "\n":
            escaped.append("\\n")
        elif char == "\t":
            escaped.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def _toml_list(values: Iterable[str]) -> str:
    items = [toml_string(v) for v in values]
    if sum(len(i) + 2 for i in items) <= 80:
        return "[" + ", ".join(items) + "]"
    return "[\n" + "".join(f"  {i},\n" for i in items) + "]"


def render_toml(article: RawArticle, facts: Sequence[DraftFact], source: str) -> str:
    """The knowledge file text, in the layout operators know from `knowledge/`."""
    lines = [
        "# Bozza generata da `newsbot derive`: rileggi ogni fatto, correggi, poi togli",
        "# `draft = true` e controlla con `newsbot validate`.",
        "",
        "[article]",
        f"id = {toml_string(article_id(article))}",
        f"title = {toml_string(article.title)}",
        f"author = {toml_string(article.author)}",
        f"published = {article.published.isoformat()}",
        f"source = {toml_string(source)}",
    ]
    for fact in facts:
        lines += [
            "",
            "[[facts]]",
            f"id = {toml_string(fact.id)}",
            f"answer = {toml_string(fact.answer)}",
            f"questions = {_toml_list(fact.questions)}",
            f"keywords = {_toml_list(fact.keywords)}",
            "draft = true",
        ]
    return "\n".join(lines) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def derive_file(path: Path, output: Path, *, force: bool) -> tuple[Path, int]:
    """Derive one article into `output`; return the file written and its number of facts."""
    article = read_article(path)
    target = output / f"{article_id(article)}.toml"
    if target.exists() and not force:
        raise DeriveError(f"{target} esiste già: usa --force per sovrascriverlo")
    facts = build_facts(article)
    write_atomic(target, render_toml(article, facts, _source(path)))
    return target, len(facts)


def _source(path: Path) -> str:
    """The article's path as operators see it: relative to the current folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def progress_bar(done: int, total: int, label: str = "", *, width: int = 24) -> str:
    """A one-line bar for the terminal: "[########----------------] 3/8 label"."""
    filled = width * done // total if total else width
    return f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total} {label}".rstrip()


def derive_command(articles: list[Path], output: Path, *, force: bool) -> int:
    """Draft a knowledge file per article; 0 when all were written, 1 when any failed."""
    stream: TextIO = sys.stderr
    show_bar = len(articles) > 1 and stream.isatty()
    failed = 0
    for number, path in enumerate(articles, start=1):
        if show_bar:
            stream.write("\r" + progress_bar(number - 1, len(articles), path.name)[:100])
            stream.flush()
        try:
            written, count = derive_file(path, output, force=force)
        except Exception as exc:  # one odd article must not stop the others nor show a traceback
            failed += 1
            _clear(stream, show_bar)
            print(f"{path}: {_problem(exc)}", file=stream)
            continue
        _clear(stream, show_bar)
        print(f"{written}: {count} fatti in bozza (draft = true) da rileggere")
    if show_bar:
        stream.write(progress_bar(len(articles), len(articles)) + "\n")
    return 1 if failed else 0


def _problem(exc: Exception) -> str:
    """The operator's one line about a failed article."""
    if isinstance(exc, DeriveError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"impossibile scrivere il risultato: {exc.strerror or exc}"
    return (
        f"errore inatteso ({type(exc).__name__}): l'articolo non è stato derivato, "
        "segnala il problema a chi mantiene il bot"
    )


def _clear(stream: TextIO, active: bool) -> None:
    if active:
        stream.write("\r\033[K")
        stream.flush()
