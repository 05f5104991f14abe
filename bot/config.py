"""Settings from `NEWSBOT_*` environment variables and `.env`, validated once at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line naming it."""


class Settings(BaseSettings):
    """Every knob of the bot; built by `load_settings`, never at import time."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSBOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
    )

    token: SecretStr | None = None
    knowledge_dir: Path = Path("knowledge")
    base_url: str | None = None
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    db_path: Path | None = Path("newsbot.sqlite3")
    retention_days: int = Field(default=90, ge=1, le=3650)
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    listen: str = "127.0.0.1"
    port: int = Field(default=8443, ge=1, le=65535)
    log_level: LogLevel = "INFO"
    hash_salt: SecretStr | None = None

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_ids(cls, value: Any) -> Any:
        """Accept `[7, 8]`, `7,8` or `7 8` so operators need not know JSON."""
        if isinstance(value, str):
            text = value.strip().strip("[]")
            parts = [p for p in text.replace(",", " ").split() if p]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError:
                raise ValueError("deve essere una lista di id numerici, es. 7,8") from None
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        """Let `debug` mean `DEBUG`."""
        return value.upper() if isinstance(value, str) else value

    @field_validator("base_url", "webhook_url", "db_path", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        """An empty variable means the setting is not set (an empty DB path: no question log)."""
        return None if isinstance(value, str) and not value.strip() else value


def load_settings(**overrides: Any) -> Settings:
    """Build the settings or raise `ConfigError` with one line naming the bad variable."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "NEWSBOT_" + str(first["loc"][0]).upper() if first["loc"] else "NEWSBOT_*"
        raise ConfigError(f"impostazione non valida {name}: {first['msg']}") from None
