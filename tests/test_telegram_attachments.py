"""Replies with a picture or a file on Telegram: real PTB against the Bot API stand-in."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

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
from handlers.mood_chart import summarise
from tests.conftest import make_settings
from tests.fakes.telegram_api import FakeTelegram, running_bot, utf16_len
from tests.media import png, png_size

USER = 4242
ASK = "show me my week"  # the message the test check answers with an attachment
BUTTONS = (Button("Check in", "/checkin"), Button("Help", "/help"))
SUMMARY = "Your mood this week: low on Monday, better from Wednesday, best on Saturday."


CHART = Attachment(AttachmentKind.IMAGE, "mood-week.png", png(), "image/png")
EXPORT_BYTES = json.dumps({"user": "telegram:4242", "notes": ["café ☕", "🙂 better"]},
                          ensure_ascii=False, indent=2).encode()
EXPORT = Attachment(AttachmentKind.FILE, "carebridge-export.json", EXPORT_BYTES,
                    "application/json")


def mood_reply(text: str = SUMMARY, attachment: Attachment = CHART,
               buttons: tuple[Button, ...] = BUTTONS, **extra: Any) -> Reply:
    """A reply like the core's `/mood` answer."""
    return Reply(ReplyKind.MOOD, text, buttons=buttons, attachment=attachment, **extra)


def answer_with(app: Any, reply: Reply) -> None:
    """Make the built app answer ASK with `reply`, ahead of every other check."""
    async def check(turn: Turn) -> list[Reply] | None:
        return [reply] if turn.text == ASK else None
    app.pipeline.checks = (check, *app.pipeline.checks)


def to_user(reply: Reply, user: int = USER) -> Reply:
    """The same reply addressed to a user's private chat, as reminders and copies are."""
    return Reply(reply.kind, reply.text, buttons=reply.buttons, attachment=reply.attachment,
                 target=Target(Platform.TELEGRAM, str(user), user_id=str(user)))


def actions(markup: Any) -> list[str]:
    """The callback data of an inline keyboard, row by row."""
    return [b["callback_data"] for row in (markup or {}).get("inline_keyboard", []) for b in row]


def active(tmp_path: Path, user: int = USER) -> int:
    """The users.active flag of a Telegram user."""
    con = sqlite3.connect(tmp_path / "carebridge.db")
    try:
        return con.execute("SELECT active FROM users WHERE platform='telegram' AND "
                           "platform_user_id=?", (str(user),)).fetchone()[0]
    finally:
        con.close()


async def test_image_with_a_short_summary_is_one_captioned_photo(bot: Any,
                                                                 tg: FakeTelegram) -> None:
    async with bot() as (app, _):
        answer_with(app, mood_reply())
        since = tg.mark()
        tg.user_message(USER, ASK)
        call = await tg.wait_for("sendPhoto", since=since, ok=True)
        await tg.idle()
        assert call.multipart
        upload = call.upload("photo")
        assert (upload.data, upload.filename, upload.content_type) == (
            CHART.data, "mood-week.png", "image/png")
        assert call.params["caption"] == SUMMARY
        assert actions(call.params["reply_markup"]) == ["/checkin", "/help"]
        assert call.result["photo"][-1]["width"] == 8  # the stand-in read the real PNG
        assert tg.calls_of("sendMessage", since) == []  # the summary is the caption, not a text
        photo_id = tg.button_message(USER, "/help")
        assert photo_id == call.result["message_id"]

        since = tg.mark()
        tg.press("/help", photo_id, USER)  # the buttons under the chart work
        await tg.wait_for("editMessageReplyMarkup", lambda p: p["message_id"] == photo_id,
                          since=since, ok=True)
        assert "reply_markup" not in tg.messages[(USER, photo_id)]
        assert tg.sent_texts(USER, since) == [app.services.prompts.render("help", "en")]


@pytest.mark.parametrize("text", [
    "It was a hard week. " * 60,  # 1,200 characters
    "🙂 " * 400,  # only 800 characters, but 1,200 UTF-16 units: too long for Telegram
], ids=["long", "utf16"])
async def test_long_summary_follows_the_photo_as_text(bot: Any, tg: FakeTelegram,
                                                      text: str) -> None:
    assert utf16_len(text.strip()) > 1024
    async with bot() as (app, _):
        answer_with(app, mood_reply(text))
        since = tg.mark()
        tg.user_message(USER, ASK)
        message = await tg.wait_for("sendMessage", since=since, ok=True)
        await tg.idle()
        [photo] = tg.calls_of("sendPhoto", since)
        assert photo.status == 200 and photo.at < message.at
        assert "caption" not in photo.params and "reply_markup" not in photo.params
        assert photo.upload("photo").data == CHART.data
        assert tg.sent_texts(USER, since) == [text.strip()]
        assert actions(message.params["reply_markup"]) == ["/checkin", "/help"]


