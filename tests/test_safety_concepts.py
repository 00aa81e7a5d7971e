"""Concept-level tests: each risk concept in several languages, plus idiom/negation negatives,
and the fast-path invariants (every rule reachable through its key; plain tokens == full)."""

from __future__ import annotations

import random
import sys

import pytest

from safety import Level, assess
from safety.detector import _lexicon, anchored, vocabulary
from safety.normalize import tokenize

CRISIS = [
    # (a) not wanting to exist / wake up
    ("en", "I don't think I want to be alive much longer"),
    ("en", "wishing I wouldn't wake up tomorrow"),
    ("en", "part of me wants to just stop existing"),
    ("es", "ojalá no despierte mañana"),
    ("de", "ich will nie mehr aufwachen"),
    ("fr", "je ne veux plus vivre"),
    ("ru", "я больше не хочу жить"),
    # (b) searching for methods
    ("en", "googling ways to die"),
    ("es", "buscando formas de morir"),
    ("pt", "pesquisando formas de me matar"),
    # (c) ending things + time
    ("en", "planning on ending things this weekend"),
    ("de", "ich werde mich heute umbringen"),
    ("fr", "je vais en finir ce soir"),
    ("pl", "zabiję się dzisiaj"),
    # (d) only way out
    ("en", "dying is my only option"),
    ("es", "la muerte es mi única salida"),
    ("it", "morire è la mia unica soluzione"),
    # (e) overdose intent / taken
    ("en", "swallow every pill in the cabinet tonight"),
    ("en", "took 50 ibuprofen an hour ago"),
    ("nl", "ik heb alle pillen genomen"),
    ("tr", "bütün hapları içtim"),
    # (f) means at hand / places
    ("en", "rope ready in my closet"),
    ("en", "sitting on the edge of the bridge"),
    ("en", "took my dad's gun and I'm in the car"),
    ("en", "in the car with the engine running"),
    ("es", "estoy en el borde del puente"),
    # (g) wishing for an accident/illness
    ("en", "hoping I get into a car crash"),
    ("en", "I pray cancer takes me"),
    # (h) someone unresponsive
    ("en", "my friend took a bunch of pills and won't wake up"),
    ("de", "meine freundin atmet nicht"),
    ("it", "mio fratello non respira"),
    # (i) farewell arrangements
    ("en", "please take care of my cat when i'm gone"),
    ("en", "by the time you read this i'll be gone"),
    # (j) self-harm in several languages
    ("en", "i want to feel the blade again"),
    ("pl", "znowu się tnę"),
    ("ru", "опять режу руки"),
    ("es", "volví a cortarme"),
    ("fr", "je me suis encore scarifiée"),
    # (k) abuse
    ("en", "my stepdad chokes me when he is drunk"),
    ("en", "he threatened to kill me"),
    ("de", "mein mann schlägt mich"),
    ("pt", "meu marido me bate"),
]

NOT_CRISIS = [
    ("en", "this exam is killing me"),
    ("en", "i bought a rope for climbing"),
    ("en", "this is my last message before bed, good night"),
    ("en", "ending things with him this weekend"),
    ("en", "my alarm won't wake me up"),
    ("en", "I took 2 ibuprofen for my headache"),
    ("en", "I'm not suicidal, just tired"),
    ("en", "I would never hurt myself"),
    ("es", "me muero de risa"),
    ("de", "ich sterbe vor hunger"),
    ("fr", "je meurs de faim"),
    ("pt", "não quero morrer"),
    ("it", "non voglio morire"),
    ("pl", "nie chcę umrzeć"),
    ("ru", "умираю со смеху"),
    ("tr", "açlıktan ölüyorum"),
]


@pytest.mark.parametrize(("lang", "text"), CRISIS)
def test_concept_crisis(lang: str, text: str) -> None:
    assert assess(text, lang).level is Level.CRISIS, text
    assert assess(text).level is Level.CRISIS, text  # without a language hint too


@pytest.mark.parametrize(("lang", "text"), NOT_CRISIS)
def test_concept_not_crisis(lang: str, text: str) -> None:
    assert assess(text, lang).level is not Level.CRISIS, text


def test_every_rule_reachable_through_fast_path_keys() -> None:
    lex = _lexicon()
    unreachable = [s.rule.id for s in lex.seqs if not anchored(lex, s)]
    assert not unreachable


