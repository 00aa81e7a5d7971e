"""Text normalisation and tokenisation for the crisis detector (the hot path).

Pipeline, applied to every message before any lexicon matching:

1. Character level (one ``str.translate`` with a lazily-filled, cached table):
   Unicode NFKC, casefolding, diacritics stripped (``más`` -> ``mas``, ``ł`` -> ``l``),
   format characters (category Cf: zero-width spaces/joiners, bidi marks, soft hyphen) and
   combining marks (zalgo, variation selectors) deleted, curly quotes/apostrophes -> ``'``,
   dashes -> ``-``, exotic spaces -> `` ``.  When every character maps to exactly one
   character (the usual case) offsets are the identity; otherwise an offset map back to the
   original text is built.
2. Tokenisation with a single linear regex (one quantifier over a character-class
   alternation, no nesting, so no catastrophic backtracking).  Sentence (``.!?;`` newline)
   and clause (``,:()"`` …) boundaries between tokens are recorded so matches and negation
   scopes do not leak across them.
3. Token repairs, each only attempted when a cheap global check says it may apply:
   apostrophes removed (``don't`` -> ``dont``); dotted/dashed single letters joined
   (``k.i.l.l``, ``k-i-l-l``) while ``self-harm`` splits into two tokens; leetspeak
   (1 3 0 4 5 7 @ $ !) only inside tokens that mix letters with digits/symbols
   (``5 kms`` and ``3am`` keep their digits); masked letters (``k*ll``, ``s#icide``) resolved
   against the lexicon vocabulary; stretched letters (``diiiie``) reduced to 1 or 2 and the
   variant found in the vocabulary kept; Cyrillic/Greek look-alike letters mapped to Latin
   inside mixed-script tokens or when the message is mostly Latin (genuine Russian stays
   Cyrillic); runs of spaced-out single letters (``k i l l  m y s e l f``) joined and
   re-segmented into vocabulary words (greedy longest match, bounded word length).

Speed: repairs are worked out once per distinct token and message context (cached), and the
per-token columns (sentence/clause ids, offsets) are built with C-level ``map``/``accumulate``
passes over the regex split, so Python-level work is spent only on tokens that need repair.
A message no repair can touch takes a plain path; when its folded text is ASCII, that path
is ``str.translate`` + ``str.split`` per run of words between boundary characters (no
per-token regex work), with the same result as the general plain path (tested).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

__all__ = ["Tokens", "fold_char", "normalize", "normalize_chars", "tokenize"]

# --------------------------------------------------------------------------- characters

_SPECIAL: dict[str, str] = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u02b9": "'", "\u0060": "'", "\u00b4": "'", "\uff07": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u0142": "l", "\u0141": "l", "\u00f8": "o", "\u00d8": "o", "\u0111": "d", "\u0110": "d",
    "\u0131": "i", "\u00e6": "ae", "\u0153": "oe", "\u00df": "ss", "\u0127": "h",
    "\u2028": "\n", "\u2029": "\n", "\u0085": "\n",
    # Latin small capitals, a "font" from text generators that NFKC leaves alone: ᴋɪʟʟ
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s",
    "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}
# negative circled and negative squared letters (🅐, 🅺), another generator "font" that has
# no compatibility decomposition (plain circled and squared letters are NFKC-folded already)
for _base in (0x1F150, 0x1F170):
    for _k in range(26):
        _SPECIAL[chr(_base + _k)] = chr(ord("a") + _k)
del _base, _k


def fold_char(ch: str) -> str:
    """Map one character to its matching form (may be empty or several characters)."""
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    cat = unicodedata.category(ch)
    if cat == "Cf" or cat == "Mn" or cat == "Me":
        return ""
    if cat == "Zs":
        return " "
    if cat in ("Zl", "Zp"):
        return "\n"
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        sp = _SPECIAL.get(c)
        if sp is not None:
            out.append(sp)
            continue
        for d in unicodedata.normalize("NFKD", c):
            dcat = unicodedata.category(d)
            if dcat in ("Mn", "Me", "Cf"):
                continue
            out.append(_SPECIAL.get(d, d))
    return "".join(out)


class _FoldTable(dict[int, str]):
    """``str.translate`` table that computes and caches entries on first use."""

    irregular: set[str]

    def __missing__(self, key: int) -> str:
        rep = fold_char(chr(key))
        self[key] = rep
        if len(rep) != 1:
            self.irregular.add(chr(key))
        return rep


_TABLE = _FoldTable()
_TABLE.irregular = set()
for _i in range(128):
    _TABLE[_i] = chr(_i).lower()
for _i in range(128, 256):
    _TABLE[_i]


# runs of non-ASCII characters: ASCII folds to ``str.lower`` and never changes lengths, so
# mostly-ASCII text (curly quotes, an emoji) need only look up its few other characters
_NON_ASCII_SPLIT_RE = re.compile("([^\x00-\x7f]+)")


def _fold(text: str) -> tuple[str, bool]:
    """Character-level fold; the flag is True when offsets are the identity."""
    if text.isascii():
        return text.lower(), True
    parts = _NON_ASCII_SPLIT_RE.split(text)
    wild = "".join(parts[1::2])
    if 4 * len(wild) > len(text):  # mostly non-ASCII: one pass over it all
        folded = text.translate(_TABLE)
    else:
        parts[0::2] = map(str.lower, parts[0::2])
        parts[1::2] = [p.translate(_TABLE) for p in parts[1::2]]
        folded = "".join(parts)
    return folded, len(folded) == len(text) and _TABLE.irregular.isdisjoint(wild)


def normalize_chars(text: str) -> tuple[str, list[int] | None]:
    """Character-level fold of ``text``; returns (folded, offsets or None for identity)."""
    folded, regular = _fold(text)
    return folded, (None if regular else _offsets(text))


def _offsets(text: str) -> list[int]:
    """The offset map of a text whose fold changed lengths (see ``normalize_chars``)."""
    # only characters that fold to zero or several characters shift the offsets
    offs: list[int] = []
    prev = 0
    for m in _irregular_re().finditer(text):
        i = m.start()
        offs.extend(range(prev, i))
        offs.extend([i] * len(_TABLE[ord(text[i])]))
        prev = i + 1
    offs.extend(range(prev, len(text)))
    return offs


_irregular_cache: list[tuple[int, re.Pattern[str]]] = []


def _irregular_re() -> re.Pattern[str]:
    """A character class of the folded characters seen so far that change lengths."""
    irregular = _TABLE.irregular
    if not _irregular_cache or _irregular_cache[0][0] != len(irregular):
        chars = "".join(re.escape(c) for c in sorted(irregular))
        _irregular_cache[:] = [(len(irregular), re.compile(f"[{chars}]"))]
    return _irregular_cache[0][1]


# ---------------------------------------------------------------------------- look-alikes

_CONFUSABLE = {
    # Cyrillic (after casefolding)
    "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "и": "u", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "һ": "h", "ԁ": "d", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b", "г": "r",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s", "σ": "o", "γ": "y", "μ": "u", "λ": "l",
}
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLE)


def _is_cyr_greek(ch: str) -> bool:
    return "\u0370" <= ch <= "\u052f"


# ---------------------------------------------------------------------------- tokenising

# Tokens: letters/digits, obfuscation symbols, and joiners (' . - _ !) only when followed
# by a letter/digit.  One ``+`` over single-character alternatives: linear time.
_TOKEN_RE = re.compile(r"(?:[^\W_]|[*#@$]|['.\-_!|](?=[^\W_]))+")
_SENT_CHARS = frozenset(".!?;\n…。！？")
_CLAUSE_CHARS = frozenset(',:()"[]{}/')
_LEET = str.maketrans({"1": "i", "3": "e", "0": "o", "4": "a", "7": "t", "5": "s", "@": "a",
                       "$": "s", "!": "i", "|": "l"})
_LEET_L = str.maketrans({"1": "l", "3": "e", "0": "o", "4": "a", "7": "t", "5": "s", "@": "a",
                         "$": "s", "!": "i", "|": "l"})
_NUM_UNIT_RE = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|mg|mcg|g|kg|km|kms|ml|mm|cm|m|h|hr|hrs|min|mins|s|x|k|yo|y|lbs?"
    r"|ft|mi|gb|mb|kb|d|w)?")
_STRETCH_RE = re.compile(r"([^\W\d_])\1\1")
_SYM_RE = re.compile(r"[*#@$!|]")
_DIGIT_RE = re.compile(r"[0-9]")


# Plain fast path: a message none of whose characters could trigger a token repair
# tokenises to the runs of word characters of its folded text (apostrophes dropped).
# Anything that might be repaired (symbols, letters glued to digits, stretched letters,
# dotted or spaced single letters, mixed Latin + Cyrillic/Greek) takes the full path.
_SYM_OR_DIGIT_RE = re.compile(r"[*#@$|!0-9]")
_SYM_JOIN_RE = re.compile(r"[*#@$|]|!(?=[^\W_])")
_GLUED_RE = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_STRETCH_ASCII_RE = re.compile(r"([a-z])\1\1")
_CYR_GREEK_RE = re.compile("[\u0370-\u052f]")
_LATIN_RE = re.compile("[a-z\u00c0-\u024f]")


class Tokens:
    """Normalised tokens of one message with original-text spans and boundary ids.

    ``spans`` are computed on first access (only messages with a detection need them): from
    the folded text of the plain fast path, or from the ``bounds`` (token starts and ends in
    the folded text, offset map) of the full tokeniser.
    """

    __slots__ = ("_bounds", "_norm", "_spans", "_text", "clause", "sent", "words")

    def __init__(self, words: list[str], spans: list[tuple[int, int]] | None,
                 sent: list[int], clause: list[int], norm: str | None = None,
                 text: str | None = None,
                 bounds: tuple[list[int], list[int], list[int] | None] | None = None) -> None:
        self.words = words
        self._spans = spans
        self.sent = sent
        self.clause = clause
        self._norm = norm
        self._text = text  # original text when folding changed lengths (offset map needed)
        self._bounds = bounds

    @property
    def plain(self) -> bool:
        """True when the plain fast path tokenised the message (no repairs applied)."""
        return self._norm is not None

    @property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of every token in the original text."""
        if self._spans is None:
            self._spans = self.spans_upto(len(self.words))
        return self._spans

    def spans_upto(self, k: int) -> list[tuple[int, int]]:
        """(start, end) in the original text of the first ``k`` tokens (or of all of them)."""
        # a detection near the start of a long message needs the spans of a few tokens only
        if self._spans is not None:
            return self._spans
        if self._bounds is not None:
            starts, ends, offs = self._bounds
            spans = list(zip(starts[:k], ends[:k], strict=True))
        else:  # the plain path: tokens of the folded text, offsets mapped afterwards
            found = itertools.islice(_PLAIN_TOK_RE.finditer(self._norm or ""), k)
            spans = [m.span() for m in found]
            offs = normalize_chars(self._text)[1] if self._text is not None else None
        if offs:
            last = len(offs) - 1
            spans = [(offs[min(a, last)], offs[min(b - 1, last)] + 1) for a, b in spans]
        return spans


