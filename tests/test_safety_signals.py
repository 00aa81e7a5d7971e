"""Tests for the co-occurrence signal layer (``safety.signals``)."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import json
import re
import time
from pathlib import Path

import pytest

from safety import normalize
from safety.assessment import Category, Level
from safety.signals import SIGNALS_PATH, SignalResult, load, score

DATA = Path(__file__).parent / "data"
BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
CASES = [json.loads(x) for x in (DATA / "signals_cases.jsonl").read_text("utf-8").splitlines()
         if x.strip()]


def sig(text: str) -> SignalResult:
    """Score raw text the way the detector will: normalise first."""
    return score(normalize(text))


# ------------------------------------------------------------------------------ the API

def test_result_type_and_none() -> None:
    r = sig("had a nice walk in the park with my sister today")
    assert isinstance(r, SignalResult)
    assert r == SignalResult(Level.NONE, (), False, ())
    assert score("") == SignalResult(Level.NONE, (), False, ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.level = Level.CRISIS  # type: ignore[misc]


def test_crisis_result_fields() -> None:
    r = sig("i just swallowed like 40 of my antidepressants")
    assert r.level is Level.CRISIS
    assert r.categories[:2] == (Category.MEDICAL_EMERGENCY, Category.SUICIDE)
    assert r.imminent is True
    assert "overdose_taken" in r.rules
    assert all(isinstance(c, Category) for c in r.categories)


def test_pure_and_deterministic() -> None:
    text = normalize("the rope is tied and i tested that it holds")
    assert score(text) == score(text) == score(text)


# ------------------------------------------------------------------------ written cases

def test_cases_file_is_big_and_varied() -> None:
    langs = {c["lang"] for c in CASES}
    assert len(CASES) >= 120
    assert {"en", "es", "de", "fr", "pt", "it", "nl", "ru", "pl", "tr"} <= langs
    cats = {cat for c in CASES for cat in c["categories"]}
    assert cats == {c.value for c in Category}
    assert sum(c["level"] == "none" for c in CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_case(case: dict) -> None:
    r = sig(case["text"])
    assert r.level.value == case["level"], r
    assert set(case["categories"]) <= {c.value for c in r.categories}, r
    if "imminent" in case:
        assert r.imminent is case["imminent"], r


# ----------------------------------------------------------------------------- negatives

@pytest.mark.parametrize("text", [
    "i took 2 ibuprofen for my headache",
    "my dad has a gun for hunting",
    "we went to the shooting range",
    "rope for my climbing class",
    "the bridge is closed for repairs",
    "tonight is the last episode",
    "bye everyone see you tomorrow",
    "i gave my old guitar to my cousin",
    "deleted my instagram to focus on exams",
    "i paid back my student loan",
    "my cat knocked the pills off the sink",
    "kill the process",
    "the train was late tonight",
    # Decision: swallowing food is not in the ingestion vocabulary (only bleach, pills,
    # batteries, detergent...), and "he's fine" confirms it; choking is the detector's job.
    "my son swallowed a grape whole lol he's fine",
    "we watched a movie where he jumps off a bridge",
    "how high is the golden gate bridge",
    "chop the onions with a sharp knife and cut the carrots",
    "we killed it tonight, he shot a three pointer",
    "i would never take all my pills",
    "im not going to hurt him",
    "dont worry im not going to do anything",
    "mondays make me want to die lol",
    "i took all my meds this morning",
    "my mom is gonna kill me if i fail lol",
    "hit me up later",
    "i'm ending things with him tonight",
])
def test_stays_none(text: str) -> None:
    assert sig(text).level is Level.NONE, sig(text)


def test_tourist_vs_research() -> None:
    assert sig("how high is the golden gate bridge").level is Level.NONE
    assert sig("how high does the bridge need to be to make sure i die").level is Level.CRISIS


def test_negation_is_reported() -> None:
    r = sig("i would never take all my pills tonight")
    assert r.level is Level.NONE
    assert "negated:overdose_intent" in r.rules
    r = sig("im not going to kill him tonight")
    assert r.level is Level.NONE and "negated:harm_others" in r.rules


def test_dont_call_anyone_is_not_a_negation_of_the_act() -> None:
    r = sig("took 30 of my sleeping pills. dont call anyone")
    assert r.level is Level.CRISIS and r.imminent


def test_cant_stop_is_not_a_negation() -> None:
    assert sig("i cant stop cutting myself").level is Level.CRISIS


def test_hyperbole_keeps_harm_to_others_at_concern() -> None:
    assert sig("i'd kill him lol").level is Level.NONE
    assert sig("im gonna kill him lol").level is Level.CONCERN
    assert sig("im gonna kill him tonight when hes asleep").level is Level.CRISIS


def test_child_accidental_ingestion_is_medical_only() -> None:
    r = sig("my 3 year old swallowed some of my pills")
    assert r.level is Level.CRISIS and r.imminent
    assert r.categories == (Category.MEDICAL_EMERGENCY,)


# ------------------------------------------------------------------------ labelled sets

def _rows(name: str) -> list[dict]:
    p = DATA / name
    return [json.loads(x) for x in p.read_text("utf-8").splitlines() if x.strip()]


@pytest.mark.parametrize("name", ["safety_corpus.jsonl", "safety_holdout.jsonl"])
def test_no_false_crisis_on_labelled_sets(name: str) -> None:
    bad = [r["text"] for r in _rows(name)
           if r["level"] != "crisis" and sig(r["text"]).level is Level.CRISIS]
    assert bad == []


def test_no_false_crisis_on_xstest_safe() -> None:
    p = BENCH / "xstest_prompts.csv"
    if not p.exists():
        pytest.skip("XSTest not available")
    with p.open(encoding="utf-8") as fh:
        safe = [r["prompt"] for r in csv.DictReader(fh) if r["label"] == "safe"]
    assert [t for t in safe if sig(t).level is Level.CRISIS] == []


def test_moderation_clean_false_crisis_at_most_one_percent() -> None:
    p = BENCH / "openai-moderation-samples-1680.jsonl.gz"
    if not p.exists():
        pytest.skip("moderation samples not available")
    keys = ("S", "H", "V", "HR", "SH", "S3", "H2", "V2")
    with gzip.open(p, "rt", encoding="utf-8") as fh:
        rows = [json.loads(x) for x in fh]
    clean = [r["prompt"] for r in rows
             if all(r.get(k) is not None and int(r[k]) == 0 for k in keys)]
    bad = [t for t in clean if sig(t).level is Level.CRISIS]
    assert len(bad) <= len(clean) // 100, bad


# -------------------------------------------------------------------------- vocabulary

def test_yaml_classes_used_by_code_exist() -> None:
    from safety import signals

    src = Path(signals.__file__).read_text("utf-8")
    used: set[str] = set()
    for args in re.findall(r"m\.(?:has|spans|near|before|after)\(([^)]*)\)", src):
        used |= set(re.findall(r'"([a-z_0-9]+)"', args))
    for group in (signals._ANCHORS, signals._MEANS, signals._HOLDABLE, signals._PLACES,
                  signals._FINAL):
        used |= set(group)
    classes = set(load(SIGNALS_PATH).words)
    assert used - classes <= {"number"}, used - classes


def test_yaml_is_not_a_detector_lexicon() -> None:
    import yaml

    doc = yaml.safe_load(SIGNALS_PATH.read_text("utf-8"))
    assert set(doc) == {"classes", "words"}


def test_yaml_entries_are_normalised_forms() -> None:
    lex = load(SIGNALS_PATH)
    for phrases in lex.first.values():
        for p, _cls in phrases:
            assert all(t == t.lower() and "'" not in t for t in p), p


# ------------------------------------------------------------------------------- speed

def test_speed_bench() -> None:
    plain = normalize("so today i went to the store and bought some bread, then watched a "
                      "show with my sister and we laughed a lot")
    risky = normalize("i have saved up enough pills and tonight is the night, goodbye")
    score(plain)
    for text, bound_us in ((plain, 40.0), (risky, 1000.0)):
        reps = 2000
        t0 = time.perf_counter()
        for _ in range(reps):
            score(text)
        per = (time.perf_counter() - t0) / reps * 1e6
        assert per < bound_us, (text, per)


# ------------------------------------------- novel phrasing: veiled finality, scouting, posts
# General concepts (a place + scouting, settled affairs / a pet rehomed + a date, a third
# party's goodbye post, height research), scored with the learned model switched off.
NOVEL_CRISIS = [
    ("en", "been checking where the fence is lowest at the reservoir"),
    ("en", "gave my dog to my aunt yesterday, i won't be around for her after saturday"),
    ("en", "sent my brother all my passwords, he doesnt know its for friday"),
    ("en", "i keep looking at which side of the viaduct has no cameras"),
    ("en", "how high does a bridge need to be, asking for me"),
    ("en", "my friend posted a goodbye on her story with a photo of the tracks and now she's "
        "not answering"),
    ("es", "le di mi perro a mi vecina, el viernes ya no estaré"),
    ("de", "hab den Hund ins Tierheim gebracht, Sonntag bin ich nicht mehr da"),
    ("de", "morgen fahr ich zur Talbrücke, danke für alles"),
    ("fr", "j'ai laissé mon chat à ma voisine, demain je ne serai plus là"),
    ("pt", "dei meu gato pra vizinha, amanhã já não vou estar aqui"),
    ("it", "ho lasciato il mio gatto a mia zia, domani non ci sarò"),
    ("nl", "heb mijn wachtwoorden naar mn zus gestuurd, vrijdag ben ik weg"),
    ("ru", "на каком этаже точно разобьешься если прыгнуть с крыши"),
    ("nl", "welke hoogte heb je nodig vanaf de brug"),
]
NOVEL_NONE = [
    ("en", "won't be around for my birthday this year, i'll be in japan!!"),
    ("en", "my diabetic cat needs insulin twice a day"),
    ("en", "made sure the cat has a sitter while we're on holiday"),
    ("en", "sent my sister my netflix password because she's broke lol"),
    ("en", "i'm leaving this server, it's gotten too dramatic. take care everyone"),
    ("en", "took some great photos of the suspension bridge at sunset today"),
    ("en", "what's the tallest bridge in europe? doing a geography project"),
    ("en", "the traffic on the bridge this morning was a joke"),
    ("en", "i'm doing a first aid course next week, what should i expect?"),
    ("en", "gave my old bike to my nephew since i got a new one"),
    ("de", "wir fahren morgen zur Köhlbrandbrücke, Fotos vom Hafen machen"),
    ("en", "not going to do anything, just venting about the reservoir walk being closed"),
]


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lexicons + signals only (the learned layer is retrained separately)."""
    import safety.detector as detector

    monkeypatch.setattr(detector, "_learned_layer", lambda cur, whole: None)


