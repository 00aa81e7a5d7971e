"""The one place that wires CareBridge together; tests and every front end use `build`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import openai

from bot.config import Settings
from bot.llm import LLM, OpenAICompatible
from bot.outbox import Outbox
from bot.pacer import Pacer
from bot.pipeline import Pipeline, Services
from bot.prompts import Prompts
from bot.second_opinion import ClassifierOpinion, ModerationOpinion, SecondOpinion
from bot.store import Store
from handlers.checkin import Checkin
from handlers.commands import Commands
from handlers.companion import Companion
from handlers.consent import ConsentGate
from handlers.exercises import Grounding, ThoughtRecord
from handlers.flows import Flow, FlowCheck
from handlers.input import InputCheck, quiet_in_group
from handlers.intake import Intake
from handlers.questionnaires import GAD7, PHQ9, Questionnaire
from handlers.reminders import Reminders
from handlers.review import CaseDesk, HandoffCheck, ModerationCheck
from handlers.safety_check import SafetyCheck
from handlers.safety_plan import SafetyPlan
from safety.hotlines import Directory

log = logging.getLogger(__name__)

PURGE_EVERY = 600.0
TIMEOUTS_EVERY = 30.0
REMINDERS_EVERY = 30.0
FLOW_HOURS = 24.0  # a guided conversation left alone this long is deleted, answers and all


@dataclass
class App:
    """Everything a running CareBridge holds, built by `build` and closed by `close`."""

    settings: Settings
    services: Services
    pipeline: Pipeline
    desk: CaseDesk
    outbox: Outbox
    reminders: Reminders
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    @property
    def store(self) -> Store:
        """The open store."""
        return self.services.store

    def start_background(self) -> None:
        """Start the history purge and the handoff-timeout watch."""
        self._tasks.append(asyncio.create_task(self._every(PURGE_EVERY, self.purge)))
        self._tasks.append(asyncio.create_task(self._every(TIMEOUTS_EVERY, self.send_timeouts)))
        self._tasks.append(asyncio.create_task(self._every(REMINDERS_EVERY,
                                                           self.send_reminders)))
        self._tasks.append(asyncio.create_task(self.services.prompts.watch()))

    async def purge(self) -> int:
        """Delete conversation turns older than HISTORY_HOURS and flows left for a day."""
        now = self.services.clock()
        turns = await self.store.purge_turns(now - self.settings.history_hours * 3600)
        return turns + await self.store.purge_flows(now - FLOW_HOURS * 3600)

    async def send_reminders(self) -> int:
        """Send the daily check-in reminders that are due."""
        replies = await self.reminders.due()
        for reply in replies:
            await self.outbox.deliver(reply)
        return len(replies)

    async def send_timeouts(self) -> int:
        """Tell users whose `/human` request nobody claimed in time."""
        replies = await self.desk.timeouts()
        for reply in replies:
            await self.outbox.deliver(reply)
        return len(replies)

    async def _every(self, seconds: float, job: Callable[[], object]) -> None:
        while True:
            try:
                await job()  # type: ignore[misc]
            except Exception as exc:
                log.warning("background job failed: %s", type(exc).__name__)
            await asyncio.sleep(seconds)

    async def close(self) -> None:
        """Stop background work, close the LLM client and the store."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        await self.services.pacer.close()
        llm = self.services.llm
        if isinstance(llm, OpenAICompatible):
            await llm.close()
        await self.store.close()


def make_llm(settings: Settings) -> LLM | None:
    """The configured OpenAI-compatible client, or None when no endpoint is set up."""
    if not settings.llm_configured:
        return None
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    return OpenAICompatible(
        base_url=settings.openai_base_url,
        api_key=key,
        model=settings.llm_model,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
        max_tokens=settings.llm_max_tokens,
    )


def make_second_opinion(settings: Settings, prompts: Prompts) -> SecondOpinion | None:
    """The optional second opinion on risk (SAFETY_SECOND_OPINION), or None when it is off."""
    if settings.safety_second_opinion == "off" or not settings.llm_configured:
        return None
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    client = openai.AsyncOpenAI(base_url=settings.openai_base_url or None,
                                api_key=key or "not-needed", max_retries=0,
                                timeout=settings.safety_second_opinion_timeout)
    budget = settings.safety_second_opinion_timeout
    if settings.safety_second_opinion == "moderation":
        return ModerationOpinion(client, budget)
    instructions = prompts.render("risk_classifier", settings.default_locale)
    return ClassifierOpinion(client, budget,
                             settings.safety_second_opinion_model or settings.llm_model,
                             instructions)


def load_prompts(settings: Settings) -> Prompts:
    """The live template set from PROMPTS_DIR, checked before it is used."""
    from bot.prompts_check import check_set

    return Prompts(settings.prompts_dir, checker=check_set)


async def build(
    settings: Settings,
    llm: LLM | str | None = "configured",
    clock: Callable[[], float] = time.time,
) -> App:
    """Open the store and wire the pipeline: moderation, safety, input, handoff, consent,
    commands, then the companion."""
    prompts = load_prompts(settings)
    directory = Directory.load()
    store = await Store(settings.database_path).open()
    outbox = Outbox(store)
    services = Services(
        settings=settings,
        store=store,
        prompts=prompts,
        directory=directory,
        llm=make_llm(settings) if llm == "configured" else llm,  # type: ignore[arg-type]
        clock=clock,
        pacer=Pacer(outbox.deliver),
    )
    desk = CaseDesk(services)
    guided: dict[str, Flow] = {
        flow.name: flow
        for flow in (
            Questionnaire(services, desk, PHQ9), Questionnaire(services, desk, GAD7),
            Checkin(services), Grounding(services), ThoughtRecord(services),
            SafetyPlan(services), Intake(services),
        )
    }
    reminders = Reminders(services)
    checks = [
        ModerationCheck(desk),
        SafetyCheck(services, desk, make_second_opinion(settings, prompts)),
        InputCheck(services),
        HandoffCheck(desk),
        ConsentGate(services),
        Commands(services, desk, guided, reminders),
        FlowCheck(services, guided),
    ]
    pipeline = Pipeline(services, checks, Companion(services, desk), quiet=quiet_in_group)
    return App(settings, services, pipeline, desk, outbox, reminders)
