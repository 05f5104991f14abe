"""Shared fixtures: settings, the shipped knowledge, and a real Application on the fake transport.

Telegram is imported inside the fixtures only, so tests of the core still run without it.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from bot.config import Settings
from bot.qlog import QuestionLog
from bot.reload import KnowledgeHolder

if TYPE_CHECKING:
    from telegram.ext import Application, ContextTypes

    from tests.fakes import FakeRequest, Telegram

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
OPERATOR_ID = 4242
TOKEN = "123456:TEST-token"


def make_settings(**overrides: Any) -> Settings:
    """Settings for tests: no .env, no environment surprises."""
    values: dict[str, Any] = {
        "token": TOKEN,
        "knowledge_dir": KNOWLEDGE,
        "admin_ids": frozenset({OPERATOR_ID}),
        "db_path": None,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def shipped_holder() -> KnowledgeHolder:
    """The shipped knowledge, loaded once (tests must not reload it)."""
    return KnowledgeHolder([KNOWLEDGE])


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped knowledge that a test may break."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@dataclass
class BotHarness:
    """A real Application on the fake transport, fed real updates."""

    app: Application[Any, Any, Any, Any, Any, Any]
    request: FakeRequest
    tg: Telegram
    qlog: QuestionLog | None
    errors: list[BaseException] = field(default_factory=list)

    async def send(self, update: dict[str, Any]) -> None:
        """Process one update as PTB would after getUpdates."""
        from telegram import Update

        await self.app.process_update(Update.de_json(update, self.app.bot))

    def new_calls(self, since: int) -> list[str]:
        """Methods called after the first `since` calls."""
        return [c.method for c in self.request.calls[since:]]


async def start_harness(
    settings: Settings, holder: KnowledgeHolder, qlog: QuestionLog | None
) -> BotHarness:
    from bot.app import build_application
    from tests.fakes import FakeRequest, Telegram

    request = FakeRequest()
    app = build_application(settings, holder, request=request, qlog=qlog)
    harness = BotHarness(app, request, Telegram(request), qlog)

    async def collect(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        harness.errors.append(context.error)

    app.add_error_handler(collect)
    await app.initialize()
    return harness


@pytest.fixture
def qlog(tmp_path: Path) -> Iterator[QuestionLog]:
    log = QuestionLog(tmp_path / "questions.sqlite3", salt="test-salt", retention_days=30)
    yield log
    log.close()


@pytest.fixture
async def harness(shipped_holder: KnowledgeHolder, qlog: QuestionLog) -> AsyncIterator[BotHarness]:
    """The bot over the shipped knowledge; fails the test if a handler raised."""
    bot = await start_harness(make_settings(), shipped_holder, qlog)
    yield bot
    await bot.app.shutdown()
    assert bot.errors == [], f"a handler raised: {bot.errors!r}"
