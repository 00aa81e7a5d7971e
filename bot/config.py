"""Settings read from the environment and `.env`; built once in `main()`, never at import."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SHIPPED_PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


class SettingsError(Exception):
    """A setting has a bad value; the message names it in one line."""


class Settings(BaseSettings):
    """Every setting CareBridge reads; `.env.example` documents each one."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        case_sensitive=False,
    )

    openai_base_url: str | None = None
    openai_api_key: SecretStr | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout: float = Field(30.0, gt=0, le=600)
    llm_max_retries: int = Field(2, ge=0, le=10)
    llm_max_tokens: int = Field(500, ge=16, le=8192)
    llm_context_tokens: int = Field(3000, ge=256, le=200_000)

    database_path: Path = Path("carebridge.db")
    prompts_dir: Path = SHIPPED_PROMPTS
    default_country: str | None = None
    default_locale: str = "en"
    history_turns: int = Field(20, ge=0, le=500)
    history_hours: float = Field(24.0, gt=0, le=24 * 365)
    max_message_chars: int = Field(4000, ge=100, le=100_000)
    crisis_window_hours: float = Field(6.0, gt=0, le=72)

    telegram_bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    telegram_webhook_url: str | None = None
    telegram_webhook_listen: str = "0.0.0.0"
    telegram_webhook_port: int = Field(8443, ge=1, le=65535)
    telegram_webhook_secret: SecretStr | None = None

    discord_bot_token: SecretStr | None = None
    discord_api_url: str = "https://discord.com/api/v10"
    discord_gateway_url: str | None = None

    moderator_ids: str = ""
    moderation_telegram_chat_id: str | None = None
    moderation_discord_channel_id: str | None = None
    moderation_show_names: bool = False
    handoff_timeout_minutes: float = Field(10.0, gt=0, le=24 * 60)

    safety_second_opinion: Literal["off", "moderation", "classifier"] = "off"
    safety_second_opinion_timeout: float = Field(2.0, gt=0, le=30)
    safety_second_opinion_model: str | None = None

    eval_judge_model: str | None = None
    eval_judge_base_url: str | None = None
    eval_judge_api_key: SecretStr | None = None

    log_level: str = "INFO"

    @field_validator("default_country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip().upper()
        if len(code) != 2 or not code.isalpha() or not code.isascii():
            raise ValueError("must be a two-letter ISO 3166-1 code such as GB or US")
        return code

    @field_validator("moderator_ids")
    @classmethod
    def _moderators(cls, value: str) -> str:
        for item in filter(None, (part.strip() for part in value.split(","))):
            platform, _, ident = item.partition(":")
            if platform not in {"telegram", "discord", "console"} or not ident:
                raise ValueError("must be a comma-separated list such as telegram:123,discord:456")
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return level

    @property
    def moderators(self) -> frozenset[str]:
        """Platform-qualified moderator ids such as `telegram:123`."""
        return frozenset(p.strip() for p in self.moderator_ids.split(",") if p.strip())

    @property
    def llm_configured(self) -> bool:
        """True when an OpenAI-compatible endpoint has been set up."""
        return bool(self.openai_base_url or self.openai_api_key)


def load_settings(**overrides: object) -> Settings:
    """Build settings; a bad value raises `SettingsError` naming the setting in one line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        name = str(err["loc"][0]).upper() if err.get("loc") else "settings"
        raise SettingsError(f"invalid setting {name}: {err['msg']}") from None
