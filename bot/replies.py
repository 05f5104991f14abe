"""Every sentence the bot says, in Italian; HTML escaping and Telegram's 4,096-character limit.

Handlers and the CLI build their text here, so the bot's voice lives in one file and no
user or fact text reaches Telegram unescaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import Any

from bot.models import Answer, Article, Fact, Kind, shortened
from bot.text import MONTHS, without_title_head

TELEGRAM_LIMIT = 4096

NOT_KNOWN = (
    "Non lo so: tra le notizie che conosco non trovo una risposta a questa domanda. "
    "Scrivi /notizie per vedere di cosa posso parlarti."
)
NOT_KNOWN_EMPTY_KB = "Non lo so: al momento non conosco nessuna notizia."
MAYBE = "Forse intendevi:"
WHICH_ARTICLE = "Questa domanda vale per più di un articolo: dimmi quale intendi."
NONE_OF_THESE = "Nessuna di queste"
NONE_OF_THESE_REPLY = "Va bene. Prova a riformulare la domanda, oppure scrivi /notizie."
TRUNCATED = "… (risposta accorciata)"
ONLY_TEXT = "Rispondo solo a domande scritte: scrivimi la tua domanda sulle notizie."
ASK_USAGE = (
    "Scrivi la domanda dopo il comando, per esempio: /chiedi Quanto vuole raccogliere OpenAI?"
)
ADMIN_ONLY = "Questo è un comando riservato agli operatori."
STALE_BUTTON = "Questo pulsante non è più valido: fai di nuovo la domanda."
NO_SOURCE_YET = "Non ho ancora risposto a nessuna domanda in questa chat."
CHAT_PROMPT = "Tu> "
CHAT_WELCOME = (
    "Ciao! Fammi una domanda sulle notizie che conosco ({articles}). "
    "Scrivi «esci» o premi Ctrl-D per uscire."
)


def count_articles(count: int) -> str:
    """ "1 articolo", "3 articoli"."""
    return f"{count} articolo" if count == 1 else f"{count} articoli"


CHAT_BYE = "A presto!"
KNOWLEDGE_GONE = "la cartella della conoscenza non esiste più"
KNOWLEDGE_EMPTY = "nessun fatto trovato: la cartella è vuota?"
EXIT_WORDS = frozenset({"esci", "exit", "quit", "fine", "ciao ciao"})


def italian_date(day: Any) -> str:
    """17 dicembre 2025."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


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
        return answer.text or (WHICH_ARTICLE if answer.ambiguous else NOT_KNOWN)
    return answer.text


def shown_text(answer: Answer) -> str:
    """The answer as a reply shows it above its source line: without the title's head that
    drafts put before a sentence for context («OpenAI in trattativa…: i chip…»), which the
    source line already gives."""
    text = answer_text(answer)
    article = answer.fact.article if answer.kind is Kind.FACT and answer.fact else None
    return text if article is None else without_title_head(text, article.title)


def plain_reply(answer: Answer) -> str:
    """The console reply: answer, then the source line or the suggestions."""
    lines = [shown_text(answer)]
    if answer.kind is Kind.FACT and answer.fact and answer.fact.article:
        lines.append(source_line(answer.fact.article))
    if answer.kind is Kind.NONE and answer.suggestions:
        lines.append(MAYBE)
        lines.extend(f"  - {label}" for label in suggestion_labels(answer.suggestions))
    return "\n".join(lines)


def html_reply(answer: Answer) -> str:
    """The Telegram reply in HTML: escaped answer, then the source line in italics."""
    if answer.kind is Kind.NONE and answer.suggestions:
        return fit(f"{escape(answer_text(answer))}\n\n{MAYBE}")
    body = escape(shown_text(answer))
    if answer.kind is Kind.FACT and answer.fact and answer.fact.article:
        return fit(f"{body}\n\n<i>{escape(source_line(answer.fact.article))}</i>")
    return fit(body)


TITLE_SHOWN = 40  # characters of an article's title in a suggestion's label


