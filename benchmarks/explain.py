"""Why the bot answers a question as it does: the reading, the candidates, the decision.

A developer's magnifying glass for one question at a time, on an article drafted with
`newsbot derive` (a `.txt` file: drafted into a temporary folder beside the shipped synonyms
and small talk, as `derive_quality.py` does) or on knowledge as the bot loads it (a folder
or `.toml` files):

    .venv/bin/python benchmarks/explain.py \
        tests/data/derive/devstyle/articles/2026-02-18-tar-ztl-padova.txt \
        "Chi ha annullato l'allargamento della Ztl?" "quante mulet sono state fate?"
    .venv/bin/python benchmarks/explain.py knowledge "Quanto vuole raccogliere OpenAI?"
    .venv/bin/python benchmarks/explain.py knowledge tests/data/knowledge \
        --context ARTICLE_ID "E chi ha scritto?"

For each question it prints the words the matcher reads (corrected, with their weights),
the intents and readings, the best candidates with their scores, the decision's inputs for
the best one, the chance that it answers, the check of what a fact can tell that refuses
it (if one does), and the answer. Nothing is written; it never fails the build.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bot.derive import derive_file
from bot.knowledge import load_knowledge
from bot.matching import Matcher
from bot.query import FEATURE_NAMES


def matcher_for(sources: list[Path], folder: Path) -> Matcher:
    """A matcher over `sources`: articles (`.txt`) drafted into `folder`, or knowledge
    folders and files loaded as they are (`load_knowledge` adds the shipped synonyms and
    small talk where none are loaded)."""
    articles = [s for s in sources if s.suffix == ".txt"]
    if not articles:
        return Matcher(load_knowledge(sources))
    for article in articles:
        derive_file(article, folder, force=False)
    return Matcher(load_knowledge([folder, *(s for s in sources if s.suffix != ".txt")]))


def explain(matcher: Matcher, question: str, context: str | None, shown: int) -> str:
    """The report for one question."""
    query = matcher.analyse(question)
    lines = [f"? {question}"]
    words = ", ".join(f"{t.word} {w:.2f}" for t, w in zip(query.terms, query.weights, strict=True))
    lines.append(f"  words: {words or '-'}")
    intents = ", ".join(sorted(i.value for i in query.intents)) or "-"
    reads = ", ".join(sorted(query.reads)) or "-"
    names = ", ".join(sorted(query.names)) or "-"
    lines.append(f"  intents: {intents}; reads: {reads}; names: {names}")
    scored = matcher.score(query)
    for s in scored[:shown]:
        fact = matcher.facts[s.index]
        lines.append(
            f"  {s.rank:5.2f} conf {s.confidence:.2f} cov {s.coverage:.2f} "
            f"overlap {s.question_similarity:.2f} fuzzy {s.fuzzy:.2f} intent {s.intent:.2f} "
            f"[{fact.id}] {fact.answer[:110]}"
        )
    if scored:
        features = matcher.features(query, scored)
        lines.append(
            "  decision inputs: "
            + ", ".join(f"{n} {v:.2f}" for n, v in zip(FEATURE_NAMES, features, strict=True))
        )
        refusal = matcher._refusal(query, scored[0], features) or "none"
        lines.append(
            f"  chance {matcher.probability(features):.3f} (answers from "
            f"{matcher.config.answer_probability}); check that refuses the best: {refusal}"
        )
    answer = matcher.match(question, context_article=context)
    shown_answer = answer.fact.id if answer.fact else [f.id for f in answer.suggestions]
    lines.append(f"  => {answer.kind.value} {answer.confidence:.2f} {shown_answer}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the report of each question."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", help="articles (.txt), knowledge folders or .toml")
    parser.add_argument("--context", help="the article of the conversation (its id)")
    parser.add_argument("--candidates", type=int, default=4, help="candidates shown (4)")
    args = parser.parse_intermixed_args(argv)
    paths = [Path(s) for s in args.sources if Path(s).exists()]
    questions = [s for s in args.sources if not Path(s).exists()]
    if not paths or not questions:
        parser.error("serve almeno un articolo o una cartella di conoscenza e una domanda")
    with tempfile.TemporaryDirectory(prefix="explain-") as folder:
        matcher = matcher_for(paths, Path(folder))
        for question in questions:
            print(explain(matcher, question, args.context, args.candidates))
    return 0


if __name__ == "__main__":
    sys.exit(main())