_PLAIN_TOK_RE = re.compile(r"(?:[^\W_]|'(?=[^\W_]))+")
_WORD_CH_RE = re.compile(r"[^\W_]")
_BOUNDARY_CHARS = ".!?;\n…。！？" + ',:()"[]{}/'
# the first sentence/clause character of a run of separators (runs start after a word char)
_BOUND_RE = re.compile(
    r"(?<![\W_])(?:[^\w" + re.escape(_BOUNDARY_CHARS) + r"]|_)*(["
    + re.escape(_BOUNDARY_CHARS) + r"])")


_PLAIN_SPLIT_RE = re.compile(f"({_PLAIN_TOK_RE.pattern})")
_WORD_RUN_SPLIT_RE = re.compile(r"([^\W_]+)")
_BOUND_CH_RE = re.compile("[" + re.escape(_BOUNDARY_CHARS) + "]")
# two single-character words in a row, in words joined by NUL (never part of a token)
_TWO_SINGLES_RE = re.compile(r"(?<![^\x00])[^\x00]\x00[^\x00](?![^\x00])")


def _plain_boundaries(norm: str, chunks: list[str], n: int) -> tuple[list[int], list[int]]:
    """Sentence and clause ids of the ``n`` tokens of ``chunks`` (a split of ``norm``).

    Only the first boundary character of the text between two tokens counts; a dot glued
    to the next word ("end.then") is a joiner, not a boundary.
    """
    sent: list[int] = []
    clause: list[int] = []
    if n == 0:
        return sent, clause
    bounds = list(itertools.accumulate(map(len, chunks)))
    ends = bounds[1::2]  # token k is norm[bounds[2k]:bounds[2k + 1]]
    s_id = c_id = 0
    filled = last_gap = 0
    for m in _BOUND_CH_RE.finditer(norm, ends[0]):
        b = m.start()
        k = bisect.bisect_right(ends, b)  # the boundary lies just before token k
        if k == last_gap:
            continue
        if k >= n:
            break
        last_gap = k
        ch = norm[b]
        if ch == "." and b + 1 == bounds[2 * k] and norm[b + 1] != "'":
            continue
        sent += [s_id] * (k - filled)
        clause += [c_id] * (k - filled)
        filled = k
        if ch in _SENT_CHARS:
            s_id += 1
        c_id += 1
    sent += [s_id] * (n - filled)
    clause += [c_id] * (n - filled)
    return sent, clause


