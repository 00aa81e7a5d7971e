"""The Discord front end: translates gateway events into `Incoming` and replies into API calls.

It never decides what to say. Conversations happen in DMs; in guilds the bot answers slash
commands ephemerally and mentions with whatever the pipeline returns (a redirect, or crisis
lines), and opens a DM with the `dm_invite` text. Buttons are `DynamicItem`s whose custom id
holds the typed command they stand for, so they keep working after a restart.

`DISCORD_API_URL` and `DISCORD_GATEWAY_URL` are applied by setting class attributes of
discord.py (`discord.http.Route.BASE`, `DiscordWebSocket.DEFAULT_GATEWAY`): they are
process-wide, so every discord.py client in this process uses the same endpoints.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any, Protocol

import discord
import yarl
from discord import app_commands

from bot import textsplit
from bot.app import App
from bot.messages import (
    Attachment,
    Button,
    Draft,
    Incoming,
    Platform,
    Reply,
    ReplyKind,
    incoming_from_text,
)

log = logging.getLogger(__name__)

LIMIT = 2000  # Discord's message length limit
EDIT_INTERVAL = 1.0  # seconds between edits of a streamed reply
READY_TIMEOUT = 60.0
CUSTOM_ID_PREFIX = "cb:"
CUSTOM_ID_MAX = 100
DM_CLOSED = 50007
MISSING_PERMISSIONS = 50013
UNKNOWN_CHANNEL = 10003
# The slash commands offered, and the typed command each stands for.
SLASH_COMMANDS: dict[str, str] = {
    "support": "/support", "sos": "/sos", "help": "/help", "privacy": "/privacy",
    "forget": "/forget",
}


def split_text(text: str, limit: int = LIMIT) -> list[str]:
    """Chunks of at most `limit` characters, cut at paragraph, sentence or word boundaries."""
    return textsplit.split_text(text, limit)


def make_file(attachment: Attachment) -> discord.File:
    """A fresh upload of an attachment (discord.py closes a `File` once it is sent)."""
    return discord.File(io.BytesIO(attachment.data), filename=attachment.filename)


def _error_code(exc: discord.HTTPException) -> int:
    return int(getattr(exc, "code", 0) or 0)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, discord.HTTPException):
        return f"status={exc.status} code={_error_code(exc)}"
    return f"error={type(exc).__name__}"


class ActionButton(discord.ui.DynamicItem[discord.ui.Button[Any]],
                   template=r"cb:(?P<action>.+)"):
    """A button whose custom id carries its action (the typed command), e.g. `cb:/agree`."""

    def __init__(self, action: str, label: str | None = None) -> None:
        super().__init__(discord.ui.Button(
            label=label or action, style=discord.ButtonStyle.secondary,
            custom_id=f"{CUSTOM_ID_PREFIX}{action}"))
        self.action = action

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any],
                             item: discord.ui.Item[Any], match: re.Match[str], /) -> ActionButton:
        """Rebuild the button from a pressed custom id (also after a restart)."""
        return cls(match["action"], getattr(item, "label", None))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Hand the press to the adapter as an `Incoming` with `button=action`."""
        adapter = getattr(interaction.client, "adapter", None)
        if adapter is not None:
            await adapter.on_button(interaction, self.action)


def make_view(buttons: tuple[Button, ...]) -> discord.ui.View | None:
    """A persistent view (no timeout) for a reply's buttons; None when it has none."""
    if not buttons:
        return None
    view = discord.ui.View(timeout=None)
    for button in buttons[:25]:
        if len(CUSTOM_ID_PREFIX) + len(button.action) > CUSTOM_ID_MAX:
            log.warning("button skipped: action longer than Discord allows chars=%d",
                        len(button.action))
            continue
        view.add_item(ActionButton(button.action, button.label[:80]))
    return view if view.children else None


class _Client(discord.Client):
    """A discord.py client that hands events to the adapter."""

    def __init__(self, adapter: DiscordAdapter, **options: Any) -> None:
        super().__init__(**options)
        self.adapter = adapter

    async def setup_hook(self) -> None:
        """Register the dynamic buttons before connecting."""
        self.add_dynamic_items(ActionButton)

    async def on_message(self, message: discord.Message) -> None:
        """A new message anywhere the bot can read."""
        self.adapter.on_message(message, edited=False)

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """An edited message (cached or not); only changed text counts."""
        if "content" not in payload.data:
            return
        before = payload.cached_message
        if before is not None and before.content == payload.message.content:
            return
        self.adapter.on_message(payload.message, edited=True)


