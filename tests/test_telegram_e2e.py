"""CareBridge on Telegram, end to end: the real PTB client polling the Bot API stand-in."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import socket
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.adapters.telegram import DRAFT_EVERY, TelegramAdapter
from bot.app import build
from tests.conftest import make_settings
from tests.fakes.openai_api import FakeOpenAI
from tests.fakes.telegram_api import FakeTelegram

REPO = Path(__file__).resolve().parent.parent
USER = 4242
CRISIS = "I want to kill myself"


def render(app: Any, name: str, **variables: Any) -> str:
    """A template's text as the user would see it."""
    return app.services.prompts.render(name, "en", **variables)


async def agree(tg: FakeTelegram, user: int = USER, chat_id: int | None = None) -> None:
    """Type /agree and wait for the confirmation."""
    since = tg.mark()
    tg.user_message(user, "/agree", chat_id=chat_id)
    await tg.wait_for("sendMessage", since=since)


def db(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """Rows from the test database."""
    con = sqlite3.connect(path)
    try:
        return list(con.execute(sql, args))
    finally:
        con.close()


def active(tmp_path: Path, user: int) -> int:
    """The users.active flag of a Telegram user."""
    rows = db(tmp_path / "carebridge.db",
              "SELECT active FROM users WHERE platform='telegram' AND platform_user_id=?",
              str(user))
    return rows[0][0]


async def test_start_sets_menu_and_consent_by_button(bot: Any, tg: FakeTelegram,
                                                     tmp_path: Path) -> None:
    async with bot() as (app, _):
        default = tg.commands[('{"type": "default"}', "")]
        assert [c["command"] for c in default][:2] == ["start", "sos"]
        assert default[1]["description"] == app.services.prompts.label("cmd_sos", "en")
        for locale in app.services.prompts.current.locales:
            assert tg.commands[('{"type": "default"}', locale)]

        tg.user_message(USER, "/start")
        call = await tg.wait_for("sendMessage", lambda p: "reply_markup" in p)
        assert call.params["text"] == render(app, "consent_request")
        message_id = tg.button_message(USER, "/agree")

        since = tg.mark()
        query = tg.press("/agree", message_id, USER)
        await tg.wait_for("answerCallbackQuery",
                          lambda p: p["callback_query_id"] == query, since=since)
        await tg.wait_for("editMessageReplyMarkup",
                          lambda p: p["message_id"] == message_id, since=since)
        assert tg.sent_texts(USER, since) == [render(app, "consent_recorded")]
        assert "reply_markup" not in tg.messages[(USER, message_id)]
    state = db(tmp_path / "carebridge.db", "SELECT c.state FROM consents c JOIN users u "
               "ON u.id = c.user_id WHERE u.platform_user_id = ?", str(USER))
    assert state == [("agreed",)]


async def test_companion_reply_is_streamed_then_sent(bot: Any, tg: FakeTelegram,
                                                     fake_llm: FakeOpenAI) -> None:
    fake_llm.reply_text = ("That sounds really heavy, and I'm glad you told me. "
                           "Would you like to say more about what happened today?")
    fake_llm.chunk_delay = 0.12  # about 1.6 s of streaming
    async with bot():
        await agree(tg)
        since = tg.mark()
        tg.user_message(USER, "I had a rough day at work")
        final = await tg.wait_for("sendMessage", since=since, timeout=10)
        assert final.params["text"] == fake_llm.reply_text
        drafts = tg.calls_of("sendMessageDraft", since)
        assert len(drafts) >= 2
        assert all(d.at < final.at for d in drafts)
        assert all(fake_llm.reply_text.startswith(d.params["text"]) for d in drafts)
        assert len({d.params["draft_id"] for d in drafts}) == 1
        gaps = [b.at - a.at for a, b in itertools.pairwise(drafts)]
        assert all(gap >= DRAFT_EVERY - 0.1 for gap in gaps)  # at most about once a second
        assert tg.calls_of("sendChatAction", since)[0].params["action"] == "typing"
        assert len(tg.sent_texts(USER, since)) == 1


async def test_without_drafts_a_message_is_edited_live(bot: Any, tg: FakeTelegram,
                                                       fake_llm: FakeOpenAI) -> None:
    tg.drafts_supported = False
    fake_llm.chunk_delay = 0.15
    async with bot():
        await agree(tg)
        for turn in range(2):
            since = tg.mark()
            tg.user_message(USER, f"tell me something {turn}")
            edit = await tg.wait_for("editMessageText", lambda p: p["text"] ==
                                     fake_llm.reply_text, since=since, timeout=10)
            preview = tg.calls_of("sendMessage", since)
            assert len(preview) == 1 and preview[0].at < edit.at
            assert fake_llm.reply_text.startswith(preview[0].params["text"])
            assert edit.params["message_id"] == preview[0].result["message_id"]
        # the failure was remembered: only the very first preview tried a draft
        assert len(tg.calls_of("sendMessageDraft")) == 1


async def test_sos_shows_the_users_countrys_lines(bot: Any, tg: FakeTelegram) -> None:
    async with bot() as (_app, _):
        tg.user_message(USER, "/country GB")
        await tg.wait_for("sendMessage")
        since = tg.mark()
        tg.user_message(USER, "/sos")
        call = await tg.wait_for("sendMessage", since=since)
        assert "116 123" in call.params["text"] and "988" not in call.params["text"]


async def test_crisis_message_gets_the_users_countrys_lines(bot: Any, tg: FakeTelegram,
                                                            fake_llm: FakeOpenAI) -> None:
    async with bot():
        tg.user_message(USER, "/country GB")
        await tg.wait_for("sendMessage")
        since = tg.mark()
        tg.user_message(USER, CRISIS)  # before consent: crisis lines come first, always
        call = await tg.wait_for("sendMessage", since=since)
        assert "116 123" in call.params["text"] and "988" not in call.params["text"]
        assert fake_llm.requests == []


async def test_long_llm_reply_reaches_the_user_within_limits(bot: Any, tg: FakeTelegram,
                                                             fake_llm: FakeOpenAI) -> None:
    paragraph = ("Sometimes it helps to slow down and notice one small thing at a time. " * 8)
    fake_llm.reply_text = "\n\n".join(paragraph.strip() for _ in range(17))
    fake_llm.chunk_size = 400
    assert len(fake_llm.reply_text) > 9000
    async with bot():
        await agree(tg)
        since = tg.mark()
        tg.user_message(USER, "can you tell me a lot")
        await tg.wait_for("sendMessage", since=since, timeout=10, ok=True)
        await tg.idle()
        # the output guard caps companion replies (3,500 chars), so this arrives whole
        parts = tg.sent_texts(USER, since)
        assert parts and all(len(p) <= 4096 for p in parts)
        assert all(c.status == 200 for c in tg.calls_of("sendMessage", since))
        assert fake_llm.reply_text.startswith(parts[0].rstrip("…").strip())


async def test_long_reply_is_split(bot: Any, tg: FakeTelegram) -> None:
    async with bot():
        await agree(tg)
        since = tg.mark()
        tg.user_message(USER, "/safetyplan")
        await tg.wait_for("sendMessage", since=since)
        await tg.idle()
        for n in range(6):  # six long answers: the finished plan shows them all
            since = tg.mark()
            words = " ".join(f"thought{n}-{i}" for i in range(75))  # about 900 chars
            tg.user_message(USER, words)
            await tg.wait_for("sendMessage", since=since, timeout=8)
            await tg.idle()
        parts = tg.sent_texts(USER, since)
        assert len(parts) >= 2
        assert all(len(p) <= 4096 and p.strip() == p for p in parts)
        assert all(c.status == 200 for c in tg.calls_of("sendMessage", since))
        found = {w.strip('",') for p in parts for w in p.split() if "thought" in w}
        expected = {f"thought{n}-{i}" for n in range(6) for i in range(75)}
        assert found == expected  # every answer is there and no word was cut in two


async def test_429_is_honoured(bot: Any, tg: FakeTelegram) -> None:
    async with bot() as (app, _):
        tg.fail("sendMessage", 429, retry_after=1)
        since = tg.mark()
        tg.user_message(USER, "/help")
        await tg.wait_for("sendMessage", lambda p: p["text"] == render(app, "help"), since=since,
                          ok=True)
        tries = tg.calls_of("sendMessage", since)
        assert len(tries) == 2
        assert tries[1].at - tries[0].at >= 1.0
        assert tg.sent_texts(USER, since) == [render(app, "help")] * 2  # refused, then sent


async def test_sticker_gets_the_non_text_reply(bot: Any, tg: FakeTelegram) -> None:
    async with bot() as (app, _):
        await agree(tg)
        since = tg.mark()
        tg.sticker(USER)
        call = await tg.wait_for("sendMessage", since=since)
        assert call.params["text"] == render(app, "non_text")


async def test_group_messages(bot: Any, tg: FakeTelegram, fake_llm: FakeOpenAI) -> None:
    group = -100555
    async with bot() as (app, _):
        since = tg.mark()
        tg.group_message(USER, "what a day everyone", chat_id=group)
        await asyncio.sleep(0.5)
        await tg.idle()
        assert tg.calls_of("sendMessage", since) == []
        assert tg.calls_of("sendChatAction", since) == []

        asked = tg.group_message(USER, "can we talk about my problems", chat_id=group,
                                 mention=True)
        call = await tg.wait_for("sendMessage", lambda p: p["chat_id"] == group, since=since)
        assert call.params["text"] == render(app, "group_redirect")
        invite = await tg.wait_for("sendMessage", lambda p: p["chat_id"] == USER, since=since)
        assert invite.params["text"] == render(app, "dm_invite")  # the private chat, offered
        assert call.params["reply_parameters"]["message_id"] == asked["message_id"]

        since = tg.mark()
        tg.group_message(USER, "/sos", chat_id=group)  # a bare command is for every bot
        call = await tg.wait_for("sendMessage", lambda p: p["chat_id"] == group, since=since)
        assert "findahelpline" in call.params["text"] or "call" in call.params["text"]
        assert fake_llm.requests == []


async def test_crisis_in_a_group_gets_crisis_resources(bot: Any, tg: FakeTelegram) -> None:
    async with bot():
        since = tg.mark()
        tg.group_message(USER, CRISIS, chat_id=-100556)
        call = await tg.wait_for("sendMessage", since=since)
        assert call.params["chat_id"] == -100556
        assert "findahelpline" in call.params["text"] or "call" in call.params["text"]


async def test_plain_edit_is_not_answered(bot: Any, tg: FakeTelegram,
                                          fake_llm: FakeOpenAI) -> None:
    async with bot():
        await agree(tg)
        msg = tg.user_message(USER, "a quiet evening")
        await tg.wait_for("sendMessage", lambda p: p["text"] == fake_llm.reply_text, timeout=8)
        since = tg.mark()
        tg.edited(USER, msg["message_id"], "a very quiet evening")
        await asyncio.sleep(0.5)
        await tg.idle()
        assert tg.calls_of("sendMessage", since) == []
        assert len(fake_llm.requests) == 1


async def test_edit_that_turns_into_a_crisis_is_answered(bot: Any, tg: FakeTelegram) -> None:
    async with bot():
        tg.user_message(USER, "/country GB")
        await tg.wait_for("sendMessage")
        await agree(tg)
        msg = tg.user_message(USER, "a quiet evening")
        await tg.wait_for("sendMessage", lambda p: "quiet" not in p["text"], timeout=8)
        await tg.idle()
        since = tg.mark()
        tg.edited(USER, msg["message_id"], CRISIS)
        call = await tg.wait_for("sendMessage", since=since)
        assert "116 123" in call.params["text"]


async def test_blocked_user_is_marked_inactive(bot: Any, tg: FakeTelegram,
                                               tmp_path: Path) -> None:
    async with bot():
        await agree(tg)
        assert active(tmp_path, USER) == 1
        tg.fail("sendMessage", 403)
        since = tg.mark()
        tg.user_message(USER, "/help")
        await tg.wait_for("sendMessage", since=since)
        await tg.idle()
        assert len(tg.calls_of("sendMessage", since)) == 1  # not retried
        assert active(tmp_path, USER) == 0


async def test_message_not_modified_is_not_an_error(bot: Any, tg: FakeTelegram,
                                                    fake_llm: FakeOpenAI) -> None:
    tg.drafts_supported = False
    async with bot():
        await agree(tg)
        tg.fail("editMessageText", 400)  # "message is not modified" on the final edit
        since = tg.mark()
        tg.user_message(USER, "hello")
        await tg.wait_for("editMessageText", since=since, timeout=8)
        await tg.idle()
        # the reply was not sent a second time because of the 400
        assert len(tg.calls_of("sendMessage", since)) == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_checks_the_secret(bot: Any, tg: FakeTelegram) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/tg-hook"
    async with bot(telegram_webhook_url=url, telegram_webhook_listen="127.0.0.1",
                   telegram_webhook_port=port) as (app, adapter):
        assert tg.webhook is not None and tg.webhook["url"] == url
        secret = tg.webhook["secret_token"]
        assert secret and secret == adapter.webhook_secret
        assert tg.calls_of("getUpdates") == []
        async with aiohttp.ClientSession() as http:
            update = tg.new_update({"message": tg.message(USER, "/help")})
            async with http.post(url, json=update) as resp:
                assert resp.status == 403
            async with http.post(url, json=update,
                                 headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) as resp:
                assert resp.status == 403
            await asyncio.sleep(0.3)
            assert tg.calls_of("sendMessage") == []
            async with http.post(url, json=update,
                                 headers={"X-Telegram-Bot-Api-Secret-Token": secret}) as resp:
                assert resp.status == 200
            call = await tg.wait_for("sendMessage")
            assert call.params["text"] == render(app, "help")


async def test_wrong_token_fails_with_one_clear_error(tmp_path: Path, tg: FakeTelegram) -> None:
    app = await build(make_settings(tmp_path, telegram_bot_token="999:WRONG",
                                    telegram_api_url=tg.url))
    try:
        adapter = TelegramAdapter(app)
        with pytest.raises(ValueError, match="TELEGRAM_BOT_TOKEN"):
            await adapter.start()
    finally:
        await app.close()


def _env(tmp_path: Path, tg: FakeTelegram, fake_llm: FakeOpenAI, token: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "OPENAI_", "DISCORD_", "DATABASE_", "MODERAT"))}
    env.update({
        "PYTHONPATH": str(REPO), "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_URL": tg.url,
        "DATABASE_PATH": str(tmp_path / "run.db"), "OPENAI_BASE_URL": fake_llm.base_url,
        "OPENAI_API_KEY": "k",
    })
    return env


