"""Phone-number detection in free text."""

from __future__ import annotations

import time

import pytest

from safety.phones import find_phone_numbers

POSITIVES = [
    ("Call +44 20 7946 0958 today.", "+44 20 7946 0958", "442079460958"),
    ("Ring 020 7946 0958.", "020 7946 0958", "02079460958"),
    ("It is (555) 123-4567.", "(555) 123-4567", "5551234567"),
    ("Old number 1-800-273-8255 is retired.", "1-800-273-8255", "18002738255"),
    ("TelefonSeelsorge 0800 111 0 111", "0800 111 0 111", "08001110111"),
    ("call Lifeline on 13 11 14", "13 11 14", "131114"),
    ("call 988", "988", "988"),
    ("text HOME to 741741", "741741", "741741"),
    ("dial 116 123", "116 123", "116123"),
    ("ring 999 now", "999", "999"),
    ("Samaritans: 116 123 (free, 24/7)", "116 123", "116123"),
    ("llama al 024", "024", "024"),
    ("ruf die 116 123 an", "116 123", "116123"),
    ("appelle le 3114", "3114", "3114"),
    ("Call or text 988.", "988", "988"),
    ("number is 555.123.4567", "555.123.4567", "5551234567"),
    ("+1 (555) 123-4567", "+1 (555) 123-4567", "15551234567"),
    ("5551234567", "5551234567", "5551234567"),
    ("les numéros 01 23 45 67 89", "01 23 45 67 89", "0123456789"),
]

NEGATIVES = [
    "It happened in 2024.",
    "See you at 10:30 tomorrow.",
    "It costs $12.99.",
    "About 50% of people.",
    "On 2026-11-23 we met.",
    "On 23/11/2026 we met.",
    "Am 23.11.2026 treffen wir uns.",
    "Python 3.11.7 is installed.",
    "I have 30 pills left.",
    "I'm 5 kms away.",
    "1,000,000 people live there.",
    "call me back in 2025",
    "call back at 10:30",
    "pages 12 to 14",
    "scores 10 12 15",
    "I walked 10 km and slept 8 hours.",
    "visit https://example.org/123456789",
    "version 10.2.1",
    "pi is 3.14159265",
    "take 20 pills",
    "1 2 3 4 5 6 7 8 9",
    "ring 30 people",
]


@pytest.mark.parametrize(("text", "raw", "digits"), POSITIVES)
def test_positives(text: str, raw: str, digits: str) -> None:
    found = find_phone_numbers(text)
    assert [(m.raw, m.digits) for m in found] == [(raw, digits)]
    m = found[0]
    assert text[m.start : m.end] == m.raw


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert find_phone_numbers(text) == []


def test_several_numbers_in_order() -> None:
    found = find_phone_numbers("Call Samaritans on 116 123 or 999, or text SHOUT to 85258.")
    assert [m.digits for m in found] == ["116123", "999", "85258"]


def test_date_next_to_number_is_split() -> None:
    found = find_phone_numbers("2026-11-23 0800 111 0 111")
    assert [m.digits for m in found] == ["08001110111"]


@pytest.mark.parametrize(
    "text",
    ["1 " * 50_000, "call " * 50_000 + "988", "9" * 100_000, "(" * 50_000 + "1", "1-" * 50_000],
)
def test_linear_time_on_adversarial_input(text: str) -> None:
    start = time.perf_counter()
    find_phone_numbers(text)
    assert time.perf_counter() - start < 2.0
