"""A Telegram Bot API stand-in on 127.0.0.1: records calls, queues updates, injects errors."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import struct
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

# Parameters Telegram takes as plain strings; everything else PTB JSON-encodes when it is not one.
_STRING_FIELDS = frozenset({
    "text", "caption", "callback_query_id", "secret_token", "url", "language_code", "action",
    "inline_message_id", "parse_mode", "description", "short_description", "name",
})
_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_PHOTO = 10 * 1024 * 1024  # bytes, for sendPhoto uploads
_MAX_UPLOAD = 50 * 1024 * 1024  # bytes, for other uploads
_MEDIA = ("sendMessage", "sendPhoto", "sendDocument")  # methods that post a new message


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded in a multipart/form-data request."""

    filename: str
    data: bytes
    content_type: str


@dataclass
class Call:
    """One request the bot made: the method and its decoded parameters."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    result: Any = None
    status: int = 200
    multipart: bool = False  # sent as multipart/form-data (uploads are Upload params)

    def upload(self, name: str) -> Upload:
        """The file uploaded as parameter `name` (`photo`, `document`); fails if none was."""
        value = self.params.get(name)
        if not isinstance(value, Upload):
            raise AssertionError(f"{self.method}: no file uploaded as {name!r} ({value!r})")
        return value


@dataclass
class Fault:
    """An error to answer the next call of a method with."""

    status: int
    description: str
    retry_after: int | None = None


FAULTS = {
    429: "Too Many Requests: retry after {n}",
    403: "Forbidden: bot was blocked by the user",
    400: "Bad Request: message is not modified",
    500: "Internal Server Error",
}


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the way Telegram counts text and entity offsets."""
    return len(text.encode("utf-16-le")) // 2