@pytest.mark.parametrize(("lang", "text"), NOVEL_CRISIS)
def test_novel_concepts_crisis(no_model: None, lang: str, text: str) -> None:
    from safety import assess

    assert assess(text, lang).level is Level.CRISIS


@pytest.mark.parametrize(("lang", "text"), NOVEL_NONE)
def test_novel_lookalikes_not_crisis(no_model: None, lang: str, text: str) -> None:
    from safety import assess

    assert assess(text, lang).level is not Level.CRISIS


# ------------------- novel events: abuse, medical signs, planned violence, self-harm now
# Fresh phrasings (not copied from the training files) per category and language, scored
# with the learned model switched off: (lang, text, category).
EVENTS_CRISIS = [
    # medical emergencies: two distinct signs (or one strong sign) with a person
    ("en", "my dad's face is drooping on one side and he has slurred speech", "medical_emergency"),
    ("en", "stung by a wasp and now my throat is swelling and i cant find my epipen",
     "medical_emergency"),
    ("en", "my grandma hit her head on the kitchen tiles and now she's confused and being sick",
     "medical_emergency"),
    ("es", "mi abuelo tiene la boca torcida y no puede levantar el brazo", "medical_emergency"),
    ("de", "meine Mutter lallt und kann den Arm nicht heben", "medical_emergency"),
    ("fr", "mon père a la bouche de travers et ne peut plus lever le bras", "medical_emergency"),
    ("pt", "minha avó está com a boca torta e fala enrolada", "medical_emergency"),
    ("it", "mio nonno ha la bocca storta e biascica", "medical_emergency"),
    ("nl", "mijn opa zijn mondhoek hangt en hij lalt", "medical_emergency"),
    ("ru", "у бабушки перекосило лицо и невнятная речь", "medical_emergency"),
    ("pl", "dziadek bełkocze i opadł mu kącik ust", "medical_emergency"),
    ("tr", "dedemin ağzı kaydı ve kolunu kaldıramıyor", "medical_emergency"),
    # abuse: an elder robbed/hit by a carer or relative, a child locked in, strangling,
    # documents taken + confinement, a minor told to keep a secret
    ("en", "the carer takes her pension and slaps her when nobody is around", "abuse"),
    ("es", "mi tío le quita la pensión a la abuela y la encierra", "abuse"),
    ("de", "der Pfleger nimmt ihr die Rente und sperrt sie ein", "abuse"),
    ("fr", "mon oncle lui prend sa retraite et l'enferme toute la journée", "abuse"),
    ("pt", "a cuidadora pega a aposentadoria e deixa minha avó sem comer", "abuse"),
    ("it", "la badante le prende la pensione e la chiude in camera", "abuse"),
    ("nl", "de verzorger pakt haar pensioen en sluit haar op", "abuse"),
    ("ru", "сиделка забирает пенсию и запирает бабушку", "abuse"),
    ("pl", "opiekunka zabiera jej emeryturę i zamyka babcię", "abuse"),
    ("tr", "bakıcı dedemin emekli maaşını alıyor ve odasına kilitliyor", "abuse"),
    ("en", "my boyfriend held me by the throat again last night", "abuse"),
    ("en", "my employer took my passport and locked the door, i haven't been paid", "abuse"),
    ("en", "i'm 13 and my uncle says it's our secret and not to tell anyone", "abuse"),
    ("ru", "отчим бьёт маму, я заперлась в ванной", "abuse"),
    ("tr", "babam annemi dövüyor şu an, odaya kilitlendik", "abuse"),
    # planned violence: weapon + time + target/revenge
    ("en", "bringing the bat to his house tomorrow, he'll regret it. they'll all pay",
     "harm_to_others"),
    ("en", "made a list of names. on friday at school they'll all pay", "harm_to_others"),
    ("es", "mañana llevo el cuchillo al colegio, todos lo van a pagar", "harm_to_others"),
    ("de", "morgen nehm ich das Messer mit in die Schule, die werden es bereuen", "harm_to_others"),
    ("fr", "demain j'amène le couteau au lycée, ils vont tous payer", "harm_to_others"),
    ("pt", "amanhã levo a faca pra escola, eles vão pagar", "harm_to_others"),
    ("it", "domani porto il coltello a scuola, la pagheranno", "harm_to_others"),
    ("nl", "morgen neem ik het mes mee naar school, ze zullen boeten", "harm_to_others"),
    ("ru", "завтра возьму нож в школу, все пожалеют", "harm_to_others"),
    ("pl", "jutro biorę nóż do szkoły, wszyscy pożałują", "harm_to_others"),
    ("tr", "yarın okula bıçak getiriyorum, hepsi pişman olacak", "harm_to_others"),
    # self-harm happening now
    ("en", "scratching my arms till they bleed right now and i cant stop", "self_harm"),
    ("en", "burning my wrist with a cigarette again tonight", "self_harm"),
    ("es", "me estoy rascando hasta sangrar ahora y no puedo parar", "self_harm"),
    ("pl", "drapię rękę do krwi i nie mogę przestać", "self_harm"),
    # farewell signs and clipped fragments
    ("en", "giving my things away and writing letters", "suicide"),
    ("en", "rope's up", "suicide"),
    ("en", "tonight. the reservoir. done", "suicide"),
]
EVENTS_NONE = [
    "my face was drooping in the photo because i was so tired lol",
    "the movie had a scene where the old man was slurring his words",
    "my grandma gave her pension to charity and she's proud of it",
    "bringing the bat to baseball practice tomorrow",
    "made a list of names for the wedding invitations on friday",
    "i hit my head on the shelf, ouch, fine now",
    "picking at my skin till it bleeds again, dermatologist next week",
    "writing letters to my pen pal in japan this weekend",
    "the reservoir walk was lovely tonight",
    "lol i can't breathe that's hilarious",
    "how do i kill a process in linux that wont respond",
    "bro my mum is going to end me, i broke her favourite vase",
    "chef burnt my arm with a hot pan by accident at work",
    "i cut myself shaving this morning",
    "took my meds twice by accident, is that dangerous?",
    "kms this lag 😭",
    "time to unalive the boss 💀",
    "i was suicidal in 2019, doing great now",
    "years ago i used to want to die but i'm doing great now",
    "i hate being alive sometimes but i won't do anything",
    "not gonna do anything, just venting",
    "the character in the book kills himself at the end",
]


@pytest.mark.parametrize(("lang", "text", "category"), EVENTS_CRISIS)
def test_novel_events_crisis(no_model: None, lang: str, text: str, category: str) -> None:
    from safety import assess

    a = assess(text, lang)
    assert a.level is Level.CRISIS
    assert Category(category) in a.categories


@pytest.mark.parametrize("text", EVENTS_NONE)
def test_novel_events_lookalikes_not_crisis(no_model: None, text: str) -> None:
    from safety import assess

    assert assess(text, "en").level is not Level.CRISIS
