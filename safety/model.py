"""A learned second layer: a small neural network over words that catches paraphrased risk.

The phrase lexicons (`safety/lexicons/`) are precise but only know the phrasings someone wrote
down. This layer scores the same normalised words (unigrams, bigrams, five-letter stems and
number buckets) with a one-hidden-layer network trained by `tools/train_risk_model.py` on the
project's labelled messages and exported in `safety/risk_model.json` (feature list, int8 hidden
weights, output weights). Scoring is a dictionary lookup per feature and a few integer sums
(microseconds, no I/O after the first load, no ML library at run time). It can only raise a
chat-sized message to `crisis` when its probability clears a threshold chosen by
cross-validation over whole data files (so a file's phrasings never sit on both sides) for a
low false-crisis rate (2% when the phrase layer already sees concern, 1.25% when nothing else
does); the lexicons' negation and idiom handling still has the last word on the phrases they
know. Every upgrade is recorded as evidence (`model.<category>`), so a reviewer can see why.
The category of a raised message comes from a separate linear model (`category_weights`).
"""

from __future__ import annotations

import array
import base64
import functools
import itertools
import json
import math
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from safety import compiled_cache
from safety.assessment import Category

MODEL_PATH = Path(__file__).with_name("risk_model.json")
# The model learned from chat-sized messages; on long essays and articles its evidence piles up
# without meaning much. It reads at most MAX_WORDS: all of a short message, the closing whole
# sentences of a longer one (risk is often told last: "...anyway. the pills are in my bag") or
# the last words of a closing run-on line, and nothing of texts over MAX_MESSAGE_WORDS (forum
# posts, articles: the phrase layer alone).
MAX_WORDS = 30
MAX_MESSAGE_WORDS = 100


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
    """Exported weights of the crisis model (one hidden layer) and of the category model.

    The crisis model is a small neural network over the binary features above: each known
    feature adds its row of ``hidden_weights`` (int8, ``hidden`` values per feature, scaled per
    hidden unit by ``hidden_scale``); the hidden units are rectified and weighed by
    ``out_weights``. The hidden layer lets words count together ("pills" with "tonight")
    where a linear model can only add them up.
    """

    vocab: dict[str, int]  # feature -> its row in hidden_weights
    hidden_weights: array.array  # int8, row-major, len(vocab) rows of `hidden` values
    hidden_scale: tuple[float, ...]
    hidden_bias: tuple[float, ...]
    out_weights: tuple[float, ...]
    out_bias: float
    threshold: float  # when the phrase layer already sees concern
    threshold_alone: float  # when no other layer saw any risk
    category_weights: dict[str, dict[str, float]]
    category_bias: dict[str, float]

    @classmethod
    def linear(cls, weights: dict[str, float], bias: float, threshold: float,
               threshold_alone: float, category_weights: dict[str, dict[str, float]],
               category_bias: dict[str, float]) -> RiskModel:
        """A model whose score is ``bias + sum(weights)``: two hidden units, s and -s (tests)."""
        scale = max(map(abs, weights.values()), default=1.0) / 127 or 1.0
        rows = array.array("b")
        for w in weights.values():
            q = round(w / scale)
            rows.extend((q, -q))
        return cls(vocab={f: i for i, f in enumerate(weights)}, hidden_weights=rows,
                   hidden_scale=(scale, scale), hidden_bias=(bias, -bias),
                   out_weights=(1.0, -1.0), out_bias=0.0, threshold=threshold,
                   threshold_alone=threshold_alone, category_weights=category_weights,
                   category_bias=category_bias)

    def probability(self, words: Sequence[str]) -> float:
        """P(crisis) for a tokenised message."""
        n = len(self.hidden_bias)
        w = self.hidden_weights
        rows = [w[i * n:i * n + n] for i in map(self.vocab.get, set(features(words)))
                if i is not None]
        # integer sums per hidden unit (C-level zip and sum), then one scale per unit
        sums = map(sum, zip(*rows, strict=True)) if rows else itertools.repeat(0, n)
        z = self.out_bias
        for s, scale, b, o in zip(sums, self.hidden_scale, self.hidden_bias, self.out_weights,
                                  strict=False):
            a = s * scale + b
            if a > 0.0:
                z += a * o
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def category(self, words: Sequence[str], among: Iterable[Category] | None = None
                 ) -> Category:
        """The most likely category for a message the model flags (of ``among``, if given)."""
        feats = set(features(words))
        allowed = None if among is None else {c.value for c in among}
        scores = {
            cat: self.category_bias.get(cat, 0.0) + sum(w.get(f, 0.0) for f in feats)
            for cat, w in self.category_weights.items() if allowed is None or cat in allowed
        }
        return Category(max(scores, key=scores.__getitem__)) if scores else Category.SUICIDE


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
    hidden = data["hidden"]
    weights = array.array("b", zlib.decompress(base64.b64decode(hidden["weights"])))
    if len(weights) != len(hidden["features"]) * len(hidden["bias"]):
        raise ValueError(f"{path.name}: hidden weights do not match features x units")
    return RiskModel(
        vocab={f: i for i, f in enumerate(hidden["features"])},
        hidden_weights=weights,
        hidden_scale=tuple(hidden["scale"]),
        hidden_bias=tuple(hidden["bias"]),
        out_weights=tuple(data["out"]["weights"]),
        out_bias=float(data["out"]["bias"]),
        threshold=float(data["threshold"]),
        threshold_alone=float(data["threshold_alone"]),
        category_weights=data["category_weights"],
        category_bias={c: float(v) for c, v in data["category_bias"].items()},
    )
