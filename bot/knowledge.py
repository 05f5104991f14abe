"""Load and validate knowledge files; every problem is reported as `path:line: message`.

A directory is loaded whole or not at all: the caller keeps serving its previous
`Knowledge` when `load_knowledge` raises.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rtoml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from rapidfuzz import process

from bot.models import Article, Fact, Knowledge

MAX_ANSWER = 1000
# What `newsbot unanswered` writes in a new fact's answer, for the operator to replace.
PLACEHOLDER_ANSWER = "DA SCRIVERE"
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
SYNONYMS_PREFIX = "sinonimi"
# The project's own small talk and synonyms: the bot's voice and everyday Italian, which a
# folder holding only today's derived articles still needs ("ciao", "IA" = "AI").
SHIPPED = Path(__file__).resolve().parent.parent / "knowledge"
SHIPPED_SMALLTALK = SHIPPED / "conversazione.toml"
SHIPPED_SYNONYMS = SHIPPED / "sinonimi.toml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class ArticleEntry(_Strict):
    """The `[article]` table."""

    id: str = Field(pattern=ID_PATTERN, max_length=80)
    title: str = Field(min_length=1, max_length=300)
    author: str = Field(min_length=1, max_length=120)
    published: dt.date
    source: str = Field(min_length=1)


class _Entry(_Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=80)
    answer: str = Field(min_length=1, max_length=MAX_ANSWER)
    questions: list[str] = Field(min_length=1)

    @field_validator("answer")
    @classmethod
    def _written(cls, value: str) -> str:
        """A skeleton pasted from `newsbot unanswered` must not reach readers as it is."""
        if value.strip().casefold() == PLACEHOLDER_ANSWER.casefold():
            raise ValueError(f"la risposta è ancora «{PLACEHOLDER_ANSWER}»: scrivila")
        return value

    @field_validator("questions")
    @classmethod
    def _no_blank_questions(cls, value: list[str]) -> list[str]:
        """A blank alternate question would match nothing and hide a typo."""
        if any(not q.strip() for q in value):
            raise ValueError("contiene una domanda vuota")
        return [q.strip() for q in value]


class FactEntry(_Entry):
    """One `[[facts]]` entry."""

    keywords: list[str] = []
    draft: bool = False


class SmallTalkEntry(_Entry):
    """One `[[smalltalk]]` entry."""


class ArticleFile(_Strict):
    """A knowledge file about one article."""

    article: ArticleEntry
    facts: list[FactEntry] = Field(min_length=1)


class ConversationFile(_Strict):
    """The bot's small talk."""

    smalltalk: list[SmallTalkEntry] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a knowledge file, in words an operator understands."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge could not be loaded; `problems` says where and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


_FIELD_NAMES = {
    "article": "[article]",
    "facts": "[[facts]]",
    "smalltalk": "[[smalltalk]]",
}
_KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "": ("article", "facts", "smalltalk"),
    "article": tuple(ArticleEntry.model_fields),
    "facts": tuple(FactEntry.model_fields),
    "smalltalk": tuple(SmallTalkEntry.model_fields),
}


def _locate(lines: list[str], loc: Sequence[int | str]) -> int:
    """Find the line of a pydantic error location such as ("facts", 3, "answer")."""
    header_line, section, index = 1, "", 0
    parts = list(loc)
    if parts and isinstance(parts[0], str):
        section = str(parts.pop(0))
    if parts and isinstance(parts[0], int):
        index = int(parts.pop(0))
    key = parts[0] if parts and isinstance(parts[0], str) else None
    start = 0
    if section:
        pattern = re.compile(rf"^\s*\[\[?\s*{re.escape(section)}\s*\]\]?")
        seen = -1
        for number, text in enumerate(lines):
            if pattern.match(text):
                seen += 1
                if seen == index:
                    header_line, start = number + 1, number + 1
                    break
        else:
            key_line = _find_key(lines, 0, len(lines), section)
            return key_line or 1
    if key is None:
        return header_line
    end = len(lines)
    for number in range(start, len(lines)):
        if lines[number].lstrip().startswith("["):
            end = number
            break
    return _find_key(lines, start, end, key) or header_line


def _find_key(lines: list[str], start: int, end: int, key: str) -> int | None:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number in range(start, end):
        if pattern.match(lines[number]):
            return number + 1
    return None


