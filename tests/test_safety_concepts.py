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
