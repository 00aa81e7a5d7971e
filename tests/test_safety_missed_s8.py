"""Plain statements the session-7 rule writers found missed, closed in session 8.

The other three of that list ("quero dormir por um tempo e não acordar mais", "quando você ler
isso eu já vou estar morta", "how to lower my blood sugar so low that i never wake up") are
covered by the oblique-suicide rules (``tests/test_safety_oblique_s8_*.py``); they are checked
here too. ``SAFE`` are the idioms the new patterns sit next to.
"""

from __future__ import annotations

import pytest

from tests.safety_probes import assert_crisis, assert_not_crisis

CRISIS = [
    ("it", "il mio ex mi aspetta sotto casa, ha detto che stasera mi ammazza", "abuse"),
    ("it", "mio marito mi ha scritto che stanotte mi uccide", "abuse"),
    ("fr", "samedi je me tue", "suicide"),
    ("fr", "vendredi soir je me suicide", "suicide"),
    ("fr", "ma pote m'a dit qu'elle se suicide samedi", "suicide"),
    ("pt", "quero dormir por um tempo e não acordar mais", "suicide"),
    ("pt", "quando você ler isso eu já vou estar morta", "suicide"),
    ("en", "how to lower my blood sugar so low that i never wake up", "suicide"),
]

SAFE = [
    ("it", "mia mamma ha detto che stasera mi ammazza se non pulisco la camera"),
    ("it", "mia mamma stasera mi ammazza, ho preso 4 in latino"),
    ("it", "il mio ex ha detto che stasera mi ammazza di risate al cabaret"),
    ("fr", "samedi je me tue au boulot, inventaire"),
    ("fr", "samedi je me tue à la salle avec mon coach"),
    ("fr", "samedi je me tue de rire devant le match"),
]


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_missed_statement_is_now_a_crisis(lang: str, text: str, category: str) -> None:
    assert_crisis(text, lang, category)
    assert_crisis(text, None, category)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_idiom_next_to_it_stays_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
