"""Tests for safety.assess: positives, look-alikes, negation, languages, history, speed."""

from __future__ import annotations

import time

import pytest

from safety import Assessment, Category, Evidence, Level, assess
from safety import model as risk_model

CRISIS_EN = [
    "i want to die",
    "I want to kill myself",
    "i'm going to end it all tonight",
    "I don't want to live anymore",
    "I don't want to be here anymore",
    "I don't see a point in living",
    "I'm not going to lie, I want to die",
    "ngl i want to die",
    "everyone would be better off without me",
    "the world would feel lighter if I wasn't in it",
    "I wish I could go to sleep and never wake up",
    "i won't be around much longer",
    "i wrote my note",
    "i've been stockpiling my pills",
    "what's the most painless way to kill myself",
    "how many pills would it take to die",
    "i wanna kms",
    "i want to unalive myself",
    "thinking about sewerslide",
    "i'm going to ctb",
    "gonna yeet myself off a bridge",
    "i'm going to off myself",
    # chat English drops the "I"
    "want to die tonight",
    "dont want to live anymore",
    "dont want to wake up tomorrow",
]
CRISIS_OBFUSCATED = [
    "i want to k1ll mys3lf",
    "k*ll myself",
    "k.i.l.l myself",
    "k i l l  m y s e l f",
    "i wanna diiiie",
    "I w\u0430nt to d\u0456e",
    "i want to \u200bkill my\u200bself",
    "i want to kill\u200bmyself",  # the invisible space hides a word boundary
    "#wanttodie",
]
NOT_CRISIS = [
    "this exam is killing me",
    "I could kill for a pizza",
    "I'm dying to see it",
    "my feet are killing me",
    "killing it at work",
    "dead tired",
    "I almost died laughing",
    "kill two birds with one stone",
    "shoot me a message",
    "let's hang out",
    "I'd rather die than wear that",
    "kill the process",
    "kill -9 4242",
    "the child process died",
    "hang the picture",
    "execute the script",
    "the suicide squeeze in baseball",
    "cut the onions",
    "the movie where the hero kills himself",
    "a book about suicide prevention",
    "I'm writing an essay on suicide rates",
    "how do I help a friend who is suicidal",
    "I'm not suicidal",
    "I would never hurt myself",
    "I don't want to kill myself, I just feel tired",
    "skilled worker",
    "5 kms away",
    "my therapist is great",
    "thanks, that helps",
    "dont want to live in london",
    "they dont want to live anymore in that flat",
    "want to die on this hill lol",
    "#deadline tomorrow",
    # a relapse told as past, followed by recovery since
    "i relapsed last year and cut myself but i've been ok since",
    "i cut myself years ago, been clean ever since",
]


@pytest.mark.parametrize("text", CRISIS_EN + CRISIS_OBFUSCATED)
def test_crisis_en(text: str) -> None:
    a = assess(text)
    assert a.level is Level.CRISIS, (text, a)
    assert Category.SUICIDE in a.categories


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_not_crisis(text: str) -> None:
    assert assess(text).level is not Level.CRISIS, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i cut myself last night", Category.SELF_HARM),
        ("i've been cutting again", Category.SELF_HARM),
        ("i burned myself on purpose", Category.SELF_HARM),
        # a relapse after the recovery marker is not over
        ("i was clean since 2019 but relapsed and cut myself last night", Category.SELF_HARM),
        ("i'm going to kill him", Category.HARM_TO_OTHERS),
        ("i'm bringing a gun to school tomorrow", Category.HARM_TO_OTHERS),
        ("my partner hits me", Category.ABUSE),
        ("he threatened to kill me", Category.ABUSE),
        ("i was sexually assaulted", Category.ABUSE),
        ("i took 30 pills", Category.MEDICAL_EMERGENCY),
        ("my kid drank bleach", Category.MEDICAL_EMERGENCY),
    ],
)
def test_categories(text: str, category: Category) -> None:
    a = assess(text)
    assert a.level is Level.CRISIS, text
    assert category in a.categories


@pytest.mark.parametrize(
    "text",
    ["I feel hopeless", "what's the point", "I can't do this anymore", "I hate myself",
     "i used to cut myself years ago", "i'm scared to go home", "kys",
     "my chest hurts"],
)
def test_concern(text: str) -> None:
    assert assess(text).level is Level.CONCERN, text


@pytest.mark.parametrize(
    "text",
    ["I took 30 pills", "i'm standing on the bridge right now", "i want to die tonight",
     "my kid drank bleach"],
)
def test_imminent(text: str) -> None:
    a = assess(text)
    assert a.level is Level.CRISIS and a.imminent, text


def test_not_imminent_without_time_or_means() -> None:
    a = assess("i want to die")
    assert a.level is Level.CRISIS and not a.imminent


