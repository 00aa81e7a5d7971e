"""Crisis detector: ``assess(text, lang=None, history=())`` -> ``Assessment``.

Pure, synchronous and I/O-free at call time: the YAML lexicons in ``safety/lexicons`` are
read and compiled once, on first use.  No LLM, no network.

Pattern language (one ``pattern`` string, or a list of them, per lexicon rule)
-----------------------------------------------------------------------------
Patterns are sequences of *token* elements matched against the normalised tokens of a
message (see ``safety.normalize``); matching is whole-word only, never substrings.

``word``        one literal token (written naturally: accents, apostrophes and case are
                normalised exactly like message text, so ``don't`` == ``dont``)
``stem*``       any token starting with ``stem`` (at least 3 letters), e.g. ``suicid*``
``(a|b c|d)``   alternation; alternatives may be several words or empty
``[a b]``       optional group, same as ``(a b|)``
``<name>``      a named phrase set from the lexicon's ``sets:`` section (an alternation)
``(a|b)?``      a ``?`` after a group or word makes it optional
``#num``        a number token (digits) or a number word (``thirty``, ``veinte`` …)
``#many``       a number >= 6 or a "lots" word (``all``, ``bottle``, ``thirty``) for overdoses
``{m,n}``       a gap of m..n arbitrary tokens (n <= 8), never crossing a sentence end
``$`` / ``^``   end / start of a clause (punctuation or end of text)

Compilation merges single-word options into one token class (a frozenset + prefix tuple)
and keeps other alternations as nested ``Alt`` elements; top-level alternations are split
into separate sequences only until each sequence has a rare word to anchor on.  Every
sequence gets an *anchor*: its rarest token class.  At run time each message
token is looked up in a hash index of anchors; only sequences anchored on a token that is
present are tried, after a per-message feasibility check (every required word class must
occur in the message; per anchor token the classes are bitsets, and each sequence is first
gated on its rarest other class; the feasible list depends only on which of those classes'
words occur, so it is remembered in a bounded table).  A try matches the elements right of
the anchor forwards and the elements left of it backwards (an alternation only tries the
options whose first or last word fits the next token); gaps are bounded, so the work per
try is bounded by a constant of the pattern and total work is linear in the message length.
Regular expressions are used only in the tokeniser (single-quantifier character classes,
linear).
The compiled lexicon is cached on disk (``safety.compiled_cache``) for fast process start.

Levels, negation, exclusions, combinations
------------------------------------------
* ``exclude`` rules (idioms, technical, media uses: "this exam is killing me",
  "kill the process", "suicide prevention") mask the tokens they cover; a detection rule
  whose match overlaps a masked token is discarded.  ``scope: near`` on an exclude rule
  also masks the sentence before and after it (academic context: "…lethal dose of caffeine?
  my pharmacology prof asked us to calculate it"); on a ``cap`` rule it caps the neighbouring
  sentences too ("… if i vanished. not planning anything"), and ``hide_from_signals`` on a cap
  rule limits the signal layer to concern; ``hide_from_signals: true`` hides its
  tokens from the signal layer as well ("overdosed on caffeine", "my mom will kill me").
* ``cap`` rules ("want to die lol", "100 days clean from self harm", "I don't act on
  them") lower crisis matches in the same sentence to concern, unless the sentence says
  ``again``/``still``/``relapsed``.  ``soften_before`` words (``used to``, ``stopped``)
  shortly before a crisis match, or inside its gaps, also lower it to concern.
* A match is *negated* when a negator (``not``, ``never``, ``no``, ``nicht``, ``не``…) occurs
  up to three tokens before it in the same clause (scope stops at ``but``/``just``/…), or
  inside one of its gaps, unless the negator starts a pseudo-negation ("not gonna lie",
  "can't stop", "don't know", "no one").  Rules whose own words are negative ("I don't
  want to live") contain the negator in the pattern and are unaffected.  Negated matches
  are dropped.
* Rules may carry ``tags`` (``means``, ``time``, ``plan``, ``farewell``, ``intent``,
  ``cont``).  Means + (ideation | time | farewell | plan) -> crisis; a crisis plus a time
  tag ("tonight", "right now") or an ``imminent`` rule -> ``imminent``.
* History: earlier messages are assessed the same way; their tags combine with the
  current message's, and crisis-level history raises a current message that is itself at
  least concern, or clearly continues the topic (``cont`` tags: "yes", "I have them here"),
  to crisis.  A harmless current message keeps its own level.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from safety import compiled_cache, signals
from safety import model as risk_model
from safety.assessment import Assessment, Category, Evidence, Level
from safety.normalize import fold_char, tokenize

__all__ = ["LEXICON_DIR", "Lexicon", "anchored", "assess", "load_lexicon", "vocabulary"]

LEXICON_DIR = Path(__file__).with_name("lexicons")
MAX_GAP = 8
_HISTORY_LIMIT = 10
_GLOBAL_LANG = "xx"  # slang / language-independent lexicons

# The most frequent function words: a sequence anchored on one of these is tried on nearly
# every message, so they cost far more than merely frequent words.
_VERY_FREQUENT = frozenset({
    "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "but", "by", "can",
    "could", "did", "do", "does", "dont", "for", "from", "get", "got", "had", "has", "have",
    "he", "her", "him", "his", "how", "i", "id", "if", "ill", "im", "in", "into", "is", "it",
    "its", "ive", "just", "like", "me", "my", "no", "not", "now", "of", "off", "on", "one",
    "or", "our", "out", "over", "really", "she", "should", "so", "some", "than", "that",
    "the", "their", "them", "then", "there", "they", "this", "to", "too", "up", "us", "very",
    "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with",
    "would", "you", "your",
})

# Frequent words (English function words and everyday vocabulary).  They are poor anchors:
# a sequence anchored on one would be tried on most messages.  Anchor choice prefers any
# other word; this list only affects speed, never what matches.
_FREQUENT = frozenset({
    "a", "about", "above", "after", "again", "against", "all", "almost", "along", "already",
    "also", "although", "always", "am", "among", "an", "and", "another", "any", "anyone",
    "anything", "are", "around", "as", "ask", "at", "away", "back", "be", "because", "been",
    "before", "being", "below", "best", "better", "between", "big", "black", "body", "both",
    "but", "by", "call", "can", "cant", "care", "child", "come", "could", "day", "days", "did",
    "didnt", "do", "does", "doesnt", "doing", "done", "dont", "down", "during", "each", "else",
    "enough", "even", "ever", "every", "everyone", "everything", "face", "family", "far", "few",
    "find", "first", "for", "found", "free", "friend", "friends", "from", "game", "get", "gets",
    "getting", "girl", "give", "go", "goes", "going", "gone", "good", "got", "great", "guy",
    "had", "hard", "has", "have", "having", "he", "head", "help", "her", "here", "hers", "high",
    "him", "himself", "his", "home", "hope", "how", "however", "i", "id", "if", "ill", "im",
    "in", "including", "into", "is", "isnt", "it", "its", "itself", "ive", "just", "keep",
    "kid", "kids", "know", "last", "least", "left", "less", "let", "life", "like", "little",
    "lol", "long", "look", "lot", "love", "low", "made", "make", "makes", "man", "many",
    "matter", "may", "maybe", "me", "mean", "men", "might", "mind", "more", "most", "much",
    "must", "my", "never", "new", "next", "night", "no", "not", "nothing", "now", "of", "off",
    "often", "oh", "ok", "okay", "old", "on", "once", "one", "only", "open", "or", "other",
    "our", "out", "over", "own", "part", "people", "place", "please", "point", "problem", "put",
    "real", "really", "right", "run", "said", "same", "say", "says", "school", "second", "see",
    "seem", "she", "should", "show", "since", "small", "so", "some", "someone", "something",
    "still", "such", "sure", "take", "tell", "than", "thank", "thanks", "that", "thats", "the",
    "their", "them", "then", "there", "these", "they", "thing", "things", "think", "this",
    "those", "though", "thought", "through", "time", "to", "today", "told", "too", "two", "u",
    "under", "until", "up", "upon", "ur", "us", "use", "used", "very", "want", "was", "way",
    "we", "week", "well", "were", "what", "when", "where", "which", "while", "white", "who",
    "whom", "whose", "why", "will", "with", "without", "woman", "women", "work", "world",
    "would", "wrong", "yeah", "year", "years", "yes", "yet", "you", "young", "your", "yours",
})


# ------------------------------------------------------------------------------- pattern


@dataclass(frozen=True)
class TokClass:
    """One token position: literal words, word prefixes, optionally numbers."""

    words: frozenset[str]
    prefixes: tuple[str, ...] = ()
    num: bool = False
    many: bool = False


@dataclass(frozen=True)
class Gap:
    """m..n arbitrary tokens."""

    lo: int
    hi: int


@dataclass(frozen=True)
class Anchor:
    """Clause boundary assertion: ``$`` (end) or ``^`` (start)."""

    end: bool


@dataclass(frozen=True)
class Alt:
    """Alternation of element sequences (at least one option has several tokens or none).

    ``first``/``last`` index the options by the plain word they must start/end with, so a
    match tries only the options that can accept the token in front of it (see ``_order``).
    """

    options: tuple[tuple[Element, ...], ...]
    first: _OptionIndex = field(init=False, compare=False, repr=False)
    last: _OptionIndex = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first", _option_index(self.options, 0))
        object.__setattr__(self, "last", _option_index(self.options, -1))


# (option order per word, option order for any other token): option indices, ascending
_OptionIndex = tuple[dict[str, tuple[int, ...]], tuple[int, ...]]


def _option_index(options: tuple[tuple[Element, ...], ...], end: int) -> _OptionIndex:
    """Which options may accept a token at their ``end`` (0: first element, -1: last).

    An option whose element there is a plain word class fails at once on any other token,
    so trying only the listed options (in their original order) finds the same match.
    """
    by_word: dict[str, list[int]] = {}
    generic: list[int] = []
    for o, opt in enumerate(options):
        words = _plain(opt[end]) if opt else None
        if words is None:
            generic.append(o)
        else:
            for w in words:
                by_word.setdefault(w, []).append(o)
    return ({w: tuple(sorted(lst + generic)) for w, lst in by_word.items()}, tuple(generic))


Element = TokClass | Gap | Anchor | Alt
_NUMBER_WORDS: set[str] = set()
_MANY_WORDS: set[str] = set()


class PatternError(ValueError):
    """A lexicon pattern does not parse or expands too much."""


_fold_char = functools.cache(fold_char)


@functools.cache  # lexicons repeat the same words thousands of times
def _fold_word(word: str) -> str:
    out = "".join(map(_fold_char, word))
    return out.replace("'", "")


_PTOKEN_RE = re.compile(r"\{\d+,\d+\}|<[\w-]+>|#num|#many|[()\[\]|$^?]|[^\s()\[\]|{}<>?]+")


def _parse(pattern: str, sets: dict[str, list[str]],
           cache: dict[str, Alt | TokClass] | None = None, depth: int = 0) -> list[Element]:
    """Parse ``pattern`` into a sequence of elements (alternations kept as ``Alt``)."""
    if depth > 4:
        raise PatternError("set references nested too deeply")
    if cache is None:
        cache = {}
    toks = _PTOKEN_RE.findall(pattern)
    pos = 0

    def parse_alt(closer: str | None) -> list[Element]:
        nonlocal pos
        options: list[list[Element]] = [parse_seq()]
        while pos < len(toks) and toks[pos] == "|":
            pos += 1
            options.append(parse_seq())
        if closer is not None:
            if pos >= len(toks) or toks[pos] != closer:
                raise PatternError(f"missing {closer!r} in {pattern!r}")
            pos += 1
        return [_alt(options)]

    def parse_seq() -> list[Element]:
        nonlocal pos
        items: list[list[Element]] = []
        while pos < len(toks) and toks[pos] not in ("|", ")", "]"):
            t = toks[pos]
            pos += 1
            if t == "(":
                items.append(parse_alt(")"))
            elif t == "[":
                inner = parse_alt("]")
                items.append([_alt([inner, []])])
            elif t == "?":
                if not items:
                    raise PatternError(f"'?' with nothing before it in {pattern!r}")
                items[-1] = [_alt([items[-1], []])]
            elif t.startswith("{"):
                lo, hi = (int(x) for x in t[1:-1].split(","))
                if not 0 <= lo <= hi <= MAX_GAP:
                    raise PatternError(f"bad gap {t} in {pattern!r}")
                items.append([Gap(lo, hi)])
            elif t.startswith("<"):
                name = t[1:-1]
                if name not in sets:
                    raise PatternError(f"unknown set <{name}> in {pattern!r}")
                el = cache.get(name)
                if el is None:
                    el = _alt([_parse(p, sets, cache, depth + 1) for p in sets[name]])
                    cache[name] = el
                items.append([el])
            elif t == "#num":
                items.append([TokClass(frozenset(), (), True)])
            elif t == "#many":
                items.append([TokClass(frozenset(), (), False, True)])
            elif t in ("$", "^"):
                items.append([Anchor(t == "$")])
            elif t.endswith("*"):
                stem = _fold_word(t[:-1])
                if len(stem) < 3:
                    raise PatternError(f"stem too short: {t!r}")
                items.append([TokClass(frozenset(), (stem,))])
            else:
                items.append([TokClass(frozenset({_fold_word(t)}))])
        return [el for item in items for el in item]

    result = parse_alt(None)
    if pos != len(toks):
        raise PatternError(f"unexpected {toks[pos]!r} in {pattern!r}")
    return _clean(_flatten(result))


def _flatten(seq: list[Element]) -> list[Element]:
    """Inline single-option alternations."""
    out: list[Element] = []
    for el in seq:
        if isinstance(el, Alt) and len(el.options) == 1:
            out.extend(_flatten(list(el.options[0])))
        else:
            out.append(el)
    return out


def _alt(options: list[list[Element]]) -> Alt | TokClass:
    """Merge alternatives; single-token options collapse into one TokClass."""
    flat: list[tuple[Element, ...]] = []
    for opt in options:
        opt = _flatten(opt)
        if len(opt) == 1 and isinstance(opt[0], Alt):
            flat.extend(opt[0].options)
        else:
            flat.append(tuple(opt))
    singles = [o[0] for o in flat if len(o) == 1 and isinstance(o[0], TokClass)]
    others: list[tuple[Element, ...]] = []
    has_empty = False
    for o in flat:
        if not o:
            has_empty = True
        elif not (len(o) == 1 and isinstance(o[0], TokClass)) and o not in others:
            others.append(o)
    merged: TokClass | None = None
    if singles:
        words: set[str] = set()
        prefixes: list[str] = []
        num = many = False
        for s in singles:
            assert isinstance(s, TokClass)
            words |= s.words
            prefixes.extend(p for p in s.prefixes if p not in prefixes)
            num = num or s.num
            many = many or s.many
        merged = TokClass(frozenset(words), tuple(prefixes), num, many)
    if merged is not None and not others and not has_empty:
        return merged
    opts: list[tuple[Element, ...]] = ([(merged,)] if merged is not None else []) + others
    if has_empty:
        opts.append(())
    return Alt(tuple(opts))


def _clean(seq: list[Element]) -> list[Element]:
    out: list[Element] = []
    for el in seq:
        if isinstance(el, Gap) and out and isinstance(out[-1], Gap):
            prev = out[-1]
            out[-1] = Gap(prev.lo + el.lo, min(MAX_GAP, prev.hi + el.hi))
        else:
            out.append(el)
    return out


def _expansions(seq: list[Element], common: frozenset[str], budget: int = 400,
                ) -> list[list[Element]]:
    """Split top-level alternations until each sequence has a cheap (rare-word) anchor."""
    todo = [seq]
    done: list[list[Element]] = []
    while todo:
        cur = todo.pop()
        while cur and isinstance(cur[0], Gap | Anchor) and not (
                isinstance(cur[0], Anchor) and not cur[0].end):
            cur = cur[1:]
        while cur and isinstance(cur[-1], Gap):
            cur = cur[:-1]
        if not cur:
            continue
        best = min((_anchor_cost(el, common) for el in cur), default=1e9)
        alt_idx = [i for i, el in enumerate(cur) if isinstance(el, Alt)]
        if best < 40 or not alt_idx or len(done) + len(todo) > budget:
            done.append(cur)
            continue
        # expand the alternation whose options look rarest
        i = min(alt_idx, key=lambda j: _alt_cost(cur[j], common))
        alt = cur[i]
        assert isinstance(alt, Alt)
        for opt in alt.options:
            todo.append(_clean(cur[:i] + list(opt) + cur[i + 1:]))
    return done


def _alt_cost(el: Element, common: frozenset[str]) -> float:
    assert isinstance(el, Alt)
    worst = 0.0
    for opt in el.options:
        c = min((_anchor_cost(x, common) for x in opt), default=1e9)
        worst = max(worst, c)
    return worst


def _literals(seq: Sequence[Element]) -> set[str]:
    out: set[str] = set()
    for el in seq:
        if isinstance(el, TokClass):
            out |= el.words
        elif isinstance(el, Alt):
            for o in el.options:
                out |= _literals(o)
    return out


# --------------------------------------------------------------------------------- rules


@dataclass(slots=True)
class Rule:
    """One compiled lexicon entry."""

    id: str
    lang: str
    kind: str  # "detect" | "exclude"
    categories: tuple[Category, ...]
    level: Level
    imminent: bool
    tags: frozenset[str]
    negatable: bool
    force: bool = False
    literals: frozenset[str] = frozenset()
    hist_only: bool = False  # only ``cont`` tags: matters only when there is history
    near: bool = False  # exclude/cap rule that also covers the neighbouring sentences
    hide: bool = False  # exclude rule whose tokens are hidden from the signal layer too


@dataclass(slots=True)
class Seq:
    """One expanded sequence of a rule with its anchor."""

    sid: int
    rule: Rule
    elements: tuple[Element, ...]
    anchor: int
    required: tuple[frozenset[str], ...]
    literals: frozenset[str]
    key: TokClass | None = None  # rarest required word class: absent -> cannot match
    right: frozenset[str] | None = None  # plain word class right after the anchor
    left: frozenset[str] | None = None  # plain word class right before the anchor


@dataclass(slots=True)
class Lexicon:
    """All compiled rules with their anchor index."""

    rules: list[Rule] = field(default_factory=list)
    seqs: list[Seq] = field(default_factory=list)
    by_word: dict[str, list[Seq]] = field(default_factory=dict)
    by_prefix3: dict[str, list[tuple[str, list[Seq]]]] = field(default_factory=dict)
    num_anchored: list[Seq] = field(default_factory=list)
    vocab: frozenset[str] = frozenset()
    maxlen: int = 14
    stopwords: dict[str, frozenset[str]] = field(default_factory=dict)
    stop_langs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> its langs
    negators: frozenset[str] = frozenset()
    pseudo_next: frozenset[str] = frozenset()
    scope_breakers: frozenset[str] = frozenset()
    # "but" per language: risk told after it is not a cap's to hold (per language, since
    # "ma" is Polish for "has" and "ama" Spanish for "loves")
    contrast: dict[str, frozenset[str]] = field(default_factory=dict)
    soften: frozenset[str] = frozenset()
    langs: frozenset[str] = frozenset()
    anchor_set: frozenset[str] = frozenset()  # keys of by_word
    prefix3: frozenset[str] = frozenset()  # keys of by_prefix3
    quick: _Quick | None = None  # fast-path keys without history-only rules
    quick_hist: _Quick | None = None  # fast-path keys of all rules
    # token -> what it anchors (None: nothing), and the tokens that anchor something; filled
    # on first sight of each token (the set is small: intersecting it is cheap)
    by_token: tuple[dict[str, _AnchorIndex | None], set[str]] = field(
        default_factory=lambda: ({}, set()))
    # (anchor token, its index's words in a message, languages) -> ``_candidates``
    memo: dict[tuple[str, frozenset[str], frozenset[str] | None], list[Seq]] = field(
        default_factory=dict)


def _key_class(seq: Sequence[Element], anchor: int, common: frozenset[str]) -> TokClass:
    """The rarest word class every match of ``seq`` must contain (the fast-path key).

    Candidates are top-level token classes and alternations all of whose options start
    with a word (``_req_words``).  Falls back to the match anchor itself.
    """
    best = seq[anchor]
    assert isinstance(best, TokClass)
    best_cost = _anchor_cost(best, common)
    for el in seq:
        cand: TokClass | None = None
        if isinstance(el, TokClass):
            cand = el
        elif isinstance(el, Alt):
            req = _req_words(el)
            if req is not None:
                cand = TokClass(req)
        if cand is None:
            continue
        c = _anchor_cost(cand, common)
        if c < best_cost:
            best, best_cost = cand, c
    return best


def _anchor_cost(el: Element, common: frozenset[str]) -> float:
    if not isinstance(el, TokClass):
        return 1e9
    return _class_cost(el, common)


@functools.lru_cache(maxsize=1 << 16)  # compilation asks for the same classes many times
def _class_cost(el: TokClass, common: frozenset[str]) -> float:
    if (el.num or el.many) and not el.words and not el.prefixes:
        return 1e9
    cost = 0.0
    for w in el.words:
        if w in _VERY_FREQUENT or len(w) <= 1:
            cost += 1000.0
        elif w in common:
            cost += 50.0
        else:
            cost += 1.0
    cost += 3.0 * len(el.prefixes)
    if el.num or el.many:
        cost += 200.0
    return cost


# libyaml's parser (when PyYAML was built with it) reads the lexicons ~10x faster; the
# resolvers and constructors are the same Python classes, so the documents are identical.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[misc, valid-type]
    """SafeLoader where only true/false are booleans (``no``, ``on``, ``off`` stay words)."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _req_words(el: Element) -> frozenset[str] | None:
    """Words one of which must occur in a message for ``el`` to match (None: no constraint)."""
    p = _plain(el)
    if p is not None:
        return p
    if isinstance(el, Alt):
        out: set[str] = set()
        for opt in el.options:
            if not opt:
                return None
            first = _req_words(opt[0])
            if first is None:
                return None
            out |= first
        return frozenset(out)
    return None