def test_plain_fast_path_tokens_match_full_tokeniser() -> None:
    norm_mod = sys.modules["safety.normalize"]
    vocab = vocabulary()
    rnd = random.Random(7)
    alphabet = [*list("abcdei kmlo'.,-_!?;:\n\"()/ éüßЖж1*…"), " ", "  ", "... ", "'s", "a.b"]
    texts = ["I'm fine. Really, thanks!", "end.then more", "x-ray of my arm; ok",
             "3am again", "I can't do this…", "don't 'quote' me"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
              for _ in range(3000)]
    orig = norm_mod._plain_tokens
    for t in texts:
        fast = tokenize(t, vocab)
        norm_mod._plain_tokens = lambda norm, text=None: None
        try:
            full = tokenize(t, vocab)
        finally:
            norm_mod._plain_tokens = orig
        assert (fast.words, fast.sent, fast.clause) == (full.words, full.sent, full.clause), t


# ------------------------------------------------------------------------ concept gaps (2nd pass)
CRISIS_GAPS = [  # concept gaps seen on unseen messages, every language
 ("it", "sono solo un peso, ho già regalato le mie cose"),
 ("pt", "sou um peso pra todo mundo, apaguei todas as minhas contas"),
 ("fr", "je suis un poids pour tout le monde. j'ai donné mes affaires"),
 ("de", "bin eh nur ne Last. hab mein Konto gekündigt"),
 ("pl", "jestem ciężarem dla wszystkich, rozdałam swoje rzeczy"),
 ("tr", "herkese yük oluyorum, eşyalarımı dağıttım"),
 ("en", "I'm a burden to everyone. gave away my stuff. friday."),
 ("es", "soy una carga para todos, ya regalé mis cosas"),
 ("nl", "ik ben een last voor iedereen, mijn spullen heb ik weggegeven"),
 ("ru", "я обуза для всех, раздала свои вещи"),
 ("es", "ya escribí las cartas"),
 ("fr", "j'ai écrit mes lettres d'adieu"),
 ("ru", "написала прощальное письмо"),
 ("it", "ho scritto le lettere"),
 ("en", "next week I won't be here anymore"),
 ("es", "hasta aquí llegué"),
 ("de", "alles geregelt. das wird mein Abgang"),
 ("es", "me tiro del puente"),
 ("it", "mi butto dal ponte"),
 ("fr", "demain je saute"),
 ("ru", "прыгну с крыши"),
 ("pl", "skoczę z mostu"),
 ("tr", "köprüden atlayacağım"),
 ("nl", "ik spring van de brug"),
 ("it", "la corda l'ho già comprata"),
 ("en", "the day is the 12th"),
 ("pl", "łyknęłam całe opakowanie"),
 ("tr", "bir kutu parol içtim"),
 ("es", "me tomé todas las pastillas"),
 ("de", "ich hab alle Tabletten genommen"),
 ("fr", "j'ai avalé toute la boîte"),
 ("pt", "tomei todos os remédios"),
 ("it", "ho preso tutte le pillole"),
 ("nl", "ik heb alle pillen ingenomen"),
 ("ru", "выпила все таблетки"),
 ("pt", "vou tomar todos os remédios hj a noite"),
 ("tr", "jiletle kolumu kestim, kan durmuyor"),
 ("nl", "ben mezelf nu aan het snijden"),
 ("es", "me estoy cortando y no para de sangrar"),
 ("de", "ich ritze mich gerade"),
 ("fr", "je me coupe là"),
 ("fr", "je vais le buter, j'ai le couteau"),
 ("pl", "go dźgnę, kosa w szafce"),
 ("ru", "я его пырну, нож в рюкзаке"),
 ("it", "lo ammazzo, il coltello ce l'ho"),
 ("nl", "ik maak hem af, mes gekocht"),
 ("de", "ich stech den ab"),
 ("pt", "vou matar aquele desgraçado, comprei o ferro"),
 ("tr", "babamın silahını çantama koydum"),
 ("en", "he showed me his rifle and said he's gonna teach them a lesson"),
 ("en", "my son said he'd shoot up the school and i found ammo in his room"),
 ("en", "the voices are telling me to hurt my baby"),
 ("ru", "отчим бьёт маму прямо сейчас"),
 ("pl", "ojciec bije mamę"),
 ("de", "mein Vater schlägt meine Mutter gerade"),
 ("fr", "mon mec m'a étranglée... il me tue"),
 ("nl", "mijn vriend heeft me bij mijn keel gegrepen"),
 ("es", "mi novio me volvió a pegar... me mata"),
 ("pt", "mi amigo mandou msg se despedindo e desligou o celular"),
 ("nl", "mijn vriendin stuurde 'sorry voor alles, dag' en neemt niet op"),
 ("it", "il mio amico ha scritto 'addio' e non risponde"),
 ("de", "mein Kumpel schrieb 'macht's gut jungs' und sein Handy ist aus"),
 ("fr", "ma pote m'a envoyé 'adieu'"),
 ("tr", "kuzenim 'son paylaşımım' diye köprüden foto attı"),
 ("en", "a classmate posted a pic of pills with 'that's it, enough' and went offline"),
 ("en", "my sister locked herself in the bathroom cutting, there's blood under the door"),
 ("en", "my friend's find my phone shows him at the bridge"),
 ("en", "he's on the floor foaming at the mouth with an empty pill bottle"),
 ("en", "her face is drooping and she can't speak"),
 ("en", "crushing chest pain going down my left arm"),
 ("en", "grandpa fell and is not answering, his breathing sounds weird"),
 ("en", "mixed xanax with whiskey on purpose, getting sleepy"),
 ("es", "k1ero m0r1r"),
 ("fr", "j veu mour1r"),
 ("pt", "qro morrer"),
 ("es", "qiero morir"),
 ("fr", "jveux mourir"),
 ("en", "at the pier, water's cold, I can't swim, I think this is it"),
 ("en", "tomorrow I go to the hardware store for the last thing I need, then it's over"),
 ("en", "S.U.I.C.I.D.E. planned for sunday"),
 ("es", "el viernes se acaba todo"),
 ("es", "nadie me va a extrañar, ya borré mis cuentas"),
 ("de", "nächste Woche bin ich nicht mehr da"),
 ("tr", "annem felç geçiriyor galiba, yüzü kaydı konuşamıyor"),
 ("ru", "он упал и не отвечает, странно дышит"),
 ("es", "mi abuelo está en el piso echando espuma por la boca"),
 ("de", "opa ist gestürzt und reagiert nicht"),
 ("fr", "mon grand-père est tombé et ne répond plus"),
 ("it", "ha la faccia storta e non riesce a parlare"),
 ("pt", "dor forte no peito indo pro braço esquerdo"),
 ("pl", "ma pianę na ustach"),
 ("nl", "hij heeft schuim op de mond"),
]
NOT_CRISIS_GAPS = [  # parent hyperbole, caffeine/netflix "overdose", homework, slang meta, breakups
 ("es", "mi madre me va a matar cuando vea las notas jajaja"),
 ("pt", "minha mãe vai me matar quando ver minha nota"),
 ("de", "meine Mutter bringt mich um wenn sie das sieht"),
 ("fr", "ma mère va me tuer quand elle verra mon bulletin"),
 ("it", "mia madre mi ammazza se lo scopre"),
 ("nl", "mijn moeder vermoordt me als ze dit ziet"),
 ("ru", "мама меня убьёт, если узнает"),
 ("pl", "mama mnie zabije jak zobaczy oceny"),
 ("tr", "annem beni öldürecek karnemi görünce"),
 ("en", "my mom is gonna kill me when she sees my grades"),
 ("en", "overdosed on coffee this morning lol"),
 ("en", "overdosed on caffeine again, my hands are shaking"),
 ("en", "I overdosed on sugar at the party"),
 ("en", "overdosed on netflix this weekend"),
 ("en", "what's the lethal dose of caffeine? my pharmacology prof asked us to calculate it"),
 ("en", "my 9yo keeps saying 'unalive' because of tiktok"),
 ("en", "ctb = call the boss? my coworker wrote that"),
 ("en", "gonna end it with my situationship tonight"),
 ("en", "going to end it with my boyfriend tonight"),
 ("en", "gonna end things with my gf tonight"),
 ("es", "compré una cuerda de escalar nueva pa ir a la montaña el sábado"),
 ("fr", "j'ai acheté une corde pour l'escalade, on part en falaise samedi"),
 ("it", "mi taglio i capelli corti, che dite?"),
 ("fr", "je me coupe la frange ce soir"),
 ("es", "escribí las cartas de navidad"),
 ("de", "ich spring vom Sprungturm"),
 ("es", "el examen de mañana me va a matar"),
 ("fr", "le partiel demain va me tuer"),
 ("pt", "a prova de amanhã vai me matar"),
 ("it", "nn voglio morire eh, sono solo stanco"),
 ("en", "the day is the 12th of may, save the date for the wedding"),
]


