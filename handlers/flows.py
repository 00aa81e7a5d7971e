"""Guided conversations: a flow takes the user's plain messages until it ends or is stopped."""

from __future__ import annotations

from typing import Protocol

from bot.messages import Button, Reply, ReplyKind
from bot.pipeline import Services, Turn
from bot.store import FlowState


class Flow(Protocol):
    """A guided conversation (a questionnaire, an exercise, the intake) that survives restarts."""

    name: str
    open: bool  # usable before consent: it keeps nothing the person writes

    async def start(self, turn: Turn) -> list[Reply]:
        """Answer the flow's command (`/phq9 …`): start, resume or take a button's answer."""
        ...

    async def answer(self, turn: Turn, state: FlowState) -> list[Reply] | None:
        """Take a plain message as the answer to the current step; None hands it on."""
        ...


def command_arg(turn: Turn) -> str:
    """The command's first argument, lower-cased ('' when there is none)."""
    return turn.args[0].lower() if turn.args else ""


async def restart(svc: Services, turn: Turn, name: str, data: dict | None = None) -> FlowState:
    """Start flow `name` from its first step, as the user's active flow."""
    state = FlowState(name, 0, data or {})
    await svc.store.save_flow(turn.user.id, name, 0, state.data)
    return state


async def resume(svc: Services, turn: Turn, state: FlowState) -> None:
    """Make a saved (perhaps paused) flow the active one again, where it stopped."""
    await svc.store.save_flow(turn.user.id, state.name, state.step, state.data)


def stop_button(svc: Services, locale: str) -> Button:
    """The button that pauses whatever flow is running (`/stop`)."""
    return Button(svc.prompts.label("stop", locale), "/stop")


def is_stop_word(svc: Services, turn: Turn) -> bool:
    """True when the message just says stop (in English or the user's language)."""
    text = turn.text.strip().strip(".!").casefold()
    return text in {"stop", "cancel", svc.prompts.label("stop", turn.locale).casefold()}


def is_skip_word(svc: Services, turn: Turn) -> bool:
    """True when the message just says skip: the typed equivalent of a Skip button."""
    text = turn.text.strip().strip(".!").casefold()
    return text in {"skip", svc.prompts.label("skip", turn.locale).casefold()}


class FlowCheck:
    """Routes a plain message to the user's active flow, if they are in one."""

    def __init__(self, svc: Services, flows: dict[str, Flow]) -> None:
        self.svc = svc
        self.flows = flows

    async def __call__(self, turn: Turn) -> list[Reply] | None:
        """Hand the message to the active flow; `stop` pauses it."""
        state = turn.user.flow
        if state is None or turn.command is not None or not turn.text.strip():
            return None
        flow = self.flows.get(state.name)
        if flow is None:
            return None
        if turn.incoming.edited:
            return []  # an edited answer would silently change a step already taken
        if is_stop_word(self.svc, turn):
            return await stop(self.svc, turn)
        return await flow.answer(turn, state)


async def stop(svc: Services, turn: Turn) -> list[Reply]:
    """`/stop`: pause the active flow and any paced exercise; progress stays for resuming."""
    svc.pacer.cancel(turn.incoming.user_key)
    await svc.store.pause_flows(turn.user.id)
    return [Reply(ReplyKind.STOPPED, svc.prompts.render("stopped", turn.locale))]
