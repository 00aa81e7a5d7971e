"""End to end on Discord: the real discord.py client against the stand-in, FakeOpenAI as the LLM."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.discord import DiscordAdapter
from bot.app import App, build
from bot.messages import Platform
from handlers.crisis import crisis_reply
from tests.conftest import make_settings
from tests.fakes.discord_gateway import (
    EPHEMERAL,
    GUILD_CHANNEL_ID,
    MOD_CHANNEL_ID,
    FakeDiscord,
)
from tests.fakes.openai_api import FakeOpenAI

ALICE = "300000000000000001"
BOB = "300000000000000002"
MOD = "300000000000000003"

Launch = Callable[..., Awaitable[tuple[App, DiscordAdapter]]]


def text(app: App, name: str, **variables: Any) -> str:
    """A template rendered in English, as the bot would send it."""
    return app.services.prompts.render(name, "en", **variables)


def crisis_text(app: App, group: bool = False) -> str:
    """The crisis block (no country set) as the pipeline renders it."""
    return crisis_reply(app.services, "en", None, ("suicide",), imminent=False, full=True,
                        group=group).text


async def consent(fake: FakeDiscord, app: App, user: str = ALICE) -> str:
    """Start and press "I agree"; returns the DM channel id."""
    channel = fake.dm_channel(user)
    await fake.dm(user, "/start")
    request = await fake.wait_for(
        lambda: [m for m in fake.messages(channel) if "cb:/agree" in m.custom_ids])
    await fake.press("cb:/agree", request[0].id, channel, user)
    await fake.wait_for(lambda: text(app, "consent_recorded") in fake.texts(channel))
    return channel


async def test_dm_start_and_consent_by_button(fake_discord: FakeDiscord, launch: Launch) -> None:
    app, _ = await launch()
    channel = fake_discord.dm_channel(ALICE)
    await fake_discord.dm(ALICE, "/start")
    await fake_discord.wait_for(lambda: len(fake_discord.messages(channel)) >= 2)
    disclosure, request = fake_discord.messages(channel)[:2]
    assert disclosure.content.startswith("Hi, I'm CareBridge")
    assert request.custom_ids == ["cb:/agree", "cb:/decline"]

    interaction = await fake_discord.press("cb:/agree", request.id, channel, ALICE)
    callback = await fake_discord.wait_for(lambda: fake_discord.callback_for(interaction))
    assert callback["type"] == 6  # deferred update: acknowledged at once
    await fake_discord.wait_for(
        lambda: text(app, "consent_recorded") in fake_discord.texts(channel))
    user = await app.store.get_user(Platform.DISCORD, ALICE)
    assert user is not None and user.consent == "agreed"


async def test_companion_reply_is_streamed_with_few_edits(
        fake_discord: FakeDiscord, fake_llm: FakeOpenAI, launch: Launch) -> None:
    fake_llm.reply_text = ("I hear you. That sounds like a really hard day, and it makes sense "
                           "that you feel worn out. What part of it is weighing on you most?")
    fake_llm.chunk_size = 6
    fake_llm.chunk_delay = 0.09  # ~2.5 s of streaming
    app, _ = await launch()
    channel = await consent(fake_discord, app)
    before = len(fake_discord.messages(channel))
    await fake_discord.dm(ALICE, "I had an awful day at work")
    await fake_discord.wait_for(
        lambda: fake_discord.texts(channel)[before:] == [fake_llm.reply_text], timeout=10)
    streamed = fake_discord.messages(channel)[-1]
    assert streamed.edits, "the first draft is sent, then edited"
    span = streamed.edits[-1] - streamed.created
    assert len(streamed.edits) <= span / 1.0 + 2  # about once a second, plus the final text
    gaps = [b - a for a, b in zip([streamed.created, *streamed.edits], streamed.edits,
                                  strict=False)]
    assert all(gap >= 0.9 for gap in gaps[:-1])  # only the final edit may come sooner
    assert fake_discord.requests("POST", rf"/channels/{channel}/typing")


@pytest.mark.parametrize("message", ["I want to kill myself", "/sos"])
async def test_crisis_in_dm_gets_local_numbers(fake_discord: FakeDiscord, launch: Launch,
                                               message: str) -> None:
    await launch()
    channel = fake_discord.dm_channel(ALICE)
    await fake_discord.dm(ALICE, "/country GB")
    await fake_discord.wait_for(lambda: fake_discord.messages(channel))
    await fake_discord.dm(ALICE, message)
    reply = await fake_discord.wait_for(
        lambda: [t for t in fake_discord.texts(channel)[1:] if "116 123" in t])
    assert "988" not in reply[0]


async def test_guild_mention_is_moved_to_a_dm(fake_discord: FakeDiscord, fake_llm: FakeOpenAI,
                                              launch: Launch) -> None:
    app, _ = await launch()
    await fake_discord.guild_message(BOB, "my partner left me and I can't stop crying",
                                     mention=True)
    dm = fake_discord.dm_channel(BOB)
    await fake_discord.wait_for(lambda: fake_discord.texts(dm) == [text(app, "dm_invite")])
    assert fake_discord.texts(GUILD_CHANNEL_ID) == [text(app, "group_redirect")]
    post = fake_discord.requests("POST", rf"/channels/{GUILD_CHANNEL_ID}/messages")[0]
    assert post.body["message_reference"]  # answers the message it is about
    assert not fake_llm.requests  # nothing personal went to the model


async def test_unaddressed_guild_chatter_is_ignored(fake_discord: FakeDiscord,
                                                    launch: Launch) -> None:
    await launch()
    await fake_discord.guild_message(BOB, "anyone up for a game tonight?")
    await fake_discord.guild_message(BOB, "ping", mention=True)  # a marker we can wait for
    await fake_discord.wait_for(lambda: fake_discord.texts(GUILD_CHANNEL_ID))
    assert len(fake_discord.texts(GUILD_CHANNEL_ID)) == 1
    assert not fake_discord.requests("POST", rf"/channels/{GUILD_CHANNEL_ID}/typing")[1:]


async def test_crisis_in_a_channel_gets_lines_there_and_in_a_dm(
        fake_discord: FakeDiscord, launch: Launch) -> None:
    app, _ = await launch()
    await fake_discord.guild_message(BOB, "I want to kill myself")  # not even addressed
    short = await fake_discord.wait_for(lambda: fake_discord.texts(GUILD_CHANNEL_ID))
    assert short[0] == crisis_text(app, group=True)
    dm = fake_discord.dm_channel(BOB)
    texts = await fake_discord.wait_for(lambda: fake_discord.texts(dm))
    assert texts[0] == crisis_text(app)  # the full block, privately


async def test_slash_sos_in_a_guild_is_ephemeral_and_complete(
        fake_discord: FakeDiscord, launch: Launch) -> None:
    app, _ = await launch()
    interaction = await fake_discord.slash("sos", user_id=BOB)
    callback = await fake_discord.wait_for(lambda: fake_discord.callback_for(interaction))
    assert callback["type"] == 5 and callback["flags"] & EPHEMERAL  # deferred, ephemeral
    answers = await fake_discord.wait_for(
        lambda: [m for m in fake_discord.messages(GUILD_CHANNEL_ID) if m.via == "followup"])
    assert answers and all(m.ephemeral for m in answers)
    assert answers[0].content == crisis_text(app)  # the full block, seen by the person alone
    assert not [m for m in fake_discord.messages(GUILD_CHANNEL_ID) if not m.ephemeral]


async def test_slash_commands_are_synced_deferred_and_ephemeral(
        fake_discord: FakeDiscord, launch: Launch) -> None:
    app, _ = await launch()
    put = fake_discord.requests("PUT", r"/applications/\d+/commands")
    assert {c["name"] for c in put[0].body} == {"support", "sos", "help", "privacy", "forget",
                                                "country"}
    interaction = await fake_discord.slash("help", user_id=BOB)
    callback = await fake_discord.wait_for(lambda: fake_discord.callback_for(interaction))
    assert callback["type"] == 5 and callback["flags"] & EPHEMERAL
    answer = await fake_discord.wait_for(
        lambda: [m for m in fake_discord.messages(GUILD_CHANNEL_ID) if m.via == "followup"])
    assert answer[0].content == text(app, "help") and answer[0].ephemeral


async def test_slash_support_opens_a_dm(fake_discord: FakeDiscord, launch: Launch) -> None:
    app, _ = await launch()
    await fake_discord.slash("support", user_id=BOB)
    dm = fake_discord.dm_channel(BOB)
    await fake_discord.wait_for(lambda: fake_discord.texts(dm) == [text(app, "dm_invite")])
    answer = [m for m in fake_discord.messages(GUILD_CHANNEL_ID) if m.via == "followup"]
    assert answer[0].ephemeral


async def test_slash_in_a_dm_is_not_ephemeral(fake_discord: FakeDiscord, launch: Launch) -> None:
    app, _ = await launch()
    interaction = await fake_discord.slash("country", {"code": "GB"}, guild_id=None,
                                           user_id=ALICE)
    callback = await fake_discord.wait_for(lambda: fake_discord.callback_for(interaction))
    assert not callback["flags"] & EPHEMERAL
    await fake_discord.wait_for(
        lambda: [m for m in fake_discord.messages(fake_discord.dm_channel(ALICE))
                 if m.via == "followup"])
    user = await app.store.get_user(Platform.DISCORD, ALICE)
    assert user is not None and user.country == "GB"


async def test_rate_limited_send_is_waited_out(fake_discord: FakeDiscord,
                                               launch: Launch) -> None:
    app, _ = await launch()
    channel = fake_discord.dm_channel(ALICE)
    fake_discord.fail("POST", rf"/channels/{channel}/messages", 429, retry_after=0.3)
    await fake_discord.dm(ALICE, "/help")
    await fake_discord.wait_for(lambda: fake_discord.texts(channel) == [text(app, "help")])
    posts = fake_discord.requests("POST", rf"/channels/{channel}/messages")
    assert [p.status for p in posts] == [429, 200]
    assert posts[1].at - posts[0].at >= 0.3


async def test_button_works_after_a_restart(fake_discord: FakeDiscord, launch: Launch) -> None:
    app, adapter = await launch()
    channel = fake_discord.dm_channel(ALICE)
    await fake_discord.dm(ALICE, "/start")
    request = await fake_discord.wait_for(
        lambda: [m for m in fake_discord.messages(channel) if m.custom_ids])
    await adapter.stop(1.0)
    await app.close()

    app2, _ = await launch()  # a new process would look the same: new client, same database
    await fake_discord.press("cb:/agree", request[0].id, channel, ALICE)
    await fake_discord.wait_for(
        lambda: text(app2, "consent_recorded") in fake_discord.texts(channel))
    user = await app2.store.get_user(Platform.DISCORD, ALICE)
    assert user is not None and user.consent == "agreed"
    assert fake_discord.connections == 2


async def test_closed_dms_are_logged_not_crashed(fake_discord: FakeDiscord, launch: Launch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    app, _ = await launch()
    fake_discord.closed_dms.add(BOB)
    caplog.set_level(logging.WARNING, logger="bot.adapters.discord")
    await fake_discord.guild_message(BOB, "I need to talk about my family", mention=True)
    await fake_discord.wait_for(lambda: fake_discord.texts(GUILD_CHANNEL_ID) == [
        text(app, "group_redirect"), text(app, "send_failed")])
    assert [r for r in caplog.records if "50007" in r.getMessage()]
    interaction = await fake_discord.slash("help", user_id=BOB)  # still alive
    await fake_discord.wait_for(lambda: fake_discord.callback_for(interaction))


async def test_missing_permission_is_logged_not_crashed(
        fake_discord: FakeDiscord, launch: Launch, caplog: pytest.LogCaptureFixture) -> None:
    app, _ = await launch()
    caplog.set_level(logging.WARNING, logger="bot.adapters.discord")
    fake_discord.fail("POST", rf"/channels/{GUILD_CHANNEL_ID}/messages", 403, code=50013,
                      message="Missing Permissions")
    await fake_discord.guild_message(BOB, "hello", mention=True)
    await fake_discord.wait_for(
        lambda: [r for r in caplog.records if "missing permission" in r.getMessage()])
    dm = fake_discord.dm_channel(BOB)
    await fake_discord.wait_for(lambda: fake_discord.texts(dm) == [text(app, "dm_invite")])
    await fake_discord.guild_message(BOB, "hello again", mention=True)
    await fake_discord.wait_for(lambda: fake_discord.texts(GUILD_CHANNEL_ID))


async def test_long_reply_is_split_under_the_limit(fake_discord: FakeDiscord,
                                                   fake_llm: FakeOpenAI, launch: Launch) -> None:
    paragraph = "You are doing the best you can with what you have right now. " * 12
    fake_llm.reply_text = "\n\n".join([paragraph.strip()] * 4)  # ~2,900 (the guard caps 3,500)
    fake_llm.chunk_size = 400
    app, _ = await launch()
    channel = await consent(fake_discord, app)
    before = len(fake_discord.messages(channel))
    await fake_discord.dm(ALICE, "tell me something kind")
    await fake_discord.wait_for(
        lambda: "\n\n".join(fake_discord.texts(channel)[before:]) == fake_llm.reply_text,
        timeout=10)
    assert all(len(t) <= 2000 for t in fake_discord.texts(channel))
    assert len(fake_discord.texts(channel)[before:]) == 2


async def test_edited_message_is_not_answered_twice(fake_discord: FakeDiscord,
                                                    launch: Launch) -> None:
    app, _ = await launch()
    channel = await consent(fake_discord, app)
    message = await fake_discord.dm(ALICE, "/help")
    await fake_discord.wait_for(lambda: text(app, "help") in fake_discord.texts(channel))
    count = len(fake_discord.messages(channel))
    await fake_discord.edit(message, "/help please")
    await fake_discord.dm(ALICE, "/privacy")  # a marker we can wait for
    await fake_discord.wait_for(lambda: len(fake_discord.messages(channel)) > count)
    assert len(fake_discord.messages(channel)) == count + 1


async def test_moderators_get_alerts_with_working_buttons(fake_discord: FakeDiscord,
                                                          launch: Launch) -> None:
    await launch(moderation_discord_channel_id=MOD_CHANNEL_ID,
                 moderator_ids=f"discord:{MOD}")
    channel = fake_discord.dm_channel(ALICE)
    await fake_discord.dm(ALICE, "/human")
    alert = await fake_discord.wait_for(lambda: fake_discord.messages(MOD_CHANNEL_ID))
    claim = [c for c in alert[0].custom_ids if c.startswith("cb:/claim")]
    assert claim and fake_discord.texts(channel)
    await fake_discord.press(claim[0], alert[0].id, MOD_CHANNEL_ID, MOD)
    await fake_discord.wait_for(lambda: alert[0].edits)  # the alert shows the new state
    assert not [c for c in alert[0].custom_ids if c.startswith("cb:/claim")]
    done = await fake_discord.wait_for(
        lambda: [m for m in fake_discord.messages(MOD_CHANNEL_ID) if m.via == "followup"])
    assert done[0].ephemeral


async def test_refused_token_is_one_clear_error(tmp_path: Path, fake_discord: FakeDiscord) -> None:
    settings = make_settings(tmp_path, discord_bot_token="wrong",
                             discord_api_url=fake_discord.api_url,
                             discord_gateway_url=fake_discord.gateway_url)
    app = await build(settings)
    try:
        with pytest.raises(ValueError, match="DISCORD_BOT_TOKEN"):
            await DiscordAdapter(app).start()
    finally:
        await app.close()


async def test_a_users_messages_are_answered_in_order(fake_discord: FakeDiscord,
                                                      launch: Launch) -> None:
    app, _ = await launch()
    channel = fake_discord.dm_channel(ALICE)
    fake_discord.slow("POST", rf"/channels/{channel}/typing", 0.4)  # the first turn lags
    await fake_discord.dm(ALICE, "/help")
    await fake_discord.dm(ALICE, "/privacy")
    await fake_discord.wait_for(lambda: len(fake_discord.texts(channel)) == 2)
    assert fake_discord.texts(channel)[0] == text(app, "help")


async def test_button_is_acknowledged_while_a_reply_streams(
        fake_discord: FakeDiscord, fake_llm: FakeOpenAI, launch: Launch) -> None:
    app, _ = await launch()
    channel = await consent(fake_discord, app)
    fake_llm.chunk_size = 4
    fake_llm.chunk_delay = 0.2  # several seconds of streaming
    before = len(fake_discord.messages(channel))
    await fake_discord.dm(ALICE, "I feel lonely tonight")
    await fake_discord.wait_for(lambda: len(fake_discord.messages(channel)) > before)
    request = next(m for m in fake_discord.messages(channel) if "cb:/agree" in m.custom_ids)
    interaction = await fake_discord.press("cb:/agree", request.id, channel, ALICE)
    await fake_discord.wait_for(lambda: fake_discord.callback_for(interaction), timeout=1.0)
    assert fake_discord.texts(channel)[before] != fake_llm.reply_text  # still streaming
    await fake_discord.wait_for(
        lambda: fake_discord.texts(channel)[before] == fake_llm.reply_text, timeout=15)
    await fake_discord.wait_for(lambda: len(fake_discord.messages(channel)) == before + 2)


async def test_stop_lets_a_reply_in_flight_finish(fake_discord: FakeDiscord,
                                                  fake_llm: FakeOpenAI, launch: Launch) -> None:
    app, adapter = await launch()
    channel = await consent(fake_discord, app)
    fake_llm.chunk_delay = 0.1
    before = len(fake_discord.messages(channel))
    await fake_discord.dm(ALICE, "are you there?")
    await fake_discord.wait_for(lambda: len(fake_discord.messages(channel)) > before)
    await adapter.stop(5.0)
    assert fake_discord.texts(channel)[before] == fake_llm.reply_text
    assert adapter.client is not None and adapter.client.is_closed()
    await app.close()


async def test_attachment_only_dm_is_media(fake_discord: FakeDiscord, launch: Launch) -> None:
    app, _ = await launch()
    channel = await consent(fake_discord, app)
    await fake_discord.dm(ALICE, "", attachments=1)
    await fake_discord.wait_for(lambda: text(app, "non_text") in fake_discord.texts(channel))


async def test_a_reply_to_the_bot_in_a_channel_is_addressed(fake_discord: FakeDiscord,
                                                            launch: Launch) -> None:
    app, _ = await launch()
    await fake_discord.guild_message(BOB, "hi", mention=True)
    first = await fake_discord.wait_for(lambda: fake_discord.messages(GUILD_CHANNEL_ID))
    await fake_discord.guild_message(BOB, "but I really need to vent", reply_to=first[0].id)
    await fake_discord.wait_for(lambda: fake_discord.texts(GUILD_CHANNEL_ID) == [
        text(app, "group_redirect")] * 2)


async def test_checkin_in_a_dm_with_buttons_then_a_typed_word(fake_discord: FakeDiscord,
                                                              launch: Launch) -> None:
    app, _ = await launch()
    channel = await consent(fake_discord, app)
    await fake_discord.dm(ALICE, "/checkin")
    ask = await fake_discord.wait_for(
        lambda: [m for m in fake_discord.messages(channel) if "cb:/checkin 7" in m.custom_ids])
    assert ask[0].custom_ids[:11] == [f"cb:/checkin {n}" for n in range(11)]  # 0 to 10, and Stop
    await fake_discord.press("cb:/checkin 7", ask[0].id, channel, ALICE)
    await fake_discord.wait_for(
        lambda: text(app, "checkin_feeling", mood=7) in fake_discord.texts(channel))
    await fake_discord.dm(ALICE, "hopeful")
    await fake_discord.wait_for(lambda: text(app, "checkin_recorded", mood=7, feeling="hopeful")
                                in fake_discord.texts(channel))
    user = await app.store.get_user(Platform.DISCORD, ALICE)
    assert user is not None
    assert [(c.mood, c.feeling) for c in await app.store.checkins(user.id)] == [(7, "hopeful")]
