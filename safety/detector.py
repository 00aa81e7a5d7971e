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
``#num``        a number token (digits) or a number word (``thirty``, ``veinte`` …)
``{m,n}``       a gap of m..n arbitrary tokens (n <= 8), never crossing a sentence end
``$`` / ``^``   end / start of a clause (punctuation or end of text)

Compilation expands alternations of several-word options into plain sequences (capped at
4,000 per rule) and merges single-word options into one token class (a frozenset + prefix
tuple).  Every sequence gets an *anchor*: its rarest token class.  At run time each message
token is looked up in a hash index of anchors; only sequences anchored on a token that is
present are tried, after a per-message feasibility check (every required word class must
occur in the message).  A try matches the elements right of the anchor forwards and the
elements left of it backwards; gaps are bounded, so the work per try is bounded by a
constant of the pattern and total work is linear in the message length.  Regular
expressions are used only in the tokeniser (single-quantifier character classes, linear).

Levels, negation, exclusions, combinations
------------------------------------------
* ``exclude`` rules (idioms, technical, media uses: "this exam is killing me",
  "kill the process", "suicide prevention") mask the tokens they cover; a detection rule
  whose match overlaps a masked token is discarded.
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

import itertools
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from safety.assessment import Assessment, Category, Evidence, Level
from safety.normalize import fold_char, tokenize

__all__ = ["LEXICON_DIR", "Lexicon", "assess", "load_lexicon", "vocabulary"]

LEXICON_DIR = Path(__file__).with_name("lexicons")
MAX_GAP = 8
MAX_EXPANSION = 4000
_HISTORY_LIMIT = 10
_GLOBAL_LANG = "xx"  # slang / language-independent lexicons

# ------------------------------------------------------------------------------- pattern


@dataclass(frozen=True, slots=True)
class TokClass:
    """One token position: literal words, word prefixes, optionally numbers."""

    words: frozenset[str]
    prefixes: tuple[str, ...] = ()
    num: bool = False
    many: bool = False


@dataclass(frozen=True, slots=True)
class Gap:
    """m..n arbitrary tokens."""

    lo: int
    hi: int


@dataclass(frozen=True, slots=True)
class Anchor:
    """Clause boundary assertion: ``$`` (end) or ``^`` (start)."""

    end: bool


Element = TokClass | Gap | Anchor
_NUMBER_WORDS: set[str] = set()
_MANY_WORDS: set[str] = set()


class PatternError(ValueError):
    """A lexicon pattern does not parse or expands too much."""


def _fold_word(word: str) -> str:
    out = "".join(fold_char(c) for c in word)
    return out.replace("'", "")


_PTOKEN_RE = re.compile(r"\{\d+,\d+\}|<[\w-]+>|#num|#many|[()\[\]|$^]|[^\s()\[\]|{}<>]+")


def _parse(pattern: str, sets: dict[str, list[str]], depth: int = 0) -> list[list[Element]]:
    """Parse ``pattern`` into its list of expanded element sequences."""
    if depth > 4:
        raise PatternError("set references nested too deeply")
    toks = _PTOKEN_RE.findall(pattern)
    pos = 0

    def parse_alt(closer: str | None) -> list[list[Element]]:
        nonlocal pos
        options: list[list[list[Element]]] = [parse_seq()]
        while pos < len(toks) and toks[pos] == "|":
            pos += 1
            options.append(parse_seq())
        if closer is not None:
            if pos >= len(toks) or toks[pos] != closer:
                raise PatternError(f"missing {closer!r} in {pattern!r}")
            pos += 1
        return _alt(options)

    def parse_seq() -> list[list[Element]]:
        nonlocal pos
        items: list[list[list[Element]]] = []
        while pos < len(toks) and toks[pos] not in ("|", ")", "]"):
            t = toks[pos]
            pos += 1
            if t == "(":
                items.append(parse_alt(")"))
            elif t == "[":
                items.append(parse_alt("]") + [[]])
            elif t.startswith("{"):
                lo, hi = (int(x) for x in t[1:-1].split(","))
                if not 0 <= lo <= hi <= MAX_GAP:
                    raise PatternError(f"bad gap {t} in {pattern!r}")
                items.append([[Gap(lo, hi)]])
            elif t.startswith("<"):
                name = t[1:-1]
                if name not in sets:
                    raise PatternError(f"unknown set <{name}> in {pattern!r}")
                opts: list[list[list[Element]]] = [
                    _parse(p, sets, depth + 1) for p in sets[name]]
                items.append(_alt(opts))
            elif t == "#num":
                items.append([[TokClass(frozenset(), (), True)]])
            elif t == "#many":
                items.append([[TokClass(frozenset(), (), False, True)]])
            elif t in ("$", "^"):
                items.append([[Anchor(t == "$")]])
            elif t.endswith("*"):
                stem = _fold_word(t[:-1])
                if len(stem) < 3:
                    raise PatternError(f"stem too short: {t!r}")
                items.append([[TokClass(frozenset(), (stem,))]])
            else:
                items.append([[TokClass(frozenset({_fold_word(t)}))]])
        out: list[list[Element]] = [[]]
        for alts in items:
            out = [a + b for a in out for b in alts]
            if len(out) > MAX_EXPANSION:
                raise PatternError(f"pattern expands to more than {MAX_EXPANSION}: {pattern!r}")
        return out

    result = parse_alt(None)
    if pos != len(toks):
        raise PatternError(f"unexpected {toks[pos]!r} in {pattern!r}")
    return result


