"""A Discord REST + gateway stand-in on 127.0.0.1 for tests, with errors to inject.

One aiohttp server: REST under `/api/v10/...` and the gateway websocket at `/gateway`. It speaks
the real gateway protocol (HELLO, IDENTIFY, heartbeat ACK, READY, dispatches with increasing `s`)
in uncompressed text frames, which discord.py accepts even when it asks for `zlib-stream`.
Every REST call is recorded; messages the bot posts are kept (with their edits) for assertions.
Messages with files arrive as multipart/form-data (a `payload_json` part and `files[n]` parts),
as discord.py sends them; the files are kept with the message.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import mimetypes
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

BOT_ID = "900000000000000001"
APP_ID = BOT_ID
GUILD_ID = "910000000000000001"
GUILD_CHANNEL_ID = "920000000000000001"
MOD_CHANNEL_ID = "920000000000000002"
EPHEMERAL = 64
MAX_CONTENT = 2000
MAX_UPLOAD = 10 * 1024 * 1024  # bytes per request, a bot's default
_ids = itertools.count(1_200_000_000_000_000_000)


def snowflake() -> str:
    """A new unique snowflake id, as Discord sends them (a string)."""
    return str(next(_ids))


def _now() -> str:
    return datetime.now(UTC).isoformat()


def user_json(user_id: str, bot: bool = False) -> dict[str, Any]:
    """A user object."""
    return {"id": user_id, "username": f"user{user_id[-4:]}", "discriminator": "0",
            "global_name": f"User {user_id[-4:]}", "avatar": None, "bot": bot,
            "public_flags": 0, "flags": 0}


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded, as the `files[n]` part of a multipart request."""

    filename: str
    data: bytes
    content_type: str


