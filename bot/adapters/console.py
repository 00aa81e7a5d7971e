"""The console front end: the same pipeline in a terminal, or as JSON lines for scripts."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import TextIO

from bot.app import App
from bot.messages import Button, Draft, Incoming, Platform, Reply, incoming_from_text


class ConsoleChat:
    """Turns lines into `Incoming`s and prints replies; buttons become numbered choices."""

    def __init__(self, app: App, user_id: str, locale: str | None, out: TextIO,
                 as_json: bool) -> None:
        self.app = app
        self.user_id = user_id
        self.locale = locale
        self.out = out
        self.as_json = as_json
        self.buttons: tuple[Button, ...] = ()

    def to_incoming(self, line: str) -> Incoming:
        """A typed line; a number or a label of the last buttons presses that button."""
        text = line.strip()
        for index, button in enumerate(self.buttons, 1):
            if text == str(index) or text.casefold() == button.label.casefold():
                return Incoming(Platform.CONSOLE, self.user_id, self.user_id,
                                locale=self.locale, button=button.action)
        return incoming_from_text(Platform.CONSOLE, self.user_id, self.user_id, line.rstrip("\n"),
                                  locale=self.locale)

    async def send(self, line: str) -> list[Reply]:
        """Handle one line and print its replies."""
        replies: list[Reply] = []
        async for event in self.app.pipeline.run(self.to_incoming(line)):
            if isinstance(event, Draft):
                continue  # replies are written whole here; streaming is for chat platforms
            if event.target is not None:
                await self.app.outbox.deliver(event)
                continue
            replies.append(event)
            self.show(event)
        if replies:
            self.buttons = replies[-1].buttons
        return replies

    def show(self, reply: Reply) -> None:
        """Print one reply."""
        if self.as_json:
            record = {"kind": str(reply.kind), "text": reply.text,
                      "buttons": [b.label for b in reply.buttons]}
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.out.flush()
            return
        self.out.write(f"\ncarebridge> {reply.text}\n")
        for index, button in enumerate(reply.buttons, 1):
            self.out.write(f"  [{index}] {button.label}\n")
        self.out.flush()


async def run_console(app: App, user_id: str, country: str | None, locale: str | None,
                      as_json: bool, inp: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    """Run a console conversation until end of input; returns the exit status."""
    chat = ConsoleChat(app, user_id, locale, out, as_json)
    if country:
        user = await app.store.ensure_user(Platform.CONSOLE, user_id, None, locale)
        await app.store.set_country(user.id, country.upper())
    if not as_json:
        out.write("CareBridge console. Type a message (Ctrl-D to quit). Try /start.\n")
        out.flush()
    loop = asyncio.get_running_loop()
    while True:
        if not as_json:
            out.write("you> ")
            out.flush()
        line = await loop.run_in_executor(None, inp.readline)
        if not line:
            break
        if not line.strip():
            continue
        await chat.send(line)
    return 0
