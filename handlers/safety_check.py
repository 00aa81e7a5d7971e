"""The first stage: assess every message for risk and answer a crisis at once, consent or not."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.messages import Reply, Target
from bot.pipeline import Services, Turn, recent_history
from bot.second_opinion import Opinion, SecondOpinion
from handlers.crisis import crisis_reply
from handlers.review import CaseDesk
from safety import Level, assess

log = logging.getLogger(__name__)

HISTORY_FOR_ASSESSMENT = 6
EXCERPT_CHARS = 500


class SafetyCheck:
    """Runs the local detector on each message; a crisis gets the crisis reply and a case."""

    def __init__(self, svc: Services, desk: CaseDesk,
                 second_opinion: SecondOpinion | None = None) -> None:
        self.svc = svc
        self.desk = desk
        self.second_opinion = second_opinion

    async def _second_opinion(self, turn: Turn) -> Opinion | None:
        """Ask the optional second opinion, only for consenting users' plain messages."""
        if (self.second_opinion is None or turn.user.consent != "agreed" or turn.command
                or not turn.incoming.private):
            return None
        return await self.second_opinion.judge(turn.text, turn.locale)

    async def __call__(self, turn: Turn) -> list[Reply] | None:
        """Assess the message; answer with crisis resources when it is a crisis."""
        svc = self.svc
        state = turn.user.crisis
        window = svc.settings.crisis_window_hours * 3600
        recent = state is not None and svc.clock() - state.last_at < window
        turn.crisis_mode = recent
        if turn.incoming.button or not turn.text:
            return None
        history: list[str] = []
        if turn.user.consent == "agreed":
            turns = await recent_history(svc, turn)
            history = [text for role, text in turns if role == "user"][-HISTORY_FOR_ASSESSMENT:]
        assessment = assess(turn.text, None, history)
        turn.assessment = assessment
        categories = tuple(str(c) for c in assessment.categories)
        imminent = assessment.imminent
        if assessment.level != Level.CRISIS:
            opinion = await self._second_opinion(turn)
            if opinion is None or not opinion.crisis:
                return None
            categories, imminent = (opinion.category or "suicide",), False
        rank = 3 if imminent else 2
        country = turn.country
        full = (
            not recent
            or state is None
            or rank > state.rank
            or country != state.country
        )
        log.info(
            "crisis user=%s categories=%s imminent=%s full=%s",
            turn.user.id, ",".join(categories), imminent, full,
        )
        await svc.store.add_safety_event(
            turn.user.id, turn.incoming.platform, "message", Level.CRISIS, categories, imminent,
        )
        answer = crisis_reply(
            svc, turn.locale, country, categories, imminent, full,
            group=not turn.incoming.private,
        )
        await svc.store.set_crisis_state(turn.user.id, rank, imminent, country, full)
        turn.crisis_mode = True
        if turn.user.consent == "agreed":
            await svc.store.add_turns(
                turn.user.id,
                [("user", turn.text), ("assistant", answer.text)],
                svc.settings.history_turns,
            )
        alerts = await self.desk.flag(
            turn,
            reason="crisis",
            severity="imminent" if imminent else "high",
            category=categories[0] if categories else "suicide",
            excerpt=turn.text[:EXCERPT_CHARS],
        )
        relay = await self.desk.relay_if_taken_over(turn)
        private: list[Reply] = []
        if not turn.incoming.private:  # the full block, privately, as well as the short pointer
            full_block = crisis_reply(svc, turn.locale, country, categories, imminent, full=True)
            private = [replace(full_block, target=Target.private_chat(
                turn.incoming.platform, turn.incoming.user_id))]
        return [answer, *private, *alerts, *relay]
