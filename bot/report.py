"""`newsbot unanswered`: what readers asked and the bot could not answer well, for journalists.

The question log holds questions answered `none`, answered with low confidence, or
marked 👎. Read one by one they are noise; grouped, they tell an operator which facts
are missing. Questions are grouped by meaning as far as cheap text tools allow:
normalised Italian words (`bot.text`), stems, the operators' synonyms, a few question
paraphrases, and rapidfuzz for typos; groups are built by average linkage so one vague
question cannot chain unrelated groups together.

For each group the report shows the closest existing fact (from the matcher) and a
ready-to-paste TOML snippet: an alternate question for that fact when it is close, or
a new fact skeleton when nothing is. `--format toml` prints only the snippets, and the
whole output is valid TOML when pasted under an `[article]` table.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from bot.config import Settings
from bot.knowledge import PLACEHOLDER_ANSWER
from bot.matching import Matcher
from bot.models import Fact, Knowledge
from bot.qlog import LOW_CONFIDENCE, LoggedQuestion, QuestionLog
from bot.replies import italian_date
from bot.text import content_words, fold, stem, words
from bot.wordinfo import informativeness

EXIT_OK, EXIT_USAGE = 0, 2

# Two questions belong together when the informative words they share weigh at least
# this share of all their words (weighted Dice, 0..1), on average over the group.
GROUP_SIMILARITY = 0.6
# Stems this close (rapidfuzz ratio) are the same word mistyped: "benzna" is "benzina".
TYPO_RATIO = 85.0
MIN_TYPO_LENGTH = 5
# A word in more than this share of the facts is the knowledge's topic: damped like this.
TOPIC_SHARE = 0.3
TOPIC_DAMPING = 0.8
# Below this matcher confidence no fact is worth showing as "closest".
MIN_CLOSEST = 0.3
# Keywords: skip everyday words (informativeness below this) and spelling variants.
MIN_KEYWORD_INFO = 1.8
# A fact this close (matcher confidence) gets the questions as alternates; else a new fact.
ALTERNATE_CONFIDENCE = 0.6
MAX_UNIQUE = 3000
MAX_EXAMPLES = 5
MAX_SNIPPET_QUESTIONS = 8
MAX_KEYWORDS = 5
MAX_QUESTION_CHARS = 200
MAX_ID_WORDS = 4

# Words readers use interchangeably in questions that the stemmer keeps apart. Used only
# to group questions for the report, never to answer: "prezzo" and "costo" must stay
# distinct for the matcher (see knowledge/sinonimi.toml), but "quanto costa la benzina?"
# and "prezzo della benzina?" are the same question.
PARAPHRASES: tuple[tuple[str, ...], ...] = (
    ("costare", "costa", "costano", "costo", "costi", "prezzo", "prezzi", "tariffa", "tariffe"),
    ("vincere", "vince", "vinto", "vincitore", "vincitrice", "vittoria"),
    ("uscire", "esce", "escono", "uscito", "uscita", "lancio", "lanciato", "debutto"),
    ("meteo", "tempo", "previsioni"),
    ("morto", "morta", "morti", "deceduto", "decesso", "vittime"),
    ("sciopero", "scioperi", "scioperano"),
)

# Operator-facing sentences (the report is for journalists, so Italian).
HEADER = "Domande da rivedere dal {start} al {end}"
SUMMARY = "{total} domande di {readers} lettori: {reasons}; {groups} gruppi."
NOTHING = (
    "Nessuna domanda da rivedere dal {start} al {end}: il bot ha risposto con sicurezza a tutto."
)
GROUP_LINE = "{number}) «{question}» — {count} {times}, {readers} {lettori} ({reasons})"
EXAMPLES = "   Esempi:"
CLOSEST = "   Fatto più vicino: {fact} in {path} (somiglianza {confidence:.0%}) — «{title}»"
NO_CLOSEST = "   Fatto più vicino: nessuno, la conoscenza non ne parla."
ANSWERED_DOWN = "   Risposta data e giudicata 👎: {fact} — controlla che il testo sia giusto."
PASTE = "   Da incollare:"
OTHERWISE = "   Se quel fatto non risponde, un fatto nuovo:"
ALREADY_THERE = "# queste domande ci sono già: controlla che la risposta sia quella giusta"
REASON_WORDS = {"none": "senza risposta", "low": "con risposta incerta", "down": "con 👎"}
TOML_HEADER = (
    "# Proposte da «newsbot unanswered» ({start} – {end}).\n"
    "# I blocchi [[facts]] vanno incollati in fondo al file dell'articolo giusto:\n"
    "# scrivi la risposta al posto di DA SCRIVERE, poi esegui newsbot validate."
)
TOML_NOTHING = "# Nessuna domanda da rivedere dal {start} al {end}."
ALTERNATE_COMMENT = (
    "# aggiungi a questions di {fact} in {path}\n"
    "# ({count} {times}, somiglianza {confidence:.0%}) solo se la sua risposta risponde davvero:\n"
    "# togli «# » e incolla le righe dentro questions = [ ... ]"
)
NEW_FACT_COMMENT = "# nuovo fatto ({count} {times}, es. «{question}»): incollalo {where}"
NEW_FACT_WHERE_NEAR = "in {path} se riguarda quell'articolo"
NEW_FACT_WHERE_ANY = "nel file dell'articolo che risponde"
DOWN_COMMENT = "# la risposta data ({fact}) non è piaciuta: serve un fatto diverso?"
NO_LOG = "newsbot: il registro delle domande è disattivato (NEWSBOT_DB_PATH non impostato)"
MISSING_LOG = (
    "newsbot: il registro delle domande {path} non esiste: controlla NEWSBOT_DB_PATH "
    "(deve essere lo stesso file usato da newsbot run)"
)
BROKEN_LOG = "newsbot: impossibile leggere il registro delle domande {path}"
BAD_SINCE = (
    "--since non valido: «{value}»; usa per esempio 7d (giorni), 24h (ore), 30m (minuti), "
    "2w (settimane) oppure una data come 2025-12-01"
)

_SINCE = re.compile(r"^\s*(\d{1,6})\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")


class ReportError(ValueError):
    """A bad report option (such as `--since`); the message is one Italian line."""


# -- options -----------------------------------------------------------------------------


def parse_since(value: str, now: dt.datetime) -> dt.datetime:
    """Turn "7d", "24h", "30m", "2w" or an ISO date/time into the start of the window (UTC)."""
    match = _SINCE.match(value)
    if match:
        amount, unit = int(match.group(1)), match.group(2).lower()
        try:
            return now - dt.timedelta(**{_UNITS[unit]: amount})
        except OverflowError:
            raise ReportError(BAD_SINCE.format(value=value)) from None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise ReportError(BAD_SINCE.format(value=value)) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


# -- text hygiene ----------------------------------------------------------------------


def clean(text: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """A reader's text made safe to print and paste: no control or invisible characters.

    Questions come from anyone: a newline would break out of a TOML comment and an
    escape sequence would drive the operator's terminal.
    """
    kept = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else c for c in text
    )
    kept = _SPACES.sub(" ", kept).strip()
    return kept if len(kept) <= limit else kept[: limit - 1].rstrip() + "…"


def toml_string(text: str) -> str:
    """A TOML basic string; escapes quotes, backslashes and any control character."""
    out = ['"']
    for char in text:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


# -- grouping ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Closest:
    """The existing fact nearest to a group, with the matcher's confidence."""

    fact: Fact
    confidence: float


