"""Logs carry ids and kinds, never what a person wrote."""

from __future__ import annotations

import logging

from bot.cli import LIBRARY_LOGGERS
from tests.conftest import Chat
from tests.fakes.openai_api import Fault


async def test_no_message_text_reaches_the_logs(make_app, fake_llm, caplog):
    caplog.set_level(logging.DEBUG)
    for name in LIBRARY_LOGGERS:  # as the CLI configures them
        logging.getLogger(name).setLevel(logging.WARNING)
    app = await make_app(fake_llm, moderation_telegram_chat_id="-1")
    chat = Chat(app)
    await chat.say("hello Zanzibar-orchid")
    await chat.consent()
    await chat.say("my Zanzibar-orchid story")
    await chat.say("I want to kill myself tonight with the pills")
    fake_llm.always = Fault(status=500)
    await chat.say("Zanzibar-orchid again")
    await chat.say("/forget confirm")
    logged = caplog.text
    assert "reply platform=console" in logged  # kinds and ids are logged
    assert "Zanzibar" not in logged and "pills" not in logged