@pytest.mark.parametrize(("lang", "text"), CRISIS_GAPS)
def test_concept_gap_crisis(lang: str, text: str) -> None:
    assert assess(text, lang).level is Level.CRISIS, text


@pytest.mark.parametrize(("lang", "text"), NOT_CRISIS_GAPS)
def test_concept_gap_not_crisis(lang: str, text: str) -> None:
    assert assess(text, lang).level is not Level.CRISIS, text


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "bin eh nur ne Last"),
    ("it", "sono solo un peso"),
    ("pt", "sou um peso"),
    ("fr", "je suis un poids"),
    ("pl", "jestem ciężarem"),
    ("tr", "herkese yük oluyorum"),
    ("es", "soy una carga"),
    ("nl", "ik ben een last voor iedereen"),
    ("ru", "я обуза"),
    ("en", "I'm a burden to everyone"),
])
def test_burden_alone_is_concern(lang: str, text: str) -> None:
    assert assess(text, lang).level is Level.CONCERN, text


def test_context_exclusion_does_not_hide_own_risk() -> None:
    # the academic-context exclusion masks neighbouring sentences, but only when the
    # context is a task ("asked us to calculate"), not any mention of a class
    text = "my pharmacology prof is so boring. i want to kill myself tonight"
    assert assess(text, "en").level is Level.CRISIS