def _plain_tokens(norm: str, text: str | None = None) -> Tokens | None:
    """Tokenise folded text with identity offsets when no repair can apply (else None).

    Cheap checks decide that no repair applies: no mask/leet symbols, no letters glued to
    digits, no letter repeated three times, no mixed Latin + Cyrillic/Greek, and (checked
    on the tokens) no two single-character tokens in a row (dotted or spaced letters).
    """
    if norm.isascii() and "''" not in norm and ".'" not in norm:
        return _plain_ascii(norm, text)
    return _plain_general(norm, text)


def _plain_general(norm: str, text: str | None = None) -> Tokens | None:
    """``_plain_tokens`` for any folded text (regex splits; the reference for ASCII too)."""
    flat = norm.replace("'", "") if "'" in norm else norm
    ascii_only = flat.isascii()
    glued = False
    if _SYM_OR_DIGIT_RE.search(flat) is not None:
        if _SYM_JOIN_RE.search(flat) is not None:
            return None
        glued = _GLUED_RE.search(flat) is not None
    if (_STRETCH_ASCII_RE if ascii_only else _STRETCH_RE).search(flat) is not None:
        return None
    if not ascii_only and _CYR_GREEK_RE.search(norm) is not None \
            and _LATIN_RE.search(norm) is not None:
        return None
    # [gap, token, gap, token, ..., gap]; without apostrophes tokens are plain word runs
    chunks = (_PLAIN_SPLIT_RE if "'" in norm else _WORD_RUN_SPLIT_RE).split(norm)
    words = chunks[1::2]
    if "'" in norm and words:
        words = "\x00".join(words).replace("'", "").split("\x00")
    if len(words) > 1 and _TWO_SINGLES_RE.search("\x00".join(words)) is not None:
        return None  # "k.i.l.l", "k i l l", "e.g": joined by the full tokeniser
    sent, clause = _plain_boundaries(norm, chunks, len(words))
    if glued:
        # letters glued to digits: only number+unit tokens ("3am", "30mg") stay as they are
        for w in words:
            if not w.isalpha() and not w.isdigit() and _NUM_UNIT_RE.fullmatch(w) is None:
                return None
    return Tokens(words, None, sent, clause, norm, text)


