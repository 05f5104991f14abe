"""Wiring of the Telegram application: defaults, start-up, operators' alerts, logging, `run`."""

# SIM300 ("Yoda conditions") is off: house style puts the expected value first in asserts.

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import AIORateLimiter, Application

from bot import app as app_module
from bot import replies
from bot.app import (
    REDACTED,
    ChatOrder,
    RedactSecrets,
    build_application,
    configure_logging,
    run,
    webhook_secret,
)
from bot.handlers import ALLOWED_UPDATES, STATE_KEY
from bot.reload import KnowledgeHolder
from tests.conftest import OPERATOR_ID, ROOT, TOKEN, make_settings, start_harness
from tests.fakes import FakeRequest

SECRET_HALF = TOKEN.partition(":")[2]


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put the root logger back as pytest had it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    httpx_level = logging.getLogger("httpx").level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
        for found in [f for f in handler.filters if isinstance(f, RedactSecrets)]:
            handler.removeFilter(found)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(httpx_level)
    logging.captureWarnings(False)


# --- build_application --------------------------------------------------------------------


def test_application_defaults(shipped_holder: KnowledgeHolder) -> None:
    """HTML parse mode, link previews off, AIORateLimiter, concurrent updates, base_url."""
    settings = make_settings(base_url="http://127.0.0.1:9/bot")
    application = build_application(settings, shipped_holder, request=FakeRequest())
    bot = application.bot
    assert bot.defaults is not None
    assert "HTML" == bot.defaults.parse_mode
    assert bot.defaults.link_preview_options is not None
    assert True is bot.defaults.link_preview_options.is_disabled
    assert isinstance(bot.rate_limiter, AIORateLimiter)
    assert 1 < application.update_processor.max_concurrent_updates
    assert f"http://127.0.0.1:9/bot{TOKEN}" == bot.base_url
    assert "http://127.0.0.1:9/file/bot" + TOKEN == bot.base_file_url


def chat_update(update_id: int, chat_id: int) -> Update:
    chat = {"id": chat_id, "type": "private", "first_name": "A"}
    message = {"message_id": update_id, "date": 0, "chat": chat, "text": "x"}
    return Update.de_json({"update_id": update_id, "message": message}, None)


async def test_updates_of_one_chat_keep_their_order() -> None:
    """A slow update holds back later ones of its chat, not those of other chats."""
    processor = ChatOrder(16)
    done: list[str] = []

    async def work(name: str, seconds: float) -> None:
        await asyncio.sleep(seconds)
        done.append(name)

    await asyncio.gather(
        processor.process_update(chat_update(1, 10), work("chat10-first", 0.1)),
        processor.process_update(chat_update(2, 10), work("chat10-second", 0)),
        processor.process_update(chat_update(3, 20), work("chat20", 0)),
        processor.process_update(object(), work("no-chat", 0.01)),
    )
    assert ["chat20", "no-chat", "chat10-first", "chat10-second"] == done
    assert {} == processor._locks


async def test_post_init_registers_italian_and_default_commands(knowledge_copy: Path) -> None:
    """Start-up publishes the menu in Italian (language_code="it") and as default, and the
    operators' menu (with /ricarica and /stato) in each operator's chat."""
    holder = KnowledgeHolder([knowledge_copy])
    bot = await start_harness(make_settings(knowledge_dir=knowledge_copy), holder, None)
    try:
        assert bot.app.post_init is not None
        await bot.app.post_init(bot.app)
        calls = bot.request.succeeded("setMyCommands")
        public = [c for c in calls if "scope" not in c.params]
        assert ["it", None] == [c.params.get("language_code") for c in public]
        names = [command["command"] for command in public[0].params["commands"]]
        assert ["start", "chiedi", "notizie", "fonte", "aiuto"] == names
        scoped = [c for c in calls if "scope" in c.params]
        assert 2 == len(scoped)
        assert {"type": "chat", "chat_id": OPERATOR_ID} == scoped[0].params["scope"]
        assert {"ricarica", "stato"} <= {c["command"] for c in scoped[0].params["commands"]}
    finally:
        await bot.app.shutdown()
        assert bot.app.post_shutdown is not None
        await bot.app.post_shutdown(bot.app)