LANG_POS = {
    "es": ["quiero morir", "me quiero matar", "no quiero vivir más", "quiero suicidarme",
           "me corto", "me corto los brazos otra vez"],
    "de": ["ich will sterben", "ich bring mich um", "ich will nicht mehr leben", "ich ritze mich"],
    "fr": ["je veux mourir", "je veux me suicider", "j'ai envie d'en finir", "je me scarifie"],
    "pt": ["quero morrer", "vou me matar", "me corto os pulsos"],
    "it": ["voglio morire", "mi voglio uccidere", "voglio farla finita", "mi taglio"],
    "nl": ["ik wil dood", "ik wil er een eind aan maken", "zelfmoord plegen", "ik snij mezelf"],
    "ru": ["хочу умереть", "покончить с собой", "не хочу жить", "я режу себя"],
    "pl": ["chcę umrzeć", "zabiję się", "nie chcę żyć", "tnę się"],
    "tr": ["ölmek istiyorum", "kendimi öldüreceğim", "intihar etmek istiyorum",
           "yaşamak istemiyorum", "kendimi kesiyorum"],
}
LANG_NEG = {
    "es": ["me muero de risa", "me mata este examen", "no quiero morir"],
    "de": ["ich sterbe vor Hunger", "das bringt mich um", "ich will nicht sterben"],
    "fr": ["je meurs de faim", "ça me tue", "je ne veux pas mourir"],
    "pt": ["morrendo de fome", "morri de rir"],
    "it": ["muoio di fame", "muoio dal ridere"],
    "nl": ["ik ga dood van de honger", "ik ben doodmoe"],
    "ru": ["умираю со смеху", "умираю от голода"],
    "pl": ["umieram z głodu", "umieram ze śmiechu"],
    "tr": ["açlıktan ölüyorum", "gülmekten öldüm"],
}


@pytest.mark.parametrize(("lang", "text"), [(lg, t) for lg, ts in LANG_POS.items() for t in ts])
@pytest.mark.parametrize("hint", [True, False])
def test_languages_positive(lang: str, text: str, hint: bool) -> None:
    a = assess(text, lang if hint else None)
    assert a.level is Level.CRISIS, (lang, text)
    if hint:
        assert a.lang == lang


@pytest.mark.parametrize(("lang", "text"), [(lg, t) for lg, ts in LANG_NEG.items() for t in ts])
@pytest.mark.parametrize("hint", [True, False])
def test_languages_idioms(lang: str, text: str, hint: bool) -> None:
    assert assess(text, lang if hint else None).level is Level.NONE, (lang, text)


@pytest.mark.parametrize(
    "text",
    ["i love my mate", "ich bin müde", "estoy cansado", "sono stanca", "ik ben moe",
     "я устал", "jestem zmęczony", "çok yorgunum", "the dead sea is salty", "morir is a verb"],
)
def test_no_cross_language_false_positives(text: str) -> None:
    assert assess(text).level is Level.NONE, text


def test_lang_detected() -> None:
    assert assess("quiero morir").lang == "es"
    assert assess("хочу умереть").lang == "ru"
    assert assess("i want to die").lang == "en"


def test_history_raises_borderline_to_crisis() -> None:
    hist = ["i've been stockpiling my pills"]
    a = assess("I think tonight is the night", history=hist)
    assert a.level is Level.CRISIS and a.imminent
    alone = assess("I think tonight is the night")
    assert not alone.imminent  # the stockpiled pills in the history make it imminent
    assert assess("i have them here").level is Level.NONE


def test_history_continuation() -> None:
    hist = ["i want to kill myself"]
    assert assess("i have them here", history=hist).level is Level.CRISIS
    assert assess("i feel hopeless", history=hist).level is Level.CRISIS


def test_history_alone_never_makes_harmless_crisis() -> None:
    hist = ["i want to die", "i have a rope"]
    assert assess("thanks, that helps", history=hist).level is Level.NONE


def test_history_counts_a_plan_the_signal_layer_found() -> None:
    """A past message that was a crisis only through the signal layer still raises the next."""
    plan = "i have a list of people at school i want to hurt and i know where my uncles gun is"
    assert assess(plan).level is Level.CRISIS
    assert assess("i hate myself so much").level is Level.CONCERN
    a = assess("i hate myself so much", history=[plan])
    assert a.level is Level.CRISIS
    assert Category.HARM_TO_OTHERS in a.categories


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i relapsed on cutting last month but ive been ok since", Level.CONCERN),
        ("i took a pencil sharpener apart for the blade. 6 months clean gone", Level.CRISIS),
        ("3 weeks clean from self harm", Level.CONCERN),
    ],
)
def test_recovery_and_broken_streaks(text: str, level: Level) -> None:
    assert assess(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("broke open a sharpener to get the blade out", Level.CRISIS),
        ("taking apart a razor for the blades", Level.CRISIS),
        ("my pencil sharpener broke, the blade fell out", Level.NONE),
        ("took the sharpener apart to clean it", Level.NONE),
    ],
)
def test_getting_a_blade_out_is_self_harm_by_the_phrases(text: str, level: Level) -> None:
    a = assess(text, "en")
    assert a.level is level
    assert not any(e.rule.startswith("model.") for e in a.evidence)


