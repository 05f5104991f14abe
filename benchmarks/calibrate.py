"""Fit the matcher's answer/abstain decision on the labelled question sets.

The decision is a logistic model over `Matcher.features` (confidence, overlap, margin,
unmatched informative words, ...). This script collects the features of the best fact for
every labelled question, labels them (1 = the best fact is a right answer, 0 = it is not,
or the question is out of scope), fits the model with L2 regularisation, and reports
leave-one-set-out figures, so the numbers shown are on questions the fit did not see.

    python benchmarks/calibrate.py            # report + coefficients for MatchConfig
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

from bot.derive import derive_file
from bot.evaluation import load_cases, passes
from bot.knowledge import load_knowledge
from bot.matching import MatchConfig, Matcher
from bot.models import Answer, Kind

ROOT = Path(__file__).resolve().parents[1]
COMMON = [ROOT / "knowledge" / "sinonimi.toml", ROOT / "knowledge" / "conversazione.toml"]
SETS: dict[str, tuple[Path, list[Path]]] = {
    "openai": (ROOT / "tests/data/questions_openai.yaml", [ROOT / "knowledge"]),
    "dev": (ROOT / "tests/data/dev_questions.yaml", [ROOT / "knowledge"]),
    "bce": (
        ROOT / "tests/data/questions_bce.yaml",
        [*COMMON, ROOT / "tests/data/knowledge/bce-tassi-2026-03.toml"],
    ),
    "giro": (
        ROOT / "tests/data/questions_giro.yaml",
        [*COMMON, ROOT / "tests/data/knowledge/giro-tappa-2026-05.toml"],
    ),
}
# Written after the model was fitted and never used to fit it: the honest figure.
HELD_OUT: dict[str, tuple[Path, list[Path]]] = {
    "sanita": (
        ROOT / "tests/data/questions_sanita.yaml",
        [*COMMON, ROOT / "tests/data/knowledge/sanita-attese-2026-04.toml"],
    ),
    "startup": (
        ROOT / "tests/data/questions_startup.yaml",
        [*COMMON, ROOT / "tests/data/knowledge/startup-energia-2026-10.toml"],
    ),
}


def add_derived_sets(folder: Path) -> None:
    """Also calibrate on facts drafted by `newsbot derive` from the derive test articles,
    since unseen articles often arrive as drafts: the decision must hold on those too."""
    articles = ROOT / "tests" / "data" / "derive" / "articles"
    for article in sorted(articles.glob("*.txt")):
        word = next(
            (
                w
                for w in article.stem.split("-")[3:]
                if (article.parents[1] / f"questions_{w}.yaml").exists()
            ),
            None,
        )
        if word is None:
            continue
        target = folder / word
        target.mkdir()
        derive_file(article, target, force=False)
        SETS[f"d-{word}"] = (article.parents[1] / f"questions_{word}.yaml", [*COMMON, target])


def collect(
    sets: dict[str, tuple[Path, list[Path]]] | None = None,
) -> list[tuple[str, str, list[float], int]]:
    """(set, section, features, label) for every non-small-talk question with a candidate."""
    rows = []
    for name, (questions, knowledge) in (SETS if sets is None else sets).items():
        if not questions.exists():
            continue
        matcher = Matcher(load_knowledge(knowledge))
        for case in load_cases(questions):
            if case.section == "smalltalk":
                continue
            query = matcher.analyse(case.question)
            scored = matcher.score(query)
            if not scored:
                rows.append((name, case.section, [], 0))
                continue
            fact = matcher.facts[scored[0].index]
            right = case.section == "in_scope" and passes(
                case, Answer(case.question, Kind.FACT, fact.answer, fact, 1.0)
            )
            rows.append((name, case.section, matcher.features(query, scored), int(right)))
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.002, steps: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; returns [bias, *coefficients]."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    penalty = l2 * len(y) * np.diag(np.r_[0.0, np.ones(xb.shape[1] - 1)])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + penalty @ w
        hessian = xb.T @ (xb * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def rates(
    rows: list[tuple[str, str, list[float], int]], w: np.ndarray, tau: float
) -> tuple[float, float]:
    """In-scope answered correctly, out-of-scope abstained, at threshold tau."""
    ins = oos = ok_in = ok_oos = 0
    for _, section, feats, label in rows:
        answered = bool(feats) and 1 / (1 + np.exp(-(w[0] + np.dot(w[1:], feats)))) >= tau
        if section == "in_scope":
            ins += 1
            ok_in += answered and label == 1
        else:
            oos += 1
            ok_oos += not answered
    return ok_in / max(1, ins), ok_oos / max(1, oos)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tau", type=float, default=MatchConfig().answer_probability)
    parser.add_argument("--no-derived", action="store_true", help="only hand-written facts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="calibrate-") as folder:
        if not args.no_derived:
            add_derived_sets(Path(folder))
        rows = collect()
    data = [(r[2], r[3]) for r in rows if r[2]]
    x = np.array([d[0] for d in data])
    y = np.array([d[1] for d in data], dtype=float)
    print(f"{len(rows)} labelled questions, {int(y.sum())} with a right best fact")
    print("\nleave one set out (fit on the others, figures on the held-out set):")
    print(f"{'set':<8} {'in scope ok':>12} {'out of scope abstained':>24}")
    for held in SETS:
        train = [(r[2], r[3]) for r in rows if r[2] and r[0] != held]
        w = fit(np.array([t[0] for t in train]), np.array([t[1] for t in train], dtype=float))
        test = [r for r in rows if r[0] == held]
        if test:
            i, o = rates(test, w, args.tau)
            print(f"{held:<8} {i:>12.1%} {o:>24.1%}")
    shipped = MatchConfig()
    current = np.array([shipped.bias, *shipped.coefficients])
    held = collect(HELD_OUT)
    print("\nheld out (never used for fitting), with the shipped coefficients:")
    for name in HELD_OUT:
        test = [r for r in held if r[0] == name]
        if test:
            i, o = rates(test, current, args.tau)
            print(f"{name:<8} {i:>12.1%} {o:>24.1%}")
    w = fit(x, y)
    print("\nfitted on all sets:")
    for held in SETS:
        test = [r for r in rows if r[0] == held]
        if test:
            i, o = rates(test, w, args.tau)
            print(f"{held:<8} {i:>12.1%} {o:>24.1%}")
    print(f"\nbias: float = {w[0]:.3f}")
    print("coefficients: tuple[float, ...] = (" + ", ".join(f"{v:.3f}" for v in w[1:]) + ")")


if __name__ == "__main__":
    main()
