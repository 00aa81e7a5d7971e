"""Twins of the look-alike probes the retrained learned layer rates as crises (session 8, fix8h f).

The learned layer (``safety/model.py``) was retrained (it now also learned from ordinary everyday
text) and raises a message nothing else flagged with a little less evidence, so it rated Russian
and Turkish look-alike probes of tests/test_safety_round8_rutr.py,
tests/test_safety_round12_rutr.py, tests/test_safety_others_s8_f.py,
tests/test_safety_oblique_s8_c.py and tests/test_safety_plain_s7_c.py as crises.  Each was
defused in its lexicon by a narrow exclusion around the defusing words (``exclude:``, ids
``*.exclude.s8f_*``):

* Russian: a patient held in bed so as not to fall (``s8f_restraint_care``); relief "without me"
  at one named activity, a rehearsal, a training (``s8f_without_me_activity``); waiting or locked
  out because someone else has the keys, a delivery address changed (``s8f_keys_errand``); a plan
  for the weekend or the holidays, the leisure time closing its clause, not the word "план"
  (``s8f_weekend_plan``); staying under a blanket until spring, Monday, lunch
  (``s8f_blanket_until``);
* Turkish: "kendini dışarı atmak", getting out of the house (``s8f_throw_outside``); a can of
  water, milk, oil (``s8f_can_of_water``); an everyday ailment taken to the doctor or the dentist
  (``s8f_doctor_visit``); debts paid and the relief told (``s8f_debts_relief``); looking after
  someone's pet or plants (``s8f_pet_sitting``); collecting for recycling (``s8f_recycling``);
  banging one's head against a wall over a cause named after it (``s8f_head_wall_cause``); keys
  forgotten or lost (``s8f_keys_forgotten``); cutting hair, a beard, nails (``s8f_haircut``); a
  stomach bug, motion sickness (``s8f_stomach_bug``); a matter that stops mattering after a
  deadline (``s8f_matter_deadline``).

``SAFE`` holds two more harmless twins per defuser (new sentences with the same defusing
context); they must stay below crisis with the language hint and without it.  ``CRISIS`` holds
two real crises per defuser that share the words but lack the defuser (or carry the risk after
it); they must keep their crisis, so that the exclusions are shown not to reach them.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, AB, MED = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                      Category.ABUSE, Category.MEDICAL_EMERGENCY)

SAFE = [
    # ---- Russian
    # held in bed by carers so as not to fall
    ("ru", "деда в палате привязали к кровати, чтобы не свалился во сне"),
    ("ru", "малыша пристегнули к кроватке чтобы не выпал ночью"),
    # "without me" at one named activity
    ("ru", "без меня им на тренировке полегчает, я всё равно мажу"),
    ("ru", "без меня на концерте справятся, у меня ангина"),
    # waiting for whoever has the keys, a delivery address changed
    ("ru", "стою у подъезда, жду мужа, ключи у него"),
    ("ru", "не могу зайти домой, ключи у мамы"),
    ("ru", "уезжаю в отпуск, поменяла адрес доставки на работу"),
    # a plan for the weekend, the holidays
    ("ru", "у нас большие планы на лето, не шучу"),
    ("ru", "у меня есть план на субботу: кино и пицца"),
    # under a blanket until a named time
    ("ru", "хочу завернуться в плед и не вставать до понедельника"),
    ("ru", "такой холод, хочу валяться под одеялом до обеда"),
    # ---- Turkish
    # "kendini dışarı atmak": getting out of the house
    ("tr", "bu akşam kendimi dışarı atacağım, evde çok sıkıldım"),
    ("tr", "kardeşim ders bitince kendini sokağa attı"),
    # a can of water, oil, ayran
    ("tr", "bir bidon zeytinyağı aldım köyden"),
    ("tr", "pikniğe bir galon ayranla geldik"),
    # an ailment taken to the doctor or the dentist
    ("tr", "dişim ağrıyor, yarın dişçiye gideceğim"),
    ("tr", "kulağım tıkandı, aile hekimine gidiyorum"),
    # debts paid, relief
    ("tr", "kredi kartımı kapattım, artık rahatladım"),
    ("tr", "kirayı ödedim sonunda, kafam rahat"),
    # pet-sitting, watering plants
    ("tr", "komşum tatilde, köpeğine ben bakacağım"),
    ("tr", "yarın annemin bitkilerini sulayacağım, anahtar bende"),
    # collecting for recycling
    ("tr", "pet şişeleri biriktiriyorum, geri dönüşüm için"),
    ("tr", "boş kutuları geri dönüşüm kutusuna atıyorum"),
    # head against the wall over a named cause
    ("tr", "kafamı duvara vurmak istiyorum bu koddan"),
    ("tr", "başımı masaya vurasım geliyor bu toplantıdan"),
    # keys forgotten or lost
    ("tr", "anahtarımı evde unutmuşum, kapıda bekliyorum"),
    ("tr", "kapı kapandı, anahtarları kaybettim, çilingir çağırdım"),
    # hair, nails
    ("tr", "saçlarımı kestirmek istiyorum, yaz geldi"),
    ("tr", "kesmek istiyorum şu tırnakları, çok uzadı"),
    # a stomach bug, motion sickness
    ("tr", "bütün gece kustum, mide gribi oldum galiba"),
    ("tr", "midem bulanıyor, araba tuttu"),
    # a matter that stops mattering after a deadline
    ("tr", "cumadan sonra bu sınavın önemi kalmayacak"),
    ("tr", "seçim bitince bu tartışmanın bir anlamı kalmayacak"),
]

CRISIS = [
    # ---- Russian
    # tied to a bed by an abuser
    ("ru", "меня привязали к кровати и бьют", AB),
    ("ru", "муж привязывает меня к кровати и бьёт", AB),
    # everyone better off without me
    ("ru", "без меня им всем полегчает, я только обуза", S),
    ("ru", "без меня семье будет легче, скоро меня не станет", S),
    # waiting for him with a threat
    ("ru", "жду его у подъезда с ножом, он ответит за всё", HO),
    ("ru", "жду его у подъезда, сегодня я его убью", HO),
    # keys left with the neighbours as a farewell
    ("ru", "ключи у соседей, письма всем написала, сегодня ночью уйду из жизни", S),
    ("ru", "отдала ключи соседям, попрощалась со всеми, сегодня покончу с собой", S),
    # a plan to die, or the means after the weekend plan
    ("ru", "у меня есть план, как покончить с собой на выходных", S),
    ("ru", "у меня есть план на выходные, таблетки уже купил", S),
    # lying down never to wake
    ("ru", "хочу лечь и больше никогда не проснуться", S),
    ("ru", "хочу лечь под одеяло и не проснуться, выпью все таблетки", S),
    # ---- Turkish
    # throwing oneself off a bridge, out of a window
    ("tr", "arkadaşım bu gece kendini köprüden atacağını söyledi", S),
    ("tr", "bu gece kendimi camdan atacağım", S),
    # a can of petrol
    ("tr", "bir bidon benzinle okula gideceğim, herkes yanacak", HO),
    ("tr", "bir bidon benzin aldım, onun evini yakacağım", HO),
    # a sore throat after an attempt, or the risk after the doctor's visit
    ("tr", "boğazım ağrıyor, dün gece kendimi asmaya çalıştım", S),
    ("tr", "boğazım ağrıyor, yarın doktora gideceğim ama bu gece bütün hapları içeceğim", S),
    # debts paid as putting affairs in order
    ("tr", "borçlarımı ödedim, vasiyetimi yazdım, artık gidebilirim", S),
    ("tr", "borçlarımı ödedim, bu gece kendimi öldüreceğim", S),
    # the house and the key, with a threat
    ("tr", "evini biliyorum, anahtar da yanımda, bu gece onu bıçaklayacağım", HO),
    ("tr", "evini biliyorum, yanımda bıçak var, onu öldüreceğim", HO),
    # medicine hoarded for an overdose
    ("tr", "ilaç kutularını biriktiriyorum, hepsini bir gecede içeceğim", S),
    ("tr", "ilaçlarımı biriktiriyorum, hepsini birden yutup öleceğim", S),
    # head banging as self-harm
    ("tr", "kafamı duvara vurup kanatıyorum, kendime zarar veriyorum", SH),
    ("tr", "kafamı duvara vuruyorum, kendimi kesiyorum her gece", SH),
    # a locked door as confinement, or a locked door and a rope
    ("tr", "kapıyı kilitlemiş gitmiş, beni içeri kapattı, dövüyor", AB),
    ("tr", "kapıyı kilitledim, ipi hazırladım, bu gece kendimi asacağım", S),
    # cutting oneself
    ("tr", "kesmek istiyorum kendimi yine, kan görmek istiyorum", SH),
    ("tr", "kollarımı kesmek istiyorum, jilet hazır", SH),
    # vomiting after an overdose or a poison
    ("tr", "kusuyorum, bütün hapları içtim", S),
    ("tr", "kusuyorum, çamaşır suyu içtim ölmek için", MED),
    # nothing will matter after tomorrow evening
    ("tr", "yarın akşamdan sonra hiçbir şeyin önemi kalmayacak, ben olmayacağım", S),
    ("tr", "yarın akşamdan sonra beni bir daha görmeyeceksiniz, kendimi öldüreceğim", S),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_model_twin_safe(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_model_twin_crisis(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)