def _plain(el: Element) -> frozenset[str] | None:
    """Word set of a plain TokClass (no prefixes/numbers), else None."""
    if isinstance(el, TokClass) and el.words and not el.prefixes and not el.num \
            and not el.many:
        return el.words
    return None


def _prefixes(seq: Sequence[Element]) -> set[str]:
    out: set[str] = set()
    for el in seq:
        if isinstance(el, TokClass):
            out.update(el.prefixes)
        elif isinstance(el, Alt):
            for o in el.options:
                out |= _prefixes(o)
    return out


def _as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def load_lexicon(paths: Iterable[Path] | None = None) -> Lexicon:
    """Read and compile lexicon YAML files (all of ``LEXICON_DIR`` by default)."""
    if paths is None:
        paths = _default_paths()
    docs = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            doc = yaml.load(fh, Loader=_Loader) or {}
        doc.setdefault("lang", p.stem)
        docs.append(doc)
    lex = Lexicon()
    common: set[str] = set()
    negators: set[str] = set()
    pseudo: set[str] = set()
    breakers: set[str] = set()
    soften: set[str] = set()
    for doc in docs:
        sw = frozenset(_fold_word(w) for w in _as_list(doc.get("stopwords")))
        if sw:
            lex.stopwords[str(doc["lang"])] = sw
        common |= sw
        negators |= {_fold_word(w) for w in _as_list(doc.get("negators"))}
        pseudo |= {_fold_word(w) for w in _as_list(doc.get("pseudo_negation_next"))}
        breakers |= {_fold_word(w) for w in _as_list(doc.get("scope_breakers"))}
        lex.contrast[str(doc["lang"])] = frozenset(
            _fold_word(w) for w in _as_list(doc.get("contrast")))
        soften |= {_fold_word(w) for w in _as_list(doc.get("soften_before"))}
        _NUMBER_WORDS.update(_fold_word(w) for w in _as_list(doc.get("number_words")))
        _MANY_WORDS.update(_fold_word(w) for w in _as_list(doc.get("many_words")))
    common_f = frozenset(common) | _FREQUENT
    vocab: set[str] = set(negators).union(*lex.contrast.values())
    langs: set[str] = set()
    sid = 0
    interned: dict[tuple[frozenset[str], ...], tuple[frozenset[str], ...]] = {}
    seen_ids: set[str] = set()
    for doc in docs:
        lang = str(doc["lang"])
        langs.add(lang)
        sets = {k: [str(x) for x in _as_list(v)] for k, v in (doc.get("sets") or {}).items()}
        set_cache: dict[str, Alt | TokClass] = {}
        entries = [(e, "detect") for e in _as_list(doc.get("rules"))]
        entries += [(e, "exclude") for e in _as_list(doc.get("exclude"))]
        entries += [(e, "cap") for e in _as_list(doc.get("cap"))]
        for entry, kind in entries:
            rid = str(entry["id"])
            if rid in seen_ids:
                raise PatternError(f"duplicate rule id {rid}")
            seen_ids.add(rid)
            cats = tuple(Category(c) for c in _as_list(entry.get("category")))
            rule = Rule(
                id=rid, lang=lang, kind=kind,
                categories=cats,
                level=Level(entry.get("level", "crisis" if kind == "detect" else "none")),
                imminent=bool(entry.get("imminent", False)),
                tags=frozenset(_as_list(entry.get("tags"))),
                negatable=bool(entry.get("negatable", True)),
                force=bool(entry.get("force", False)),
                near=entry.get("scope") == "near",
                hide=bool(entry.get("hide_from_signals", False)),
            )
            rule.hist_only = (kind == "detect" and rule.level is Level.NONE
                              and bool(rule.tags) and rule.tags <= {"cont"})
            if kind == "detect" and rule.level is not Level.NONE and not rule.categories:
                raise PatternError(f"rule {rid} needs a category")
            lits: set[str] = set()
            for pat in _as_list(entry.get("pattern")):
                parsed = _parse(str(pat), sets, set_cache)
                for seq in _expansions(parsed, common_f):
                    if isinstance(seq[0], Anchor) and seq[0].end:
                        raise PatternError(f"'$' at start in {rid}")
                    costs = [_anchor_cost(el, common_f) for el in seq]
                    a = min(range(len(seq)), key=costs.__getitem__)
                    if costs[a] >= 1e9:
                        raise PatternError(f"no anchorable token in {rid}: {pat!r}")
                    required = tuple(sorted(
                        {r for el in seq if (r := _req_words(el)) is not None},
                        key=lambda r: (_anchor_cost(TokClass(r), common_f), sorted(r))))
                    required = interned.setdefault(required, required)
                    seq_lits = frozenset(_literals(seq))
                    top = frozenset(w for el in seq if isinstance(el, TokClass)
                                    for w in el.words)
                    s = Seq(sid, rule, tuple(seq), a, required, top,
                            _key_class(seq, a, common_f),
                            _plain(seq[a + 1]) if a + 1 < len(seq) else None,
                            _plain(seq[a - 1]) if a > 0 else None)
                    sid += 1
                    lex.seqs.append(s)
                    anc = seq[a]
                    assert isinstance(anc, TokClass)
                    for w in anc.words:
                        lex.by_word.setdefault(w, []).append(s)
                    for pfx in anc.prefixes:
                        bucket = lex.by_prefix3.setdefault(pfx[:3], [])
                        for p0, lst in bucket:
                            if p0 == pfx:
                                lst.append(s)
                                break
                        else:
                            bucket.append((pfx, [s]))
                    if anc.num or anc.many:
                        lex.num_anchored.append(s)
                    lits |= seq_lits
                    vocab.update(seq_lits)
                    vocab.update(_prefixes(seq))
            rule.literals = frozenset(lits)
            lex.rules.append(rule)
    vocab |= common
    vocab |= _NUMBER_WORDS
    vocab |= _MANY_WORDS
    lex.vocab = frozenset(w for w in vocab if w)
    lex.maxlen = max((len(w) for w in lex.vocab), default=14)
    lex.negators = frozenset(negators)
    lex.pseudo_next = frozenset(pseudo)
    lex.scope_breakers = frozenset(breakers)
    lex.soften = frozenset(soften)
    lex.langs = frozenset(langs)
    stop_langs: dict[str, list[str]] = {}
    for lang, sw in lex.stopwords.items():
        for w in sw:
            stop_langs.setdefault(w, []).append(lang)
    lex.stop_langs = {w: tuple(v) for w, v in stop_langs.items()}
    lex.anchor_set = frozenset(lex.by_word)
    lex.prefix3 = frozenset(lex.by_prefix3)
    lex.quick = _quick_keys([s for s in lex.seqs if not s.rule.hist_only])
    lex.quick_hist = _quick_keys(lex.seqs)
    return lex


