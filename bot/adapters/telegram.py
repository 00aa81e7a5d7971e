"""The Telegram front end: updates become `Incoming`s, replies become Bot API calls (via PTB).

This module only translates. The pipeline decides what to say; every text sent here comes from
a `Reply` (rendered from prompts/) and is sent as plain text, so a formatting error cannot lose it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import re
import secrets
import time
from dataclasses import dataclass
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest, Forbidden, InvalidToken, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ContextTypes,
    ExtBot,
    TypeHandler,
)

from bot import textsplit
from bot.app import App
from bot.messages import (
    Attachment,
    AttachmentKind,
    Button,
    Draft,
    Incoming,
    Platform,
    Reply,
    ReplyKind,
    incoming_from_text,
)
from bot.prompts import PromptError

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096  # Telegram counts UTF-16 code units
CAPTION_LIMIT = 1024  # a photo's or document's caption, also in UTF-16 code units
CALLBACK_DATA_LIMIT = 64  # bytes
DRAFT_EVERY = 1.0  # seconds between live previews of one reply
TYPING_DELAY = 0.4  # answers quicker than this need no "typing…"
TYPING_EVERY = 4.0  # Telegram shows the action for about 5 s
POLL_TIMEOUT = 30  # long-polling hold, seconds
RATE_LIMIT_RETRIES = 3
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
# The command menu, in order; each needs a `cmd_<name>` label (skipped when a set lacks it).
MENU = ("start", "sos", "help", "country", "checkin", "mood", "phq9", "gad7", "breathe",
        "grounding", "thought", "safetyplan", "remind", "intake", "stop", "human", "privacy",
        "export", "forget")
# Message fields that carry something other than text, most specific first
# (an animation message also has a `document`).
MEDIA_FIELDS = ("sticker", "photo", "voice", "video_note", "video", "animation", "audio",
                "document", "location", "venue", "contact", "poll", "dice")


# text -----------------------------------------------------------------------------------------

def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Chunks of at most `limit` UTF-16 units (as Telegram counts), cut at nice boundaries."""
    return textsplit.split_text(text, limit, utf16=True)


def fits_caption(parts: list[str]) -> bool:
    """Whether a reply's text (already split) can go as one media caption."""
    return len(parts) == 1 and textsplit.utf16_units(parts[0]) <= CAPTION_LIMIT


def keyboard(buttons: tuple[Button, ...]) -> InlineKeyboardMarkup | None:
    """An inline keyboard whose callback data is each button's action (the typed command)."""
    rows: list[list[InlineKeyboardButton]] = []
    width = 0
    for button in buttons:
        if len(button.action.encode()) > CALLBACK_DATA_LIMIT:
            log.warning("button skipped: action longer than %d bytes", CALLBACK_DATA_LIMIT)
            continue
        item = InlineKeyboardButton(button.label, callback_data=button.action)
        if rows and len(rows[-1]) < 3 and width + len(button.label) <= 28:
            rows[-1].append(item)
            width += len(button.label)
        else:
            rows.append([item])
            width = len(button.label)
    return InlineKeyboardMarkup(rows) if rows else None


# updates → Incoming ---------------------------------------------------------------------------

def media_kind(message: Message) -> str | None:
    """What a message carries besides text: `photo`, `sticker`, `voice`, `document`, …"""
    for name in MEDIA_FIELDS:
        if getattr(message, name, None):
            return name
    return None


def _addressing(message: Message, text: str | None, bot_id: int, username: str | None
                ) -> tuple[bool, str | None]:
    """Whether a group message is meant for this bot, and its text without the @mention."""
    addressed = False
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        addressed = True
    name = (username or "").lower()
    entities = (message.parse_entities() if message.text is not None
                else message.parse_caption_entities())
    for entity, value in entities.items():
        mention = entity.type == MessageEntity.MENTION and bool(name) and (
            value.lower() == f"@{name}")
        text_mention = (entity.type == MessageEntity.TEXT_MENTION and entity.user is not None
                        and entity.user.id == bot_id)
        if mention or text_mention:
            addressed = True
        elif entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            _, _, suffix = value.partition("@")
            # a bare /command is for every bot in the group; /command@other is not for us
            addressed = addressed or not suffix or suffix.lower() == name
    if text and name:
        text = re.sub(rf"(?<![/\w])@{re.escape(name)}\b", "", text, flags=re.IGNORECASE).strip()
    return addressed, (text or None)


