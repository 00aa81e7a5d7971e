"""The pipeline: ordered checks, then the responder; it returns replies, never calls adapters."""

from __future__ import annotations

import asyncio
import logging
import time
import unicodedata
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from bot.messages import Draft, Incoming, Reply, parse_command
from bot.pacer import Pacer

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.llm import LLM
    from bot.prompts import Prompts
    from bot.store import Store, User
    from safety import Assessment
    from safety.hotlines import Directory

log = logging.getLogger(__name__)

Event = Draft | Reply


@dataclass
class Services:
    """What handlers may use; built once by `bot.app.build`."""

    settings: Settings
    store: Store
    prompts: Prompts
    directory: Directory
    llm: LLM | None
    clock: Callable[[], float] = time.time
    pacer: Pacer = field(default_factory=Pacer)


@dataclass
class Turn:
    """One message on its way through the pipeline, with what the stages learned about it."""

    incoming: Incoming
    user: User
    locale: str
    command: str | None = None
    args: tuple[str, ...] = ()
    assessment: Assessment | None = None
    crisis_mode: bool = False
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The message text ('' for none)."""
        return self.incoming.text or ""

    @property
    def consented(self) -> bool:
        """True when the user agreed to the current disclosure (checked by the consent gate)."""
        return bool(self.notes.get("consented"))

    @property
    def country(self) -> str | None:
        """The country used for hotlines."""
        return self.user.country


class Check(Protocol):
    """A stage that may answer the turn (returning replies) or pass it on (returning None)."""

    async def __call__(self, turn: Turn) -> list[Reply] | None: ...


class Responder(Protocol):
    """The last stage: always answers, possibly streaming drafts first."""

    def __call__(self, turn: Turn) -> AsyncIterator[Event]: ...


def clean_text(text: str | None) -> str | None:
    """Drop NULs, control characters and lone surrogates that would break storage or display."""
    if text is None:
        return None
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            out.append("\ufffd")
        elif unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(ch)
    return "".join(out)


class _UserLocks:
    """One lock per user so each person's messages are handled in order, others concurrently."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


class Pipeline:
    """Runs checks in order (the first to answer wins), then the responder."""

    def __init__(
        self,
        services: Services,
        checks: Sequence[Check],
        responder: Responder,
        quiet: Callable[[Incoming], bool] = lambda incoming: False,
    ) -> None:
        self.services = services
        self.checks = tuple(checks)
        self.responder = responder
        self.quiet = quiet
        self._locks = _UserLocks()

    async def run(self, incoming: Incoming) -> AsyncIterator[Event]:
        """Handle one incoming event, yielding drafts (for live display) and replies."""
        incoming = replace(incoming, text=clean_text(incoming.text))
        if self.quiet(incoming):
            return  # not meant for us (group chatter): no reply and no row about the sender
        self.services.pacer.cancel(incoming.user_key)  # they spoke: a paced exercise stops
        async with self._locks.hold(incoming.user_key):
            turn = await self._begin(incoming)
            replies: list[Reply] | None = None
            for check in self.checks:
                replies = await check(turn)
                if replies is not None:
                    break
            if replies is not None:
                for reply in replies:
                    await self._record(turn, reply)
                    yield reply
                return
            async for event in self.responder(turn):
                if isinstance(event, Reply):
                    await self._record(turn, event)
                yield event

    async def handle(self, incoming: Incoming) -> list[Reply]:
        """Handle one incoming event and return its replies (drafts dropped)."""
        return [e async for e in self.run(incoming) if isinstance(e, Reply)]

    async def _begin(self, incoming: Incoming) -> Turn:
        svc = self.services
        user = await svc.store.ensure_user(
            incoming.platform, incoming.user_id, svc.settings.default_country, incoming.locale
        )
        if incoming.locale and incoming.locale != user.locale:
            await svc.store.set_locale(user.id, incoming.locale)
        locale = svc.prompts.current.resolve_locale(
            incoming.locale or user.locale or svc.settings.default_locale
        )
        if incoming.button:
            command, args = parse_command(incoming.button)
        else:
            command, args = incoming.command, incoming.args
            if command is None and incoming.text:
                command, args = parse_command(incoming.text)
        return Turn(incoming=incoming, user=user, locale=locale, command=command, args=args)

    async def _record(self, turn: Turn, reply: Reply) -> None:
        target_other = reply.target is not None
        log.info(
            "reply platform=%s user=%s kind=%s%s",
            turn.incoming.platform, turn.user.id, reply.kind, " (routed)" if target_other else "",
        )
        if target_other:
            return
        if turn.notes.get("forgotten"):
            return  # the user was just forgotten: keep nothing, not even the reply's kind
        await self.services.store.record_reply(
            turn.user.id, turn.incoming.platform, reply.kind, self.services.prompts.hash
        )


async def recent_history(svc: Services, turn: Turn) -> list[tuple[str, str]]:
    """The user's stored conversation within retention, read once per turn and shared."""
    if "history" not in turn.notes:
        since = svc.clock() - svc.settings.history_hours * 3600
        turn.notes["history"] = await svc.store.recent_turns(
            turn.user.id, svc.settings.history_turns, since)
    return turn.notes["history"]