# ASCII plain path.  With the apostrophes deleted (runs of two, and an apostrophe right after
# a dot, read differently: general path) a word is a run of [a-z0-9]; other separators become
# spaces except the boundary characters, which split the text into runs of words.
_ASCII_BOUNDS = ".!?;\n,:()\"[]{}/"
_ASCII_SEPARATORS = str.maketrans({chr(c): " " for c in range(128)
                                   if not chr(c).isalnum() and chr(c) not in _ASCII_BOUNDS})
# a gap: its first boundary character up to the next word character
_ASCII_GAP_SPLIT_RE = re.compile("([" + re.escape(_ASCII_BOUNDS) + "][^a-z0-9]*)")
# a gap's steps depend on its first two characters (a lone "." is a dot glued to the next
# word, "end.then": a joiner, not a boundary); the second is a space, a boundary or nothing
_ASCII_GAP_STEPS = {
    a + b: (int(a in _SENT_CHARS and a + b != "."), int(a + b != "."))
    for a in _ASCII_BOUNDS for b in [" ", "", *_ASCII_BOUNDS]}
_GAP_HEAD = operator.itemgetter(slice(0, 2))
_ASCII_SENT_STEP = {k: v[0] for k, v in _ASCII_GAP_STEPS.items()}
_ASCII_CLAUSE_STEP = {k: v[1] for k, v in _ASCII_GAP_STEPS.items()}
_GLUED_ASCII_RE = re.compile(r"[0-9](?:(?<=[a-z][0-9])|(?=[a-z]))")
_SYM_JOIN_ASCII_RE = re.compile(r"[*#@$|]|!(?=[a-z0-9])")
# every separator a space, apostrophes deleted: words are the runs of [a-z0-9]
_ASCII_ALL_SEPARATORS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
# two one-character words in a row (on that text with a space in front)
_TWO_SINGLES_ASCII_RE = re.compile(r" [a-z0-9] +[a-z0-9](?![a-z0-9])")


def _plain_ascii(norm: str, text: str | None) -> Tokens | None:
    """``_plain_tokens`` for lowercased ASCII text (C-level translate and splits)."""
    flat = norm.replace("'", "") if "'" in norm else norm
    glued = False
    if _SYM_OR_DIGIT_RE.search(flat) is not None:
        if _SYM_JOIN_ASCII_RE.search(flat) is not None:
            return None
        glued = _GLUED_ASCII_RE.search(flat) is not None
    if _STRETCH_ASCII_RE.search(flat) is not None:
        return None
    if _TWO_SINGLES_ASCII_RE.search(" " + flat.translate(_ASCII_ALL_SEPARATORS)) is not None:
        return None  # "k.i.l.l", "k i l l", "e.g": joined by the full tokeniser
    # [run, gap, run, gap, ..., run]: only the first and last run can be empty
    parts = _ASCII_GAP_SPLIT_RE.split(flat.translate(_ASCII_SEPARATORS))
    runs = list(map(str.split, parts[::2]))
    words = list(itertools.chain.from_iterable(runs)) if len(runs) > 1 else runs[0]
    if len(runs) == 1:
        sent = [0] * len(words)
        clause = sent.copy()
    else:
        first = 0 if runs[0] else 1  # no boundary before the first word
        counts = list(map(len, runs[first:]))
        heads = list(map(_GAP_HEAD, parts[2 * first + 1::2]))
        sent_of = itertools.accumulate(map(_ASCII_SENT_STEP.__getitem__, heads), initial=0)
        clause_of = itertools.accumulate(map(_ASCII_CLAUSE_STEP.__getitem__, heads), initial=0)
        sent = list(itertools.chain.from_iterable(map(itertools.repeat, sent_of, counts)))
        clause = list(itertools.chain.from_iterable(map(itertools.repeat, clause_of, counts)))
    if glued:
        for w in words:
            if not w.isalpha() and not w.isdigit() and _NUM_UNIT_RE.fullmatch(w) is None:
                return None
    return Tokens(words, None, sent, clause, norm, text)


def _resolve_variant(cands: list[str], vocab: Collection[str]) -> str:
    for c in cands:
        if c in vocab:
            return c
    return cands[0]


def _destretch(tok: str, vocab: Collection[str]) -> str:
    two = re.sub(r"([^\W\d_])\1{2,}", r"\1\1", tok)
    one = re.sub(r"([^\W\d_])\1{2,}", r"\1", tok)
    if one in vocab:
        return one
    if two in vocab:
        return two
    # mixed: e.g. "kiiilll" -> "kill"
    both = re.sub(r"([^\W\d_])\1+", r"\1", tok)
    if both in vocab:
        return both
    return one