def incoming_from_message(message: Message, bot_id: int, username: str | None,
                          edited: bool = False) -> Incoming | None:
    """The `Incoming` for a message or an edit; None for messages not from a person."""
    user = message.from_user
    if user is None or user.is_bot:
        return None
    private = message.chat.type == ChatType.PRIVATE
    text = message.text if message.text is not None else message.caption
    addressed = True
    if not private:
        addressed, text = _addressing(message, text, bot_id, username)
    replied = message.reply_to_message
    return incoming_from_text(
        Platform.TELEGRAM, str(user.id), str(message.chat.id), text,
        locale=user.language_code, media=media_kind(message), private=private,
        addressed=addressed, edited=edited, message_id=str(message.message_id),
        reply_to=str(replied.message_id) if replied is not None else None,
        display_name=user.full_name,
    )


def incoming_from_button(query: CallbackQuery) -> Incoming | None:
    """The `Incoming` for a button press; None when its message or data is gone."""
    if query.message is None or not query.data:
        return None
    chat = query.message.chat
    return Incoming(
        Platform.TELEGRAM, str(query.from_user.id), str(chat.id),
        locale=query.from_user.language_code, button=query.data,
        private=chat.type == ChatType.PRIVATE, addressed=True,
        message_id=str(query.message.message_id), display_name=query.from_user.full_name,
    )


def _chat(chat_id: str | int) -> int | str:
    try:
        return int(chat_id)
    except ValueError:
        return chat_id  # an @channel username


def _not_modified(exc: TelegramError) -> bool:
    return isinstance(exc, BadRequest) and "not modified" in exc.message.lower()


@dataclass
class _Live:
    """One pipeline run's output to its chat: the live preview and the typing indicator."""

    chat_id: int
    private: bool
    draft_id: int
    message_id: int | None = None  # the preview message being edited (no drafts)
    shown: str = ""
    last: float = float("-inf")
    done: bool = False  # the first reply went out: no more previews
    blocked: bool = False  # the user blocked the bot: send nothing more
    quote: int | None = None  # in groups, the first reply answers the message it is about
    typing: asyncio.Task[None] | None = None

    def stop_typing(self) -> None:
        if self.typing is not None:
            self.typing.cancel()
            self.typing = None


