"""The learned crisis layer: its features, when it may raise a message, and the shipped weights."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from safety import Category, Level, assess
from safety import model as risk_model
from safety.model import RiskModel, features

ROOT = Path(__file__).resolve().parents[1]


def _fake(weights: dict[str, float], threshold: float = 0.9, alone: float = 0.99) -> RiskModel:
    return RiskModel.linear(weights=weights, bias=-5.0, threshold=threshold,
                            threshold_alone=alone,
                            category_weights={"suicide": {}, "abuse": {"shed": 1.0}},
                            category_bias={"suicide": 0.0, "abuse": -0.5})


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch):
    """Install a hand-written model in place of the shipped one."""
    def install(model: RiskModel | None) -> None:
        monkeypatch.setattr(risk_model, "load", lambda *a, **k: model)
    return install


def test_features_words_pairs_stems_and_number_buckets() -> None:
    feats = features(["took", "40", "tabletten", "heute"])
    assert {"took", "<nn>", "tabletten", "took <nn>", "<nn> tabletten"} <= set(feats)
    assert "~table" in feats  # stem of a long word, shared by its inflected forms
    assert "~took" not in feats and "~heute" not in feats  # short words have no stem feature
    assert "40" not in feats
    assert features(["7", "pills"])[:1] == ["<n>"]


def test_inflected_forms_share_a_stem() -> None:
    assert {f for f in features(["zabiję"]) if f.startswith("~")} == {
        f for f in features(["zabijęcie"]) if f.startswith("~")}


def test_confident_model_raises_a_message_no_phrase_knows(fake_model) -> None:
    text = "we painted the shed and picked the tomatoes today"
    assert assess(text, "en").level is Level.NONE
    fake_model(_fake({"shed": 6.0, "tomatoes": 6.0}))  # p = 0.999
    a = assess(text, "en")
    assert a.level is Level.CRISIS
    assert [e.rule for e in a.evidence] == ["model.abuse"]  # the category model's choice
    assert a.categories == (Category.ABUSE,)


def test_below_threshold_changes_nothing(fake_model) -> None:
    fake_model(_fake({"shed": 4.0}))  # p = 0.27
    assert assess("the shed key is on the hook", "en").level is Level.NONE


def test_alone_needs_more_than_backing_up_concern(fake_model) -> None:
    # p ~ 0.95: enough to back up the phrase layer's concern, not enough on its own
    fake_model(_fake({"tomatoes": 8.0}, threshold=0.9, alone=0.99))
    assert assess("water the tomatoes for me", "en").level is Level.NONE
    concern = "i feel hopeless, water the tomatoes for me"
    assert assess(concern, "en").level is Level.CRISIS


def test_long_messages_are_left_to_the_phrases(fake_model) -> None:
    fake_model(_fake({"tomatoes": 20.0}, alone=0.5))
    short = "please water the tomatoes"
    assert assess(short, "en").level is Level.CRISIS
    long = short + " " + " ".join(["and"] * risk_model.MAX_WORDS)
    assert assess(long, "en").level is Level.NONE


def test_recognised_idiom_keeps_the_model_out(fake_model) -> None:
    fake_model(_fake({"exam": 20.0, "killing": 20.0}, alone=0.5))
    assert assess("this exam is killing me", "en").level is not Level.CRISIS
    assert assess("this exam i am writing", "en").level is Level.CRISIS


def test_an_idiom_keeps_the_model_out_of_its_own_sentence_only(fake_model) -> None:
    fake_model(_fake({"tomatoes": 20.0}, alone=0.5))
    assert assess("this exam is killing me. water the tomatoes", "en").level is Level.CRISIS
    assert assess("this exam is killing me, the tomatoes too", "en").level is not Level.CRISIS


def test_a_held_joke_or_past_keeps_the_model_out_of_its_own_sentences_only(fake_model) -> None:
    fake_model(_fake({"tomatoes": 20.0}, alone=0.5))
    # en.cap.recovered ("old scars") holds its own sentence
    assert assess("i have old scars. water the tomatoes", "en").level is Level.CRISIS
    assert assess("water the tomatoes, i have old scars", "en").level is not Level.CRISIS
    # en.cap.denial (scope: near) holds the neighbouring sentences too
    denial = "water the tomatoes. not planning to do anything. we talked about the bus"
    assert assess(denial, "en").level is not Level.CRISIS


_FILLER = "we talked about the weather and the bus. "  # 8 words a sentence


def test_the_closing_sentences_of_a_longer_message_are_judged(fake_model) -> None:
    fake_model(_fake({"tomatoes": 20.0}, alone=0.5))
    risk_last = _FILLER * 5 + "please water the tomatoes"
    assert len(risk_last.split()) > risk_model.MAX_WORDS
    assert assess(risk_last, "en").level is Level.CRISIS
    # whole closing sentences up to MAX_WORDS words are read
    risk_first = "please water the tomatoes. " + _FILLER * 5
    assert assess(risk_first, "en").level is Level.NONE
    # a run-on line without full stops: its last MAX_WORDS words
    run_on = _FILLER.replace(".", "") * 5
    assert assess(run_on + "please water the tomatoes", "en").level is Level.CRISIS
    assert assess("please water the tomatoes " + run_on, "en").level is Level.NONE


def test_forum_length_texts_are_left_to_the_phrases(fake_model) -> None:
    fake_model(_fake({"tomatoes": 20.0}, alone=0.5))
    n = risk_model.MAX_MESSAGE_WORDS // 8
    assert assess(_FILLER * (n - 1) + "water the tomatoes", "en").level is Level.CRISIS
    assert assess(_FILLER * (n + 1) + "water the tomatoes", "en").level is Level.NONE


@pytest.mark.parametrize("text", [
    "i'm not suicidal, just tired",
    "i would never kill myself, my kids need me",
    "don't worry i'm not going to hurt myself",
    "ich bin nicht suizidgefährdet, nur müde",
    "no estoy pensando en suicidarme, solo estoy cansada",
])
def test_shipped_model_respects_negation(text: str) -> None:
    # negation drops a phrase match; the model must not put it back
    assert assess(text).level is not Level.CRISIS


def test_no_model_file_means_phrases_only(fake_model, tmp_path: Path) -> None:
    assert risk_model.load(tmp_path / "missing.json") is None
    text = "picked the 14th. its a tuesday, nobody will be home til 6"
    assert assess(text, "en").level is Level.CRISIS  # the shipped model knows it
    fake_model(None)
    assert assess(text, "en").level is Level.NONE


def test_shipped_model_is_small_consistent_and_raises_known_paraphrases() -> None:
    path = risk_model.MODEL_PATH
    # shipped in the wheel and parsed at start-up (then cached); it grows by about 0.4 MB per
    # round of 2,600 training messages, and a higher --min-df cost recall in cross-validation
    assert path.stat().st_size < 8_000_000
    data = json.loads(path.read_text("utf-8"))
    assert data["cv"] == "grouped by file"
    assert 0.5 < data["threshold"] < 1 and 0.5 < data["threshold_alone"] < 1
    model = risk_model.load(path)
    assert model is not None
    assert set(model.category_weights) == {c.value for c in Category}
    a = assess("picked the 14th. its a tuesday, nobody will be home til 6", "en")
    assert a.level is Level.CRISIS and a.evidence[0].rule.startswith("model.")


def _trainer():
    spec = importlib.util.spec_from_file_location("train_risk_model",
                                                  ROOT / "tools" / "train_risk_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_trainer_keeps_every_file_in_one_fold_and_never_reads_held_out_sets() -> None:
    trainer = _trainer()
    rows = trainer.load_rows()
    files = {r["file"] for r in rows}
    assert not any(f.startswith("safety_blind") for f in files)
    assert not files & trainer.HELD_OUT
    folds = trainer.file_folds([r["file"] for r in rows])
    fold_of: dict[str, set[int]] = {}
    for r, k in zip(rows, folds, strict=True):
        fold_of.setdefault(r["file"], set()).add(k)
    assert all(len(ks) == 1 for ks in fold_of.values())
    assert len(set(folds)) == trainer.FOLDS


def test_backing_up_concern_keeps_the_category_the_phrases_saw(fake_model) -> None:
    text = "i feel hopeless, the shed key is on the hook"
    concern = assess(text, "en")
    assert concern.level is Level.CONCERN and concern.categories == (Category.SUICIDE,)
    fake_model(_fake({"shed": 8.0}, threshold=0.9, alone=0.99))  # its category model says abuse
    a = assess(text, "en")
    assert a.level is Level.CRISIS
    assert a.categories == (Category.SUICIDE,)
    assert "model.suicide" in [e.rule for e in a.evidence]


@pytest.mark.parametrize(("text", "lang"), [
    ("rapor yarın teslim, patron bekliyor. ilaçların hepsini içtim", "tr"),
    ("the letter is in my bag, i'll post it tomorrow. by then it'll be over", "en"),
])
def test_shipped_model_reads_past_a_recognised_errand(text: str, lang: str) -> None:
    # an exclusion for the errand keeps the model out of its own sentence only (session 5 lost
    # both to concern because it kept the model out of the whole message)
    assert assess(text, lang).level is Level.CRISIS
