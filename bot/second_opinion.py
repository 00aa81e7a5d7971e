"""An optional second opinion on risk: a moderation endpoint or an LLM classifier.

It only ever adds recall: it runs when the local detector found no crisis, within a time budget,
and any failure (timeout, error, odd answer) leaves the local verdict standing. It sends text to the
configured endpoint, so it runs only for people who consented (see SAFETY.md).
"""

from __future__ import annotations

import asyncio
import json
import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Protocol

import openai

log = logging.getLogger(__name__)

# Moderation categories that mean "crisis" for CareBridge, and the category each maps to.
_MODERATION = {
    "self-harm": "self_harm",
    "self-harm/intent": "suicide",
    "self-harm/instructions": "suicide",
    "violence/graphic": "harm_to_others",
}
_CATEGORIES = frozenset({"suicide", "self_harm", "harm_to_others", "abuse", "medical_emergency"})


@dataclass(frozen=True)
class Opinion:
    """What the second opinion found: a crisis or not, and its category."""

    crisis: bool
    category: str | None = None


class SecondOpinion(Protocol):
    """Something that can judge one message for crisis risk."""

    async def judge(self, text: str, locale: str | None) -> Opinion | None:
        """An opinion, or None when none could be had in time."""
        ...


class _Budgeted(ABC):
    """Runs `_ask` within the time budget; any failure means no opinion."""

    def __init__(self, client: openai.AsyncOpenAI, budget: float) -> None:
        self.client = client
        self.budget = budget

    @abstractmethod
    async def _ask(self, text: str, locale: str | None) -> Opinion | None:
        """One request to the endpoint."""

    async def judge(self, text: str, locale: str | None) -> Opinion | None:
        """Ask within the budget; on any failure keep quiet (the local verdict stands)."""
        try:
            async with asyncio.timeout(self.budget):
                return await self._ask(text, locale)
        except Exception as exc:  # timeouts, HTTP errors, bad JSON: all mean "no opinion"
            log.warning("second opinion unavailable: %s", type(exc).__name__)
            return None


class ModerationOpinion(_Budgeted):
    """The OpenAI-compatible `/moderations` endpoint."""

    async def _ask(self, text: str, locale: str | None) -> Opinion | None:
        result = (await self.client.moderations.create(input=text)).results[0]
        flags = result.categories.model_dump(by_alias=True)
        for name, category in _MODERATION.items():
            if flags.get(name):
                return Opinion(True, category)
        return Opinion(False)


class ClassifierOpinion(_Budgeted):
    """A chat model asked to classify, with instructions from prompts/ (`risk_classifier`)."""

    def __init__(self, client: openai.AsyncOpenAI, budget: float, model: str,
                 instructions: str) -> None:
        super().__init__(client, budget)
        self.model = model
        self.instructions = instructions

    async def _ask(self, text: str, locale: str | None) -> Opinion | None:
        response = await self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": self.instructions},
                      {"role": "user", "content": text}],
            max_tokens=40,
            temperature=0,
        )
        answer = json.loads((response.choices[0].message.content or "").strip())
        category = answer.get("category")
        if answer.get("crisis") is True:
            return Opinion(True, category if category in _CATEGORIES else "suicide")
        return Opinion(False)
