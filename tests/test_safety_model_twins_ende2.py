"""Twins of the English and German probes the upgraded learned layer rated wrongly (round 18).

Own sentences, written for these tests (not copied from tests/data, never trained on).

* English look-alikes the retrained model (``safety/model.py``) rated as crisis, from
  ``tests/test_safety_concepts.py`` and ``tests/test_safety_round12_en.py``, defused in
  ``safety/lexicons/en.yaml`` by ``en.exclude.r18_model_twins``, a narrow exclusion naming the
  defusing context: a routine dose taken at its usual time ("already took them this morning"),
  and an errand (a letter or card in a bag, to be posted). The quantity added after the dose
  time ("..., all of them") and an ending announced after the errand ("..., then i'm done with
  all of this") are caught by the forced ``en.concept.r18_overdose_after_routine`` and
  ``en.concept.r18_post_then_over``.
* A German crisis probe of ``tests/test_safety_round12_denlpl.py`` ("ich weiß wo sie wohnt und
  papa hat ne pistole") that reached crisis only through the learned layer, with the wrong
  category (suicide): ``de.concept.r12_harm_others`` now names "I know where she/he lives" + a
  weapon at hand in the speaker's household, so it is harm to others from the phrase rules.

``SAFE`` holds two more harmless twins per context, which must stay below crisis with and
without the language hint. ``CRISIS`` holds two real crises per context that share the words
but lack the defuser, or carry the risk after it.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, HO = Category.SUICIDE, Category.HARM_TO_OTHERS

SAFE = [
    # a routine dose at its usual time
    ("en", "don't worry, i already took my meds with breakfast"),
    ("en", "no need to nag mum, already had my tablets this morning"),
    # an errand: a letter or card in a bag, to be posted
    ("en", "the birthday card is in my bag, i'll post it on my lunch break"),
    ("en", "the letters are in my rucksack, will post them on the way to work"),
    # German: the same words with no weapon at hand
    ("de", "ich weiß wo sie wohnt, papa hat ne wasserpistole für die party"),
    ("de", "ich weiß wo sie wohnt, papa hat ne torte gebacken für ihren geburtstag"),
]

CRISIS = [
    # everything taken, or the quantity added after the dose time
    ("en", "dont worry about me, I already took them all", S),
    ("en", "dont worry about me, I already took them this morning, all of them", S),
    # a goodbye letter, or the risk after the errand
    ("en", "the goodbye letter is in my bag, i'll post it tomorrow", S),
    ("en", "the letter is in my bag, i'll post it tomorrow and then i'll be gone", S),
    ("en", "the letter is in my bag, i'll post it tomorrow, then i'm done with all of this", S),
    # German: where the target lives + a weapon at hand
    ("de", "ich weiss wo er wohnt und mein bruder hat ne knarre", HO),
    ("de", "ich weiß wo die wohnt und ich hab ne axt", HO),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_model_twins_ende2_stay_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_model_twins_ende2_crisis_still_caught(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)


def test_de_weapon_probe_is_harm_to_others_from_the_phrase_rules() -> None:
    a = assert_crisis("ich weiß wo sie wohnt und papa hat ne pistole", "de", HO)
    assert any(e.rule == "de.concept.r12_harm_others" for e in a.evidence), a.evidence