# risk words win when a masked token fits several vocabulary words ("c*t" -> cut, not cat)
_MASK_PRIORITY = (
    "kill", "killing", "die", "dying", "dead", "death", "suicide", "suicidal", "myself", "cut",
    "cutting", "hurt", "hurting", "hang", "hanging", "harm", "pills", "overdose", "end", "life",
    "live", "living", "shoot", "gun", "rope", "noose", "bleed", "burn", "stab", "murder",
    "rape", "raped", "abuse", "hate", "want", "wanna", "self", "selfharm", "unalive")


class _MaskIndex:
    """Maps masked keys (``k*ll``) to vocabulary words; one or two masked letters.

    The words of each length are kept in one newline-joined string in priority order, so a
    lookup is one regex search (the first word that fits wins) instead of a table of every
    masked spelling, which took a fifth of a second to build.
    """

    def __init__(self, vocab: Collection[str]) -> None:
        ordered = [w for w in _MASK_PRIORITY if w in vocab]
        ordered += sorted(w for w in vocab if w not in _MASK_PRIORITY)
        by_len: dict[int, list[str]] = {}
        for w in ordered:
            if 3 <= len(w) <= 14 and w.isalpha():
                by_len.setdefault(len(w), []).append(w)
        self.by_len = {n: "\n".join(ws) for n, ws in by_len.items()}

    def lookup(self, key: str) -> str | None:
        """The highest-priority word that ``key`` (``*`` = any letter) spells, if any."""
        words = self.by_len.get(len(key))
        if words is None or not 1 <= key.count("*") <= 2:
            return None
        pattern = "^" + ".".join(map(re.escape, key.split("*"))) + "$"
        m = re.search(pattern, words, re.MULTILINE)
        return m.group() if m is not None else None


_mask_cache: dict[int, _MaskIndex] = {}


def _unmask(tok: str, vocab: Collection[str]) -> str:
    key = tok.replace("#", "*")
    if key.count("*") > 2:
        return key.replace("*", "")
    mi = _mask_cache.get(id(vocab))
    if mi is None:
        mi = _MaskIndex(vocab)
        _mask_cache.clear()
        _mask_cache[id(vocab)] = mi
    hit = mi.lookup(key)
    return hit if hit is not None else key.replace("*", "")


def _repair(tok: str, vocab: Collection[str], has_sym: bool, has_digit: bool,
            has_stretch: bool) -> str:
    """Fix leet, masks and stretched letters in one (single-part) token."""
    if has_sym or has_digit:
        if has_sym:
            tok = tok.strip("*#")
            if tok.startswith("@"):
                tok = tok.lstrip("@")
        if (tok and not tok.isalpha() and not tok.isdigit()
                and any(c.isalpha() for c in tok) and not _NUM_UNIT_RE.fullmatch(tok)):
            masked = "*" in tok or "#" in tok
            a = tok.translate(_LEET)
            if masked:
                tok = _unmask(a, vocab)
            elif a in vocab:
                tok = a
            else:
                b = tok.translate(_LEET_L)
                tok = b if b in vocab else a
    if has_stretch and _STRETCH_RE.search(tok):
        tok = _destretch(tok, vocab)
    return tok


_prefix_cache: dict[int, frozenset[str]] = {}


def _vocab_prefixes(vocab: Collection[str]) -> frozenset[str]:
    got = _prefix_cache.get(id(vocab))
    if got is None:
        got = frozenset(w[:k] for w in vocab for k in range(1, len(w) + 1))
        _prefix_cache.clear()
        _prefix_cache[id(vocab)] = got
    return got


def _segment(letters: str, vocab: Collection[str], maxlen: int) -> list[tuple[int, int, str]]:
    """Greedy longest-match segmentation of a run of letters into vocabulary words.

    Walks forward only while the text is a prefix of some vocabulary word, so the work per
    position is bounded by the longest vocabulary word (and usually a few characters).
    """
    prefixes = _vocab_prefixes(vocab)
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(letters)
    while i < n:
        best = -1
        j = i + 1
        hi = min(n, i + maxlen)
        while j <= hi:
            w = letters[i:j]
            if w not in prefixes:
                break
            if w in vocab:
                best = j
            j += 1
        if best > 0:
            out.append((i, best, letters[i:best]))
            i = best
        else:
            out.append((i, i + 1, letters[i]))
            i += 1
    return out


def tokenize(text: str, vocab: Collection[str] = frozenset(), maxlen: int = 14) -> Tokens:
    """Normalise ``text`` and split it into matching tokens (see module docstring)."""
    toks = _tokenize(text, vocab, maxlen)
    if vocab and _JOIN_HINT_RE.search(text) is not None:
        toks = _split_joined(toks, text, vocab)
    if "2" in toks.words:
        _two_as_to(toks.words)
    return toks


