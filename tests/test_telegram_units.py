"""The Telegram adapter's pure parts: splitting long replies, keyboards, updates → `Incoming`."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import CallbackQuery, Message

from bot.adapters.telegram import (
    incoming_from_button,
    incoming_from_message,
    keyboard,
    media_kind,
    split_text,
)
from bot.messages import Button, Platform
from tests.fakes.telegram_api import FakeTelegram, utf16_len

BOT_ID = 123
BOT_NAME = "carebridge_test_bot"


def _message(data: dict[str, Any]) -> Message:
    return Message.de_json(data, None)  # type: ignore[arg-type, return-value]


@pytest.fixture
def tg() -> FakeTelegram:
    """The stand-in, used here only to build realistic update objects."""
    return FakeTelegram()


# split_text ------------------------------------------------------------------------------------

def test_short_text_is_one_chunk() -> None:
    assert split_text("  Hello there.  ") == ["Hello there."]
    assert split_text("") == []
    assert split_text(" \n ") == []


def test_splits_at_paragraphs_first() -> None:
    para = "word " * 150  # 750 chars
    text = "\n\n".join(para.strip() for _ in range(8))
    chunks = split_text(text, limit=2000)
    assert all(len(c) <= 2000 for c in chunks)
    assert all(c == para.strip() or "\n\n" in c for c in chunks)
    assert "".join(c.replace("\n\n", "") for c in chunks) == text.replace("\n\n", "")


def test_splits_at_sentences_when_no_paragraph() -> None:
    text = " ".join(f"This is sentence number {i}." for i in range(300))
    chunks = split_text(text, limit=1000)
    assert len(chunks) > 1
    assert all(len(c) <= 1000 and c.endswith(".") for c in chunks)
    assert " ".join(chunks) == text


def test_never_cuts_inside_a_word_when_avoidable() -> None:
    text = " ".join(["unbelievable"] * 1000)
    chunks = split_text(text, limit=100)
    assert all(len(c) <= 100 for c in chunks)
    assert all(set(c.split()) == {"unbelievable"} for c in chunks)
    assert " ".join(chunks) == text


def test_cuts_hard_when_there_is_no_boundary() -> None:
    text = "x" * 250
    assert split_text(text, limit=100) == ["x" * 100, "x" * 100, "x" * 50]


def test_counts_utf16_units_like_telegram() -> None:
    text = "🙂" * 3000  # 6000 UTF-16 units
    chunks = split_text(text)
    assert all(utf16_len(c) <= 4096 for c in chunks)
    assert "".join(chunks) == text


def test_long_reply_keeps_everything() -> None:
    text = "\n\n".join(("A calm sentence about feelings. " * 20).strip() for _ in range(15))
    chunks = split_text(text)
    assert len(text) > 9000 and len(chunks) == 3
    assert all(utf16_len(c) <= 4096 for c in chunks)
    assert "".join(chunks).replace("\n", "").replace(" ", "") == text.replace(
        "\n", "").replace(" ", "")


def test_bad_limit_is_refused() -> None:
    with pytest.raises(ValueError):
        split_text("hi", limit=0)


# keyboards -------------------------------------------------------------------------------------

def test_keyboard_uses_actions_as_callback_data() -> None:
    markup = keyboard((Button("I agree", "/agree"), Button("No thanks", "/decline")))
    assert markup is not None
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert data == ["/agree", "/decline"]
    assert keyboard(()) is None


def test_keyboard_drops_overlong_actions() -> None:
    markup = keyboard((Button("x", "/claim " + "9" * 70), Button("ok", "/claim 1")))
    assert markup is not None
    assert [b.callback_data for row in markup.inline_keyboard for b in row] == ["/claim 1"]


# updates → Incoming ----------------------------------------------------------------------------

def test_private_text_message(tg: FakeTelegram) -> None:
    msg = _message(tg.message(42, "/country gb", language_code="es"))
    inc = incoming_from_message(msg, BOT_ID, BOT_NAME)
    assert inc is not None
    assert (inc.platform, inc.user_id, inc.chat_id) == (Platform.TELEGRAM, "42", "42")
    assert (inc.command, inc.args, inc.locale) == ("country", ("gb",), "es")
    assert inc.private and inc.addressed and not inc.edited
    assert inc.message_id == str(msg.message_id) and inc.display_name == "Alex"


def test_media_and_captions(tg: FakeTelegram) -> None:
    sticker = _message(tg.message(42, None, media={"sticker": {
        "file_id": "s", "file_unique_id": "u", "type": "regular", "width": 1, "height": 1,
        "is_animated": False, "is_video": False}}))
    inc = incoming_from_message(sticker, BOT_ID, BOT_NAME)
    assert inc is not None and inc.text is None and inc.media == "sticker"
    photo = _message(tg.message(42, None, caption="my dog", media={"photo": [
        {"file_id": "p", "file_unique_id": "q", "width": 1, "height": 1}]}))
    inc = incoming_from_message(photo, BOT_ID, BOT_NAME)
    assert inc is not None and inc.text == "my dog" and inc.media == "photo"
    doc = _message(tg.message(42, None, media={"document": {"file_id": "d",
                                                            "file_unique_id": "e"}}))
    assert media_kind(doc) == "document"


def test_group_messages_are_addressed_by_mention_reply_or_command(tg: FakeTelegram) -> None:
    plain = _message(tg.message(7, "what a day", "supergroup", -100))
    inc = incoming_from_message(plain, BOT_ID, BOT_NAME)
    assert inc is not None and not inc.private and not inc.addressed

    mention = _message(tg.message(7, f"@{BOT_NAME.upper()} are you there?", "supergroup", -100))
    inc = incoming_from_message(mention, BOT_ID, BOT_NAME)
    assert inc is not None and inc.addressed and inc.text == "are you there?"

    other = _message(tg.message(7, "@someone_else hi", "supergroup", -100))
    inc = incoming_from_message(other, BOT_ID, BOT_NAME)
    assert inc is not None and not inc.addressed

    ours = _message(tg.message(7, f"/sos@{BOT_NAME}", "supergroup", -100))
    inc = incoming_from_message(ours, BOT_ID, BOT_NAME)
    assert inc is not None and inc.addressed and inc.command == "sos"

    theirs = _message(tg.message(7, "/sos@other_bot", "supergroup", -100))
    inc = incoming_from_message(theirs, BOT_ID, BOT_NAME)
    assert inc is not None and not inc.addressed

    bot_msg = {"message_id": 500, "date": 0, "chat": {"id": -100, "type": "supergroup"},
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "CB"}, "text": "hi"}
    tg.messages[(-100, 500)] = bot_msg
    reply = _message(tg.message(7, "thanks", "supergroup", -100, reply_to=500))
    inc = incoming_from_message(reply, BOT_ID, BOT_NAME)
    assert inc is not None and inc.addressed and inc.reply_to == "500"


def test_edits_and_bots(tg: FakeTelegram) -> None:
    msg = _message(tg.message(42, "fine"))
    inc = incoming_from_message(msg, BOT_ID, BOT_NAME, edited=True)
    assert inc is not None and inc.edited
    from_bot = tg.message(42, "beep")
    from_bot["from"] = {"id": 99, "is_bot": True, "first_name": "Other"}
    assert incoming_from_message(_message(from_bot), BOT_ID, BOT_NAME) is None


def test_button_press(tg: FakeTelegram) -> None:
    msg = tg.message(42, "pick one")
    query = CallbackQuery.de_json({"id": "9", "from": tg.user(42, "de"), "message": msg,
                                   "chat_instance": "c", "data": "/forget confirm"}, None)
    assert query is not None
    inc = incoming_from_button(query)
    assert inc is not None
    assert (inc.button, inc.chat_id, inc.locale, inc.private) == ("/forget confirm", "42", "de",
                                                                  True)
    assert inc.text is None and inc.message_id == str(msg["message_id"])
