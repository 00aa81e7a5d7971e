"""Messages the companion should not take as they are: groups, media, edits, huge texts."""

from __future__ import annotations

from bot.messages import Incoming, Reply, ReplyKind, Target
from bot.pipeline import Services, Turn
from safety import Level, assess

# In a group, only these commands are answered there; the rest is invited to a private chat.
GROUP_COMMANDS = frozenset({"sos", "help"})


class InputCheck:
    """Answers what the companion cannot: media, huge messages, groups, non-crisis edits."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def __call__(self, turn: Turn) -> list[Reply] | None:
        """Pass plain private text on; answer (or stay silent at) everything else."""
        inc = turn.incoming
        render = self.svc.prompts.render
        if not inc.private:
            if not inc.addressed:
                return []
            if turn.command in GROUP_COMMANDS:
                return None
            return [
                Reply(ReplyKind.GROUP_REDIRECT, render("group_redirect", turn.locale)),
                Reply(ReplyKind.DM_INVITE, render("dm_invite", turn.locale),
                      target=Target.private_chat(inc.platform, inc.user_id)),
            ]
        if inc.edited and turn.command is None:
            return []  # an edit is re-assessed for safety, but not answered twice
        if not turn.text and not inc.button:
            return [Reply(ReplyKind.NON_TEXT, render("non_text", turn.locale))]
        limit = self.svc.settings.max_message_chars
        if len(turn.text) > limit:
            return [Reply(ReplyKind.TOO_LONG, render("too_long", turn.locale, limit=limit))]
        return None


def quiet_in_group(incoming: Incoming) -> bool:
    """True for a group message not meant for the bot and not a crisis: no reply, no user row."""
    if incoming.private or incoming.addressed or incoming.button:
        return False
    return not incoming.text or assess(incoming.text).level != Level.CRISIS