def _alt(options: list[list[list[Element]]]) -> list[list[Element]]:
    """Merge alternatives; single-token options collapse into one TokClass."""
    flat = [seq for opt in options for seq in opt]
    singles = [s[0] for s in flat if len(s) == 1 and isinstance(s[0], TokClass)]
    others = [s for s in flat if not (len(s) == 1 and isinstance(s[0], TokClass))]
    if len(singles) > 1:
        words: set[str] = set()
        prefixes: list[str] = []
        num = many = False
        for s in singles:
            words |= s.words
            prefixes.extend(p for p in s.prefixes if p not in prefixes)
            num = num or s.num
            many = many or s.many
        merged: list[list[Element]] = [
            [TokClass(frozenset(words), tuple(prefixes), num, many)]]
        return merged + others
    return flat


def _clean(seq: list[Element]) -> list[Element]:
    out: list[Element] = []
    for el in seq:
        if isinstance(el, Gap) and out and isinstance(out[-1], Gap):
            prev = out[-1]
            out[-1] = Gap(prev.lo + el.lo, min(MAX_GAP, prev.hi + el.hi))
        else:
            out.append(el)
    while out and isinstance(out[0], Gap):
        out.pop(0)
    while out and isinstance(out[-1], Gap):
        out.pop()
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


@dataclass(slots=True)
class Seq:
    """One expanded sequence of a rule with its anchor."""

    sid: int
    rule: Rule
    elements: tuple[Element, ...]
    anchor: int
    required: tuple[frozenset[str], ...]


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
    negators: frozenset[str] = frozenset()
    pseudo_next: frozenset[str] = frozenset()
    scope_breakers: frozenset[str] = frozenset()
    soften: frozenset[str] = frozenset()
    langs: frozenset[str] = frozenset()


def _anchor_cost(el: Element, common: frozenset[str]) -> float:
    if not isinstance(el, TokClass) or ((el.num or el.many) and not el.words
                                        and not el.prefixes):
        return 1e9
    cost = 0.0
    for w in el.words:
        cost += 50.0 if (w in common or len(w) <= 2) else 1.0
    cost += 3.0 * len(el.prefixes)
    if el.num or el.many:
        cost += 200.0
    return cost


