"""`/intake`: a short, skippable introduction that personalises the companion's system prompt."""

from __future__ import annotations

import unicodedata
from typing import Any

from bot.messages import Button, Reply, ReplyKind
from bot.pipeline import Services, Turn
from bot.store import FlowState
from handlers.flows import command_arg, is_skip_word, restart, resume, stop_button
from safety.hotlines import is_valid_country

STEPS = ("reason", "goals", "name", "country")
LIMITS = {"reason": 300, "goals": 300, "name": 40}
# Names people type for countries besides the directory's English names and ISO codes.
COUNTRY_ALIASES = {
    "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "great britain": "GB", "britain": "GB", "usa": "US", "america": "US", "united states": "US",
    "deutschland": "DE", "alemania": "DE", "allemagne": "DE", "españa": "ES", "espana": "ES",
    "spanien": "ES", "méxico": "MX", "mexiko": "MX", "frankreich": "FR", "francia": "FR",
    "österreich": "AT", "osterreich": "AT", "schweiz": "CH", "suisse": "CH", "svizzera": "CH",
    "italia": "IT", "italien": "IT", "nederland": "NL", "holland": "NL", "belgië": "BE",
    "belgique": "BE", "brasil": "BR", "brasilien": "BR", "irland": "IE", "éire": "IE",
    "kanada": "CA", "australien": "AU", "neuseeland": "NZ", "nueva zelanda": "NZ",
    "sudáfrica": "ZA", "südafrika": "ZA", "japón": "JP", "indien": "IN",
}


def clean_answer(text: str, limit: int) -> str:
    """One line, no control or format characters, at most `limit` characters.

    These answers go into the system prompt, so they are kept short and flat.
    """
    flat = " ".join(text.split())
    kept = "".join(ch for ch in flat if unicodedata.category(ch)[0] != "C")
    return kept[:limit].strip()


def profile_vars(profile: dict[str, Any]) -> dict[str, str | None]:
    """The intake answers as the system template's variables."""
    return {"preferred_name": profile.get("name"), "intake_reason": profile.get("reason"),
            "intake_goals": profile.get("goals")}


class Intake:
    """Four optional questions; every answer is skippable and saved as it comes."""

    name = "intake"
    open = False

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def start(self, turn: Turn) -> list[Reply]:
        """`/intake` starts (or resumes); `/intake skip` skips the current question."""
        store = self.svc.store
        saved = await store.get_flow(turn.user.id, self.name)
        arg = command_arg(turn)
        if saved is not None and arg == "skip":
            return await self._advance(turn, saved, None)
        if saved is None or arg == "restart":
            state = await restart(self.svc, turn, self.name)
            intro = Reply(ReplyKind.INTAKE, self.svc.prompts.render("intake_intro", turn.locale))
            return [intro, self._ask(turn, state)]
        await resume(self.svc, turn, saved)
        return [self._ask(turn, saved)]

    async def answer(self, turn: Turn, state: FlowState) -> list[Reply] | None:
        """The answer to the current question."""
        key = STEPS[state.step]
        if is_skip_word(self.svc, turn):
            return await self._advance(turn, state, None)
        if key == "country":
            code = self._country(turn.text)
            if code is None:
                return [self._ask(turn, state, retry=True)]
            return await self._advance(turn, state, code)
        return await self._advance(turn, state, clean_answer(turn.text, LIMITS[key]) or None)

    def _country(self, text: str) -> str | None:
        typed = text.strip().strip(".")
        if is_valid_country(typed.upper()):
            return typed.upper()
        name = typed.casefold()
        if name in COUNTRY_ALIASES:
            return COUNTRY_ALIASES[name]
        for code in self.svc.directory.codes():
            entry = self.svc.directory.country(code)
            if entry is not None and entry.name.casefold() == name:
                return code
        return None

    async def _advance(self, turn: Turn, state: FlowState, value: str | None) -> list[Reply]:
        store = self.svc.store
        key = STEPS[state.step]
        if value:
            if key == "country":
                await store.set_country(turn.user.id, value)
            else:
                profile = await store.profile(turn.user.id)
                profile[key] = value
                await store.save_profile(turn.user.id, profile)
        step = state.step + 1
        if step >= len(STEPS):
            await store.end_flow(turn.user.id, self.name)
            profile = await store.profile(turn.user.id)
            text = self.svc.prompts.render("intake_done", turn.locale,
                                           preferred_name=profile.get("name"))
            return [Reply(ReplyKind.INTAKE, text, tags=frozenset({"done"}))]
        state = FlowState(self.name, step, {})
        await store.save_flow(turn.user.id, self.name, step, {})
        return [self._ask(turn, state)]

    def _ask(self, turn: Turn, state: FlowState, retry: bool = False) -> Reply:
        key = STEPS[state.step]
        label = self.svc.prompts.label
        text = self.svc.prompts.render("intake_step", turn.locale, step=key,
                                       number=state.step + 1, total=len(STEPS), retry=retry)
        buttons = (Button(label("skip", turn.locale), "/intake skip"),
                   stop_button(self.svc, turn.locale))
        return Reply(ReplyKind.INTAKE, text, buttons=buttons, tags=frozenset({f"step:{key}"}))
