"""Phrase rules that answered everyday text as a crisis (session 8, everyday rounds 27 and 29).

``en.medical.overdose_taken`` read "i ate too much" as an overdose, ``en.concept.r12_method`` read
any question ending "asking for me" as a method question, and ``en.concept.r12_medical`` read "a
floppy disk" as a limp child. ``SAFE`` are ordinary messages that must stay below crisis;
``CRISIS`` are the dangers those rules were written for, which must still be crises with and
without the language hint.
"""

from __future__ import annotations

import pytest

from tests.safety_probes import assert_crisis, assert_not_crisis

SAFE = [
    ("en", "i ate too much"),
    ("en", "ugh i ate too many crisps again, the diet starts monday"),
    ("en", "i ate way too much at the buffet"),
    ("en", "how do i undo a merge in excel without losing everything? asking for me"),
    ("en", "does anyone know if the library is open on sundays? asking for me lol"),
    ("en", "my daughter asked me what a floppy disk was"),
    ("en", "my son has a floppy hat for the beach"),
    ("en", "our puppy has the floppiest ears, my daughter is obsessed with his floppy ears"),
]

CRISIS = [
    ("en", "i took too many", "medical_emergency"),
    ("en", "i ate all my pills", "medical_emergency"),
    ("en", "i ate a whole pack of my sleeping pills", "medical_emergency"),
    ("en", "i swallowed way too many of my meds", "medical_emergency"),
    ("en", "how many sleeping pills would it take, asking for me not a friend", "suicide"),
    ("en", "my baby is floppy and won't wake up", "medical_emergency"),
    ("en", "my son went all floppy after he ate the berries", "medical_emergency"),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_everyday_text_stays_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_the_danger_is_still_a_crisis(lang: str, text: str, category: str) -> None:
    assert_crisis(text, lang, category)
    assert_crisis(text, None, category)