async def test_summary_of_exactly_1024_units_is_still_a_caption(bot: Any,
                                                                tg: FakeTelegram) -> None:
    text = "🙂" * 12 + "x" * 1000  # 1,024 UTF-16 units in 1,012 characters
    assert utf16_len(text) == 1024
    async with bot() as (app, _):
        answer_with(app, mood_reply(text))
        since = tg.mark()
        tg.user_message(USER, ASK)
        call = await tg.wait_for("sendPhoto", since=since, ok=True)
        await tg.idle()
        assert call.params["caption"] == text
        assert tg.calls_of("sendMessage", since) == []


async def test_file_is_delivered_as_a_document_byte_for_byte(bot: Any, tg: FakeTelegram) -> None:
    async with bot() as (_, adapter):
        reply = to_user(Reply(ReplyKind.EXPORT, "Your data: 2 notes, 1 check-in.",
                              attachment=EXPORT))
        message_id = await adapter.deliver(reply)
        [call] = tg.calls_of("sendDocument", chat_id=USER)
        assert call.multipart and call.status == 200
        upload = call.upload("document")
        assert upload.data == EXPORT_BYTES
        assert json.loads(upload.data)["notes"] == ["café ☕", "🙂 better"]
        assert (upload.filename, upload.content_type) == ("carebridge-export.json",
                                                          "application/json")
        assert call.params["caption"] == "Your data: 2 notes, 1 check-in."
        assert call.result["document"]["file_name"] == "carebridge-export.json"
        assert message_id == str(call.result["message_id"])
        assert tg.calls_of("sendMessage") == []


async def test_delivered_long_text_goes_after_the_file_with_the_buttons(
        bot: Any, tg: FakeTelegram) -> None:
    text = "\n\n".join(f"Section {n}. " + "Everything we kept about you. " * 50
                       for n in range(4))  # about 6,000 characters: two messages
    async with bot() as (_, adapter):
        message_id = await adapter.deliver(to_user(Reply(
            ReplyKind.EXPORT, text, buttons=BUTTONS, attachment=EXPORT)))
        [document] = tg.calls_of("sendDocument")
        texts = tg.calls_of("sendMessage")
        assert "caption" not in document.params and "reply_markup" not in document.params
        assert len(texts) == 2 and document.at < texts[0].at
        assert all(utf16_len(t.params["text"]) <= 4096 for t in texts)
        assert "reply_markup" not in texts[0].params
        assert actions(texts[1].params["reply_markup"]) == ["/checkin", "/help"]
        assert message_id == str(texts[1].result["message_id"])  # the one with the buttons


async def test_rate_limited_photo_is_retried_and_arrives(bot: Any, tg: FakeTelegram) -> None:
    async with bot() as (app, _):
        answer_with(app, mood_reply())
        tg.fail("sendPhoto", 429, retry_after=1)
        since = tg.mark()
        tg.user_message(USER, ASK)
        await tg.wait_for("sendPhoto", since=since, ok=True)
        tries = tg.calls_of("sendPhoto", since)
        assert [t.status for t in tries] == [429, 200]
        assert tries[1].at - tries[0].at >= 1.0
        assert tries[1].upload("photo").data == CHART.data  # the whole file, sent again
        assert tries[1].params["caption"] == SUMMARY
        assert (USER, tries[1].result["message_id"]) in tg.messages


@pytest.mark.parametrize("route", ["reply", "deliver"])
async def test_blocked_user_is_marked_inactive_on_a_document(bot: Any, tg: FakeTelegram,
                                                              tmp_path: Path, route: str) -> None:
    reply = Reply(ReplyKind.EXPORT, "Your data export.", attachment=EXPORT)
    async with bot() as (app, adapter):
        answer_with(app, reply)
        tg.user_message(USER, "/help")  # the user exists and can be reached
        await tg.wait_for("sendMessage", ok=True)
        assert active(tmp_path) == 1
        tg.fail("sendDocument", 403)
        since = tg.mark()
        if route == "reply":
            tg.user_message(USER, ASK)
            await tg.wait_for("sendDocument", since=since)
        else:
            assert await adapter.deliver(to_user(reply)) is None
        await tg.idle()
        assert len(tg.calls_of("sendDocument", since)) == 1  # not retried
        assert tg.calls_of("sendMessage", since) == []  # nor the text sent without it
        assert active(tmp_path) == 0


