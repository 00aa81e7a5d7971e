"""A learned second layer: a linear model over word features that catches paraphrased risk.

The phrase lexicons (`safety/lexicons/`) are precise but only know the phrasings someone wrote
down. This layer is a logistic regression over the same normalised words (unigrams, bigrams,
five-letter stems and number buckets), trained by `tools/train_risk_model.py` on the project's
labelled messages and exported as plain weights in `safety/risk_model.json`. Scoring is a
dictionary lookup per feature (microseconds, no I/O after the first load, no ML library at run
time). It can only raise a chat-sized message to `crisis` when its probability clears a
threshold chosen by cross-validation over whole data files (so a file's phrasings never sit on
both sides) for a low false-crisis rate (2% when the phrase layer already sees concern, 0.5%
when nothing else does); the lexicons' negation and idiom handling still has the last word on
the phrases they know. Every upgrade is recorded as evidence (`model.<category>`), so a
reviewer can see why.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from safety import compiled_cache
from safety.assessment import Category

MODEL_PATH = Path(__file__).with_name("risk_model.json")
# The model learned from chat-sized messages; on long essays and articles its evidence piles up
# without meaning much, so longer texts are judged by the phrase layer alone.
MAX_WORDS = 30


# Words longer than this also count by their first STEM letters, so that inflected forms the
# training data never showed share weight with those it did ("umbringen"/"umbringe",
# "intihar"/"intiharı", "zabiję"/"zabić"); five letters was best in grouped cross-validation.
STEM = 5


def features(words: Sequence[str]) -> list[str]:
    """The features of a tokenised message: words, adjacent pairs, stems and number buckets."""
    toks = [_bucket(w) if w.isdigit() else w for w in words]
    feats = list(toks)
    feats.extend(map(" ".join, itertools.pairwise(toks)))
    feats.extend(["~" + t[:STEM] for t in toks if len(t) > STEM])
    return feats


def _bucket(word: str) -> str:
    if word.isdigit():
        return "<n>" if len(word) == 1 else "<nn>"  # "2 pills" vs "40 pills"
    return word


@dataclass(frozen=True)
class RiskModel:
    """Exported weights of the crisis model and of the category model."""

    weights: dict[str, float]
    bias: float
    threshold: float  # when the phrase layer already sees concern
    threshold_alone: float  # when no other layer saw any risk
    category_weights: dict[str, dict[str, float]]
    category_bias: dict[str, float]

    def probability(self, words: Sequence[str]) -> float:
        """P(crisis) for a tokenised message."""
        z = self.bias + sum(map(self.weights.get, set(features(words)), itertools.repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def category(self, words: Sequence[str]) -> Category:
        """The most likely category for a message the model flags."""
        feats = set(features(words))
        scores = {
            cat: self.category_bias.get(cat, 0.0) + sum(w.get(f, 0.0) for f in feats)
            for cat, w in self.category_weights.items()
        }
        return Category(max(scores, key=scores.__getitem__)) if scores else Category.SUICIDE

    def top_features(self, words: Sequence[str], n: int = 3) -> tuple[str, ...]:
        """The features that pushed a message most towards crisis (for evidence)."""
        feats = {f: self.weights.get(f, 0.0) for f in set(features(words))}
        return tuple(f for f, _ in sorted(feats.items(), key=lambda kv: -kv[1])[:n])


@functools.cache
def load(path: Path = MODEL_PATH) -> RiskModel | None:
    """The shipped model, or None when no model file is present."""
    if not path.exists():
        return None
    # the parsed weights are cached on disk like the compiled lexicons: unpickling them is
    # several times faster than parsing the JSON at every start
    return compiled_cache.cached("risk_model", [path], lambda: _parse(path),
                                 lambda data: isinstance(data, RiskModel))


def _parse(path: Path) -> RiskModel:
    # integers are read as floats directly, so the large weight tables need no second pass
    data = json.loads(path.read_text("utf-8"), parse_int=float)
    return RiskModel(
        weights=data["weights"],
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        threshold_alone=float(data["threshold_alone"]),
        category_weights=data["category_weights"],
        category_bias={c: float(v) for c, v in data["category_bias"].items()},
    )
