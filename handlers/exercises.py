"""Exercises: paced breathing (box, 4-7-8), 5-4-3-2-1 grounding and the CBT thought record."""

from __future__ import annotations

from dataclasses import dataclass

from bot.messages import Button, Reply, ReplyKind, Target
from bot.pipeline import Services, Turn
from bot.store import FlowState
from handlers.flows import command_arg, is_skip_word, restart, resume, stop_button

FIRST_STEP_DELAY = 3.0  # seconds to read the introduction before the first breath


@dataclass(frozen=True)
class Pattern:
    """A breathing pattern: phases with their counts in seconds, repeated `rounds` times."""

    name: str
    phases: tuple[tuple[str, int], ...]
    rounds: int


PATTERNS = {
    "box": Pattern("box", (("in", 4), ("hold", 4), ("out", 4), ("hold_empty", 4)), 4),
    "478": Pattern("478", (("in", 4), ("hold", 7), ("out", 8)), 4),
}


def _paced_target(turn: Turn) -> Target:
    # Always the person's own DM: a Discord slash command counts as private (only they see its
    # answer) while its channel is shared, and timed steps there would be seen by everyone.
    return Target.private_chat(turn.incoming.platform, turn.incoming.user_id)


class Breathing:
    """`/breathe [box|478]`: an introduction now, then one message per phase, on time."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def __call__(self, turn: Turn) -> list[Reply]:
        """Offer the patterns, or start one; the steps arrive as timed messages."""
        render, label = self.svc.prompts.render, self.svc.prompts.label
        choice = turn.args[0].lower().replace("-", "") if turn.args else ""
        pattern = PATTERNS.get(choice)
        if pattern is None:
            buttons = tuple(Button(label(f"breathe_{p}", turn.locale), f"/breathe {p}")
                            for p in PATTERNS)
            return [Reply(ReplyKind.EXERCISE, render("breathe", turn.locale), buttons=buttons,
                          tags=frozenset({"breathe"}))]
        target = _paced_target(turn)
        steps: list[tuple[float, Reply]] = []
        delay = FIRST_STEP_DELAY
        for round_no in range(1, pattern.rounds + 1):
            for phase, seconds in pattern.phases:
                text = render("breathe_step", turn.locale, phase=phase, seconds=seconds,
                              round=round_no, rounds=pattern.rounds)
                steps.append((delay, Reply(ReplyKind.EXERCISE, text, target=target,
                                           tags=frozenset({"breathe_step", phase}))))
                delay = float(seconds)
        done = Reply(ReplyKind.EXERCISE, render("breathe_done", turn.locale), target=target,
                     buttons=(Button(label("checkin", turn.locale), "/checkin"),),
                     tags=frozenset({"breathe_done"}))
        steps.append((delay, done))
        self.svc.pacer.schedule(turn.incoming.user_key, steps)
        intro = render("breathe_intro", turn.locale, pattern=pattern.name, rounds=pattern.rounds)
        return [Reply(ReplyKind.EXERCISE, intro, buttons=(stop_button(self.svc, turn.locale),),
                      tags=frozenset({"breathe", pattern.name}))]


GROUNDING_STEPS = (5, 4, 3, 2, 1)  # see, touch, hear, smell, taste


class Grounding:
    """`/grounding`: 5-4-3-2-1, one sense at a time; what the person types is never kept."""

    name = "grounding"
    open = True

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def start(self, turn: Turn) -> list[Reply]:
        """Start, or move on with `/grounding next`."""
        saved = await self.svc.store.get_flow(turn.user.id, self.name)
        if turn.args[:1] == ("next",) and saved is not None:
            return await self._next(turn, saved)
        await restart(self.svc, turn, self.name)
        intro = Reply(ReplyKind.EXERCISE, self.svc.prompts.render("grounding_intro", turn.locale))
        return [intro, self._step(turn, 0)]

    async def answer(self, turn: Turn, state: FlowState) -> list[Reply] | None:
        """Whatever they noticed: thank them and move on (their words are not stored)."""
        return await self._next(turn, state)

    async def _next(self, turn: Turn, state: FlowState) -> list[Reply]:
        step = state.step + 1
        if step >= len(GROUNDING_STEPS):
            await self.svc.store.end_flow(turn.user.id, self.name)
            label = self.svc.prompts.label
            text = self.svc.prompts.render("grounding_done", turn.locale)
            return [Reply(ReplyKind.EXERCISE, text,
                          buttons=(Button(label("checkin", turn.locale), "/checkin"),),
                          tags=frozenset({"grounding_done"}))]
        await self.svc.store.save_flow(turn.user.id, self.name, step, {})
        return [self._step(turn, step)]

    def _step(self, turn: Turn, step: int) -> Reply:
        label = self.svc.prompts.label
        text = self.svc.prompts.render("grounding_step", turn.locale, count=GROUNDING_STEPS[step],
                                       step=step + 1, steps=len(GROUNDING_STEPS))
        buttons = (Button(label("next", turn.locale), "/grounding next"),
                   stop_button(self.svc, turn.locale))
        return Reply(ReplyKind.EXERCISE, text, buttons=buttons,
                     tags=frozenset({"grounding", f"step:{step + 1}"}))


# The thought record's steps, in order; intensities are 0 to 100.
THOUGHT_STEPS = ("situation", "thought", "feeling", "intensity", "evidence_for",
                 "evidence_against", "balanced", "new_intensity")
NUMERIC_STEPS = frozenset({"intensity", "new_intensity"})
ANSWER_MAX_CHARS = 1000


def parse_intensity(text: str) -> int | None:
    """An intensity from 0 to 100 as typed: `70`, `70%`."""
    value = text.strip().removesuffix("%").strip()
    return int(value) if value.isdigit() and 0 <= int(value) <= 100 else None


class ThoughtRecord:
    """`/thought`: situation → thought → feeling and intensity → evidence → balanced thought.

    The answers wait in the flow's row while it runs; they are kept only if the person says so.
    """

    name = "thought"
    open = False

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def start(self, turn: Turn) -> list[Reply]:
        """Start or resume; `/thought skip|save|discard|restart` are the buttons' commands."""
        store = self.svc.store
        saved = await store.get_flow(turn.user.id, self.name)
        arg = command_arg(turn)
        if saved is not None and arg == "save" and saved.step >= len(THOUGHT_STEPS):
            await store.add_thought_record(turn.user.id, saved.data, self.svc.clock())
            await store.end_flow(turn.user.id, self.name)
            return [self._say(turn, "thought_saved", saved=True)]
        if saved is not None and arg == "discard":
            await store.end_flow(turn.user.id, self.name)
            return [self._say(turn, "thought_saved", saved=False)]
        if saved is not None and arg == "skip" and saved.step < len(THOUGHT_STEPS):
            return await self._advance(turn, saved, None)
        if (saved is not None and saved.step < len(THOUGHT_STEPS)
                and THOUGHT_STEPS[saved.step] in NUMERIC_STEPS
                and (value := parse_intensity(arg)) is not None):
            return await self._advance(turn, saved, value)  # an intensity button
        if saved is None or arg == "restart":
            saved = await restart(self.svc, turn, self.name)
            intro = self._say(turn, "thought_intro")
            return [intro, self._ask(turn, saved)]
        await resume(self.svc, turn, saved)
        if saved.step >= len(THOUGHT_STEPS):
            return [self._summary(turn, saved)]
        return [self._ask(turn, saved, resumed=True)]

    async def answer(self, turn: Turn, state: FlowState) -> list[Reply] | None:
        """The answer to the current step."""
        if state.step >= len(THOUGHT_STEPS):
            return [self._summary(turn, state)]  # waiting for save or discard
        key = THOUGHT_STEPS[state.step]
        if is_skip_word(self.svc, turn):
            return await self._advance(turn, state, None)
        if key in NUMERIC_STEPS:
            value = parse_intensity(turn.text)
            if value is None:
                return [self._ask(turn, state, retry=True)]
            return await self._advance(turn, state, value)
        return await self._advance(turn, state, turn.text.strip()[:ANSWER_MAX_CHARS])

    async def _advance(self, turn: Turn, state: FlowState, value: str | int | None
                       ) -> list[Reply]:
        data = dict(state.data)
        data[THOUGHT_STEPS[state.step]] = value
        state = FlowState(self.name, state.step + 1, data)
        await self.svc.store.save_flow(turn.user.id, self.name, state.step, data)
        if state.step >= len(THOUGHT_STEPS):
            return [self._summary(turn, state)]
        return [self._ask(turn, state)]

    def _say(self, turn: Turn, template: str, **values: object) -> Reply:
        return Reply(ReplyKind.EXERCISE, self.svc.prompts.render(template, turn.locale, **values),
                     tags=frozenset({"thought", template}))

    def _ask(self, turn: Turn, state: FlowState, resumed: bool = False,
             retry: bool = False) -> Reply:
        key = THOUGHT_STEPS[state.step]
        label = self.svc.prompts.label
        text = self.svc.prompts.render(
            "thought_step", turn.locale, step=key, number=state.step + 1,
            total=len(THOUGHT_STEPS), feeling=state.data.get("feeling"), resumed=resumed,
            retry=retry)
        buttons: tuple[Button, ...] = ()
        if key in NUMERIC_STEPS:
            buttons = tuple(Button(f"{n}", f"/thought {n}") for n in (0, 25, 50, 75, 100))
        buttons += (Button(label("skip", turn.locale), "/thought skip"),
                    stop_button(self.svc, turn.locale))
        return Reply(ReplyKind.EXERCISE, text, buttons=buttons,
                     tags=frozenset({"thought", f"step:{key}"}))

    def _summary(self, turn: Turn, state: FlowState) -> Reply:
        label = self.svc.prompts.label
        text = self.svc.prompts.render("thought_summary", turn.locale, record=state.data)
        return Reply(ReplyKind.EXERCISE, text,
                     buttons=(Button(label("save", turn.locale), "/thought save"),
                              Button(label("discard", turn.locale), "/thought discard")),
                     tags=frozenset({"thought", "summary"}))
