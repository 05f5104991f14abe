"""Wire the Telegram application: settings, knowledge, question log, handlers, logging, run.

`build_application` only assembles (tests drive what it returns with `process_update`);
`run` is `newsbot run`: it configures logging, loads the knowledge and polls, or serves the
webhook, until SIGINT or SIGTERM.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import signal
import sys
from collections import Counter
from collections.abc import Awaitable, Iterable
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, BaseUpdateProcessor, Defaults
from telegram.request import BaseRequest

from bot import replies
from bot.config import Settings
from bot.handlers import (
    ALLOWED_UPDATES,
    STATE_KEY,
    BotState,
    manual_reload,
    notify_operators,
    register,
)
from bot.knowledge import KnowledgeError
from bot.qlog import QuestionLog
from bot.reload import KnowledgeHolder, ReloadResult

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
CONCURRENT_UPDATES = 1024  # a group held by the 20-per-minute limit must not stall other chats
RATE_LIMIT_RETRIES = 3  # RetryAfter (429) is waited out and retried this many times
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[REDACTED]"


class RedactSecrets(logging.Filter):
    """Replace the token (and other secrets) in every record, message and traceback alike."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        found = set()
        for secret in secrets:
            if len(secret) >= 6:
                found.update({secret, secret.replace(":", "%3A")})
        self.secrets = sorted(found, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """The text with every secret replaced."""
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drop it."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the record
            message = f"{record.msg!r} {record.args!r}"
        clean = self.redact(message)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


class ChatOrder(BaseUpdateProcessor):
    """Updates of different chats run concurrently; those of one chat run in arrival order.

    So a question and its quick edit, or two questions in a row, are answered in order,
    and an edit always finds the answer it has to change.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: Counter[int] = Counter()

    @staticmethod
    def chat_of(update: object) -> int | None:
        """The chat whose order matters, or None (inline queries have no chat)."""
        if isinstance(update, Update) and update.effective_chat is not None:
            return update.effective_chat.id
        return None

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for earlier updates of the same chat, then process this one."""
        chat = self.chat_of(update)
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat, asyncio.Lock())
        self._waiting[chat] += 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[chat] -= 1
            if not self._waiting[chat]:
                del self._waiting[chat], self._locks[chat]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""


def token_secrets(settings: Settings) -> list[str]:
    """Everything that must never be logged: the token, its secret half, the webhook secret."""
    found: list[str] = []
    if settings.token is not None:
        token = settings.token.get_secret_value().strip()
        found += [token, token.partition(":")[2]]
    for secret in (settings.webhook_secret, settings.hash_salt):
        if secret is not None:
            found.append(secret.get_secret_value())
    return [s for s in found if s]


def configure_logging(settings: Settings) -> None:
    """Log to stderr at NEWSBOT_LOG_LEVEL, httpx quiet, every secret redacted."""
    logging.basicConfig(level=settings.log_level, format=LOG_FORMAT, stream=sys.stderr, force=True)
    for noisy in ("httpx", "httpcore"):  # their lines carry the request URL, token included
        logging.getLogger(noisy).setLevel(logging.WARNING)
    redactor = RedactSecrets(token_secrets(settings))
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
    logging.captureWarnings(True)


def webhook_secret(settings: Settings) -> str:
    """The secret Telegram sends with every webhook request: configured, or derived."""
    if settings.webhook_secret is not None and settings.webhook_secret.get_secret_value():
        return settings.webhook_secret.get_secret_value()
    token = settings.token.get_secret_value() if settings.token else ""
    return hashlib.sha256(f"newsbot-webhook:{token}".encode()).hexdigest()


def bot_commands(*, operator: bool) -> list[BotCommand]:
    """The command menu, in Italian; operators also see theirs."""
    pairs = replies.COMMANDS + (replies.OPERATOR_COMMANDS if operator else ())
    return [BotCommand(name, description) for name, description in pairs]