def test_wanting_to_hurt_someone_is_not_self_harm() -> None:
    a = assess("i want to hurt the kids in my class")
    assert a.categories == (Category.HARM_TO_OTHERS,)


def test_result_shape() -> None:
    a = assess("I want to die. I took 30 pills")
    assert isinstance(a, Assessment)
    assert list(a.categories) == sorted(set(a.categories), key=lambda c: c.value)
    for e in a.evidence:
        assert isinstance(e, Evidence)
        s, t = e.span
        assert 0 <= s <= t <= len("I want to die. I took 30 pills")
    assert Level.CRISIS.rank > Level.CONCERN.rank > Level.NONE.rank


def test_evidence_span_into_original() -> None:
    text = "Honestly... I W\u0430NT TO DIE"
    a = assess(text)
    ev = next(e for e in a.evidence if e.rule == "en.suicide.want_die")
    assert text[ev.span[0]:ev.span[1]].lower().endswith("die")


def test_empty_and_weird_input() -> None:
    for t in ["", "   ", "\u200b\u200b", "😭😭😭", "!!!", "a" * 5000]:
        assert assess(t).level is Level.NONE


ADVERSARIAL = [
    ("k i l l " * 600)[:4096],
    ("k i l l m y s e l f " * 250)[:4096],
    "a" * 4096,
    ("k\u200bi\u200dl\u2060l\ufeff " * 600)[:4096],
    ("i want to di want to kil my sel " * 200)[:4096],
    ("die to want i myself kill " * 200)[:4096],
    ("k1ll m*self d13 su!c!de " * 200)[:4096],
    ("diiiiiiiiiiiie kiiiiiiiiiill " * 200)[:4096],
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_adversarial_timing(text: str) -> None:
    assess(text)
    t0 = time.perf_counter()
    assess(text)
    assert time.perf_counter() - t0 < 0.05


def test_long_message_with_real_signal_at_end() -> None:
    text = ("die to want i " * 250) + ". i want to kill myself"
    assert assess(text).level is Level.CRISIS


# ---------------------------------------------- caps: denial, past, accidents, jokes, media
@pytest.mark.parametrize("text", [
    "i keep thinking everyone would be better off without me. not planning anything though",
    "i used to have a plan to end my life back in uni. i'm safe now",
    "i was suicidal in 2019, doing great now",
    "had thoughts of ending it last year, therapy helped a lot",
    "stabbed myself with a fork by accident eating pasta",
    "cut myself shaving again, so annoying",
    "kms this lag 😭 ping is 300",
    "time to unalive the boss 💀",
    "sometimes i think it'd be easier if i wasn't around but i'd never actually do anything",
    "some days i wish i wouldn't wake up. not gonna do anything, just venting",
])
def test_caps_keep_past_denied_and_joking_lines_below_crisis(text: str) -> None:
    assert assess(text, "en").level is not Level.CRISIS


@pytest.mark.parametrize("text", [
    "i want to kill myself tonight",
    "not gonna lie, i want to die",
    "i used to be fine but now i want to kill myself again",
    "gonna kms after this game lol",
])
def test_caps_do_not_swallow_current_risk(text: str) -> None:
    assert assess(text, "en").level is Level.CRISIS


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "llevo 6 meses sin hacerme daño, esta semana fue dura"),
    ("de", "früher hab ich mich geritzt, bisher nix gemacht"),
    ("it", "quando sono in ansia mi gratto fino a sanguinare, è già autolesionismo?"),
    ("pt", "quando fico nervosa coço a pele até sangrar, isso já é autolesão?"),
    ("nl", "ik hoop soms dat ik niet meer wakker word, maar ik ga niks doen"),
    ("nl", "ik heb me kapot gelachen om die sketch"),
    ("pl", "cięłam się w liceum, od 2 lat czysto"),
    ("ru", "царапаю себе руки когда нервничаю, это нормально?"),
    ("fr", "Vous pouvez même penser que le suicide est la seule issue. Si vous lisez ceci, "
           "parlez-en."),
])
def test_caps_in_other_languages(lang: str, text: str) -> None:
    assert assess(text, lang).level is not Level.CRISIS


