"""`carebridge run discord` as a real subprocess against the Discord stand-in, stopped by SIGINT."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

from tests.fakes.discord_gateway import FakeDiscord

ROOT = Path(__file__).resolve().parent.parent
USER = "300000000000000042"


async def test_run_discord_answers_a_dm_and_exits_cleanly_on_sigint(tmp_path: Path) -> None:
    database = tmp_path / "carebridge.db"
    async with FakeDiscord() as fake:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("OPENAI_", "TELEGRAM_", "DISCORD_", "MODERAT"))}
        env.update(
            PYTHONPATH=str(ROOT), DISCORD_API_URL=fake.api_url,
            DISCORD_GATEWAY_URL=fake.gateway_url, DISCORD_BOT_TOKEN=fake.token,
            DATABASE_PATH=str(database), LOG_LEVEL="INFO",
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "discord", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        try:
            await fake.wait_ready(timeout=20)
            channel = fake.dm_channel(USER)
            await fake.wait_for(lambda: fake.requests("PUT", r"/applications/\d+/commands"),
                                timeout=10)
            await fake.dm(USER, "my secret word is pineapple")
            await fake.dm(USER, "/start")
            messages = await fake.wait_for(
                lambda: len(fake.messages(channel)) >= 4 and fake.messages(channel), timeout=10)
            assert messages[-2].content.startswith("Hi, I'm CareBridge")
            assert messages[-1].custom_ids == ["cb:/agree", "cb:/decline"]
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=20)
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "Traceback" not in log
    assert "pineapple" not in log  # message text is never logged
    con = sqlite3.connect(database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = con.execute("SELECT platform_user_id FROM users WHERE platform = 'discord'")
        assert [r[0] for r in rows] == [USER]
    finally:
        con.close()


async def test_run_all_serves_telegram_and_discord_in_one_loop(tmp_path: Path) -> None:
    from bot.runner import serve
    from tests.conftest import make_settings
    from tests.fakes.telegram_api import FakeTelegram

    async with FakeDiscord() as fake, FakeTelegram() as tg:
        settings = make_settings(
            tmp_path, discord_bot_token=fake.token, discord_api_url=fake.api_url,
            discord_gateway_url=fake.gateway_url, telegram_bot_token=tg.token,
            telegram_api_url=tg.url)
        stop = asyncio.Event()
        served = asyncio.create_task(serve(settings, "all", stop))
        await fake.wait_ready(timeout=20)
        channel = fake.dm_channel(USER)
        await fake.wait_for(lambda: fake.requests("PUT", r"/applications/\d+/commands"),
                            timeout=10)
        tg.user_message(4242, "/help")
        await fake.dm(USER, "/help")
        await fake.wait_for(lambda: fake.texts(channel), timeout=10)
        await tg.wait_for("sendMessage", timeout=10)
        stop.set()
        assert await asyncio.wait_for(served, timeout=20) == 0
    con = sqlite3.connect(tmp_path / "carebridge.db")
    try:
        platforms = sorted(r[0] for r in con.execute("SELECT platform FROM users"))
    finally:
        con.close()
    assert platforms == ["discord", "telegram"]