class _Loader(yaml.SafeLoader):
    """SafeLoader where only true/false are booleans (``no``, ``on``, ``off`` stay words)."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def load_lexicon(paths: Iterable[Path] | None = None) -> Lexicon:
    """Read and compile lexicon YAML files (all of ``LEXICON_DIR`` by default)."""
    if paths is None:
        paths = sorted(LEXICON_DIR.glob("*.yaml"))
    docs = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            doc = yaml.load(fh, Loader=_Loader) or {}  # noqa: S506 - SafeLoader subclass
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
        soften |= {_fold_word(w) for w in _as_list(doc.get("soften_before"))}
        _NUMBER_WORDS.update(_fold_word(w) for w in _as_list(doc.get("number_words")))
        _MANY_WORDS.update(_fold_word(w) for w in _as_list(doc.get("many_words")))
    common_f = frozenset(common)
    vocab: set[str] = set(negators)
    langs: set[str] = set()
    sid = 0
    seen_ids: set[str] = set()
    for doc in docs:
        lang = str(doc["lang"])
        langs.add(lang)
        sets = {k: [str(x) for x in _as_list(v)] for k, v in (doc.get("sets") or {}).items()}
        entries = [(e, "detect") for e in _as_list(doc.get("rules"))]
        entries += [(e, "exclude") for e in _as_list(doc.get("exclude"))]
        for entry, kind in entries:
            rid = str(entry["id"])
            if rid in seen_ids:
                raise PatternError(f"duplicate rule id {rid}")
            seen_ids.add(rid)
            cats = tuple(Category(c) for c in _as_list(entry.get("category")))
            rule = Rule(
                id=rid, lang=lang, kind=kind,
                categories=cats,
                level=Level(entry.get("level", "none" if kind == "exclude" else "crisis")),
                imminent=bool(entry.get("imminent", False)),
                tags=frozenset(_as_list(entry.get("tags"))),
                negatable=bool(entry.get("negatable", True)),
                force=bool(entry.get("force", False)),
            )
            if kind == "detect" and rule.level is not Level.NONE and not rule.categories:
                raise PatternError(f"rule {rid} needs a category")
            lits: set[str] = set()
            for pat in _as_list(entry.get("pattern")):
                for raw in _parse(str(pat), sets):
                    seq = _clean(raw)
                    if not seq:
                        continue
                    if isinstance(seq[0], Anchor) and seq[0].end:
                        raise PatternError(f"'$' at start in {rid}")
                    costs = [_anchor_cost(el, common_f) for el in seq]
                    a = min(range(len(seq)), key=costs.__getitem__)
                    if costs[a] >= 1e9:
                        raise PatternError(f"no anchorable token in {rid}: {pat!r}")
                    required = tuple(
                        el.words for el in seq
                        if isinstance(el, TokClass) and el.words and not el.prefixes
                        and not el.num)
                    s = Seq(sid, rule, tuple(seq), a, required)
                    sid += 1
                    lex.seqs.append(s)
                    anc = seq[a]
                    assert isinstance(anc, TokClass)
                    for w in anc.words:
                        lex.by_word.setdefault(w, []).append(s)
                    for pfx in anc.prefixes:
                        bucket = lex.by_prefix3.setdefault(pfx[:3], [])
                        for i, (p0, lst) in enumerate(bucket):
                            if p0 == pfx:
                                lst.append(s)
                                break
                        else:
                            bucket.append((pfx, [s]))
                            i = len(bucket) - 1
                    if (anc.num or anc.many) and not anc.words and not anc.prefixes:
                        lex.num_anchored.append(s)
                    for el in seq:
                        if isinstance(el, TokClass):
                            lits |= el.words
                            vocab |= el.words
                            vocab |= set(el.prefixes)
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
    return lex


_LEX: Lexicon | None = None
_LOCK = threading.Lock()


def _lexicon() -> Lexicon:
    global _LEX
    lex = _LEX
    if lex is None:
        with _LOCK:
            if _LEX is None:
                _LEX = load_lexicon()
            lex = _LEX
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
         clause: list[int], s: int, n: int) -> int:
    """Match els[k:] starting at token i; return end (exclusive) or -1."""
    m = len(els)
    while k < m:
        el = els[k]
        if type(el) is TokClass:
            if i >= n or sent[i] != s or not _tok_ok(el, words[i]):
                return -1
            i += 1
            k += 1
        elif type(el) is Gap:
            for j in range(i + el.lo, i + el.hi + 1):
                if j > n or (j > i and sent[j - 1] != s):
                    break
                r = _fwd(els, k + 1, j, words, sent, clause, s, n)
                if r >= 0:
                    return r
            return -1
        else:
            assert isinstance(el, Anchor)
            if el.end:
                if i < n and clause[i] == clause[i - 1]:
                    return -1
            elif i > 0 and i < n and clause[i] == clause[i - 1]:
                return -1
            k += 1
    return i


def _bwd(els: tuple[Element, ...], k: int, i: int, words: list[str], sent: list[int],
         clause: list[int], s: int) -> int:
    """Match els[:k+1] backwards ending at token i; return start or -1 (impossible -> -2)."""
    while k >= 0:
        el = els[k]
        if type(el) is TokClass:
            if i < 0 or sent[i] != s or not _tok_ok(el, words[i]):
                return -2
            i -= 1
            k -= 1
        elif type(el) is Gap:
            for j in range(i - el.lo, i - el.hi - 1, -1):
                if j < -1 or (j < i and sent[j + 1] != s):
                    break
                r = _bwd(els, k - 1, j, words, sent, clause, s)
                if r >= -1:
                    return r
            return -2
        else:
            assert isinstance(el, Anchor)
            # '^': token i+1 starts a clause
            if i >= 0 and clause[i] == clause[i + 1]:
                return -2
            k -= 1
    return i


@dataclass(slots=True)
class _Hit:
    rule: Rule
    start: int
    end: int  # token indices [start, end)
    level: Level


def _negated(lex: Lexicon, rule: Rule, words: list[str], clause: list[int], start: int,
             end: int) -> bool:
    negs = lex.negators
    # negators inside the match that are not literal parts of the rule (i.e. in a gap)
    for q in range(start, end):
        w = words[q]
        if w in negs and w not in rule.literals and not _pseudo(lex, words, q):
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


def _softened(lex: Lexicon, words: list[str], clause: list[int], start: int) -> bool:
    """A past/stopped marker shortly before the match ("I used to cut")."""
    c = clause[start]
    for q in range(start - 1, max(-1, start - 4), -1):
        if clause[q] != c:
            return False
        if words[q] in lex.soften:
            return True
    return False


def _pseudo(lex: Lexicon, words: list[str], q: int) -> bool:
    """Negator at q that does not negate what follows ("not gonna lie", "can't stop")."""
    nxt = words[q + 1: q + 4]
    if not nxt:
        return False
    if nxt[0] in lex.pseudo_next:
        return True
    return len(nxt) > 1 and nxt[0] in ("gonna", "going", "to", "gon") and (
        nxt[1] in lex.pseudo_next or (len(nxt) > 2 and nxt[2] in lex.pseudo_next))


def _match_all(lex: Lexicon, words: list[str], sent: list[int], clause: list[int],
               langs: frozenset[str] | None) -> list[_Hit]:
    n = len(words)
    if n == 0:
        return []
    present = set(words)
    feasible: dict[int, bool] = {}
    done: set[str] = set()
    excl_hits: list[_Hit] = []
    cand_hits: list[tuple[Seq, int, int]] = []
    by_word = lex.by_word
    by_prefix3 = lex.by_prefix3
    for p in range(n):
        w = words[p]
        cands = by_word.get(w)
        extra: list[Seq] | None = None
        if len(w) >= 3:
            bucket = by_prefix3.get(w[:3])
            if bucket:
                extra = [s for pfx, lst in bucket if w.startswith(pfx) for s in lst]
        if lex.num_anchored and (w.isdigit() or w in _NUMBER_WORDS or w in _MANY_WORDS):
            extra = (extra or []) + lex.num_anchored
        if cands is None and not extra:
            continue
        allc = cands if not extra else (list(cands) + extra if cands else extra)
        s_id = sent[p]
        for seq in allc:
            rule = seq.rule
            if rule.id in done:
                continue
            if langs is not None and rule.lang not in langs:
                continue
            ok = feasible.get(seq.sid)
            if ok is None:
                ok = all(not req.isdisjoint(present) for req in seq.required)
                feasible[seq.sid] = ok
            if not ok:
                continue
            els = seq.elements
            a = seq.anchor
            end = _fwd(els, a + 1, p + 1, words, sent, clause, s_id, n)
            if end < 0:
                continue
            start = _bwd(els, a - 1, p - 1, words, sent, clause, s_id)
            if start < -1:
                continue
            start += 1
            if rule.kind == "exclude":
                excl_hits.append(_Hit(rule, start, end, rule.level))
            else:
                cand_hits.append((seq, start, end))
    masked: set[int] = set()
    for h in excl_hits:
        masked.update(range(h.start, h.end))
    hits: list[_Hit] = []
    for seq, start, end in cand_hits:
        rule = seq.rule
        if rule.id in done:
            continue
        if masked and not rule.force and not masked.isdisjoint(range(start, end)):
            continue
        if rule.negatable and _negated(lex, rule, words, clause, start, end):
            continue
        level = rule.level
        if level is Level.CRISIS and _softened(lex, words, clause, start):
            level = Level.CONCERN
        done.add(rule.id)
        hits.append(_Hit(rule, start, end, level))
    return hits


# ------------------------------------------------------------------------------- verdict


@dataclass(slots=True)
class _Partial:
    level: Level
    evidence: list[Evidence]
    tags: set[str]
    imminent: bool
    lang_votes: dict[str, int]


_IDEATION_CATS = (Category.SUICIDE, Category.SELF_HARM)
_STRONG_TIME = frozenset({"time"})


def _evaluate(text: str, lex: Lexicon, langs: frozenset[str] | None) -> _Partial:
    toks = tokenize(text, lex.vocab, lex.maxlen)
    hits = _match_all(lex, toks.words, toks.sent, toks.clause, langs)
    evidence: list[Evidence] = []
    tags: set[str] = set()
    imminent = False
    level = Level.NONE
    votes: dict[str, int] = {}
    spans = toks.spans
    for h in hits:
        r = h.rule
        tags |= r.tags
        if r.lang != _GLOBAL_LANG:
            votes[r.lang] = votes.get(r.lang, 0) + 1
        if h.level is Level.NONE or not r.categories:
            continue
        span = (spans[h.start][0], spans[h.end - 1][1])
        for cat in r.categories:
            evidence.append(Evidence(cat, h.level, r.id, span))
            if cat in _IDEATION_CATS:
                tags.add("ideation")
        level = Level.max(level, h.level)
        if r.imminent and h.level is Level.CRISIS:
            imminent = True
    if not votes:
        for lang, sw in lex.stopwords.items():
            c = sum(1 for w in toks.words if w in sw)
            if c:
                votes[lang] = c
    return _Partial(level, evidence, tags, imminent, votes)


def _combine(p: _Partial, tags: set[str], span: tuple[int, int]) -> None:
    """Apply tag combinations (means + time/ideation/plan/farewell…) to ``p`` in place."""
    if "means" in tags and tags & {"ideation", "time", "farewell", "plan", "intent"}:
        if p.level is not Level.CRISIS or not any(
                e.rule.startswith("combo.") for e in p.evidence):
            p.evidence.append(Evidence(Category.SUICIDE, Level.CRISIS, "combo.means", span))
        p.level = Level.CRISIS
    if "intent" in tags and "ideation" in tags and "time" in tags:
        p.evidence.append(Evidence(Category.SUICIDE, Level.CRISIS, "combo.intent_time", span))
        p.level = Level.CRISIS
    if "farewell" in tags and "ideation" in tags:
        p.evidence.append(Evidence(Category.SUICIDE, Level.CRISIS, "combo.farewell", span))
        p.level = Level.CRISIS
    if p.level is Level.CRISIS and ("time" in tags or "at_hand" in tags):
        p.imminent = True


def assess(text: str, lang: str | None = None, history: Sequence[str] = ()) -> Assessment:
    """Assess one user message (plus that user's recent earlier messages) for crisis risk."""
    lex = _lexicon()
    hint = lang.lower().split("-")[0].split("_")[0] if lang else None
    langs: frozenset[str] | None = None
    if hint and hint in lex.langs:
        langs = frozenset({hint, "en", _GLOBAL_LANG})
    cur = _evaluate(text, lex, langs)
    whole = (0, len(text))
    _combine(cur, set(cur.tags), whole)
    if history:
        hist = [_evaluate(h, lex, langs) for h in list(history)[-_HISTORY_LIMIT:] if h]
        if hist:
            h_level = Level.max(*(h.level for h in hist))
            h_tags: set[str] = set()
            for h in hist:
                h_tags |= h.tags
            engaged = (cur.level is not Level.NONE) or bool(cur.tags)
            if engaged:
                before = cur.level
                _combine(cur, cur.tags | h_tags, whole)
                if cur.level is Level.CRISIS and before is not Level.CRISIS:
                    cur.evidence.append(
                        Evidence(Category.SUICIDE, Level.CRISIS, "history.combined", whole))
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


def _chain(*its: Iterable[Any]) -> list[Any]:
    return list(itertools.chain(*its))
