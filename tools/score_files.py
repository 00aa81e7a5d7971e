"""Score labelled training files for rule writers: recall and false crises per language.

Run: ``python tools/score_files.py tests/data/train_round12_en.jsonl [...] [--lang de]
[--misses] [--false] [--no-model] [--no-hint]``. It refuses the blind and held-out sets
(``safety_blind*.jsonl``, ``HELD_OUT``): those are scored only in aggregate by
``carebridge safety eval``, never read while writing rules.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety import Level, assess  # noqa: E402
from safety import model as risk_model  # noqa: E402
from safety.evaluation import HELD_OUT, Counts, load_corpus, score  # noqa: E402


def forbidden(path: Path) -> bool:
    """Files a rule writer must never read: the blind sets and the held-out round."""
    return ("blind" in path.name and "train_" not in path.name) or path.name in HELD_OUT


def _line(label: str, c: Counts) -> str:
    rec = f"{c.tp / c.pos:.3f} ({c.tp}/{c.pos})" if c.pos else "n/a"
    fcr = f"{c.fp / c.neg:.3f} ({c.fp}/{c.neg})" if c.neg else "n/a"
    return f"{label:>4}: recall {rec}, false-crisis {fcr}"


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
    refused = [p.name for p in args.files if forbidden(p)]
    if refused:
        print(f"refusing {', '.join(refused)}: blind and held-out sets are never read by rule "
              "writers", file=sys.stderr)
        return 2
    if args.no_model:
        risk_model.load = lambda *a, **k: None  # type: ignore[assignment]
    rows = [r for p in args.files for r in load_corpus(p)
            if not args.lang or (r.lang or "?") in args.lang]
    sc = score(rows, use_lang=not args.no_hint)

    def verdict(text: str, lang: str | None) -> tuple[str, str]:
        a = assess(text, None if args.no_hint else lang)
        return a.level.value, ",".join(e.rule for e in a.evidence if e.level is Level.CRISIS)

    if args.misses:
        for r in sc.misses:
            print(f"MISS [{r.lang or '?'}] {list(r.categories)} got {verdict(r.text, r.lang)[0]}: "
                  f"{r.text}")
    if args.false:
        for r in sc.false_alarms:
            print(f"FALSE [{r.lang or '?'}] labelled {r.level} ({verdict(r.text, r.lang)[1]}): "
                  f"{r.text}")
    for lang, counts in sorted(sc.by_lang.items()):
        print(_line(lang, counts))
    print(_line("all", sc.total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
