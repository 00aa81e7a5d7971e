"""`/safetyplan`: the Stanley–Brown safety plan, built together step by step and kept."""

from __future__ import annotations

from typing import Any

from bot.messages import Button, Reply, ReplyKind
from bot.pipeline import Services, Turn
from bot.store import FlowState
from handlers.crisis import crisis_vars
from handlers.flows import command_arg, is_skip_word, restart, resume, stop_button

# Stanley & Brown (2012), in their order.
STEPS = ("warning_signs", "coping", "distractions", "people", "professionals", "environment")
ANSWER_MAX_CHARS = 1000


class SafetyPlan:
    """Shows the plan, or builds it one step at a time; each answer is saved as it comes."""

    name = "safetyplan"
    open = False

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def start(self, turn: Turn) -> list[Reply]:
        """`/safetyplan` shows it (or starts it); `edit`, `skip` and `restart` steer the build."""
        store = self.svc.store
        plan = await store.safety_plan(turn.user.id)
        saved = await store.get_flow(turn.user.id, self.name)
        arg = command_arg(turn)
        if saved is not None and arg == "skip":
            return await self._advance(turn, saved, None)
        if arg in {"edit", "restart"} or (plan is None and saved is None):
            state = await restart(self.svc, turn, self.name)
            intro = Reply(ReplyKind.SAFETY_PLAN, self.svc.prompts.render(
                "safety_plan_intro", turn.locale, editing=plan is not None))
            return [intro, self._ask(turn, state, plan or {})]
        if saved is not None:
            await resume(self.svc, turn, saved)
            return [self._ask(turn, saved, plan or {}, resumed=True)]
        return [self._show(turn, plan or {})]

    async def answer(self, turn: Turn, state: FlowState) -> list[Reply] | None:
        """The answer to the current step, saved at once ("skip" keeps what it said)."""
        if is_skip_word(self.svc, turn):
            return await self._advance(turn, state, None)
        return await self._advance(turn, state, turn.text.strip()[:ANSWER_MAX_CHARS])

    async def _advance(self, turn: Turn, state: FlowState, value: str | None) -> list[Reply]:
        store = self.svc.store
        plan = await store.safety_plan(turn.user.id) or {}
        if value:  # a skipped step keeps what the plan already said
            plan[STEPS[state.step]] = value
            await store.save_safety_plan(turn.user.id, plan)
        step = state.step + 1
        if step >= len(STEPS):
            await store.end_flow(turn.user.id, self.name)
            if not any(plan.get(k) for k in STEPS):
                await store.save_safety_plan(turn.user.id, plan)  # an empty plan still shows lines
            return [self._show(turn, plan, finished=True)]
        state = FlowState(self.name, step, {})
        await store.save_flow(turn.user.id, self.name, step, {})
        return [self._ask(turn, state, plan)]

    def _ask(self, turn: Turn, state: FlowState, plan: dict[str, Any],
             resumed: bool = False) -> Reply:
        key = STEPS[state.step]
        label = self.svc.prompts.label
        text = self.svc.prompts.render(
            "safety_plan_step", turn.locale, step=key, number=state.step + 1, total=len(STEPS),
            current=plan.get(key), resumed=resumed,
            **crisis_vars(self.svc, turn.country, ("suicide",), turn.locale))
        buttons = (Button(label("skip", turn.locale), "/safetyplan skip"),
                   stop_button(self.svc, turn.locale))
        return Reply(ReplyKind.SAFETY_PLAN, text, buttons=buttons,
                     tags=frozenset({"safety_plan", f"step:{key}"}))

    def _show(self, turn: Turn, plan: dict[str, Any], finished: bool = False) -> Reply:
        label = self.svc.prompts.label
        text = self.svc.prompts.render(
            "safety_plan", turn.locale, plan={k: plan.get(k) for k in STEPS}, finished=finished,
            **crisis_vars(self.svc, turn.country, ("suicide",), turn.locale))
        return Reply(ReplyKind.SAFETY_PLAN, text,
                     buttons=(Button(label("edit_plan", turn.locale), "/safetyplan edit"),),
                     tags=frozenset({"safety_plan", "plan"}))
