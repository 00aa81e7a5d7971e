"""Twins of the probes the learned layer got wrong after its threshold change (session 7, fix7c).

The learned layer (``safety/model.py``) now raises a message nothing else flagged with a little
less evidence, and needs a little more to back up the phrases' concern.  It lost one English
crisis probe of tests/test_safety_model.py ("the letter is in my bag, i'll post it tomorrow. by
then it'll be over") and rated look-alike probes of tests/test_safety_concepts.py and
tests/test_safety_round8/9/12_*.py as crises (en, nl, pl, fr, pt, tr, it, ru).

The lost crisis got a phrase rule (``en.concept.s7_post_then_over``): a letter or note to be
posted carries a farewell tag, which with the intent sign of the next sentence ("by then it'll
be over", ``en.concept.r12_intent_signs``) reaches crisis; "by then the offer will be over"
names no risk and stays out.

Each look-alike was defused in its lexicon by a narrow exclusion around the defusing words:

* English (``en.exclude.s7_benign_purpose``): lowering a high blood sugar, what it takes to
  fill a tank or do a chore, minutes or reps of a workout;
* Dutch (``nl.exclude.s7_company_pet``): going somewhere with named company ("met mijn
  vrienden"), a pet hiding under the furniture;
* Polish (``pl.exclude.s7_alarm_hour``): an alarm hour after waking ("o szóstej");
* French (``fr.exclude.s7_baby_pillbox``): the baby's kicks with the pregnancy named, pills
  counted to fill someone's pill organiser;
* Portuguese (``pt.exclude.s7_phone_trip``): shut in with the phone and asking to be left
  alone, a trip under way when the message is read;
* Turkish (``tr.exclude.s7_remove_problem``): a problem or error to remove ("sorunu ortadan
  kaldırmak");
* Italian (``it.exclude.s7_lift``): a relative waiting with the car to give a lift;
* Russian (``ru.exclude.s7_leave_company``): leaving a company, a job or a place.

``SAFE`` holds two more harmless twins per defuser (new sentences with the same defusing
context); they must stay below crisis with the language hint and without it.  ``CRISIS`` holds
two real crises per defuser that share the words but lack the defuser (or carry the risk after
it), and two more variants of the posting rule; they must keep their crisis, so that the
exclusions are shown not to reach them.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, AB, MED = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                      Category.ABUSE, Category.MEDICAL_EMERGENCY)

SAFE = [
    # ---- English
    # a posted letter, then an ordinary deadline (en.concept.s7_post_then_over must not fire)
    ("en", "the letter is in my bag, i'll post it tomorrow. by then the offer will be over"),
    ("en", "the card is in my bag, i'll post it on friday, by then the party will be over"),
    # lowering a high blood sugar (en.exclude.s7_benign_purpose)
    ("en", "how do i lower my blood sugar with a correction dose"),
    ("en", "best way to bring down high blood sugar using insulin?"),
    # what it takes to fill a tank or do a chore
    ("en", "no idea how much it takes to fill the pool, the hose has been on for hours"),
    ("en", "dad knows exactly how much it takes to heat the oil tank for winter"),
    # minutes or reps of a workout
    ("en", "is 30 minutes of walking enough for a beginner"),
    ("en", "would 20 reps of squats be enough for today"),
    # ---- Dutch
    # going somewhere with named company (nl.exclude.s7_company_pet)
    ("nl", "zaterdag gaan we er met de hele klas heen"),
    ("nl", "ik ga er morgen met mijn zus heen, gezellig"),
    # a pet hiding under the furniture
    ("nl", "onze hond ligt onder de tafel en wil er niet onder vandaan"),
    ("nl", "mijn poes zit achter de bank en komt er niet uit"),
    # ---- Polish
    # an alarm hour after waking (pl.exclude.s7_alarm_hour)
    ("pl", "nie chcę jutro wstawać o piątej na zmianę"),
    ("pl", "w sobotę nie chcę się budzić o siódmej, chcę się wyspać"),
    # ---- French
    # the baby's kicks in pregnancy (fr.exclude.s7_baby_pillbox)
    ("fr", "mon bébé me donne des coups de pied toute la nuit, je suis enceinte de 6 mois"),
    ("fr", "le petit lui met des coups de pied dans les côtes, elle accouche en mars"),
    # pills sorted to fill someone's pill organiser
    ("fr", "je trie les médicaments de papi pour remplir son semainier"),
    ("fr", "j'ai rangé les comprimés de maman pour préparer son pilulier de la semaine"),
    # ---- Portuguese
    # shut in with the phone, a pastime or "leave me alone" (pt.exclude.s7_phone_trip)
    ("pt", "tô fechado no quarto com o celular jogando, já saio"),
    ("pt", "to trancado no banheiro com o fone, me deixem em paz"),
    # a trip under way when the message is read
    ("pt", "quando vc ler essa mensagem eu já vou estar na estrada"),
    ("pt", "quando você receber isso já vou estar no ônibus pra praia"),
    # ---- Turkish
    # a problem or an error to remove (tr.exclude.s7_remove_problem)
    ("tr", "bu hatayı ortadan kaldırmamız lazım"),
    ("tr", "evdeki nemi ortadan kaldırmak istiyorum, ne önerirsiniz"),
    # ---- Italian
    # a relative waiting with the car (it.exclude.s7_lift)
    ("it", "mio padre mi aspetta fuori con la macchina, devo scappare"),
    ("it", "la nonna ci aspetta davanti a scuola con la macchina"),
    # ---- Russian
    # leaving a job or a place (ru.exclude.s7_leave_company)
    ("ru", "хочу уволиться с этой работы, надоело"),
    ("ru", "мечтаю сбежать из этого офиса навсегда"),
]

CRISIS = [
    # ---- English
    # the posting errand, then the ending (en.concept.s7_post_then_over and the learned layer)
    ("en", "the letter is in my bag, i'll post it tomorrow. by then i'll be gone", S),
    ("en", "my note to mum is done, i'll post it tonight. by then it'll all be over", S),
    # insulin with no blood sugar named, or the risk after the defuser
    ("en", "whats the fastest way to die with insulin", S),
    ("en", "whats the fastest way to lower my blood sugar with insulin so i never wake up", S),
    # knowing how much it takes with no chore, or the exhaust after the tank
    ("en", "i know exactly how much it takes and i have access", S),
    ("en", "i know exactly how much it takes to fill the tank, the hose is taped to the exhaust",
     S),
    # tablets instead of a workout, or the overdose after the workout
    ("en", "would 40 tablets be enough to not wake up", S),
    ("en", "i did 40 minutes of cardio and now i've taken all my sleeping pills", S),
    # ---- Dutch
    # alone instead of with friends, or the risk after the outing
    ("nl", "vanavond ga ik er alleen heen en spring ik van de brug", S),
    ("nl", "ik ga er vanavond met mijn vrienden heen, maar daarna maak ik er een eind aan", S),
    # the writer hiding under the bed, or an overdose beside the pet
    ("nl", "ik zit onder het bed verstopt, hij slaat me en zoekt me", AB),
    ("nl", "de kat zit onder het bed, ik heb net alle pillen genomen", S),
    # ---- Polish
    # no hour named, or the risk after the alarm
    ("pl", "nie chcę się już nigdy obudzić", S),
    ("pl", "jutro o szóstej mam pobudkę, ale dziś w nocy się zabiję", S),
    # ---- French
    # a man kicking a pregnant woman, the unborn baby in danger, or the kicks without the
    # pregnancy named and a beating after them
    ("fr", "il lui donne des coups de pied dans le ventre, elle est enceinte de 7 mois", AB),
    ("fr", "le bébé ne bouge plus et elle saigne beaucoup, elle est enceinte de 7 mois", MED),
    ("fr", "le bébé lui donne des coups de pied, et son mari la frappe au ventre tous les soirs",
     AB),
    # the pills counted for the writer, or kept back after filling the organiser
    ("fr", "j'ai compté les cachets de mamie, il y en a assez pour en finir ce soir", S),
    ("fr", "j'ai préparé son pilulier, et j'ai gardé toutes ses pilules pour moi pour ce soir",
     S),
    # ---- Portuguese
    # the door being broken after the phone, or a blade instead of the phone
    ("pt", "tô trancada no banheiro com o celular, ele tá arrombando a porta pra me bater", AB),
    ("pt", "tô trancada no banheiro com a lâmina, me deixa", S),
    # no trip (not being here), or the overdose after the trip
    ("pt", "quando você ler isso eu já não vou estar mais aqui", S),
    ("pt", "quando você ler isso eu já vou estar no avião. mentira, já tomei todos os remédios",
     S),
    # ---- Turkish
    # the writer or a person instead of a problem
    ("tr", "kendimi ortadan kaldırmak istiyorum", S),
    ("tr", "bu sorunu ortadan kaldıracağım: yarın onu bıçaklayacağım", HO),
    # ---- Italian
    # an ex waiting with a knife, or the risk after the lift
    ("it", "il mio ex mi aspetta sotto casa con un coltello, dice che mi ammazza", AB),
    ("it", "mia madre mi aspetta sotto casa con la macchina, ma stanotte mi butto dal ponte", S),
    # ---- Russian
    # leaving life, or the risk after leaving the company
    ("ru", "хочу уйти из жизни навсегда", S),
    ("ru", "хочу уйти из этой компании. и из жизни тоже, таблетки уже купил", S),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_model_twin_safe(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_model_twin_crisis(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)
