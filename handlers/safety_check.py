"""The first stage: assess every message for risk and answer a crisis at once, consent or not."""

from __future__ import annotations

import logging

from bot.messages import Reply
from bot.pipeline import Services, Turn, recent_history
from bot.second_opinion import Opinion, SecondOpinion
from handlers.crisis import answer_crisis
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
        replies = await answer_crisis(
            svc, self.desk, turn, categories, imminent, "message", turn.text[:EXCERPT_CHARS])
        if turn.user.consent == "agreed":
            await svc.store.add_turns(
                turn.user.id,
                [("user", turn.text), ("assistant", replies[0].text)],
                svc.settings.history_turns,
            )
        relay = await self.desk.relay_if_taken_over(turn)
        return [*replies, *relay]
