"""Delivers replies addressed to another chat (moderators' alerts, relays) via its platform."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.messages import Platform, Reply
from bot.store import Store

log = logging.getLogger(__name__)

Sender = Callable[[Reply], Awaitable[str | None]]


class Outbox:
    """Routes targeted replies to the adapter that registered for the target's platform."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._senders: dict[Platform, Sender] = {}

    def register(self, platform: Platform, sender: Sender) -> None:
        """Let an adapter deliver replies for its platform; the sender returns a message id."""
        self._senders[platform] = sender

    def unregister(self, platform: Platform) -> None:
        """Stop delivering to a platform (its adapter is stopping)."""
        self._senders.pop(platform, None)

    async def deliver(self, reply: Reply) -> str | None:
        """Send a targeted reply; remember where alerts were posted so they can be updated."""
        if reply.target is None:
            raise ValueError("only targeted replies go through the outbox")
        sender = self._senders.get(reply.target.platform)
        if sender is None:
            log.warning("no adapter for platform=%s kind=%s", reply.target.platform, reply.kind)
            return None
        try:
            message_id = await sender(reply)
        except Exception as exc:  # one failed delivery must not stop the others
            log.warning("delivery failed platform=%s kind=%s error=%s",
                        reply.target.platform, reply.kind, type(exc).__name__)
            return None
        case_id = _case_id(reply)
        if message_id and case_id is not None and reply.edit_of is None:
            await self.store.add_alert(case_id, reply.target.platform, reply.target.chat_id,
                                       message_id)
        return message_id


def _case_id(reply: Reply) -> int | None:
    if "alert" not in reply.tags:
        return None
    for tag in reply.tags:
        if tag.startswith("case:") and tag[5:].isdigit():
            return int(tag[5:])
    return None
