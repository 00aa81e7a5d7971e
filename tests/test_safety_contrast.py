"""Risk told after a word of contrast ("but", "aber", "mais"…) that follows every cap of its
sentence (a joke, denial or past marker) is not the cap's to hold (session 7)."""

from __future__ import annotations

import pytest

from tests.safety_probes import assert_crisis, assert_not_crisis

# each was held at concern by a laughter or joke cap before session 7
AFTER_THE_TURN = [
    ("de", "haha, aber ich will mich wirklich umbringen"),
    ("it", "ahahah ma sul serio voglio ammazzarmi"),
    ("pl", "hehe ale serio chcę się zabić"),
    ("ru", "ахаха но если серьезно я хочу покончить с собой"),
    ("tr", "haha ama cidden kendimi öldürmek istiyorum"),
    ("fr", "mdr mais sérieusement je veux me suicider"),
]

# the cap still holds what comes before the turn, or a turn inside or before it
STILL_HELD = [
    ("en", "i want to kill myself lol but whatever"),
    ("es", "me quiero morir jaja pero bueno ya se me pasará"),
    ("en", "i used to cut myself but i stopped 3 years ago"),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_THE_TURN)
def test_risk_after_the_turn_is_crisis(lang: str, text: str) -> None:
    """"Haha, but seriously…": the joke is over."""
    assert_crisis(text, lang, "suicide")
    assert_crisis(text, None, "suicide")


@pytest.mark.parametrize(("lang", "text"), STILL_HELD)
def test_caps_still_hold_before_the_turn(lang: str, text: str) -> None:
    """The cap keeps what it was written for."""
    assert_not_crisis(text, lang, None)


def test_contrast_words_are_per_language() -> None:
    """Polish "ma" ("has") and Spanish "ama" ("loves") are not Italian or Turkish "but"."""
    from safety.detector import _lexicon

    lex = _lexicon()
    assert "ma" in lex.contrast["it"] and "ma" not in lex.contrast["pl"]
    assert "ama" in lex.contrast["tr"] and "ama" not in lex.contrast["es"]
