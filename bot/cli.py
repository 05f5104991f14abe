"""The `newsbot` command: chat, ask, run, validate, derive, eval, unanswered.

Exit codes: 0 success, 1 checks failed, 2 usage or configuration error (one line, no traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from bot import replies
from bot.config import ConfigError, Settings, load_settings
from bot.knowledge import KnowledgeError, load_knowledge
from bot.matching import Matcher
from bot.models import Knowledge

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A problem with how the command was called or configured: exit 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbot", description="Il bot che risponde in italiano a domande sulle notizie."
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--knowledge",
        type=Path,
        action="append",
        metavar="DIR",
        help="cartella (o file) della conoscenza; ripetibile (default: NEWSBOT_KNOWLEDGE_DIR)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("chat", parents=[common], help="conversazione locale nel terminale")
    ask = sub.add_parser("ask", parents=[common], help="una risposta; '-' legge da stdin")
    ask.add_argument("--json", action="store_true", help="una riga JSON per domanda")
    ask.add_argument("question", nargs="+", help="la domanda, oppure '-'")
    sub.add_parser("run", parents=[common], help="il bot Telegram")
    validate = sub.add_parser("validate", parents=[common], help="controlla i file")
    validate.add_argument("paths", nargs="*", type=Path)
    derive = sub.add_parser("derive", parents=[common], help="bozza di fatti da articoli")
    derive.add_argument("articles", nargs="+", type=Path)
    derive.add_argument("-o", "--output", type=Path, default=None, metavar="DIR")
    derive.add_argument("--force", action="store_true", help="sovrascrive file esistenti")
    evaluate = sub.add_parser("eval", parents=[common], help="misura su un set di domande")
    evaluate.add_argument("questions", type=Path)
    evaluate.add_argument("--quiet", action="store_true", help="solo le percentuali")
    unanswered = sub.add_parser("unanswered", parents=[common], help="domande senza risposta")
    unanswered.add_argument("--since", default="7d")
    unanswered.add_argument("--format", choices=("text", "toml"), default="text")
    return parser


def _knowledge_paths(args: argparse.Namespace, settings: Settings) -> list[Path]:
    return list(args.knowledge or [settings.knowledge_dir])


def _load(paths: list[Path]) -> Knowledge:
    try:
        return load_knowledge(paths)
    except KnowledgeError as exc:
        print(replies.problems_text(exc.problems), file=sys.stderr)
        raise UsageError(
            "la conoscenza contiene errori: correggili ed esegui newsbot validate"
        ) from None


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """Answer one question, or one per stdin line with '-'."""
    matcher = Matcher(_load(_knowledge_paths(args, settings)))
    questions: Iterator[str]
    if args.question == ["-"]:
        questions = (line.rstrip("\n") for line in sys.stdin)
    else:
        questions = iter([" ".join(args.question)])
    for question in questions:
        if args.question == ["-"] and not question.strip():
            continue
        answer = matcher.match(question)
        if args.json:
            print(json.dumps(replies.as_json(answer), ensure_ascii=False), flush=True)
        else:
            print(replies.plain_reply(answer), flush=True)
    return EXIT_OK


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """A console conversation over the knowledge base; no token needed."""
    from bot.reload import KnowledgeHolder

    holder = KnowledgeHolder(_knowledge_paths(args, settings))
    holder.start_watching()
    try:
        articles = replies.count_articles(len(holder.knowledge.articles))
        print(replies.CHAT_WELCOME.format(articles=articles))
        current: str | None = None
        while True:
            try:
                question = input(replies.CHAT_PROMPT)
            except EOFError:
                print()
                break
            if question.strip().casefold() in replies.EXIT_WORDS:
                break
            if question.strip():
                answer = holder.matcher.match(question, context_article=current)
                if answer.fact is not None and answer.fact.article is not None:
                    current = answer.fact.article.id  # what "l'articolo" means from now on
                print(replies.plain_reply(answer))
        print(replies.CHAT_BYE)
    finally:
        holder.stop_watching()
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    """Check knowledge files: 0 when valid, 1 with `path:line: message` lines."""
    paths = list(args.paths) or _knowledge_paths(args, settings)
    try:
        knowledge = load_knowledge(paths, shipped=False)  # what these files hold
    except KnowledgeError as exc:
        print(replies.problems_text(exc.problems))
        return EXIT_FAILED
    drafts = sum(f.draft for f in knowledge.facts)
    print(
        f"OK: {len(knowledge.files)} file, {len(knowledge.articles)} articoli, "
        f"{len(knowledge.news_facts)} fatti, {len(knowledge.facts) - len(knowledge.news_facts)} "
        f"risposte di conversazione, {len(knowledge.synonyms)} gruppi di sinonimi"
        + (f"; {drafts} fatti ancora in bozza (draft = true)" if drafts else "")
    )
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Score the bot on a question set and print the figures and the failures."""
    from bot.evaluation import EvalFormatError, evaluate, format_report, load_cases

    try:
        cases = load_cases(args.questions)
    except EvalFormatError as exc:
        raise UsageError(str(exc)) from None
    matcher = Matcher(_load(_knowledge_paths(args, settings)))
    print(format_report(evaluate(matcher, cases), show_failures=not args.quiet))
    return EXIT_OK


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Start the Telegram bot."""
    from bot.app import run

    if args.knowledge:
        settings = settings.model_copy(update={"knowledge_dir": args.knowledge[0]})
    return run(settings)


def cmd_derive(args: argparse.Namespace, settings: Settings) -> int:
    """Draft knowledge files from raw articles."""
    from bot.derive import derive_command

    output = args.output or (args.knowledge[0] if args.knowledge else settings.knowledge_dir)
    return derive_command(args.articles, output, force=args.force)


def cmd_unanswered(args: argparse.Namespace, settings: Settings) -> int:
    """Report what readers asked and the bot could not answer."""
    from bot.report import unanswered_command

    knowledge = _load(_knowledge_paths(args, settings))
    return unanswered_command(settings, knowledge, since=args.since, fmt=args.format)


COMMANDS = {
    "ask": cmd_ask,
    "chat": cmd_chat,
    "validate": cmd_validate,
    "eval": cmd_eval,
    "run": cmd_run,
    "derive": cmd_derive,
    "unanswered": cmd_unanswered,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsbot` console script."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        return COMMANDS[args.command](args, settings)
    except (ConfigError, UsageError) as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_FAILED
    except BrokenPipeError:  # `newsbot eval ... | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