async def test_live_preview_is_replaced_by_the_photo(bot: Any, tg: FakeTelegram) -> None:
    tg.drafts_supported = False  # previews are real messages, edited as the reply grows

    async def responder(turn: Turn) -> AsyncIterator[Draft | Reply]:
        yield Draft("Drawing your chart")
        yield mood_reply()

    async with bot() as (app, _):
        app.pipeline.responder = responder
        tg.user_message(USER, "/agree")
        await tg.wait_for("sendMessage", ok=True)
        since = tg.mark()
        tg.user_message(USER, "how was my week?")
        photo = await tg.wait_for("sendPhoto", since=since, ok=True)
        await tg.idle()
        [preview] = tg.calls_of("sendMessage", since)
        [delete] = tg.calls_of("deleteMessage", since)
        assert preview.params["text"] == "Drawing your chart"
        assert delete.params["message_id"] == preview.result["message_id"]
        assert preview.at < delete.at < photo.at
        assert (USER, preview.result["message_id"]) not in tg.messages  # nothing left dangling
        assert photo.params["caption"] == SUMMARY
        assert tg.calls_of("editMessageText", since) == []


async def test_refused_image_still_gets_its_summary(bot: Any, tg: FakeTelegram,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    broken = Attachment(AttachmentKind.IMAGE, "mood.png", b"not an image", "image/png")
    caplog.set_level(logging.INFO)
    async with bot() as (app, _):
        answer_with(app, mood_reply(attachment=broken))
        since = tg.mark()
        tg.user_message(USER, ASK)
        message = await tg.wait_for("sendMessage", since=since, ok=True)
        [photo] = tg.calls_of("sendPhoto", since)
        assert photo.status == 400
        assert message.params["text"] == SUMMARY
        assert actions(message.params["reply_markup"]) == ["/checkin", "/help"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "attachment refused" in logged and "kind=mood" in logged
    assert SUMMARY not in logged and ASK not in logged  # ids and kinds, never the words


async def test_photo_in_a_group_answers_the_message(bot: Any, tg: FakeTelegram) -> None:
    group = -100777
    async with bot() as (app, _):
        answer_with(app, mood_reply(buttons=()))
        since = tg.mark()
        asked = tg.group_message(USER, ASK, chat_id=group, mention=True)
        call = await tg.wait_for("sendPhoto", since=since, ok=True)
        assert call.params["chat_id"] == group
        assert call.params["reply_parameters"]["message_id"] == asked["message_id"]
        assert "reply_markup" not in call.params


async def test_real_mood_chart_and_export_through_telegram(tmp_path: Path) -> None:
    """The core's own /mood and /export, end to end: a PNG photo and a JSON document."""
    async with FakeTelegram() as tg:
        settings = make_settings(tmp_path, telegram_bot_token=tg.token, telegram_api_url=tg.url)
        async with running_bot(settings) as (app, _adapter):
            for text in ("/agree", "/checkin 6 hopeful"):
                since = tg.mark()
                tg.user_message(USER, text)
                await tg.wait_for("sendMessage", since=since)
                await tg.idle()
            since = tg.mark()
            tg.user_message(USER, "/mood")
            photo = await tg.wait_for("sendPhoto", since=since, timeout=15)
            image = photo.upload("photo")
            assert image.content_type == "image/png" and png_size(image.data) == (800, 400)
            user = await app.store.get_user("telegram", str(USER))
            assert user is not None
            summary = summarise(await app.store.checkins(user.id), [], ZoneInfo("UTC"))
            assert photo.params["caption"] == app.services.prompts.render(
                "mood_summary", "en", days=30, **summary)  # the summary rides as the caption
            since = tg.mark()
            tg.user_message(USER, "/export")
            document = await tg.wait_for("sendDocument", since=since, timeout=15)
            exported = json.loads(document.upload("document").data)
            assert [(c["mood"], c["feeling"]) for c in exported["tables"]["checkins"]] == [
                (6, "hopeful")]