class TelegramAdapter:
    """Runs a PTB `Application` started by hand, so another platform can share the loop."""

    def __init__(self, app: App) -> None:
        self.app = app
        settings = app.settings
        if settings.telegram_bot_token is None:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        self.api_url = settings.telegram_api_url.rstrip("/")
        self.application: Application = (  # type: ignore[type-arg]
            ApplicationBuilder()
            .token(settings.telegram_bot_token.get_secret_value())
            .base_url(f"{self.api_url}/bot")
            .base_file_url(f"{self.api_url}/file/bot")
            .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
            .concurrent_updates(True)
            .build()
        )
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.application.add_error_handler(self._on_error)
        self.drafts_available = True
        self.webhook_secret: str | None = None
        self._inflight: set[asyncio.Task[object]] = set()
        self._draft_ids = itertools.count(int(time.time()) % 1_000_000 * 1000 + 1)

    @property
    def bot(self) -> ExtBot[None]:
        """The PTB bot."""
        return self.application.bot

    # lifecycle ----------------------------------------------------------------------------------

    async def start(self) -> None:
        """Check the token (getMe), set the command menu, and start polling or the webhook."""
        try:
            await self.application.initialize()
        except InvalidToken:
            await self._close_requests()
            raise ValueError("Telegram refused TELEGRAM_BOT_TOKEN (getMe: unauthorized); "
                             "check the token from @BotFather") from None
        except TelegramError as exc:
            await self._close_requests()
            raise ValueError(f"cannot use the Telegram Bot API at TELEGRAM_API_URL="
                             f"{self.api_url} ({type(exc).__name__})") from None
        try:
            await self._set_commands()
            self.app.outbox.register(Platform.TELEGRAM, self.deliver)
            await self.application.start()
            await self._start_updates()
        except BaseException:
            await self._shutdown()
            raise
        log.info("telegram running bot_id=%s mode=%s", self.bot.id,
                 "webhook" if self.app.settings.telegram_webhook_url else "polling")

    async def _start_updates(self) -> None:
        settings = self.app.settings
        updater = self.application.updater
        assert updater is not None
        if not settings.telegram_webhook_url:
            try:
                await updater.start_polling(
                    poll_interval=0.0, timeout=POLL_TIMEOUT, bootstrap_retries=3,
                    allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False,
                    error_callback=self._polling_error,
                )
            except TelegramError as exc:
                raise ValueError(f"cannot start polling the Telegram Bot API at "
                                 f"TELEGRAM_API_URL={self.api_url} ({type(exc).__name__})"
                                 ) from None
            return
        secret = settings.telegram_webhook_secret
        self.webhook_secret = (secret.get_secret_value() if secret
                               else secrets.token_urlsafe(32))
        url = settings.telegram_webhook_url
        try:
            await updater.start_webhook(
                listen=settings.telegram_webhook_listen, port=settings.telegram_webhook_port,
                url_path=urlparse(url).path.strip("/"), webhook_url=url,
                secret_token=self.webhook_secret, allowed_updates=ALLOWED_UPDATES,
                drop_pending_updates=False, bootstrap_retries=3,
            )
        except OSError as exc:
            raise ValueError(f"cannot listen for the Telegram webhook on "
                             f"{settings.telegram_webhook_listen}:{settings.telegram_webhook_port}"
                             f" ({exc.strerror or type(exc).__name__}); check "
                             "TELEGRAM_WEBHOOK_LISTEN and TELEGRAM_WEBHOOK_PORT") from None
        except TelegramError as exc:
            raise ValueError(f"Telegram refused TELEGRAM_WEBHOOK_URL ({type(exc).__name__})"
                             ) from None

    async def stop(self, drain: float) -> None:
        """Stop taking updates, let replies in flight finish (up to `drain` s), then shut down."""
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()
        pending = {t for t in self._inflight if not t.done()}
        if pending:
            _, late = await asyncio.wait(pending, timeout=drain)
            for task in late:
                task.cancel()
            if late:
                log.warning("telegram stop: %d replies cut off after %.1fs", len(late), drain)
        await self._shutdown()

    async def _shutdown(self) -> None:
        self.app.outbox.unregister(Platform.TELEGRAM)
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

    async def _close_requests(self) -> None:
        # initialize() opened the HTTP clients before getMe failed; shutdown() would skip them
        for request in getattr(self.bot, "_request", ()):
            with contextlib.suppress(Exception):
                await request.shutdown()

    async def _set_commands(self) -> None:
        prompts = self.app.services.prompts
        current = prompts.current
        targets: list[tuple[str, str | None]] = [(current.default_locale, None)]
        for locale in current.locales:
            code = locale.split("-", 1)[0].lower()
            if len(code) == 2 and (locale, code) not in targets:
                targets.append((locale, code))
        for locale, code in targets:
            commands = []
            for name in MENU:
                try:
                    commands.append(BotCommand(name, prompts.label(f"cmd_{name}", locale)[:256]))
                except PromptError:
                    continue
            try:
                await self.bot.set_my_commands(commands, language_code=code)
            except TelegramError as exc:
                log.warning("set_my_commands failed language=%s error=%s", code,
                            type(exc).__name__)

    def _polling_error(self, exc: TelegramError) -> None:
        log.warning("telegram polling error=%s (retrying with back-off)", type(exc).__name__)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.warning("telegram handler error=%s", type(context.error).__name__)

    # updates ------------------------------------------------------------------------------------

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
        try:
            if update.callback_query is not None:
                await self._on_button(update.callback_query)
            elif update.message is not None:
                await self._on_message(update.message, edited=False)
            elif update.edited_message is not None:
                await self._on_message(update.edited_message, edited=True)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("telegram update failed update=%s error=%s", update.update_id,
                        type(exc).__name__)
        finally:
            if task is not None:
                self._inflight.discard(task)

    async def _on_message(self, message: Message, edited: bool) -> None:
        incoming = incoming_from_message(message, self.bot.id, self.bot.username, edited)
        if incoming is None:
            return
        live = _Live(message.chat.id, incoming.private, next(self._draft_ids))
        if not incoming.private:
            live.quote = message.message_id
        if incoming.addressed and not edited:
            live.typing = asyncio.create_task(self._typing(message.chat.id))
        try:
            await self._run(incoming, live)
        finally:
            live.stop_typing()

    async def _on_button(self, query: CallbackQuery) -> None:
        incoming = incoming_from_button(query)
        refusal: str | None = None
        try:
            if incoming is not None:
                assert query.message is not None
                live = _Live(query.message.chat.id, incoming.private, next(self._draft_ids))
                refusal = await self._run(incoming, live, refusals=True)
        finally:
            try:
                await query.answer(text=refusal[:200] if refusal else None,
                                   show_alert=bool(refusal))
            except TelegramError as exc:
                log.info("answer_callback_query failed error=%s", type(exc).__name__)
        if incoming is not None and incoming.private and refusal is None:
            # one-shot choices (consent, forget, check-in): don't let them be pressed twice
            assert query.message is not None
            with contextlib.suppress(TelegramError):
                await self.bot.edit_message_reply_markup(
                    chat_id=query.message.chat.id, message_id=query.message.message_id,
                    reply_markup=None)

    async def _run(self, incoming: Incoming, live: _Live, refusals: bool = False) -> str | None:
        """Feed one `Incoming` through the pipeline and show its events; returns a refusal."""
        refusal: str | None = None
        async for event in self.app.pipeline.run(incoming):
            if isinstance(event, Draft):
                await self._show_draft(live, event.text)
            elif event.target is not None:
                await self.app.outbox.deliver(event)
            elif refusals and event.kind == ReplyKind.REFUSED and refusal is None:
                refusal = event.text  # shown as the button's alert, not as a message
            else:
                live.stop_typing()
                await self._send_reply(live, event, incoming.user_id)
        return refusal

    async def _typing(self, chat_id: int) -> None:
        await asyncio.sleep(TYPING_DELAY)
        while True:
            try:
                await self.bot.send_chat_action(chat_id, ChatAction.TYPING)
            except Forbidden:
                return
            except TelegramError as exc:
                log.debug("send_chat_action failed error=%s", type(exc).__name__)
            await asyncio.sleep(TYPING_EVERY)

    # sending ------------------------------------------------------------------------------------

    async def _show_draft(self, live: _Live, text: str) -> None:
        now = time.monotonic()
        if live.done or live.blocked or now - live.last < DRAFT_EVERY:
            return
        parts = split_text(text)
        if not parts:
            return
        preview = parts[0]
        live.last = now
        try:
            if live.private and self.drafts_available and live.message_id is None:
                try:
                    await self.bot.send_message_draft(live.chat_id, live.draft_id, preview)
                    return
                except Forbidden:
                    raise
                except TelegramError as exc:
                    self.drafts_available = False
                    log.info("sendMessageDraft unavailable (%s): previews edit a message",
                             type(exc).__name__)
            if live.message_id is None:
                sent = await self.bot.send_message(live.chat_id, preview)
                live.message_id = sent.message_id
                live.shown = preview
            elif preview != live.shown:
                await self._edit(live.chat_id, live.message_id, preview, None)
                live.shown = preview
        except Forbidden:
            live.blocked = True
            await self._blocked(live)
        except TelegramError as exc:
            log.info("preview failed chat=%s error=%s", live.chat_id, type(exc).__name__)

    async def _send_reply(self, live: _Live, reply: Reply, user_id: str) -> None:
        live.done = True
        if live.blocked:
            return
        parts = split_text(reply.text)
        markup = keyboard(reply.buttons)
        try:
            if live.message_id is not None and reply.attachment is not None:
                await self._drop_preview(live)  # a text message cannot take a photo or file
            if live.message_id is not None and parts:
                # the preview message becomes the reply, whatever its final wording or kind
                preview, live.message_id = live.message_id, None
                try:
                    await self._edit(live.chat_id, preview, parts[0],
                                     markup if len(parts) == 1 else None)
                    parts = parts[1:]
                except Forbidden:
                    raise
                except TelegramError as exc:  # the preview is gone: send the reply afresh
                    log.info("preview edit failed chat=%s error=%s", live.chat_id,
                             type(exc).__name__)
            quote = None
            if live.quote is not None:
                quote = ReplyParameters(live.quote, allow_sending_without_reply=True)
                live.quote = None
            await self._send(live.chat_id, parts, markup, reply, quote)
        except Forbidden:
            live.blocked = True
            await self._blocked(live)
        except TelegramError as exc:
            log.warning("send failed chat=%s kind=%s error=%s", live.chat_id, reply.kind,
                        type(exc).__name__)

    async def _drop_preview(self, live: _Live) -> None:
        preview, live.message_id = live.message_id, None
        assert preview is not None
        try:
            await self.bot.delete_message(live.chat_id, preview)
        except Forbidden:
            raise
        except TelegramError as exc:  # already gone, most likely
            log.info("preview delete failed chat=%s error=%s", live.chat_id, type(exc).__name__)

    async def _send(self, chat_id: int | str, parts: list[str],
                    markup: InlineKeyboardMarkup | None, reply: Reply,
                    quote: ReplyParameters | None) -> Message | None:
        """Send a reply's attachment (captioned by its text when that fits) and its text parts,
        buttons on the last message; returns the last message sent."""
        last: Message | None = None
        if reply.attachment is not None:
            captioned = fits_caption(parts)
            try:
                last = await self._send_attachment(
                    chat_id, reply.attachment, parts[0] if captioned else None,
                    markup if captioned or not parts else None, quote)
            except BadRequest as exc:  # e.g. an image Telegram cannot process: text alone
                log.warning("attachment refused chat=%s kind=%s attachment=%s error=%s",
                            chat_id, reply.kind, reply.attachment.kind, type(exc).__name__)
            else:
                quote = None
                if captioned:
                    return last
        for index, part in enumerate(parts):
            last = await self.bot.send_message(
                chat_id, part, reply_markup=markup if index == len(parts) - 1 else None,
                reply_parameters=quote if index == 0 else None)
        return last

    async def _send_attachment(self, chat_id: int | str, attachment: Attachment,
                               caption: str | None, markup: InlineKeyboardMarkup | None,
                               quote: ReplyParameters | None) -> Message:
        """Upload a picture (sendPhoto) or a file (sendDocument)."""
        upload = InputFile(attachment.data, filename=attachment.filename)
        upload.mimetype = attachment.mime  # PTB would guess it from the filename
        if attachment.kind == AttachmentKind.IMAGE:
            return await self.bot.send_photo(chat_id, upload, caption=caption,
                                             reply_markup=markup, reply_parameters=quote)
        return await self.bot.send_document(chat_id, upload, caption=caption,
                                            reply_markup=markup, reply_parameters=quote)

    async def _edit(self, chat_id: int | str, message_id: int, text: str,
                    markup: InlineKeyboardMarkup | None) -> None:
        try:
            await self.bot.edit_message_text(text, chat_id=chat_id, message_id=message_id,
                                             reply_markup=markup)
        except BadRequest as exc:
            if not _not_modified(exc):
                raise

    async def _blocked(self, live: _Live) -> None:
        if live.private:
            await self.mark_blocked(str(live.chat_id))

    async def mark_blocked(self, user_id: str) -> None:
        """Remember that a user blocked the bot (403), so nothing more is sent to them."""
        log.info("telegram user blocked the bot user=%s", user_id)
        await self.app.store.set_active(Platform.TELEGRAM, user_id, False)

    async def deliver(self, reply: Reply) -> str | None:
        """Send (or, with `edit_of`, update) a reply addressed to another chat; the message id."""
        target = reply.target
        if target is None:
            raise ValueError("deliver() takes targeted replies")
        chat_id = _chat(target.chat_id or target.user_id or "")  # a private chat's id is the user's
        markup = keyboard(reply.buttons)
        parts = split_text(reply.text)
        if not parts and (reply.attachment is None or reply.edit_of is not None):
            parts = ["…"]
        try:
            if reply.edit_of is not None:  # the text only: an attachment is not replaced
                await self._edit(chat_id, int(reply.edit_of), parts[0], markup)
                return reply.edit_of
            quote = (ReplyParameters(int(target.reply_to), allow_sending_without_reply=True)
                     if target.reply_to and target.reply_to.isdigit() else None)
            last = await self._send(chat_id, parts, markup, reply, quote)
            return str(last.message_id) if last is not None else None
        except Forbidden:
            user = target.user_id or (str(chat_id) if isinstance(chat_id, int) and chat_id > 0
                                      else None)
            if user is not None:
                await self.mark_blocked(user)
            else:
                log.warning("telegram forbidden chat=%s kind=%s", chat_id, reply.kind)
            return None
