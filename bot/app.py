"""Wire the Telegram application: settings, knowledge, question log, handlers, logging, run.

`build_application` only assembles (tests drive what it returns with `process_update`);
`run` is `newsbot run`: it configures logging, loads the knowledge and polls, or serves the
webhook, until SIGINT or SIGTERM.

Faults on the way to Telegram (see `RetryingRequest`): a 429 is waited out by AIORateLimiter;
a 5xx answer or a request that never left (connection refused, connect or pool timeout) is
retried a bounded number of times with growing pauses, then logged by the error handler. A
request that may have reached Telegram (read or write timeout, connection dropped after
sending) is repeated only when repeating it cannot show the reader anything twice (editing,
"typing", menus, look-ups): an answer is never sent again, because Telegram may already have
delivered it. The price of that choice: an answer whose delivery timed out *and* that Telegram
really lost is lost (logged); the alternative would show readers duplicates.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import logging
import signal
import sys
from collections import Counter
from collections.abc import Awaitable, Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

import httpx
from telegram import BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput, TimePeriod
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, BaseUpdateProcessor, Defaults, ExtBot
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot import replies
from bot.config import Settings
from bot.handlers import (
    ALLOWED_UPDATES,
    STATE_KEY,
    BotState,
    manual_reload,
    notify_operators,
    register,
    timing_summary,
)
from bot.knowledge import KnowledgeError
from bot.qlog import QuestionLog
from bot.reload import KnowledgeHolder, ReloadResult

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
CONCURRENT_UPDATES = 1024  # a group held by the 20-per-minute limit must not stall other chats
RATE_LIMIT_RETRIES = 3  # RetryAfter (429) is waited out and retried this many times
RETRY_ATTEMPTS = 4  # tries of one request on a 5xx or a connection that could not be made
RETRY_BACKOFF = 0.5  # seconds before the first retry; doubled before each next one
CONNECTION_POOL = 256  # PTB's default for the bot's own requests
# Methods that show a reader nothing twice when Telegram carries them out twice: safe to
# repeat after a timeout even if the first request may have arrived (lower-case names).
REPEATABLE = frozenset(
    {
        "getme",
        "getchat",
        "getchatmember",
        "getmycommands",
        "setmycommands",
        "deletemycommands",
        "getwebhookinfo",
        "setwebhook",
        "deletewebhook",
        "sendchataction",
        "editmessagetext",  # a repeat only gets "message is not modified", which is handled
        "editmessagereplymarkup",
    }
)
# httpx errors raised before any byte of the request left: always safe to retry.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
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


def never_sent(error: BaseException) -> bool:
    """True when the request failed before reaching Telegram (no connection was made)."""
    return isinstance(error.__cause__, NOT_SENT)


def _reason(error: BaseException) -> str:
    cause = error.__cause__
    return type(cause).__name__ if cause is not None else type(error).__name__


class RetryingRequest(BaseRequest):
    """The bot's HTTP transport, with bounded retries where they cannot duplicate a message.

    Retried up to `attempts` times, waiting `backoff`, then twice as long each time: a 5xx
    answer (Telegram says the request failed), a request that never left (connection refused,
    connect or pool timeout), and, for `REPEATABLE` methods only, a timeout or dropped
    connection after sending. Anything else is returned or raised at once: 4xx (429 included,
    which AIORateLimiter waits out) and a sendMessage that may already have been delivered.
    """

    def __init__(
        self,
        inner: BaseRequest,
        *,
        attempts: int = RETRY_ATTEMPTS,
        backoff: float = RETRY_BACKOFF,
    ) -> None:
        self.inner = inner
        self.attempts = max(1, attempts)
        self.backoff = backoff

    @property
    def read_timeout(self) -> float | None:
        """The inner transport's default read timeout."""
        return self.inner.read_timeout

    async def initialize(self) -> None:
        """Open the inner transport."""
        await self.inner.initialize()

    async def shutdown(self) -> None:
        """Close the inner transport."""
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send the request, retrying what is safe to retry; never log the URL (token)."""
        endpoint = url.rsplit("/", 1)[-1]
        repeatable = endpoint.lower() in REPEATABLE
        attempt = 1
        while True:
            try:
                code, payload = await self.inner.do_request(
                    url,
                    method,
                    request_data,
                    read_timeout,
                    write_timeout,
                    connect_timeout,
                    pool_timeout,
                )
            except NetworkError as exc:  # TimedOut included
                if not (repeatable or never_sent(exc)):
                    log.warning(
                        "%s may have reached Telegram (%s): not repeated, so that no reader "
                        "gets it twice",
                        endpoint,
                        _reason(exc),
                    )
                    raise
                if attempt >= self.attempts:
                    reason = _reason(exc)
                    log.warning("%s failed %d times (%s): giving up", endpoint, attempt, reason)
                    raise
                reason = _reason(exc)
            else:
                if code < 500:
                    return code, payload
                if attempt >= self.attempts:
                    log.warning("%s failed %d times (HTTP %d): giving up", endpoint, attempt, code)
                    return code, payload
                reason = f"HTTP {code}"
            pause = self.backoff * 2 ** (attempt - 1)
            log.warning(
                "%s failed (%s), attempt %d of %d: retrying in %.1f s",
                endpoint,
                reason,
                attempt,
                self.attempts,
                pause,
            )
            await asyncio.sleep(pause)
            attempt += 1


def readable_updates(raw: object, bot: ExtBot[Any]) -> list[Update]:
    """Parse a getUpdates result one update at a time; an unreadable one becomes an empty
    `Update` with its id, so it is confirmed (skipped) instead of fetched again forever."""
    found: list[Update] = []
    for item in raw if isinstance(raw, list) else []:
        try:
            found.append(Update.de_json(item, bot))
            continue
        except Exception as exc:
            problem = f"{type(exc).__name__}: {exc}"
        update_id = item.get("update_id") if isinstance(item, dict) else None
        if isinstance(update_id, int) and not isinstance(update_id, bool):
            log.warning("skipped update %d: it could not be read (%s)", update_id, problem)
            found.append(Update(update_id))
        else:
            log.warning("dropped an update without a usable update_id (%s)", problem)
    return found


class TolerantBot(ExtBot[Any]):
    """PTB's ExtBot, except that one malformed update cannot stop polling.

    PTB parses a whole getUpdates batch at once; if one update does not parse, the batch is
    logged and fetched again, and again, forever: every later update is lost. Here the batch
    is then fetched once more and read one update at a time (`readable_updates`).
    """

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimePeriod | None = None,
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: dict[str, Any] | None = None,
    ) -> tuple[Update, ...]:
        """Updates from `offset` on; malformed ones are skipped, never fetched forever."""
        try:
            return await super().get_updates(
                offset=offset,
                limit=limit,
                timeout=timeout,
                allowed_updates=allowed_updates,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
                api_kwargs=api_kwargs,
            )
        except TelegramError:
            raise  # network trouble: PTB's polling loop retries with a growing pause
        except Exception as exc:
            log.warning("an update could not be read (%s): reading them one by one", exc)
        raw = await self._post(  # the same updates again: they are not confirmed yet
            "getUpdates",
            {"offset": offset, "limit": limit, "timeout": 0, "allowed_updates": allowed_updates},
        )
        return tuple(readable_updates(raw, self))


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


def skip_missing_sniffio() -> None:
    """Make httpcore's `import sniffio`, tried on every request, fail at once when absent.

    httpcore 1.0 imports the optional sniffio whenever it sets up a lock; when sniffio is not
    installed each attempt searches the whole sys.path again: measured at about 0.7 ms of CPU
    per message (a tenth of the bot's CPU). A None entry in sys.modules makes it fail at once.
    """
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def bot_transport() -> HTTPXRequest:
    """HTTP for the bot's own requests (PTB's defaults), without the sniffio cost."""
    skip_missing_sniffio()
    return HTTPXRequest(connection_pool_size=CONNECTION_POOL)


def build_application(
    settings: Settings,
    holder: KnowledgeHolder,
    *,
    request: BaseRequest | None = None,
    qlog: QuestionLog | None = None,
) -> AnyApplication:
    """The Telegram application with every handler, ready to initialise and run."""
    token = settings.token.get_secret_value().strip() if settings.token else ""
    base_url, base_file_url = "https://api.telegram.org/bot", "https://api.telegram.org/file/bot"
    if settings.base_url:
        base_url = settings.base_url
        if settings.base_url.rstrip("/").endswith("/bot"):
            base_file_url = settings.base_url.rstrip("/")[: -len("bot")] + "file/bot"
    bot = TolerantBot(
        token,
        base_url=base_url,
        base_file_url=base_file_url,
        request=request or RetryingRequest(bot_transport()),
        get_updates_request=request or HTTPXRequest(connection_pool_size=1),
        defaults=Defaults(
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
        rate_limiter=AIORateLimiter(max_retries=RATE_LIMIT_RETRIES),
    )
    builder = Application.builder().bot(bot).concurrent_updates(ChatOrder(CONCURRENT_UPDATES))
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
        summary = timing_summary(state.handler_times)
        if summary:
            log.info("%s", summary)

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
