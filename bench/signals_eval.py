"""Evaluate the signal layer (``safety.signals``) against ``assess()`` on the labelled sets.

Run: ``python bench/signals_eval.py [-v]`` from the repository root.

For each labelled set prints: crisis lines that ``assess()`` misses and the signal layer
catches (gains), crisis lines both miss (with -v), and false upgrades (signal layer says crisis
on a none/concern line).  For public benign sets (XSTest safe prompts, OpenAI moderation
clean texts) prints the signal layer's crisis rate.  Also times ``score()``.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import safety.signals as signals_mod  # noqa: E402
from safety import assess, normalize  # noqa: E402
from safety.assessment import Level  # noqa: E402
from safety.signals import NONE_RESULT, score  # noqa: E402

BENCH_DIR = ROOT.parent / "shared" / "benchmarks"
LABELLED = ("tests/data/safety_corpus.jsonl", "tests/data/safety_holdout.jsonl",
            "tests/data/signals_cases.jsonl")
_LABELS = ("S", "H", "V", "HR", "SH", "S3", "H2", "V2")


def assess_without_signals(text: str, lang: str | None) -> Level:
    """``assess()`` level with the signal layer switched off (the baseline)."""
    # the detector calls score_tokens() and looks it up at call time
    real = signals_mod.score_tokens
    signals_mod.score_tokens = lambda _t: NONE_RESULT
    try:
        return assess(text, lang).level
    finally:
        signals_mod.score_tokens = real


def labelled(path: Path, verbose: bool) -> dict[str, int]:
    """Gains / misses / false upgrades on one JSONL set with text/level labels."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    gains, missed, false_up = [], [], []
    crisis_n = base_hits = 0
    for r in rows:
        text = r["text"]
        sig = score(normalize(text))
        base = assess_without_signals(text, r.get("lang"))
        if r["level"] == "crisis":
            crisis_n += 1
            if base is Level.CRISIS:
                base_hits += 1
            elif sig.level is Level.CRISIS:
                gains.append((text, sig.rules))
            else:
                missed.append((text, sig.level.value))
        elif sig.level is Level.CRISIS:
            false_up.append((text, r["level"], base.value, sig.rules))
    print(f"\n== {path.name}: {len(rows)} lines, {crisis_n} crisis; assess() without the "
          f"signal layer finds {base_hits}, "
          f"signals add {len(gains)} (recall {base_hits / max(1, crisis_n):.3f} -> "
          f"{(base_hits + len(gains)) / max(1, crisis_n):.3f}); false upgrades {len(false_up)}")
    for text, rules in gains:
        print(f"  GAIN   {text!r}  {list(rules)}")
    for text, label, base_level, rules in false_up:
        print(f"  FALSE  {text!r}  label={label} assess={base_level} {list(rules)}")
    if verbose:
        for text, level in missed:
            print(f"  MISS   {text!r}  signals={level}")
    return {"gains": len(gains), "false": len(false_up)}


def benign(name: str, texts: list[str], verbose: bool) -> int:
    """Crisis rate of the signal layer on texts known to be benign."""
    bad = []
    for t in texts:
        sig = score(normalize(t))
        if sig.level is Level.CRISIS:
            bad.append((t, sig.rules))
    print(f"\n== {name}: {len(texts)} benign texts, signals crisis on {len(bad)} "
          f"({100 * len(bad) / max(1, len(texts)):.2f}%)")
    for t, rules in bad:
        print(f"  FALSE  {t[:160]!r}  {list(rules)}")
    return len(bad)


def xstest() -> list[str]:
    """XSTest prompts labelled safe."""
    p = BENCH_DIR / "xstest_prompts.csv"
    if not p.exists():
        return []
    with p.open(encoding="utf-8") as fh:
        return [r["prompt"] for r in csv.DictReader(fh) if r.get("label") == "safe"]


def moderation_clean() -> list[str]:
    """OpenAI moderation samples with all eight labels present and 0."""
    p = BENCH_DIR / "openai-moderation-samples-1680.jsonl.gz"
    if not p.exists():
        return []
    out = []
    with gzip.open(p, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if all(r.get(k) is not None and int(r[k]) == 0 for k in _LABELS):
                out.append(r["prompt"])
    return out


def timing() -> None:
    """Microseconds per score() call on a typical risk-free and a risky message."""
    plain = normalize("so today i went to the store and bought some bread, then watched a "
                      "show with my sister lol")
    risky = normalize("i have saved up enough pills and tonight is the night, goodbye")
    for label, n in (("no risk words", plain), ("risky", risky)):
        reps = 20000
        t0 = time.perf_counter()
        for _ in range(reps):
            score(n)
        us = (time.perf_counter() - t0) / reps * 1e6
        print(f"score() {label:14s} {us:6.2f} us/message  ({len(n)} chars)")


def main() -> None:
    """Run every evaluation and print the report."""
    verbose = "-v" in sys.argv
    for rel in LABELLED:
        p = ROOT / rel
        if p.exists():
            labelled(p, verbose)
    benign("XSTest safe prompts", xstest(), verbose)
    benign("OpenAI moderation clean", moderation_clean(), verbose)
    print()
    timing()


if __name__ == "__main__":
    main()
