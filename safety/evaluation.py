"""Measure the crisis detector on the project corpus and the public benchmark sets.

Figures printed for every data set: crisis recall (expected crisis -> predicted crisis),
concern-or-above recall, crisis precision and false-crisis rate (non-crisis texts predicted
crisis), broken down by category and language where labels exist.  Public sets are read
from ``benchmarks_dir`` (never copied into the repository); see its README for sources.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from safety.assessment import Level
from safety.detector import assess

__all__ = ["BLIND_GLOB", "Row", "Target", "load_corpus", "run_eval", "score"]

CORPUS_RECALL = 0.98
CORPUS_FALSE_CRISIS = 0.02
OPENAI_RECALL = 0.90
OPENAI_FALSE_CRISIS = 0.03
XSTEST_FALSE_CRISIS = 0.02
SST_RECALL = 0.95
# Written by other engineers and never read while writing lexicons: scored as their own
# data sets ("blind") whenever the files exist; misses are not printed.
DATA_DIR = Path(__file__).resolve().parents[1] / "tests" / "data"
BLIND_GLOB = "safety_blind*.jsonl"
# drawn from a training round before anyone read it; never tuned or trained on
HELD_OUT = ("train_round8_heldout.jsonl",)


def _role(path: Path) -> str:
    """How a corpus file is used: tuning corpus, second corpus (tuned on too) or blind."""
    name = path.name
    if "blind" in name:
        return "blind"
    if name in HELD_OUT:
        return "held out"
    if "holdout" in name:
        return "second corpus"
    return "corpus"


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled text: expected level, categories, language."""

    text: str
    level: str
    categories: tuple[str, ...] = ()
    lang: str | None = None
    note: str = ""


@dataclass(slots=True)
class Counts:
    """Confusion counts for crisis detection."""

    pos: int = 0  # expected crisis
    tp: int = 0  # expected crisis, predicted crisis
    tp_concern: int = 0  # expected crisis, predicted concern or above
    neg: int = 0  # expected non-crisis
    fp: int = 0  # expected non-crisis, predicted crisis
    concern_pos: int = 0  # expected concern
    concern_hit: int = 0  # expected concern, predicted concern or above

    @property
    def recall(self) -> float | None:
        """Crisis recall."""
        return self.tp / self.pos if self.pos else None

    @property
    def recall_concern(self) -> float | None:
        """Expected-crisis rows flagged at least concern."""
        return self.tp_concern / self.pos if self.pos else None

    @property
    def precision(self) -> float | None:
        """Crisis precision."""
        return self.tp / (self.tp + self.fp) if (self.tp + self.fp) else None

    @property
    def false_crisis(self) -> float | None:
        """Share of non-crisis rows predicted crisis."""
        return self.fp / self.neg if self.neg else None


@dataclass(slots=True)
class Score:
    """Counts overall and per category / language, plus the missed texts."""

    total: Counts = field(default_factory=Counts)
    by_cat: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_lang: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list[Row] = field(default_factory=list)
    false_alarms: list[Row] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Target:
    """A figure with its bound; ``kind`` is 'min' or 'max'."""

    name: str
    value: float | None
    bound: float
    kind: str

    @property
    def met(self) -> bool:
        """True when the value satisfies the bound (a missing value counts as met)."""
        if self.value is None:
            return True
        return self.value >= self.bound if self.kind == "min" else self.value <= self.bound


def load_corpus(path: Path) -> list[Row]:
    """Read a labelled JSONL corpus (``text``, ``level``, ``categories``, ``lang``, ``note``)."""
    rows: list[Row] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            rows.append(Row(d["text"], d["level"], tuple(d.get("categories") or ()),
                            d.get("lang"), d.get("note", "")))
    return rows


def score(rows: Iterable[Row], use_lang: bool = True) -> Score:
    """Assess every row and count hits, misses and false alarms."""
    sc = Score()
    for r in rows:
        a = assess(r.text, r.lang if use_lang else None)
        pred_crisis = a.level is Level.CRISIS
        pred_any = a.level is not Level.NONE
        buckets = [sc.total]
        if r.lang:
            buckets.append(sc.by_lang[r.lang])
        cats = r.categories or ("(none)",)
        if r.level == "crisis":
            buckets += [sc.by_cat[c] for c in cats]
        for b in buckets:
            if r.level == "crisis":
                b.pos += 1
                b.tp += pred_crisis
                b.tp_concern += pred_any
            else:
                b.neg += 1
                b.fp += pred_crisis
                if r.level == "concern":
                    b.concern_pos += 1
                    b.concern_hit += pred_any
        if r.level == "crisis" and not pred_crisis:
            sc.misses.append(r)
        if r.level != "crisis" and pred_crisis:
            sc.false_alarms.append(r)
    return sc


def _fmt(v: float | None) -> str:
    return "  n/a" if v is None else f"{v:.3f}"


def _print_counts(out: TextIO, label: str, c: Counts) -> None:
    conc = (f"  concern>=concern {c.concern_hit}/{c.concern_pos}" if c.concern_pos else "")
    out.write(f"  {label:<22} crisis-recall {_fmt(c.recall)} ({c.tp}/{c.pos})"
              f"  >=concern {_fmt(c.recall_concern)}  precision {_fmt(c.precision)}"
              f"  false-crisis {_fmt(c.false_crisis)} ({c.fp}/{c.neg}){conc}\n")


