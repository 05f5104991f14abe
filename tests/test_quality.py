"""Answer quality on the labelled question sets stays at least where it is today.

The figures are measured by `newsbot eval` (see README); these floors sit just under the
levels reached when they were set, so a change that makes the bot answer worse, or answer
where it should say "non lo so", fails here. They are floors against regressions, not the
targets of issue 3 (95% / 95%), which the matcher does not reach yet on every set.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bot.evaluation import evaluate, load_cases, summary
from bot.knowledge import load_knowledge
from bot.matching import Matcher

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
BESIDE = [REPO / "knowledge" / "sinonimi.toml", REPO / "knowledge" / "conversazione.toml"]

# set: (questions, knowledge, in scope floor, out of scope floor, small talk floor)
SETS = {
    "openai": (DATA / "questions_openai.yaml", [REPO / "knowledge"], 0.82, 0.96, 0.88),
    # Written in the style of the shared development questions by a helper who saw neither
    # the bot nor its fact table. 82.0% / 93.3% with the code of the start and of the end of
    # the session that added it; its failures were not studied.
    "openai-dev": (
        DATA / "questions_openai_devstyle.yaml",
        [REPO / "knowledge"],
        0.80,
        0.93,
        0.8,
    ),
    "bce": (
        DATA / "questions_bce.yaml",
        [*BESIDE, DATA / "knowledge" / "bce-tassi-2026-03.toml"],
        0.81,
        0.85,
        0.8,
    ),
    "giro": (
        DATA / "questions_giro.yaml",
        [*BESIDE, DATA / "knowledge" / "giro-tappa-2026-05.toml"],
        0.62,
        0.78,
        0.8,
    ),
    # Held out: written after the decision was fitted, never used to fit it.
    "sanita": (
        DATA / "questions_sanita.yaml",
        [*BESIDE, DATA / "knowledge" / "sanita-attese-2026-04.toml"],
        0.78,
        0.77,
        0.8,
    ),
    "startup": (
        DATA / "questions_startup.yaml",
        [*BESIDE, DATA / "knowledge" / "startup-energia-2026-10.toml"],
        0.88,
        0.80,
        0.8,
    ),
}


@cache
def figures(name: str) -> dict[str, float]:
    """The eval figures of one labelled set, computed once."""
    questions, knowledge, *_ = SETS[name]
    return summary(evaluate(Matcher(load_knowledge(knowledge)), load_cases(questions)))


@pytest.mark.parametrize("name", sorted(SETS))
def test_in_scope_answers_stay_above_their_floor(name: str) -> None:
    """In-scope questions are answered with the right fact at least as often as before."""
    assert figures(name)["in_scope"] >= SETS[name][2]


@pytest.mark.parametrize("name", sorted(SETS))
def test_out_of_scope_abstention_stays_above_its_floor(name: str) -> None:
    """Questions the knowledge cannot answer get "non lo so" at least as often as before."""
    assert figures(name)["out_of_scope"] >= SETS[name][3]


@pytest.mark.parametrize("name", sorted(SETS))
def test_small_talk_stays_above_its_floor(name: str) -> None:
    """Greetings and thanks are recognised at least as often as before."""
    assert figures(name)["smalltalk"] >= SETS[name][4]