# chat "2" for "to" after verbs that take an infinitive ("want 2 die"); "have 2 kids" and
# "took 2 pills" keep their number
_TO_BEFORE = frozenset({
    "want", "wanted", "wants", "going", "ready", "about", "trying", "try", "tried", "plan",
    "planning", "planned", "decided", "deserve", "wish", "hoping", "hope", "scared", "afraid"})


def _two_as_to(words: list[str]) -> None:
    """Read a lone "2" between such a verb and a word as "to" (in place)."""
    for k in range(1, len(words) - 1):
        if words[k] == "2" and words[k - 1] in _TO_BEFORE and words[k + 1].isalpha():
            words[k] = "to"


# Invisible characters and hashtags hide word boundaries: "kill<ZWSP>myself" folds to one
# token, as does "#wanttodie"
_JOIN_HINT_RE = re.compile("[#\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_JOIN_MIN = 6  # shorter joined tokens are too often real words ("inset", "island")
_JOIN_MAX_PARTS = 4
_JOIN_SHORT = frozenset({"i"})  # the only one-letter pieces: "#iwanttodie"


def _split_joined(toks: Tokens, text: str, vocab: Collection[str]) -> Tokens:
    """Split tokens that hid word boundaries behind invisible characters or a hashtag.

    Only a token that is not itself a vocabulary word, whose original text held such a
    character (or starts with ``#``), and that reads wholly as 2-4 vocabulary words of two
    or more letters ("i" too) is split; a token of one obfuscated word ("k<ZWSP>i<ZWSP>l<ZWSP>l")
    is a vocabulary word once joined and stays whole.
    """
    words = toks.words
    todo = [k for k, w in enumerate(words)
            if len(w) >= _JOIN_MIN and w.isalpha() and w not in vocab]
    if not todo:
        return toks
    spans = toks.spans
    parts: dict[int, list[str]] = {}
    for k in todo:
        a, b = spans[k]
        hinted = _JOIN_HINT_RE.search(text, a, b) is not None or text[a - 1:a] == "#"
        split = _vocab_split(words[k], vocab) if hinted else None
        if split:
            parts[k] = split
    if not parts:
        return toks
    out_w: list[str] = []
    out_sp: list[tuple[int, int]] = []
    out_s: list[int] = []
    out_c: list[int] = []
    for k, w in enumerate(words):
        for piece in parts.get(k, (w,)):
            out_w.append(piece)
            out_sp.append(spans[k])  # the pieces share the token's span in the original
            out_s.append(toks.sent[k])
            out_c.append(toks.clause[k])
    return Tokens(out_w, out_sp, out_s, out_c)


def _vocab_split(word: str, vocab: Collection[str]) -> list[str] | None:
    """The fewest vocabulary words (2+ letters each or "i", at most 4) that spell ``word``."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        head = best[i]
        if head is None or len(head) >= _JOIN_MAX_PARTS:
            continue
        for j in range(i + 1, n + 1):
            piece = word[i:j]
            if (j - i > 1 or piece in _JOIN_SHORT) and piece in vocab:
                cand = best[j]
                if cand is None or len(cand) > len(head) + 1:
                    best[j] = [*head, piece]
    found = best[n]
    return found if found is not None and len(found) >= 2 else None


def _tokenize(text: str, vocab: Collection[str], maxlen: int) -> Tokens:
    """``tokenize`` without the joined-word split."""
    folded, regular = _fold(text)
    plain = _plain_tokens(folded, None if regular else text)
    if plain is not None:
        return plain
    norm = folded
    offs = None if regular else _offsets(text)
    ctx = _context(norm)
    pieces = _piece_table(vocab, ctx)
    # split() with a capturing group: [gap, token, gap, token, ..., gap]
    chunks = (_TOKEN_SPLIT_ASCII_RE if ctx.ascii_only else _TOKEN_SPLIT_RE).split(norm)
    raws = chunks[1::2]
    results = list(map(pieces.get, raws))
    if None in results:  # tokens not seen before in this context
        for k, r in enumerate(results):
            if r is None:
                r = pieces.get(raws[k])
                if r is None:
                    r = pieces[raws[k]] = _token_pieces(raws[k], vocab, ctx)
                results[k] = r
    words, starts, ends, sent, clause, single_gap = _columns(chunks, results)
    # spaced-out letters: runs of >= 3 single letters separated by single separators
    if len(words) >= 3 and vocab:
        words, starts, ends, sent, clause = _join_spaced(
            words, starts, ends, sent, clause, single_gap, vocab, maxlen)
    return Tokens(words, None, sent, clause, bounds=(starts, ends, offs))


_Columns = tuple[list[str], list[int], list[int], list[int], list[int], list[bool]]
_WORD = operator.itemgetter(0)
_SENT_STEP = operator.itemgetter(0)
_CLAUSE_STEP = operator.itemgetter(1)
_SINGLE_GAP = operator.itemgetter(2)
_gap_cache: dict[str, tuple[int, int, bool]] = {}


def _gap_table() -> dict[str, tuple[int, int, bool]]:
    """The cache of ``_gap_info`` readings (replaced, never cleared, when it grows large)."""
    global _gap_cache
    if len(_gap_cache) > 10_000:
        _gap_cache = {}
    return _gap_cache


def _columns(chunks: list[str], results: list[_Pieces]) -> _Columns:
    """Token columns (words, starts, ends, sentence ids, clause ids, single-gap flags).

    Per-token steps come from C-level maps over cached gap readings; only the few tokens
    that split, vanish or are dotted letters are handled one by one.
    """
    n = len(results)
    bounds = list(itertools.accumulate(map(len, chunks)))
    tok_starts, tok_ends = bounds[0:-1:2], bounds[1::2]
    gaps = chunks[2:-1:2]  # gaps[k - 1] precedes token k
    table = _gap_table()
    for gap in set(gaps).difference(table):
        table[gap] = _gap_info(gap, False)
    info = [(0, 0, False), *map(table.__getitem__, gaps)]  # step before token k
    odd = [k for k, r in enumerate(results) if r[0] is None]
    for k in odd:
        if results[k][2] and k + 1 < n:  # the separator after dotted letters reads differently
            info[k + 1] = _gap_info(gaps[k], True)
    first = next((k for k in range(n) if results[k][1]), n)  # first token with a word
    info[:first + 1] = [(0, 0, False)] * min(n, first + 1)  # no boundary before any word
    sent_of = list(itertools.accumulate(map(_SENT_STEP, info)))
    clause_of = list(itertools.accumulate(map(_CLAUSE_STEP, info)))
    single_of = list(map(_SINGLE_GAP, info))
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sent: list[int] = []
    clause: list[int] = []
    single_gap: list[bool] = []  # token preceded by exactly one separator char
    prev = 0
    for k in [*odd, n]:
        if prev < k:  # a run of one-word tokens
            words += map(_WORD, results[prev:k])
            starts += tok_starts[prev:k]
            ends += tok_ends[prev:k]
            sent += sent_of[prev:k]
            clause += clause_of[prev:k]
            single_gap += single_of[prev:k]
        if k == n:
            break
        st, sg = tok_starts[k], single_of[k]
        for word, a, b in results[k][1]:
            words.append(word)
            starts.append(st + a)
            ends.append(st + b)
            sent.append(sent_of[k])
            clause.append(clause_of[k])
            single_gap.append(sg)
            sg = False  # later parts of one token follow no separator
        prev = k + 1
    return words, starts, ends, sent, clause, single_gap


_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
# the same tokens in lowercased ASCII text, written so that the engine backtracks less
_TOKEN_SPLIT_ASCII_RE = re.compile(
    r"((?:['.\-_!|](?=[a-z0-9]))?[a-z0-9*#@$]+(?:['.\-_!|](?=[a-z0-9])[a-z0-9*#@$]+)*)")
_GAP_BOUND_RE = re.compile("[" + re.escape("".join(_SENT_CHARS | _CLAUSE_CHARS)) + "]")
_JOINERS_RE = re.compile(r"[.\-_]+")


@dataclass(frozen=True, slots=True)
class _Context:
    """Message-wide facts that decide how each token is repaired."""

    ascii_only: bool
    mostly_latin: bool  # more Latin than Cyrillic/Greek letters: map all look-alikes
    has_sym: bool
    has_digit: bool
    has_stretch: bool


def _char_class(lo: int, hi: int) -> re.Pattern[str]:
    """A regex class of the alphabetic characters in ``chr(lo)``..``chr(hi)``."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in range(lo, hi + 1)
                                    if chr(c).isalpha()) + "]")