class _Sink(Protocol):
    """Where the untargeted replies of one turn go."""

    async def send(self, text: str, view: discord.ui.View | None, ephemeral: bool,
                   file: discord.File | None = None) -> Any: ...

    async def edit(self, message: Any, text: str, view: discord.ui.View | None) -> None: ...


class _ChannelSink:
    """Replies as messages in a channel, optionally answering one message."""

    def __init__(self, channel: discord.abc.Messageable,
                 reference: discord.Message | None = None) -> None:
        self.channel = channel
        self.reference = reference

    async def send(self, text: str, view: discord.ui.View | None, ephemeral: bool,
                   file: discord.File | None = None) -> Any:
        """Post a message, with a file if given."""
        kwargs: dict[str, Any] = {}
        if view is not None:
            kwargs["view"] = view
        if file is not None:
            kwargs["file"] = file
        if self.reference is not None:
            kwargs["reference"] = self.reference.to_reference(fail_if_not_exists=False)
            kwargs["mention_author"] = False
        return await self.channel.send(text or None, **kwargs)

    async def edit(self, message: Any, text: str, view: discord.ui.View | None) -> None:
        """Edit a posted message."""
        kwargs: dict[str, Any] = {"content": text}
        if view is not None:
            kwargs["view"] = view
        await message.edit(**kwargs)


class _InteractionSink:
    """Replies as followups to an acknowledged interaction."""

    def __init__(self, interaction: discord.Interaction[Any], ephemeral: bool) -> None:
        self.interaction = interaction
        self.ephemeral = ephemeral

    async def send(self, text: str, view: discord.ui.View | None, ephemeral: bool,
                   file: discord.File | None = None) -> Any:
        """Post a followup, with a file if given; ephemeral in guilds (the file too)."""
        kwargs: dict[str, Any] = {"ephemeral": self.ephemeral or ephemeral, "wait": True}
        if view is not None:
            kwargs["view"] = view
        if file is not None:
            kwargs["file"] = file
        return await self.interaction.followup.send(text or discord.utils.MISSING, **kwargs)

    async def edit(self, message: Any, text: str, view: discord.ui.View | None) -> None:
        """Edit a followup."""
        kwargs: dict[str, Any] = {"content": text}
        if view is not None:
            kwargs["view"] = view
        await message.edit(**kwargs)


class _Ticket:
    """A place in one user's queue, taken synchronously when an event arrives, so each
    person's events are handled in arrival order even when acknowledging takes a while."""

    def __init__(self, tails: dict[str, asyncio.Future[None]], key: str) -> None:
        self._tails = tails
        self._key = key
        self._before = tails.get(key)
        self._mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        tails[key] = self._mine

    async def __aenter__(self) -> None:
        if self._before is not None and not self._before.done():
            await asyncio.wait({self._before})  # never cancels the earlier turn

    async def __aexit__(self, *exc: object) -> None:
        self.release()

    def release(self) -> None:
        """Let this user's next event go ahead (idempotent)."""
        if not self._mine.done():
            self._mine.set_result(None)
        if self._tails.get(self._key) is self._mine:
            del self._tails[self._key]


