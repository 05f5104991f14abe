"""Every sentence the bot says, in Italian; HTML escaping and Telegram's 4,096-character limit.

Handlers and the CLI build their text here, so the bot's voice lives in one file and no
user or fact text reaches Telegram unescaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from bot.models import Answer, Article, Fact, Kind

TELEGRAM_LIMIT = 4096
MONTH_NAMES = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
)

NOT_KNOWN = (
    "Non lo so: tra le notizie che conosco non trovo una risposta a questa domanda. "
    "Scrivi /notizie per vedere di cosa posso parlarti."
)
NOT_KNOWN_EMPTY_KB = "Non lo so: al momento non conosco nessuna notizia."
MAYBE = "Forse intendevi:"
NONE_OF_THESE = "Nessuna di queste"
NONE_OF_THESE_REPLY = "Va bene. Prova a riformulare la domanda, oppure scrivi /notizie."
TRUNCATED = "… (risposta accorciata)"
ONLY_TEXT = "Rispondo solo a domande scritte: scrivimi la tua domanda sulle notizie."
ASK_USAGE = "Scrivi la domanda dopo il comando, per esempio: /chiedi Quanto vuole raccogliere OpenAI?"
ADMIN_ONLY = "Questo è un comando riservato agli operatori."
STALE_BUTTON = "Questo pulsante non è più valido: fai di nuovo la domanda."
NO_SOURCE_YET = "Non ho ancora risposto a nessuna domanda in questa chat."
CHAT_PROMPT = "Tu> "
CHAT_WELCOME = (
    "Ciao! Fammi una domanda sulle notizie che conosco ({count} articoli). "
    "Scrivi «esci» o premi Ctrl-D per uscire."
)
CHAT_BYE = "A presto!"
EXIT_WORDS = frozenset({"esci", "exit", "quit", "fine", "ciao ciao"})


def italian_date(day: Any) -> str:
    """17 dicembre 2025."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def source_line(article: Article) -> str:
    """A short plain source line: "Fonte: <titolo>, 17 dicembre 2025"."""
    return f"Fonte: {article.title}, {italian_date(article.published)}"


def full_source(article: Article) -> str:
    """Everything about an article's origin, plain text."""
    return (
        f"«{article.title}»\nAutore: {article.author}\n"
        f"Pubblicato il {italian_date(article.published)}\nOrigine: {article.source}"
    )


def answer_text(answer: Answer) -> str:
    """The text the user reads, without markup (the `answer` of `ask --json`)."""
    if answer.kind is Kind.NONE:
        return answer.text or NOT_KNOWN
    return answer.text


def plain_reply(answer: Answer) -> str:
    """The console reply: answer, then the source line or the suggestions."""
    lines = [answer_text(answer)]
    if answer.kind is Kind.FACT and answer.fact and answer.fact.article:
        lines.append(source_line(answer.fact.article))
    if answer.kind is Kind.NONE and answer.suggestions:
        lines.append(MAYBE)
        lines.extend(f"  - {s.title_question}" for s in answer.suggestions)
    return "\n".join(lines)


def html_reply(answer: Answer) -> str:
    """The Telegram reply in HTML: escaped answer, then the source line in italics."""
    if answer.kind is Kind.NONE and answer.suggestions:
        return fit(f"{escape(answer_text(answer))}\n\n{MAYBE}")
    body = escape(answer_text(answer))
    if answer.kind is Kind.FACT and answer.fact and answer.fact.article:
        return fit(f"{body}\n\n<i>{escape(source_line(answer.fact.article))}</i>")
    return fit(body)


def html_fact(fact: Fact) -> str:
    """A fact chosen from a suggestion button, as HTML."""
    return html_reply(Answer(fact.title_question, fact.kind, fact.answer, fact, 1.0))


def escape(text: str) -> str:
    """Escape text for Telegram's HTML parse mode (&, <, >, and quotes)."""
    return html.escape(text, quote=True)


def fit(text: str, limit: int = TELEGRAM_LIMIT) -> str:
    """Shorten HTML text to Telegram's limit, never cutting inside a tag or an entity."""
    if len(text) <= limit:
        return text
    budget = limit - len(TRUNCATED) - 8
    cut = text[:budget]
    amp, semi = cut.rfind("&"), cut.rfind(";")
    if amp > semi:
        cut = cut[:amp]
    lt, gt = cut.rfind("<"), cut.rfind(">")
    if lt > gt:
        cut = cut[:lt]
    open_italic = cut.count("<i>") > cut.count("</i>")
    return cut.rstrip() + ("</i>" if open_italic else "") + "\n" + TRUNCATED


def news_list(articles: Iterable[Article]) -> str:
    """The /notizie list, newest first, as HTML."""
    ordered = sorted(articles, key=lambda a: (a.published, a.id), reverse=True)
    if not ordered:
        return NOT_KNOWN_EMPTY_KB
    lines = ["<b>Le notizie che conosco:</b>"]
    lines += [f"• {escape(a.title)} ({italian_date(a.published)})" for a in ordered]
    return fit("\n".join(lines))


def as_json(answer: Answer) -> dict[str, Any]:
    """The `ask --json` object of DESIGN.md §3."""
    article = answer.fact.article if answer.fact and answer.kind is Kind.FACT else None
    return {
        "question": answer.question,
        "kind": str(answer.kind),
        "answer": answer_text(answer),
        "fact_id": answer.fact.id if answer.fact and answer.kind is not Kind.NONE else None,
        "score": round(answer.confidence * 100, 1),
        "suggestions": [
            {"fact_id": s.id, "question": s.title_question} for s in answer.suggestions
        ],
        "source": None
        if article is None
        else {
            "article_id": article.id,
            "title": article.title,
            "published": article.published.isoformat(),
            "author": article.author,
        },
    }


def problems_text(problems: Sequence[object]) -> str:
    """Knowledge errors for an operator, one `path:line: message` per line."""
    return "\n".join(str(p) for p in problems)