def _describe(error: Any) -> str:
    """Turn one pydantic error into a plain Italian sentence."""
    loc = [p for p in error["loc"] if isinstance(p, str)]
    name = loc[-1] if loc else "file"
    kind = error["type"]
    if kind == "extra_forbidden":
        section = loc[-2] if len(loc) > 1 else ""
        known = _KNOWN_KEYS.get(section, ())
        guess = process.extractOne(name, known, score_cutoff=60) if known else None
        hint = f" (forse intendevi «{guess[0]}»?)" if guess else ""
        where = f" in {_FIELD_NAMES.get(section, section)}" if section else ""
        return f"chiave sconosciuta «{name}»{where}{hint}"
    if kind == "missing":
        return f"manca il campo obbligatorio «{name}»"
    if kind == "string_too_short" and name == "answer":
        return "la risposta («answer») è vuota"
    if kind == "string_too_short":
        return f"il campo «{name}» è vuoto"
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return f"il campo «{name}» è troppo lungo (al massimo {limit} caratteri)"
    if kind == "too_short" and name in ("facts", "smalltalk", "questions"):
        return f"«{name}» deve contenere almeno un elemento"
    if kind == "string_pattern_mismatch":
        return (
            f"«{name}» può contenere solo lettere minuscole, cifre e trattini "
            "(es. «raccolta-fondi»)"
        )
    if kind.startswith("date"):
        return f"«{name}» non è una data valida: scrivila come 2025-12-17"
    if kind == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    if kind in ("string_type", "list_type", "bool_type", "dict_type", "model_type"):
        return f"«{name}» ha un tipo sbagliato: {error['msg']}"
    return f"«{name}»: {error['msg']}"


def _read_toml(text: str) -> dict[str, Any]:
    """TOML to data with `rtoml` (Rust, about 8× faster than `tomllib`: 100,000 facts load in
    seconds, not tens of seconds). A file `rtoml` refuses is read again by `tomllib`, whose
    error names the line and column the operator must fix."""
    try:
        data: dict[str, Any] = rtoml.loads(text)
    except ValueError:  # rtoml.TomlParsingError or a text it cannot encode: tomllib tells
        return tomllib.loads(text)
    return data


def _toml_problem(path: str, exc: tomllib.TOMLDecodeError, text: str) -> Problem:
    match = re.search(r"line (\d+)", str(exc))
    line = int(match.group(1)) if match else 1
    if "(at end of document)" in str(exc):
        line = max(1, len(text.splitlines()))
    message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
    return Problem(path, line, f"errore di sintassi TOML: {message}")


@dataclass(frozen=True, slots=True)
class _Parsed:
    articles: tuple[Article, ...]
    facts: tuple[tuple[Fact, int], ...]
    synonyms: tuple[tuple[str, ...], ...]


