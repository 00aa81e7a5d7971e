"""Pipeline throughput: 2,000 messages from 200 users, an instant LLM, SQLite on disk.

Run: `python bench/pipeline.py [--messages 2000] [--users 200] [--runs 3]`. Prints messages/s and
the p50/p99 per-message overhead (time inside the pipeline, the LLM answering instantly).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import build
from bot.config import Settings
from bot.messages import Platform, incoming_from_text

TEXTS = (
    "I had a rough day at work",
    "my sister and I argued again and I can't stop thinking about it",
    "I feel a bit anxious about tomorrow's exam, this exam is killing me",
    "thanks, that breathing thing helped",
    "I haven't slept well in days",
    "work is fine but I'm lonely in the evenings",
    "/checkin 3",
    "can you help me think through a conversation with my boss?",
    "I want to kill myself",
    "honestly I don't know",
)


class InstantLLM:
    """Answers at once, in a few pieces, like a very fast local model."""

    async def stream(self, messages: Sequence[dict[str, str]]) -> AsyncIterator[str]:
        """Yield a short reply."""
        for piece in ("That sounds ", "hard. ", "What helps you ", "on days like this?"):
            yield piece


async def one_run(messages: int, users: int, seed: int) -> tuple[float, list[float]]:
    """Drive the messages concurrently per user; return (seconds, per-message latencies)."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, database_path=Path(tmp) / "bench.db",  # type: ignore[call-arg]
                            log_level="WARNING")
        app = await build(settings, llm=InstantLLM())
        rng = random.Random(seed)
        per_user: dict[int, list[str]] = {u: ["/agree"] for u in range(users)}
        for _ in range(messages - users):
            per_user[rng.randrange(users)].append(rng.choice(TEXTS))
        latencies: list[float] = []

        async def user_loop(uid: int) -> None:
            for text in per_user[uid]:
                incoming = incoming_from_text(Platform.CONSOLE, f"u{uid}", f"u{uid}", text)
                started = time.perf_counter()
                await app.pipeline.handle(incoming)
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(user_loop(u) for u in range(users)))
        elapsed = time.perf_counter() - started
        await app.close()
    return elapsed, latencies


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    """Run the benchmark several times and print medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import logging

    logging.disable(logging.INFO)
    rates, p50s, p99s, solo = [], [], [], []
    for run in range(args.runs):
        elapsed, lat = asyncio.run(one_run(args.messages, args.users, seed=run))
        rates.append(args.messages / elapsed)
        # Under full concurrency a message's latency includes queueing behind the other 199
        # users; the overhead of one message alone is measured with a single user.
        p50s.append(_pct(lat, 0.50))
        p99s.append(_pct(lat, 0.99))
        _, single = asyncio.run(one_run(300, 1, seed=run))
        solo.append((_pct(single, 0.50), _pct(single, 0.99)))
        print(f"run {run + 1}: {rates[-1]:.0f} msg/s  concurrent p50 {p50s[-1] * 1000:.1f} ms "
              f"p99 {p99s[-1] * 1000:.1f} ms  |  one user p50 {solo[-1][0] * 1000:.2f} ms "
              f"p99 {solo[-1][1] * 1000:.2f} ms")
    print(f"median over {args.runs} runs: {statistics.median(rates):.0f} messages/s; "
          f"per-message overhead (one user at a time) p50 "
          f"{statistics.median(s[0] for s in solo) * 1000:.2f} ms, "
          f"p99 {statistics.median(s[1] for s in solo) * 1000:.2f} ms; "
          f"under 200-user concurrency p50 {statistics.median(p50s) * 1000:.1f} ms, "
          f"p99 {statistics.median(p99s) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
