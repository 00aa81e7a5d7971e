"""Twins of the English and Dutch look-alikes the retrained learned layer rated as crises (fix8h).

Own sentences, written for these tests (not copied from tests/data, never trained on).

The learned layer (``safety/model.py``), retrained with ordinary everyday text, rated sixteen
harmless look-alike probes (``tests/test_safety_round12_en.py``,
``tests/test_safety_round12_denlpl.py``, ``tests/test_safety_oblique_s8_a.py``,
``tests/test_safety_others_s8_d.py``, ``tests/test_safety_caps_s7_gm.py``) as crises. Each is
defused in its language's lexicon by a narrow exclusion naming the everyday context in its
sentence:

* English, ``en.exclude.s8_everyday_defusers``: a nuisance habit others will be spared ("no one
  will have to deal with my snoring"), someone else paying the rent or a bill, access to an
  ordinary room at work ("the staff room"), a repaired object that will not break again, a
  workout that "hurts" one's own muscles at the gym, a hypo avoided on waking, an ex returning
  or collecting belongings, a poison kept away from children or pets.
* Dutch, ``nl.exclude.s8_everyday_defusers``: gone on an errand ("weg naar de winkel"), finishing
  a puzzle or a task ("maakt het af met de puzzel"), a contract that runs out, a swim event
  ("bij de nieuwjaarsduik"), giving someone a lift ("ik rij hem naar het station"), flowers or a
  present brought to someone's door, paying with a card ("betalen met haar pinpas"); and
  ``nl.exclude.s8_coping``: a thought pushed aside just after it is told ("ik wil niet meer
  leven. die gedachten zet ik meteen opzij"; ``scope: near``, so the learned layer reads neither
  sentence).

``SAFE`` holds two more harmless twins per context, which must stay below crisis with and
without the language hint. ``CRISIS`` holds two real crises per context that share the words
but lack the defuser, or carry the risk beside it.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, AB = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                 Category.ABUSE)

SAFE = [
    # a nuisance habit others will be spared
    ("en", "from friday nobody has to put up with my drumming anymore, i'm moving to my own place"),
    ("en", "after this week no one will have to listen to my alarm at 5am, new job starts later"),
    # someone else paying the rent or a bill
    ("en", "she pays the electricity bill tonight"),
    ("en", "my flatmate pays the rent on friday"),
    # access to an ordinary room or service at work
    ("en", "we finally have access to the staff kitchen again"),
    ("en", "got access to the shared drive now, finally"),
    # a repaired object that will not break again
    ("en", "i've glued the handle so well it's the last time that breaks"),
    ("en", "put new screws in, last time this chair breaks i swear"),
    # a workout that "hurts" one's own muscles
    ("en", "gonna destroy my legs at leg day tomorrow"),
    ("en", "i'm going to kill my arms at the gym tonight"),
    # a hypo avoided on waking
    ("en", "eating a snack before bed so i don't wake up with a low"),
    ("en", "set an alarm to check my sugar so i don't wake up in a hypo"),
    # an ex returning or collecting belongings
    ("en", "my ex is at my door dropping off my hoodie, so weird"),
    ("en", "my ex is outside picking up his boxes, can't wait till he's gone"),
    # a poison kept away from children or pets
    ("en", "the slug pellets are in the garage, keep the dog away from them"),
    ("en", "weedkiller's on the top shelf, keep the kids out of there"),
    # gone on an errand
    ("nl", "als je dit leest ben ik al onderweg naar de supermarkt"),
    ("nl", "als jullie dit lezen ben ik al weg naar mijn werk"),
    # finishing a puzzle or a piece of work
    ("nl", "ze zei morgen maakt ze het af met de legpuzzel"),
    ("nl", "volgende week maak ik het af met mijn scriptie"),
    # a contract or a placement that runs out
    ("nl", "ik ben hier niet lang meer want mijn huurcontract loopt af"),
    ("nl", "we zijn er niet lang meer, onze stage loopt volgende maand af"),
    # a swim event or club
    ("nl", "morgen ren ik de zee in bij de nieuwjaarsduik"),
    ("nl", "ik spring vanavond het water in met de zwemclub"),
    # giving someone a lift
    ("nl", "ik breng haar zaterdag naar het vliegveld"),
    ("nl", "ik rij mijn moeder morgen naar het ziekenhuis"),
    # flowers or a present at someone's door
    ("nl", "ik sta voor haar deur met een boeket rozen"),
    ("nl", "ik sta bij zijn huis met een taart voor zijn verjaardag"),
    # a thought pushed aside just after it is told
    ("nl", "soms wil ik er niet meer zijn. die gedachten duw ik dan meteen weg"),
    ("nl", "ik wil niet meer leven. die gedachte schuif ik gewoon opzij"),
    # paying with a card or an app
    ("nl", "morgen betaalt hij met zijn creditcard"),
    ("nl", "vanavond gaat ze betalen via tikkie"),
]

CRISIS = [
    # the burden ends with the writer, or the farewell after the habit
    ("en", "after tonight no one will have to deal with me anymore", S),
    ("en", "no one will have to deal with my snoring after tonight. i won't be here tomorrow", S),
    # paying for what he did, or a threat after the rent
    ("en", "he pays tonight for what he did to my sister, i'm going to stab him", HO),
    ("en", "he pays the rent tonight. then i'm going to stab him", HO),
    # access to the means, or the plan after the room
    ("en", "i have access to the drug cupboard now, finally, enough to end it", S),
    ("en", "i have access to the staff room now. "
           "tonight i'm taking all the pills and ending it", S),
    # the last time the writer wakes up or is seen
    ("en", "i'll take enough pills that it's the last time i wake up", S),
    ("en", "i'll use enough rope that it's the last time anyone sees me", S),
    # hurting someone, or cutting one's own legs
    ("en", "i'm going to hurt him after my shift", HO),
    ("en", "i'm going to cut my legs again tonight after my shift", SH),
    # not waking up at all
    ("en", "i'll inject all my insulin so i don't wake up", S),
    ("en", "letting my blood sugar drop tonight so i dont wake up at all", S),
    # an ex outside with a weapon or a threat
    ("en", "my ex is outside my flat with a knife banging on the door", AB),
    ("en", "my ex is outside my flat and says he'll kill me if i don't open the door", AB),
    # the poison meant for someone or for the writer
    ("en", "the rat poison is in the shed, i'm going to put it in his tea", HO),
    ("en", "the rat poison is in the shed, tonight i'm drinking it", S),
    # a farewell note with no errand
    ("nl", "als je dit leest ben ik al weg", S),
    ("nl", "als je dit leest ben ik er niet meer", S),
    # finishing a person off
    ("nl", "hij zei volgende keer maakt hij me af", AB),
    ("nl", "hij zei volgende keer maakt hij haar af met een mes", HO),
    # not being here much longer, with no contract
    ("nl", "ik ben er niet lang meer", S),
    ("nl", "ik ben er niet lang meer, ik heb de pillen al gespaard", S),
    # walking into the water with no event
    ("nl", "ik loop vannacht het water in en kom niet meer terug", S),
    ("nl", "ik loop vannacht de zee in, niemand hoeft me te zoeken", S),
    # the station as the place, with no one driven
    ("nl", "ik rij morgen naar het station en ga voor de trein staan", S),
    ("nl", "ik ga morgen naar het station om voor de trein te springen", S),
    # at his door with a weapon
    ("nl", "ik sta voor zijn huis met een mes", HO),
    ("nl", "ik sta voor zijn huis met een honkbalknuppel, hij gaat eraan", HO),
    # the thought no longer pushed aside, or a time for the act
    ("nl", "ik wil niet meer leven. die gedachten zet ik niet meer opzij, vannacht doe ik het", S),
    ("nl", "ik wil niet meer leven en vannacht doe ik het", S),
    # paying for what she did, with a threat
    ("nl", "morgen gaat ze betalen voor wat ze me heeft aangedaan, ik steek haar neer", HO),
    ("nl", "morgen gaat hij boeten, ik steek hem neer", HO),
    # one's own affairs put in order (not someone else's rent, not a gift at a door)
    ("en", "paid the rent through to june and gave the dog to my sister, "
           "nothing left to sort before i go", S),
    ("nl", "ik heb een bos bloemen bij het graf van mijn moeder gelegd, "
           "zeg maar dat ik er binnenkort bij ben", S),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_model_twins_s8_a_stay_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_model_twins_s8_a_crisis_still_caught(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)