_LATIN_ALPHA_RE = _char_class(0, 0x24F)
_CYR_GREEK_ALPHA_RE = _char_class(0x370, 0x52F)


def _context(norm: str) -> _Context:
    """The repair context of a folded message."""
    ascii_only = norm.isascii()
    mostly_latin = True
    if not ascii_only:
        mostly_latin = len(_LATIN_ALPHA_RE.findall(norm)) > len(_CYR_GREEK_ALPHA_RE.findall(norm))
    stretch = _STRETCH_ASCII_RE if ascii_only else _STRETCH_RE  # same on lowercased ASCII
    return _Context(ascii_only, mostly_latin, _SYM_RE.search(norm) is not None,
                    _DIGIT_RE.search(norm) is not None, stretch.search(norm) is not None)


# (the word when the token is exactly one undotted full-span word, pieces, dotted)
_Pieces = tuple[str | None, tuple[tuple[str, int, int], ...], bool]
_piece_tables: dict[_Context, dict[str, _Pieces]] = {}
_piece_vocab: list[Collection[str]] = []  # the vocabulary the tables were built for


def _piece_table(vocab: Collection[str], ctx: _Context) -> dict[str, _Pieces]:
    """Per-context cache of ``_token_pieces`` (tokens repeat across and within messages)."""
    if not _piece_vocab or _piece_vocab[0] is not vocab:
        _piece_tables.clear()
        _piece_vocab[:] = [vocab]
    table = _piece_tables.get(ctx)
    if table is None or len(table) > 50_000:  # bound the memory of a long-running bot
        table = _piece_tables[ctx] = {}
    return table


