"""Replies with a picture or a file on Discord: the real discord.py client against the stand-in."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from bot.adapters.discord import DiscordAdapter
from bot.app import App
from bot.messages import (
    Attachment,
    AttachmentKind,
    Button,
    Draft,
    Platform,
    Reply,
    ReplyKind,
    Target,
)
from bot.pipeline import Turn
from tests.fakes.discord_gateway import (
    EPHEMERAL,
    GUILD_CHANNEL_ID,
    MOD_CHANNEL_ID,
    FakeDiscord,
    Posted,
)
from tests.media import png

ALICE = "300000000000000001"
BOB = "300000000000000002"
ASK = "show me my week"  # the message the test check answers with an attachment
BUTTONS = (Button("Check in", "/checkin"), Button("Help", "/help"))
SUMMARY = "Your mood this week: low on Monday, better from Wednesday, best on Saturday."

Launch = Callable[..., Awaitable[tuple[App, DiscordAdapter]]]


CHART = Attachment(AttachmentKind.IMAGE, "mood-week.png", png(), "image/png")
EXPORT_BYTES = json.dumps({"user": "discord:1", "notes": ["café ☕", "🙂 better"]},
                          ensure_ascii=False, indent=2).encode()
EXPORT = Attachment(AttachmentKind.FILE, "carebridge-export.json", EXPORT_BYTES,
                    "application/json")


def answer_with(app: App, reply: Reply, *texts: str) -> None:
    """Make the built app answer ASK (or `texts`) with `reply`, ahead of every other check."""
    asks = texts or (ASK,)

    async def check(turn: Turn) -> list[Reply] | None:
        return [reply] if turn.text in asks else None
    app.pipeline.checks = (check, *app.pipeline.checks)


def with_file(posted: Posted, attachment: Attachment) -> None:
    """Assert that a message carries exactly this one attachment, intact."""
    assert posted.filenames == [attachment.filename]
    [upload] = posted.files
    assert upload.data == attachment.data and upload.filename == attachment.filename
    assert posted.data["attachments"][0]["content_type"] == attachment.mime
    assert posted.data["attachments"][0]["size"] == len(attachment.data)


@pytest.mark.parametrize("attachment", [CHART, EXPORT], ids=["image", "file"])
async def test_dm_reply_carries_the_file_text_and_buttons(
        fake_discord: FakeDiscord, launch: Launch, attachment: Attachment) -> None:
    app, _ = await launch()
    answer_with(app, Reply(ReplyKind.MOOD, SUMMARY, buttons=BUTTONS, attachment=attachment))
    channel = fake_discord.dm_channel(ALICE)
    await fake_discord.dm(ALICE, ASK)
    [message] = await fake_discord.wait_for(lambda: fake_discord.messages(channel))
    assert message.content == SUMMARY
    with_file(message, attachment)
    assert message.custom_ids == ["cb:/checkin", "cb:/help"]
    [post] = fake_discord.requests("POST", rf"/channels/{channel}/messages")
    assert post.files and post.body["content"] == SUMMARY  # payload_json beside files[0]

    await fake_discord.press("cb:/help", message.id, channel, ALICE)  # its buttons work
    help_text = app.services.prompts.render("help", "en")
    await fake_discord.wait_for(lambda: help_text in fake_discord.texts(channel))


@pytest.mark.parametrize("guild", [True, False], ids=["guild", "dm"])
async def test_slash_command_answer_carries_the_file(fake_discord: FakeDiscord, launch: Launch,
                                                     guild: bool) -> None:
    app, _ = await launch()
    answer_with(app, Reply(ReplyKind.EXPORT, "Your data: 2 notes.", buttons=BUTTONS,
                           attachment=EXPORT), "/privacy")
    interaction = await fake_discord.slash("privacy", user_id=BOB,
                                           guild_id=fake_discord.channels[GUILD_CHANNEL_ID][
                                               "guild_id"] if guild else None)
    channel = GUILD_CHANNEL_ID if guild else fake_discord.dm_channel(BOB)
    callback = await fake_discord.wait_for(lambda: fake_discord.callback_for(interaction))
    assert callback["type"] == 5  # deferred at once, the file follows
    [answer] = await fake_discord.wait_for(
        lambda: [m for m in fake_discord.messages(channel) if m.via == "followup"])
    assert answer.content == "Your data: 2 notes."
    with_file(answer, EXPORT)
    assert json.loads(answer.files[0].data)["notes"] == ["café ☕", "🙂 better"]
    assert answer.custom_ids == ["cb:/checkin", "cb:/help"]
    assert answer.ephemeral == guild  # in a guild, the export is seen by the person alone
    assert bool(callback["flags"] & EPHEMERAL) == guild


async def test_long_summary_is_split_with_the_file_on_the_first_message(
        fake_discord: FakeDiscord, launch: Launch) -> None:
    text = "\n\n".join((f"Day {n}. " + "You noted how you felt and what helped. " * 24).strip()
                       for n in range(5))  # about 4,800 characters: three messages
    app, _ = await launch()
    answer_with(app, Reply(ReplyKind.MOOD, text, buttons=BUTTONS, attachment=CHART))
    channel = fake_discord.dm_channel(ALICE)
    await fake_discord.dm(ALICE, ASK)
    await fake_discord.wait_for(lambda: any(m.custom_ids for m in fake_discord.messages(channel)))
    messages = fake_discord.messages(channel)
    assert len(messages) == 3
    assert all(0 < len(m.content) <= 2000 for m in messages)
    assert " ".join(m.content for m in messages).split() == text.split()  # nothing lost
    with_file(messages[0], CHART)
    assert [m.filenames for m in messages[1:]] == [[], []]
    assert [m.custom_ids for m in messages] == [[], [], ["cb:/checkin", "cb:/help"]]


async def test_deliver_sends_the_file_to_a_dm_and_a_channel(fake_discord: FakeDiscord,
                                                            launch: Launch) -> None:
    _, adapter = await launch()
    reminder = Reply(ReplyKind.EXPORT, "Your weekly export.", attachment=EXPORT,
                     target=Target.private_chat(Platform.DISCORD, ALICE))
    message_id = await adapter.deliver(reminder)
    [dm] = fake_discord.messages(fake_discord.dm_channel(ALICE))
    assert message_id == dm.id and dm.content == "Your weekly export."
    with_file(dm, EXPORT)

    chart = Reply(ReplyKind.MOOD, "", buttons=BUTTONS, attachment=CHART,
                  target=Target(Platform.DISCORD, MOD_CHANNEL_ID))
    message_id = await adapter.deliver(chart)
    [posted] = fake_discord.messages(MOD_CHANNEL_ID)
    assert message_id == posted.id
    assert posted.content == ""  # no text: the file alone, with the buttons
    with_file(posted, CHART)
    assert posted.custom_ids == ["cb:/checkin", "cb:/help"]


async def test_streamed_preview_is_replaced_by_the_message_with_the_file(
        fake_discord: FakeDiscord, launch: Launch) -> None:
    async def responder(turn: Turn) -> AsyncIterator[Draft | Reply]:
        yield Draft("Drawing your chart")
        yield Reply(ReplyKind.MOOD, SUMMARY, attachment=CHART)

    app, _ = await launch()
    app.pipeline.responder = responder
    channel = fake_discord.dm_channel(ALICE)
    await fake_discord.dm(ALICE, "/agree")
    await fake_discord.wait_for(lambda: fake_discord.messages(channel))
    before = len(fake_discord.messages(channel))
    await fake_discord.dm(ALICE, "how was my week?")
    await fake_discord.wait_for(lambda: any(m.files for m in fake_discord.messages(channel)))
    [final] = fake_discord.messages(channel)[before:]  # the preview is gone, not dangling
    assert final.content == SUMMARY
    with_file(final, CHART)
    [preview] = [p for p in fake_discord.posted.values() if p.deleted]
    assert preview.channel_id == channel and preview.content == "Drawing your chart"
    assert preview.created < final.created
    assert fake_discord.requests("DELETE", rf"/channels/{channel}/messages/{preview.id}")


async def test_rate_limited_upload_is_retried_whole(fake_discord: FakeDiscord,
                                                    launch: Launch) -> None:
    app, _ = await launch()
    answer_with(app, Reply(ReplyKind.EXPORT, "Your data export.", attachment=EXPORT))
    channel = fake_discord.dm_channel(ALICE)
    fake_discord.fail("POST", rf"/channels/{channel}/messages", 429, retry_after=0.3)
    await fake_discord.dm(ALICE, ASK)
    [message] = await fake_discord.wait_for(lambda: fake_discord.messages(channel))
    with_file(message, EXPORT)
    posts = fake_discord.requests("POST", rf"/channels/{channel}/messages")
    assert [p.status for p in posts] == [429, 200]
    assert posts[0].files == posts[1].files  # the file was read again from the start


async def test_refused_file_still_sends_the_text(fake_discord: FakeDiscord, launch: Launch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    app, _ = await launch()
    answer_with(app, Reply(ReplyKind.EXPORT, SUMMARY, buttons=BUTTONS, attachment=EXPORT))
    fake_discord.max_upload = 64  # smaller than the export: 413, 40005
    channel = fake_discord.dm_channel(ALICE)
    await fake_discord.dm(ALICE, ASK)
    [message] = await fake_discord.wait_for(lambda: fake_discord.messages(channel))
    assert message.content == SUMMARY and message.files == []
    assert message.custom_ids == ["cb:/checkin", "cb:/help"]
    posts = fake_discord.requests("POST", rf"/channels/{channel}/messages")
    assert [p.status for p in posts] == [413, 200]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "attachment refused" in logged and "status=413" in logged
    assert SUMMARY not in logged and ASK not in logged  # ids and kinds, never the words


async def test_closed_dms_do_not_retry_without_the_file(fake_discord: FakeDiscord,
                                                        launch: Launch) -> None:
    _, adapter = await launch()
    dm = fake_discord.dm_channel(BOB)
    fake_discord.closed_dms.add(BOB)
    reply = Reply(ReplyKind.EXPORT, "Your weekly export.", attachment=EXPORT,
                  target=Target(Platform.DISCORD, dm, user_id=BOB))
    assert await adapter.deliver(reply) is None
    [post] = fake_discord.requests("POST", rf"/channels/{dm}/messages")
    assert post.status == 403 and post.files  # 50007: the text alone would fail the same way
