"""A question as the matcher reads it, and a fact as it scores it: the data passed from
`Matcher.analyse` to `Matcher.score` and `Matcher.decide`, and the credit a question word
earns by how it matched a fact (its own dictionary word, a synonym, a stem, a relative).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.text import Intent

# Credit for a query word by how it matched: its dictionary word ("="), a synonym ("~"),
# a shared stem, or a derivational relative found by prefix.
SYNONYM_CREDIT = 0.95
# A synonym from MultiWordNet (general Italian, not the operators' list): as sure as a word
# of the fact itself for the decision, a little below the operators' synonyms for ranking.
WORDNET_CREDIT = 0.9
STEM_CREDIT = 0.85
# The opposite of a word a yes/no question claims («obbligatorio?» of the news's
# «facoltativa»): the fact that denies the claim covers it, as surely as a shared stem.
OPPOSITE_CREDIT = 0.85
RELATIVE_CREDIT = 0.75
KEY_CREDIT = {"~": SYNONYM_CREDIT, "=": 1.0}
# Credit from which a word counts as found for the decision (a stem alone is not enough).
SURE_CREDIT = 0.9
# A stem this long names one word family («arretr»); a shorter one joins unrelated words
# («assoc»: associati, associazione).
LONG_STEM = 6
# What each input of the decision is, in the order of `Matcher.features`.
FEATURE_NAMES = (
    "confidence",
    "coverage",
    "question overlap",
    "fuzzy",
    "intent",
    "rank margin",
    "confidence margin",
    "largest missing weight / 6",
    "missing weight share",
    "1 / words",
    "largest missing noun / 6",
    "missing noun share",
    "asked word missing",
)
# Position of "the asked word is missing from the fact" in `Matcher.features`.
HEAD_MISSING = FEATURE_NAMES.index("asked word missing")
# Question words whose answer must carry a specific kind of datum to be an answer at all.
FACTOID_INTENTS = frozenset({Intent.AMOUNT, Intent.DATE, Intent.PLACE})


@dataclass(slots=True)
class Term:
    """One informative word of the question and the index keys that count as matching it."""

    word: str
    info: float
    keys: dict[str, float] = field(default_factory=dict)

    def sure_keys(self) -> set[str]:
        """The keys that hold the word for sure (`SURE_CREDIT` or more): its own word, its
        lemma, its synonyms; not a stem alone, which joins look-alikes."""
        return {k for k, c in self.keys.items() if c >= SURE_CREDIT}


@dataclass(frozen=True, slots=True)
class Query:
    """A question analysed once, scored against many facts."""

    text: str
    folded: str
    terms: tuple[Term, ...]
    intents: frozenset[Intent]
    weights: tuple[float, ...] = ()
    names: frozenset[str] = frozenset()  # words written with a capital inside the question
    reads: frozenset[str] = frozenset()  # what it asks, read once (`question_reads`)
    # The words of each name of several words in it («Internazionali d'Italia»).
    compound_names: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True, slots=True)
class Scored:
    """A fact with its scores for one question."""

    index: int
    confidence: float
    rank: float
    coverage: float = 0.0
    question_similarity: float = 0.0
    fuzzy: float = 0.0
    intent: float = 0.0
