"""Timed messages (a breathing exercise's steps), sent one after another in the background."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence

from bot.messages import Reply

log = logging.getLogger(__name__)

Deliver = Callable[[Reply], Awaitable[object]]


async def _drop(reply: Reply) -> None:
    log.warning("paced reply dropped kind=%s: no outbox", reply.kind)


class Pacer:
    """One background task per user; anything the user sends next cancels what is left.

    Kept in memory on purpose: an exercise interrupted by a restart is simply over.
    """

    def __init__(self, deliver: Deliver = _drop,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep) -> None:
        self.deliver = deliver
        self.sleep = sleep
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def schedule(self, user_key: str, steps: Sequence[tuple[float, Reply]]) -> None:
        """Send each targeted reply after waiting its delay (seconds after the previous one)."""
        self.cancel(user_key)
        task = asyncio.create_task(self._run(user_key, tuple(steps)))
        self._tasks[user_key] = task

    def cancel(self, user_key: str) -> bool:
        """Stop the user's remaining timed messages; True when some were pending."""
        task = self._tasks.pop(user_key, None)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def pending(self, user_key: str) -> bool:
        """True while the user has timed messages still to come."""
        task = self._tasks.get(user_key)
        return task is not None and not task.done()

    async def drain(self) -> None:
        """Wait until every scheduled message has been sent (or cancelled)."""
        while self._tasks:
            tasks = list(self._tasks.values())
            await asyncio.gather(*tasks, return_exceptions=True)
            for key, task in list(self._tasks.items()):
                if task.done():
                    del self._tasks[key]

    async def close(self) -> None:
        """Cancel everything still pending."""
        for key in list(self._tasks):
            self.cancel(key)
        await self.drain()

    async def _run(self, user_key: str, steps: tuple[tuple[float, Reply], ...]) -> None:
        for delay, reply in steps:
            if delay > 0:
                await self.sleep(delay)
            try:
                await self.deliver(reply)
            except Exception as exc:  # a failed step ends the exercise, quietly
                log.warning("paced reply failed kind=%s error=%s", reply.kind,
                            type(exc).__name__)
                return
        with contextlib.suppress(KeyError):
            if self._tasks[user_key] is asyncio.current_task():
                del self._tasks[user_key]