def test_dotted_letters_do_not_end_the_sentence() -> None:
    toks = tokenize("S.U.I.C.I.D.E. planned for sunday", vocabulary())
    assert toks.words == ["suicide", "planned", "for", "sunday"]
    assert len(set(toks.sent)) == 1


# ------------------------------------------------------------ veiled concepts (3rd pass)
CRISIS_VEILED = [  # being found, quantity "to not wake up", calm after deciding + means, farewells
    ("en", "my sister will find me tomorrow morning and i'm sorry for that"),
    ("en", "i won't be around for the holidays anyway so don't buy me anything"),
    ("en", "the shotgun is under my bed and i know what i'm doing with it"),
    ("en", "wrote letters to mum and dad. tidying up before i go"),
    ("en", "what's the quickest way with helium"),
    ("en", "how long would it take in a garage with the car running"),
    ("en", "which pills damage the liver fastest"),
    ("en", "what's the amount where you don't wake up"),
    ("en", "got a plan and i've got the means"),
    ("en", "gonna walk into oncoming traffic after work"),
    ("en", "filled my pockets with stones, the river is close"),
    ("en", "after tonight you won't have to deal with me anymore"),
    ("de", "wie viele Tabletten braucht man, um nicht mehr aufzuwachen"),
    ("de", "der Brief liegt in der Schublade, gib ihn Mama wenn sie mich finden"),
    ("fr", "combien de cachets il faut pour ne pas se réveiller"),
    ("fr", "j'ai donné mes jeux, j'en aurai plus besoin. la lettre est dans le tiroir"),
    ("es", "cuántas pastillas hacen falta para no despertar"),
    ("es", "ya dejé una carta, dáselo a mi hermano cuando me encuentren"),
    ("pt", "quantos comprimidos precisa pra não acordar mais"),
    ("pt", "deixei uma carta na gaveta, entrega pra ele quando me acharem"),
    ("it", "quante pastiglie servono per non svegliarsi"),
    ("it", "la lettera è nel cassetto. dalla a mio fratello quando mi trovano"),
    ("nl", "hoeveel pillen heb je nodig om niet meer wakker te worden"),
    ("nl", "zit in de auto met de motor aan en de slang door het raam"),
    ("ru", "сколько нужно выпить чтобы не проснуться"),
    ("ru", "сижу в гараже, мотор работает, ворота закрыты"),
    ("pl", "ile tabletek trzeba wziąć żeby się nie obudzić"),
    ("pl", "siedzę w aucie, silnik chodzi, brama zamknięta"),
    ("tr", "kaç tane hap içersen bir daha uyanmazsın"),
    ("tr", "garajdayım, motor çalışıyor kapı kapalı"),
    # a dangerous place + calm / a goodbye / ideation
    ("de", "bin oben auf dem Parkdeck, es ist windig und ich hab keine Angst mehr"),
    ("fr", "je suis sur le parapet du pont, cherchez pas à me joindre"),
    ("it", "sono sul tetto del palazzo e non ho più paura"),
    ("es", "no me busquen, estoy en la azotea del edificio"),
]

