"""The console front end: the same pipeline in a terminal, or as JSON lines for scripts."""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from bot.app import App
from bot.messages import Button, Draft, Incoming, Platform, Reply, incoming_from_text


class ConsoleChat:
    """Turns lines into `Incoming`s and prints replies; buttons become numbered choices."""

    def __init__(self, app: App, user_id: str, locale: str | None, out: TextIO,
                 as_json: bool, files: Path | None = None) -> None:
        self.app = app
        self.user_id = user_id
        self.locale = locale
        self.out = out
        self.as_json = as_json
        self.files = files
        self.buttons: tuple[Button, ...] = ()
        self._saved = 0

    def save(self, reply: Reply) -> Path | None:
        """Write a reply's image or file out, named uniquely; its path (None without one)."""
        if reply.attachment is None:
            return None
        if self.files is None:
            self.files = Path(tempfile.mkdtemp(prefix="carebridge-chat-"))
        self.files.mkdir(parents=True, exist_ok=True)
        self._saved += 1
        path = self.files / f"{self._saved:03d}-{Path(reply.attachment.filename).name}"
        path.write_bytes(reply.attachment.data)
        return path.resolve()

    async def deliver(self, reply: Reply) -> str | None:
        """Show a reply routed to this console (paced exercise steps, reminders)."""
        self.show(reply)
        if reply.buttons:
            self.buttons = reply.buttons
        return None

    def to_incoming(self, line: str) -> Incoming:
        """A typed line; `#N` or a label of the last buttons presses that button.

        A bare number is sent as typed: answers such as a mood (0 to 10) or a questionnaire
        option (0 to 3) are numbers themselves.
        """
        text = line.strip()
        for index, button in enumerate(self.buttons, 1):
            if text == f"#{index}" or text.casefold() == button.label.casefold():
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
        """Print one reply; an image or file is written out and its path given."""
        saved = self.save(reply)
        if self.as_json:
            record: dict[str, object] = {"kind": str(reply.kind), "text": reply.text,
                                         "buttons": [b.label for b in reply.buttons]}
            if saved is not None and reply.attachment is not None:
                record[str(reply.attachment.kind)] = str(saved)
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.out.flush()
            return
        self.out.write(f"\ncarebridge> {reply.text}\n")
        if saved is not None and reply.attachment is not None:
            self.out.write(f"  [{reply.attachment.kind}: {saved}]\n")
        for index, button in enumerate(reply.buttons, 1):
            self.out.write(f"  [#{index}] {button.label}\n")
        self.out.flush()


async def run_console(app: App, user_id: str, country: str | None, locale: str | None,
                      as_json: bool, inp: TextIO = sys.stdin, out: TextIO = sys.stdout,
                      files: Path | None = None) -> int:
    """Run a console conversation until end of input; returns the exit status."""
    chat = ConsoleChat(app, user_id, locale, out, as_json, files)
    app.outbox.register(Platform.CONSOLE, chat.deliver)
    if country:
        user = await app.store.ensure_user(Platform.CONSOLE, user_id, None, locale)
        await app.store.set_country(user.id, country.upper())
    if not as_json:
        out.write("CareBridge console. Type a message (Ctrl-D to quit). Try /start.\n"
                  "Press a button by typing its label or its #number.\n")
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
    await app.services.pacer.drain()  # a paced exercise finishes before the console closes
    return 0
