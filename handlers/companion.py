"""The companion: the LLM's streamed reply, checked by the guard before anyone sees it."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from bot.llm import LLMError, trim_history
from bot.messages import Draft, Reply, ReplyKind
from bot.pipeline import Event, Services, Turn, recent_history
from handlers.intake import profile_vars
from handlers.review import CaseDesk
from safety.guards import SERIOUS, guard_reply

log = logging.getLogger(__name__)

DRAFT_INTERVAL = 0.25  # seconds between live previews; adapters throttle further


class Companion:
    """Streams an LLM reply for a consenting user, guarded, with a kind fallback on failure."""

    def __init__(self, svc: Services, desk: CaseDesk) -> None:
        self.svc = svc
        self.desk = desk

    def messages(self, turn: Turn, history: list[tuple[str, str]],
                 profile: dict[str, Any] | None = None) -> list[dict[str, str]]:
        """The chat messages sent to the model: system prompt, history, this message."""
        prompts = self.svc.prompts
        entry = self.svc.directory.country(turn.country)
        system = prompts.render("system", turn.locale, country_name=entry.name if entry else None,
                                **profile_vars(profile or {}))
        if turn.crisis_mode:
            system += "\n\n" + prompts.render("crisis_mode", turn.locale)
        budget = self.svc.settings.llm_context_tokens
        out = [{"role": "system", "content": system}]
        out += [{"role": r, "content": t} for r, t in trim_history(history, budget)]
        out.append({"role": "user", "content": turn.text})
        return out

    async def __call__(self, turn: Turn) -> AsyncIterator[Event]:
        """Yield live drafts, then exactly one reply."""
        svc = self.svc
        render = svc.prompts.render
        if svc.llm is None:
            yield Reply(ReplyKind.NOT_CONFIGURED, render("not_configured", turn.locale))
            return
        profile = await svc.store.profile(turn.user.id)
        messages = self.messages(turn, await recent_history(svc, turn), profile)
        text = ""
        last_draft = 0.0
        previewing = True
        try:
            async for piece in svc.llm.stream(messages):
                text += piece
                now = svc.clock()
                if previewing and now - last_draft >= DRAFT_INTERVAL:
                    last_draft = now
                    partial = guard_reply(text, svc.directory, turn.country)
                    if partial.blocked:
                        previewing = False  # show nothing more until the final check
                    else:
                        yield Draft(partial.text)
        except LLMError as exc:
            log.warning("llm failed user=%s reason=%s", turn.user.id, exc.reason)
            await self._remember(turn, None)
            yield Reply(ReplyKind.FALLBACK, render("fallback", turn.locale),
                        tags=frozenset({exc.reason}))
            return
        result = guard_reply(text, svc.directory, turn.country)
        if result.blocked:
            reasons = tuple(str(r) for r in result.reasons)
            log.warning("guard blocked user=%s reasons=%s", turn.user.id, ",".join(reasons))
            await svc.store.add_safety_event(
                turn.user.id, turn.incoming.platform, "guard", "blocked", reasons, False)
            alerts: list[Reply] = []
            if set(result.reasons) & SERIOUS:
                alerts = await self.desk.flag(turn, "guard", "high", reasons[0], turn.text[:500])
            await self._remember(turn, None)
            yield Reply(ReplyKind.GUARDED, render("guarded", turn.locale),
                        tags=frozenset(reasons))
            for alert in alerts:
                yield alert
            return
        if result.reasons:
            log.info("guard edited user=%s reasons=%s", turn.user.id,
                     ",".join(str(r) for r in result.reasons))
        await self._remember(turn, result.text)
        yield Reply(ReplyKind.COMPANION, result.text)

    async def _remember(self, turn: Turn, answer: str | None) -> None:
        turns = [("user", turn.text)] + ([("assistant", answer)] if answer else [])
        await self.svc.store.add_turns(turn.user.id, turns, self.svc.settings.history_turns)
