"""Finds phone-number-like strings in free text (for the reply guard and the template checker).

Strict by design: long numbers (7-15 digits, "116 123", or +international) count on their own;
short codes (3-6 digits: 988, 999, 3114, 741741, "13 11 14") count only right after a call/text/dial
word or a number/line word in English, Spanish, German or French ("call 988", "text HOME to 741741",
"llama al 024", "ruf die 116 123 an", "appelle le 3114"), or right after another number ("116 123 or
999"). Years, times, prices, percentages, dates, version numbers and counts ("30 pills") are not
numbers.

Every regex here is bounded (no nested unbounded quantifiers), so scanning is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A run of digits with phone separators, at most 32 characters; validated group by group below.
_CANDIDATE = re.compile(r"\d(?:[\d ().\-\u00a0\u2010-\u2012]{0,30}\d)?")
_GROUP = re.compile(r"\d+")
# Between two digit groups of one number: an optional ")" then at most one space/dash/dot (with
# spaces around a dash allowed) then an optional "(".
_SEPARATOR = re.compile(r"\)?[ \u00a0]?[-.\u2010-\u2012]?[ \u00a0]?\(?")
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
_DATE_IN = re.compile(
    r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?!\d)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")

# Words that introduce a number: verbs (call/text/dial…) and nouns (number/hotline/line…).
_INTRO_WORDS = (
    # en
    "call|calls|calling|text|texting|dial|dialing|dialling|ring|phone|sms|whatsapp|reach|contact"
    "|number|numbers|hotline|helpline|line|lifeline|tel|telephone"
    # es
    "|llama|llame|llamar|llamando|llámanos|marca|marque|marcar|escribe|envía|número|teléfono|línea"
    # de
    "|ruf|rufe|rufen|ruft|anrufen|wähle|wählen|wählt|nummer|telefon|hotline|simse"
    # fr
    "|appelle|appelez|appeler|compose|composez|numéro|ligne|téléphone"
)
# Intro word, then up to four short words (no digits), ending right where the number starts.
_INTRO_BEFORE = re.compile(
    rf"\b(?:{_INTRO_WORDS})\b[^\w\d]{{1,3}}(?:[^\W\d_]{{1,20}}[^\w\d]{{1,3}}){{0,4}}$",
    re.IGNORECASE,
)
# Between two numbers of one list: "116 123 or 999", "911, 112".
_LIST_JOIN = re.compile(r"[^\w\d]{0,3}(?:or|and|o|y|oder|und|ou|et)?[^\w\d]{1,3}", re.IGNORECASE)
_CURRENCY = "$€£¥₹"
_UNIT_AFTER = re.compile(
    r"[ \u00a0]?(?:%|[$€£¥₹]|(?:mg|mcg|kg|km|kms|ml|cm|mm|g|m|ft|lb|lbs|h|hrs|min|mins|k|x)\b)",
    re.IGNORECASE,
)
_WINDOW = 80
_MAX_GROUPS = 6


@dataclass(frozen=True)
class PhoneMatch:
    """One phone-number-like span: ``text[start:end] == raw``; ``digits`` has only digits."""

    start: int
    end: int
    raw: str
    digits: str


def _groups(text: str, start: int, end: int) -> list[list[re.Match[str]]]:
    """Split a candidate into chains of digit groups joined by valid separators."""
    chains: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for m in _GROUP.finditer(text, start, end):
        if current and not _SEPARATOR.fullmatch(text, current[-1].end(), m.start()):
            chains.append(current)
            current = []
        current.append(m)
    if current:
        chains.append(current)
    parts = [part for chain in chains for part in _drop_dates(text, chain)]
    # More than six groups is a list of numbers ("1 2 3 4 5 6 7"), not one phone number.
    return [part for part in parts if len(part) <= _MAX_GROUPS]


def _drop_dates(text: str, chain: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Remove the groups of any date (2026-11-23, 23.11.2026) inside a chain, splitting it there."""
    dates = [
        (d.start(), d.end())
        for d in _DATE_IN.finditer(text, chain[0].start(), chain[-1].end())
    ]
    if not dates:
        return [chain]
    parts: list[list[re.Match[str]]] = [[]]
    for g in chain:
        if any(s <= g.start() < e for s, e in dates):
            parts.append([])
        else:
            parts[-1].append(g)
    return [part for part in parts if part]


