"""Slash commands (and the buttons that stand for them), platform-neutral."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from bot.messages import Attachment, AttachmentKind, Button, Reply, ReplyKind
from bot.pipeline import Services, Turn
from handlers import consent, flows
from handlers.checkin import Mood
from handlers.crisis import crisis_reply
from handlers.exercises import Breathing
from handlers.flows import Flow
from handlers.reminders import Reminders
from handlers.review import CaseDesk
from safety.hotlines import is_valid_country

Handler = Callable[[Turn], Awaitable[list[Reply]]]


class Commands:
    """Dispatches `/command args` to its handler; unknown commands get a kind pointer to /help."""

    def __init__(self, svc: Services, desk: CaseDesk, guided: dict[str, Flow],
                 reminders: Reminders) -> None:
        self.svc = svc
        self.desk = desk
        self.table: dict[str, Handler] = {
            "start": self.start,
            "support": self.start,  # Discord's slash command; in a group it moves to a DM
            "agree": lambda t: consent.agree(svc, t),
            "decline": lambda t: consent.decline(svc, t),
            "help": self.simple("help", ReplyKind.HELP),
            "privacy": self.privacy,
            "export": self.export,
            "forget": self.forget,
            "sos": self.sos,
            "country": self.country,
            "human": desk.request_human,
            "breathe": Breathing(svc),
            "mood": Mood(svc),
            "remind": reminders,
            "stop": lambda t: flows.stop(svc, t),
        }
        for name, flow in guided.items():
            self.table[name] = flow.start

    async def __call__(self, turn: Turn) -> list[Reply] | None:
        """Run the turn's command, if it has one."""
        if turn.command is None:
            return None
        if turn.incoming.edited:
            return []
        handler = self.table.get(turn.command)
        if handler is None:
            text = self.svc.prompts.render("unknown_command", turn.locale, command=turn.command)
            return [Reply(ReplyKind.UNKNOWN_COMMAND, text)]
        return await handler(turn)

    def simple(self, template: str, kind: ReplyKind) -> Handler:
        """A command that answers with one fixed template."""
        async def run(turn: Turn) -> list[Reply]:
            return [Reply(kind, self.svc.prompts.render(template, turn.locale))]
        return run

    async def start(self, turn: Turn) -> list[Reply]:
        """Disclosure and consent request, or a welcome back for a consenting user."""
        if turn.consented:
            return [Reply(ReplyKind.HELP, self.svc.prompts.render("welcome_back", turn.locale))]
        return consent.disclosure(self.svc, turn.locale)

    async def sos(self, turn: Turn) -> list[Reply]:
        """Crisis lines at once, with or without consent."""
        await self.svc.store.add_safety_event(
            turn.user.id, turn.incoming.platform, "sos", "crisis", (), False)
        return [crisis_reply(self.svc, turn.locale, turn.country, ("suicide",), imminent=False,
                             full=True, group=not turn.incoming.private)]

    async def country(self, turn: Turn) -> list[Reply]:
        """`/country XX` sets the country used for hotlines."""
        code = turn.args[0].upper() if turn.args else ""
        if not is_valid_country(code):
            return [Reply(ReplyKind.COUNTRY_INVALID,
                          self.svc.prompts.render("country_invalid", turn.locale))]
        await self.svc.store.set_country(turn.user.id, code)
        entry = self.svc.directory.country(code)
        text = self.svc.prompts.render("country_set", turn.locale,
                                       country_name=entry.name if entry else code, code=code)
        return [Reply(ReplyKind.COUNTRY_SET, text)]

    async def privacy(self, turn: Turn) -> list[Reply]:
        """What is stored about this user, in plain words."""
        s = self.svc.settings
        facts = await self.svc.store.summary(turn.user.id)
        text = self.svc.prompts.render(
            "privacy", turn.locale,
            consent=turn.user.consent, consent_version=turn.user.consent_version,
            country=turn.user.country, turns=facts["turns"], cases=facts["cases"],
            safety_events=facts["safety_events"], history_turns=s.history_turns,
            history_hours=consent._hours(s.history_hours),
            records={k: facts[k] for k in ("checkins", "results", "thought_records",
                                            "safety_plan", "reminder", "profile")},
        )
        return [Reply(ReplyKind.PRIVACY, text)]

    async def export(self, turn: Turn) -> list[Reply]:
        """Everything stored about this user as a JSON file, with a readable summary."""
        data = await self.svc.store.export(turn.user.id)
        now = self.svc.clock()
        document = {"exported_at": datetime.fromtimestamp(now, UTC).isoformat(),
                    "tables": data}
        payload = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        counts = {table: len(rows) for table, rows in data.items()}
        text = self.svc.prompts.render("export", turn.locale, counts=counts,
                                       total=sum(counts.values()))
        stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%d")
        file = Attachment(AttachmentKind.FILE, f"carebridge-export-{stamp}.json", payload,
                          "application/json")
        return [Reply(ReplyKind.EXPORT, text, attachment=file, tags=frozenset({"export"}))]

    async def forget(self, turn: Turn) -> list[Reply]:
        """`/forget` asks to confirm; `/forget confirm` deletes every row about the user."""
        if turn.args[:1] != ("confirm",):
            label = self.svc.prompts.label("forget_confirm", turn.locale)
            return [Reply(ReplyKind.FORGET_CONFIRM,
                          self.svc.prompts.render("forget_confirm", turn.locale),
                          buttons=(Button(label, "/forget confirm"),))]
        await self.svc.store.forget(turn.user.id)
        turn.notes["forgotten"] = True
        return [Reply(ReplyKind.FORGOTTEN, self.svc.prompts.render("forgotten", turn.locale))]
