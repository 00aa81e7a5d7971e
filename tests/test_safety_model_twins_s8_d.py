"""Twins of the look-alike probes the retrained learned layer rated as crises (fr, pt; s8 d).

The learned layer (``safety/model.py``), retrained with ordinary everyday text, raises a message
nothing else flagged with a little less evidence, and so rated a few French and Portuguese
look-alike probes of tests/test_safety_oblique_s8_b.py, tests/test_safety_plain_s7_b.py,
tests/test_safety_round12_fresitpt.py, tests/test_safety_round8_frit.py,
tests/test_safety_round8_espt.py, tests/test_safety_caps_s7_rom.py,
tests/test_safety_concepts.py and tests/test_safety_others_s8_e.py as crises.

Each was defused in its lexicon by a narrow exclusion around the defusing words
(``*.exclude.s8d_*``):

* French: a disappearance for a named short while ("si je disparaissais une heure"); someone
  busy knocking at a door ("en train de frapper à la porte"); waiting for the household to
  sleep to eat a treat or watch a series; a night at someone's place ("je dors chez Léa");
  medicines locked away; "burning" someone at the karting; the usual evening/morning dose;
  thanks for a short-named occasion ("pour mon anniv");
* Portuguese: an apology for what was said at a named time; a burn on a household appliance;
  a trip with everything packed; fetching belongings; a relative entering a room to fetch a
  named object; a colleague's quoted passive wish followed by the writer's worried question;
  "não vou ser um problema pra você, relaxa"; insulin stopped for a pump or by the doctor;
  medicines by the bed "como sempre"; a racing heart after coffee; leaving a job for good; an
  outing closed by "e pronto".

``SAFE`` holds two more harmless twins per defuser (new sentences with the same defusing
context); they must stay below crisis with the language hint and without it. ``CRISIS`` holds
two real crises per defuser that share the words but lack the defuser (or carry the risk
after it, or in the next sentence); they must keep their crisis, so that the exclusions are
shown not to reach them.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, AB, MED = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                      Category.ABUSE, Category.MEDICAL_EMERGENCY)

SAFE = [
    # ---- French
    # a disappearance for a named short while (fr.exclude.s8d_vanish_short)
    ("fr", "ce serait plus simple pour tout le monde si je disparaissais deux heures cet aprem"),
    ("fr", "si je disparaissais une petite heure personne remarquerait, je vais faire un tour"),
    # someone busy knocking at a door (fr.exclude.s8d_door_knock)
    ("fr", "quelqu'un est en train de toquer à la porte, je vais ouvrir"),
    ("fr", "le livreur est en train de sonner à la porte"),
    # waiting for the household to sleep for a treat (fr.exclude.s8d_night_treat)
    ("fr", "j'attends que mes parents dorment pour manger le reste de la pizza"),
    ("fr", "j'attends que tout le monde soit couché pour regarder ma série"),
    # a night at someone's place (fr.exclude.s8d_sleepover)
    ("fr", "je rentre pas ce soir, je dors chez ma cousine"),
    ("fr", "ce soir je dors chez Marc, on révise ensemble"),
    # medicines locked away (fr.exclude.s8d_locked_meds)
    ("fr", "je range mes médicaments dans une armoire fermée à clé"),
    ("fr", "mes cachets sont dans une boîte fermée à clé"),
    # "burning" someone in a race (fr.exclude.s8d_race)
    ("fr", "je vais griller mon pote au karting samedi"),
    ("fr", "je vais écraser mon cousin sur mario kart ce soir"),
    # the usual dose (fr.exclude.s8d_routine_dose)
    ("fr", "j'ai pris mes comprimés du matin"),
    ("fr", "je prends mon traitement du soir comme d'hab"),
    # thanks for a short-named occasion (fr.exclude.s8d_thanks_anniv)
    ("fr", "merci d'avoir été là pour mon annif"),
    ("fr", "merci à tous d'être venus pour ma soutenance"),
    # ---- Portuguese
    # an apology for what was said at a named time (pt.exclude.s8d_apology_said)
    ("pt", "desculpa por tudo que eu disse na briga"),
    ("pt", "foi mal pelo que eu falei no grupo"),
    # a household burn (pt.exclude.s8d_household_burn)
    ("pt", "me queimei no forno de novo, que raiva"),
    ("pt", "queimei a mão com óleo quente, sem querer"),
    # a trip with everything packed (pt.exclude.s8d_trip_packed)
    ("pt", "amanhã cedo viajo, já tá tudo pronto na mala"),
    ("pt", "vamos viajar de madrugada, tá tudo arrumado no carro"),
    # fetching belongings (pt.exclude.s8d_fetch_things)
    ("pt", "vou na casa da minha ex buscar as caixas que ficaram lá"),
    ("pt", "amanhã passo no meu irmão devolver os livros"),
    # entering a room to fetch a named object (pt.exclude.s8d_fetch_object)
    ("pt", "minha mãe entra no quarto pra pegar a toalha dela"),
    ("pt", "meu padrasto entra na cozinha pra buscar o celular"),
    # a quoted passive wish, then the worried question (pt.exclude.s8d_quoted_wish)
    ("pt", 'meu amigo me escreveu "queria sumir", devo me preocupar?'),
    ("pt", 'minha irmã disse "quero desaparecer" é grave?'),
    # not a bother, reassured (pt.exclude.s8d_no_bother_relax)
    ("pt", "não vou ser um peso pra você, tranquilo, pego o ônibus"),
    ("pt", "não vou ser problema pra ninguém, relaxa, eu me viro"),
    # a treatment changed for a pump or by the doctor (pt.exclude.s8d_medical_change)
    ("pt", "parei o remédio porque agora uso a bomba de insulina"),
    ("pt", "troquei a medicação, a médica mandou"),
    # medicines kept "as always" (pt.exclude.s8d_meds_usual)
    ("pt", "deixo os comprimidos na mesa de cabeceira, como sempre"),
    ("pt", "tenho os remédios da pressão na bolsa, como de costume"),
    # a racing heart after coffee (pt.exclude.s8d_caffeine)
    ("pt", "tomei dois energéticos e o coração tá disparado"),
    ("pt", "café demais, o coração tá acelerado"),
    # leaving a job or a place for good (pt.exclude.s8d_leave_job)
    ("pt", "vou sair dessa empresa de vez, finalmente"),
    ("pt", "vou embora pra sempre desse apartamento, que alívio"),
    # an outing closed by "e pronto" (pt.exclude.s8d_outing)
    ("pt", "vou pra balada e pronto, ninguém me segura"),
    ("pt", "vou na cachoeira e pronto, ninguém me impede"),
]

CRISIS = [
    # ---- French
    ("fr", "ce serait plus simple pour tout le monde si je disparaissais pour de bon", S),
    ("fr", "ce serait plus simple pour tout le monde si je disparaissais, ce soir je le fais", S),
    ("fr", "il frappe à la porte et hurle qu'il va me tuer", AB),
    ("fr", "il est en train de me frapper, aidez moi", AB),
    ("fr", "il frappe à la porte, il est bourré, j'ai peur", AB),
    ("fr", "j'attends que tout le monde dorme pour prendre toutes les pilules", S),
    ("fr", "j'attends que tout le monde dorme pour en finir", S),
    ("fr", "je rentre pas ce soir, ni jamais, adieu", S),
    ("fr", "je rentre pas ce soir, je vais me jeter du pont", S),
    ("fr", "je stocke mes médocs dans un tiroir depuis des semaines pour tout avaler d'un coup", S),
    ("fr", "je stocke mes cachets dans un tiroir, j'en ai assez pour ne pas me réveiller", S),
    ("fr", "je vais brûler la voiture de mon frère ce soir, il mérite de crever", HO),
    ("fr", "je vais brûler la maison de mon frère avec lui dedans", HO),
    ("fr", "je viens de prendre tous mes cachets d'un coup", MED),
    ("fr", "je viens de prendre mes cachets du soir et toute la boîte avec", S),
    ("fr", "merci d'avoir été là pour moi, adieu", S),
    ("fr", "merci d'avoir été là pour mon anniv. c'était le dernier, demain je me tue", S),
    # ---- Portuguese
    ("pt", "desculpa por tudo, não vou mais incomodar ninguém, adeus", S),
    ("pt", "desculpa por tudo que eu falei ontem. hoje eu vou me matar", S),
    ("pt", "estou me queimando com o isqueiro de propósito pra aliviar", SH),
    ("pt", "eu me queimo com cigarro toda noite pra sentir alguma coisa", SH),
    ("pt", "hoje à noite acabo com tudo, tá tudo preparado no carro, a mangueira e o carvão", S),
    ("pt", "tá tudo preparado no carro, hoje à noite eu me mato", S),
    ("pt", "hoje à noite vou na casa da minha ex e vou matar ela", HO),
    ("pt", "hoje à noite vou na casa da minha ex com a faca", HO),
    ("pt", "meu padrasto entra no quarto de noite e fica me tocando", AB),
    ("pt", "meu padrasto entra no quarto pra pegar o carregador e me bate", AB),
    ("pt", "minha colega escreveu que tomou todos os remédios, devo me preocupar?", MED),
    ("pt", "queria dormir pra sempre, hoje vou tomar a cartela toda", S),
    ("pt", "não vou ser mais um problema pra você, amanhã já vou ter partido", S),
    ("pt", "não vou ser um problema pra você por muito tempo, já separei os remédios", S),
    ("pt", "não vou ser um problema pra você, relaxa. amanhã eu já não estou aqui", S),
    ("pt", "parei a insulina de vez pra acabar com tudo", S),
    ("pt", "parei a insulina de vez, não quero mais viver", S),
    ("pt", "tenho os remédios aqui do lado da cama, vou tomar todos hoje", S),
    ("pt", "tenho os remédios aqui do lado da cama, juntei tudo pra acabar com isso", S),
    ("pt", "tenho os remédios aqui do lado da cama, como sempre. hoje à noite vou tomar todos "
     "de uma vez", S),
    ("pt", "tomei duas caixas de rivotril e o coração tá a mil", MED),
    ("pt", "tomei todos os comprimidos e o coração tá disparado", MED),
    ("pt", "vou embora pra sempre, graças a deus ninguém vai sentir minha falta", S),
    ("pt", "vou embora pra sempre dessa vida, adeus", S),
    ("pt", "vou pra ponte e pronto, ninguém me segura", S),
    ("pt", "hoje eu me mato e pronto, ninguém me segura", S),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_s8d_twin_safe(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_s8d_twin_keeps_crisis(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)