def suggestion_labels(facts: Sequence[Fact], limit: int = 120) -> list[str]:
    """What each suggestion is called. Among facts of several articles, each label names its
    article («Chi ha scritto l'articolo? — La BCE taglia i tassi…») unless it already does,
    so the reader can tell them apart."""
    labels = [f.title_question for f in facts]
    several = len({f.article.id if f.article else None for f in facts}) > 1
    named = []
    for fact, label in zip(facts, labels, strict=True):
        title = fact.article.title if fact.article else ""
        if title and (several or labels.count(label) > 1) and title[:TITLE_SHOWN] not in label:
            label = f"{label} — {shortened(title, TITLE_SHOWN)}"
        named.append(label if len(label) <= limit else label[: limit - 1] + "…")
    return named


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
    if limit <= len(TRUNCATED) + 1:
        return TRUNCATED[:limit]
    cut = text[: max(0, limit - len(TRUNCATED) - 64)]
    amp, semi = cut.rfind("&"), cut.rfind(";")
    if amp > semi:
        cut = cut[:amp]
    lt, gt = cut.rfind("<"), cut.rfind(">")
    if lt > gt:
        cut = cut[:lt]
    open_tags: list[str] = []
    for closing, name in _TAG.findall(cut):
        if not closing:
            open_tags.append(name)
        elif open_tags and open_tags[-1] == name:
            open_tags.pop()
    closers = "".join(f"</{name}>" for name in reversed(open_tags))
    return cut.rstrip() + closers + "\n" + TRUNCATED


_TAG = re.compile(r"<(/?)([a-z-]+)[^>]*>")


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


# --- Telegram bot (handlers.py, app.py) ---------------------------------------------------

MISSING_TOKEN = (
    "newsbot: manca NEWSBOT_TOKEN: crea il bot con @BotFather e metti il suo token nella "
    "variabile NEWSBOT_TOKEN (o nel file .env)"
)
BAD_TOKEN = "newsbot: NEWSBOT_TOKEN non valido: Telegram lo rifiuta (controllalo con @BotFather)"
NO_TELEGRAM = "newsbot: impossibile contattare Telegram ({error}); riprova più tardi"
BAD_KNOWLEDGE = "newsbot: la conoscenza contiene errori: correggili ed esegui newsbot validate"
UNKNOWN_COMMAND = "Non conosco questo comando. Scrivi /aiuto per vedere cosa posso fare."
ERROR_APOLOGY = "Scusa, qualcosa è andato storto. Riprova tra poco."
FEEDBACK_UP = "👍"
FEEDBACK_DOWN = "👎"
FEEDBACK_THANKS = "Grazie del parere!"
FEEDBACK_ALREADY = "Hai già dato il tuo parere su questa risposta."
FEEDBACK_UNAVAILABLE = "Grazie! Al momento non riesco a registrare il parere."
COMMANDS = (
    ("start", "Chi sono ed esempi di domande"),
    ("chiedi", "Fai una domanda sulle notizie"),
    ("notizie", "Le notizie che conosco"),
    ("fonte", "La fonte dell'ultima risposta"),
    ("aiuto", "Come usare il bot"),
)
OPERATOR_COMMANDS = (
    ("ricarica", "Ricarica i file della conoscenza (operatori)"),
    ("stato", "Stato del bot (operatori)"),
)


def start_text(examples: Sequence[str], *, group: bool) -> str:
    """/start: who the bot is and a few questions to try, as HTML."""
    lines = [
        "Ciao! Sono il bot delle notizie: rispondo in italiano a domande sulle notizie che "
        "conosco, usando solo quello che c'è scritto negli articoli."
    ]
    if examples:
        how = "Qui nel gruppo scrivi /chiedi seguito dalla domanda" if group else "Scrivimi"
        lines += ["", f"{how}, per esempio:"]
        lines += [f"• {escape(e)}" for e in examples]
    else:
        lines += ["", NOT_KNOWN_EMPTY_KB]
    lines += ["", "Scrivi /notizie per l'elenco degli articoli e /aiuto per la guida."]
    return fit("\n".join(lines))


DEFAULT_EXAMPLE = "Di cosa parla la notizia?"


def mention_usage(username: str, examples: Sequence[str] = ()) -> str:
    """A group mention without a question: how to ask, as HTML."""
    example = examples[0] if examples else DEFAULT_EXAMPLE
    return escape(f"Scrivi la domanda insieme al mio nome, per esempio: @{username} {example}")


