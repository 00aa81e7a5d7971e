"""Platform-neutral message types: what adapters hand to the pipeline and what it hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Platform(StrEnum):
    """Where a message came from."""

    CONSOLE = "console"
    TELEGRAM = "telegram"
    DISCORD = "discord"


class ReplyKind(StrEnum):
    """What a reply is for; tests and logs use the kind, never the wording."""

    DISCLOSURE = "disclosure"
    CONSENT_REQUEST = "consent_request"
    CONSENT_RECORDED = "consent_recorded"
    CONSENT_DECLINED = "consent_declined"
    NEEDS_CONSENT = "needs_consent"
    COMPANION = "companion"
    CRISIS = "crisis"
    FALLBACK = "fallback"
    NOT_CONFIGURED = "not_configured"
    GUARDED = "guarded"
    HELP = "help"
    PRIVACY = "privacy"
    FORGET_CONFIRM = "forget_confirm"
    FORGOTTEN = "forgotten"
    COUNTRY_SET = "country_set"
    COUNTRY_INVALID = "country_invalid"
    UNKNOWN_COMMAND = "unknown_command"
    NON_TEXT = "non_text"
    TOO_LONG = "too_long"
    GROUP_REDIRECT = "group_redirect"
    DM_INVITE = "dm_invite"
    HANDOFF = "handoff"
    FROM_MODERATOR = "from_moderator"
    MODERATION = "moderation"
    REFUSED = "refused"
    QUESTIONNAIRE = "questionnaire"
    CHECKIN = "checkin"
    MOOD = "mood"
    EXERCISE = "exercise"
    SAFETY_PLAN = "safety_plan"
    REMINDER = "reminder"
    INTAKE = "intake"
    EXPORT = "export"
    STOPPED = "stopped"


class AttachmentKind(StrEnum):
    """How an attachment is shown: inline as a picture, or as a file to download."""

    IMAGE = "image"
    FILE = "file"


@dataclass(frozen=True)
class Attachment:
    """A picture or a file sent with a reply (a mood chart, a data export)."""

    kind: AttachmentKind
    filename: str
    data: bytes
    mime: str


@dataclass(frozen=True)
class Button:
    """A button: its label and the action it performs (`consent:yes`, `case:claim:42`)."""

    label: str
    action: str


@dataclass(frozen=True)
class Target:
    """Somewhere other than the chat a message came from (a moderators' chat, a user's DM)."""

    platform: Platform
    chat_id: str
    user_id: str | None = None
    reply_to: str | None = None

    @classmethod
    def private_chat(cls, platform: Platform, user_id: str) -> Target:
        """The user's private chat (a DM), which the adapter opens if need be."""
        return cls(platform, "", user_id=user_id)


@dataclass(frozen=True)
class Incoming:
    """One thing a person did: a message, a command, an edit or a button press."""

    platform: Platform
    user_id: str
    chat_id: str
    text: str | None = None
    command: str | None = None
    args: tuple[str, ...] = ()
    locale: str | None = None
    button: str | None = None
    media: str | None = None
    private: bool = True
    addressed: bool = True
    edited: bool = False
    message_id: str | None = None
    reply_to: str | None = None
    display_name: str | None = None

    @property
    def user_key(self) -> str:
        """A platform-qualified id such as `telegram:123`."""
        return f"{self.platform}:{self.user_id}"


@dataclass(frozen=True)
class Reply:
    """One message for the adapter to send; `target` None means back to the same chat."""

    kind: ReplyKind
    text: str
    buttons: tuple[Button, ...] = ()
    target: Target | None = None
    tags: frozenset[str] = field(default_factory=frozenset)
    ephemeral: bool = False
    edit_of: str | None = None
    attachment: Attachment | None = None  # sent with `text` as its caption or just before it


@dataclass(frozen=True)
class Draft:
    """The text of a reply as generated so far, for adapters that show replies live."""

    text: str


def parse_command(text: str | None) -> tuple[str | None, tuple[str, ...]]:
    """Split `/cmd@bot arg1 arg2` into (`cmd`, args); (None, ()) when `text` is no command."""
    if not text or not text.startswith("/") or len(text) < 2:
        return None, ()
    head, *rest = text[1:].split(maxsplit=1)
    name = head.split("@", 1)[0].lower()
    if not name or not all(c.isalnum() or c == "_" for c in name):
        return None, ()
    args = tuple(rest[0].split()) if rest else ()
    return name, args


def incoming_from_text(
    platform: Platform, user_id: str, chat_id: str, text: str | None, **extra: object
) -> Incoming:
    """Build an `Incoming` from raw text, recognising a leading slash command."""
    command, args = parse_command(text)
    return Incoming(
        platform=platform,
        user_id=user_id,
        chat_id=chat_id,
        text=text,
        command=command,
        args=args,
        **extra,  # type: ignore[arg-type]
    )