@dataclass(frozen=True)
class _Quick:
    """Fast-path keys: a message with none of these cannot match any sequence.

    ``by_word`` maps each key word to the distinct ``required`` tuples of the sequences
    keyed on it: a message containing the key word still cannot match unless every word
    class of one of those tuples occurs in it.
    """

    words: frozenset[str]
    by_word: dict[str, tuple[tuple[frozenset[str], ...], ...]]
    prefixes: tuple[str, ...]
    prefix3: frozenset[str]
    num: bool


def _quick_keys(seqs: Iterable[Seq]) -> _Quick:
    by_word: dict[str, dict[tuple[frozenset[str], ...], None]] = {}
    prefixes: set[str] = set()
    num = False
    for s in seqs:
        k = s.key
        assert k is not None
        for w in k.words:
            by_word.setdefault(w, {})[s.required] = None
        prefixes.update(k.prefixes)
        if k.num or k.many:
            num = True
    if num:
        for w in _NUMBER_WORDS | _MANY_WORDS:
            by_word.setdefault(w, {})[()] = None
    return _Quick(frozenset(by_word), {w: tuple(d) for w, d in by_word.items()},
                  tuple(sorted(prefixes)), frozenset(p[:3] for p in prefixes), num)


def anchored(lex: Lexicon, seq: Seq) -> bool:
    """True when the fast path can see ``seq``: its key is required and indexed.

    The key must be the match anchor or a required element of the sequence (so a message
    lacking every key word cannot match), and all of its words/stems must be in the
    fast-path key sets.
    """
    k = seq.key
    if k is None or not (k.words or k.prefixes or k.num or k.many):
        return False
    if not (k == seq.elements[seq.anchor] or k.words in seq.required
            or k in seq.elements):
        return False
    q = lex.quick_hist if seq.rule.hist_only else lex.quick
    if (k.num or k.many) and not q.num:
        return False
    return k.words <= q.words and all(p in q.prefixes for p in k.prefixes)


