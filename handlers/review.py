"""Humans in the loop: cases, moderator alerts and actions, and handing a chat to a person."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime

from bot.messages import Button, Platform, Reply, ReplyKind, Target
from bot.pipeline import Services, Turn
from bot.store import Case

log = logging.getLogger(__name__)

MODERATOR_COMMANDS = frozenset({"claim", "takeover", "release", "resolve", "reply", "cases"})


def handle_for(platform: str, user_id: str) -> str:
    """A short pseudonymous handle for a user, stable across restarts."""
    digest = hashlib.sha256(f"{platform}:{user_id}".encode()).hexdigest()
    return f"user-{digest[:6]}"


class CaseDesk:
    """Opens and updates cases, writes alerts for moderators and runs their commands."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    # where moderators are -------------------------------------------------------------------

    def alert_targets(self) -> list[Target]:
        """The moderators' Telegram chat and/or Discord channel, as configured."""
        s = self.svc.settings
        targets = []
        if s.moderation_telegram_chat_id:
            targets.append(Target(Platform.TELEGRAM, s.moderation_telegram_chat_id))
        if s.moderation_discord_channel_id:
            targets.append(Target(Platform.DISCORD, s.moderation_discord_channel_id))
        return targets

    def is_moderation_chat(self, turn: Turn) -> bool:
        """True when the message was written in a moderators' chat."""
        inc = turn.incoming
        return any(t.platform == inc.platform and t.chat_id == inc.chat_id
                   for t in self.alert_targets())

    def is_moderator(self, turn: Turn) -> bool:
        """True when the sender is listed in MODERATOR_IDS."""
        return turn.incoming.user_key in self.svc.settings.moderators

    # alerts -----------------------------------------------------------------------------------

    def alert_text(self, case: Case) -> str:
        """The alert body for a case in its current state."""
        opened = datetime.fromtimestamp(case.opened_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
        return self.svc.prompts.render(
            "mod_alert",
            self.svc.settings.default_locale,
            case_id=case.id,
            platform=case.platform,
            handle=case.handle or "forgotten user",
            severity=case.severity,
            category=case.category,
            reason=case.reason,
            state=case.state,
            taken_over=case.taken_over,
            moderator=case.moderator or "",
            excerpt=case.excerpt or "",
            flags=case.flags,
            opened=opened,
        )

    def alert_buttons(self, case: Case) -> tuple[Button, ...]:
        """Claim / Take over / Release / Resolve, as fit the case's state."""
        label = self.svc.prompts.label
        loc = self.svc.settings.default_locale
        if case.state == "resolved":
            return ()
        buttons = []
        if case.state == "open":
            buttons.append(Button(label("claim", loc), f"/claim {case.id}"))
        if case.taken_over:
            buttons.append(Button(label("release", loc), f"/release {case.id}"))
        else:
            buttons.append(Button(label("takeover", loc), f"/takeover {case.id}"))
        buttons.append(Button(label("resolve", loc), f"/resolve {case.id}"))
        return tuple(buttons)

    async def alerts(self, case: Case, created: bool) -> list[Reply]:
        """New alerts for a new case; edits of the posted alerts for a changed one."""
        text = self.alert_text(case)
        buttons = self.alert_buttons(case)
        tags = frozenset({"alert", f"case:{case.id}"})
        if created:
            return [Reply(ReplyKind.MODERATION, text, buttons, target=t, tags=tags)
                    for t in self.alert_targets()]
        posted = await self.svc.store.alerts_for(case.id)
        return [
            Reply(ReplyKind.MODERATION, text, buttons,
                  target=Target(Platform(p), chat), tags=tags, edit_of=msg)
            for p, chat, msg in posted
        ]

    async def flag(
        self, turn: Turn, reason: str, severity: str, category: str, excerpt: str | None
    ) -> list[Reply]:
        """Open a case (or join the user's open one) and return the alerts to post."""
        inc = turn.incoming
        case, created = await self.svc.store.open_case(
            turn.user.id, inc.platform, inc.chat_id if inc.private else "",
            self._handle(turn), reason, severity, category, excerpt,
        )
        log.info("case id=%s reason=%s created=%s", case.id, reason, created)
        return await self.alerts(case, created)

    def _handle(self, turn: Turn) -> str:
        inc = turn.incoming
        if self.svc.settings.moderation_show_names and inc.display_name:
            return inc.display_name
        return handle_for(inc.platform, inc.user_id)

    # the user's side ----------------------------------------------------------------------------

    async def request_human(self, turn: Turn) -> list[Reply]:
        """`/human`: open a case and tell the user honestly what happens next."""
        if not self.alert_targets():
            await self.flag(turn, "human", "medium", "request", None)
            return [Reply(ReplyKind.HANDOFF, self.svc.prompts.render("human_no_team", turn.locale))]
        alerts = await self.flag(turn, "human", "medium", "request", None)
        text = self.svc.prompts.render("human_requested", turn.locale)
        return [Reply(ReplyKind.HANDOFF, text, tags=frozenset({"requested"})), *alerts]

    async def relay_if_taken_over(self, turn: Turn) -> list[Reply]:
        """While a person holds the chat, copy the user's message to the moderators."""
        case = await self.svc.store.open_case_for(turn.user.id)
        if case is None or not case.taken_over or not turn.text:
            return []
        text = self.svc.prompts.render(
            "mod_user_message", self.svc.settings.default_locale,
            case_id=case.id, handle=case.handle or "", text=turn.text,
        )
        return [Reply(ReplyKind.MODERATION, text, target=t, tags=frozenset({"relay"}))
                for t in self.alert_targets()]

    async def timeouts(self) -> list[Reply]:
        """Tell users whose `/human` request nobody claimed in time; their case stays open."""
        limit = self.svc.clock() - self.svc.settings.handoff_timeout_minutes * 60
        out = []
        for case in await self.svc.store.unclaimed_human_requests(limit):
            user = await self.svc.store.get_user_by_id(case.user_id or 0)
            await self.svc.store.update_case(case.id, timeout_notified=1)
            if user is None or case.chat_id is None:
                continue
            text = self.svc.prompts.render("human_timeout", user.locale)
            target = Target(Platform(case.platform), case.chat_id, user_id=user.platform_user_id)
            out.append(Reply(ReplyKind.HANDOFF, text, target=target, tags=frozenset({"timeout"})))
        return out

    # the moderators' side -----------------------------------------------------------------------

    async def moderate(self, turn: Turn) -> list[Reply] | None:
        """Run a moderator command or a reply to an alert; None when this is not one."""
        inc = turn.incoming
        in_mod_chat = self.is_moderation_chat(turn)
        if turn.command not in MODERATOR_COMMANDS:
            if in_mod_chat and inc.reply_to and not turn.command and turn.text:
                case_id = await self.svc.store.case_for_alert(inc.platform, inc.chat_id,
                                                              inc.reply_to)
                if case_id is not None:
                    return await self._act(turn, "reply", case_id, turn.text)
            return [] if in_mod_chat else None
        if turn.command == "cases":
            return await self._act(turn, "cases", None, "")
        if not turn.args or not turn.args[0].lstrip("#").isdigit():
            return [self._mod_reply(turn, "mod_usage")]
        case_id = int(turn.args[0].lstrip("#"))
        return await self._act(turn, turn.command, case_id, " ".join(turn.args[1:]))

    def _mod_reply(self, turn: Turn, template: str, **variables: object) -> Reply:
        text = self.svc.prompts.render(template, self.svc.settings.default_locale, **variables)
        return Reply(ReplyKind.MODERATION, text, ephemeral=True)

    async def _act(self, turn: Turn, action: str, case_id: int | None, arg: str) -> list[Reply]:
        store = self.svc.store
        actor = turn.incoming.user_key
        if not self.is_moderator(turn):
            await store.audit(actor, action, case_id, allowed=False)
            log.warning("refused moderator action=%s case=%s actor=%s", action, case_id, actor)
            text = self.svc.prompts.render("mod_refused", turn.locale)
            return [Reply(ReplyKind.REFUSED, text, ephemeral=True)]
        if action == "cases":
            await store.audit(actor, action, None, allowed=True)
            cases = await store.list_cases(limit=20)
            open_cases = [c for c in cases if c.state != "resolved"]
            return [self._mod_reply(turn, "mod_cases", cases=[
                {"id": c.id, "state": c.state, "severity": c.severity, "category": c.category,
                 "handle": c.handle or "forgotten user", "taken_over": c.taken_over}
                for c in open_cases])]
        assert case_id is not None
        case = await store.get_case(case_id)
        if case is None:
            return [self._mod_reply(turn, "mod_no_case", case_id=case_id)]
        await store.audit(actor, action, case_id, allowed=True,
                          detail=f"chars={len(arg)}" if action == "reply" else "")
        now = self.svc.clock()
        user_notice: str | None = None
        if action == "claim":
            case = await store.update_case(case_id, state="claimed", moderator=actor,
                                           claimed_at=case.claimed_at or now)
        elif action == "takeover":
            case = await store.update_case(case_id, state="claimed", moderator=actor,
                                           taken_over=1, claimed_at=case.claimed_at or now)
            user_notice = "handoff_started"
        elif action == "release":
            if case.taken_over:
                user_notice = "handoff_ended"
            case = await store.update_case(case_id, taken_over=0)
        elif action == "resolve":
            if case.taken_over:
                user_notice = "handoff_ended"
            case = await store.update_case(case_id, state="resolved", taken_over=0,
                                           resolved_at=now, note=arg or None)
        elif action == "reply":
            return await self._reply_to_user(turn, case, arg)
        assert case is not None
        out = [self._mod_reply(turn, "mod_done", action=action, case_id=case_id)]
        out.extend(await self.alerts(case, created=False))
        if user_notice:
            out.extend(await self._to_user(case, user_notice))
        return out

    async def _reply_to_user(self, turn: Turn, case: Case, text: str) -> list[Reply]:
        if not text.strip():
            return [self._mod_reply(turn, "mod_usage")]
        if case.state == "resolved" or case.chat_id is None:
            return [self._mod_reply(turn, "mod_no_case", case_id=case.id)]
        if not case.taken_over:
            case = await self.svc.store.update_case(
                case.id, state="claimed", taken_over=1, moderator=turn.incoming.user_key,
                claimed_at=case.claimed_at or self.svc.clock(),
            ) or case
        return [
            *(await self._to_user(case, "from_moderator", text=text)),
            self._mod_reply(turn, "mod_done", action="reply", case_id=case.id),
        ]

    async def _to_user(self, case: Case, template: str, **variables: object) -> list[Reply]:
        user = await self.svc.store.get_user_by_id(case.user_id) if case.user_id else None
        if user is None or case.chat_id is None:
            return []  # forgotten: nobody to write to
        kind = ReplyKind.FROM_MODERATOR if template == "from_moderator" else ReplyKind.HANDOFF
        text = self.svc.prompts.render(template, user.locale, **variables)
        target = Target(Platform(case.platform), case.chat_id, user_id=user.platform_user_id)
        return [Reply(kind, text, target=target, tags=frozenset({template}))]


class ModerationCheck:
    """The stage before safety: moderator commands, and silence in the moderators' chat."""

    def __init__(self, desk: CaseDesk) -> None:
        self.desk = desk

    async def __call__(self, turn: Turn) -> list[Reply] | None:
        """Handle moderator work; pass everything else on."""
        return await self.desk.moderate(turn)


class HandoffCheck:
    """While a person holds the chat, the AI stays silent and the message goes to them."""

    def __init__(self, desk: CaseDesk) -> None:
        self.desk = desk

    async def __call__(self, turn: Turn) -> list[Reply] | None:
        """Relay a user's message to the moderator who took the chat over."""
        if turn.command or turn.incoming.button:
            return None
        relay = await self.desk.relay_if_taken_over(turn)
        return relay or None