async def test_failing_command_registration_does_not_stop_start_up(
    knowledge_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """If Telegram refuses setMyCommands, the bot logs a warning and starts anyway."""
    holder = KnowledgeHolder([knowledge_copy])
    bot = await start_harness(make_settings(knowledge_dir=knowledge_copy), holder, None)
    try:
        bot.request.fail_next("setMyCommands", 500, "Internal Server Error")
        assert bot.app.post_init is not None
        with caplog.at_level(logging.WARNING):
            await bot.app.post_init(bot.app)
        assert any("command menu" in r.getMessage() for r in caplog.records)
    finally:
        await bot.app.shutdown()
        assert bot.app.post_shutdown is not None
        await bot.app.post_shutdown(bot.app)


async def test_watcher_errors_reach_every_operator(knowledge_copy: Path) -> None:
    """A broken file found by the watcher is sent to each operator with its `path:line`,
    even when one operator cannot be reached; the old knowledge keeps serving."""
    holder = KnowledgeHolder([knowledge_copy])
    settings = make_settings(knowledge_dir=knowledge_copy, admin_ids=frozenset({11, 22}))
    bot = await start_harness(settings, holder, None)
    try:
        assert bot.app.post_init is not None
        await bot.app.post_init(bot.app)
        bot.request.fail_next("sendMessage", 400, "Bad Request: chat not found")
        for attempt in range(200):  # rewrite now and then, in case the watcher was not ready
            if attempt % 40 == 0:
                broken = "[article]\nid = 'x'\ntitle =\n" + "\n" * attempt
                (knowledge_copy / "rotto.toml").write_text(broken, "utf-8")
            if len(bot.request.calls_to("sendMessage")) >= 2:
                break
            await asyncio.sleep(0.05)
        first, second = bot.request.calls_to("sendMessage")[:2]
        assert [11, 22] == [int(first.params["chat_id"]), int(second.params["chat_id"])]
        assert first.error is not None and second.error is None
        assert "rotto.toml:3" in second.params["text"]
        assert holder.matcher.match("Quanto vuole raccogliere OpenAI?").fact is not None
    finally:
        await bot.app.shutdown()
        assert bot.app.post_shutdown is not None
        await bot.app.post_shutdown(bot.app)


# --- logging ------------------------------------------------------------------------------


def test_redaction_covers_message_arguments_and_tracebacks() -> None:
    """The token vanishes from the message, its arguments and the traceback text."""
    redactor = RedactSecrets([TOKEN, SECRET_HALF])
    try:
        raise RuntimeError(f"GET https://api.telegram.org/bot{TOKEN}/getMe failed")
    except RuntimeError:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "url %s half %s", (TOKEN, SECRET_HALF), sys.exc_info()
        )
    assert redactor.filter(record)
    text = logging.Formatter().format(record)
    assert TOKEN not in text and SECRET_HALF not in text
    assert REDACTED in record.getMessage()
    assert "failed" in text


def test_redaction_keeps_percent_signs_and_odd_records() -> None:
    """Messages with % and records whose arguments do not fit are kept, not dropped."""
    redactor = RedactSecrets([TOKEN])
    plain = logging.LogRecord("x", logging.INFO, __file__, 1, "100%% %s", ("ok",), None)
    broken = logging.LogRecord("x", logging.INFO, __file__, 1, "%d", ("no",), None)
    assert redactor.filter(plain) and redactor.filter(broken)
    assert "100% ok" == plain.getMessage()
    assert "no" in broken.getMessage()


@pytest.mark.usefixtures("restore_logging")
def test_configure_logging_quiets_httpx_and_redacts(capsys: pytest.CaptureFixture[str]) -> None:
    """httpx is at WARNING and every root handler redacts the token, at any level."""
    configure_logging(make_settings(log_level="DEBUG"))
    assert logging.WARNING == logging.getLogger("httpx").level
    assert logging.DEBUG == logging.getLogger().level
    logging.getLogger("telegram.ext").debug("calling %s", f"https://x/bot{TOKEN}/getMe")
    logging.getLogger("somewhere").error("boom", exc_info=ValueError(TOKEN))
    err = capsys.readouterr().err
    assert "calling https://x/bot" in err
    assert TOKEN not in err and SECRET_HALF not in err


# --- run ----------------------------------------------------------------------------------


def test_run_without_token_prints_one_line_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """No token: one line on stderr naming NEWSBOT_TOKEN, exit code 2."""
    assert 2 == run(make_settings(token=None))
    err = capsys.readouterr().err
    assert 1 == len(err.strip().splitlines())
    assert err.startswith("newsbot: manca NEWSBOT_TOKEN")


