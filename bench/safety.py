"""Benchmark the crisis detector: messages/s over a mixed corpus and adversarial worst case.

Run: ``python bench/safety.py`` (from the repository root). ``--scan`` also times
``carebridge safety scan`` end to end (a new process each run, start-up included) on 20,000
chat-sized lines and on 20,000 lines drawn from the whole mixed corpus.

Comparing two versions of the code on a shared machine: ``--against DIR`` runs this benchmark
in turn on the ``safety`` package of checkout ``DIR`` and on this one (``--rounds N`` pairs of
new processes, default 5) and prints the medians of CPU-time figures and their ratios.
``--code DIR`` measures ``DIR``'s package once; ``--json`` prints only the CPU-time figures.
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
# the package measured (the corpus is always this checkout's)
CODE = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))

from safety import assess  # noqa: E402

# the shared folder next to the checkout (a worktree sits one level deeper)
BENCH_DIR = next((d / "shared" / "benchmarks" for d in ROOT.parents[:2]
                  if (d / "shared" / "benchmarks").is_dir()),
                 ROOT.parent / "shared" / "benchmarks")
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


def throughput(texts: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Messages/s over ``texts`` per run: wall clock and CPU time."""
    rates, cpu_rates = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            assess(t)
        rates.append(len(texts) / (time.perf_counter() - t0))
        cpu_rates.append(len(texts) / (time.process_time() - c0))
    return rates, cpu_rates


def worst_case(quiet: bool) -> tuple[float, float]:
    """The slowest adversarial message: median ms of 5 (wall clock, CPU time)."""
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
        if not quiet:
            print(f"adversarial {name:<16} {len(text)} chars: {ms:6.2f} ms (median of 5; "
                  f"CPU {cpu_ms:.2f} ms)")
    return worst, worst_cpu


def against(other: Path, rounds: int) -> None:
    """Alternate new processes on ``other``'s code and on this checkout's; print medians."""
    names = {"other": other, "this": ROOT}
    got: dict[str, list[dict[str, float]]] = {k: [] for k in names}
    for _ in range(rounds):
        for key, code in names.items():
            out = subprocess.run([sys.executable, __file__, "--json", "--code", str(code)],
                                 capture_output=True, text=True, check=True, cwd=ROOT).stdout
            got[key].append(json.loads(out.splitlines()[-1]))
            print(f"{key}: {got[key][-1]}", flush=True)
    print(f"other = {other}, this = {ROOT}; medians of {rounds} runs each (CPU time; the "
          "paired ratio is the median of this/other over runs made one after the other)")
    for field in ("mixed", "chat", "worst_ms"):
        a = statistics.median(r[field] for r in got["other"])
        b = statistics.median(r[field] for r in got["this"])
        paired = statistics.median(y[field] / x[field]
                                   for x, y in zip(got["other"], got["this"], strict=True))
        print(f"{field:<9} other {a:10,.2f}  this {b:10,.2f}  this/other {b / a:.3f}  "
              f"paired {paired:.3f}")


def main() -> int:
    """Print throughput and adversarial timings."""
    args = sys.argv[1:]
    if "--against" in args:
        rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else 5
        against(Path(args[args.index("--against") + 1]).resolve(), rounds)
        return 0
    quiet = "--json" in args
    texts = corpus()
    assess("warm up")
    for t in texts[:50]:
        assess(t)
    rates, cpu_rates = throughput(texts, RUNS)
    med, cpu_med = statistics.median(rates), statistics.median(cpu_rates)
    short = [t for t in texts if len(t) <= 200]
    _, chat_cpu = throughput(short, 3)
    if not quiet:
        avg_len = sum(map(len, texts)) / max(1, len(texts))
        print(f"corpus: {len(texts)} messages, mean {avg_len:.0f} chars")
        # CPU time is what one core spends; on a shared machine wall time also counts waiting
        print(f"throughput: median {med:,.0f} messages/s over {RUNS} runs "
              f"(min {min(rates):,.0f}, max {max(rates):,.0f}); {1e6 / med:.1f} us/message; "
              f"CPU time: median {cpu_med:,.0f} messages/s")
        print(f"chat-sized (<=200 chars, n={len(short)}): CPU time: median "
              f"{statistics.median(chat_cpu):,.0f} messages/s over 3 runs")
    worst, worst_cpu = worst_case(quiet)
    if quiet:
        print(json.dumps({"mixed": cpu_med, "chat": statistics.median(chat_cpu),
                          "worst_ms": worst_cpu}))
        return 0
    print(f"adversarial worst case: {worst:.2f} ms (CPU time {worst_cpu:.2f} ms)")
    if "--scan" in args:
        scan_timings(texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