_LEX: Lexicon | None = None
_LOCK = threading.Lock()


def _lexicon() -> Lexicon:
    global _LEX
    lex = _LEX
    if lex is None:
        with _LOCK:
            if _LEX is None:
                _LEX = _load_cached()
            lex = _LEX
    return lex


def _default_paths() -> list[Path]:
    # signals.yaml holds word classes for safety/signals.py, not phrase rules
    return sorted(p for p in LEXICON_DIR.glob("*.yaml") if p.name != "signals.yaml")


def _load_cached() -> Lexicon:
    """The default lexicon, from the on-disk cache of compiled lexicons when it is current."""
    paths = _default_paths()

    def build() -> tuple[Lexicon, set[str], set[str]]:
        return load_lexicon(paths), _NUMBER_WORDS, _MANY_WORDS

    lex, numbers, many = compiled_cache.cached(
        "lexicon", paths, build,
        lambda d: isinstance(d, tuple) and len(d) == 3 and isinstance(d[0], Lexicon))
    _NUMBER_WORDS.update(numbers)
    _MANY_WORDS.update(many)
    return lex


def vocabulary() -> frozenset[str]:
    """All words the lexicons know (used by normalisation to repair obfuscated tokens)."""
    return _lexicon().vocab


# ------------------------------------------------------------------------------ matching


def _tok_ok(el: TokClass, w: str) -> bool:
    if w in el.words:
        return True
    if el.prefixes and w.startswith(el.prefixes):
        return True
    if el.num and (w.isdigit() or w in _NUMBER_WORDS):
        return True
    return el.many and ((w.isdigit() and len(w) < 7 and int(w) >= 6) or w in _MANY_WORDS)


