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
