"""A denial or past marker holds its neighbouring sentences at concern, but never one that names
a time for the act: "i won't do anything. tonight i kill myself" is a plan (session 7)."""

from __future__ import annotations

import pytest

from tests.safety_probes import assert_crisis, assert_not_crisis

# each was held at concern by a `scope: near` denial cap before session 7
TIMED_AFTER_DENIAL = [
    ("en", "i wont do anything. tonight i kill myself"),
    ("de", "ich tu mir nichts an. heute nacht bring ich mich um"),
    ("nl", "ik ga niks doen. vannacht maak ik er een eind aan"),
    ("pl", "planów nie mam. dziś w nocy się zabiję"),
    ("ru", "ничего не планирую. сегодня ночью выпрыгну из окна"),
]

# the cap still holds its own sentence and the neighbours that name no time for an act
STILL_HELD = [
    ("en", "sometimes i want to die. but i wont do anything tonight"),
    ("en", "i used to cut myself years ago. tonight im going out with friends"),
    ("en", "i took an overdose five years ago. today im doing fine"),
    ("de", "ich hab früher an selbstmord gedacht. heute geht es mir gut"),
]


@pytest.mark.parametrize(("lang", "text"), TIMED_AFTER_DENIAL)
def test_a_timed_act_after_a_denial_stays_crisis(lang: str, text: str) -> None:
    """The sentence that names when is not the denial's to hold."""
    assert_crisis(text, lang, "suicide")
    assert_crisis(text, None, "suicide")


@pytest.mark.parametrize(("lang", "text"), STILL_HELD)
def test_denials_and_past_markers_still_hold(lang: str, text: str) -> None:
    """Without a timed act next to it, the cap keeps its sentence and neighbours at concern."""
    assert_not_crisis(text, lang, None)
