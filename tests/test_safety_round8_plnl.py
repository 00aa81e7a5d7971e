"""Round 8 probes for the Polish and Dutch lexicons: new sentences (not from tests/data) for each
concept added in round 8, plus idiom, politeness, past and negation look-alikes that must stay
below crisis."""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, H, A, M = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                  Category.ABUSE, Category.MEDICAL_EMERGENCY)

CRISIS = [
    # better off without me / nobody would miss me
    ("pl", "rodzinie będzie lżej gdyby mnie nie było", S),
    ("pl", "bez mnie wszyscy będą mieli spokój i łatwiej", S),
    ("pl", "wszyscy byliby spokojniejsi gdybym zniknęła", S),
    ("nl", "zonder mij is iedereen beter af en rustiger", S),
    ("nl", "niemand zou me missen als ik er niet meer ben", S),
    # the burden ends
    ("pl", "już nikomu nie będę przeszkadzać", S),
    ("nl", "ik zal jullie nooit meer lastigvallen", S),
    # not waking up / not wanting to live
    ("pl", "chciałabym zasnąć i już się nie obudzić", S),
    ("pl", "codziennie proszę boga żebym się rano nie obudził", S),
    ("nl", "ik wil ook eigenlijk niet meer leven", S),
    # method questions
    ("pl", "ile tabletek nasennych trzeba żeby się nie obudzić", S),
    ("pl", "z którego piętra skoczyć żeby na pewno nie przeżyć", S),
    ("nl", "welke verdieping is hoog genoeg om dood te gaan", S),
    ("nl", "hoe lang duurt het voordat je doodgaat van een overdosis", S),
    # soon gone / deadline
    ("pl", "w niedzielę już mnie nie będzie na tym świecie", S),
    ("nl", "na vrijdag maakt het toch niks meer uit", S),
    # farewell signs combined
    ("pl", "tato przepraszam. naprawdę się starałem", S),
    ("nl", "mama sorry. ik heb mijn best gedaan", S),
    ("pl", "hasło do laptopa jest w szufladzie. tak na wszelki wypadek", S),
    ("nl", "pincode staat op een briefje in mijn la, brief voor mijn ouders ligt ernaast", S),
    ("nl", "zeg tegen mijn zus dat ik van haar hou. dit is het laatste wat je van me hoort", S),
    # a pet handed over before a date
    ("pl", "przygarniesz kotkę? muszę ją oddać do soboty, potem nie będzie miał kto jej karmić", S),
    ("nl", "kan jij mijn hond nemen? hij moet voor zaterdag weg, daarna kan ik niet meer voor hem "
           "zorgen", S),
    # ideation + plan / not joking
    ("pl", "po sesji koniec ze mną, mam już plan", S),
    ("nl", "waarom zou ik nog doorgaan. ik kap ermee", S),
    # self-harm now, fresh wounds, hiding them
    ("pl", "mam nowe rozcięcia na przedramionach", SH),
    ("pl", "strasznie kusi mnie żeby sięgnąć po żyletkę", SH),
    ("pl", "jak ukryć cięcia przed mamą żeby nikt nie zauważył", SH),
    ("nl", "ik wil nu het scheermesje pakken", SH),
    ("nl", "hoe verberg ik mijn snijwonden voor mijn ouders", SH),
    ("nl", "mijn bovenbenen zitten vol verse sneden", SH),
    # overdose and unresponsive
    ("pl", "kolega połknął całą paczkę leków i nie mogę go dobudzić", M),
    ("pl", "wziąłem garść tabsów, serce mi wali", M),
    ("nl", "ze heeft een hele strip paracetamol ingenomen", M),
    ("nl", "mijn vriend is bewusteloos en ademt raar", M),
    # violence and assault
    ("pl", "mąż mnie pobił i zamknął mnie na klucz w mieszkaniu", A),
    ("pl", "zostałam zgwałcona wczoraj przez kolegę", A),
    ("pl", "ojciec powiedział że jak komuś powiem to mnie zatłucze", A),
    ("nl", "mn stiefvader slaat mn moeder weer, ik hoor haar gillen", A),
    ("nl", "ik ben verkracht door een jongen van school", A),
    ("nl", "haar ex dreigt dat hij de kinderen iets aandoet", A),
    # threats to a named person with a time, weapons to school, a hit list
    ("pl", "zatłukę tego gnojka jutro po lekcjach", H),
    ("pl", "ojczyma zaraz uduszę, śpi w pokoju obok", H),
    ("pl", "jutro wezmę nóż do szkoły", H),
    ("pl", "mam listę osób, które pożałują", H),
    ("nl", "ik steek die buurman vanavond neer", H),
    ("nl", "morgen reken ik af met die leraar", H),
]

NOT_CRISIS = [
    # idioms of boredom, hunger, work, parents' anger
    ("pl", "na wykładzie można się powiesić z nudów"),
    ("pl", "umieram z nudów na tej lekcji"),
    ("pl", "zabiję czas grając w gry do wieczora"),
    ("pl", "szef mnie zabije jak się spóźnię"),
    ("nl", "ik verveel me dood"),
    ("nl", "ik heb geen zin meer in school"),
    ("nl", "mijn baas maakt me af als ik te laat ben"),
    ("nl", "de stekker eruit trekken bij dit project"),
    ("nl", "ik sla mezelf voor mn kop"),
    # politeness and absences
    ("pl", "nie będę już wam przeszkadzać, idę spać, dobranoc"),
    ("pl", "jutro mnie nie będzie w pracy, biorę urlop"),
    ("pl", "mam plan na wakacje, nie żartuję, jedziemy do Włoch"),
    ("pl", "hasło do wifi masz na lodówce"),
    ("pl", "dzięki za wszystko, było super na imprezie"),
    ("nl", "ik ga voor de trein van acht uur, die is sneller"),
    ("nl", "bedankt voor alles, het was een top avond"),
    ("nl", "ik zal je niet meer storen, slaap lekker"),
    # past, recovered, denial
    ("pl", "cięłam się w liceum, teraz jest dobrze"),
    ("pl", "dwa lata temu myślałem o samobójstwie, teraz jest lepiej"),
    ("pl", "przeszła mi przez myśl żeby skoczyć z mostu, ale nie zrobiłabym tego"),
    ("pl", "w dzieciństwie ojciec mnie bił, teraz mam z nim dobry kontakt"),
    ("nl", "sneed mezelf vroeger, nu gaat het goed"),
    ("nl", "sneed mezelf als tiener, heb nog littekens"),
]


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_round8_plnl_crisis(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)


@pytest.mark.parametrize(("lang", "text"), NOT_CRISIS)
def test_round8_plnl_not_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
