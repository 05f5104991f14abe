"""Score the bot on a labelled question set in the `shared/eval/` YAML format."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.matching import Matcher
from bot.models import Answer, Kind
from bot.replies import answer_text
from bot.text import fold


class EvalFormatError(Exception):
    """The question file is not in the expected format."""


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled question."""

    section: str
    question: str
    expect: tuple[tuple[str, ...], ...] = ()
    tag: str = ""
    # An out-of-scope question that another labelled article answers («Qual è il tasso
    # della BCE?» is out of the OpenAI article, in the BCE one): loaded together, the
    # answer from that article (these groups) is as right as an abstention.
    elsewhere: tuple[tuple[str, ...], ...] = ()


@dataclass(slots=True)
class Report:
    """Counts per section and the failed cases with what the bot said."""

    passed: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    tag_passed: Counter[str] = field(default_factory=Counter)
    tag_total: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[Case, Answer]] = field(default_factory=list)
    # In-scope questions not answered whose first «Forse intendevi» button is the right fact
    # (or, when the bot asks which article, whose article is among those offered).
    first_suggestion_right: int = 0

    def rate(self, section: str) -> float:
        """Share of passed cases in a section (1.0 when it has none)."""
        return self.passed[section] / self.total[section] if self.total[section] else 1.0


def load_cases(path: Path) -> list[Case]:
    """Read a question file; raise `EvalFormatError` in plain words when it is malformed."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise EvalFormatError(f"{path}: impossibile leggere il file: {exc}") from None
    if not isinstance(data, dict):
        raise EvalFormatError(f"{path}: attese le sezioni in_scope, out_of_scope, smalltalk")
    cases: list[Case] = []
    for item in data.get("in_scope") or []:
        if not isinstance(item, dict) or "q" not in item or "expect" not in item:
            raise EvalFormatError(f"{path}: ogni voce di in_scope vuole q ed expect: {item!r}")
        cases.append(
            Case("in_scope", str(item["q"]), _groups(item["expect"]), str(item.get("tag", "")))
        )
    for item in data.get("out_of_scope") or []:
        if isinstance(item, dict):
            if "q" not in item:
                raise EvalFormatError(f"{path}: ogni voce di out_of_scope vuole q: {item!r}")
            elsewhere = _groups(item.get("elsewhere") or [])
            cases.append(Case("out_of_scope", str(item["q"]), elsewhere=elsewhere))
        else:
            cases.append(Case("out_of_scope", str(item)))
    cases += [Case("smalltalk", str(q)) for q in data.get("smalltalk") or []]
    return cases


def _groups(raw: Any) -> tuple[tuple[str, ...], ...]:
    """Expected-string groups as the file lists them: a list of lists of strings."""
    return tuple(tuple(str(s) for s in group) for group in raw)


def passes(case: Case, answer: Answer) -> bool:
    """Whether the bot's answer is right for this case."""
    if case.section == "out_of_scope":
        return answer.kind is Kind.NONE or bool(
            case.elsewhere and answer.kind is Kind.FACT and _says(answer, case.elsewhere)
        )
    if case.section == "smalltalk":
        return answer.kind is Kind.SMALLTALK
    return answer.kind is Kind.FACT and _says(answer, case.expect)


def _says(answer: Answer, expect: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the reply holds one string of every group."""
    reply = fold(answer_text(answer))
    return all(any(fold(s) in reply for s in group) for group in expect)


def evaluate(matcher: Matcher, cases: list[Case], context_article: str | None = None) -> Report:
    """Ask every question and count what passed; with `context_article`, each question is
    asked in a conversation about that article."""
    report = Report()
    for case in cases:
        answer = matcher.match(case.question, context_article=context_article)
        ok = passes(case, answer)
        report.total[case.section] += 1
        report.passed[case.section] += ok
        if case.tag:
            report.tag_total[case.tag] += 1
            report.tag_passed[case.tag] += ok
        if not ok:
            report.failures.append((case, answer))
            report.first_suggestion_right += _first_suggestion_right(case, answer)
    return report


def _first_suggestion_right(case: Case, answer: Answer) -> bool:
    """Whether an unanswered in-scope question's first suggestion is a right answer, or,
    when the bot asks which article the question is about, any of the articles offered:
    the reader taps their own (a choice, not a guess)."""
    if case.section != "in_scope" or answer.kind is not Kind.NONE or not answer.suggestions:
        return False
    offered = answer.suggestions if answer.ambiguous else answer.suggestions[:1]
    return any(passes(case, Answer(case.question, Kind.FACT, f.answer, f, 1.0)) for f in offered)


def format_report(report: Report, *, show_failures: bool = True) -> str:
    """The text `newsbot eval` prints."""
    names = {
        "in_scope": "in scope, risposta corretta",
        "out_of_scope": "fuori tema, astensione",
        "smalltalk": "conversazione",
    }
    lines = []
    for section, name in names.items():
        if report.total[section]:
            lines.append(
                f"{name:<30} {report.rate(section):6.1%}  "
                f"({report.passed[section]}/{report.total[section]})"
            )
    if report.tag_total:
        tags = ", ".join(
            f"{t} {report.tag_passed[t]}/{report.tag_total[t]}" for t in sorted(report.tag_total)
        )
        lines.append(f"per tipo (in scope): {tags}")
    if show_failures and report.failures:
        lines.append("")
        lines.append(f"domande sbagliate ({len(report.failures)}):")
        for case, answer in report.failures:
            said = answer.fact.id if answer.fact else str(answer.kind)
            hint = f" expect={[list(g) for g in case.expect]}" if case.expect else ""
            suggestions = (
                f" suggerimenti={[s.id for s in answer.suggestions]}" if answer.suggestions else ""
            )
            lines.append(
                f"- [{case.section}] {case.question!r} -> {said} "
                f"({answer.confidence:.2f}){suggestions}{hint}: {answer_text(answer)[:100]!r}"
            )
    return "\n".join(lines)


def summary(report: Report) -> dict[str, Any]:
    """The figures as plain data, for tests and benchmarks."""
    return {section: report.rate(section) for section in report.total}