# A first-person threat to kill a named person, in every language: crisis with a time or a
# condition (a plan), concern without one (anger and hyperbole are common), nothing when it is
# laughter, affection, an idiom, or aimed at "you" or at the writer.
KILL_PERSON_PLAN = [
    "voy a matar a mi padrastro cuando llegue", "esta noche lo mato",
    "ich bring ihn um wenn er heimkommt", "ich werde meinen vater heute abend abstechen",
    "vou matar ele amanhã", "quando ele chegar eu mato ele", "lo ammazzo stasera",
    "quando torna lo uccido", "ik vermoord hem vanavond",
    "ik ga mijn stiefvader vannacht vermoorden",
    "zabiję go jak wróci", "dziś w nocy zabiję ojczyma", "убью его когда он придёт",
    "сегодня ночью зарежу отчима", "onu bu gece öldüreceğim", "eve gelince babamı bıçaklayacağım",
]
KILL_PERSON_ANGER = [
    "voy a matar a mi hermano", "ich bring meinen bruder um", "vou matar meu irmão",
    "voglio ammazzare mio fratello", "ik vermoord mijn broer", "zabiję mojego brata",
    "убью своего брата", "kardeşimi öldüreceğim",
]
KILL_PERSON_NOT = [
    "te voy a matar jajaja", "lo voy a matar a besos cuando llegue jaja",
    "voy a matar el tiempo hoy",
    "ich bring dich um wenn du das nochmal machst 😂", "ich bring heute den müll runter",
    "minha mãe vai me matar hoje", "vou matar a saudade amanhã",
    "meu cachorro comeu meu tênis, vou matar ele kkkk",
    "ti ammazzo se mi spoileri il finale stasera", "ammazzo il tempo stasera",
    "ik vermoord je als je dat nog een keer doet haha", "mama mnie dziś zabije",
    "dziś w nocy zabiję nudę", "убью тебя если опять опоздаешь)))", "убить время сегодня",
    "seni öldürürüm bu gece haha", "annem beni bu gece öldürecek",
]


@pytest.mark.parametrize("text", KILL_PERSON_PLAN)
def test_threat_to_kill_someone_with_a_time_is_crisis(text: str) -> None:
    a = assess(text)
    assert a.level is Level.CRISIS, (text, a)
    assert Category.HARM_TO_OTHERS in a.categories


@pytest.mark.parametrize("text", KILL_PERSON_ANGER)
def test_threat_to_kill_someone_alone_is_concern(text: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # the phrases' own reading; the learned layer may back the concern up to crisis (the data
    # writers label most such threats crisis), and then keeps the category the phrases saw
    a = assess(text)
    assert a.level.at_least(Level.CONCERN) and a.categories == (Category.HARM_TO_OTHERS,), a
    monkeypatch.setattr(risk_model, "load", lambda *args, **kwargs: None)
    a = assess(text)
    assert a.level is Level.CONCERN, (text, a)
    assert a.categories == (Category.HARM_TO_OTHERS,)


@pytest.mark.parametrize("text", KILL_PERSON_NOT)
def test_kill_idioms_jokes_and_second_person_are_not_crisis(text: str) -> None:
    assert assess(text).level is not Level.CRISIS, text


@pytest.mark.parametrize("text", [
    "haha anyway i took all 40 of my pills an hour ago",
    "kkkk i just downed a whole bottle of pills",
    "gonna kms after this game lol",
    # caught by the signal and learned layers, which another language's cap held back
    "drank half a bottle of vodka with like 10 of my xanax. feeling weird and floaty lol",
    "gave my guitar to my little cousin today. told him to look after it bc i wont need it",
])
def test_other_languages_joke_markers_do_not_soften_english_rules(text: str) -> None:
    # with no language hint every lexicon's caps run; only English ones speak for English rules
    assert assess(text).level is Level.CRISIS


def test_a_language_keeps_its_own_caps_without_a_hint() -> None:
    text = "ano passado pensei em me matar, hoje tô bem melhor"
    assert assess(text, "pt").level is not Level.CRISIS
    assert assess(text).level is not Level.CRISIS


@pytest.mark.parametrize("text", [
    "I want to kill myself",
    "im gonna kill myself tonight",
    "i will kill myself tomorrow",
    "je vais me tuer ce soir",
])
def test_a_threat_pattern_naming_only_the_writer_is_not_harm_to_others(text: str) -> None:
    # the threat rules ("gonna kill <name>", "<intent> <verb> ... tonight") must not file the
    # writer's own suicide as a threat to someone else: the reply would address the wrong risk
    a = assess(text)
    assert a.level is Level.CRISIS
    assert a.categories == (Category.SUICIDE,)


@pytest.mark.parametrize("text", [
    "im gonna kill darren tonight",
    "i swear ill stab him tonight",
])
def test_a_threat_to_someone_named_keeps_its_category(text: str) -> None:
    a = assess(text)
    assert a.level is Level.CRISIS and Category.HARM_TO_OTHERS in a.categories
