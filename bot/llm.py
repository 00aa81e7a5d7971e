"""The LLM door: a small protocol and the OpenAI-compatible streaming client behind it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from typing import Protocol

import openai

log = logging.getLogger(__name__)

Message = dict[str, str]


class LLMError(Exception):
    """The model gave no usable reply; `reason` is a short machine-readable cause."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class LLM(Protocol):
    """Anything that streams a chat completion as text pieces."""

    def stream(self, messages: Sequence[Message]) -> AsyncIterator[str]:
        """Yield the reply's text as it arrives; raise `LLMError` on any failure."""
        ...


class OpenAICompatible:
    """`openai.AsyncOpenAI` against any OpenAI-compatible endpoint, with bounded retries."""

    def __init__(
        self,
        base_url: str | None,
        api_key: str | None,
        model: str,
        timeout: float,
        max_retries: int = 2,
        max_tokens: int = 500,
    ) -> None:
        self.model = model
        self.timeout = timeout
        self.max_tokens = max_tokens
        # Local servers (Ollama, llama.cpp) accept any key; the client insists on one.
        self.client = openai.AsyncOpenAI(
            base_url=base_url or None,
            api_key=api_key or "not-needed",
            timeout=timeout,
            max_retries=max_retries,
        )

    async def close(self) -> None:
        """Close the HTTP client."""
        await self.client.close()

    async def stream(self, messages: Sequence[Message]) -> AsyncIterator[str]:
        """Stream one completion; no progress within `timeout` seconds is a failure."""
        try:
            async with asyncio.timeout(self.timeout):
                response = await self.client.chat.completions.create(
                    model=self.model,
                    messages=list(messages),  # type: ignore[arg-type]
                    stream=True,
                    max_tokens=self.max_tokens,
                )
            try:
                got_text = False
                async for piece in self._pieces(response):
                    got_text = True
                    yield piece
                if not got_text:
                    raise LLMError("empty")
            finally:
                await response.close()
        except LLMError:
            raise
        except TimeoutError:
            raise LLMError("timeout") from None
        except openai.RateLimitError:
            raise LLMError("rate_limited") from None
        except openai.APIStatusError as exc:
            raise LLMError(f"status_{exc.status_code}") from None
        except openai.APITimeoutError:
            raise LLMError("timeout") from None
        except openai.APIConnectionError:
            raise LLMError("connection") from None
        except openai.OpenAIError as exc:
            raise LLMError(type(exc).__name__) from None
        except Exception as exc:  # a broken stream surfaces as many httpx/json errors
            log.warning("llm stream failed: %s", type(exc).__name__)
            raise LLMError("broken_stream") from None


    async def _pieces(self, response: openai.AsyncStream) -> AsyncIterator[str]:  # type: ignore[type-arg]
        iterator = response.__aiter__()
        while True:
            try:
                async with asyncio.timeout(self.timeout):
                    chunk = await iterator.__anext__()
            except StopAsyncIteration:
                return
            if not chunk.choices:
                continue
            choice = chunk.choices[0]
            if choice.finish_reason == "content_filter":
                raise LLMError("content_filter")
            piece = choice.delta.content if choice.delta else None
            if piece:
                yield piece


def estimate_tokens(text: str) -> int:
    """A cheap token estimate (about four characters a token) for budgeting history."""
    return len(text) // 4 + 1


def trim_history(
    history: Sequence[tuple[str, str]], budget: int
) -> list[tuple[str, str]]:
    """Keep the newest turns whose estimated size fits the token budget."""
    kept: list[tuple[str, str]] = []
    used = 0
    for role, text in reversed(history):
        cost = estimate_tokens(text) + 4
        if used + cost > budget:
            break
        kept.append((role, text))
        used += cost
    kept.reverse()
    return kept
