"""A small OpenAI-compatible server on 127.0.0.1 for tests, with faults to inject."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Fault:
    """One injected failure, used by the next request that reaches the server."""

    status: int | None = None  # answer with this HTTP status
    retry_after: float | None = None  # with a Retry-After header (for 429)
    delay: float = 0.0  # wait this long before answering
    cut_after: int | None = None  # stream this many chunks, then drop the connection
    content_filter: bool = False  # finish the stream with finish_reason=content_filter


@dataclass
class FakeOpenAI:
    """Serves `/v1/chat/completions` (streaming SSE or JSON) and records every request body."""

    reply_text: str = "I hear you. That sounds like a hard day. What happened?"
    chunk_size: int = 8
    chunk_delay: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    always: Fault | None = None
    script: Callable[[dict[str, Any]], str] | None = None
    flagged: Callable[[str], set[str]] = lambda text: set()  # moderation categories to flag
    moderation_delay: float = 0.0
    moderation_requests: list[dict[str, Any]] = field(default_factory=list)
    base_url: str = ""
    _runner: web.AppRunner | None = None

    async def __aenter__(self) -> FakeOpenAI:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._completions)
        app.router.add_get("/v1/models", self._models)
        app.router.add_post("/v1/moderations", self._moderations)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}/v1"
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def user_requests(self, text: str) -> list[dict[str, Any]]:
        """Requests whose last user message contains `text`."""
        return [r for r in self.requests if text in r["messages"][-1].get("content", "")]

    def _text_for(self, body: dict[str, Any]) -> str:
        return self.script(body) if self.script else self.reply_text

    async def _moderations(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.moderation_requests.append(body)
        if self.moderation_delay:
            await asyncio.sleep(self.moderation_delay)
        names = ("harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
                 "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions",
                 "sexual", "sexual/minors", "violence", "violence/graphic")
        flags = self.flagged(body["input"])
        result = {
            "flagged": bool(flags),
            "categories": {n: n in flags for n in names},
            "category_scores": {n: 0.99 if n in flags else 0.01 for n in names},
            "category_applied_input_types": {n: ["text"] for n in names},
        }
        return web.json_response({"id": "modr-fake", "model": "omni-moderation-latest",
                                  "results": [result]})

    async def _models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": "fake", "object": "model"}]})

    async def _completions(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        fault = self.faults.pop(0) if self.faults else self.always
        if fault and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault and fault.status:
            headers = {}
            if fault.retry_after is not None:
                headers["Retry-After"] = str(fault.retry_after)
            return web.json_response(
                {"error": {"message": "injected", "type": "server_error", "code": None}},
                status=fault.status, headers=headers,
            )
        text = self._text_for(body)
        created = int(time.time())
        if not body.get("stream"):
            return web.json_response({
                "id": "chatcmpl-fake", "object": "chat.completion", "created": created,
                "model": body.get("model", "fake"),
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": text}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            })
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        try:
            await response.prepare(request)
        except ConnectionResetError:
            return response  # the client gave up (a timeout test)
        pieces = [text[i:i + self.chunk_size] for i in range(0, len(text), self.chunk_size)]
        for index, piece in enumerate(pieces):
            if fault and fault.cut_after is not None and index >= fault.cut_after:
                request.transport.close()  # type: ignore[union-attr]
                return response
            await response.write(_sse(body, created, {"content": piece}, None))
            if self.chunk_delay:
                await asyncio.sleep(self.chunk_delay)
        finish = "content_filter" if fault and fault.content_filter else "stop"
        await response.write(_sse(body, created, {}, finish))
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response


def _sse(body: dict[str, Any], created: int, delta: dict[str, str], finish: str | None) -> bytes:
    chunk = {
        "id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": created,
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(chunk)}\n\n".encode()
