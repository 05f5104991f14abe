"""Draft facts: the article's own fact (author, date, title), its summary, and one fact
per statement, each with questions, keywords and an id stable across runs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from bot.derive.article import RawArticle
from bot.derive.base import (
    _VERB_FORM,
    MAX_ANSWER,
    MAX_MERGED,
    MAX_QUESTION_WORDS,
    TITLE_WORDS,
    _is_auxiliary,
    _is_finite_verb,
    _is_verb,
    _shorten,
    _wordlist,
    split_sentences,
)
from bot.derive.keywords import rank_keywords, related_words
from bot.derive.questions import _RELATIVE_OPENER, _tidy, intent_questions
from bot.derive.statements import (
    Statement,
    _drop_anchor,
    _drop_topic,
    italian_date,
    statements,
    topic_of,
)
from bot.lexicon import places
from bot.text import content_words, fold, stem, words


@dataclass(frozen=True, slots=True)
class DraftFact:
    """A fact as it will be written to the knowledge file."""

    id: str
    answer: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...]


def slugify(text: str, *, max_words: int = 4, max_length: int = 48) -> str:
    """Lower-case ASCII words joined by hyphens, stopwords left out: a readable id part."""
    tokens = re.findall(r"[a-z0-9]+", fold(text).replace("'", " "))
    kept = [t for t in tokens if t not in _SLUG_STOP and (len(t) > 1 or t.isdigit())][:max_words]
    slug = "-".join(kept)[:max_length].strip("-")
    return slug or "articolo"


_SLUG_STOP = frozenset(
    _wordlist(
        """il lo la i gli le un uno una di a da in con su per tra fra e o ma che del della dello
    dei degli delle al allo alla ai agli alle dal dalla dai nel nella nei sul sulla l d e
    è ed non si ci ne"""
    )
)


def article_id(article: RawArticle) -> str:
    """The file and article id: the date and the title's first words, "2026-02-10-istat-…"."""
    return f"{article.published.isoformat()}-{slugify(article.title)}"


def _short_id(article: RawArticle) -> str:
    """The prefix of fact ids: the title's first two words and the date, so it stays unique."""
    return f"{slugify(article.title, max_words=2, max_length=24)}-{article.published:%y%m%d}"


def fact_id(prefix: str, label: str, answer: str) -> str:
    """An id from the content, so a second run gives the same id: prefix, label, short hash."""
    digest = hashlib.sha1(fold(answer).encode("utf-8")).hexdigest()[:6]
    return f"{prefix}-{slugify(label, max_words=3, max_length=30)}-{digest}"


# Units of the title's figures ("scende a 38 centimetri"): not what the article is about.
_UNITS = frozenset(
    _wordlist(
        """euro dollari sterline milioni miliardi mila centimetri metri chilometri km
    chilogrammi chili tonnellate litri gradi ore minuti secondi giorni settimane mesi anni
    punti base volte"""
    )
)


# Adjectives a title uses for anything («il nuovo terminal»): never what it is about.
_PLAIN_ADJECTIVES = frozenset(
    f"{stem}{end}"
    for stem in ("nuov", "vecchi", "grand", "piccol", "prim", "ultim", "alt", "bass", "lung")
    for end in ("o", "a", "i", "e")
)


def _topic_words(
    article: RawArticle, count: int = 3, within: AbstractSet[str] | None = None
) -> list[str]:
    """The title's most informative names and nouns, in title order: what it is about
    (only those whose words are all `within`, when given)."""
    ranked = [
        w
        for w in rank_keywords(
            article.title, limit=count + 6 if within is None else len(words(article.title))
        )
        if (within is None or set(words(w)) <= within)
        and not words(w)[0][0].isdigit()
        and not (w.islower() and (_VERB_FORM.search(w) or _is_verb(w)))
        and fold(w) not in _UNITS
        and fold(w) not in _PLAIN_ADJECTIVES
    ][:count]
    order = {w: i for i, w in enumerate(re.findall(r"[\wÀ-ÿ%,]+", article.title))}
    return sorted(ranked, key=lambda w: order.get(w, 99))