@dataclass
class Call:
    """One REST request the bot made (a multipart request's body is its `payload_json`)."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int
    at: float
    files: list[Upload] = field(default_factory=list)


@dataclass
class Fault:
    """An error for the next requests matching `method` and the `path` regex."""

    method: str
    path: str
    status: int
    code: int = 0
    message: str = "injected"
    retry_after: float = 0.0
    times: int = 1
    delay: float = 0.0  # wait this long first; with status 0, then answer normally


@dataclass
class Posted:
    """A message the bot created, with its current state."""

    id: str
    channel_id: str
    via: str  # "channel", "response" or "followup"
    data: dict[str, Any]
    edits: list[float] = field(default_factory=list)
    created: float = 0.0
    files: list[Upload] = field(default_factory=list)  # what the attachments hold
    deleted: bool = False

    @property
    def content(self) -> str:
        """The current text."""
        return str(self.data.get("content") or "")

    @property
    def ephemeral(self) -> bool:
        """True when only the interacting user can see it."""
        return bool(int(self.data.get("flags") or 0) & EPHEMERAL)

    @property
    def filenames(self) -> list[str]:
        """The names of its attachments."""
        return [a["filename"] for a in self.data.get("attachments") or []]

    @property
    def custom_ids(self) -> list[str]:
        """The custom ids of its buttons."""
        return [c["custom_id"] for row in self.data.get("components") or []
                for c in row.get("components", []) if "custom_id" in c]


class FakeDiscord:
    """Serves the REST routes and gateway a discord.py bot uses; tests drive users from here."""

    def __init__(self, token: str = "x.y.z") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.faults: list[Fault] = []
        self.posted: dict[str, Posted] = {}
        self.order: list[str] = []
        self.callbacks: list[dict[str, Any]] = []  # interaction callbacks: id, type, flags, at
        self.dm_channels: dict[str, str] = {}  # user id -> DM channel id
        self.closed_dms: set[str] = set()  # users who do not accept DMs (50007)
        self.channels: dict[str, dict[str, Any]] = {}
        self.command_ids: dict[str, str] = {}  # slash command name -> id (after a sync)
        self._sent_by_users: dict[str, dict[str, Any]] = {}
        self.identify: dict[str, Any] | None = None
        self.connections = 0
        self.api_url = ""
        self.gateway_url = ""
        self.max_upload = MAX_UPLOAD  # lower it to see a file refused (413, 40005)
        self._interactions: dict[str, dict[str, Any]] = {}  # token -> channel id, original
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._ready = asyncio.Event()
        self._runner: web.AppRunner | None = None
        for cid, name in ((GUILD_CHANNEL_ID, "general"), (MOD_CHANNEL_ID, "moderators")):
            self.channels[cid] = {"id": cid, "type": 0, "guild_id": GUILD_ID, "name": name,
                                  "position": 0, "permission_overwrites": [], "nsfw": False,
                                  "parent_id": None, "topic": None, "last_message_id": None,
                                  "rate_limit_per_user": 0}

    # lifecycle ------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        app = web.Application(client_max_size=MAX_UPLOAD * 3)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.api_url = f"http://127.0.0.1:{port}/api/v10"
        self.gateway_url = f"ws://127.0.0.1:{port}/gateway"
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # test helpers ---------------------------------------------------------------------------

    def fail(self, method: str, path: str, status: int, code: int = 0, message: str = "injected",
             retry_after: float = 0.0, times: int = 1) -> None:
        """Answer the next `times` requests matching `method` and the `path` regex with an error."""
        self.faults.append(Fault(method, path, status, code, message, retry_after, times))

    def slow(self, method: str, path: str, seconds: float, times: int = 1) -> None:
        """Answer the next `times` matching requests normally, but only after `seconds`."""
        self.faults.append(Fault(method, path, 0, times=times, delay=seconds))

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Poll until `predicate()` is truthy and return its value; fail loudly on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {predicate}")
            await asyncio.sleep(0.01)

    async def wait_ready(self, timeout: float = 10.0) -> None:
        """Wait until a client has identified and got READY."""
        await asyncio.wait_for(self._ready.wait(), timeout)

    def dm_channel(self, user_id: str) -> str:
        """The DM channel id with a user (created on first use)."""
        if user_id not in self.dm_channels:
            cid = snowflake()
            self.dm_channels[user_id] = cid
            self.channels[cid] = {"id": cid, "type": 1, "last_message_id": None,
                                  "recipients": [user_json(user_id)], "flags": 0}
        return self.dm_channels[user_id]

    def messages(self, channel_id: str) -> list[Posted]:
        """The bot's messages in a channel (including interaction answers and not deleted),
        oldest first."""
        return [self.posted[m] for m in self.order
                if self.posted[m].channel_id == channel_id and not self.posted[m].deleted]

    def texts(self, channel_id: str) -> list[str]:
        """The current texts of the bot's messages in a channel."""
        return [p.content for p in self.messages(channel_id)]

    def requests(self, method: str, pattern: str) -> list[Call]:
        """Recorded calls matching a method and a path regex."""
        rx = re.compile(pattern)
        return [c for c in self.calls if c.method == method and rx.fullmatch(c.path)]

    # users doing things -----------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send one DISPATCH (op 0) to the connected bot."""
        if self._ws is None or self._ws.closed:
            raise AssertionError("no bot is connected to the gateway")
        self._seq += 1
        await self._ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    def _message(self, user_id: str, channel_id: str, text: str, guild: bool,
                 mentions: list[dict[str, Any]] | None = None, reply_to: str | None = None,
                 attachments: int = 0) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": snowflake(), "channel_id": channel_id, "author": user_json(user_id),
            "content": text, "timestamp": _now(), "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": mentions or [], "mention_roles": [],
            "attachments": [
                {"id": snowflake(), "filename": f"f{i}.png", "size": 10, "url": "http://x/f.png",
                 "proxy_url": "http://x/f.png", "content_type": "image/png"}
                for i in range(attachments)],
            "embeds": [], "pinned": False, "type": 0, "flags": 0, "components": [],
        }
        if guild:
            data["guild_id"] = GUILD_ID
            data["member"] = {"roles": [], "joined_at": _now(), "deaf": False, "mute": False,
                              "flags": 0}
        if reply_to is not None:
            ref = self.posted.get(reply_to)
            data["type"] = 19
            data["message_reference"] = {"message_id": reply_to, "channel_id": channel_id,
                                         **({"guild_id": GUILD_ID} if guild else {})}
            data["referenced_message"] = ref.data if ref else None
        return data

    async def dm(self, user_id: str, text: str, attachments: int = 0) -> str:
        """The user writes to the bot in a DM; returns the message id."""
        data = self._message(user_id, self.dm_channel(user_id), text, False,
                             attachments=attachments)
        self._sent_by_users[str(data["id"])] = data
        await self.dispatch("MESSAGE_CREATE", data)
        return str(data["id"])

    async def guild_message(self, user_id: str, text: str, mention: bool = False,
                            channel_id: str = GUILD_CHANNEL_ID,
                            reply_to: str | None = None) -> str:
        """The user writes in a guild channel, optionally mentioning the bot first."""
        content = f"<@{BOT_ID}> {text}" if mention else text
        mentions = [user_json(BOT_ID, bot=True)] if mention else []
        data = self._message(user_id, channel_id, content, True, mentions, reply_to)
        self._sent_by_users[str(data["id"])] = data
        await self.dispatch("MESSAGE_CREATE", data)
        return str(data["id"])

    async def edit(self, message_id: str, text: str) -> None:
        """The user edits a message they sent earlier."""
        data = dict(self._sent_by_users[message_id])
        data["content"] = text
        data["edited_timestamp"] = _now()
        await self.dispatch("MESSAGE_UPDATE", data)

    def _interaction(self, kind: int, channel_id: str, user_id: str, guild_id: str | None,
                     data: dict[str, Any], message: dict[str, Any] | None,
                     locale: str) -> dict[str, Any]:
        iid, token = snowflake(), f"tok-{snowflake()}"
        self._interactions[token] = {"channel_id": channel_id, "id": iid}
        payload: dict[str, Any] = {
            "id": iid, "application_id": APP_ID, "type": kind, "token": token, "version": 1,
            "channel_id": channel_id, "channel": dict(self.channels[channel_id]), "data": data,
            "locale": locale, "app_permissions": "2248473465835073", "entitlements": [],
            "authorizing_integration_owners": {"0": GUILD_ID} if guild_id else {"1": user_id},
            "context": 0 if guild_id else 1, "attachment_size_limit": 10485760,
        }
        if guild_id:
            payload["guild_id"] = guild_id
            payload["guild_locale"] = "en-US"
            payload["member"] = {"user": user_json(user_id), "roles": [], "joined_at": _now(),
                                 "deaf": False, "mute": False, "flags": 0,
                                 "permissions": "2248473465835073"}
        else:
            payload["user"] = user_json(user_id)
        if message is not None:
            payload["message"] = message
        return payload

    async def press(self, custom_id: str, message_id: str, channel_id: str, user_id: str,
                    locale: str = "en-US") -> str:
        """The user presses a button on one of the bot's messages; returns the interaction id."""
        posted = self.posted.get(message_id)
        message = posted.data if posted else self._message(BOT_ID, channel_id, "", False)
        if posted is None:
            message["id"] = message_id
        guild_id = self.channels[channel_id].get("guild_id")
        data = {"custom_id": custom_id, "component_type": 2}
        payload = self._interaction(3, channel_id, user_id, guild_id, data, message, locale)
        await self.dispatch("INTERACTION_CREATE", payload)
        return str(payload["id"])

    async def slash(self, name: str, options: dict[str, str] | None = None,
                    guild_id: str | None = GUILD_ID, channel_id: str = GUILD_CHANNEL_ID,
                    user_id: str = "300000000000000001", locale: str = "en-US") -> str:
        """The user runs a slash command; returns the interaction id."""
        if guild_id is None and channel_id == GUILD_CHANNEL_ID:
            channel_id = self.dm_channel(user_id)
        data = {"id": self.command_ids.get(name, snowflake()), "name": name, "type": 1,
                "options": [{"name": k, "type": 3, "value": v} for k, v in (options or {}).items()]}
        if guild_id:
            data["guild_id"] = guild_id
        payload = self._interaction(2, channel_id, user_id, guild_id, data, None, locale)
        await self.dispatch("INTERACTION_CREATE", payload)
        return str(payload["id"])

    def callback_for(self, interaction_id: str) -> dict[str, Any] | None:
        """The callback the bot sent for an interaction, if any."""
        return next((c for c in self.callbacks if c["id"] == interaction_id), None)

    # gateway ----------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.connections += 1
        self._ws = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                break
            payload = json.loads(msg.data)
            op = payload.get("op")
            if op == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:
                self.identify = payload["d"]
                if payload["d"].get("token") != self.token:
                    await ws.close(code=4004, message=b"Authentication failed.")
                    break
                await self._send_ready(ws)
        if self._ws is ws:
            self._ready.clear()
        return ws

    async def _send_ready(self, ws: web.WebSocketResponse) -> None:
        self._seq += 1
        ready = {
            "v": 10,
            "user": {**user_json(BOT_ID, bot=True), "verified": True, "mfa_enabled": False},
            "guilds": [{"id": GUILD_ID, "unavailable": True}],
            "session_id": f"session-{snowflake()}", "resume_gateway_url": self.gateway_url,
            "application": {"id": APP_ID, "flags": 0}, "private_channels": [], "relationships": [],
        }
        await ws.send_str(json.dumps({"op": 0, "t": "READY", "s": self._seq, "d": ready}))
        self._seq += 1
        guild = {
            "id": GUILD_ID, "name": "Test Guild", "icon": None, "owner_id": "300000000000000999",
            "unavailable": False, "member_count": 2, "large": False, "features": [],
            "roles": [{"id": GUILD_ID, "name": "@everyone", "permissions": "2248473465835073",
                       "position": 0, "color": 0, "hoist": False, "managed": False,
                       "mentionable": False, "flags": 0}],
            "channels": [c for c in self.channels.values() if c.get("guild_id") == GUILD_ID],
            "members": [{"user": user_json(BOT_ID, bot=True), "roles": [], "joined_at": _now(),
                         "deaf": False, "mute": False, "flags": 0}],
            "threads": [], "emojis": [], "stickers": [], "voice_states": [], "presences": [],
            "stage_instances": [], "guild_scheduled_events": [], "soundboard_sounds": [],
            "joined_at": _now(), "verification_level": 0, "default_message_notifications": 0,
            "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0, "premium_tier": 0,
            "preferred_locale": "en-US", "system_channel_flags": 0,
        }
        await ws.send_str(json.dumps({"op": 0, "t": "GUILD_CREATE", "s": self._seq, "d": guild}))
        self._ready.set()

    # REST -------------------------------------------------------------------------------------

    def _json(self, data: Any, status: int = 200,
              headers: dict[str, str] | None = None) -> web.Response:
        # discord.py parses JSON only when the content type is exactly `application/json`
        base = {"Content-Type": "application/json", "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "4", "X-RateLimit-Reset-After": "1.0",
                "X-RateLimit-Reset": f"{time.time() + 1:.3f}", "X-RateLimit-Bucket": "fakebucket"}
        base.update(headers or {})
        return web.Response(body=json.dumps(data).encode(), status=status, headers=base)

    def _error(self, status: int, code: int, message: str) -> web.Response:
        return self._json({"message": message, "code": code}, status)

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        method = request.method
        body: Any = None
        files: list[Upload] = []
        if request.content_type == "multipart/form-data":
            body, files = await _multipart(request)
        elif request.can_read_body:
            raw = await request.read()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw.decode(errors="replace")
        call = Call(method, path, dict(request.query), body, 200, time.monotonic(), files)
        self.calls.append(call)
        if request.headers.get("Authorization") != f"Bot {self.token}" and not \
                path.startswith(("/webhooks/", "/interactions/")):
            call.status = 401
            return self._error(401, 0, "401: Unauthorized")
        fault = self._fault(method, path)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.status:
            call.status = fault.status
            if fault.status == 429:
                return self._json(
                    {"message": "You are being rate limited.", "retry_after": fault.retry_after,
                     "global": False},
                    429,
                    {"Retry-After": str(fault.retry_after), "X-RateLimit-Remaining": "0",
                     "X-RateLimit-Reset-After": str(fault.retry_after), "X-RateLimit-Scope": "user",
                     "Via": "1.1 google"},
                )
            return self._error(fault.status, fault.code, fault.message)
        if sum(len(f.data) for f in files) > self.max_upload:
            call.status = 413
            return self._error(413, 40005, "Request entity too large")
        response = self._route(method, path, request.query, body, files)
        call.status = response.status
        return response

    def _fault(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.method == method and re.fullmatch(fault.path, path):
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    def _route(self, method: str, path: str, query: Any, body: Any,
               files: list[Upload]) -> web.Response:
        parts = path.strip("/").split("/")
        if method == "GET" and path == "/users/@me":
            return self._json({**user_json(BOT_ID, bot=True), "verified": True})
        if method == "GET" and path in {"/applications/@me", "/oauth2/applications/@me"}:
            return self._json({
                "id": APP_ID, "name": "CareBridge", "icon": None, "description": "",
                "bot_public": True, "bot_require_code_grant": False,
                "owner": user_json("300000000000000999"), "team": None, "verify_key": "00",
                "flags": 0, "summary": "", "rpc_origins": [],
            })
        if method == "GET" and path in {"/gateway", "/gateway/bot"}:
            return self._json({"url": self.gateway_url, "shards": 1, "session_start_limit": {
                "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
        if method == "PUT" and len(parts) == 3 and parts[0] == "applications" \
                and parts[2] == "commands":
            out = []
            for cmd in body or []:
                cid = self.command_ids.setdefault(cmd["name"], snowflake())
                out.append({"id": cid, "application_id": APP_ID, "version": "1", "type": 1,
                            "default_member_permissions": None, "dm_permission": True,
                            "nsfw": False, **cmd})
            return self._json(out)
        if method == "POST" and path == "/users/@me/channels":
            user_id = str((body or {}).get("recipient_id"))
            if user_id in self.closed_dms:
                return self._error(403, 50007, "Cannot send messages to this user")
            return self._json(self.channels[self.dm_channel(user_id)])
        if parts[0] == "channels" and len(parts) >= 3:
            channel_id = parts[1]
            if channel_id not in self.channels:
                return self._error(404, 10003, "Unknown Channel")
            if method == "POST" and parts[2] == "typing":
                return web.Response(status=204)
            if method == "POST" and parts[2] == "messages" and len(parts) == 3:
                recipients = self.channels[channel_id].get("recipients") or []
                if recipients and recipients[0]["id"] in self.closed_dms:
                    return self._error(403, 50007, "Cannot send messages to this user")
                return self._created(channel_id, "channel", body, files)
            if len(parts) == 4 and parts[2] == "messages":
                posted = self.posted.get(parts[3])
                if posted is None or posted.deleted:
                    return self._error(404, 10008, "Unknown Message")
                if method == "PATCH":
                    return self._json(self._edit(posted, body, files).data)
                if method == "DELETE":
                    posted.deleted = True
                    return web.Response(status=204)
                if method == "GET":
                    return self._json(posted.data)
        if method == "POST" and parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(parts[1], parts[2], body, files)
        if parts[0] == "webhooks" and len(parts) >= 3:
            info = self._interactions.get(parts[2])
            if info is None:
                return self._error(404, 10015, "Unknown Webhook")
            if method == "POST" and len(parts) == 3:
                return self._created(info["channel_id"], "followup", body, files)
            if method in {"PATCH", "DELETE"} and len(parts) == 5:
                mid = info.get("original") if parts[4] == "@original" else parts[4]
                posted = self.posted.get(mid or "")
                if posted is None or posted.deleted:
                    return self._error(404, 10008, "Unknown Message")
                if method == "DELETE":
                    posted.deleted = True
                    return web.Response(status=204)
                return self._json(self._edit(posted, body, files).data)
        return self._error(404, 0, f"404: Not Found ({method} {path})")

    def _created(self, channel_id: str, via: str, body: Any,
                 files: list[Upload]) -> web.Response:
        problem = _invalid(body or {}, files)
        if problem is not None:
            return self._error(400, *problem)
        return self._json(self._create(channel_id, via, body, files).data)

    def _create(self, channel_id: str, via: str, body: Any,
                files: list[Upload] | None = None) -> Posted:
        body = body or {}
        files = files or []
        channel = self.channels[channel_id]
        data: dict[str, Any] = {
            "id": snowflake(), "channel_id": channel_id, "author": user_json(BOT_ID, bot=True),
            "content": body.get("content") or "", "timestamp": _now(), "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
            "attachments": _attachments(body, files), "embeds": body.get("embeds") or [],
            "pinned": False,
            "type": 0, "flags": int(body.get("flags") or 0),
            "components": body.get("components") or [],
        }
        if channel.get("guild_id"):
            data["guild_id"] = channel["guild_id"]
        if body.get("message_reference"):
            data["type"] = 19
            data["message_reference"] = body["message_reference"]
        posted = Posted(str(data["id"]), channel_id, via, data, created=time.monotonic(),
                        files=list(files))
        self.posted[posted.id] = posted
        self.order.append(posted.id)
        return posted

    def _edit(self, posted: Posted, body: Any, files: list[Upload] | None = None) -> Posted:
        for key in ("content", "components", "embeds", "flags"):
            if body and key in body:
                posted.data[key] = body[key] if body[key] is not None else ""
        if body and "attachments" in body:  # the ones kept are listed by id, then new files
            old = {a["id"]: (a, f) for a, f in zip(posted.data["attachments"], posted.files,
                                                   strict=True)}
            kept = [old[str(a["id"])] for a in body["attachments"] if str(a["id"]) in old]
            posted.data["attachments"] = [a for a, _ in kept] + _attachments(body, files or [])
            posted.files = [f for _, f in kept] + list(files or [])
        posted.data["edited_timestamp"] = _now()
        posted.edits.append(time.monotonic())
        return posted

    def _callback(self, interaction_id: str, token: str, body: Any,
                  files: list[Upload]) -> web.Response:
        body = body or {}
        kind = int(body.get("type", 0))
        data = body.get("data") or {}
        flags = int(data.get("flags") or 0)
        info = self._interactions.get(token, {"channel_id": GUILD_CHANNEL_ID})
        self.callbacks.append({"id": interaction_id, "type": kind, "flags": flags,
                               "at": time.monotonic()})
        interaction: dict[str, Any] = {"id": interaction_id, "type": 2}
        resource: dict[str, Any] = {"type": kind}
        if kind == 4:
            problem = _invalid(data, files)
            if problem is not None:
                return self._error(400, *problem)
        if kind in {4, 5}:  # a message now, or a "thinking…" message to fill in later
            posted = self._create(info["channel_id"], "response",
                                  data if kind == 4 else {"flags": flags}, files)
            info["original"] = posted.id
            interaction.update(response_message_id=posted.id,
                               response_message_loading=kind == 5,
                               response_message_ephemeral=bool(flags & EPHEMERAL))
            resource["message"] = posted.data
        return self._json({"interaction": interaction, "resource": resource})


async def _multipart(request: web.Request) -> tuple[Any, list[Upload]]:
    """The `payload_json` part (decoded) and the `files[n]` parts, in index order."""
    body: Any = None
    files: dict[int, Upload] = {}
    form = await request.post()
    for name, value in form.items():
        if name == "payload_json" and isinstance(value, str):
            body = json.loads(value)
        elif isinstance(value, web.FileField):
            match = re.fullmatch(r"files\[(\d+)\]", name)
            if match is None:
                raise AssertionError(f"unexpected multipart part {name!r}")
            files[int(match[1])] = Upload(value.filename, value.file.read(), value.content_type)
    return body, [files[i] for i in sorted(files)]


def _attachments(body: dict[str, Any], files: list[Upload]) -> list[dict[str, Any]]:
    """Attachment objects for uploaded files, as Discord returns them (type from the name)."""
    described = {int(a["id"]): a for a in body.get("attachments") or []
                 if str(a.get("id", "")).isdigit() and int(a["id"]) < len(files)}
    out = []
    for index, upload in enumerate(files):
        aid = snowflake()
        name = described.get(index, {}).get("filename") or upload.filename
        url = f"https://cdn.discordapp.test/attachments/{aid}/{name}"
        out.append({"id": aid, "filename": name, "size": len(upload.data), "url": url,
                    "proxy_url": url,
                    "content_type": mimetypes.guess_type(name)[0] or "application/octet-stream"})
    return out


def _invalid(body: dict[str, Any], files: list[Upload]) -> tuple[int, str] | None:
    """Why Discord would refuse to create this message (code, message); None when it is fine."""
    content = str(body.get("content") or "")
    if len(content) > MAX_CONTENT:
        return 50035, "Invalid Form Body (content: Must be 2000 or fewer in length.)"
    if not (content or files or body.get("embeds") or body.get("components")
            or body.get("sticker_ids") or body.get("poll")):
        return 50006, "Cannot send an empty message"
    return None