@dataclass(slots=True)
class Group:
    """Questions that ask the same thing, with what the report says about them."""

    questions: list[LoggedQuestion]
    closest: Closest | None = None
    new_id: str = ""
    keywords: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many times it was asked."""
        return len(self.questions)

    @property
    def readers(self) -> int:
        """How many different readers asked it."""
        return len({q.user_hash for q in self.questions})

    @property
    def reasons(self) -> Counter[str]:
        """How many were unanswered, unsure or 👎."""
        return Counter(q.reason for q in self.questions)

    @property
    def examples(self) -> list[str]:
        """Distinct wordings, most asked first."""
        counts = Counter(clean(q.question) for q in self.questions)
        counts.pop("", None)
        first: dict[str, int] = {}
        for index, q in enumerate(self.questions):
            first.setdefault(clean(q.question), index)
        return sorted(counts, key=lambda text: (-counts[text], first[text]))

    @property
    def title(self) -> str:
        """The wording shown for the group."""
        examples = self.examples
        return examples[0] if examples else "(domanda vuota)"

    @property
    def disliked_fact(self) -> str | None:
        """The fact readers marked 👎 most in this group, if any."""
        facts = Counter(q.fact_id for q in self.questions if q.thumbs_down and q.fact_id)
        return facts.most_common(1)[0][0] if facts else None

    @property
    def latest(self) -> dt.datetime:
        """When it was last asked."""
        return max(q.asked_at for q in self.questions)

    @property
    def is_alternate(self) -> bool:
        """True when the snippet adds questions to an existing fact rather than a new one."""
        return (
            self.closest is not None
            and self.closest.confidence >= ALTERNATE_CONFIDENCE
            and self.closest.fact.id != self.disliked_fact
        )


class _Paraphrases:
    """Stems (and the operators' synonym concepts holding them) that mean the same in a question.

    For grouping only. A concept of `sinonimi.toml` that contains a paraphrase word
    joins that paraphrase, so "costa" (in the operators' "costi" group) still meets "prezzo".
    """

    def __init__(self, matcher: Matcher, groups: Iterable[Sequence[str]] = PARAPHRASES) -> None:
        self.canonical: dict[str, str] = {}
        for number, group in enumerate(groups):
            key = f"~p{number}"
            for word in group:
                stemmed = stem(fold(word))
                self.canonical[stemmed] = key
                for _, _, concept in matcher.synonyms.concepts([stemmed]):
                    self.canonical.setdefault(concept, key)


def _terms(question: str, matcher: Matcher, paraphrases: _Paraphrases) -> dict[str, float]:
    """The informative terms of a question (stem or concept) with their weights.

    A word most facts share (the article's protagonist, "OpenAI") is the topic of
    nearly every question, so it is damped like the matcher damps it; otherwise every
    question naming it would fall into one group.
    """
    content = content_words(words(question))
    stems = [stem(w) for w in content]
    keys = list(stems)
    for start, end, concept in matcher.synonyms.concepts(stems):
        for position in range(start, end):
            keys[position] = concept
    total = max(1, len(matcher.facts))
    terms: dict[str, float] = {}
    for word, key in zip(content, keys, strict=True):
        share = matcher.document_frequency(key) / total
        weight = informativeness(word) * (1.0 - TOPIC_DAMPING * min(1.0, share / TOPIC_SHARE))
        key = paraphrases.canonical.get(key, key)
        terms[key] = max(terms.get(key, 0.0), weight)
    if not terms:
        folded = " ".join(words(question)) or fold(question).strip()
        terms["=" + folded] = 1.0
    return terms


def _typo_canon(vocabulary: list[str], frequency: Counter[str]) -> dict[str, str]:
    """Map each mistyped stem to the most frequent close spelling (rapidfuzz ratio)."""
    long = [w for w in vocabulary if len(w) >= MIN_TYPO_LENGTH and w.isalpha()]
    if len(long) < 2:
        return {}
    scores = process.cdist(long, long, scorer=fuzz.ratio, score_cutoff=TYPO_RATIO, workers=-1)
    parent = list(range(len(long)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(scores), strict=True):
        if i < j:
            parent[find(int(i))] = find(int(j))
    members: dict[int, list[str]] = {}
    for index, word in enumerate(long):
        members.setdefault(find(index), []).append(word)
    canon = {}
    for group in members.values():
        best = max(group, key=lambda w: (frequency[w], -len(w), w))
        canon.update({w: best for w in group if w != best})
    return canon


def similarity_matrix(terms: Sequence[dict[str, float]]) -> npt.NDArray[np.float32]:
    """Weighted Dice similarity between every pair of term sets."""
    vocabulary: dict[str, int] = {}
    for t in terms:
        for key in t:
            vocabulary.setdefault(key, len(vocabulary))
    weight = np.zeros(len(vocabulary), dtype=np.float32)
    present = np.zeros((len(terms), len(vocabulary)), dtype=np.float32)
    for row, t in enumerate(terms):
        for key, w in t.items():
            column = vocabulary[key]
            present[row, column] = 1.0
            weight[column] = max(weight[column], w)
    shared = (present * weight) @ present.T
    totals = present @ weight
    denominator = totals[:, None] + totals[None, :]
    return np.asarray(2 * shared / np.maximum(denominator, 1e-9), dtype=np.float32)


def group_questions(
    questions: Sequence[LoggedQuestion],
    knowledge: Knowledge,
    *,
    matcher: Matcher | None = None,
    threshold: float = GROUP_SIMILARITY,
) -> list[Group]:
    """Group paraphrases together, most asked first, with closest facts and snippet data."""
    if not questions:
        return []
    matcher = matcher or Matcher(knowledge)
    paraphrases = _Paraphrases(matcher)
    by_key: dict[tuple[tuple[str, float], ...], list[LoggedQuestion]] = {}
    raw_terms: list[dict[str, float]] = []
    for q in questions:
        t = _terms(q.question, matcher, paraphrases)
        raw_terms.append(t)
    frequency: Counter[str] = Counter(k for t in raw_terms for k in t)
    canon = _typo_canon(sorted(frequency), frequency)
    for q, t in zip(questions, raw_terms, strict=True):
        merged: dict[str, float] = {}
        for key, weight in t.items():
            key = canon.get(key, key)
            merged[key] = max(merged.get(key, 0.0), weight)
        by_key.setdefault(tuple(sorted(merged.items())), []).append(q)
    # Most asked wordings first: they become the groups' centres.
    keys = sorted(by_key, key=lambda k: (-len(by_key[k]), by_key[k][0].asked_at))
    overflow = keys[MAX_UNIQUE:]
    keys = keys[:MAX_UNIQUE]
    similarity = similarity_matrix([dict(k) for k in keys])
    members: list[list[int]] = []
    sums = np.zeros((len(keys), len(keys)), dtype=np.float32)  # [question, group]
    for index in range(len(keys)):
        best = -1
        if members:
            sizes = np.array([len(m) for m in members], dtype=np.float32)
            means = sums[index, : len(members)] / sizes
            candidate = int(np.argmax(means))
            if means[candidate] >= threshold:
                best = candidate
        if best < 0:
            members.append([])
            best = len(members) - 1
        members[best].append(index)
        sums[:, best] += similarity[:, index]
    groups = [Group([q for i in m for q in by_key[keys[i]]]) for m in members]
    groups += [Group(list(by_key[k])) for k in overflow]
    for group in groups:
        group.questions.sort(key=lambda q: (q.asked_at, q.id))
        group.closest = closest_fact(group, matcher)
    groups.sort(key=lambda g: (-g.count, -g.readers, -g.latest.timestamp(), g.title))
    _name_new_facts(groups, knowledge, paraphrases, matcher)
    return groups


def closest_fact(group: Group, matcher: Matcher) -> Closest | None:
    """The news fact the matcher finds nearest to the group's wordings, by summed
    confidence: never a small-talk reply («A presto!»), which no operator would extend."""
    totals: Counter[int] = Counter()
    confidences: dict[int, list[float]] = {}
    counts = Counter(clean(q.question) for q in group.questions)
    for text, count in counts.most_common(10):
        scored = matcher.score(matcher.analyse(text))
        top = next((s for s in scored if matcher.facts[s.index].article is not None), None)
        if top is None:
            continue
        totals[top.index] += int(1000 * top.confidence) * count
        confidences.setdefault(top.index, []).extend([top.confidence] * count)
    if not totals:
        return None
    index = totals.most_common(1)[0][0]
    values = confidences[index]
    confidence = sum(values) / len(values)
    return Closest(matcher.facts[index], confidence) if confidence >= MIN_CLOSEST else None


def _name_new_facts(
    groups: list[Group], knowledge: Knowledge, paraphrases: _Paraphrases, matcher: Matcher
) -> None:
    """Give each group an unused fact id and its most informative keywords."""
    taken = {f.id for f in knowledge.facts}
    for group in groups:
        texts = [q.question for q in group.questions]
        group.keywords = keywords(texts)
        base = slug(group.title) or "domanda"
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        taken.add(candidate)
        group.new_id = candidate


def slug(question: str) -> str:
    """A fact id from a question's content words: "quanto costa la benzina?" -> "costa-benzina"."""
    chosen = content_words(words(question))[:MAX_ID_WORDS]
    return _SLUG_JUNK.sub("-", "-".join(chosen)).strip("-")[:60].strip("-")


def keywords(texts: Iterable[str]) -> list[str]:
    """The group's most telling words: asked often, rare in everyday Italian, no typos twice."""
    seen: Counter[str] = Counter()
    for text in texts:
        seen.update(set(content_words(words(text))))
    ranked = sorted(seen, key=lambda w: (-seen[w] * informativeness(w), w))
    chosen: list[str] = []
    for word in ranked:
        if word[0].isdigit() or informativeness(word) < MIN_KEYWORD_INFO:
            continue
        if any(fuzz.ratio(word, other) >= TYPO_RATIO for other in chosen):
            continue
        chosen.append(word)
    return chosen[:MAX_KEYWORDS]


# -- output --------------------------------------------------------------------------------


def _times(count: int) -> str:
    return "volta" if count == 1 else "volte"


def _reasons_text(reasons: Counter[str]) -> str:
    return ", ".join(
        f"{reasons[r]} {REASON_WORDS[r]}" for r in ("none", "low", "down") if reasons[r]
    )


def snippet(group: Group) -> str:
    """The TOML to paste: commented alternates for a close fact, or a new fact skeleton."""
    if group.is_alternate:
        return alternate_snippet(group)
    return new_fact_snippet(group)


def alternate_snippet(group: Group) -> str:
    """The group's new wordings, commented, to add to the closest fact's `questions`."""
    if group.closest is None:
        return new_fact_snippet(group)
    fact = group.closest.fact
    known = {fold(q) for q in fact.questions}
    fresh = [e for e in group.examples if fold(e) not in known][:MAX_SNIPPET_QUESTIONS]
    lines = [
        ALTERNATE_COMMENT.format(
            fact=clean(fact.id),
            path=clean(fact.path or "?"),
            count=group.count,
            times=_times(group.count),
            confidence=group.closest.confidence,
        )
    ]
    lines += [f"#     {toml_string(e)}," for e in fresh] or [ALREADY_THERE]
    return "\n".join(lines)


def new_fact_snippet(group: Group) -> str:
    """A `[[facts]]` skeleton with the group's wordings, keywords and an unused id."""
    near = ""
    if group.closest and group.closest.fact.article is not None:
        near = group.closest.fact.path
    where = NEW_FACT_WHERE_NEAR.format(path=clean(near)) if near else NEW_FACT_WHERE_ANY
    lines = [
        NEW_FACT_COMMENT.format(
            count=group.count, times=_times(group.count), question=group.title, where=where
        )
    ]
    if group.disliked_fact:
        lines.append(DOWN_COMMENT.format(fact=clean(group.disliked_fact)))
    questions = group.examples[:MAX_SNIPPET_QUESTIONS] or [group.title]
    lines += ["[[facts]]", f"id = {toml_string(group.new_id)}"]
    lines.append(f"answer = {toml_string(PLACEHOLDER_ANSWER)}")
    lines.append("questions = [")
    lines += [f"  {toml_string(q)}," for q in questions]
    lines.append("]")
    lines.append("keywords = [" + ", ".join(toml_string(k) for k in group.keywords) + "]")
    lines.append("draft = true")
    return "\n".join(lines)


def format_toml(groups: Sequence[Group], start: dt.datetime, end: dt.datetime) -> str:
    """Only the snippets; valid TOML when pasted under an `[article]` table."""
    dates = {"start": italian_date(start), "end": italian_date(end)}
    if not groups:
        return TOML_NOTHING.format(**dates)
    parts = [TOML_HEADER.format(**dates)]
    parts += [snippet(g) for g in groups]
    return "\n\n".join(parts)


def format_text(groups: Sequence[Group], start: dt.datetime, end: dt.datetime) -> str:
    """The report for operators: groups by count, examples, closest fact, snippet."""
    dates = {"start": italian_date(start), "end": italian_date(end)}
    if not groups:
        return NOTHING.format(**dates)
    every = [q for g in groups for q in g.questions]
    lines = [
        HEADER.format(**dates),
        SUMMARY.format(
            total=len(every),
            readers=len({q.user_hash for q in every}),
            reasons=_reasons_text(Counter(q.reason for q in every)),
            groups=len(groups),
        ),
    ]
    for number, group in enumerate(groups, 1):
        lines += [
            "",
            GROUP_LINE.format(
                number=number,
                question=group.title,
                count=group.count,
                times=_times(group.count),
                readers=group.readers,
                lettori="lettore" if group.readers == 1 else "lettori",
                reasons=_reasons_text(group.reasons),
            ),
        ]
        examples = group.examples
        if len(examples) > 1:
            lines.append(EXAMPLES)
            lines += [f"     - {e}" for e in examples[:MAX_EXAMPLES]]
            more = len(examples) - MAX_EXAMPLES
            if more == 1:
                lines.append("     … e un'altra formulazione")
            elif more > 1:
                lines.append(f"     … e altre {more} formulazioni")
        if group.closest is None:
            lines.append(NO_CLOSEST)
        else:
            fact = group.closest.fact
            lines.append(
                CLOSEST.format(
                    fact=clean(fact.id),
                    path=clean(fact.path or "?"),
                    confidence=group.closest.confidence,
                    title=clean(fact.title_question, 80),
                )
            )
        if group.disliked_fact:
            lines.append(ANSWERED_DOWN.format(fact=clean(group.disliked_fact)))
        lines.append(PASTE)
        lines += ["     " + line for line in snippet(group).splitlines()]
        if group.is_alternate:
            lines.append(OTHERWISE)
            lines += ["     " + line for line in new_fact_snippet(group).splitlines()]
    return "\n".join(lines)


# -- command -------------------------------------------------------------------------------


def build_report(
    log: QuestionLog,
    knowledge: Knowledge,
    *,
    since: str,
    fmt: str,
    now: dt.datetime | None = None,
) -> str:
    """The report text for questions logged since `since`; raises ReportError on bad options."""
    end = now or dt.datetime.now(dt.UTC)
    start = parse_since(since, end)
    questions = log.unanswered(start, threshold=LOW_CONFIDENCE)
    groups = group_questions(questions, knowledge)
    if fmt == "toml":
        return format_toml(groups, start, end)
    return format_text(groups, start, end)


def unanswered_command(settings: Settings, knowledge: Knowledge, *, since: str, fmt: str) -> int:
    """`newsbot unanswered`: print the report; 2 with one Italian line on a bad option or log."""
    try:
        parse_since(since, dt.datetime.now(dt.UTC))
    except ReportError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    path = settings.db_path
    if path is None:
        print(NO_LOG, file=sys.stderr)
        return EXIT_USAGE
    if not path.is_file():
        print(MISSING_LOG.format(path=path), file=sys.stderr)
        return EXIT_USAGE
    salt = settings.hash_salt.get_secret_value() if settings.hash_salt else None
    log = QuestionLog(path, salt=salt, retention_days=settings.retention_days)
    try:
        if not log.available:
            print(BROKEN_LOG.format(path=path), file=sys.stderr)
            return EXIT_USAGE
        print(build_report(log, knowledge, since=since, fmt=fmt))
    except ReportError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        log.close()
    return EXIT_OK