def _token_pieces(raw: str, vocab: Collection[str], ctx: _Context) -> _Pieces:
    """Repair one raw token into (word, start, end) pieces (offsets within ``raw``).

    The flag says whether the token was dotted letters, which decides how the following
    separator is read.  Empty pieces: the token vanished (``**``).
    """
    parts, dotted = _repair_token(raw, vocab, ctx)
    simple = len(parts) == 1 and not dotted and parts[0][1:] == (0, len(raw))
    return (parts[0][0] if simple else None), parts, dotted


def _repair_token(raw: str, vocab: Collection[str], ctx: _Context,
                  ) -> tuple[tuple[tuple[str, int, int], ...], bool]:
    """The pieces of ``_token_pieces`` and the dotted-letters flag."""
    tok = raw
    if not ctx.ascii_only and (ctx.mostly_latin or _mixed_script(tok)):
        tok = tok.translate(_CONFUSABLE_TABLE)
    if "'" in tok:
        tok = tok.replace("'", "")
    sym, digit = ctx.has_sym, ctx.has_digit
    en = len(raw)
    joined = "." in tok or "-" in tok or "_" in tok
    dotted = False
    if sym or digit or joined:
        parts = _JOINERS_RE.split(tok) if joined else [tok]
        if len(parts) > 1 and all(len(p) == 1 for p in parts if p):
            parts = ["".join(parts)]
            dotted = len(parts[0]) >= 3
        if len(parts) > 1:
            out: list[tuple[str, int, int]] = []
            pos = 0
            for p in parts:
                if not p:
                    pos += 1
                    continue
                p_st = max(raw.find(p[0], pos), pos)
                p_en = min(en, p_st + len(p))
                pos = p_en
                rp = _repair(p, vocab, sym, digit, ctx.has_stretch)
                if rp:
                    out.append((rp, p_st, p_en))
            return tuple(out), dotted
        tok = parts[0]
    if sym or digit or ctx.has_stretch:
        tok = _repair(tok, vocab, sym, digit, ctx.has_stretch)
        if not tok:
            return (), dotted
    return ((tok, 0, en),), dotted


def _mixed_script(tok: str) -> bool:
    """True when a token mixes Cyrillic/Greek with other letters (a look-alike disguise)."""
    has_lat = has_cg = False
    for ch in tok:
        if _is_cyr_greek(ch):
            has_cg = True
        elif ch.isalpha():
            has_lat = True
    return has_lat and has_cg


def _gap_info(gap: str, prev_dotted: bool) -> tuple[int, int, bool]:
    """(sentence step, clause step, single separator) for the text between two tokens."""
    # the final dot of dotted letters ends the abbreviation, not the sentence
    scan = gap[1:] if prev_dotted and gap[:1] == "." else gap
    m = _GAP_BOUND_RE.search(scan)
    single = len(gap) == 1 and gap in " .-_*"
    if m is None:
        return 0, 0, single
    if m.group() in _SENT_CHARS:
        return 1, 1, single
    return 0, 1, single


def _join_spaced(words: list[str], starts: list[int], ends: list[int], sent: list[int],
                 clause: list[int], single_gap: list[bool], vocab: Collection[str],
                 maxlen: int) -> tuple[list[str], list[int], list[int], list[int], list[int]]:
    n = len(words)
    # quick exit: need three consecutive single-letter tokens
    run = 0
    found = False
    for w in words:
        if len(w) == 1 and w.isalpha():
            run += 1
            if run >= 3:
                found = True
                break
        else:
            run = 0
    if not found:
        return words, starts, ends, sent, clause
    ow: list[str] = []
    os_: list[int] = []
    oe: list[int] = []
    osent: list[int] = []
    ocl: list[int] = []
    i = 0
    while i < n:
        w = words[i]
        if len(w) == 1 and w.isalpha():
            j = i + 1
            while (j < n and len(words[j]) == 1 and words[j].isalpha() and single_gap[j]
                   and sent[j] == sent[i]):
                j += 1
            # once a message spells in letters, a two-letter run is a word too ("t o")
            if j - i >= 3 or (j - i == 2 and words[i] + words[i + 1] in vocab):
                letters = "".join(words[i:j])
                if letters in vocab:
                    segs = [(0, len(letters), letters)]
                else:
                    segs = _segment(letters, vocab, maxlen)
                for a, b, sw in segs:
                    ow.append(sw)
                    os_.append(starts[i + a])
                    oe.append(ends[i + b - 1])
                    osent.append(sent[i])
                    ocl.append(clause[i + a])
                i = j
                continue
        ow.append(w)
        os_.append(starts[i])
        oe.append(ends[i])
        osent.append(sent[i])
        ocl.append(clause[i])
        i += 1
    return ow, os_, oe, osent, ocl


def normalize(text: str, vocab: Collection[str] | None = None) -> str:
    """Return the normalised form the detector matches against (tokens joined by spaces)."""
    if vocab is None:
        from safety.detector import vocabulary

        vocab = vocabulary()
    toks = tokenize(text, vocab)
    out: list[str] = []
    prev_s = 0
    for w, s in zip(toks.words, toks.sent, strict=True):
        if out and s != prev_s:
            out.append("|")
        out.append(w)
        prev_s = s
    return " ".join(out)

