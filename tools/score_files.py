"""Score labelled training files for rule writers: recall and false crises per language.

Run: ``python tools/score_files.py tests/data/train_round12_en.jsonl [...] [--lang de]
[--misses] [--false] [--no-model] [--no-hint]``. It refuses the blind and held-out sets
(``safety_blind*.jsonl``, ``HELD_OUT``): those are scored only in aggregate by
``carebridge safety eval``, never read while writing rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety import Level, assess  # noqa: E402
from safety import model as risk_model  # noqa: E402
from safety.evaluation import HELD_OUT  # noqa: E402


def forbidden(path: Path) -> bool:
    """Files a rule writer must never read: the blind sets and the held-out round."""
    return ("blind" in path.name and "train_" not in path.name) or path.name in HELD_OUT


def main() -> int:
    """Print per-language recall / false-crisis over the given files, and optionally the errors."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument("--misses", action="store_true", help="print crises not rated crisis")
    ap.add_argument("--false", action="store_true", help="print non-crises rated crisis")
    ap.add_argument("--no-model", action="store_true", help="phrase and signal layers only")
    ap.add_argument("--no-hint", action="store_true", help="assess without the language hint")
    args = ap.parse_args()
    if args.no_model:
        risk_model.load = lambda *a, **k: None  # type: ignore[assignment]
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # pos, tp, neg, fp
    for path in args.files:
        if forbidden(path):
            print(f"refusing {path.name}: blind and held-out sets are never read by rule writers",
                  file=sys.stderr)
            return 2
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            lang = row.get("lang") or "?"
            if args.lang and lang not in args.lang:
                continue
            a = assess(row["text"], None if args.no_hint else row.get("lang"))
            hit = a.level is Level.CRISIS
            s = stats[lang]
            if row["level"] == "crisis":
                s[0] += 1
                s[1] += hit
                if args.misses and not hit:
                    print(f"MISS [{lang}] {row.get('categories')} got {a.level.value}: "
                          f"{row['text']}")
            else:
                s[2] += 1
                s[3] += hit
                if args.false and hit:
                    rules = ",".join(e.rule for e in a.evidence if e.level is Level.CRISIS)
                    print(f"FALSE [{lang}] labelled {row['level']} ({rules}): {row['text']}")
    total = [sum(col) for col in zip(*stats.values(), strict=True)] if stats else [0, 0, 0, 0]
    for lang, (pos, tp, neg, fp) in [*sorted(stats.items()), ("all", total)]:
        rec = f"{tp / pos:.3f} ({tp}/{pos})" if pos else "n/a"
        fcr = f"{fp / neg:.3f} ({fp}/{neg})" if neg else "n/a"
        print(f"{lang:>4}: recall {rec}, false-crisis {fcr}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
