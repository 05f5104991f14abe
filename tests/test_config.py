"""Settings: `NEWSBOT_*` variables and `.env`, and a bad value stopping start-up in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.config import ConfigError, Settings, load_settings

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Run every test with no `NEWSBOT_*` variable set, in an empty directory without `.env`."""
    for name in list(os.environ):
        if name.startswith("NEWSBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults_need_no_configuration() -> None:
    """With nothing set, the bot starts on the shipped knowledge, polling, at INFO."""
    settings = load_settings()

    assert Path("knowledge") == settings.knowledge_dir
    assert settings.token is None
    assert settings.webhook_url is None
    assert frozenset() == settings.admin_ids
    assert "INFO" == settings.log_level
    assert 8443 == settings.port


def test_environment_variables_are_read_with_the_newsbot_prefix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each `NEWSBOT_<NAME>` variable sets the matching setting, converted to its type."""
    monkeypatch.setenv("NEWSBOT_KNOWLEDGE_DIR", "/srv/conoscenza")
    monkeypatch.setenv("NEWSBOT_PORT", "9000")
    monkeypatch.setenv("NEWSBOT_LISTEN", "0.0.0.0")
    monkeypatch.setenv("NEWSBOT_WEBHOOK_URL", "https://bot.example.org/hook")
    monkeypatch.setenv("NEWSBOT_BASE_URL", "http://127.0.0.1:8081/bot")
    monkeypatch.setenv("NEWSBOT_DB_PATH", "/var/lib/newsbot/log.sqlite3")

    settings = load_settings()

    assert Path("/srv/conoscenza") == settings.knowledge_dir
    assert 9000 == settings.port
    assert "0.0.0.0" == settings.listen
    assert "https://bot.example.org/hook" == settings.webhook_url
    assert "http://127.0.0.1:8081/bot" == settings.base_url
    assert Path("/var/lib/newsbot/log.sqlite3") == settings.db_path


def test_unprefixed_variables_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain `PORT` or `TOKEN` from the surrounding environment does not leak in."""
    monkeypatch.setenv("PORT", "1234")
    monkeypatch.setenv("TOKEN", "999:leak")

    settings = load_settings()

    assert 8443 == settings.port
    assert settings.token is None


def test_log_level_is_case_insensitive(monkeypatch: pytest.MonkeyPatch) -> None:
    """`debug` in the environment means `DEBUG`."""
    monkeypatch.setenv("NEWSBOT_LOG_LEVEL", "debug")

    assert "DEBUG" == load_settings().log_level


def test_empty_webhook_url_means_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty `NEWSBOT_WEBHOOK_URL=` is the same as not setting it."""
    monkeypatch.setenv("NEWSBOT_WEBHOOK_URL", "  ")

    assert load_settings().webhook_url is None


def test_empty_db_path_turns_the_question_log_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty `NEWSBOT_DB_PATH=` means no question log, not a database named "."."""
    monkeypatch.setenv("NEWSBOT_DB_PATH", "")

    assert load_settings().db_path is None


def test_token_is_secret_and_not_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """The token is readable by the code but never appears in the settings' repr."""
    monkeypatch.setenv("NEWSBOT_TOKEN", "123456:ABC-segretissimo")

    settings = load_settings()

    assert settings.token is not None
    assert "123456:ABC-segretissimo" == settings.token.get_secret_value()
    assert "segretissimo" not in repr(settings)
    assert "segretissimo" not in str(settings)


def test_dotenv_file_in_the_working_directory_is_read(clean_env: Path) -> None:
    """A `.env` file next to where the bot starts provides settings."""
    (clean_env / ".env").write_text(
        "NEWSBOT_TOKEN=42:dal-file\nNEWSBOT_PORT=8080\nNEWSBOT_ADMIN_IDS=7,8\n",
        encoding="utf-8",
    )

    settings = load_settings()

    assert settings.token is not None
    assert "42:dal-file" == settings.token.get_secret_value()
    assert 8080 == settings.port
    assert frozenset({7, 8}) == settings.admin_ids


def test_environment_wins_over_dotenv(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A variable set in the environment overrides the same one in `.env`."""
    (clean_env / ".env").write_text("NEWSBOT_PORT=8080\n", encoding="utf-8")
    monkeypatch.setenv("NEWSBOT_PORT", "9090")

    assert 9090 == load_settings().port


def test_dotenv_with_unrelated_keys_is_accepted(clean_env: Path) -> None:
    """A shared `.env` with other programs' variables does not stop the bot."""
    (clean_env / ".env").write_text("DATABASE_URL=postgres://x\nNEWSBOT_PORT=8081\n", "utf-8")

    assert 8081 == load_settings().port


def test_bad_value_in_dotenv_names_the_variable(clean_env: Path) -> None:
    """A malformed value in `.env` is reported like one in the environment."""
    (clean_env / ".env").write_text("NEWSBOT_PORT=ottanta\n", encoding="utf-8")

    with pytest.raises(ConfigError, match="NEWSBOT_PORT"):
        load_settings()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("[7, 8]", frozenset({7, 8})),
        ("7,8", frozenset({7, 8})),
        (" 7 , 8 ", frozenset({7, 8})),
        ("7 8", frozenset({7, 8})),
        ("[123456789]", frozenset({123456789})),
        ("42", frozenset({42})),
        ("", frozenset()),
        ("[]", frozenset()),
    ],
)
def test_admin_ids_accept_json_list_and_comma_list(
    monkeypatch: pytest.MonkeyPatch, raw: str, expected: frozenset[int]
) -> None:
    """Operators may write admin ids as a JSON list or separated by commas or spaces."""
    monkeypatch.setenv("NEWSBOT_ADMIN_IDS", raw)

    assert expected == load_settings().admin_ids


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("NEWSBOT_PORT", "abc"),
        ("NEWSBOT_PORT", "0"),
        ("NEWSBOT_PORT", "70000"),
        ("NEWSBOT_ADMIN_IDS", "alice,bob"),
        ("NEWSBOT_ADMIN_IDS", "[7, otto]"),
        ("NEWSBOT_LOG_LEVEL", "verbose"),
        ("NEWSBOT_RETENTION_DAYS", "0"),
    ],
)
def test_bad_value_raises_config_error_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    """A malformed setting raises `ConfigError` whose one-line message names the variable."""
    monkeypatch.setenv(name, value)

    with pytest.raises(ConfigError) as caught:
        load_settings()

    message = str(caught.value)
    assert name in message
    assert "\n" not in message


