"""How well the bot answers the labelled question sets of tests/data/ (hand-written facts).

Each set is scored three ways:
- its article alone, with the shipped synonyms and small talk (what `newsbot eval` and the
  floors of tests/test_quality.py measure);
- all five articles loaded together, with no conversation;
- all five together, each question asked in a conversation about its own article (the bot
  knows which article its last answer came from).

    .venv/bin/python benchmarks/quality.py

Targets (issue 3): at least 95% in scope correct and 95% out of scope abstained. The last
line also counts an unanswered question whose first «Forse intendevi» button is the right fact,
or whose article is among those offered when the bot asks which one: the reader gets the
answer with one tap.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_quality import SETS  # noqa: E402  (the sets and their knowledge, one place)

from bot.evaluation import Case, evaluate, load_cases  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402
from bot.matching import Matcher  # noqa: E402

SHARED = ("sinonimi.toml", "conversazione.toml")


def _rates(matcher: Matcher, cases: list[Case], article: str | None) -> tuple[int, ...]:
    """In-scope right, in-scope total, out-of-scope abstained, out-of-scope total, in-scope
    not answered whose first suggestion is right."""
    report = evaluate(matcher, cases, article)
    return (
        *(
            getattr(report, count)[section]
            for section in ("in_scope", "out_of_scope")
            for count in ("passed", "total")
        ),
        report.first_suggestion_right,
    )


def _article_id(knowledge: list[Path]) -> str:
    """The id of the one article a set's knowledge holds."""
    files = [p for p in knowledge if p.suffix == ".toml" and p.name not in SHARED]
    if not files:  # the shipped knowledge folder
        files = [p for p in knowledge[0].glob("*.toml") if p.name not in SHARED]
    return load_knowledge(files).articles[0].id


def main() -> None:
    """Print the table."""
    together = Matcher(load_knowledge([ROOT / "knowledge", ROOT / "tests/data/knowledge"]))
    columns = ("alone", "together", "together, in conversation")
    totals = {c: [0, 0, 0, 0, 0] for c in columns}
    print(f"{'set':<9}" + "".join(f"{c:>30}" for c in columns))
    for name, (questions, knowledge, *_) in SETS.items():
        cases = load_cases(questions)
        article = _article_id(knowledge)
        runs = {
            "alone": _rates(Matcher(load_knowledge(knowledge)), cases, None),
            "together": _rates(together, cases, None),
            "together, in conversation": _rates(together, cases, article),
        }
        line = f"{name:<9}"
        for column, counts in runs.items():
            totals[column] = [t + c for t, c in zip(totals[column], counts, strict=True)]
            line += f"{counts[0] / counts[1]:>17.1%} / {counts[2] / counts[3]:6.1%}   "
        print(line)
    line = f"{'TOTAL':<9}"
    for counts in totals.values():
        line += f"{counts[0] / counts[1]:>17.1%} / {counts[2] / counts[3]:6.1%}   "
    print(line)
    print("(in scope answered right / out of scope abstained; targets 95% / 95%)")
    print(
        "in scope, answered right, or the first «Forse intendevi» button, or among the "
        "articles offered to choose from: "
        + ", ".join(f"{c} {t[0] / t[1] + t[4] / t[1]:.1%}" for c, t in totals.items())
    )


if __name__ == "__main__":
    main()