async def register_commands(application: AnyApplication) -> None:
    """Publish the command menu: Italian, default, and per operator chat."""
    bot = application.bot
    state: BotState = application.bot_data[STATE_KEY]
    try:
        await bot.set_my_commands(bot_commands(operator=False), language_code="it")
        await bot.set_my_commands(bot_commands(operator=False))
    except TelegramError as exc:
        log.warning("could not register the command menu: %s", exc)
    for admin_id in sorted(state.settings.admin_ids):
        scope = BotCommandScopeChat(admin_id)
        try:
            await bot.set_my_commands(bot_commands(operator=True), scope=scope, language_code="it")
            await bot.set_my_commands(bot_commands(operator=True), scope=scope)
        except TelegramError as exc:  # e.g. the operator never opened a chat with the bot
            log.info("no operator command menu for %s: %s", admin_id, exc)


def build_application(
    settings: Settings,
    holder: KnowledgeHolder,
    *,
    request: BaseRequest | None = None,
    qlog: QuestionLog | None = None,
) -> AnyApplication:
    """The Telegram application with every handler, ready to initialise and run."""
    token = settings.token.get_secret_value().strip() if settings.token else ""
    builder = (
        Application.builder()
        .token(token)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(ChatOrder(CONCURRENT_UPDATES))
    )
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
        if settings.base_url.rstrip("/").endswith("/bot"):
            builder = builder.base_file_url(
                settings.base_url.rstrip("/")[: -len("bot")] + "file/bot"
            )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    state = BotState(settings=settings, holder=holder, qlog=qlog)

    async def post_init(application: AnyApplication) -> None:
        state.loop = asyncio.get_running_loop()
        await register_commands(application)
        holder.start_watching()
        log.info(
            "newsbot @%s ready: %d articles, %d facts",
            application.bot.username,
            len(holder.knowledge.articles),
            len(holder.knowledge.news_facts),
        )

    async def post_shutdown(application: AnyApplication) -> None:
        holder.stop_watching()

    application: AnyApplication = builder.post_init(post_init).post_shutdown(post_shutdown).build()
    register(application, state)

    def warn_operators(result: ReloadResult) -> None:
        """Called by the watcher thread: hand the problems to the application's loop."""
        if manual_reload.get():
            return  # the operator who asked sees them in the /ricarica reply
        loop = state.loop
        if loop is None or loop.is_closed():
            return
        asyncio.run_coroutine_threadsafe(notify_operators(application, result), loop)

    holder.on_error = warn_operators
    return application


def run(settings: Settings) -> int:
    """`newsbot run`: serve Telegram until SIGINT/SIGTERM; the process exit code."""
    token = settings.token.get_secret_value().strip() if settings.token else ""
    if not token:
        print(replies.MISSING_TOKEN, file=sys.stderr)
        return 2
    configure_logging(settings)
    try:
        holder = KnowledgeHolder([settings.knowledge_dir])
    except KnowledgeError as exc:
        print(replies.problems_text(exc.problems), file=sys.stderr)
        print(replies.BAD_KNOWLEDGE, file=sys.stderr)
        return 2
    salt = settings.hash_salt.get_secret_value() if settings.hash_salt else None
    qlog = QuestionLog(settings.db_path, salt=salt, retention_days=settings.retention_days)
    application = build_application(settings, holder, qlog=qlog)
    stop_signals = (signal.SIGINT, signal.SIGTERM)
    try:
        if settings.webhook_url:
            application.run_webhook(
                listen=settings.listen,
                port=settings.port,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=webhook_secret(settings),
                allowed_updates=list(ALLOWED_UPDATES),
                drop_pending_updates=False,
                stop_signals=stop_signals,
            )
        else:
            application.run_polling(
                allowed_updates=list(ALLOWED_UPDATES),
                drop_pending_updates=False,
                stop_signals=stop_signals,
            )
    except InvalidToken:
        print(replies.BAD_TOKEN, file=sys.stderr)
        return 2
    except NetworkError as exc:
        log.error("cannot reach Telegram: %s", exc)
        print(replies.NO_TELEGRAM.format(error=type(exc).__name__), file=sys.stderr)
        return 1
    finally:
        holder.stop_watching()
        qlog.close()
    log.info("newsbot stopped")
    return 0
