"""Splitting long replies to fit Discord's 2,000-character limit."""

from __future__ import annotations

from bot.adapters.discord import split_text


def test_short_text_is_one_piece() -> None:
    assert split_text("hello") == ["hello"]
    assert split_text("   ") == []


def test_paragraphs_are_kept_whole_when_they_fit() -> None:
    first, second = "a" * 1500, "b" * 1500
    assert split_text(f"{first}\n\n{second}") == [first, second]


def test_sentences_are_the_next_boundary() -> None:
    sentence = "This is one sentence that ends here. "
    text = sentence * 100  # 3,700 characters, no newlines
    pieces = split_text(text)
    assert all(len(p) <= 2000 for p in pieces)
    assert all(p.endswith(".") for p in pieces)
    assert " ".join(pieces) == text.strip()


def test_a_word_longer_than_the_limit_is_cut() -> None:
    pieces = split_text("x" * 4500)
    assert [len(p) for p in pieces] == [2000, 2000, 500]


def test_custom_limit() -> None:
    assert split_text("one two three", limit=7) == ["one two", "three"]
