"""Moderators on Telegram: alerts with buttons in the team chat, take-over, replies, restarts."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from tests.conftest import make_settings
from tests.fakes.openai_api import FakeOpenAI
from tests.fakes.telegram_api import Call, FakeTelegram, running_bot

USER = 4242
MOD = 900
STRANGER = 901
MOD_CHAT = -100777


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    """The Bot API stand-in."""
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def settings(tmp_path: Path, tg: FakeTelegram, fake_llm: FakeOpenAI) -> Settings:
    """Settings with a moderators' chat and one moderator."""
    return make_settings(
        tmp_path, telegram_bot_token=tg.token, telegram_api_url=tg.url,
        openai_base_url=fake_llm.base_url, openai_api_key="k",
        moderation_telegram_chat_id=str(MOD_CHAT), moderator_ids=f"telegram:{MOD}",
    )


def render(app: Any, name: str, **variables: Any) -> str:
    """A template's text as shown."""
    return app.services.prompts.render(name, "en", **variables)


def case_row(settings: Settings, case_id: int) -> tuple[Any, ...]:
    """(state, taken_over, moderator) of a case, read from the database file."""
    con = sqlite3.connect(settings.database_path)
    try:
        return con.execute("SELECT state, taken_over, moderator FROM cases WHERE id = ?",
                           (case_id,)).fetchone()
    finally:
        con.close()


def buttons(call: Call) -> list[str]:
    """The callback data of a sent message's buttons."""
    markup = call.params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def open_case(tg: FakeTelegram, text: str = "/human") -> tuple[int, int]:
    """The user asks for a person (or writes a crisis); returns (case id, alert message id)."""
    since = tg.mark()
    tg.user_message(USER, text)
    alert = await tg.wait_for("sendMessage", lambda p: p["chat_id"] == MOD_CHAT, since=since,
                              ok=True)
    claim = next(b for b in buttons(alert) if b.startswith("/claim "))
    return int(claim.split()[1]), int(alert.result["message_id"])


async def press(tg: FakeTelegram, action: str, alert_id: int, who: int = MOD) -> Call:
    """A moderator presses a button on the alert; returns the answered callback."""
    since = tg.mark()
    query = tg.press(action, alert_id, who, chat_id=MOD_CHAT)
    return await tg.wait_for("answerCallbackQuery",
                             lambda p: p["callback_query_id"] == query, since=since)


async def test_crisis_alert_reaches_the_moderators(settings: Settings, tg: FakeTelegram) -> None:
    async with running_bot(settings) as (_app, _):
        case_id, alert_id = await open_case(tg, "I want to kill myself")
        alert = tg.messages[(MOD_CHAT, alert_id)]
        assert f"Case #{case_id}" in alert["text"]
        assert buttons(tg.calls_of("sendMessage", chat_id=MOD_CHAT)[0]) == [
            f"/claim {case_id}", f"/takeover {case_id}", f"/resolve {case_id}"]
        assert case_row(settings, case_id)[0] == "open"


async def test_take_over_reply_relay_and_release(settings: Settings, tg: FakeTelegram,
                                                 fake_llm: FakeOpenAI) -> None:
    async with running_bot(settings) as (app, _):
        tg.user_message(USER, "/agree")
        await tg.wait_for("sendMessage")
        case_id, alert_id = await open_case(tg)
        assert tg.sent_texts(USER)[-1] == render(app, "human_requested")

        # Take over: the user is told a person joined, the alert shows the new state
        since = tg.mark()
        answered = await press(tg, f"/takeover {case_id}", alert_id)
        assert not answered.params.get("text")
        await tg.wait_for("sendMessage", lambda p: p["chat_id"] == USER, since=since)
        assert tg.sent_texts(USER, since) == [render(app, "handoff_started")]
        edit = await tg.wait_for("editMessageText", lambda p: p["message_id"] == alert_id,
                                 since=since)
        assert "a person holds this chat" in edit.params["text"]
        assert f"/release {case_id}" in buttons(edit)
        assert case_row(settings, case_id) == ("claimed", 1, f"telegram:{MOD}")

        # the moderator answers by replying to the alert
        since = tg.mark()
        tg.user_message(MOD, "We're here with you. Take your time.", "supergroup", MOD_CHAT,
                        reply_to=alert_id)
        call = await tg.wait_for("sendMessage", lambda p: p["chat_id"] == USER, since=since)
        assert call.params["text"] == render(app, "from_moderator",
                                             text="We're here with you. Take your time.")
        done = render(app, "mod_done", action="reply", case_id=case_id)
        await tg.wait_for("sendMessage", lambda p: p["text"] == done, since=since)

        # the user's next message goes to the moderators, not to the LLM
        asked = len(fake_llm.requests)
        since = tg.mark()
        tg.user_message(USER, "thank you, it helps to talk to someone")
        relay = await tg.wait_for("sendMessage", lambda p: p["chat_id"] == MOD_CHAT,
                                  since=since)
        assert "thank you, it helps to talk to someone" in relay.params["text"]
        await tg.idle()
        assert len(fake_llm.requests) == asked
        assert tg.calls_of("sendMessage", since, chat_id=USER) == []

        # Release hands the chat back to the AI
        since = tg.mark()
        await press(tg, f"/release {case_id}", alert_id)
        await tg.wait_for("sendMessage", lambda p: p["chat_id"] == USER, since=since)
        assert tg.sent_texts(USER, since) == [render(app, "handoff_ended")]
        since = tg.mark()
        tg.user_message(USER, "are you still there?")
        call = await tg.wait_for("sendMessage", lambda p: p["chat_id"] == USER, since=since,
                                 timeout=8)
        assert call.params["text"] == fake_llm.reply_text
        assert len(fake_llm.requests) == asked + 1


async def test_a_stranger_cannot_claim(settings: Settings, tg: FakeTelegram) -> None:
    async with running_bot(settings) as (app, _):
        case_id, alert_id = await open_case(tg)
        since = tg.mark()
        answered = await press(tg, f"/claim {case_id}", alert_id, who=STRANGER)
        assert answered.params["text"] == render(app, "mod_refused")
        assert answered.params["show_alert"] is True
        await tg.idle()
        assert tg.calls_of("sendMessage", since) == []  # the refusal is the button's alert only
        assert tg.calls_of("editMessageText", since) == []
        assert case_row(settings, case_id) == ("open", 0, None)
    con = sqlite3.connect(settings.database_path)
    try:
        rows = con.execute("SELECT actor, action, case_id, allowed FROM audit_log").fetchall()
    finally:
        con.close()
    assert rows == [(f"telegram:{STRANGER}", "claim", case_id, 0)]


async def test_claim_after_a_restart(settings: Settings, tg: FakeTelegram) -> None:
    async with running_bot(settings):
        case_id, alert_id = await open_case(tg)
    # a new process on the same database: the old alert's buttons still work
    async with running_bot(settings) as (app, _):
        since = tg.mark()
        answered = await press(tg, f"/claim {case_id}", alert_id)
        assert not answered.params.get("text")
        edit = await tg.wait_for("editMessageText", lambda p: p["message_id"] == alert_id,
                                 since=since)
        assert f"by telegram:{MOD}" in edit.params["text"]
        assert f"/claim {case_id}" not in buttons(edit)
        assert case_row(settings, case_id)[:2] == ("claimed", 0)
        done = await tg.wait_for("sendMessage", lambda p: p["chat_id"] == MOD_CHAT, since=since)
        assert done.params["text"] == render(app, "mod_done", action="claim", case_id=case_id)