async def test_carebridge_run_telegram_answers_and_stops_cleanly(
        tmp_path: Path, tg: FakeTelegram, fake_llm: FakeOpenAI) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "telegram", cwd=tmp_path,
        env=_env(tmp_path, tg, fake_llm, tg.token),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await tg.wait_for("deleteWebhook", timeout=15)  # polling is about to start
        tg.user_message(USER, "/start")
        call = await tg.wait_for("sendMessage", lambda p: "reply_markup" in p, timeout=10)
        assert "/agree" in str(call.params["reply_markup"])
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(proc.communicate(), 10)
        assert proc.returncode == 0, err.decode()[-2000:]
        assert time.monotonic() - started < 5
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    path = tmp_path / "run.db"
    assert db(path, "PRAGMA integrity_check") == [("ok",)]
    assert db(path, "SELECT MAX(version) FROM schema_version")[0][0] >= 1
    assert db(path, "SELECT platform, platform_user_id FROM users") == [("telegram", str(USER))]
    assert "/start" not in err.decode()  # no message text in the logs


async def test_carebridge_run_telegram_with_a_wrong_token_exits_non_zero(
        tmp_path: Path, tg: FakeTelegram, fake_llm: FakeOpenAI) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "telegram", cwd=tmp_path,
        env=_env(tmp_path, tg, fake_llm, "999:WRONG"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(proc.communicate(), 15)
    assert proc.returncode == 2
    lines = [line for line in err.decode().splitlines() if line.startswith("carebridge:")]
    assert len(lines) == 1 and "TELEGRAM_BOT_TOKEN" in lines[0]
    assert "Traceback" not in err.decode()


async def test_stop_lets_a_reply_in_flight_finish(tmp_path: Path, tg: FakeTelegram,
                                                  fake_llm: FakeOpenAI) -> None:
    fake_llm.chunk_delay = 0.15  # about a second of streaming
    app = await build(make_settings(tmp_path, telegram_bot_token=tg.token,
                                    telegram_api_url=tg.url, openai_base_url=fake_llm.base_url,
                                    openai_api_key="k"))
    adapter = TelegramAdapter(app)
    try:
        await adapter.start()
        await agree(tg)
        since = tg.mark()
        tg.user_message(USER, "one more thing before you go")
        await tg.wait_for("sendMessageDraft", since=since)
        await adapter.stop(drain=5.0)
        assert tg.sent_texts(USER, since) == [fake_llm.reply_text]
    finally:
        await app.close()
