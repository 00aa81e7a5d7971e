"""Benchmark the crisis detector: messages/s over a mixed corpus and adversarial worst case.

Run: ``python bench/safety.py`` (from the repository root). ``--scan`` also times
``carebridge safety scan`` end to end (a new process each run, start-up included) on 20,000
chat-sized lines and on 20,000 lines drawn from the whole mixed corpus.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safety import assess  # noqa: E402

BENCH_DIR = ROOT.parent / "shared" / "benchmarks"
RUNS = 7


def corpus() -> list[str]:
    """Project corpus + second corpus + public benchmark texts (never the blind set)."""
    texts: list[str] = []
    for name in ("safety_corpus.jsonl", "safety_holdout.jsonl"):
        p = ROOT / "tests" / "data" / name
        if p.exists():
            with p.open(encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
    oa = BENCH_DIR / "openai-moderation-samples-1680.jsonl.gz"
    if oa.exists():
        with gzip.open(oa, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["prompt"] for line in fh]
    csvs = (("xstest_prompts.csv", "prompt"), ("simple_safety_tests.csv", "prompts_final"))
    for name, col in csvs:
        p = BENCH_DIR / name
        if p.exists():
            with p.open(encoding="utf-8", newline="") as fh:
                texts += [r[col] for r in csv.DictReader(fh)]
    return texts


def adversarial() -> dict[str, str]:
    """4,096-character messages built to stress normalisation and matching."""
    n = 4096
    return {
        "k i l l  x500": ("k i l l " * 600)[:n],
        "spaced myself": ("k i l l m y s e l f " * 250)[:n],
        "4096 a": "a" * n,
        "zero-width soup": ("k\u200bi\u200dl\u2060l\ufeff " * 600)[:n],
        "near misses": ("i want to di want to kil my sel " * 200)[:n],
        "repeated hits": ("i want to die " * 400)[:n],
        "wrong order": ("die to want i myself kill " * 200)[:n],
        "leet/masks": ("k1ll m*self d13 su!c!de " * 200)[:n],
        "stretched": ("diiiiiiiiiiiie kiiiiiiiiiill " * 200)[:n],
        "cyrillic mix": ("і wаnt tо dіе " * 400)[:n],
        "negation chain": ("not not never no dont " * 200)[:n],
        "one long word": "x" * n,
        "emoji": ("😭💀🔪 " * 1400)[:n],
        "dots": ("k.i.l.l.m.y.s.e.l.f." * 300)[:n],
    }


def scan_timings(texts: list[str], runs: int = 3) -> None:
    """Time ``safety scan`` on 20,000 lines, chat-sized and mixed (a new process per run)."""
    rng = random.Random(20_000)
    short = [t for t in texts if len(t) <= 200]
    for name, pool in (("chat-sized", short), ("mixed", texts)):
        lines = "".join(json.dumps({"text": rng.choice(pool)}) + "\n" for _ in range(20_000))
        with tempfile.TemporaryFile("w+", encoding="utf-8") as fh:
            fh.write(lines)
            walls = []
            for _ in range(runs):
                fh.seek(0)
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "bot", "safety", "scan"], stdin=fh,
                               stdout=subprocess.DEVNULL, check=True, cwd=ROOT)
                walls.append(time.perf_counter() - t0)
        med = statistics.median(walls)
        print(f"safety scan, 20,000 {name} lines: median {med:.2f} s over {runs} runs "
              f"({', '.join(f'{w:.2f}' for w in walls)}), {20_000 / med:,.0f} messages/s "
              "including start-up")


def main() -> int:
    """Print throughput and adversarial timings."""
    texts = corpus()
    assess("warm up")
    for t in texts[:50]:
        assess(t)
    rates, cpu_rates = [], []
    for _ in range(RUNS):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            assess(t)
        rates.append(len(texts) / (time.perf_counter() - t0))
        cpu_rates.append(len(texts) / (time.process_time() - c0))
    med, cpu_med = statistics.median(rates), statistics.median(cpu_rates)
    avg_len = sum(map(len, texts)) / max(1, len(texts))
    print(f"corpus: {len(texts)} messages, mean {avg_len:.0f} chars")
    # CPU time is what one core spends; on a shared machine wall time also counts waiting
    print(f"throughput: median {med:,.0f} messages/s over {RUNS} runs "
          f"(min {min(rates):,.0f}, max {max(rates):,.0f}); {1e6 / med:.1f} us/message; "
          f"CPU time: median {cpu_med:,.0f} messages/s")
    short = [t for t in texts if len(t) <= 200]
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(3):
        for t in short:
            assess(t)
    dt, cdt = (time.perf_counter() - t0) / 3, (time.process_time() - c0) / 3
    print(f"chat-sized (<=200 chars, n={len(short)}): {len(short) / dt:,.0f} messages/s "
          f"(CPU time: {len(short) / cdt:,.0f})")
    worst = worst_cpu = 0.0
    for name, text in adversarial().items():
        times, cpu = [], []
        for _ in range(5):
            t0, c0 = time.perf_counter(), time.process_time()
            assess(text)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        ms, cpu_ms = statistics.median(times) * 1000, statistics.median(cpu) * 1000
        worst, worst_cpu = max(worst, ms), max(worst_cpu, cpu_ms)
        print(f"adversarial {name:<16} {len(text)} chars: {ms:6.2f} ms (median of 5; "
              f"CPU {cpu_ms:.2f} ms)")
    print(f"adversarial worst case: {worst:.2f} ms (CPU time {worst_cpu:.2f} ms)")
    if "--scan" in sys.argv[1:]:
        scan_timings(texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