def test_cli_run_without_token(tmp_path: Path) -> None:
    """`newsbot run` with no token in the environment exits 2 with that line, no traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert 2 == done.returncode
    assert [replies.MISSING_TOKEN] == done.stderr.strip().splitlines()


@pytest.mark.usefixtures("restore_logging")
def test_run_with_broken_knowledge_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Knowledge with errors at start-up: the problems, one summary line, exit 2."""
    (tmp_path / "rotto.toml").write_text("[article]\nid = 'x'\ntitle =\n", "utf-8")
    assert 2 == run(make_settings(knowledge_dir=tmp_path))
    err = capsys.readouterr().err
    assert "rotto.toml:3" in err
    assert replies.BAD_KNOWLEDGE == err.strip().splitlines()[-1]


@pytest.fixture
def captured_run(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replace PTB's blocking runners with recorders."""
    seen: dict[str, Any] = {}

    def fake_polling(self: Application[Any, Any, Any, Any, Any, Any], **kwargs: Any) -> None:
        seen.update(kwargs, mode="polling", application=self)

    def fake_webhook(self: Application[Any, Any, Any, Any, Any, Any], **kwargs: Any) -> None:
        seen.update(kwargs, mode="webhook", application=self)

    monkeypatch.setattr(Application, "run_polling", fake_polling)
    monkeypatch.setattr(Application, "run_webhook", fake_webhook)
    return seen


@pytest.mark.usefixtures("restore_logging")
def test_run_polls_with_limited_updates(knowledge_copy: Path, captured_run: dict[str, Any]) -> None:
    """By default: long polling, only handled update types, pending updates kept, clean stop
    on SIGINT/SIGTERM, the configured knowledge directory."""
    assert 0 == run(make_settings(knowledge_dir=knowledge_copy, db_path=knowledge_copy / "q.db"))
    assert "polling" == captured_run["mode"]
    assert list(ALLOWED_UPDATES) == captured_run["allowed_updates"]
    assert ["message", "edited_message", "callback_query", "inline_query"] == list(ALLOWED_UPDATES)
    assert False is captured_run["drop_pending_updates"]
    assert {signal.SIGINT, signal.SIGTERM} <= set(captured_run["stop_signals"])
    holder = captured_run["application"].bot_data[STATE_KEY].holder
    assert [knowledge_copy] == holder.paths


@pytest.mark.usefixtures("restore_logging")
def test_run_serves_webhook_with_derived_secret(
    knowledge_copy: Path, captured_run: dict[str, Any]
) -> None:
    """With NEWSBOT_WEBHOOK_URL: webhook on NEWSBOT_LISTEN/PORT, path from the URL, and a
    secret token derived from (but not containing) the bot token."""
    settings = make_settings(
        knowledge_dir=knowledge_copy,
        webhook_url="https://bot.example.org/telegram/hook",
        listen="0.0.0.0",
        port=8443,
    )
    assert 0 == run(settings)
    assert "webhook" == captured_run["mode"]
    assert ("0.0.0.0", 8443) == (captured_run["listen"], captured_run["port"])
    assert "telegram/hook" == captured_run["url_path"]
    assert "https://bot.example.org/telegram/hook" == captured_run["webhook_url"]
    secret = captured_run["secret_token"]
    assert webhook_secret(settings) == secret
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret)
    assert SECRET_HALF not in secret
    assert list(ALLOWED_UPDATES) == captured_run["allowed_updates"]
    assert False is captured_run["drop_pending_updates"]


def test_configured_webhook_secret_wins() -> None:
    """NEWSBOT_WEBHOOK_SECRET, when set, is the secret token."""
    assert "s3cret_token" == webhook_secret(make_settings(webhook_secret="s3cret_token"))
    assert webhook_secret(make_settings()) != webhook_secret(make_settings(token="1:other"))


@pytest.mark.usefixtures("restore_logging")
@pytest.mark.parametrize(
    ("error", "code", "line"),
    [(InvalidToken(), 2, replies.BAD_TOKEN), (NetworkError("down"), 1, "newsbot: impossibile")],
)
def test_run_reports_telegram_failures(
    knowledge_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: Exception,
    code: int,
    line: str,
) -> None:
    """A refused token exits 2, an unreachable Telegram exits 1, each with one clear line."""

    def failing(self: object, **kwargs: Any) -> None:
        raise error

    monkeypatch.setattr(Application, "run_polling", failing)
    assert code == run(make_settings(knowledge_dir=knowledge_copy))
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith(line)


def test_app_module_exposes_run_for_the_cli() -> None:
    """`newsbot run` imports `run` from bot.app."""
    assert callable(app_module.run)