class FakeTelegram:
    """Serves `/bot<token>/<method>` like the Bot API does for what CareBridge uses."""

    def __init__(self, token: str = "123:ABC", username: str = "carebridge_test_bot") -> None:
        self.token = token
        self.bot_user = {"id": int(token.split(":", 1)[0]), "is_bot": True,
                         "first_name": "CareBridge", "username": username}
        self.calls: list[Call] = []
        self.faults: dict[str, list[Fault]] = {}
        self.drafts_supported = True
        self.webhook: dict[str, Any] | None = None
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.answered: set[str] = set()
        self.url = ""
        self._updates: list[dict[str, Any]] = []
        self._confirmed = 0
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._closing = False

    # server ------------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeTelegram:
        app = web.Application(client_max_size=_MAX_UPLOAD + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._closing = True
        async with self._changed:
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    # faults and inspection ---------------------------------------------------------------------

    def fail(self, method: str, status: int, times: int = 1, retry_after: int | None = None,
             description: str | None = None) -> None:
        """Answer the next `times` calls of `method` with an error (429, 403, 400 or 500)."""
        text = description or FAULTS.get(status, "Error").format(n=retry_after or 1)
        if status == 429 and retry_after is None:
            retry_after = 1
        self.faults.setdefault(method, []).extend(
            Fault(status, text, retry_after) for _ in range(times))

    def mark(self) -> int:
        """The number of calls so far, to pass as `since` to later look-ups."""
        return len(self.calls)

    def calls_of(self, method: str, since: int = 0, chat_id: int | str | None = None) -> list[Call]:
        """Recorded calls of a method (optionally to one chat) from index `since` on."""
        return [c for c in self.calls[since:] if c.method == method
                and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))]

    def sent_texts(self, chat_id: int | str, since: int = 0) -> list[str]:
        """Texts of messages sent to a chat, in order."""
        return [c.params.get("text", "") for c in self.calls_of("sendMessage", since, chat_id)]

    async def wait_for(self, method: str, predicate: Callable[[dict[str, Any]], bool] | None = None,
                       timeout: float = 5.0, since: int = 0, ok: bool = False) -> Call:
        """Wait until the bot calls `method` with params matching `predicate` (and, with `ok`,
        answered successfully); return that call."""
        def found() -> Call | None:
            for call in self.calls[since:]:
                if ok and call.status != 200:
                    continue
                if call.method == method and (predicate is None or predicate(call.params)):
                    return call
            return None

        async def wait() -> Call:
            async with self._changed:
                while (call := found()) is None:
                    await self._changed.wait()
                return call

        try:
            return await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            seen = [c.method for c in self.calls[since:]]
            raise AssertionError(
                f"no {method} call matched within {timeout}s; saw {seen}") from None

    async def idle(self, quiet: float = 0.3, timeout: float = 5.0) -> None:
        """Wait until no call other than getUpdates/sendChatAction came for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            busy = [c for c in self.calls
                    if c.method not in {"getUpdates", "sendChatAction"}
                    and time.monotonic() - c.at < quiet]
            if not busy:
                return
            await asyncio.sleep(0.05)

    # updates -----------------------------------------------------------------------------------

    def enqueue(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue an update (given without `update_id`) for getUpdates; returns it."""
        update = {"update_id": next(self._update_ids), **payload}
        self._updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update

    def new_update(self, payload: dict[str, Any]) -> dict[str, Any]:
        """An update with a fresh id that is not queued (for posting to a webhook)."""
        return {"update_id": next(self._update_ids), **payload}

    def user(self, user_id: int, language_code: str | None = "en",
             first_name: str = "Alex") -> dict[str, Any]:
        """A user object."""
        out: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            out["language_code"] = language_code
        return out

    def chat(self, chat_id: int, chat_type: str = "private") -> dict[str, Any]:
        """A chat object."""
        if chat_type == "private":
            return {"id": chat_id, "type": "private", "first_name": "Alex"}
        return {"id": chat_id, "type": chat_type, "title": "A group"}

    def message(self, user_id: int, text: str | None = None, chat_type: str = "private",
                chat_id: int | None = None, reply_to: int | None = None,
                language_code: str | None = "en", caption: str | None = None,
                media: dict[str, Any] | None = None) -> dict[str, Any]:
        """A Message object from a user, stored so replies and edits can refer to it."""
        cid = chat_id if chat_id is not None else user_id
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(cid), "date": int(time.time()),
            "chat": self.chat(cid, chat_type), "from": self.user(user_id, language_code),
        }
        if text is not None:
            msg["text"] = text
            entities = _entities(text)
            if entities:
                msg["entities"] = entities
        if caption is not None:
            msg["caption"] = caption
        if media:
            msg.update(media)
        if reply_to is not None:
            original = self.messages.get((cid, reply_to))
            msg["reply_to_message"] = original or {
                "message_id": reply_to, "date": int(time.time()), "chat": msg["chat"]}
        self.messages[(cid, msg["message_id"])] = msg
        return msg

    def user_message(self, user_id: int, text: str | None, chat_type: str = "private",
                     chat_id: int | None = None, **kwargs: Any) -> dict[str, Any]:
        """Queue a message from a user; returns the Message object."""
        msg = self.message(user_id, text, chat_type, chat_id, **kwargs)
        self.enqueue({"message": msg})
        return msg

    def group_message(self, user_id: int, text: str, chat_id: int = -100123,
                      mention: bool = False, **kwargs: Any) -> dict[str, Any]:
        """Queue a supergroup message, optionally @mentioning the bot."""
        if mention:
            text = f"@{self.bot_user['username']} {text}"
        return self.user_message(user_id, text, "supergroup", chat_id, **kwargs)

    def sticker(self, user_id: int, **kwargs: Any) -> dict[str, Any]:
        """Queue a sticker from a user."""
        media = {"sticker": {"file_id": "stk1", "file_unique_id": "u1", "type": "regular",
                             "width": 512, "height": 512, "is_animated": False,
                             "is_video": False, "emoji": "🙂"}}
        return self.user_message(user_id, None, media=media, **kwargs)

    def photo(self, user_id: int, caption: str | None = None, **kwargs: Any) -> dict[str, Any]:
        """Queue a photo (with an optional caption) from a user."""
        media = {"photo": [{"file_id": "ph1", "file_unique_id": "p1", "width": 90,
                            "height": 90}]}
        return self.user_message(user_id, None, caption=caption, media=media, **kwargs)

    def voice(self, user_id: int, **kwargs: Any) -> dict[str, Any]:
        """Queue a voice note from a user."""
        media = {"voice": {"file_id": "vc1", "file_unique_id": "v1", "duration": 3}}
        return self.user_message(user_id, None, media=media, **kwargs)

    def edited(self, user_id: int, message_id: int, text: str, chat_id: int | None = None,
               chat_type: str = "private") -> dict[str, Any]:
        """Queue an edit of an earlier message by a user."""
        cid = chat_id if chat_id is not None else user_id
        old = self.messages.get((cid, message_id), {})
        msg = {**old, "message_id": message_id, "date": old.get("date", int(time.time())),
               "chat": old.get("chat", self.chat(cid, chat_type)), "from": self.user(user_id),
               "text": text, "edit_date": int(time.time())}
        msg.pop("entities", None)
        if _entities(text):
            msg["entities"] = _entities(text)
        self.messages[(cid, message_id)] = msg
        self.enqueue({"edited_message": msg})
        return msg

    def press(self, callback_data: str, message_id: int, user_id: int,
              chat_id: int | None = None, chat_type: str | None = None) -> str:
        """Queue a button press on a message; returns the callback query id."""
        cid = chat_id if chat_id is not None else user_id
        msg = self.messages.get((cid, message_id)) or {
            "message_id": message_id, "date": int(time.time()),
            "chat": self.chat(cid, chat_type or ("private" if cid > 0 else "supergroup"))}
        query_id = str(next(self._query_ids))
        self.enqueue({"callback_query": {
            "id": query_id, "from": self.user(user_id), "message": msg,
            "chat_instance": f"ci{cid}", "data": callback_data}})
        return query_id

    def button_message(self, chat_id: int, action: str, since: int = 0) -> int:
        """The id of the latest message sent to a chat with a button for `action`."""
        for call in reversed(self.calls[since:]):
            if call.method not in _MEDIA or str(call.params.get("chat_id")) != str(chat_id):
                continue
            if call.status != 200:
                continue
            if action in _actions(call.params.get("reply_markup")):
                return int(call.result["message_id"])
        raise AssertionError(f"no message in chat {chat_id} with a {action!r} button")

    # the API -----------------------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _params(request)
        call = Call(method, params, multipart=request.content_type == "multipart/form-data")
        if method != "getUpdates":
            self.calls.append(call)
            await self._notify()
        queued = self.faults.get(method)
        if queued:
            fault = queued.pop(0)
            call.status = fault.status
            extra = {"retry_after": fault.retry_after} if fault.retry_after else None
            return _error(fault.status, fault.description, extra)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        try:
            result = await handler(params)
        except _ApiError as exc:
            call.status = 400
            return _error(400, exc.args[0])
        call.result = result
        return web.json_response({"ok": True, "result": result})

    async def _api_getMe(self, p: dict[str, Any]) -> Any:
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def _api_getUpdates(self, p: dict[str, Any]) -> Any:
        offset = int(p.get("offset") or 0)
        self._confirmed = max(self._confirmed, offset)
        timeout = min(float(p.get("timeout") or 0), 30.0)
        limit = int(p.get("limit") or 100)

        def pending() -> list[dict[str, Any]]:
            self._updates = [u for u in self._updates if u["update_id"] >= self._confirmed]
            return self._updates[:limit]

        if not pending() and timeout > 0:
            async def wait() -> None:
                async with self._changed:
                    while not pending() and not self._closing:
                        await self._changed.wait()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wait(), timeout)
        return pending()

    async def _api_deleteWebhook(self, p: dict[str, Any]) -> Any:
        self.webhook = None
        return True

    async def _api_setWebhook(self, p: dict[str, Any]) -> Any:
        self.webhook = p
        return True

    async def _api_getWebhookInfo(self, p: dict[str, Any]) -> Any:
        return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                "pending_update_count": 0}

    def _bot_message(self, chat_id: Any, text: str, markup: Any) -> dict[str, Any]:
        cid = int(chat_id)
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(cid), "date": int(time.time()),
            "chat": self.chat(cid, "private" if cid > 0 else "supergroup"),
            "from": self.bot_user, "text": text,
        }
        if markup:
            msg["reply_markup"] = markup
        self.messages[(cid, msg["message_id"])] = msg
        return msg

    async def _api_sendMessage(self, p: dict[str, Any]) -> Any:
        text = p.get("text") or ""
        _check_text(text)
        return self._bot_message(p["chat_id"], text, p.get("reply_markup"))

    def _media_message(self, p: dict[str, Any], field: str, content: Any) -> dict[str, Any]:
        cid = int(p["chat_id"])
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(cid), "date": int(time.time()),
            "chat": self.chat(cid, "private" if cid > 0 else "supergroup"),
            "from": self.bot_user, field: content,
        }
        if p.get("caption"):
            msg["caption"] = p["caption"]
        if p.get("reply_markup"):
            msg["reply_markup"] = p["reply_markup"]
        self.messages[(cid, msg["message_id"])] = msg
        return msg

    async def _api_sendPhoto(self, p: dict[str, Any]) -> Any:
        photo = p.get("photo")
        _check_caption(p.get("caption"))
        if not isinstance(photo, Upload):
            raise _ApiError("Bad Request: wrong file identifier/HTTP URL specified")
        if len(photo.data) > _MAX_PHOTO:
            raise _ApiError("Bad Request: PHOTO_SAVE_FILE_INVALID")
        size = _image_size(photo.data)
        if size is None:
            raise _ApiError("Bad Request: IMAGE_PROCESS_FAILED")
        unique = f"ph{len(self.calls)}"
        width, height = size
        sizes = [{"file_id": f"{unique}-{n}", "file_unique_id": f"{unique}{n}",
                  "width": max(1, width * n // 4), "height": max(1, height * n // 4),
                  "file_size": len(photo.data) * n // 4} for n in (1, 4)]
        return self._media_message(p, "photo", sizes)

    async def _api_sendDocument(self, p: dict[str, Any]) -> Any:
        document = p.get("document")
        _check_caption(p.get("caption"))
        if not isinstance(document, Upload):
            raise _ApiError("Bad Request: wrong file identifier/HTTP URL specified")
        if not document.data:
            raise _ApiError("Bad Request: file must be non-empty")
        if len(document.data) > _MAX_UPLOAD:
            raise _ApiError("Request Entity Too Large")
        unique = f"doc{len(self.calls)}"
        return self._media_message(p, "document", {
            "file_id": unique, "file_unique_id": unique, "file_name": document.filename,
            "mime_type": document.content_type, "file_size": len(document.data)})

    async def _api_deleteMessage(self, p: dict[str, Any]) -> Any:
        key = (int(p["chat_id"]), int(p["message_id"]))
        if key not in self.messages:
            raise _ApiError("Bad Request: message to delete not found")
        del self.messages[key]
        return True

    async def _api_sendChatAction(self, p: dict[str, Any]) -> Any:
        return True

    async def _api_sendMessageDraft(self, p: dict[str, Any]) -> Any:
        if not self.drafts_supported:
            raise _ApiError("Bad Request: method is not available")
        if int(p["chat_id"]) < 0:
            raise _ApiError("Bad Request: TEXTDRAFT_PEER_INVALID")
        if not p.get("draft_id"):
            raise _ApiError("Bad Request: draft_id must be non-zero")
        _check_text(p.get("text") or "")
        return True

    def _stored(self, p: dict[str, Any]) -> dict[str, Any]:
        key = (int(p["chat_id"]), int(p["message_id"]))
        if key not in self.messages:
            raise _ApiError("Bad Request: message to edit not found")
        return self.messages[key]

    async def _api_editMessageText(self, p: dict[str, Any]) -> Any:
        msg = self._stored(p)
        if "text" not in msg:
            raise _ApiError("Bad Request: there is no text in the message to edit")
        text = p.get("text") or ""
        _check_text(text)
        markup = p.get("reply_markup")
        if msg.get("text") == text and msg.get("reply_markup") == markup:
            raise _ApiError("Bad Request: message is not modified: specified new message content "
                            "and reply markup are exactly the same as a current content and reply "
                            "markup of the message")
        msg["text"] = text
        msg["edit_date"] = int(time.time())
        if markup:
            msg["reply_markup"] = markup
        else:
            msg.pop("reply_markup", None)
        return msg

    async def _api_editMessageReplyMarkup(self, p: dict[str, Any]) -> Any:
        msg = self._stored(p)
        markup = p.get("reply_markup")
        if msg.get("reply_markup") == markup or (not markup and "reply_markup" not in msg):
            raise _ApiError("Bad Request: message is not modified")
        if markup:
            msg["reply_markup"] = markup
        else:
            msg.pop("reply_markup", None)
        return msg

    async def _api_answerCallbackQuery(self, p: dict[str, Any]) -> Any:
        query_id = str(p.get("callback_query_id"))
        if query_id in self.answered:
            raise _ApiError("Bad Request: query is too old and response timeout expired or "
                            "query ID is invalid")
        self.answered.add(query_id)
        return True

    async def _api_setMyCommands(self, p: dict[str, Any]) -> Any:
        scope = json.dumps(p.get("scope") or {"type": "default"}, sort_keys=True)
        self.commands[(scope, p.get("language_code") or "")] = list(p.get("commands") or [])
        return True

    async def _api_getMyCommands(self, p: dict[str, Any]) -> Any:
        scope = json.dumps(p.get("scope") or {"type": "default"}, sort_keys=True)
        return self.commands.get((scope, p.get("language_code") or ""), [])

    async def _api_deleteMyCommands(self, p: dict[str, Any]) -> Any:
        scope = json.dumps(p.get("scope") or {"type": "default"}, sort_keys=True)
        self.commands.pop((scope, p.get("language_code") or ""), None)
        return True

    async def _api_close(self, p: dict[str, Any]) -> Any:
        return True


class _ApiError(Exception):
    pass


def _check_text(text: str) -> None:
    if not text.strip():
        raise _ApiError("Bad Request: message text is empty")
    if utf16_len(text) > _MAX_TEXT:
        raise _ApiError("Bad Request: message is too long")


def _check_caption(caption: str | None) -> None:
    if caption is not None and utf16_len(caption) > _MAX_CAPTION:
        raise _ApiError("Bad Request: message caption is too long")


def _image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG or JPEG (what Telegram can turn into a photo); else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return (width, height) if width and height else None
    if data.startswith(b"\xff\xd8"):
        index = 2
        while index + 9 < len(data) and data[index] == 0xFF:
            marker, length = data[index + 1], struct.unpack(">H", data[index + 2:index + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", data[index + 5:index + 9])
                return width, height
            index += 2 + length
    return None


def _error(status: int, description: str, parameters: dict[str, Any] | None = None
           ) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        data = await request.json()
        return dict(data) if isinstance(data, dict) else {}
    out: dict[str, Any] = {}
    if request.method == "GET":
        raw = dict(request.query)
    else:
        raw = {}
        for key, value in (await request.post()).items():
            if isinstance(value, web.FileField):  # PTB uploads files as multipart parts
                out[key] = Upload(value.filename, value.file.read(), value.content_type)
            elif isinstance(value, str):
                raw[key] = value
    for key, value in raw.items():
        if key in _STRING_FIELDS:
            out[key] = value
            continue
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def _entities(text: str) -> list[dict[str, Any]]:
    out = []
    if text.startswith("/"):
        head = text.split(maxsplit=1)[0]
        out.append({"type": "bot_command", "offset": 0, "length": utf16_len(head)})
    index = 0
    while (index := text.find("@", index)) != -1:
        end = index + 1
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
        if end - index > 1 and (index == 0 or text[index - 1] != "/") and not (
                out and out[0]["type"] == "bot_command" and index < out[0]["length"]):
            out.append({"type": "mention", "offset": utf16_len(text[:index]),
                        "length": utf16_len(text[index:end])})
        index = end
    return out


def _actions(markup: Any) -> list[str]:
    if not isinstance(markup, dict):
        return []
    return [b.get("callback_data", "") for row in markup.get("inline_keyboard", []) for b in row]


@contextlib.asynccontextmanager
async def running_bot(settings: Any) -> AsyncIterator[tuple[Any, Any]]:
    """Build the app on `settings`, start the Telegram adapter; stop and close both after."""
    from bot.adapters.telegram import TelegramAdapter
    from bot.app import build

    app = await build(settings)
    adapter = TelegramAdapter(app)
    try:
        await adapter.start()
    except BaseException:
        await app.close()
        raise
    try:
        yield app, adapter
    finally:
        await adapter.stop(2.0)
        await app.close()