def _fwd(els: tuple[Element, ...], k: int, i: int, words: list[str], sent: list[int],
         clause: list[int], s: int, n: int, cont: Callable[[int], int] | None,
         gaps: list[tuple[int, int]]) -> int:
    """Match els[k:] starting at token i, then ``cont``; return end (exclusive) or -1."""
    m = len(els)
    while k < m:
        el = els[k]
        t = type(el)
        if t is TokClass:
            if i >= n or sent[i] != s or not _tok_ok(el, words[i]):  # type: ignore[arg-type]
                return -1
            i += 1
            k += 1
        elif t is Gap:
            assert isinstance(el, Gap)
            nxt_el = els[k + 1] if k + 1 < m else None
            plain = nxt_el if type(nxt_el) is TokClass else None
            for j in range(i + el.lo, i + el.hi + 1):
                if j > n or (j > i and sent[j - 1] != s):
                    break
                if plain is not None and (j >= n or not _tok_ok(plain, words[j])):
                    continue
                gaps.append((i, j))
                r = _fwd(els, k + 1, j, words, sent, clause, s, n, cont, gaps)
                if r >= 0:
                    return r
                gaps.pop()
            return -1
        elif t is Alt:
            assert isinstance(el, Alt)
            k1 = k + 1

            def rest(j: int, k1: int = k1) -> int:
                return _fwd(els, k1, j, words, sent, clause, s, n, cont, gaps)

            by_word, generic = el.first
            order = by_word.get(words[i], generic) if i < n and sent[i] == s else generic
            opts = el.options
            for o in order:
                r = _fwd(opts[o], 0, i, words, sent, clause, s, n, rest, gaps)
                if r >= 0:
                    return r
            return -1
        else:
            assert isinstance(el, Anchor)
            if el.end:
                if i < n and i > 0 and clause[i] == clause[i - 1]:
                    return -1
            elif i > 0 and i < n and clause[i] == clause[i - 1]:
                return -1
            k += 1
    return cont(i) if cont is not None else i


def _bwd(els: tuple[Element, ...], k: int, i: int, words: list[str], sent: list[int],
         clause: list[int], s: int, cont: Callable[[int], int] | None,
         gaps: list[tuple[int, int]]) -> int:
    """Match els[:k+1] backwards ending at token i, then ``cont``; start-1 or -2 on failure."""
    while k >= 0:
        el = els[k]
        t = type(el)
        if t is TokClass:
            if i < 0 or sent[i] != s or not _tok_ok(el, words[i]):  # type: ignore[arg-type]
                return -2
            i -= 1
            k -= 1
        elif t is Gap:
            assert isinstance(el, Gap)
            prv_el = els[k - 1] if k > 0 else None
            plain = prv_el if type(prv_el) is TokClass else None
            for j in range(i - el.lo, i - el.hi - 1, -1):
                if j < -1 or (j < i and sent[j + 1] != s):
                    break
                if plain is not None and (j < 0 or not _tok_ok(plain, words[j])):
                    continue
                gaps.append((j + 1, i + 1))
                r = _bwd(els, k - 1, j, words, sent, clause, s, cont, gaps)
                if r >= -1:
                    return r
                gaps.pop()
            return -2
        elif t is Alt:
            assert isinstance(el, Alt)
            k1 = k - 1

            def rest(j: int, k1: int = k1) -> int:
                return _bwd(els, k1, j, words, sent, clause, s, cont, gaps)

            by_word, generic = el.last
            order = by_word.get(words[i], generic) if i >= 0 and sent[i] == s else generic
            opts = el.options
            for o in order:
                opt = opts[o]
                r = _bwd(opt, len(opt) - 1, i, words, sent, clause, s, rest, gaps)
                if r >= -1:
                    return r
            return -2
        else:
            assert isinstance(el, Anchor)
            # '^': token i+1 starts a clause
            if i >= 0 and i + 1 < len(clause) and clause[i] == clause[i + 1]:
                return -2
            k -= 1
    return cont(i) if cont is not None else i


@dataclass(slots=True)
class _Hit:
    rule: Rule
    start: int
    end: int  # token indices [start, end)
    level: Level


def _negated(lex: Lexicon, gaps: list[tuple[int, int]], words: list[str], clause: list[int],
             start: int) -> bool:
    """Negator before the match (same clause, 3 tokens) or inside one of its gaps."""
    negs = lex.negators
    for a, b in gaps:
        for q in range(a, b):
            if words[q] in negs and not _pseudo(lex, words, q):
                return True
    c = clause[start]
    q = start - 1
    lo = max(0, start - 3)
    while q >= lo and clause[q] == c:
        w = words[q]
        if w in lex.scope_breakers:
            return False
        if w in negs and not _pseudo(lex, words, q):
            return True
        q -= 1
    return False


def _softened(lex: Lexicon, gaps: list[tuple[int, int]], words: list[str], clause: list[int],
              start: int) -> bool:
    """A past/stopped marker shortly before the match or in its gaps ("I used to cut")."""
    soft = lex.soften
    for a, b in gaps:
        for q in range(a, b):
            if words[q] in soft:
                return True
    c = clause[start]
    for q in range(start - 1, max(-1, start - 4), -1):
        if clause[q] != c:
            return False
        if words[q] in lex.soften:
            return True
    return False


def _pseudo(lex: Lexicon, words: list[str], q: int) -> bool:
    """Negator at q that does not negate what follows ("not gonna lie", "can't stop")."""
    if q > 0 and words[q - 1] in ("trying", "try", "tried", "struggling", "struggle"):
        return True
    nxt = words[q + 1: q + 4]
    if not nxt:
        return False
    if nxt[0] in lex.pseudo_next:
        return True
    return len(nxt) > 1 and nxt[0] in ("gonna", "going", "to", "gon") and (
        nxt[1] in lex.pseudo_next or (len(nxt) > 2 and nxt[2] in lex.pseudo_next))


@dataclass(frozen=True, slots=True)
class _AnchorIndex:
    """The sequences one token can anchor, with their required word classes as bitsets.

    Each class required by one of ``seqs`` gets a bit; ``bits`` maps a word to the classes
    it belongs to and ``needs[i]`` holds the classes ``seqs[i]`` requires, so a sequence is
    feasible for a message when the bits of the message's words cover its needs.  Before
    that, each sequence is gated on its rarest class other than the token's own: ``gated``
    maps a word to the sequences whose gate class holds it, so only sequences gated on a
    word of the message (or not gated at all: ``ungated``) are examined.
    """

    word: str
    seqs: tuple[Seq, ...]
    needs: tuple[int, ...]
    bits: dict[str, int]
    words: frozenset[str]  # keys of ``bits``
    gated: dict[str, tuple[int, ...]]
    gate_words: frozenset[str]  # keys of ``gated``
    ungated: tuple[int, ...]


def _anchor_index(lex: Lexicon, w: str) -> _AnchorIndex | None:
    """What token ``w`` anchors (cached per token); None when it anchors nothing."""
    seqs = _anchored_on(lex, w)
    if not seqs:
        return None
    bit_of: dict[frozenset[str], int] = {}
    needs = []
    gated: dict[str, list[int]] = {}
    ungated: list[int] = []
    for i, s in enumerate(seqs):
        need = 0
        for req in s.required:
            need |= 1 << bit_of.setdefault(req, len(bit_of))
        needs.append(need)
        # ``required`` is sorted rarest first
        gate = next((req for req in s.required if w not in req), None)
        if gate is None:
            ungated.append(i)
        else:
            for x in gate:
                gated.setdefault(x, []).append(i)
    bits: dict[str, int] = {}
    for req, b in bit_of.items():
        for x in req:
            bits[x] = bits.get(x, 0) | (1 << b)
    return _AnchorIndex(w, tuple(seqs), tuple(needs), bits, frozenset(bits),
                        {x: tuple(lst) for x, lst in gated.items()}, frozenset(gated),
                        tuple(ungated))


def _anchor_indexes(lex: Lexicon, present: set[str]) -> list[_AnchorIndex]:
    """The anchor indexes of the distinct tokens of a message that anchor something."""
    by_token, anchoring = lex.by_token
    new = present.difference(by_token)
    if new:
        if len(by_token) > 200_000:  # numbers and typos are unbounded: keep the cache small
            # fresh ones, not clear(): another thread may be reading the old ones
            by_token, anchoring = lex.by_token = ({}, set())
            lex.memo = {}  # (its lists were worked out from the old indexes)
            new = present
        for w in new:
            idx = by_token[w] = _anchor_index(lex, w)
            if idx is not None:
                anchoring.add(w)  # (after ``by_token``: readers look it up there)
    return list(map(by_token.__getitem__, present.intersection(anchoring)))


