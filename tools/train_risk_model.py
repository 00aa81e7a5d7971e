"""Train the learned crisis layer (`safety/risk_model.json`) from the labelled message sets.

Run: `pip install -e '.[train]' && python tools/train_risk_model.py`. Thresholds are chosen on
predictions for whole files the model did not see (grouped cross-validation: each data file was
written as one batch, so a random split would leak its author's phrasings into the test side);
it prints what the layer then adds to the phrase layer and writes the weights. The blind sets
(`safety_blind*.jsonl`) and `HELD_OUT` are never used for training or threshold choice: they are
scored only by `carebridge safety eval` and by hand.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import sys
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety import Level, assess  # noqa: E402
from safety import model as risk_model  # noqa: E402
from safety.detector import _lexicon, learned_input  # noqa: E402
from safety.evaluation import HELD_OUT as HELD_OUT_FILES  # noqa: E402
from safety.normalize import tokenize  # noqa: E402

DATA = ROOT / "tests" / "data"
TRAIN_GLOBS = ("safety_corpus.jsonl", "safety_holdout.jsonl", "train_*.jsonl",
               "signals_cases.jsonl")
# kept out of training to measure how rules and model carry over to messages nobody tuned on
HELD_OUT = frozenset(HELD_OUT_FILES)
FOLDS = 6
# Files of ordinary everyday text (no risk at all, no look-alikes): they teach the model that
# plain life is not a crisis, but they are left out of the pools the thresholds are chosen on, so
# that their many easy negatives do not dilute the false-crisis budget spent on look-alikes
EVERYDAY = "everyday"


def load_rows() -> list[dict]:
    """Every labelled training message (blind and held-out sets excluded), with its file."""
    rows: list[dict] = []
    for pattern in TRAIN_GLOBS:
        for path in sorted(DATA.glob(pattern)):
            if path.name in HELD_OUT:
                continue
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    if row.get("text") and row.get("level") in {"crisis", "concern", "none"}:
                        row["file"] = path.name
                        rows.append(row)
    return rows


def file_folds(files: list[str]) -> list[int]:
    """A fold number per row such that every file falls in exactly one fold."""
    names = sorted(set(files))
    random.Random(3).shuffle(names)
    fold_of = {name: k % FOLDS for k, name in enumerate(names)}
    return [fold_of[f] for f in files]


def phrase_levels(rows: list[dict]) -> list[Level]:
    """What the detector says about each message without the learned layer."""
    saved = risk_model.load
    risk_model.load = lambda *a, **k: None  # type: ignore[assignment]
    try:
        return [assess(r["text"], r.get("lang")).level for r in rows]
    finally:
        risk_model.load = saved  # type: ignore[assignment]


def mlp(args: argparse.Namespace) -> Any:  # sklearn is only in the training extra
    """A fresh crisis network: one hidden layer, stopped early (a few epochs) to generalise."""
    from sklearn.neural_network import MLPClassifier

    return MLPClassifier(hidden_layer_sizes=(args.hidden,), alpha=args.alpha,
                         max_iter=args.epochs, batch_size=256, random_state=args.seed)


def export_hidden(features: list[str], w1: Any, b1: Any) -> dict:
    """The hidden layer as JSON: feature list, per-unit scales and zlib-packed int8 weights."""
    import numpy as np

    scale = np.maximum(np.abs(w1).max(axis=0), 1e-9) / 127
    q = np.clip(np.rint(w1 / scale), -127, 127).astype(np.int8)
    packed = base64.b64encode(zlib.compress(q.tobytes(order="C"), 9)).decode("ascii")
    return {"features": features, "scale": [float(v) for v in scale],
            "bias": [round(float(v), 6) for v in b1], "weights": packed}


def main() -> None:
    """Cross-validate by file, choose the thresholds, fit on everything and export."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-fp", type=float, default=0.02,
                        help="false-crisis rate allowed on non-crisis messages the phrase layer "
                             "rates concern (grouped cross-validation)")
    # 1.25% since session 8. Session 7 chose 0.75% because at 1% the OpenAI clean texts went
    # over their 0.03 target (11 of 337): a model that had seen almost no ordinary text raised
    # plain comments. With the everyday rounds in training, 1% only restores the recall those
    # rounds cost (cross-validated 0.855 -> 0.867; 0.870 before them) and 1.25% gives 0.881, with
    # OpenAI clean at 10 of 337 and 1.3% of the unseen everyday set answered as crises (3.2%
    # before)
    parser.add_argument("--max-fp-alone", type=float, default=0.0125,
                        help="the same, for messages in which no other layer saw any risk")
    parser.add_argument("--hidden", type=int, default=32, help="hidden units")
    parser.add_argument("--epochs", type=int, default=4,
                        help="training passes (few: longer training fits the authors' phrasings "
                             "and does worse on files it did not see)")
    parser.add_argument("--alpha", type=float, default=1e-3, help="L2 penalty")
    parser.add_argument("--min-df", type=int, default=2,
                        help="features seen in fewer messages are left out (size, overfitting)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--c", type=float, default=1.0,
                        help="inverse regularisation strength of the category model")
    parser.add_argument("--min-weight", type=float, default=0.1,
                        help="smaller category weights are left out of the exported file")
    parser.add_argument("--no-write", action="store_true", help="report only")
    parser.add_argument("--budgets", action="store_true",
                        help="also print what other --max-fp-alone budgets would give")
    args = parser.parse_args()
    # the training extra (`pip install -e '.[train]'`); the rest of this module runs without it
    import warnings

    import numpy as np
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    warnings.filterwarnings("ignore", category=ConvergenceWarning)  # stopped early on purpose
    rows = load_rows()
    lex = _lexicon()
    words = [tokenize(r["text"], lex.vocab, lex.maxlen).words for r in rows]
    feats = [dict.fromkeys(risk_model.features(w), 1) for w in words]
    y = np.array([r["level"] == "crisis" for r in rows])
    levels = phrase_levels(rows)
    base = np.array([lv is Level.CRISIS for lv in levels])
    concern = np.array([lv is Level.CONCERN for lv in levels])
    # the model learns from whole messages but is judged, as in the detector, on the words it
    # reads there: the closing sentences of a longer message, no sentence with a recognised idiom
    read = [learned_input(r["text"], r.get("lang")) for r in rows]
    judged = np.array([bool(w) for w in read]) & ~base
    everyday = np.array([EVERYDAY in r["file"] for r in rows])
    vec = DictVectorizer()
    x = vec.fit_transform(feats).tocsc()
    df = np.asarray((x > 0).sum(axis=0)).ravel()
    kept = np.flatnonzero(df >= args.min_df)
    x = x[:, kept].tocsr()
    names = [str(n) for n in vec.get_feature_names_out()[kept]]
    differs = [i for i, (w, r) in enumerate(zip(words, read, strict=True)) if r and r != w]
    xr = x.copy().tolil()
    if differs:
        xr[differs] = vec.transform([dict.fromkeys(risk_model.features(read[i]), 1)
                                     for i in differs])[:, kept]
    xr = xr.tocsr()
    folds = np.array(file_folds([r["file"] for r in rows]))
    oof = np.zeros(len(rows))
    for k in range(FOLDS):
        train, test = folds != k, folds == k
        oof[test] = mlp(args).fit(x[train], y[train]).predict_proba(xr[test])[:, 1]

    def threshold_for(pool: np.ndarray, max_fp: float) -> float:
        negatives = np.sort(oof[pool & ~y & ~everyday])
        return float(negatives[int(len(negatives) * (1 - max_fp))]) + 1e-6

    # Backing up the phrase layer's "concern" takes less evidence than raising a message in which
    # nothing else saw any risk. Each budget is measured on the chat-sized messages the phrases
    # did not rate crisis: a superset of those the layer judges (it also skips recognised idioms
    # and negations).
    # Look-alikes the phrases rate concern score high, so their own budget can ask for more
    # evidence than the model alone needs; backing up concern never needs more than no support
    # at all, even if that spends more than --max-fp on them (the report below shows the cost).
    concern_budget = threshold_for(judged & concern, args.max_fp)

    def raised_at(max_fp_alone: float) -> tuple[float, float, np.ndarray]:
        t_alone = threshold_for(judged & ~concern, max_fp_alone)
        t_concern = min(concern_budget, t_alone)
        return t_concern, t_alone, judged & (oof >= np.where(concern, t_concern, t_alone))

    threshold, alone, raised = raised_at(args.max_fp_alone)
    if args.budgets:
        print("--max-fp-alone  alone  recall together  false-crisis  everyday text raised")
        for budget in (0.005, 0.0075, 0.01, 0.0125, 0.015, 0.02):
            _, t_alone, up = raised_at(budget)
            up = up | base
            print(f"{budget:<14} {t_alone:.3f}  {up[y].mean():.3f}            "
                  f"{up[~y & ~everyday].mean():.4f}        "
                  f"{int(up[everyday].sum())}/{int(everyday.sum())}")
    missed = y & ~base
    hard_neg = ~y & ~everyday  # the false-crisis figures count look-alikes, not everyday text
    print(f"{len(rows)} messages ({int(y.sum())} crisis), {len(names)} features, {FOLDS} folds "
          f"of whole files; thresholds {threshold:.3f} (concern) / {alone:.3f} (alone)")
    print(f"phrase layer: recall {base[y].mean():.3f}, "
          f"false-crisis {base[hard_neg].mean():.4f}")
    print(f"learned layer, on files it did not see: raises {int((raised & y).sum())} of the "
          f"{int(missed.sum())} crises the phrases missed and "
          f"{int((raised & hard_neg).sum())} of {int(hard_neg.sum())} non-crisis messages "
          "(everyday text apart)")
    both = base | raised
    print(f"together: recall {both[y].mean():.3f}, false-crisis {both[hard_neg].mean():.4f}")
    if everyday.any():
        print(f"everyday text: {int(raised[everyday].sum())} of {int(everyday.sum())} raised, "
              f"{int(base[everyday].sum())} rated crisis by the phrases")
    if args.no_write:
        return
    net = mlp(args).fit(x, y)
    crisis_rows = [(f, r) for f, r in zip(feats, rows, strict=True)
                   if r["level"] == "crisis" and r.get("categories")]
    cvec = DictVectorizer()
    cx = cvec.fit_transform([f for f, _ in crisis_rows])
    cy = [r["categories"][0] for _, r in crisis_rows]
    cclf = LogisticRegression(C=args.c, max_iter=3000).fit(cx, cy)
    cnames = cvec.get_feature_names_out()
    category_weights = {
        str(cat): {str(n): round(float(w), 2) for n, w in zip(cnames, coef, strict=True)
                   if abs(w) >= args.min_weight}
        for cat, coef in zip(cclf.classes_, cclf.coef_, strict=True)
    }
    out = {
        "about": "Learned crisis layer; regenerate with tools/train_risk_model.py.",
        "trained_on": len(rows),
        "cv": "grouped by file",
        "cv_recall_together": round(float(both[y].mean()), 4),
        "cv_false_crisis_together": round(float(both[hard_neg].mean()), 4),
        "threshold": round(threshold, 6),
        "threshold_alone": round(alone, 6),
        "hidden": export_hidden(names, net.coefs_[0], net.intercepts_[0]),
        "out": {"weights": [round(float(v), 6) for v in net.coefs_[1][:, 0]],
                "bias": round(float(net.intercepts_[1][0]), 6)},
        "category_bias": {str(c): round(float(b), 4)
                          for c, b in zip(cclf.classes_, cclf.intercept_, strict=True)},
        "category_weights": category_weights,
    }
    path = risk_model.MODEL_PATH
    path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {path.relative_to(ROOT)}: {len(names)} features x {args.hidden} hidden units, "
          f"{path.stat().st_size / 1e6:.2f} MB")
    exported = risk_model._parse(path)
    drift = max(abs(exported.probability(w) - p) for w, p in
                zip(words, net.predict_proba(x)[:, 1], strict=True) if w)
    print(f"largest change of a training message's probability from int8 weights: {drift:.4f}")


if __name__ == "__main__":
    main()
