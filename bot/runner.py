"""Runs chat-platform adapters side by side in one process and stops them cleanly on a signal."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Protocol

from bot.app import App, build
from bot.config import Settings

log = logging.getLogger(__name__)

DRAIN_SECONDS = 5.0


class Adapter(Protocol):
    """A platform front end: translates events into `Incoming` and replies into API calls."""

    async def start(self) -> None:
        """Connect and begin taking updates; return once running."""
        ...

    async def stop(self, drain: float) -> None:
        """Stop taking updates, finish replies in flight (up to `drain` seconds), disconnect."""
        ...


def make_adapters(app: App, which: str) -> list[Adapter]:
    """The adapters for `telegram`, `discord` or `all`, checking their tokens are set."""
    adapters: list[Adapter] = []
    if which in {"telegram", "all"}:
        if app.settings.telegram_bot_token is None:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        from bot.adapters.telegram import TelegramAdapter

        adapters.append(TelegramAdapter(app))
    if which in {"discord", "all"}:
        if app.settings.discord_bot_token is None:
            raise ValueError("DISCORD_BOT_TOKEN is not set")
        from bot.adapters.discord import DiscordAdapter

        adapters.append(DiscordAdapter(app))
    return adapters


async def serve(settings: Settings, which: str, stop: asyncio.Event | None = None) -> int:
    """Build the app, start the adapters, wait for SIGINT/SIGTERM (or `stop`), shut down."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # not possible outside the main thread or on Windows; the caller then sets `stop`
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    app = await build(settings)
    adapters: list[Adapter] = []
    try:
        for adapter in make_adapters(app, which):
            await adapter.start()
            adapters.append(adapter)
        app.start_background()
        log.info("running platforms=%s", which)
        await stop.wait()
        log.info("stopping")
    finally:
        for adapter in reversed(adapters):
            try:
                await adapter.stop(DRAIN_SECONDS)
            except Exception as exc:
                log.warning("adapter stop failed: %s", type(exc).__name__)
        await app.close()
    return 0


def run_platforms(settings: Settings, which: str) -> int:
    """`carebridge run telegram|discord|all`: exits 0 after a clean stop."""
    return asyncio.run(serve(settings, which))