def _candidates(idx: _AnchorIndex, present: set[str],
                langs: frozenset[str] | None) -> list[Seq]:
    """Sequences anchored on the token of ``idx`` that can possibly match this message."""
    opened = present.intersection(idx.gate_words)
    order: Iterable[int]
    if len(opened) == 1 and not idx.ungated:
        order = idx.gated[opened.pop()]  # (ascending already)
    elif opened:
        chosen = set(idx.ungated)
        for x in opened:
            chosen.update(idx.gated[x])
        order = sorted(chosen)
    elif idx.ungated:
        order = idx.ungated
    else:
        return []
    have = 0
    bits = idx.bits
    for x in present.intersection(idx.words):
        have |= bits[x]
    seqs, needs = idx.seqs, idx.needs
    return [seqs[i] for i in order if needs[i] & have == needs[i]
            and (langs is None or seqs[i].rule.lang in langs)]


_MEMO_SIZE = 20_000  # remembered candidate lists (a few MB at most)


def _memo_candidates(lex: Lexicon, idx: _AnchorIndex, present: set[str],
                     langs: frozenset[str] | None) -> list[Seq]:
    """``_candidates``, remembered (the lists are only read, never changed).

    The result depends only on which of ``idx.words`` the message holds (the gate words are
    among them), and the same few such word sets recur across messages and sentence runs.
    """
    key = (idx.word, idx.words.intersection(present), langs)
    got = lex.memo.get(key)
    if got is None:
        got = _candidates(idx, present, langs)
        memo = lex.memo
        if len(memo) >= _MEMO_SIZE:  # a fresh dict: another thread may be reading the old
            memo = lex.memo = {}
        memo[key] = got
    return got


def _anchored_on(lex: Lexicon, w: str) -> list[Seq]:
    """All sequences whose anchor accepts token ``w`` (words, then stems, then numbers)."""
    cands = lex.by_word.get(w)
    out = list(cands) if cands else []
    if len(w) >= 3:
        bucket = lex.by_prefix3.get(w[:3])
        if bucket:
            out += [s for pfx, lst in bucket if w.startswith(pfx) for s in lst]
    if lex.num_anchored and (w.isdigit() or w in _NUMBER_WORDS or w in _MANY_WORDS):
        out += lex.num_anchored
    return out


# A rule seen this often in one message has made its point; more occurrences only cost time
# (a 4,096-character "k i l l m y s e l f …" repeats one rule hundreds of times).
_MAX_HITS_PER_RULE = 16


# A match never crosses a sentence boundary, so a long message is gated sentence by sentence
# (runs of whole sentences of at least this many words): the words of a whole essay would
# make most sequences look feasible somewhere.
_CHUNK_WORDS = 8


def _anchor_positions(lex: Lexicon, words: list[str], sent: list[int],
                      langs: frozenset[str] | None) -> Iterator[tuple[int, dict[str, list[Seq]]]]:
    """Each position whose word anchors a feasible sequence, with the candidates by word."""
    n = len(words)
    every = set(words)
    # candidate lists only for words that anchor something (word, stem or number anchors)
    indexes = _anchor_indexes(lex, every)
    if not indexes:
        return
    by_word: dict[str, _AnchorIndex] | None = None  # ``indexes`` by their token
    anchor_words: frozenset[str] = frozenset()  # (its keys)
    lo = 0
    while lo < n:
        hi = n
        if n - lo > 2 * _CHUNK_WORDS:
            # to the end of the sentence (sentence ids never decrease along a message)
            hi = bisect.bisect_right(sent, sent[lo + _CHUNK_WORDS - 1], lo + _CHUNK_WORDS)
            if n - hi < _CHUNK_WORDS:
                hi = n
        chunk = words
        present = every
        chunk_indexes: Iterable[_AnchorIndex] = indexes
        if hi - lo < n:
            chunk = words[lo:hi]
            present = set(chunk)
            if by_word is None:
                by_word = {idx.word: idx for idx in indexes}
                anchor_words = frozenset(by_word)
            chunk_indexes = map(by_word.__getitem__, present.intersection(anchor_words))
        cache: dict[str, list[Seq]] = {}
        for idx in chunk_indexes:
            if not idx.ungated and present.isdisjoint(idx.gate_words):
                continue  # every sequence is gated shut (what ``_candidates`` would find)
            c = _memo_candidates(lex, idx, present, langs)
            if c:
                cache[idx.word] = c
        if cache:
            yield from zip(itertools.compress(range(lo, hi), map(cache.__contains__, chunk)),
                           itertools.repeat(cache))
        lo = hi


_CHAT_WIDE_CAPS = frozenset({"en", _GLOBAL_LANG})


def _caps_apply(cap_langs: set[str], rule_lang: str) -> bool:
    # English and global rules answer to English and global caps only: another language's
    # joke marker ("haha", "kkk") or past marker must not soften "took all 40 of my pills".
    # Other languages' rules keep every cap, since their words overlap (autolesion*, suicid*).
    return rule_lang not in _CHAT_WIDE_CAPS or not cap_langs.isdisjoint(_CHAT_WIDE_CAPS)


def _released(lex: Lexicon, words: list[str], sent: list[int], capped: set[int],
              cap_langs: dict[int, set[str]], cap_end: dict[int, int]) -> dict[int, int]:
    """Per held sentence, the first "but" after every cap that holds it: what follows is not
    held ("jk but seriously the pills are ready", "je rigole, mais ce soir je me tue")."""
    out: dict[int, int] = {}
    turns: dict[int, frozenset[str]] = {}
    for q in range(min(cap_end.values(), default=0), len(words)):
        s_id = sent[q]
        if s_id not in capped or s_id in out or q < cap_end[s_id]:
            continue
        if s_id not in turns:  # the caps' languages' words of contrast, and English ones
            turns[s_id] = lex.contrast.get("en", frozenset()).union(
                *(lex.contrast.get(lang, ()) for lang in cap_langs[s_id]))
        if words[q] in turns[s_id]:
            out[s_id] = q
    return out


