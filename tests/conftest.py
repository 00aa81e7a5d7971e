"""Shared fixtures: settings on a temp database, the loopback LLM, and a chat driver."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.discord import DiscordAdapter
from bot.adapters.telegram import TelegramAdapter
from bot.app import App, build
from bot.config import Settings
from bot.messages import Draft, Incoming, Platform, Reply, ReplyKind, incoming_from_text
from tests.fakes.discord_gateway import FakeDiscord
from tests.fakes.openai_api import FakeOpenAI
from tests.fakes.telegram_api import FakeTelegram, running_bot


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """Settings isolated from the host's environment and .env file."""
    values: dict[str, Any] = {
        "database_path": tmp_path / "carebridge.db",
        "llm_timeout": 3.0,
        "llm_max_retries": 1,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
async def fake_llm() -> AsyncIterator[FakeOpenAI]:
    """An OpenAI-compatible server on 127.0.0.1."""
    async with FakeOpenAI() as fake:
        yield fake


class Chat:
    """Drives one user's conversation through the pipeline, like errbot's test backend."""

    def __init__(self, app: App, user: str = "alice-1", platform: Platform = Platform.CONSOLE,
                 **extra: Any) -> None:
        self.app = app
        self.user = user
        self.platform = platform
        self.extra = extra
        self.drafts: list[str] = []

    async def say(self, text: str | None, **extra: Any) -> list[Reply]:
        """Send a message (or a command) and return the replies."""
        incoming = incoming_from_text(self.platform, self.user, self.user, text,
                                      **{**self.extra, **extra})
        return await self.send(incoming)

    async def press(self, action: str) -> list[Reply]:
        """Press a button by its action."""
        return await self.send(Incoming(self.platform, self.user, self.user, button=action,
                                        **self.extra))

    async def send(self, incoming: Incoming) -> list[Reply]:
        """Run one incoming event, keeping drafts for inspection."""
        replies: list[Reply] = []
        async for event in self.app.pipeline.run(incoming):
            if isinstance(event, Draft):
                self.drafts.append(event.text)
            else:
                replies.append(event)
        return replies

    async def consent(self) -> None:
        """Agree to the terms."""
        replies = await self.say("/agree")
        assert [r.kind for r in replies] == [ReplyKind.CONSENT_RECORDED]


def kinds(replies: list[Reply]) -> list[ReplyKind]:
    """The kinds of replies sent back to the user (not routed elsewhere)."""
    return [r.kind for r in replies if r.target is None]


@pytest.fixture
async def make_app(tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    """Build apps on a temp database; closes them at the end."""
    apps: list[App] = []

    async def factory(llm: FakeOpenAI | None = None, **overrides: Any) -> App:
        if llm is not None:
            overrides.setdefault("openai_base_url", llm.base_url)
            overrides.setdefault("openai_api_key", "test-key")
        app = await build(make_settings(tmp_path, **overrides))
        apps.append(app)
        return app

    yield factory
    for app in apps:
        await app.close()


def db_rows(path: Path) -> list[tuple[str, tuple[Any, ...]]]:
    """Every row of every table, for asserting on what the database holds."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return [(t, tuple(row)) for t in tables for row in con.execute(f"SELECT * FROM {t}")]
    finally:
        con.close()


def db_holds(path: Path, needle: str) -> list[tuple[str, tuple[Any, ...]]]:
    """Rows in which any column contains `needle`."""
    return [(t, row) for t, row in db_rows(path) if any(needle in str(v) for v in row)]


# Platform stand-ins shared by the Telegram and Discord tests --------------------------------------

Launch = Callable[..., Awaitable[tuple[App, DiscordAdapter]]]


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """The Discord stand-in on 127.0.0.1."""
    async with FakeDiscord() as fake:
        yield fake


@pytest.fixture
async def launch(tmp_path: Path, fake_discord: FakeDiscord,
                 fake_llm: FakeOpenAI) -> AsyncIterator[Launch]:
    """Start (and at the end stop) bots on one temp database."""
    running: list[tuple[App, DiscordAdapter]] = []

    async def factory(**overrides: Any) -> tuple[App, DiscordAdapter]:
        settings = make_settings(
            tmp_path, discord_bot_token="x.y.z", discord_api_url=fake_discord.api_url,
            discord_gateway_url=fake_discord.gateway_url, openai_base_url=fake_llm.base_url,
            openai_api_key="k", **overrides)
        app = await build(settings)
        adapter = DiscordAdapter(app)
        adapter.guild_ready_timeout = 0.05
        await adapter.start()
        running.append((app, adapter))
        return app, adapter

    yield factory
    for app, adapter in running:
        if adapter.client is not None and not adapter.client.is_closed():
            await adapter.stop(1.0)
            await app.close()


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    """The Bot API stand-in."""
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def bot(tmp_path: Path, tg: FakeTelegram, fake_llm: FakeOpenAI
        ) -> Callable[..., AbstractAsyncContextManager[tuple[Any, TelegramAdapter]]]:
    """Start CareBridge on Telegram against the stand-ins: `async with bot(**settings) as …`."""
    def start(**overrides: Any) -> AbstractAsyncContextManager[tuple[Any, TelegramAdapter]]:
        values: dict[str, Any] = {
            "telegram_bot_token": tg.token, "telegram_api_url": tg.url,
            "openai_base_url": fake_llm.base_url, "openai_api_key": "k",
        }
        values.update(overrides)
        return running_bot(make_settings(tmp_path, **values))
    return start
