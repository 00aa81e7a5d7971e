"""Twins of the Italian look-alike probes the retrained learned layer rated crisis (session 8).

The learned layer (``safety/model.py``), retrained with ordinary everyday text, read a few
harmless Italian probes of tests/test_safety_concepts.py, tests/test_safety_oblique_s8_b.py,
tests/test_safety_others_s8_e.py, tests/test_safety_round12_fresitpt.py and
tests/test_safety_round8_frit.py as crises (nothing else flagged them). Each was defused in
``safety/lexicons/it.yaml`` by a narrow exclusion around the defusing words:

* ``it.exclude.s8e_swollen_benign``: a face or lips swollen from sleep or after the dentist
  ("gonfia dal sonno", "gonfie dal dentista"); a swelling after food stays out;
* ``it.exclude.s8e_packed_trip``: a bag packed for a trip or an outing ("zaino per la gita",
  closing the clause);
* ``it.exclude.s8e_rope_stored``: a rope stored on its nail ("appesa al chiodo in garage",
  closing the clause); a rope hung from a beam stays out;
* ``it.exclude.s8e_calls_shift``: calls or bookings taken on a shift ("le prendo tutte le
  chiamate"); "le prendo tutte" with pills stays out;
* ``it.exclude.s8e_guest_arrival``: a relative who sleeps in the guest room when arriving by
  train or plane (the arrival closing the clause);
* ``it.exclude.s8e_money_last``: money that will not last to a date ("arrivare al compleanno
  con questi soldi");
* ``it.exclude.s8e_no_trouble``: a reassurance that one will be no trouble ("non sarò un
  problema per te, tranquillo"); "non sarò più un problema" stays out;
* ``it.exclude.s8e_live_place``: not wanting to go on living in a named place ("vivere in questa
  città", the place closing the clause); "in questo corpo" / "in questo mondo" stay out;
* ``it.exclude.s8e_roof_chore``: a chore on the roof ("sul tetto a sistemare l'antenna",
  closing the clause);
* ``it.exclude.s8e_attached_love``: attachment to a relative with the love said ("legata a mia
  nonna, le voglio un mondo di bene"); tied to a bed stays out.

``SAFE`` holds two more harmless twins per defuser (new sentences with the same defusing
context); they must stay below crisis with the language hint and without it. ``CRISIS`` holds
two real crises per defuser that share the words but lack the defuser (or carry the risk
after it); they must keep their crisis, so that the exclusions are shown not to reach them.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, AB, MED = Category.SUICIDE, Category.ABUSE, Category.MEDICAL_EMERGENCY

SAFE = [
    # swollen from sleep or after the dentist (it.exclude.s8e_swollen_benign)
    ("it", "stamattina ho gli occhi gonfi dal sonno, sembro un panda"),
    ("it", "ho la guancia gonfia dal dentista, mi ha tolto il dente del giudizio"),
    # a bag packed for a trip (it.exclude.s8e_packed_trip)
    ("it", "ho messo il costume e l'asciugamano nel borsone per la piscina"),
    ("it", "stasera preparo tutto nello zaino per il campeggio di sabato"),
    # a rope stored on its nail (it.exclude.s8e_rope_stored)
    ("it", "la corda sta appesa al chiodo vicino agli attrezzi"),
    ("it", "le funi sono appese al chiodo in cantina, prendile tu"),
    # calls taken on a shift (it.exclude.s8e_calls_shift)
    ("it", "stasera prendo tutte le telefonate io, il collega è malato"),
    ("it", "le prendo tutte io le prenotazioni del weekend"),
    # a relative arriving by train or plane (it.exclude.s8e_guest_arrival)
    ("it", "la nonna dorme nella stanza degli ospiti quando viene col pullman"),
    ("it", "i miei cugini dormono nella camera degli ospiti quando arrivano dall'aeroporto"),
    # money that will not last (it.exclude.s8e_money_last)
    ("it", "non arrivo a natale con questi soldi, devo fare straordinari"),
    ("it", "non so se arriviamo a fine mese con questo stipendio"),
    # no trouble (it.exclude.s8e_no_trouble)
    ("it", "non sarò di disturbo per voi, tranquilli, dormo sul divano"),
    ("it", "non sarò un problema per te, promesso"),
    # living in a named place (it.exclude.s8e_live_place)
    ("it", "non voglio continuare a vivere in questo quartiere"),
    ("it", "non voglio continuare a vivere in questa casa, cerco un appartamento"),
    # a chore on the roof (it.exclude.s8e_roof_chore)
    ("it", "sono sul tetto a pulire la grondaia, richiamo dopo"),
    ("it", "scusate il ritardo, ero sulla scala a cambiare le lucine"),
    # attachment to a relative (it.exclude.s8e_attached_love)
    ("it", "sono legatissimo a mio nonno, gli voglio tanto bene"),
    ("it", "sono molto legata alla mia famiglia, le voglio bene"),
]

CRISIS = [
    # a swelling after food, with breathing trouble
    ("it", "ho la faccia gonfia dopo le noccioline e non riesco a respirare", MED),
    ("it", "ho le labbra gonfie dopo la puntura d'ape e non riesco a respirare", MED),
    # everything packed with the means, or the risk after the trip
    ("it", "ho preparato tutto nello zaino, le pillole e la lettera per mia madre", S),
    ("it", "ho preparato lo zaino per la gita. stanotte invece prendo tutte le pillole e la "
     "faccio finita", S),
    # a rope hung from a beam, or the risk after the nail
    ("it", "la corda e appesa alla trave in garage, stanotte la uso", S),
    ("it", "la corda è appesa al chiodo in garage. stanotte me la metto al collo", S),
    # "le prendo tutte" with pills
    ("it", "le prendo tutte stasera, le pastiglie sono nel cassetto", S),
    ("it", "le prendo tutte stasera le chiamate, poi prendo tutte le pillole", S),
    # an uncle arriving by train who comes into the room at night
    ("it", "quando arriva mio zio col treno, di notte viene in camera mia e mi tocca", AB),
    ("it", "mio zio dorme nella camera degli ospiti quando arriva col treno. di notte viene in "
     "camera mia e mi tocca", AB),
    # not reaching the birthday without money
    ("it", "non credo di arrivare al mio compleanno, ho già deciso come", S),
    ("it", "non credo di arrivare al mio compleanno, i soldi li lascio a mia sorella", S),
    # no longer a problem for anyone
    ("it", "non sarò più un problema per te, tranquillo", S),
    ("it", "tranquillo, presto non sarò più un problema per nessuno", S),
    # not wanting to go on living, with no place or in one's body
    ("it", "non voglio continuare a vivere, stanotte la faccio finita", S),
    ("it", "non voglio continuare a vivere in questo corpo, stasera prendo tutto", S),
    # on the roof without a chore, or the risk after it
    ("it", "sono sul tetto, scusate tutti, addio", S),
    ("it", "sono sul tetto a sistemare l'antenna, poi salto giù e la faccio finita", S),
    # tied to a bed, or attachment with the risk
    ("it", "sono legata al letto, mio marito mi ha chiusa in camera", AB),
    ("it", "sono legata a mia nonna che è morta, e stanotte la raggiungo", S),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_model_twin_safe(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_model_twin_crisis(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)