def _match_all(lex: Lexicon, words: list[str], sent: list[int], clause: list[int],
               langs: frozenset[str] | None, hist: bool = True,
               ) -> tuple[list[_Hit], list[_Hit]]:
    n = len(words)
    if n == 0:
        return [], []
    done: set[str] = set()
    found: dict[str, int] = {}
    excl_hits: list[_Hit] = []
    cap_hits: list[_Hit] = []
    cand_hits: list[tuple[Seq, int, int, list[tuple[int, int]]]] = []
    for p, cache in _anchor_positions(lex, words, sent, langs):
        w = words[p]
        allc = cache[w]
        s_id = sent[p]
        nxt = words[p + 1] if p + 1 < n else None
        prv = words[p - 1] if p > 0 else None
        for seq in allc:
            rule = seq.rule
            if rule.id in done or (rule.hist_only and not hist):
                continue
            if rule.kind == "detect" and found.get(rule.id, 0) >= _MAX_HITS_PER_RULE:
                continue
            r_set = seq.right
            if r_set is not None and (nxt is None or nxt not in r_set):
                continue
            l_set = seq.left
            if l_set is not None and (prv is None or prv not in l_set):
                continue
            els = seq.elements
            a = seq.anchor
            gaps: list[tuple[int, int]] = []
            end = _fwd(els, a + 1, p + 1, words, sent, clause, s_id, n, None, gaps)
            if end < 0:
                continue
            start = _bwd(els, a - 1, p - 1, words, sent, clause, s_id, None, gaps)
            if start < -1:
                continue
            start += 1
            if rule.kind == "exclude":
                if rule.near:
                    # context exclusion ("… my pharmacology prof asked us"): the sentence
                    # before and after are covered too
                    lo_s, hi_s = sent[start] - 1, sent[end - 1] + 1
                    while start > 0 and sent[start - 1] >= lo_s:
                        start -= 1
                    while end < n and sent[end] <= hi_s:
                        end += 1
                excl_hits.append(_Hit(rule, start, end, rule.level))
            elif rule.kind == "cap":
                cap_hits.append(_Hit(rule, start, end, rule.level))
            else:
                cand_hits.append((seq, start, end, gaps))
                found[rule.id] = found.get(rule.id, 0) + 1
    if not cand_hits and not cap_hits:
        return [], excl_hits  # (what the steps below make of exclusions alone)
    masked: set[int] = set()
    for h in excl_hits:
        masked.update(range(h.start, h.end))
    capped = {sent[h.start] for h in cap_hits}
    timed: set[int] | None = None
    for h in cap_hits:
        if h.rule.near:  # a denial/past marker also caps the neighbouring sentences...
            if timed is None:
                timed = {sent[c[1]] for c in cand_hits if "time" in c[0].rule.tags}
            # ...except one that names a time for the act: "i won't do anything. tonight i
            # kill myself" is a plan, whatever the sentence before says
            capped.update(s for s in (sent[h.start] - 1, sent[h.end - 1] + 1) if s not in timed)
    # which languages' caps cover each sentence (see ``_caps_apply``), and where the last ends
    cap_langs: dict[int, set[str]] = {}
    cap_end: dict[int, int] = {}
    for h in cap_hits:
        lo, hi = sent[h.start], sent[h.end - 1]
        if h.rule.near:
            lo, hi = lo - 1, hi + 1
        for s_id in range(lo, hi + 1):
            cap_langs.setdefault(s_id, set()).add(h.rule.lang)
            cap_end[s_id] = max(cap_end.get(s_id, 0), h.end)
    if capped:
        # "again"/"still"/"relapsed" in the same sentence means it is not over, except a
        # relapse told before "…clean since" ("relapsed last year, been ok since")
        since = {sent[h.start]: h.start for h in cap_hits if "since" in words[h.start:h.end]}
        ongoing = itertools.compress(range(n), map(_ONGOING.__contains__, words))
        capped -= {sent[q] for q in ongoing
                   if not (words[q] in _RELAPSE and q < since.get(sent[q], -1))}
        # "6 months clean gone": the streak is named only to say it ended
        capped -= {sent[h.start] for h in cap_hits
                   if h.end < n and words[h.end] in _STREAK_ENDED}
    released = _released(lex, words, sent, capped, cap_langs, cap_end) if capped else {}
    hits: list[_Hit] = []
    soft_hits: dict[str, _Hit] = {}
    for seq, start, end, gaps in cand_hits:
        rule = seq.rule
        if rule.id in done:
            continue
        if masked and not rule.force and not masked.isdisjoint(range(start, end)):
            continue
        if rule.negatable and _negated(lex, gaps, words, clause, start):
            continue
        level = rule.level
        if level is Level.CRISIS and (
                _softened(lex, gaps, words, clause, start)
                or (capped and sent[start] in capped
                    and start <= released.get(sent[start], n)
                    and _caps_apply(cap_langs[sent[start]], rule.lang))):
            level = Level.CONCERN
            if rule.id not in soft_hits:
                soft_hits[rule.id] = _Hit(rule, start, end, level)
            continue
        done.add(rule.id)
        hits.append(_Hit(rule, start, end, level))
    hits.extend(h for rid, h in soft_hits.items() if rid not in done)
    # ``hide_from_signals`` cap rules (denial, past, joke) that still hold are reported with
    # the exclusions: the signal layer may then raise the message to concern only
    excl_hits.extend(h for h in cap_hits if h.rule.hide and sent[h.start] in capped)
    return hits, excl_hits


# ------------------------------------------------------------------------------- verdict


@dataclass(slots=True)
class _Partial:
    level: Level
    evidence: list[Evidence]
    tags: set[str]
    imminent: bool
    lang_votes: dict[str, int]
    tag_pos: dict[str, list[int]] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)
    masked: frozenset[int] = frozenset()  # tokens of ``hide_from_signals`` exclude rules
    sent: list[int] = field(default_factory=list)  # sentence id of each word
    excl_sents: frozenset[int] = frozenset()  # sentences an exclusion or held cap matched in
    soft: bool = False  # a ``hide_from_signals`` cap rule held: signals raise to concern only


_IDEATION_CATS = (Category.SUICIDE, Category.SELF_HARM)
# Harm to others needs someone else. A threat pattern that reads the writer as its target ("i want
# to kill myself tonight" read by "<intent> <verb> {1,6} <time>" or "gonna kill <name>") is
# suicide, which the suicide rules report; a threat to anyone else keeps its category.
_HARM_VERBS = frozenset({"kill", "murder", "stab", "shoot", "strangle", "choke", "slaughter",
                         "shank", "smother", "hurt", "end", "off", "unalive", "hang", "drown"})
_SELF_OBJECTS = frozenset({"myself", "meself", "mysef", "myslef", "me"})
# a clitic "me" before the verb: "je vais me tuer", "voy a matarme" is one token, "vou me matar"
_CLITIC_KILL = frozenset({"tuer", "tue", "matar", "mato", "mate", "ammazzare", "ammazzo",
                          "uccidere", "uccido", "suicider", "suicidar"})
_SIGNAL_TAGS = frozenset({"farewell", "intent", "means", "time", "plan", "relapse", "cont"})


_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


def _stopword_votes(lex: Lexicon, words: list[str], text: str) -> dict[str, int]:
    votes: dict[str, int] = {}
    for langs in filter(None, map(lex.stop_langs.get, words)):
        for lang in langs:
            votes[lang] = votes.get(lang, 0) + 1
    if not votes and _CYRILLIC_RE.search(text) is not None:
        votes["ru"] = 1
    return votes


def _targets_the_writer(words: list[str], h: _Hit) -> bool:
    seg = words[h.start:h.end]
    return any((a in _HARM_VERBS and b in _SELF_OBJECTS) or (a == "me" and b in _CLITIC_KILL)
               for a, b in itertools.pairwise(seg))


def _evaluate(text: str, lex: Lexicon, langs: frozenset[str] | None,
              hist: bool = False) -> _Partial:
    toks = tokenize(text, lex.vocab, lex.maxlen)
    # no separate quiet-message shortcut: the anchor gates of ``_match_all`` are as cheap
    hits, excl = _match_all(lex, toks.words, toks.sent, toks.clause, langs, hist)
    evidence: list[Evidence] = []
    tags: set[str] = set()
    imminent = False
    level = Level.NONE
    votes: dict[str, int] = {}
    spans: list[tuple[int, int]] | None = None  # worked out only when a hit needs them
    tag_pos: dict[str, list[int]] = {}
    for h in hits:
        r = h.rule
        if r.categories == (Category.HARM_TO_OTHERS,) and _targets_the_writer(toks.words, h):
            continue
        if h.level is r.level:  # a softened/capped match ("used to have a plan") adds no tags
            tags |= r.tags
            for t in r.tags:
                tag_pos.setdefault(t, []).append(h.start)
        is_ideation = (h.level is not Level.NONE and not (r.tags & _SIGNAL_TAGS)
                       and any(c in _IDEATION_CATS for c in r.categories))
        if is_ideation:
            tag_pos.setdefault("ideation", []).append(h.start)
        if r.lang != _GLOBAL_LANG:
            votes[r.lang] = votes.get(r.lang, 0) + 1
        if h.level is Level.NONE or not r.categories:
            continue
        if spans is None:
            spans = toks.spans_upto(max(h.end for h in hits))
        span = (spans[h.start][0], spans[h.end - 1][1])
        for cat in r.categories:
            evidence.append(Evidence(cat, h.level, r.id, span))
            if cat in _IDEATION_CATS and is_ideation:
                tags.add("ideation")
        level = Level.max(level, h.level)
        if r.imminent and h.level is Level.CRISIS:
            imminent = True
    hit_langs = set(votes) if excl else set()  # languages whose detection rules matched
    for h in excl:
        if h.rule.lang != _GLOBAL_LANG:
            votes[h.rule.lang] = votes.get(h.rule.lang, 0) + 1
    if not votes:
        votes = _stopword_votes(lex, toks.words, text)
    masked: set[int] = set()
    excl_sents: set[int] = set()
    soft = False
    words_langs: dict[str, int] | None = None
    for h in excl:
        if h.rule.kind != "cap":
            excl_sents.update(toks.sent[h.start:h.end])
            if h.rule.hide:
                masked.update(range(h.start, h.end))
        else:
            # like phrase caps (``_caps_apply``): another language's joke or past marker holds
            # the later layers back only when the message reads as that language (its rules
            # or its stopwords)
            if (h.rule.lang not in _CHAT_WIDE_CAPS and langs is None
                    and h.rule.lang not in hit_langs):
                if words_langs is None:
                    words_langs = _stopword_votes(lex, toks.words, text)
                if h.rule.lang not in words_langs:
                    continue
            soft = True
            held = toks.sent[h.start:h.end]
            excl_sents.update(held)
            if h.rule.near:  # a denial covers the neighbouring sentences ("… not planning it")
                excl_sents.update((held[0] - 1, held[-1] + 1))
    return _Partial(level, evidence, tags, imminent, votes, tag_pos, words=toks.words,
                    masked=frozenset(masked), soft=soft,
                    sent=toks.sent, excl_sents=frozenset(excl_sents))


