"""The core imports and answers without python-telegram-bot: only `run` needs Telegram."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORE = [
    "bot.config",
    "bot.models",
    "bot.knowledge",
    "bot.text",
    "bot.lexicon",
    "bot.thesaurus",
    "bot.wordinfo",
    "bot.synonyms",
    "bot.memory",
    "bot.asking",
    "bot.query",
    "bot.telling",
    "bot.spelling",
    "bot.matching",
    "bot.derive",
    "bot.replies",
    "bot.evaluation",
    "bot.reload",
    "bot.cli",
]

# Installed before anything else: any attempt to import `telegram` (or a submodule) fails.
BLOCKER = textwrap.dedent(
    """
    import importlib.abc
    import sys

    class BlockTelegram(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "telegram" or name.startswith("telegram."):
                raise ModuleNotFoundError(f"blocked for this test: {name}", name=name)
            return None

    sys.meta_path.insert(0, BlockTelegram())
    """
)


def python(code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter from the repository root."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_blocker_really_blocks_telegram() -> None:
    """The blocker used below makes `import telegram` fail, so the other tests can fail too."""
    result = python(BLOCKER + "\nimport telegram\n")

    assert 0 != result.returncode
    assert "blocked for this test: telegram" in result.stderr


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_without_telegram(module: str) -> None:
    """Each core module imports in an interpreter where `telegram` cannot be imported."""
    result = python(BLOCKER + f"\nimport {module}\n")

    assert 0 == result.returncode, result.stderr


def test_core_does_not_import_telegram_as_a_side_effect() -> None:
    """Importing the whole core, with telegram installed, leaves `telegram` out of sys.modules."""
    imports = "\n".join(f"import {m}" for m in CORE)

    result = python(
        imports
        + "\nimport sys\nprint(sorted(m for m in sys.modules if m.split('.')[0] == 'telegram'))"
    )

    assert 0 == result.returncode, result.stderr
    assert "[]" == result.stdout.strip()


def test_ask_and_validate_work_without_telegram() -> None:
    """`newsbot ask` and `newsbot validate` run end to end where `telegram` cannot be imported."""
    code = BLOCKER + textwrap.dedent(
        """
        from bot.cli import main
        assert main(["validate"]) == 0
        assert main(["ask", "--json", "Quanto vuole raccogliere OpenAI?"]) == 0
        """
    )

    result = python(code)

    assert 0 == result.returncode, result.stderr
    assert "raccolta-10-miliardi" in result.stdout
