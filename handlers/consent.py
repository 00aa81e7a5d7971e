"""Consent and AI disclosure: nothing a person writes is kept or sent to the LLM before `/agree`."""

from __future__ import annotations

from bot.messages import Button, Reply, ReplyKind
from bot.pipeline import Services, Turn

# Commands that work before consent: none of them stores message text or calls the LLM.
OPEN_COMMANDS = frozenset({
    "start", "support", "agree", "decline", "sos", "help", "privacy", "export", "forget", "country",
    "human", "breathe", "grounding", "stop",
})
# Flows that keep nothing the person writes, so they run before consent too.
OPEN_FLOWS = frozenset({"grounding"})


def disclosure(svc: Services, locale: str) -> list[Reply]:
    """The disclosure, then the consent request with its two buttons."""
    s = svc.settings
    label = svc.prompts.label
    return [
        Reply(ReplyKind.DISCLOSURE, svc.prompts.render(
            "disclosure", locale, history_turns=s.history_turns,
            history_hours=_hours(s.history_hours))),
        Reply(
            ReplyKind.CONSENT_REQUEST,
            svc.prompts.render("consent_request", locale),
            buttons=(Button(label("agree", locale), "/agree"),
                     Button(label("decline", locale), "/decline")),
        ),
    ]


def _hours(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


class ConsentGate:
    """Asks for consent on first contact and whenever the disclosure's version changes."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def __call__(self, turn: Turn) -> list[Reply] | None:
        """Let consenting users and open commands through; answer everyone else."""
        version = self.svc.prompts.current.disclosure_version
        user = turn.user
        agreed = user.consent == "agreed" and user.consent_version == version
        turn.notes["consented"] = agreed
        if agreed or turn.command in OPEN_COMMANDS:
            return None
        if turn.command is None and user.flow is not None and user.flow.name in OPEN_FLOWS:
            return None
        if turn.incoming.edited:
            return []
        if turn.crisis_mode and user.consent != "agreed":
            return [Reply(ReplyKind.NEEDS_CONSENT,
                          self.svc.prompts.render("crisis_support", turn.locale),
                          tags=frozenset({"crisis_support"}))]
        if user.consent == "declined" and user.consent_version == version:
            return [Reply(ReplyKind.NEEDS_CONSENT,
                          self.svc.prompts.render("needs_consent", turn.locale))]
        return disclosure(self.svc, turn.locale)


async def agree(svc: Services, turn: Turn) -> list[Reply]:
    """Record consent to the current disclosure version."""
    await svc.store.set_consent(turn.user.id, "agreed", svc.prompts.current.disclosure_version)
    label = svc.prompts.label
    return [Reply(ReplyKind.CONSENT_RECORDED, svc.prompts.render("consent_recorded", turn.locale),
                  buttons=(Button(label("intake", turn.locale), "/intake"),))]


async def decline(svc: Services, turn: Turn) -> list[Reply]:
    """Record the refusal; the bot then offers only `/sos` and `/start`."""
    await svc.store.set_consent(turn.user.id, "declined", svc.prompts.current.disclosure_version)
    await svc.store.withdraw(turn.user.id)  # drops history, flows in progress and the reminder
    return [Reply(ReplyKind.CONSENT_DECLINED, svc.prompts.render("consent_declined", turn.locale))]
