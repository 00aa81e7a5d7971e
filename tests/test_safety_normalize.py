"""Tests for safety.normalize: folding, obfuscation repair, offsets."""

from __future__ import annotations

import pytest

from safety import normalize
from safety.detector import vocabulary
from safety.normalize import normalize_chars, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I WANT TO DIE", "i want to die"),
        ("I don\u2019t want to live", "i dont want to live"),
        ("k\u200bi\u200dl\u2060l myself", "kill myself"),
        ("i want to k1ll mys3lf", "i want to kill myself"),
        ("w4nt to d13", "want to die"),
        ("k*ll myself", "kill myself"),
        ("c*t myself", "cut myself"),
        ("k.i.l.l myself", "kill myself"),
        ("k-i-l-l myself", "kill myself"),
        ("k i l l  m y s e l f", "kill myself"),
        ("k i l l m y s e l f", "kill myself"),
        ("i w a n t  t o  d i e", "i want to die"),  # two-letter words in spelled text
        ("\U0001f178 \U0001f186\U0001f170\U0001f17d\U0001f183", "i want"),  # negative squared
        ("i want 2 die", "i want to die"),
        ("going 2 kill myself", "going to kill myself"),
        ("i wanna diiiie", "i wanna die"),
        ("kiiiill myself", "kill myself"),
        ("I w\u0430nt to d\u0456e", "i want to die"),
        ("\uff49 \uff57\uff41\uff4e\uff54", "i want"),
        ("self-harm", "self harm"),
        ("no quiero vivir m\u00e1s", "no quiero vivir mas"),
        ("i'm $uicidal", "im suicidal"),
        ("su!c!de", "suicide"),
    ],
)
def test_normalize_repairs(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 kms away", "5 kms away"),
        ("at 3am tonight", "at 3am tonight"),
        ("i took 30mg", "i took 30mg"),
        ("skilled worker", "skilled worker"),
        ("therapist", "therapist"),
    ],
)
def test_normalize_keeps_legit_tokens(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("i took 2 pills", "i took 2 pills"), ("i have 2 kids", "i have 2 kids"),
     ("a b and c", "a b and c")],
)
def test_numbers_and_letters_kept_where_they_mean_themselves(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_russian_stays_cyrillic() -> None:
    out = normalize("\u0445\u043e\u0447\u0443 \u0443\u043c\u0435\u0440\u0435\u0442\u044c")
    assert out == "\u0445\u043e\u0447\u0443 \u0443\u043c\u0435\u0440\u0435\u0442\u044c"


def test_greek_lookalikes_in_latin_text() -> None:
    assert normalize("i want to d\u03b9e") == "i want to die"


def test_sentence_boundaries_marked() -> None:
    assert normalize("i am fine. die hard is a film") == "i am fine | die hard is a film"


def test_offsets_point_into_original_text() -> None:
    text = "Ok\u200b\u200b so I w\u0430nt to KILL myself"
    toks = tokenize(text, vocabulary())
    i = toks.words.index("kill")
    s, e = toks.spans[i]
    assert text[s:e] == "KILL"


def test_offsets_for_spaced_letters() -> None:
    text = "hey k i l l  m y s e l f"
    toks = tokenize(text, vocabulary())
    assert toks.words[-2:] == ["kill", "myself"]
    s, e = toks.spans[-2]
    assert text[s:e] == "k i l l"


def test_ascii_fast_path_has_identity_offsets() -> None:
    folded, offs = normalize_chars("Hello There")
    assert folded == "hello there"
    assert offs is None


def test_irregular_chars_build_offsets() -> None:
    folded, offs = normalize_chars("Stra\u00dfe\u200b!")
    assert folded == "strasse!"
    assert offs is not None and len(offs) == len(folded)


def test_small_capitals_are_folded() -> None:
    from safety import Level, assess

    assert normalize("ɪ ᴡᴀɴᴛ ᴛᴏ ᴅɪᴇ") == "i want to die"
    assert assess("I ᴋɪʟʟ myself").level is Level.CRISIS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i want to kill\u200bmyself", "i want to kill myself"),  # invisible space
        ("kill\u2060my\u200dself", "kill myself"),  # the pieces may be split again inside
        ("#wanttodie tonight", "want to die tonight"),
        ("#iwanttodie", "i want to die"),
        ("k\u200bi\u200bl\u200bl myself", "kill myself"),  # one word spelled out stays one
    ],
)
def test_hidden_word_boundaries_are_split(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    "text",
    ["killmyself", "#mentalhealthawareness", "my #therapist said hi", "#deadline"],
)
def test_joined_words_without_a_hint_stay_whole(text: str) -> None:
    """Without an invisible character or a hashtag, real words are never re-cut."""
    words = tokenize(text, vocabulary()).words
    assert all(" " not in w for w in words)
    assert "killmyself" not in text or words == ["killmyself"]
    if "therapist" in text:
        assert "therapist" in words