def test_settings_are_frozen() -> None:
    """Settings are built once and cannot be changed afterwards by accident."""
    settings = load_settings()

    with pytest.raises(ValueError):
        settings.port = 1  # type: ignore[misc]


def test_settings_are_not_built_at_import_time() -> None:
    """`bot.config` has no module-level settings object: start-up decides when to read them."""
    import bot.config as module

    instances = [v for v in vars(module).values() if isinstance(v, Settings)]

    assert [] == instances


def test_cli_with_bad_setting_exits_2_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsbot` with a malformed setting returns 2 and prints one line naming it, no traceback."""
    monkeypatch.setenv("NEWSBOT_PORT", "abc")

    code = cli.main(["validate", str(REPO / "knowledge")])

    out, err = capsys.readouterr()
    assert 2 == code
    assert "" == out
    assert 1 == len(err.strip().splitlines())
    assert "NEWSBOT_PORT" in err
    assert "Traceback" not in err


def test_python_m_bot_with_bad_setting_exits_2_without_traceback(clean_env: Path) -> None:
    """`python -m bot` in a real process exits 2 with one stderr line naming the setting."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env["NEWSBOT_PORT"] = "abc"

    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "Quanto vuole raccogliere OpenAI?"],
        cwd=clean_env,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert 2 == result.returncode
    assert "" == result.stdout
    lines = result.stderr.strip().splitlines()
    assert 1 == len(lines), result.stderr
    assert "NEWSBOT_PORT" in lines[0]
    assert "Traceback" not in result.stderr