def _print_targets(out: TextIO, targets: Sequence[Target]) -> None:
    for t in targets:
        op = ">=" if t.kind == "min" else "<="
        status = "ok" if t.met else "MISSED"
        out.write(f"  target {t.name:<34} {_fmt(t.value)}  ({op} {t.bound:.2f})  {status}\n")


def _report(out: TextIO, title: str, sc: Score, breakdown: bool = True) -> None:
    out.write(f"\n== {title}\n")
    _print_counts(out, "all", sc.total)
    if breakdown:
        for cat in sorted(sc.by_cat):
            _print_counts(out, f"category {cat}", sc.by_cat[cat])
        for lang in sorted(sc.by_lang):
            _print_counts(out, f"lang {lang}", sc.by_lang[lang])


def _openai(path: Path) -> tuple[list[Row], list[Row]]:
    pos: list[Row] = []
    clean: list[Row] = []
    labels = ("S", "H", "V", "HR", "SH", "S3", "H2", "V2")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d.get("SH") == 1:
                pos.append(Row(d["prompt"], "crisis", ("self_harm",), "en"))
            elif all(d.get(k) == 0 for k in labels):
                clean.append(Row(d["prompt"], "none", (), "en"))
    return pos, clean


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def run_eval(out: TextIO, benchmarks_dir: Path, corpus_paths: Sequence[Path]) -> int:
    """Print recall / precision / false-crisis per data set; 0 if every target is met."""
    targets: list[Target] = []
    paths = [Path(p) for p in corpus_paths]
    unseen = sorted(DATA_DIR.glob(BLIND_GLOB)) + [DATA_DIR / n for n in HELD_OUT]
    for blind in unseen:
        if blind.exists() and all(p.resolve() != blind.resolve() for p in paths):
            paths.append(blind)  # scored automatically when present; never tuned on
    for path in paths:
        if not path.exists():
            out.write(f"\n== {path.name}: missing, skipped\n")
            continue
        rows = load_corpus(path)
        sc = score(rows)
        role = _role(path)
        _report(out, f"{path.name} ({len(rows)} texts, {role})", sc)
        if role in ("blind", "held out"):
            # report only: figures, no texts (the set must stay unseen by lexicon authors)
            out.write(f"  {role} (no target): recall {_fmt(sc.total.recall)}, "
                      f"false-crisis {_fmt(sc.total.false_crisis)}\n")
            continue
        for r in sc.misses:
            out.write(f"  miss [{r.lang}] {r.note or '-'}: expected crisis\n")
        targets += [
            Target(f"{path.stem} crisis recall", sc.total.recall, CORPUS_RECALL, "min"),
            Target(f"{path.stem} false-crisis", sc.total.false_crisis,
                   CORPUS_FALSE_CRISIS, "max"),
        ]
    bdir = Path(benchmarks_dir)
    if not bdir.is_dir():
        out.write(f"\n== public benchmarks: {bdir} not found, skipped\n")
    else:
        oa = bdir / "openai-moderation-samples-1680.jsonl.gz"
        if oa.exists():
            pos, clean = _openai(oa)
            sp, sn = score(pos), score(clean)
            out.write(f"\n== OpenAI moderation samples (Markov et al. 2022): SH==1 n={len(pos)},"
                      f" clean n={len(clean)}\n")
            _print_counts(out, "SH==1", sp.total)
            _print_counts(out, "all-labels-0", sn.total)
            targets += [Target("openai SH recall", sp.total.recall, OPENAI_RECALL, "min"),
                        Target("openai clean false-crisis", sn.total.false_crisis,
                               OPENAI_FALSE_CRISIS, "max")]
        else:
            out.write("\n== OpenAI moderation samples: file missing, skipped\n")
        xs = bdir / "xstest_prompts.csv"
        if xs.exists():
            safe = [Row(r["prompt"], "none", (), "en", r.get("type", ""))
                    for r in _csv(xs) if r.get("label") == "safe"]
            sx = score(safe)
            out.write(f"\n== XSTest (Rottger et al. 2024): safe prompts n={len(safe)}\n")
            _print_counts(out, "label==safe", sx.total)
            targets.append(Target("xstest safe false-crisis", sx.total.false_crisis,
                                  XSTEST_FALSE_CRISIS, "max"))
        else:
            out.write("\n== XSTest: file missing, skipped\n")
        ss = bdir / "simple_safety_tests.csv"
        if ss.exists():
            sh = [Row(r["prompts_final"], "crisis", ("suicide",), "en")
                  for r in _csv(ss) if r.get("harm_area", "").startswith("Suicide")]
            st = score(sh)
            out.write(f"\n== SimpleSafetyTests (Vidgen et al. 2023): suicide/self-harm "
                      f"n={len(sh)}\n")
            _print_counts(out, "suicide/SH/ED", st.total)
            targets.append(Target("sst suicide/self-harm recall", st.total.recall, SST_RECALL,
                                  "min"))
        else:
            out.write("\n== SimpleSafetyTests: file missing, skipped\n")
    out.write("\n== targets\n")
    _print_targets(out, targets)
    ok = all(t.met for t in targets)
    out.write(f"\nresult: {'all targets met' if ok else 'some targets missed'}\n")
    return 0 if ok else 1
