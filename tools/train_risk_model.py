"""Train the learned crisis layer (`safety/risk_model.json`) from the labelled message sets.

Run: `pip install -e '.[train]' && python tools/train_risk_model.py`. It prints cross-validated
recall at the chosen threshold and writes the weights. The blind sets (`safety_blind*.jsonl`) are
never used for training or threshold choice: they are scored only by `carebridge safety eval`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety.detector import _lexicon  # noqa: E402
from safety.model import MODEL_PATH, features  # noqa: E402
from safety.normalize import tokenize  # noqa: E402

DATA = ROOT / "tests" / "data"
TRAIN_GLOBS = ("safety_corpus.jsonl", "safety_holdout.jsonl", "train_*.jsonl",
               "signals_cases.jsonl")


def load_rows() -> list[dict]:
    """Every labelled training message (blind sets excluded)."""
    rows: list[dict] = []
    for pattern in TRAIN_GLOBS:
        for path in sorted(DATA.glob(pattern)):
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    if row.get("text") and row.get("level") in {"crisis", "concern", "none"}:
                        rows.append(row)
    return rows


def main() -> None:
    """Cross-validate, choose the threshold, fit on everything and export."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-fp", type=float, default=0.02,
                        help="false-crisis rate allowed on non-crisis messages (cross-validated)")
    parser.add_argument("--max-fp-alone", type=float, default=0.005,
                        help="the same, for messages in which no other layer saw any risk")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args()
    lex = _lexicon()
    rows = load_rows()
    feats = [{f: 1 for f in features(tokenize(r["text"], lex.vocab, lex.maxlen).words)}
             for r in rows]
    y = np.array([r["level"] == "crisis" for r in rows])
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    oof = np.zeros(len(rows))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=7).split(x, y):
        clf = LogisticRegression(C=args.c, max_iter=2000)
        clf.fit(x[train], y[train])
        oof[test] = clf.predict_proba(x[test])[:, 1]
    negatives = np.sort(oof[~y])

    def threshold_for(max_fp: float) -> float:
        return float(negatives[int(len(negatives) * (1 - max_fp))]) + 1e-6

    # Backing up the phrase layer's "concern" takes less evidence than raising a message in which
    # nothing else saw any risk.
    threshold, alone = threshold_for(args.max_fp), threshold_for(args.max_fp_alone)
    recall = float((oof[y] >= threshold).mean())
    fp = float((oof[~y] >= threshold).mean())
    print(f"{len(rows)} messages ({int(y.sum())} crisis); cross-validated at threshold "
          f"{threshold:.3f}: recall {recall:.3f}, false-crisis {fp:.3f}; alone at {alone:.3f}: "
          f"recall {float((oof[y] >= alone).mean()):.3f}, "
          f"false-crisis {float((oof[~y] >= alone).mean()):.3f}")
    clf = LogisticRegression(C=args.c, max_iter=2000)
    clf.fit(x, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True)
               if abs(w) >= 0.01}
    crisis_rows = [(f, r) for f, r in zip(feats, rows, strict=True)
                   if r["level"] == "crisis" and r.get("categories")]
    cvec = DictVectorizer()
    cx = cvec.fit_transform([f for f, _ in crisis_rows])
    cy = [r["categories"][0] for _, r in crisis_rows]
    cclf = LogisticRegression(C=args.c, max_iter=2000)
    cclf.fit(cx, cy)
    cnames = cvec.get_feature_names_out()
    category_weights = {
        str(cat): {str(n): round(float(w), 4) for n, w in zip(cnames, coef, strict=True)
                   if abs(w) >= 0.02}
        for cat, coef in zip(cclf.classes_, cclf.coef_, strict=True)
    }
    out = {
        "about": "Learned crisis layer; regenerate with tools/train_risk_model.py.",
        "trained_on": len(rows),
        "cv_recall": round(recall, 4),
        "cv_false_crisis": round(fp, 4),
        "threshold": round(threshold, 6),
        "threshold_alone": round(alone, 6),
        "bias": round(float(clf.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
        "category_bias": {str(c): round(float(b), 4)
                          for c, b in zip(cclf.classes_, cclf.intercept_, strict=True)},
        "category_weights": category_weights,
    }
    MODEL_PATH.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(weights)} weights")


if __name__ == "__main__":
    main()
