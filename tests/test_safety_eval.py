"""Tests for the evaluation harness, the scan interface and the corpus targets."""

from __future__ import annotations

import io
import json
from pathlib import Path

from safety.evaluation import (
    CORPUS_FALSE_CRISIS,
    CORPUS_RECALL,
    load_corpus,
    run_eval,
    score,
)
from safety.scan import run_scan

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "safety_corpus.jsonl"
HOLDOUT = DATA / "safety_holdout.jsonl"
LANGS = {"en", "es", "de", "fr", "pt", "it", "nl", "ru", "pl", "tr"}


def test_corpus_shape() -> None:
    rows = load_corpus(CORPUS)
    assert len(rows) >= 600
    assert {r.lang for r in rows} >= LANGS
    assert {r.level for r in rows} == {"crisis", "concern", "none"}
    cats = {c for r in rows for c in r.categories}
    assert cats >= {"suicide", "self_harm", "harm_to_others", "abuse", "medical_emergency"}
    assert len(load_corpus(HOLDOUT)) >= 150


def test_corpus_targets() -> None:
    sc = score(load_corpus(CORPUS))
    assert sc.total.recall is not None and sc.total.recall >= CORPUS_RECALL
    assert sc.total.false_crisis is not None and sc.total.false_crisis <= CORPUS_FALSE_CRISIS


def test_run_eval_without_benchmarks(tmp_path: Path) -> None:
    out = io.StringIO()
    rc = run_eval(out, tmp_path / "missing", [CORPUS])
    text = out.getvalue()
    assert "not found, skipped" in text
    assert "crisis-recall" in text
    assert rc == 0


def test_run_eval_reports_missed_targets(tmp_path: Path) -> None:
    bad = tmp_path / "bad_corpus.jsonl"
    bad.write_text(json.dumps({"text": "hello there", "lang": "en", "level": "crisis",
                               "categories": ["suicide"]}) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert run_eval(out, tmp_path / "missing", [bad]) == 1
    assert "MISSED" in out.getvalue()


def test_unseen_sets_are_scored_without_targets_or_texts(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_eval(out, tmp_path / "missing", [CORPUS]) == 0
    text = out.getvalue()
    assert "train_round8_heldout.jsonl (306 texts, held out)" in text
    assert "held out (no target): recall" in text
    assert "blind (no target): recall" in text
    assert "miss [" not in text.split("train_round8_heldout.jsonl")[1].split("==")[0]
    assert "train_round8_heldout crisis recall" not in text


def test_scan_round_trip() -> None:
    lines = [
        json.dumps({"text": "i want to die"}),
        "",
        "not json",
        json.dumps({"text": "quiero morir", "lang": "es"}),
        json.dumps({"lang": "en"}),
        json.dumps({"text": "this exam is killing me", "lang": "en"}),
    ]
    out = io.StringIO()
    assert run_scan(io.StringIO("\n".join(lines) + "\n"), out) == 0
    got = [json.loads(x) for x in out.getvalue().splitlines()]
    assert len(got) == len(lines)
    assert got[0] == {"level": "crisis", "categories": ["suicide"]}
    assert got[1]["level"] == "none" and "error" in got[1]
    assert got[2]["level"] == "none" and "error" in got[2]
    assert got[3]["level"] == "crisis"
    assert "error" in got[4]
    assert got[5] == {"level": "none", "categories": []}


def test_scan_many_lines_keep_their_order() -> None:
    """20,000 lines give 20,000 verdicts in input order (timings live in bench/safety.py)."""
    texts = [f"message number {i}, feeling ok" if i % 997 else "i want to die"
             for i in range(20000)]
    out = io.StringIO()
    run_scan(io.StringIO("".join(json.dumps({"text": t}) + "\n" for t in texts)), out)
    got = [json.loads(x)["level"] for x in out.getvalue().splitlines()]
    assert got == ["crisis" if i % 997 == 0 else "none" for i in range(20000)]


def test_scan_ignores_a_byte_order_mark() -> None:
    out = io.StringIO()
    run_scan(io.StringIO("\ufeff" + json.dumps({"text": "i want to die"}) + "\r\n"), out)
    assert json.loads(out.getvalue()) == {"level": "crisis", "categories": ["suicide"]}