def parse_file(path: Path, display: str | None = None) -> _Parsed:
    """Parse one knowledge file; raise `KnowledgeError` listing all its problems."""
    shown = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KnowledgeError(
            [Problem(shown, 1, f"impossibile leggere il file: {exc.strerror}")]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KnowledgeError([Problem(shown, 1, "il file non è testo UTF-8")]) from None
    try:
        data = _read_toml(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError([_toml_problem(shown, exc, text)]) from None
    lines = text.splitlines()
    if path.name.startswith(SYNONYMS_PREFIX):
        return _parse_synonyms(shown, data, lines)
    model: type[ArticleFile] | type[ConversationFile]
    model = ConversationFile if "smalltalk" in data and "article" not in data else ArticleFile
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        problems = [Problem(shown, _locate(lines, e["loc"]), _describe(e)) for e in exc.errors()]
        raise KnowledgeError(problems) from None
    entry_lines = _entry_lines(lines, "facts" if isinstance(parsed, ArticleFile) else "smalltalk")
    if isinstance(parsed, ConversationFile):
        talk = tuple(
            (Fact(e.id, e.answer, tuple(e.questions), path=shown), entry_lines[i])
            for i, e in enumerate(parsed.smalltalk)
        )
        return _Parsed((), talk, ())
    meta = parsed.article
    article = Article(meta.id, meta.title, meta.author, meta.published, meta.source, shown)
    facts = tuple(
        (
            Fact(e.id, e.answer, tuple(e.questions), tuple(e.keywords), article, e.draft, shown),
            entry_lines[i],
        )
        for i, e in enumerate(parsed.facts)
    )
    return _Parsed((article,), facts, ())


def _entry_lines(lines: list[str], section: str) -> list[int]:
    """Line numbers of each `[[section]]` header, for duplicate-id messages."""
    pattern = re.compile(rf"^\s*\[\[\s*{section}\s*\]\]")
    found = [n + 1 for n, t in enumerate(lines) if pattern.match(t)]
    return found + [1] * 10_000


def _parse_synonyms(shown: str, data: dict[str, Any], lines: list[str]) -> _Parsed:
    problems: list[Problem] = []
    groups: list[tuple[str, ...]] = []
    for key, value in data.items():
        line = (
            _find_key(lines, 0, len(lines), key) or _find_key(lines, 0, len(lines), f'"{key}"') or 1
        )
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            problems.append(
                Problem(shown, line, f'«{key}» deve essere una lista di parole, es. ["AI", "IA"]')
            )
            continue
        groups.append((key, *(v.strip() for v in value)))
    if problems:
        raise KnowledgeError(problems)
    return _Parsed((), (), tuple(groups))


def knowledge_files(paths: Iterable[Path]) -> list[Path]:
    """Expand directories into their `*.toml` files, sorted, so loading is deterministic."""
    files: dict[Path, Path] = {}  # without repeats ("knowledge knowledge/x.toml"), as typed
    for path in paths:
        found = sorted(p for p in path.rglob("*.toml") if p.is_file()) if path.is_dir() else [path]
        for file in found:
            files.setdefault(file.resolve(), file)
    return list(files.values())


ParseCache = dict[Path, tuple[tuple[int, int], "_Parsed"]]


def _parse_cached(file: Path, cache: ParseCache | None) -> _Parsed:
    """Parse a file, reusing the last result while its size and modification time hold."""
    if cache is None:
        return parse_file(file)
    try:
        info = file.stat()
        signature = (info.st_mtime_ns, info.st_size)
    except OSError:
        return parse_file(file)
    hit = cache.get(file)
    if hit is not None and hit[0] == signature:
        return hit[1]
    parsed = parse_file(file)
    cache[file] = (signature, parsed)
    return parsed


def load_knowledge(
    paths: Path | Iterable[Path], *, cache: ParseCache | None = None, shipped: bool = True
) -> Knowledge:
    """Load every knowledge file under `paths` or raise `KnowledgeError` with all problems.

    A reloader passes a `cache` so that files that did not change are not parsed again.
    With `shipped`, a folder without small talk or without synonyms gets the project's
    own (`SHIPPED`), so a folder of freshly derived articles still greets and thanks.
    """
    roots = [paths] if isinstance(paths, Path) else list(paths)
    for root in roots:
        if not root.exists():
            raise KnowledgeError([Problem(str(root), 1, "il file o la cartella non esiste")])
    files = knowledge_files(roots)
    problems: list[Problem] = []
    articles: list[Article] = []
    facts: list[Fact] = []
    synonyms: list[tuple[str, ...]] = []
    seen_facts: dict[str, tuple[str, int]] = {}
    seen_articles: dict[str, str] = {}
    for file in files:
        try:
            parsed = _parse_cached(file, cache)
        except KnowledgeError as exc:
            problems.extend(exc.problems)
            continue
        for article in parsed.articles:
            if article.id in seen_articles:
                problems.append(
                    Problem(
                        str(file),
                        _find_key(file.read_text("utf-8").splitlines(), 0, 10**6, "id") or 1,
                        f"l'articolo «{article.id}» è già definito in {seen_articles[article.id]}",
                    )
                )
            seen_articles[article.id] = str(file)
            articles.append(article)
        for fact, line in parsed.facts:
            if fact.id in seen_facts:
                other, other_line = seen_facts[fact.id]
                problems.append(
                    Problem(
                        str(file),
                        line,
                        f"id «{fact.id}» duplicato: è già usato in {other}:{other_line}",
                    )
                )
                continue
            seen_facts[fact.id] = (str(file), line)
            facts.append(fact)
        synonyms.extend(parsed.synonyms)
    if problems:
        raise KnowledgeError(problems)
    if shipped:
        facts.extend(_shipped_smalltalk(facts, seen_facts, cache))
        if not any(f.name.startswith(SYNONYMS_PREFIX) for f in files):
            synonyms.extend(_shipped(SHIPPED_SYNONYMS, cache).synonyms)
    return Knowledge(tuple(articles), tuple(facts), tuple(synonyms), tuple(str(f) for f in files))


def _shipped_smalltalk(
    facts: Sequence[Fact], taken: dict[str, tuple[str, int]], cache: ParseCache | None
) -> list[Fact]:
    """The project's small talk, when the loaded files have none of their own; an id an
    article already uses stays the article's."""
    if any(f.article is None for f in facts):
        return []
    return [f for f, _ in _shipped(SHIPPED_SMALLTALK, cache).facts if f.id not in taken]


def _shipped(file: Path, cache: ParseCache | None) -> _Parsed:
    """A shipped file, or nothing when this installation has no such file or it is broken:
    the operators' own folder is what must load."""
    try:
        return _parse_cached(file, cache) if file.is_file() else _Parsed((), (), ())
    except KnowledgeError:
        return _Parsed((), (), ())