def help_text(username: str, examples: Sequence[str] = (), *, operator: bool) -> str:
    """/aiuto: how to use the bot in private, in groups and inline, as HTML."""
    bot = escape(f"@{username}")
    example = escape(examples[0] if examples else DEFAULT_EXAMPLE)
    lines = [
        "<b>Come usarmi</b>",
        f"• In privato: scrivimi una domanda sulle notizie, per esempio «{example}».",
        f"• Nei gruppi: /chiedi seguito dalla domanda, oppure scrivi {bot} e la domanda, "
        "oppure rispondi a un mio messaggio.",
        f"• In qualsiasi chat: scrivi {bot} e la domanda, poi scegli la risposta da condividere.",
        "",
        "<b>Comandi</b>",
    ]
    lines += [f"/{name} – {escape(text)}" for name, text in COMMANDS]
    if operator:
        lines += ["", "<b>Per gli operatori</b>"]
        lines += [f"/{name} – {escape(text)}" for name, text in OPERATOR_COMMANDS]
    lines += [
        "",
        "Rispondo solo con quello che c'è scritto negli articoli: se non so una cosa, te lo dico.",
    ]
    return fit("\n".join(lines))


def source_reply(article: Article) -> str:
    """/fonte: the full source of the last answer, as HTML."""
    return fit("<b>Fonte dell'ultima risposta</b>\n" + escape(full_source(article)))


def how_many(count: int, one: str, many: str) -> str:
    """1 articolo, 2 articoli."""
    return f"{count} {one if count == 1 else many}"


def reload_ok(articles: int, facts: int, seconds: float) -> str:
    """/ricarica succeeded."""
    took = f"{seconds:.1f}".replace(".", ",")
    return (
        f"Conoscenza ricaricata: {how_many(articles, 'articolo', 'articoli')}, "
        f"{how_many(facts, 'fatto', 'fatti')} ({took} s)."
    )


def reload_failed(problems: Sequence[object]) -> str:
    """/ricarica refused: the problems, and the reassurance that nothing changed, as HTML."""
    return fit(
        "<b>Conoscenza non ricaricata</b>: continuo a rispondere con quella di prima.\n"
        "Da correggere:\n" + escape(problems_text(problems))
    )


def operator_alert(problems: Sequence[object]) -> str:
    """The message operators get when the watcher finds broken knowledge files, as HTML."""
    return fit(
        "⚠️ <b>I file della conoscenza sono cambiati ma contengono errori</b>: continuo a "
        "rispondere con la conoscenza di prima.\nDa correggere:\n" + escape(problems_text(problems))
    )


def italian_duration(seconds: float) -> str:
    """3 giorni, 4 ore e 5 minuti (seconds only under a minute)."""
    total = max(0, int(seconds))
    if total < 60:
        return "1 secondo" if total == 1 else f"{total} secondi"
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = []
    for value, one, many in (
        (days, "giorno", "giorni"),
        (hours, "ora", "ore"),
        (minutes, "minuto", "minuti"),
    ):
        if value:
            parts.append(f"{value} {one if value == 1 else many}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " e " + parts[-1]


def status_text(
    *,
    articles: int,
    facts: int,
    uptime: float,
    answered: int,
    smalltalk: int,
    unanswered: int,
    logged: dict[str, int] | None = None,
) -> str:
    """/stato for operators, as HTML."""
    lines = [
        "<b>Stato del bot</b>",
        f"Articoli: {articles}",
        f"Fatti: {facts}",
        f"In funzione da: {italian_duration(uptime)}",
        f"Domande dall'avvio: {answered + smalltalk + unanswered}",
        f"• con risposta: {answered}",
        f"• conversazione: {smalltalk}",
        f"• senza risposta: {unanswered}",
    ]
    if logged:
        lines.append(
            f"Registro domande: {logged.get('questions', 0)} domande, "
            f"{logged.get('thumbs_up', 0)} 👍, {logged.get('thumbs_down', 0)} 👎"
        )
    return fit("\n".join(lines))


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram counts its limits in."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def fit_telegram(text: str, limit: int = TELEGRAM_LIMIT) -> str:
    """`fit`, but counting UTF-16 code units as Telegram does (emoji count twice)."""
    if utf16_length(text) <= limit:
        return text
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return fit(text, index)
    return text