def _metadata_fact(article: RawArticle, prefix: str) -> DraftFact:
    """Title, author, date in words, reading time and what it is about.

    Its questions are about the article only: one naming the topic ("Chi ha scritto
    l'articolo su Lorenzin Ferrandi?") is close to every question about the topic.
    """
    reading = (
        f" e si legge in circa {article.reading_minutes} minuti" if article.reading_minutes else ""
    )
    about = ", ".join(_topic_words(article, 4))
    answer = (
        f"L'articolo «{article.title}» è di {article.author}, è uscito il "
        f"{italian_date(article.published)}{reading}. Argomenti: {about}."
    )
    answer = _shorten(answer, MAX_ANSWER)
    questions = [
        "Chi ha scritto l'articolo?",
        "Chi è l'autore?",
        "Chi firma il pezzo?",
        "Quando è uscito l'articolo?",
        "In che giorno è stata pubblicata la notizia?",
        "Di cosa parla l'articolo?",
        "Qual è il titolo?",
        "tempo di lettura",
    ]
    keywords = [
        "autore",
        "autrice",
        "giornalista",
        "firma",
        "titolo",
        "pubblicazione",
        "pubblicato",
        "data",
        "articolo",
        "pezzo",
        italian_date(article.published),
        article.author,
    ]
    return DraftFact(fact_id(prefix, "articolo", answer), answer, tuple(questions), tuple(keywords))


def _summary_fact(article: RawArticle, prefix: str, lead: Sequence[Statement]) -> DraftFact:
    """The lead: what a reader gets from "riassumi", and the answer to what it says.

    The lead's sentences get no fact of their own, so a question about them has one
    clear answer instead of two equal ones.
    """
    lead_text = " ".join(item.answer for item in lead) or article.title
    # Only the title's words the lead itself says: a title word it leaves to a later
    # paragraph («grandine») would draw questions the lead cannot answer.
    topic = " ".join(_topic_words(article, 2, set(words(lead_text))) or _topic_words(article, 2))
    generic = [
        f"Cosa è successo con {topic}?",
        "Riassumi la notizia",
        "Mi fai un riassunto?",
        "In breve cosa è successo?",
        "Quali sono i punti principali?",
        "Qual è la notizia?",
    ]
    merged = Statement(tuple(s for item in lead for s in item.sentences), lead_text, 0)
    body = statement_fact(
        merged, prefix, _topic_words(article, TITLE_WORDS), topic_of(article.title)
    )
    headline = [q for _, q in intent_questions(topic_of(article.title))]
    questions = _unique([*generic, *headline, *body.questions])
    keywords = _unique(["riassunto", "sintesi", "in breve", *body.keywords])
    answer = body.answer
    return DraftFact(
        fact_id(prefix, "riassunto", answer), answer, tuple(questions), tuple(keywords)
    )


def _unique(items: Iterable[str]) -> list[str]:
    """Drop repeats, keep the first occurrence's order."""
    return list(dict.fromkeys(items))


# A lead sentence shorter than this, naming no one, only announces the news (in characters).
TEASER = 100


def _lead(items: Sequence[Statement]) -> list[Statement]:
    """The first statements of the first paragraph, up to about `MAX_MERGED` characters."""
    lead: list[Statement] = []
    for item in items:
        if item.paragraph > 0 or (
            lead and len(" ".join(i.answer for i in [*lead, item])) > MAX_MERGED
        ):
            break
        lead.append(item)
    # «Il record dei 200 misti ha un nuovo proprietario.»: a short teaser that names no one
    # is no summary alone; the statement after it tells the news.
    if (
        len(lead) == 1
        and len(items) > 1
        and items[1].paragraph == 0
        and len(lead[0].answer) < TEASER
        and not re.search(r"(?<!^)(?<![.!?] )\b[A-Z]", lead[0].answer)
    ):
        lead.append(items[1])
    return lead


def statement_fact(
    item: Statement, prefix: str, topic: Sequence[str], headline: str = ""
) -> DraftFact:
    """Questions by intent, a keyword-only question and ranked keywords for one statement
    (`headline`: the title's head, which `statements` may have put before it)."""
    answer = _shorten(item.answer, MAX_ANSWER)
    questions: list[str] = []
    own = [_drop_anchor(_drop_topic(sentence, headline)) for sentence in split_sentences(answer)]
    for sentence in own:
        for _, question in intent_questions(sentence):
            if question not in questions:
                questions.append(question)
    # Questions and keywords come from what the statement itself says: not from the
    # title's head put before it for context, nor from the date added to "ieri".
    keywords = rank_keywords(" ".join(own))
    if _CAUSE.search(" ".join(own)) and topic:
        # «Alla base della crisi c'è il crollo degli ordini»: why the news happened, asked
        # of its subject («Perché Tecnofrigo crisi?»), however the reader words the event.
        questions[:0] = [_tidy(f"Perché {' '.join(topic[:2])}"), "Quali sono le cause?"]
    if own and (settled := yes_no_question(own[0])) and settled not in questions:
        questions.append(settled)
    head = " ".join(keywords[:5])
    if head:
        questions.append(head)
    if not questions:
        questions.append(_tidy("Cosa dice l'articolo su " + " ".join(keywords[:3])))
    stems = {stem(w) for k in keywords for w in content_words(words(k))}
    context = [t for t in topic if not stems & {stem(w) for w in content_words(words(t))}]
    if _OWN_PLACE.search(" ".join(own)):
        # «Negli Stati Uniti l'export è calato del 6,1%» in an article titled «…Prato e
        # Biella…»: the title's places are not where this figure is.
        context = [t for t in context if fold(t) not in places()]
    extra = [w for w in related_words(" ".join(own)) if w not in keywords]
    label = " ".join(k for k in keywords if not k[0].isdigit())
    return DraftFact(
        fact_id(prefix, label, answer),
        answer,
        tuple(questions[:12]),
        tuple(_unique([*keywords, *extra, *context])),
    )