class DiscordAdapter:
    """Runs a discord.py client on the shared event loop and feeds the pipeline."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.guild_ready_timeout = 2.0  # discord.py's wait for GUILD_CREATEs after READY
        self.client: _Client | None = None
        self.tree: app_commands.CommandTree[Any] | None = None
        self._connect: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._accepting = False
        self._queues: dict[str, asyncio.Future[None]] = {}

    # lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Log in, connect to the gateway, wait for READY and sync the slash commands."""
        settings = self.app.settings
        if settings.discord_bot_token is None:
            raise ValueError("DISCORD_BOT_TOKEN is not set")
        # process-wide: discord.py reads these class attributes for every request/connection
        discord.http.Route.BASE = settings.discord_api_url.rstrip("/")
        if settings.discord_gateway_url:
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(
                settings.discord_gateway_url)
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # no voice here
        intents = discord.Intents.none()
        intents.guilds = True  # know our guilds and channels
        intents.guild_messages = True  # mentions and replies in channels
        intents.dm_messages = True  # the conversations themselves
        intents.message_content = True  # privileged: read crisis messages not addressed to us
        client = _Client(self, intents=intents, guild_ready_timeout=self.guild_ready_timeout,
                         allowed_mentions=discord.AllowedMentions.none(), max_messages=1000)
        self.client = client
        self.tree = app_commands.CommandTree(client)
        for command in self._slash_commands():
            self.tree.add_command(command)
        self.tree.on_error = self._tree_error  # type: ignore[method-assign]
        try:
            await client.login(settings.discord_bot_token.get_secret_value())
        except discord.LoginFailure:
            await client.close()
            raise ValueError(
                "DISCORD_BOT_TOKEN was refused by Discord (401): check the token") from None
        except (discord.HTTPException, OSError) as exc:
            await client.close()
            raise ValueError(f"cannot reach Discord at DISCORD_API_URL ({_describe(exc)})") \
                from None
        self._accepting = True
        self._connect = asyncio.create_task(client.connect(reconnect=True))
        ready = asyncio.create_task(client.wait_until_ready())
        done, _ = await asyncio.wait({self._connect, ready}, timeout=READY_TIMEOUT,
                                     return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            error = self._connect.exception() if self._connect in done else None
            await self._close_client()
            if isinstance(error, discord.PrivilegedIntentsRequired):
                raise ValueError("Discord refused the Message Content intent: enable it in the "
                                 "Developer Portal (Bot > Privileged Gateway Intents)")
            if isinstance(error, discord.ConnectionClosed) and error.code == 4004:
                raise ValueError("DISCORD_BOT_TOKEN was refused by the Discord gateway (4004)")
            reason = _describe(error) if error else "timed out"
            raise ValueError(f"cannot connect to the Discord gateway ({reason})")
        try:
            synced = await self.tree.sync()
            log.info("discord slash commands synced count=%d", len(synced))
        except discord.HTTPException as exc:
            log.warning("discord slash command sync failed %s", _describe(exc))
        self.app.outbox.register(Platform.DISCORD, self.deliver)
        log.info("discord connected user=%s", client.user.id if client.user else "?")

    async def stop(self, drain: float) -> None:
        """Stop taking events, let in-flight turns finish (up to `drain` seconds), disconnect."""
        self._accepting = False
        pending = {t for t in self._tasks if not t.done()}
        if pending:
            _, late = await asyncio.wait(pending, timeout=drain)
            for task in late:
                task.cancel()
            if late:
                log.warning("discord stop: cancelled unfinished turns count=%d", len(late))
                await asyncio.wait(late, timeout=1.0)
        self.app.outbox.unregister(Platform.DISCORD)  # after the drain: turns may route replies
        await self._close_client()

    async def _close_client(self) -> None:
        if self.client is not None:
            await self.client.close()
        if self._connect is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._connect, 5.0)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            log.error("discord turn failed %s", _describe(exc),  # type: ignore[arg-type]
                      exc_info=exc)

    # events in ------------------------------------------------------------------------------

    def on_message(self, message: discord.Message, edited: bool) -> None:
        """Take a new or edited message (not from bots) and handle it in its own task."""
        if not self._accepting or message.author.bot:
            return
        ticket = _Ticket(self._queues, str(message.author.id))
        self._spawn(self._handle_message(message, edited, ticket))

    def to_incoming(self, message: discord.Message, edited: bool) -> Incoming:
        """Translate a message into an `Incoming`."""
        me = self.client.user if self.client else None
        private = message.guild is None
        text: str | None = message.content
        addressed = private
        if not private and me is not None:
            mentioned = any(u.id == me.id for u in message.mentions)
            ref = message.reference.resolved if message.reference else None
            replied = isinstance(ref, discord.Message) and ref.author.id == me.id
            addressed = mentioned or replied
            if mentioned and text:
                text = re.sub(rf"<@!?{me.id}>", "", text).strip()
        media = None
        if not text:
            text = None
            if message.attachments:
                media = "attachment"
            elif message.stickers:
                media = "sticker"
        reply_to = None
        if message.reference and message.reference.message_id:
            reply_to = str(message.reference.message_id)
        return incoming_from_text(
            Platform.DISCORD, str(message.author.id), str(message.channel.id), text,
            media=media, private=private, addressed=addressed, edited=edited,
            message_id=str(message.id), reply_to=reply_to,
            display_name=message.author.display_name,
        )

    async def _handle_message(self, message: discord.Message, edited: bool,
                              ticket: _Ticket) -> None:
        async with ticket:
            await self._handle_incoming(message, self.to_incoming(message, edited), edited)

    async def _handle_incoming(self, message: discord.Message, incoming: Incoming,
                               edited: bool) -> None:
        log.info("discord in kind=%s user=%s chat=%s private=%s", "edit" if edited else
                 "message", incoming.user_id, incoming.chat_id, incoming.private)
        sink = _ChannelSink(message.channel, None if incoming.private else message)
        show_typing = incoming.private or incoming.addressed
        await self._turn(incoming, sink, message.channel if show_typing else None,
                         message.author)

    async def on_button(self, interaction: discord.Interaction[Any], action: str) -> None:
        """A pressed button: acknowledge at once (deferred update), then run its action."""
        guild = interaction.guild_id is not None
        message_id = str(interaction.message.id) if interaction.message else None
        incoming = Incoming(
            Platform.DISCORD, str(interaction.user.id), str(interaction.channel_id),
            locale=interaction.locale.value, button=action, private=not guild, addressed=True,
            message_id=message_id, display_name=interaction.user.display_name,
        )
        await self._interaction(interaction, incoming, "button",
                                interaction.response.defer(), not incoming.private)

    def _slash_commands(self) -> list[app_commands.Command[Any, Any, Any]]:
        label = self.app.services.prompts.label
        locale = self.app.settings.default_locale
        commands: list[app_commands.Command[Any, Any, Any]] = []

        def simple(typed: str) -> Any:
            async def run(interaction: discord.Interaction[Any]) -> None:
                await self.on_slash(interaction, typed)
            return run

        for name, typed in SLASH_COMMANDS.items():
            commands.append(app_commands.Command(
                name=name, description=label(f"cmd_{name}", locale)[:100],
                callback=simple(typed)))

        async def country(interaction: discord.Interaction[Any], code: str) -> None:
            await self.on_slash(interaction, f"/country {code}")

        describe = app_commands.describe(code=label("cmd_country", locale)[:100])
        commands.append(app_commands.Command(
            name="country", description=label("cmd_country", locale)[:100],
            callback=describe(country)))
        return commands

    async def on_slash(self, interaction: discord.Interaction[Any], typed: str) -> None:
        """A slash command: defer ("thinking", ephemeral in guilds), run it, answer in followups."""
        guild = interaction.guild_id is not None
        # An ephemeral answer is seen by the person alone, so it is a private conversation;
        # only /support means "let's move to a DM".
        private = not guild or not typed.startswith("/support")
        incoming = incoming_from_text(
            Platform.DISCORD, str(interaction.user.id), str(interaction.channel_id), typed,
            locale=interaction.locale.value, private=private, addressed=True,
            display_name=interaction.user.display_name,
        )
        await self._interaction(interaction, incoming, f"slash:{incoming.command}",
                                interaction.response.defer(ephemeral=guild, thinking=True), guild)

    async def _interaction(self, interaction: discord.Interaction[Any], incoming: Incoming,
                           kind: str, ack: Coroutine[Any, Any, Any], ephemeral: bool) -> None:
        """Acknowledge within Discord's 3 s, then wait for this user's earlier turns and run."""
        if not self._accepting:
            ack.close()
            return
        ticket = _Ticket(self._queues, incoming.user_id)
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            try:
                await ack  # first, even while an earlier turn of this user is still running
            except (discord.HTTPException, OSError) as exc:
                log.warning("discord %s not acknowledged %s", kind, _describe(exc))
                return
            async with ticket:
                log.info("discord in kind=%s user=%s chat=%s", kind, incoming.user_id,
                         incoming.chat_id)
                await self._turn(incoming, _InteractionSink(interaction, ephemeral),
                                 None, interaction.user)
        finally:
            ticket.release()
            if task is not None:
                self._tasks.discard(task)

    async def _tree_error(self, interaction: discord.Interaction[Any],
                          error: app_commands.AppCommandError) -> None:
        log.error("discord slash command failed error=%s", type(error).__name__,
                  exc_info=error)

    # one turn -------------------------------------------------------------------------------

    async def _turn(self, incoming: Incoming, sink: _Sink,
                    typing: discord.abc.Messageable | None,
                    user: discord.abc.User) -> None:
        """Run the pipeline and send what it returns; say so in the channel if a DM failed."""
        _, dm_failed = await self._run(incoming, sink, typing)
        if dm_failed:
            with contextlib.suppress(discord.HTTPException, OSError):
                await sink.send(self.app.services.prompts.render("send_failed", incoming.locale),
                                None, True)

    async def _run(self, incoming: Incoming, sink: _Sink,
                   typing: discord.abc.Messageable | None) -> tuple[list[Reply], bool]:
        """Stream drafts into one message edited at most once a second; send the replies."""
        replies: list[Reply] = []
        dm_failed = False
        draft: Any = None
        draft_text = ""
        last_edit = 0.0
        previewing = True
        async with self._typing(typing):
            async for event in self.app.pipeline.run(incoming):
                if isinstance(event, Draft):
                    pieces = split_text(event.text)
                    if not previewing or not pieces or pieces[0] == draft_text:
                        continue
                    now = time.monotonic()
                    if draft is not None and now - last_edit < EDIT_INTERVAL:
                        continue
                    try:
                        if draft is None:
                            draft = await sink.send(pieces[0], None, False)
                        else:
                            await sink.edit(draft, pieces[0], None)
                        draft_text, last_edit = pieces[0], now
                    except (discord.HTTPException, OSError) as exc:
                        log.warning("discord draft failed chat=%s %s", incoming.chat_id,
                                    _describe(exc))
                        previewing = False
                    continue
                if event.target is not None:
                    sent = await self.app.outbox.deliver(event)
                    to_sender = (event.target.user_id == incoming.user_id
                                 and event.target.platform == Platform.DISCORD)
                    dm_failed = dm_failed or (to_sender and sent is None)
                    continue
                replies.append(event)
                await self._send_reply(incoming, sink, event, draft)
                draft, draft_text = None, ""
        return replies, dm_failed

    @contextlib.asynccontextmanager
    async def _typing(self, channel: discord.abc.Messageable | None) -> AsyncIterator[None]:
        """Show "typing…" while the turn runs, if the channel allows it."""
        if channel is None:
            yield
            return
        async with contextlib.AsyncExitStack() as stack:
            try:
                await stack.enter_async_context(channel.typing())
            except (discord.HTTPException, OSError) as exc:
                log.info("discord typing unavailable %s", _describe(exc))
            yield

    async def _send_reply(self, incoming: Incoming, sink: _Sink, reply: Reply,
                          draft: Any) -> list[Any]:
        """Send one reply (split to fit, any attachment on the first message), finishing a
        streamed draft by editing it."""
        pieces = split_text(reply.text)
        attachment = reply.attachment
        if attachment is not None:
            pieces = pieces or [""]
            if draft is not None:
                # the simple edit cannot add a file: the reply is sent afresh instead
                await self._drop_draft(incoming.chat_id, draft)
                draft = None
        sent: list[Any] = []
        for index, piece in enumerate(pieces):
            view = make_view(reply.buttons) if index == len(pieces) - 1 else None
            try:
                if index == 0 and draft is not None:
                    await sink.edit(draft, piece, view)
                    sent.append(draft)
                elif index == 0 and attachment is not None:
                    sent.append(await self._send_with_file(
                        incoming.chat_id, reply, attachment,
                        functools.partial(sink.send, piece, view, reply.ephemeral)))
                else:
                    sent.append(await sink.send(piece, view, reply.ephemeral))
            except (discord.HTTPException, OSError) as exc:
                self._log_failure("reply", incoming.chat_id, reply.kind, exc)
                break
        return sent

    async def _drop_draft(self, chat: str, draft: Any) -> None:
        try:
            await draft.delete()
        except (discord.HTTPException, OSError) as exc:  # left as it is; the reply still goes
            log.info("discord draft not deleted chat=%s %s", chat, _describe(exc))

    async def _send_with_file(self, chat: str, reply: Reply, attachment: Attachment,
                              send: Callable[[discord.File | None], Awaitable[Any]]) -> Any:
        """Send a message with the attachment; if Discord refuses the file (too large, no
        permission to attach), send the message without it rather than nothing."""
        try:
            return await send(make_file(attachment))
        except discord.HTTPException as exc:
            refused = exc.status == 413 or (exc.status in (400, 403)
                                            and _error_code(exc) != DM_CLOSED)
            if not refused or not reply.text.strip():  # without the file, nothing to send
                raise
            log.warning("discord attachment refused chat=%s kind=%s attachment=%s %s",
                        chat, reply.kind, attachment.kind, _describe(exc))
        return await send(None)

    def _log_failure(self, what: str, chat: str, kind: ReplyKind | str,
                     exc: BaseException) -> None:
        code = _error_code(exc) if isinstance(exc, discord.HTTPException) else 0
        if code == DM_CLOSED:
            log.warning("discord %s not sent chat=%s kind=%s: the user does not accept DMs "
                        "(50007)", what, chat, kind)
        elif code == MISSING_PERMISSIONS or isinstance(exc, discord.Forbidden):
            log.warning("discord %s not sent chat=%s kind=%s: missing permission in the "
                        "channel (%s)", what, chat, kind, _describe(exc))
        else:
            log.warning("discord %s not sent chat=%s kind=%s %s", what, chat, kind,
                        _describe(exc))

    # replies to other chats -----------------------------------------------------------------

    async def deliver(self, reply: Reply) -> str | None:
        """Send (or edit) a targeted reply; a user target without a usable channel gets a DM."""
        assert reply.target is not None
        if self.client is None:
            return None
        target = reply.target
        view = make_view(reply.buttons)
        pieces = split_text(reply.text) or [""]
        try:
            if reply.edit_of:  # the text only: an attachment is not replaced
                channel = self.client.get_partial_messageable(int(target.chat_id))
                message = channel.get_partial_message(int(reply.edit_of))
                kwargs: dict[str, Any] = {"content": pieces[0]}
                kwargs["view"] = view
                await message.edit(**kwargs)
                return reply.edit_of
            channel_id = int(target.chat_id) if target.chat_id.isdigit() else None
            if channel_id is None and target.user_id:
                return await self._send_dm(int(target.user_id), pieces, view, reply)
            if channel_id is None:
                log.warning("discord deliver: no usable channel kind=%s", reply.kind)
                return None
            try:
                return await self._send_pieces(
                    self.client.get_partial_messageable(channel_id), pieces, view, reply)
            except discord.NotFound as exc:
                if _error_code(exc) != UNKNOWN_CHANNEL:
                    raise
                # not a channel: the target names a user (cases opened in a guild keep the
                # user's id as the chat), so write to them privately
                user_id = int(target.user_id) if target.user_id else channel_id
                return await self._send_dm(user_id, pieces, view, reply)
        except (discord.HTTPException, OSError) as exc:
            self._log_failure("delivery", target.chat_id, reply.kind, exc)
            return None

    async def _send_dm(self, user_id: int, pieces: list[str], view: discord.ui.View | None,
                       reply: Reply) -> str | None:
        assert self.client is not None
        channel = await self.client.create_dm(discord.Object(id=user_id))
        return await self._send_pieces(channel, pieces, view, reply)

    async def _send_pieces(self, channel: discord.abc.Messageable, pieces: list[str],
                           view: discord.ui.View | None, reply: Reply) -> str | None:
        sink = _ChannelSink(channel)
        message_id = None
        for index, piece in enumerate(pieces):
            last_view = view if index == len(pieces) - 1 else None
            if index == 0 and reply.attachment is not None:
                message = await self._send_with_file(
                    str(getattr(channel, "id", "?")), reply, reply.attachment,
                    functools.partial(sink.send, piece, last_view, False))
            else:
                message = await sink.send(piece, last_view, False)
            message_id = message_id or str(message.id)
        return message_id