NOT_CRISIS_VEILED = [  # trips, moving, quitting jobs/games/social media, servers, books, New Year
    ("en", "we're going on a trip on friday, bought everything we need for camping"),
    ("en", "new year plans: gym on monday, I bought everything I need"),
    ("en", "the rope is in the shed, we'll need it on saturday for the boat"),
    ("en", "on the roof of the car park now, where are you? the concert starts tonight"),
    ("en", "leaving the discord server tonight, gg everyone it was fun"),
    ("en", "I'm finishing the last chapter tonight, then the book is done"),
    ("en", "my mum will find me a new dentist tomorrow"),
    ("en", "which medications are fastest for a migraine"),
    ("en", "my mum is going to walk into the sea for the charity dip"),
    ("en", "I got the job!! just wanted someone to know"),
    ("en", "dont worry about me, I already took them this morning"),
    ("en", "whats the fastest way to lower blood sugar with insulin"),
    ("de", "Endstation für mich heute ist Köln, dann nehm ich den Bus"),
    ("de", "das Seil liegt im Auto, morgen früh gehen wir klettern"),
    ("fr", "terminus pour moi, je descends ici"),
    ("fr", "c'est décidé, je démissionne vendredi, j'ai plus peur"),
    ("fr", "je suis sur le quai de la gare, mon train pour Lyon part ce soir"),
    ("es", "salimos de vacaciones esta noche, todo preparado en el maletero"),
    ("es", "estoy en el andén esperando el tren, llego esta noche"),
    ("pt", "hoje a noite viajo, tá tudo preparado no carro"),
    ("it", "stasera parto, è tutto pronto, non ho più paura dell'aereo"),
    ("it", "sono sul binario, il treno per Milano arriva adesso"),
    ("ru", "я всё решила, увольняюсь на выходных"),
    ("pl", "w weekend przeprowadzka, ogarnęłam wszystko"),
    ("tr", "cuma günü işten ayrılıyorum, içim rahat"),
    ("de", "letzter Arbeitstag heute, danke für alles Leute, ruft mich nicht an im Urlaub"),
    ("de", "sind auf dem Dach vom Parkhaus, Feuerwerk schauen, sorry an alle die nicht da sind"),
    ("it", "scusate tutti, sono sul tetto a sistemare l'antenna"),
    ("nl", "ik sta op het dak van de parkeergarage, sorry aan iedereen voor de vertraging"),
    ("en", "moving abroad, sold my pc, tidying up before i go"),
    ("en", "leaving the server, don't worry about me guys, gave away my skins"),
]


@pytest.mark.parametrize(("lang", "text"), CRISIS_VEILED)
def test_veiled_concept_crisis(lang: str, text: str) -> None:
    assert assess(text, lang).level is Level.CRISIS, text


@pytest.mark.parametrize(("lang", "text"), NOT_CRISIS_VEILED)
def test_veiled_look_alike_not_crisis(lang: str, text: str) -> None:
    assert assess(text, lang).level is not Level.CRISIS, text


FRESH_FINALITY = [  # no tomorrow / won't live to see the new year / last chapter / switch off
    ("en", "there's no tomorrow for me"),
    ("en", "this is the last chapter of my life"),
    ("en", "i won't see the new year"),
    ("de", "es gibt kein morgen für mich"),
    ("de", "ich werde das neue jahr nicht mehr erleben"),
    ("fr", "il n'y a pas de lendemain pour moi"),
    ("es", "no hay mañana para mí"),
    ("pt", "não tem amanhã pra mim"),
    ("it", "non vedrò il nuovo anno"),
    ("nl", "er is geen toekomst voor mij"),
    ("ru", "я не доживу до нового года"),
    ("pl", "nie dożyję nowego roku"),
    ("tr", "yeni yılı göremeyeceğim"),
]

FRESH_FINALITY_LOOK_ALIKES = [  # parties, books, New Year plans, work jokes
    ("en", "party like there's no tomorrow"),
    ("en", "I won't see the new year fireworks, I'm working"),
    ("en", "the last chapter of my book is done"),
    ("en", "we won't make it to the new year party"),
    ("de", "das letzte Kapitel meines Buches"),
    ("es", "no voy a ver el año nuevo en la plaza, trabajo"),
    ("it", "l'ultimo capitolo della saga"),
    ("ru", "я не доживу до пятницы с этой работой лол"),
]


@pytest.mark.parametrize(("lang", "text"), FRESH_FINALITY)
def test_fresh_finality_crisis(lang: str, text: str) -> None:
    assert assess(text, lang).level is Level.CRISIS, text


@pytest.mark.parametrize(("lang", "text"), FRESH_FINALITY_LOOK_ALIKES)
def test_fresh_finality_look_alike_not_crisis(lang: str, text: str) -> None:
    assert assess(text, lang).level is not Level.CRISIS, text
