"""PHQ-9 and GAD-7: one item at a time, validated scores and bands; item 9 can start a crisis."""

from __future__ import annotations

from dataclasses import dataclass

from bot.messages import Button, Reply, ReplyKind
from bot.pipeline import Services, Turn
from bot.store import FlowState
from handlers.crisis import answer_crisis
from handlers.flows import command_arg, restart, resume, stop_button
from handlers.review import CaseDesk

OPTIONS = (0, 1, 2, 3)  # not at all, several days, more than half the days, nearly every day


@dataclass(frozen=True)
class Instrument:
    """A questionnaire: its items and the published severity bands (upper bounds, inclusive)."""

    name: str
    items: int
    bands: tuple[tuple[int, str], ...]

    @property
    def max_score(self) -> int:
        """The highest possible total."""
        return self.items * OPTIONS[-1]


# Kroenke, Spitzer & Williams 2001 (PHQ-9); Spitzer et al. 2006 (GAD-7).
PHQ9 = Instrument("phq9", 9, ((4, "minimal"), (9, "mild"), (14, "moderate"),
                              (19, "moderately_severe"), (27, "severe")))
GAD7 = Instrument("gad7", 7, ((4, "minimal"), (9, "mild"), (14, "moderate"), (21, "severe")))
INSTRUMENTS = {i.name: i for i in (PHQ9, GAD7)}
PHQ9_SUICIDE_ITEM = 9  # "thoughts that you would be better off dead or of hurting yourself"


def score(instrument: Instrument, answers: tuple[int, ...] | list[int]) -> int:
    """The total of a complete set of answers."""
    if len(answers) != instrument.items or any(a not in OPTIONS for a in answers):
        raise ValueError(f"{instrument.name} needs {instrument.items} answers from 0 to 3")
    return sum(answers)


def band(instrument: Instrument, total: int) -> str:
    """The severity band of a total."""
    for upper, name in instrument.bands:
        if total <= upper:
            return name
    raise ValueError(f"{instrument.name} total {total} is above {instrument.max_score}")


class Questionnaire:
    """`/phq9` or `/gad7`: ask, resume where the user stopped, score, and store the result."""

    open = False

    def __init__(self, svc: Services, desk: CaseDesk, instrument: Instrument) -> None:
        self.svc = svc
        self.desk = desk
        self.instrument = instrument
        self.name = instrument.name

    async def start(self, turn: Turn) -> list[Reply]:
        """Start, resume (`/phq9`), restart (`/phq9 restart`) or answer (`/phq9 3=2`)."""
        store = self.svc.store
        saved = await store.get_flow(turn.user.id, self.name)
        arg = command_arg(turn)
        if "=" in arg and saved is not None:
            number, _, value = arg.partition("=")
            await resume(self.svc, turn, saved)
            if not number.isdigit() or int(number) != saved.step + 1:
                return await self._ask(turn, saved, stale=True)  # an old button: ask again
            return await self._take(turn, saved, value)
        if saved is None or arg == "restart":
            saved = await restart(self.svc, turn, self.name, {"answers": []})
            intro = Reply(ReplyKind.QUESTIONNAIRE, self.svc.prompts.render(
                f"{self.name}_intro", turn.locale, items=self.instrument.items))
            return [intro, *await self._ask(turn, saved)]
        await resume(self.svc, turn, saved)
        return await self._ask(turn, saved, resumed=True)

    async def answer(self, turn: Turn, state: FlowState) -> list[Reply] | None:
        """A typed answer: the option's number (0 to 3) or its words."""
        return await self._take(turn, state, turn.text)

    def _option(self, locale: str, text: str) -> int | None:
        typed = text.strip().strip(".!").casefold()
        if typed in {str(o) for o in OPTIONS}:
            return int(typed)
        for option in OPTIONS:
            labels = {self.svc.prompts.label(f"freq_{option}", locale).casefold(),
                      self.svc.prompts.label(f"freq_{option}", "en").casefold()}
            if typed in labels:
                return option
        return None

    async def _ask(self, turn: Turn, state: FlowState, resumed: bool = False,
                   stale: bool = False, retry: bool = False) -> list[Reply]:
        number = state.step + 1
        label = self.svc.prompts.label
        buttons = (*(Button(label(f"freq_{o}", turn.locale), f"/{self.name} {number}={o}")
                     for o in OPTIONS), stop_button(self.svc, turn.locale))
        text = self.svc.prompts.render(
            f"{self.name}_item", turn.locale, number=number, total=self.instrument.items,
            resumed=resumed, retry=retry or stale)
        return [Reply(ReplyKind.QUESTIONNAIRE, text, buttons=buttons,
                      tags=frozenset({self.name, f"item:{number}"}))]

    async def _take(self, turn: Turn, state: FlowState, value: str) -> list[Reply]:
        option = self._option(turn.locale, value)
        if option is None:
            return await self._ask(turn, state, retry=True)
        answers = [*state.data.get("answers", []), option]
        if len(answers) < self.instrument.items:
            state = FlowState(self.name, len(answers), {"answers": answers})
            await self.svc.store.save_flow(turn.user.id, self.name, state.step, state.data)
            return await self._ask(turn, state)
        return await self._finish(turn, answers)

    async def _finish(self, turn: Turn, answers: list[int]) -> list[Reply]:
        svc = self.svc
        total = score(self.instrument, answers)
        level = band(self.instrument, total)
        await svc.store.add_result(turn.user.id, self.name, total, level, answers, svc.clock())
        await svc.store.end_flow(turn.user.id, self.name)
        result = Reply(
            ReplyKind.QUESTIONNAIRE,
            svc.prompts.render(f"{self.name}_result", turn.locale, score=total,
                               max_score=self.instrument.max_score, band=level),
            tags=frozenset({self.name, "result", f"band:{level}"}))
        if self.instrument is PHQ9 and answers[PHQ9_SUICIDE_ITEM - 1] > 0:
            # Any answer above "not at all" on item 9 starts the crisis flow, whatever the total.
            crisis = await answer_crisis(svc, self.desk, turn, ("suicide",), False,
                                         "phq9_item9", None)
            return [crisis[0], result, *crisis[1:]]
        return [result]