def _bad_neighbours(text: str, start: int, end: int) -> bool:
    """True when the span sits inside a word, URL, date, time, price, decimal or measurement."""
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if before.isalnum() or before in "_/@#=&%" or before in _CURRENCY:
        return True
    if before == " " and before2 in _CURRENCY:
        return True
    if before in ".,:" and before2.isdigit():
        return True  # 3.11.7 / 1,000 / 10:30
    if after.isalnum() or after in "_/%@" or after in _CURRENCY:
        return True
    if after in ".,:" and after2.isdigit():
        return True
    return _UNIT_AFTER.match(text, end) is not None


def _span(text: str, chain: list[re.Match[str]], i: int, j: int) -> tuple[int, int]:
    """Start/end of groups i..j, taking a leading "+" or "(" and a balanced ")" along."""
    start, end = chain[i].start(), chain[j].end()
    if start > 0 and text[start - 1] == "(":
        start -= 1
    if start > 0 and text[start - 1] == "+":
        start -= 1
    if end < len(text) and text[end] == ")" and "(" in text[start:end]:
        end += 1
    return start, end


def _is_long_number(raw: str, digits: str, groups: int) -> bool:
    """Phone-shaped on its own, without an introducing word."""
    n = len(digits)
    if n > 15 or _DATE.fullmatch(raw.strip("()")):
        return False
    if groups > 1 and sum(1 for g in _GROUP.findall(raw) if len(g) == 1) > 1:
        return False  # "1 2 3 4 5 6 7": at most one one-digit group (1-800…, 0800 111 0 111)
    if "." in raw:
        parts = raw.split(".")
        # dotted phones look like 555.123.4567; decimals, versions and 1.234.567 do not
        if len(parts) < 3 or all(len(p.strip()) == 3 for p in parts[1:]):
            return False
    if raw.startswith("+"):
        return n >= 8
    if n >= 7:
        return groups > 1 or raw[0] in "0(" or n >= 10 or digits[0] in "01"
    # 116 123 (EU harmonised numbers) stands alone; "13 11 14" needs an introducing word
    return n == 6 and re.fullmatch(r"\d{3}[ \u00a0]\d{3}", raw) is not None


def _is_short_code(text: str, start: int, digits: str, prev_end: int | None) -> bool:
    """3-6 digits introduced by a call/text word, or following another number in a list."""
    if not 3 <= len(digits) <= 6 or (len(digits) == 4 and _YEAR.fullmatch(digits)):
        return False
    if prev_end is not None and _LIST_JOIN.fullmatch(text, prev_end, start):
        return True
    window_start = max(0, start - _WINDOW)
    return _INTRO_BEFORE.search(text[window_start:start]) is not None


def find_phone_numbers(text: str) -> list[PhoneMatch]:
    """Phone-number-like spans in ``text``, in order, non-overlapping."""
    found: list[PhoneMatch] = []
    for cand in _CANDIDATE.finditer(text):
        for chain in _groups(text, cand.start(), cand.end()):
            i = 0
            while i < len(chain):
                match = _best_from(text, chain, i, found[-1].end if found else None)
                if match is None:
                    i += 1
                    continue
                found.append(match)
                i = next((k for k, g in enumerate(chain) if g.start() >= match.end), len(chain))
    return found


def _best_from(
    text: str, chain: list[re.Match[str]], i: int, prev_end: int | None
) -> PhoneMatch | None:
    """The longest valid number starting at group i of a chain (None if there is none)."""
    for j in range(len(chain) - 1, i - 1, -1):
        start, end = _span(text, chain, i, j)
        raw = text[start:end]
        if raw.startswith("(") and ")" not in raw:
            start, raw = start + 1, raw[1:]
        if _bad_neighbours(text, start, end):
            continue
        digits = "".join(g.group() for g in chain[i : j + 1])
        if _is_long_number(raw, digits, j - i + 1) or (
            (i == j or (len(digits) == 6 and re.fullmatch(r"[\d \u00a0]+", raw)))
            and _is_short_code(text, start, digits, prev_end)
        ):
            return PhoneMatch(start, end, raw, digits)  # "call 988", "ring Lifeline on 13 11 14"
    return None