_RELAPSE = frozenset({"relapsed", "relapse", "relapsing"})
_ONGOING = frozenset({"again", "still"}) | _RELAPSE
_STREAK_ENDED = frozenset({"gone", "lost", "broken", "ruined", "wasted", "over", "ended",
                           "reset", "down"})
_COMBO_WINDOW = 15  # tokens: combined signals in one message must be this close


def _near(p: _Partial, a: str, others: Iterable[str]) -> bool:
    """True when tag ``a`` and one of ``others`` occur within the combo window."""
    pa = p.tag_pos.get(a, ())
    for o in others:
        for x in pa:
            for y in p.tag_pos.get(o, ()):
                if abs(x - y) <= _COMBO_WINDOW:
                    return True
    return False


def _combine(p: _Partial, tags: set[str], span: tuple[int, int],
             local: bool = True) -> None:
    """Apply tag combinations (means + time/ideation/plan/farewell…) to ``p`` in place."""
    if not tags:
        return  # every combination needs a tag (a farewell position comes with its tag)

    def has(a: str, others: tuple[str, ...]) -> bool:
        if a not in tags or not tags.intersection(others):
            return False
        return _near(p, a, others) if local else True

    rule = None
    if has("means", ("ideation", "time", "farewell", "plan", "intent")):
        rule = "combo.means"
    elif has("intent", ("ideation", "farewell")):
        rule = "combo.intent"
    elif has("farewell", ("ideation",)) or len(p.tag_pos.get("farewell", ())) >= 2:
        rule = "combo.farewell"
    elif has("plan", ("ideation", "time")) or has("relapse", ("ideation",)):
        rule = "combo.plan"
    if rule is not None and p.level is not Level.CRISIS:
        p.evidence.append(Evidence(Category.SUICIDE, Level.CRISIS, rule, span))
        p.level = Level.CRISIS
    if p.level is Level.CRISIS and ("time" in tags or "at_hand" in tags):
        p.imminent = True


def _signal_layer(cur: _Partial, whole: tuple[int, int]) -> None:
    """Raise indirect descriptions of danger (means, plans, finality) that no phrase names."""
    if not cur.words:
        return
    words = cur.words
    if cur.masked:
        # idioms recognised by ``hide_from_signals`` exclude rules ("overdosed on
        # caffeine", "my mom will kill me when…") are hidden from the signal layer too
        words = ["_" if i in cur.masked else w for i, w in enumerate(words)]
    found = signals.score_tokens(words)
    level = Level.CONCERN if cur.soft and found.level is Level.CRISIS else found.level
    if not level.at_least(Level.CONCERN) or level.rank <= cur.level.rank:
        return
    for category in found.categories:
        rule = f"signals.{found.rules[0]}" if found.rules else "signals"
        cur.evidence.append(Evidence(category, level, rule, whole))
    cur.level = level
    cur.imminent = cur.imminent or (found.imminent and level is Level.CRISIS)


@functools.lru_cache(maxsize=2048)
def _past(text: str, langs: frozenset[str] | None) -> _Partial:
    """An earlier message's evaluation; each message comes back as history for several turns,
    so it is worked out once (the result is only read, never changed).

    The signal layer counts too: a plan told without a known phrase ("a list of people at
    school … where my uncle's gun is") keeps the conversation at crisis like a phrase would.
    """
    p = _evaluate(text, _lexicon(), langs)
    if p.level is not Level.CRISIS:
        _signal_layer(p, (0, len(text)))
    return p


def _judged_words(cur: _Partial) -> list[str]:
    """The words the learned layer reads: of the sentences no exclusion or held cap (a joke, a
    past told as past) matched, the last ones, as many whole sentences as fit in ``MAX_WORDS``
    (risk is often told last in a long message), or the last words of a closing run-on line.
    """
    words, sent = cur.words, cur.sent
    if len(words) > risk_model.MAX_MESSAGE_WORDS:
        return []  # a forum-length text is left to the phrases (the model learned chat)
    if len(words) <= risk_model.MAX_WORDS and not cur.excl_sents:
        return words
    kept: list[str] = []
    i = len(words)
    while i > 0:
        j = i
        while j > 0 and sent[j - 1] == sent[i - 1]:
            j -= 1
        if sent[i - 1] not in cur.excl_sents:
            if len(kept) + i - j > risk_model.MAX_WORDS:
                if not kept:  # one long run-on line: its last words
                    kept = words[i - risk_model.MAX_WORDS:i]
                break
            kept[:0] = words[j:i]
        i = j
    return kept


def learned_input(text: str, lang: str | None = None) -> list[str]:
    """The words the learned layer reads for a message without history ([]: it stays out)."""
    lex = _lexicon()
    return _judged_words(_evaluate(text, lex, _hint_langs(lex, lang)[1]))


def _hint_langs(lex: Lexicon, lang: str | None) -> tuple[str | None, frozenset[str] | None]:
    """The language hint ("pt-BR" -> "pt") and the lexicons it selects (None: all)."""
    hint = lang.lower().split("-")[0].split("_")[0] if lang else None
    if hint and hint in lex.langs:
        return hint, frozenset({hint, "en", _GLOBAL_LANG})
    return hint, None


def _learned_layer(cur: _Partial, whole: tuple[int, int]) -> None:
    """Raise a paraphrased crisis the phrases missed, when the learned model is confident."""
    model = risk_model.load()
    words = _judged_words(cur) if model is not None else []
    if not words:
        return
    seen = {e.category for e in cur.evidence if e.level is Level.CONCERN}
    needed = model.threshold if cur.level is Level.CONCERN else model.threshold_alone
    if model.probability(words) < needed:
        return
    # backing up the phrases' concern keeps what they saw (the model only knows how sure it is)
    category = model.category(words, among=seen or None)
    cur.evidence.append(Evidence(category, Level.CRISIS, f"model.{category.value}", whole))
    cur.level = Level.CRISIS


def assess(text: str, lang: str | None = None, history: Sequence[str] = ()) -> Assessment:
    """Assess one user message (plus that user's recent earlier messages) for crisis risk."""
    lex = _lexicon()
    hint, langs = _hint_langs(lex, lang)
    cur = _evaluate(text, lex, langs, hist=bool(history))
    whole = (0, len(text))
    _combine(cur, set(cur.tags), whole)
    if history:
        hist = [_past(h, langs) for h in list(history)[-_HISTORY_LIMIT:] if h]
        if hist:
            h_level = Level.max(*(h.level for h in hist))
            h_tags: set[str] = set()
            for h in hist:
                h_tags |= h.tags
            engaged = (cur.level is not Level.NONE) or bool(cur.tags)
            if engaged:
                _combine(cur, cur.tags | h_tags, whole, local=False)
                if h_level is Level.CRISIS and cur.level is not Level.CRISIS:
                    h_cats = sorted({e.category for h in hist for e in h.evidence
                                     if e.level is Level.CRISIS})
                    for c in h_cats:
                        cur.evidence.append(Evidence(c, Level.CRISIS, "history.escalation",
                                                     whole))
                    cur.level = Level.CRISIS
                    if "time" in cur.tags or "at_hand" in cur.tags or any(
                            h.imminent for h in hist[-3:]):
                        cur.imminent = True
    if cur.level is not Level.CRISIS:
        _signal_layer(cur, whole)
    if cur.level is not Level.CRISIS:
        _learned_layer(cur, whole)
    cats = tuple(sorted({e.category for e in cur.evidence if e.level.at_least(Level.CONCERN)},
                        key=lambda c: c.value))
    out_lang = hint
    if out_lang is None and cur.lang_votes:
        out_lang = max(sorted(cur.lang_votes), key=cur.lang_votes.__getitem__)
    level = cur.level
    imminent = cur.imminent and level is Level.CRISIS
    ev = tuple(cur.evidence)
    return Assessment(level=level, categories=cats, evidence=ev, imminent=imminent,
                      lang=out_lang)

