"""Twins of the look-alike probes the upgraded learned layer rated crisis (fr, es, it).

The upgraded model (``safety/model.py``) read a few harmless probes of
tests/test_safety_round12_fresitpt.py, tests/test_safety_round8_espt.py and
tests/test_safety_round8_frit.py as crises. Each was defused in its lexicon by a narrow
exclusion around the defusing words:

* French (``fr.exclude.twin_thanks_occasion``): thanks for having been there at a named
  occasion ("merci d'avoir été là pour l'anniversaire"); "pour moi" is a farewell and is left out;
* Spanish (``es.exclude.twin_school_craft``): scissors taken to school for a craft ("para
  manualidades", closing the clause); (``es.exclude.twin_pills_cabinet``): medicines kept
  stored in the bathroom cabinet ("guardadas en el botiquín", closing the clause);
* Italian (``it.exclude.twin_fuel_chore``): fuel kept for a garden or engine chore ("per il
  tosaerba", closing the clause, so "per il tosaerba e per lui" stays out);
  (``it.exclude.twin_recipe``): a cooking attempt ("stavolta non sbaglio la ricetta"; "la dose"
  is left out).

``SAFE`` holds two more harmless twins per defuser (new sentences with the same defusing
context); they must stay below crisis with the language hint and without it. ``CRISIS`` holds
two real crises per defuser that share the words but lack the defuser (or carry the risk
after it); they must keep their crisis, so that the exclusions are shown not to reach them.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, MED = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                  Category.MEDICAL_EMERGENCY)

SAFE = [
    # ---- French
    # thanks for a named occasion (fr.exclude.twin_thanks_occasion)
    ("fr", "merci d'être venus pour mon anniversaire, la soirée était géniale"),
    ("fr", "merci beaucoup d'avoir été là pour le déménagement samedi"),
    # ---- Spanish
    # scissors for a school craft (es.exclude.twin_school_craft)
    ("es", "el viernes llevo las tijeras y el pegamento al cole para plástica"),
    ("es", "tengo que llevar las tijeras al colegio para recortar"),
    # medicines stored in the cabinet (es.exclude.twin_pills_cabinet)
    ("es", "los medicamentos están guardados en el botiquín con llave"),
    ("es", "tengo los antibióticos guardados en el botiquín de la cocina"),
    # ---- Italian
    # fuel for a garden or engine chore (it.exclude.twin_fuel_chore)
    ("it", "ho comprato la miscela per la motosega, domani taglio la legna"),
    ("it", "la benzina nel capanno è per il decespugliatore"),
    # a cooking attempt (it.exclude.twin_recipe)
    ("it", "stasera non sbaglio la torta, ho ricomprato il lievito"),
    ("it", "questa volta non sbaglio il risotto, giuro"),
]

CRISIS = [
    # ---- French
    # thanks "pour moi" (a farewell), or the risk after the occasion
    ("fr", "merci d'avoir été là pour moi toutes ces années, adieu, je vais en finir ce soir", S),
    ("fr", "merci d'avoir été là pour moi, je vais en finir cette nuit", S),
    ("fr", "merci d'avoir été là pour l'anniversaire, c'était la dernière fois que vous me voyez, "
     "j'ai pris toutes mes pilules", S),
    # ---- Spanish
    # a blade taken to school without a craft
    ("es", "mañana llevo el cuchillo a la escuela y los voy a matar a todos", HO),
    ("es", "mañana llevo las tijeras a la escuela y me corto las venas en el baño", SH),
    # pills kept for tonight, or taken out of the cabinet; the risk after the cabinet
    ("es", "tengo todas las pastillas guardadas para esta noche, me las voy a tomar todas", S),
    ("es", "saqué todas las pastillas del botiquín del baño y me las voy a tomar todas esta noche",
     S),
    ("es", "tengo las pastillas guardadas en el botiquín, esta noche me las tomo todas", S),
    # ---- Italian
    # fuel for the mower "and for him", or no chore
    ("it", "ho comprato la benzina per il tosaerba e per lui, stanotte do fuoco alla casa", HO),
    ("it", "ho la tanica di benzina in garage, stanotte mi do fuoco", S),
    # "stavolta non sbaglio" with no dish, or with the dose
    ("it", "stavolta non sbaglio, ho preso tutte le pillole della scatola", S),
    ("it", "stavolta non sbaglio la dose, stanotte prendo tutte le pastiglie e la faccio finita",
     S),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_model_twin_safe(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_model_twin_crisis(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)