# A sentence that gives the cause of the news: «la causa principale è», «le cause sono
# due», «alla base della crisi c'è», «al centro della protesta c'è il contratto».
_CAUSE = re.compile(
    r"\b(?:la causa|le cause|alla base d|all'origine d|al centro della protesta|"
    r"il motivo (?:è|principale)|i motivi sono|la ragione (?:è|principale)|le ragioni sono)",
    re.IGNORECASE,
)
_FIRST_CLAUSE = re.compile(r"\s*(?:,\s|;|:|«|»|“|”|\(|\bperché\b|\bma\b|\bmentre\b)\s*")


def yes_no_question(sentence: str) -> str:
    """The question a statement settles with a yes or a no: its first clause, asked, and
    without its negation («Retivalle non ha pagato.» -> «Retivalle ha pagato?»), as
    readers ask it. Empty when that clause has no verb or is too short or long to ask."""
    clause = _FIRST_CLAUSE.split(sentence.rstrip(".!?…"), maxsplit=1)[0]
    clause = _RELATIVE_OPENER.sub("", clause)  # «E gli effetti rischiano…?»: the «e» joins
    tokens = [t for t in clause.split() if fold(t) not in {"non", "mai"}]
    if not 3 <= len(tokens) <= MAX_QUESTION_WORDS - 4 or fold(tokens[0]) == "secondo":
        return ""
    if not any(_is_auxiliary(t) or _is_finite_verb(t) for t in tokens[1:]):
        return ""  # «I dipendenti coinvolti?» asks nothing
    if len(content_words(words(" ".join(tokens)))) < 2:
        return ""
    return _tidy(" ".join(tokens))


def build_facts(article: RawArticle) -> list[DraftFact]:
    """Every draft fact of an article: metadata, summary, then one per statement."""
    prefix = _short_id(article)
    items = statements(article)
    lead = _lead(items)
    topic = _topic_words(article)
    headline = topic_of(article.title)
    summary = _summary_fact(article, prefix, lead)
    facts = [_metadata_fact(article, prefix), summary]
    seen = {f.id for f in facts}
    asked = {q for f in facts for q in f.questions}
    # The rest of the first paragraph goes on with the lead's story: «A spingere la
    # squadra c'erano 5.280 spettatori» is about the final at the PalaBarton the lead tells.
    scene = [k for k in summary.keywords if k[:1].isupper()][:LEAD_CONTEXT]
    for item in items[len(lead) :]:
        if len(content_words(words(_drop_topic(item.answer, headline)))) < 2:
            continue
        fact = statement_fact(
            item, prefix, [*topic, *scene] if item.paragraph == 0 else topic, headline
        )
        if fact.id not in seen:
            seen.add(fact.id)
            # "Chi è X?" belongs to the first fact about X, not to every fact naming X.
            kept = tuple(q for q in fact.questions if not (_ABOUT.match(q) and q in asked))
            asked.update(kept)
            facts.append(DraftFact(fact.id, fact.answer, kept, fact.keywords))
    return facts


# A place the statement names as where it happens: «negli Stati Uniti», «a Biella».
_OWN_PLACE = re.compile(
    r"\b(?i:a|ad|in|nel|nella|nello|negli|nei|nelle|dal|dalla|dagli)\s+[A-ZÀ-Ý]\w+"
)
_ABOUT = re.compile(r"^(?:Chi è|Cos'è|Cosa significa) ")
# How many of the lead's names the rest of its paragraph carries as keywords.
LEAD_CONTEXT = 4
