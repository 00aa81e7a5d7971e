"""Co-occurrence signal layer: scores means, preparations, timing and events in one message.

The phrase detector (``safety.detector``) recognises people who *say* they are in danger.
People often describe it instead: a method and its readiness ("the rope is ready in my
closet"), a timetable ("after my parents sleep"), farewells, an overdose already taken, a
wish for an accident, someone else's emergency.  This module scores such co-occurring signals
so it generalises to paraphrases the phrase lexicons do not list.

``score(normalized)`` takes ``safety.normalize(text)`` output (lowercase tokens joined by single
spaces, sentence breaks as ``|``).  The vocabulary is data (``lexicons/signals.yaml``), loaded
once and compiled to dicts/frozensets; the rules below combine word classes within one message
and mostly within a window of ``_WIN`` tokens.  Cost is linear in the message: a frozenset test
first (no anchor word -> NONE at once), then one pass over the tokens, then a few rule checks
over the (few) hits (a rule none of whose trigger classes matched is skipped, ``_TRIGGERS``).

``SignalResult.rules`` names the rules that fired; cancelled ones are reported as
``"negated:<rule>"`` (negator before the act verb) or ``"joke:<rule>"`` (hyperbole on a
mundane trigger), so the caller can let explicit negation from this layer hold.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from safety import compiled_cache
from safety.assessment import Category, Level
from safety.normalize import normalize_chars

__all__ = ["SignalResult", "score"]

SIGNALS_PATH = Path(__file__).with_name("lexicons") / "signals.yaml"

_WIN = 12  # tokens: two signals further apart than this are not combined
_NEG_SCOPE = 3  # tokens before an act verb searched for a negator

Span = tuple[int, int]
Phrase = tuple[str, ...]


@dataclass(frozen=True)
class SignalResult:
    """Verdict of the signal layer on one normalised message."""

    level: Level
    categories: tuple[Category, ...]
    imminent: bool
    rules: tuple[str, ...]


NONE_RESULT = SignalResult(Level.NONE, (), False, ())

# Classes that can start a rule; a message without any of their words is NONE.
_ANCHORS = (
    "drug", "poison", "hang", "gun", "blade", "height", "traffic", "car_exhaust", "water",
    "finality_strong", "finality_heavy", "farewell", "ending", "affairs", "overdose",
    "research_q", "research_struct", "accident", "step", "position_edge", "position_on",
    "sh_verb", "sh_reflexive", "sh_craving", "harm_verb", "harm_verb_target", "abuse_verb",
    "threat", "night_visit", "bruises", "lockin", "ex_weapon", "ex_near", "medical",
    "medical_3p", "child_ingest_obj", "third_goodbye", "third_wants", "third_silent",
    "plan_self",
    "time_covert", "scout", "third_post", "research_height", "pet_give",
    "farewell_letter", "bare_means", "med_sign", "med_strong", "ab_act3", "viol_verb3",
    "strangle", "took_docs", "secret", "night_visit2", "weapon", "revenge", "sh_mark",
    "threat2", "deep_cut", "child_out",
)
# German/Dutch compounds name a place by their last part ("Köhlbrandbrücke", "Erasmusbrug")
_SUFFIXES = {"height": ("brucke", "brug", "viadukt", "viaduct"), "water": ("stausee",)}
_SUFFIX_ALL = tuple(x for v in _SUFFIXES.values() for x in v)
_MEANS = ("drug", "poison", "hang", "gun", "blade", "height", "traffic", "car_exhaust", "water")
_HOLDABLE = ("drug", "poison", "hang", "gun", "blade", "car_exhaust")
_PLACES = ("height", "traffic", "water")
_FINAL = ("finality_strong", "finality_heavy", "ending", "affairs")
_DIGITS = re.compile(r"\d+")
# libyaml's parser when available (same documents, ~7x faster start-up)
_BASE_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


# ---------------------------------------------------------------------------- loading

class _Lex:
    """Compiled vocabulary: phrase index by first token, anchor sets for the pre-filter."""

    def __init__(self, classes: dict[str, list[Phrase]], words: dict[str, frozenset[str]]
                 ) -> None:
        common = words.get("common", frozenset())
        self.time_units = words.get("time_units", frozenset())
        # everyday senses dropped before the rules run (``_drop_senses``)
        self.gun_day_ctx = words.get("gun_day_ctx", frozenset())
        self.appliance = words.get("appliance", frozenset())
        self.bath = words.get("bath", frozenset())
        self.where_other = words.get("where_other", frozenset())
        self.not_person = words.get("not_person", frozenset())
        self.first: dict[str, list[tuple[Phrase, str]]] = {}
        self.first_pfx: dict[str, list[tuple[Phrase, str]]] = {}
        self.first2: dict[str, tuple[dict[str, list[tuple[Phrase, str]]],
                                     list[tuple[Phrase, str]]]] = {}
        self.words: dict[str, frozenset[str]] = {}
        req: dict[str, list[frozenset[str]]] = {}
        anchor_pfx: set[str] = set()
        for cls, phrases in classes.items():
            self.words[cls] = frozenset(p[0] for p in phrases if len(p) == 1)
            for p in phrases:
                head = p[0]
                if head == "*":
                    raise ValueError(f"{cls}: phrase may not start with '*': {p}")
                if head.endswith("*"):
                    self.first_pfx.setdefault(head[:4], []).append((p, cls))
                else:
                    self.first.setdefault(head, []).append((p, cls))
                    # second level: common heads ("my", "on") start a hundred phrases
                    by_next, other = self.first2.setdefault(head, ({}, []))
                    if len(p) > 1 and "*" not in p[1]:
                        by_next.setdefault(p[1], []).append((p, cls))
                    else:
                        other.append((p, cls))
                if cls in _ANCHORS:
                    toks = [t for t in p if t != "*"]
                    rare = [t for t in toks if t not in common] or toks
                    key = max(rare, key=len)
                    if key.endswith("*"):
                        anchor_pfx.add(key[:4])
                    else:
                        need = frozenset(t for t in toks if not t.endswith("*"))
                        req.setdefault(key, []).append(need)
        # key word -> the exact words each anchor phrase keyed by it needs (bag-of-words test)
        self.anchor_req = {k: tuple(set(v)) for k, v in req.items()}
        self.anchors = frozenset(req)
        self.anchor_pfx = frozenset(anchor_pfx)
        self.anchor_pfx4 = frozenset(p for p in anchor_pfx if len(p) == 4)
        # (head, next word) pairs that start a phrase through ``first2``'s second level
        self.pair_heads = frozenset(h for h, (by_next, _) in self.first2.items() if by_next)
        self.pairs = frozenset((h, nx) for h, (by_next, _) in self.first2.items()
                               for nx in by_next)
        self.starts_alone: dict[str, bool] = {}  # token -> ``_starts_alone`` (cache)
        # tokens already tested by ``_stem_anchor``, and those that passed (cache)
        self.stem_cache: tuple[set[str], set[str]] = (set(), set())
        self.plans: dict[str, _Plan] = {}  # token -> ``plan`` (cache)

    def may_fire(self, tokset: set[str]) -> bool:
        """Cheap necessary condition: all words of some anchor phrase occur in ``tokset``."""
        present = self.anchors.intersection(tokset)
        if present:
            for k in present:
                for need in self.anchor_req[k]:
                    if need <= tokset:
                        return True
        seen, passed = self.stem_cache
        new = tokset.difference(seen)
        if new:
            if len(seen) > 100_000:  # a fresh cache: another thread may be reading the old
                seen, passed = self.stem_cache = (set(), set())
                new = tokset
            passed.update(filter(self._stem_anchor, new))
            seen.update(new)  # (after ``passed``: a token in ``seen`` has its answer)
        return not passed.isdisjoint(tokset)

    def _stem_anchor(self, t: str) -> bool:
        """True when token ``t`` ends with a compound suffix or starts with an anchor stem."""
        # a token of 4+ letters starts with a 4-character stem; shorter ones cannot
        return (len(t) > 7 and t.endswith(_SUFFIX_ALL)) or t[:4] in self.anchor_pfx4

    def start_positions(self, toks: Sequence[str], tokset: set[str]) -> list[int]:
        """Positions where ``_match`` can find something: every other token is skipped.

        ``tokset`` is ``set(toks)``.
        """
        alone = self.starts_alone
        new = tokset.difference(alone)
        if new:
            if len(alone) > 100_000:  # a fresh dict: another thread may be reading the old
                alone = self.starts_alone = {}
                new = tokset
            for t in new:
                alone[t] = self._starts_alone(t)
        heads = self.pair_heads.intersection(tokset)
        starts = set(filter(alone.__getitem__, tokset))
        n = len(toks)
        if not heads:
            return list(itertools.compress(range(n), map(starts.__contains__, toks)))
        pairs = self.pairs
        return [i for i in itertools.compress(range(n), map((starts | heads).__contains__, toks))
                if toks[i] in starts or (i + 1 < n and (toks[i], toks[i + 1]) in pairs)]

    def plan(self, t: str) -> _Plan:
        """What token ``t`` can start, in ``_match``'s order of hits (cached per token)."""
        entry = self.first2.get(t)
        by_next, other = entry if entry is not None else (None, [])
        lead = next((k for k, (p, _) in enumerate(other) if len(p) > 1), len(other))
        more = (self.first_pfx.get(t[:4]) or []) if len(t) >= 4 else []
        suffixed = tuple(cls for cls, sfx in _SUFFIXES.items() if t.endswith(sfx)) \
            if len(t) > 7 else ()
        plan = (tuple(cls for _, cls in other[:lead]), other[lead:], by_next or None, more,
                t[0].isdigit(), suffixed)
        if len(self.plans) > 100_000:  # a fresh dict: another thread may be reading the old
            self.plans = {}
        self.plans[t] = plan
        return plan

    def _starts_alone(self, t: str) -> bool:
        """True when token ``t`` may start a hit whatever follows it."""
        entry = self.first2.get(t)
        return bool((entry is not None and entry[1])
                    or (len(t) >= 4 and self.first_pfx and self.first_pfx.get(t[:4]))
                    or t[0].isdigit() or (len(t) > 7 and t.endswith(_SUFFIX_ALL)))


@cache  # the vocabulary repeats words across classes and languages
def _fold(word: str) -> str:
    """Fold one vocabulary word like the text (accents off, apostrophes dropped)."""
    return normalize_chars(word)[0].replace("'", "").strip()


def _expand(entry: str) -> list[Phrase]:
    """Expand one YAML entry (``a|b`` alternatives, ``_`` optional) into token tuples."""
    folded = _fold(entry)
    out: list[list[str]] = [[]]
    for tok in folded.split():
        alts = tok.split("|")
        out = [o + ([] if a == "_" else [a]) for o in out for a in alts]
        if len(out) > 256:
            raise ValueError(f"entry expands too much: {entry!r}")
    for p in out:
        for t in p:
            if t.endswith("*") and t != "*" and len(t) < 5:
                raise ValueError(f"prefix stem shorter than 4 characters: {entry!r}")
    return [tuple(p) for p in out if p]


def _flatten(v: object) -> Iterable[str]:
    if isinstance(v, dict):
        for x in v.values():
            yield from _flatten(x)
    elif isinstance(v, list):
        for x in v:
            yield from _flatten(x)
    elif v is not None:
        yield str(v)


def load(path: Path = SIGNALS_PATH) -> _Lex:
    """Read and compile ``signals.yaml``."""
    with open(path, encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=_BASE_LOADER) or {}  # all scalars as strings
    classes: dict[str, list[Phrase]] = {}
    for cls, langs in (doc.get("classes") or {}).items():
        seen: dict[Phrase, None] = {}
        for entry in _flatten(langs):
            for p in _expand(entry):
                seen[p] = None
        classes[str(cls)] = list(seen)
    words = {str(k): frozenset(_fold(w) for w in _flatten(v))
             for k, v in (doc.get("words") or {}).items()}
    return _Lex(classes, words)


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return compiled_cache.cached("signals", [SIGNALS_PATH], load,
                                 lambda d: isinstance(d, _Lex))


# ---------------------------------------------------------------------------- matching

# What a token can start (see ``_Lex.plan``): classes of the one-word phrases that lead its
# ``first2`` list, the rest of that list, the list's second level, stem phrases, whether it
# starts with a digit, and the classes whose compound suffix it ends with.
_Plan = tuple[tuple[str, ...], list[tuple[Phrase, str]],
              dict[str, list[tuple[Phrase, str]]] | None, list[tuple[Phrase, str]], bool,
              tuple[str, ...]]


def _match(toks: Sequence[str], lex: _Lex, tokset: set[str] | None = None,
           ) -> dict[str, list[Span]]:
    """All class hits as (start, end) token spans; numbers >= 10 are ``number`` hits."""
    hits: dict[str, list[Span]] = {}
    n = len(toks)

    def add(cands: list[tuple[Phrase, str]], i: int, known: int) -> None:
        """Record the phrases of ``cands`` found at ``i`` (``known`` tokens already match)."""
        for p, cls in cands:
            k = len(p)
            if k > known:
                if i + k > n:
                    continue
                for j in range(known, k):  # a plain loop: the hot path of the layer
                    pj = p[j]
                    tj = toks[i + j]
                    if pj != tj and not (pj[-1] == "*" and tj != "|"
                                         and (len(pj) == 1 or tj.startswith(pj[:-1]))):
                        break
                else:
                    hits.setdefault(cls, []).append((i, i + k))
            else:
                hits.setdefault(cls, []).append((i, i + k))

    plans = lex.plans
    for i in lex.start_positions(toks, set(toks) if tokset is None else tokset):
        t = toks[i]
        plan = plans.get(t)
        if plan is None:
            plan = lex.plan(t)
        singles, other, by_next, more, digit, suffixed = plan
        if digit:
            m = _DIGITS.match(t)
            nxt = toks[i + 1] if i + 1 < n else ""
            if (m and m.end() == len(t) and int(m.group()) >= 10 and nxt not in lex.time_units
                    and not (i + 1 < n and nxt.isdigit())):
                hits.setdefault("number", []).append((i, i + 1))
        for cls in suffixed:
            hits.setdefault(cls, []).append((i, i + 1))
        for cls in singles:
            hits.setdefault(cls, []).append((i, i + 1))
        if other:
            add(other, i, 1)  # ``first2`` is keyed by the first word ...
        if by_next is not None and i + 1 < n:
            following = by_next.get(toks[i + 1])
            if following:
                add(following, i, 2)  # ... and its second level by the second
        if more:
            add(more, i, 0)
    return hits


def _keep_only(hits: dict[str, list[Span]], cls: str, keep: Callable[[Span], bool]) -> None:
    """Keep the hits of ``cls`` for which ``keep`` is true (the class goes when none is left)."""
    got = hits.get(cls)
    if not got:
        return
    kept = [s for s in got if keep(s)]
    if len(kept) != len(got):
        if kept:
            hits[cls] = kept
        else:
            del hits[cls]


def _drop_senses(toks: Sequence[str], hits: dict[str, list[Span]], lex: _Lex) -> None:
    """Remove hits whose words are read in an everyday sense, in place.

    * Turkish "gun" (gun = day) next to a Turkish numeral/determiner/postposition ("bir gun",
      "uc gun yol yapardik") is not a firearm (``gun`` and ``weapon`` hits).
    * An electrical appliance (toaster, hairdryer) is a means only with a bath within
      ``_WIN`` tokens ("sitting in the bath with the hairdryer"), not in a kitchen.
    * A sign of an emergency said of a thing ("klantenservice reageert niet", "the app is
      not responding", ``not_person`` one or two words before it) is not a person down.
    * "nobody knows where" followed by another subject ("... where it came from") is not the
      writer hiding (``finality_heavy``).
    """
    n = len(toks)
    day, thing = lex.gun_day_ctx, lex.not_person

    def not_day(s: Span) -> bool:
        return not (s[1] - s[0] == 1 and toks[s[0]] == "gun"
                    and ((s[0] > 0 and toks[s[0] - 1] in day) or (s[1] < n and toks[s[1]] in day)))

    if day:
        _keep_only(hits, "gun", not_day)
        _keep_only(hits, "weapon", not_day)
    if thing:
        for cls in ("med_strong", "med_sign", "medical", "medical_3p"):
            _keep_only(hits, cls, lambda s: not any(
                s[0] - k >= 0 and toks[s[0] - k] in thing for k in (1, 2)))
    if lex.appliance and "car_exhaust" in hits:
        bath = [i for i, t in enumerate(toks) if t in lex.bath]
        _keep_only(hits, "car_exhaust", lambda s: (
            s[1] - s[0] != 1 or toks[s[0]] not in lex.appliance
            or any(s[0] - _WIN <= i <= s[1] + _WIN for i in bath)))
    if lex.where_other:
        # only spans ending in "where" (the bare phrase), never "... where i am"
        _keep_only(hits, "finality_heavy", lambda s: not (
            toks[s[1] - 1] == "where" and s[1] < n and toks[s[1]] in lex.where_other))


def _inside(p: Phrase, q: Phrase) -> bool:
    """True when the tokens ``p`` occur contiguously in ``q``."""
    k = len(p)
    return any(q[i:i + k] == p for i in range(len(q) - k + 1))


def _gap(a: Span, b: Span) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


class _Msg:
    """One message under evaluation: tokens, hits and the small helpers rules use."""

    def __init__(self, toks: list[str], hits: dict[str, list[Span]], lex: _Lex) -> None:
        self.toks = toks
        self.hits = hits
        self.neg = lex.words["negator"]
        self.pseudo = lex.words["pseudo_negation_next"]

    def has(self, *classes: str) -> bool:
        """True when any of ``classes`` matched anywhere."""
        return not self.hits.keys().isdisjoint(classes)

    def spans(self, *classes: str) -> list[Span]:
        """All hit spans of ``classes``, in text order."""
        out: list[Span] = []
        hits = self.hits
        for c in classes:
            got = hits.get(c)
            if got:
                out += got
        if len(out) > 1:
            out.sort()
        return out

    def near(self, a: Span, classes: Sequence[str], win: int = _WIN) -> Span | None:
        """First hit of ``classes`` within ``win`` tokens of span ``a`` (not the same span)."""
        for c in classes:
            for b in self.hits.get(c, ()):
                if b != a and _gap(a, b) <= win:
                    return b
        return None

    def after(self, a: Span, classes: Sequence[str], win: int) -> Span | None:
        """First hit of ``classes`` starting after ``a`` ends, within ``win`` tokens."""
        for c in classes:
            for b in self.hits.get(c, ()):
                if a[1] <= b[0] <= a[1] + win:
                    return b
        return None

    def before(self, a: Span, classes: Sequence[str], win: int) -> Span | None:
        """First hit of ``classes`` ending before ``a`` starts, within ``win`` tokens."""
        for c in classes:
            for b in self.hits.get(c, ()):
                if a[0] - win <= b[1] <= a[0] and b[0] < a[0]:
                    return b
        return None

    def negated(self, a: Span) -> bool:
        """A negator in the ``_NEG_SCOPE`` tokens before ``a`` (same sentence)."""
        toks = self.toks
        for j in range(a[0] - 1, max(-1, a[0] - 1 - _NEG_SCOPE), -1):
            t = toks[j]
            if t == "|":
                return False
            if t in self.neg:
                nxt = toks[j + 1] if j + 1 < len(toks) else ""
                if nxt not in self.pseudo:
                    return True
        return False

    def self_between(self, a: Span, b: Span) -> bool:
        """A first-person marker between spans ``a`` and ``b`` (or inside ``b``)."""
        lo, hi = min(a[1], b[0]), max(a[1], b[1])
        if lo > hi:
            return False
        return any(lo <= s[0] < hi for s in self.hits.get("self", ()))

    def count_kinds(self, cls: str) -> int:
        """Number of different signs among the non-overlapping hits of ``cls``: a repeated
        word is one sign ("confusas ... esta confuso ... estou confuso"), and so is a phrase
        inside a longer hit ("confuso" in "esta confuso")."""
        last, seen = -1, []
        for s, e in sorted(self.hits.get(cls, ())):
            if s >= last:
                seen.append(tuple(self.toks[s:e]))
                last = e
        kinds: list[tuple[str, ...]] = []
        for p in sorted(set(seen), key=len, reverse=True):
            if not any(_inside(p, q) for q in kinds):
                kinds.append(p)
        return len(kinds)

    def count_distinct(self, cls: str) -> int:
        """Number of non-overlapping hits of ``cls``."""
        last, n = -1, 0
        for s, e in sorted(self.hits.get(cls, ())):
            if s >= last:
                n += 1
                last = e
        return n


# ------------------------------------------------------------------------------- rules

class _Verdict:
    """Accumulates (level, categories, imminent, rule names) from the rules."""

    def __init__(self) -> None:
        self.level = Level.NONE
        self.cats: list[Category] = []
        self.imminent = False
        self.rules: list[str] = []

    def add(self, rule: str, level: Level, cats: Sequence[Category],
            imminent: bool = False) -> None:
        """Record one fired rule."""
        self.rules.append(rule)
        self.level = Level.max(self.level, level)
        if level is Level.CRISIS:
            for c in cats:
                if c not in self.cats:
                    self.cats.append(c)
            self.imminent = self.imminent or imminent
        elif self.level is not Level.CRISIS:
            for c in cats:
                if c not in self.cats:
                    self.cats.append(c)

    def note(self, rule: str) -> None:
        """Record a rule that was cancelled (negated or joking)."""
        self.rules.append(rule)

    def result(self) -> SignalResult:
        """Freeze into a ``SignalResult``."""
        if self.level is Level.NONE:
            return SignalResult(Level.NONE, (), False, tuple(dict.fromkeys(self.rules)))
        rules = tuple(dict.fromkeys(self.rules))
        return SignalResult(self.level, tuple(self.cats), self.imminent, rules)


SUI, SH, HO, AB, MED = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                        Category.ABUSE, Category.MEDICAL_EMERGENCY)
CRISIS, CONCERN = Level.CRISIS, Level.CONCERN


def _overdose(m: _Msg, v: _Verdict) -> None:
    """Taken: ingest verb + amount + drug/poison (or 'overdosed'); intended: + intent."""
    taken_cats = (MED, SUI)
    for h in m.spans("overdose"):
        if m.negated(h):
            v.note("negated:overdose_taken")
            continue
        cats = (MED,) if m.near(h, ("accidental",)) else (MED, SUI)
        v.add("overdose_taken", CRISIS, cats, imminent=True)
    for h in m.spans("ingest_past"):
        drug = (m.after(h, ("drug", "poison", "child_ingest_obj"), 8)
                or m.before(h, ("drug", "poison"), 4))  # verb-final: "30 tabletten geschluckt"
        if drug is None:
            continue
        poison = m.near(h, ("poison",), 8) is not None
        strong = m.near(h, ("quantity", "number"), 8) is not None
        weak = m.near(h, ("quantity_all",), 8) is not None and (
            m.has("overdose_extra", "symptoms", "finality_strong", "finality_heavy", "ending"))
        child = m.before(h, ("child",), 6)
        if child is not None and (poison or m.has("child_ingest_obj")):
            v.add("child_ingestion", CRISIS, (MED,), imminent=True)
            continue
        if not (poison or strong or weak):
            continue
        if m.negated(h):
            v.note("negated:overdose_taken")
            continue
        accidental = m.has("accidental")
        v.add("overdose_taken", CRISIS, (MED,) if accidental else taken_cats, imminent=True)
    for h in m.spans("ingest_intent"):
        if m.after(h, ("drug", "poison"), 8) is None:
            continue
        intent = m.before(h, ("intent",), 4)
        if intent is None:
            if m.negated(h) and m.near(h, ("quantity", "quantity_all", "number"), 8):
                v.note("negated:overdose_intent")  # "i would never take all my pills"
            continue
        poison = m.after(h, ("poison",), 8) is not None
        strong = m.near(h, ("quantity", "number"), 8) is not None
        weak = m.near(h, ("quantity_all",), 8) is not None and (
            m.has("overdose_extra", "time_now", "time_tonight", "time_covert", "finality_strong",
                  "finality_heavy", "ending"))
        if not (poison or strong or weak):
            continue
        if m.negated(h) or m.negated(intent):
            v.note("negated:overdose_intent")
            continue
        v.add("overdose_intent", CRISIS, (SUI,),
              imminent=m.has("time_now", "time_tonight", "time_covert", "at_hand"))


def _means(m: _Msg, v: _Verdict) -> None:
    """A method plus readiness, timing or finality."""
    if m.has("benign", "past_story"):
        return
    final = m.has(*_FINAL) or m.has("time_covert")
    for h in m.spans(*_HOLDABLE):
        strong = m.near(h, ("acquire_strong",))
        weak = m.near(h, ("acquire_weak",))
        when = m.near(h, ("time_now", "time_tonight", "time_later", "time_covert"))
        later = m.near(h, ("time_tonight", "time_later", "time_covert"))  # not just "today"
        acq = strong or weak
        if acq is not None and m.negated(acq):
            v.note("negated:means_ready")
            continue
        now = m.has("time_now", "time_tonight", "time_covert", "at_hand")
        blade = h in m.hits.get("blade", ())
        if strong is not None and blade and when is None and not final:
            v.add("means_ready", CONCERN, (SUI,))  # a knife in hand is also cooking
        elif strong is not None:
            v.add("means_ready", CRISIS, (SUI,), imminent=now and (when is not None
                                                                  or m.has("at_hand")))
        elif weak is not None and (later is not None or final):
            v.add("means_time", CRISIS, (SUI,), imminent=later is not None and now)
        elif when is not None and final:
            v.add("means_time_final", CRISIS, (SUI,), imminent=now)
        elif final and m.near(h, ("ending", "finality_strong", "finality_heavy")):
            v.add("means_final", CRISIS, (SUI,))


def _finality(m: _Msg, v: _Verdict) -> None:
    """Farewells, decisions and settled affairs."""
    if m.has("past_story"):
        return
    cont = m.has("continuity")
    joke = m.has("hyperbole")
    if m.has("finality_strong"):
        if cont or joke:
            v.note("joke:finality_strong")
        else:
            v.add("finality_strong", CRISIS, (SUI,))
    heavy = m.spans("finality_heavy")
    n_aff = m.count_distinct("affairs")
    others = m.has("farewell", "ending", "finality_strong") or n_aff > 0
    if heavy and not cont:
        distinct = {m.toks[s] + str(e - s) for s, e in heavy}
        if others or len(distinct) >= 2 or m.has(*_MEANS):
            v.add("finality_combo", CRISIS, (SUI,))
    if n_aff >= 3 or (n_aff >= 2 and (m.has("calm", "farewell", "finality_heavy"))):
        v.add("settling_affairs", CRISIS, (SUI,))
    for h in m.spans("ending"):
        nxt = m.toks[h[1]] if h[1] < len(m.toks) else ""
        if nxt in ("with", "con", "mit", "avec", "com", "met", "z", "ile"):
            continue
        when = m.near(h, ("time_now", "time_tonight", "time_later", "time_covert"))
        if when is None and not m.has("farewell", "finality_heavy"):
            continue
        if m.negated(h):
            v.note("negated:ending_time")
            continue
        v.add("ending_time", CRISIS, (SUI,),
              imminent=m.has("time_now", "time_tonight", "time_covert"))
    for h in m.spans("plan_self"):
        if m.near(h, ("time_covert",)) or (m.near(h, _MEANS)
                                            and m.near(h, ("time_now", "time_tonight"))):
            v.add("plan_covert", CRISIS, (SUI,), imminent=True)
    if m.has("time_covert") and m.has("farewell", "finality_heavy", "ending"):
        v.add("covert_final", CRISIS, (SUI,), imminent=True)


def _research(m: _Msg, v: _Verdict) -> None:
    """Looking up lethality or methods."""
    for h in m.spans("research_q"):
        if m.negated(h):
            v.note("negated:method_research")
            continue
        selfish = m.near(h, ("self", "research_verb"), 8) is not None or m.has(*_MEANS)
        v.add("method_research", CRISIS if selfish else CONCERN, (SUI,))
    for h in m.spans("research_struct"):
        if m.near(h, ("deathword",), 10) and not m.negated(h):
            v.add("method_research", CRISIS, (SUI,))


def _accident(m: _Msg, v: _Verdict) -> None:
    """Wishing for an accident / not waking up (passive ideation)."""
    for w in m.spans("wish", "wish_1p"):
        ev = m.after(w, ("accident",), 8)
        if ev is None or not (m.self_between(w, ev) or w in m.hits.get("wish_1p", ())):
            continue
        if m.negated(w) or m.negated(ev):
            v.note("negated:accident_wish")
            continue
        if m.has("hyperbole"):
            if m.has("mundane"):
                v.note("joke:accident_wish")
            else:
                v.add("accident_wish", CONCERN, (SUI,))
            continue
        v.add("accident_wish", CRISIS, (SUI,))


def _step(m: _Msg, v: _Verdict) -> None:
    """Jumping from / stepping or driving into a place of death; being on the edge."""
    if m.has("benign"):
        return
    for h in m.spans("step"):
        place = m.after(h, _PLACES, 6) or m.before(h, _PLACES, 3)
        if place is None:
            continue
        drive = m.before(h, ("intent", "near_miss"), 5)
        motive = drive or m.near(h, ("time_now", "time_tonight", "time_covert", *_FINAL))
        if motive is None or (m.before(h, ("self",), 6) is None and drive is None):
            continue
        if m.negated(h) or (drive is not None and m.negated(drive)):
            v.note("negated:step_into")
            continue
        v.add("step_into", CRISIS, (SUI,),
              imminent=m.has("time_now", "time_tonight", "position_edge"))
    for h in m.spans("position_edge"):
        if (m.near(h, ("height", "traffic"), 6) and m.before(h, ("self",), 4)
                and not m.negated(h)):
            v.add("on_the_edge", CRISIS, (SUI,), imminent=True)
    for h in m.spans(*_PLACES):
        if m.has("benign") or m.negated(h):
            continue
        if (m.near(h, ("finality_strong", "finality_heavy", "ending"))
                and m.near(h, ("intent", "time_now", "time_tonight", "time_later"))):
            v.add("place_final", CRISIS, (SUI,), imminent=m.has("time_now", "time_tonight"))
    for h in m.spans("position_on"):
        if (m.near(h, ("height",), 4) and not m.negated(h)
                and m.has("finality_strong", "finality_heavy", "ending", "farewell")):
            v.add("on_the_edge", CRISIS, (SUI,), imminent=True)


def _self_harm(m: _Msg, v: _Verdict) -> None:
    """Hurting oneself now/again; relapse and craving for the blade."""
    accident = m.has("sh_accident")
    for h in m.spans("sh_verb"):
        body = m.after(h, ("sh_body",), 2)
        if body is None or accident:
            continue
        if m.before(h, ("abuser", "person"), 3) and not m.before(h, ("self",), 2):
            continue
        if m.negated(h):
            v.note("negated:self_harm_now")
            continue
        ongoing = (m.near(h, ("again",), 8) or m.before(h, ("intent",), 4)
                   or (m.toks[h[0]].endswith("ing") and m.before(h, ("self",), 3)))
        if ongoing:
            v.add("self_harm_now", CRISIS, (SH,),
                  imminent=m.near(h, ("time_now", "time_tonight"), 6) is not None)
        else:
            v.add("self_harm_now", CONCERN, (SH,))
    for h in m.spans("sh_verb"):
        body = m.after(h, ("sh_body_3p",), 2)
        if body is None or accident or m.negated(h):
            continue
        ongoing = m.near(h, ("again",), _WIN) or m.toks[h[0]].endswith("ing")
        v.add("self_harm_other", CRISIS if ongoing else CONCERN, (SH,))
    for h in m.spans("sh_reflexive"):
        if accident or m.negated(h):
            continue
        ongoing = m.near(h, ("again",), 8) or m.before(h, ("intent",), 4)
        v.add("self_harm_now", CRISIS if ongoing else CONCERN, (SH,))
    for h in m.spans("sh_craving"):
        if m.near(h, ("blade", "sh_verb", "sh_reflexive"), _WIN) and not m.negated(h):
            v.add("self_harm_relapse", CRISIS, (SH,))


def _harm_others(m: _Msg, v: _Verdict) -> None:
    """Intent to kill/hurt a person, with plan signals."""
    for h in m.spans("harm_verb", "harm_verb_target"):
        attached = h in m.hits.get("harm_verb_target", ())
        if not attached and m.after(h, ("target",), 3) is None:
            continue
        intent = m.before(h, ("intent",), 4)
        if intent is None:
            continue
        if m.negated(h) or m.negated(intent):
            v.note("negated:harm_others")
            continue
        plan = m.near(h, ("plan_other", "time_now", "time_tonight", "time_later",
                          "time_covert", "gun", "blade", "poison"))
        if plan is not None and not (m.has("hyperbole") or m.has("mundane")):
            v.add("harm_others_plan", CRISIS, (HO,),
                  imminent=m.has("time_now", "time_tonight"))
        else:
            v.add("harm_others", CONCERN, (HO,))


_NOT_ABUSE_NEXT = frozenset({"up", "back"})
_ME = frozenset({"me", "mnie", "mich", "меня", "mij", "beni", "moi"})
_GAME_NEXT = frozenset({"at", "in", "to", "on", "by"})


def _abuse(m: _Msg, v: _Verdict) -> None:
    """Violence by a partner/parent/relative; threats; intrusions; a child's bruises."""
    now = m.has("now_imminent")
    toks = m.toks
    for h in m.spans("abuse_verb"):
        a = m.before(h, ("abuser",), 5)
        if a is None:
            continue
        phrase_me = h[1] - h[0] > 1
        if not phrase_me:
            me = next((j for j in range(h[1], min(len(toks), h[1] + 4)) if toks[j] in _ME),
                      None)
            if me is None:
                continue
            nxt = toks[me + 1] if me + 1 < len(toks) else ""
            if nxt in _NOT_ABUSE_NEXT or (toks[h[0]].startswith("beat") and nxt in _GAME_NEXT):
                continue
        if m.negated(h):
            v.note("negated:abuse")
            continue
        prev = toks[h[0] - 1] if h[0] else ""
        if prev == "to" or m.before(h, ("modal",), 3) or m.has("past_story"):
            v.add("abuse", CONCERN, (AB,))  # hypothetical ("going to hit me") or past
            continue
        if m.has("hyperbole") and not m.has("fear"):
            v.add("abuse", CONCERN, (AB,))
            continue
        v.add("abuse", CRISIS, (AB,), imminent=now)
    for h in m.spans("threat_cond"):
        kill = m.near(h, ("harm_verb",), 6)
        if kill is not None and m.near(h, ("abuser",), 8) and not m.has("hyperbole", "mundane"):
            v.add("threat", CRISIS, (AB,), imminent=now)
    for h in m.spans("threat"):
        if m.negated(h):
            continue
        if m.has("hyperbole", "mundane"):
            v.add("threat", CONCERN, (AB,))
        else:
            v.add("threat", CRISIS, (AB,), imminent=now)
    if m.has("night_visit"):
        v.add("night_visit", CRISIS if m.has("minor", "fear") else CONCERN, (AB,))
    for h in m.spans("bruises"):
        if m.near(h, ("abuse_context",), _WIN):
            v.add("bruises", CRISIS, (AB,))
    for h in m.spans("lockin"):
        if m.near(h, ("banging",), _WIN):
            v.add("locked_in", CRISIS, (AB,), imminent=True)
    for h in m.spans("ex"):
        if m.near(h, ("ex_weapon",), _WIN):
            v.add("ex_danger", CRISIS, (AB,), imminent=now or m.has("ex_near"))
        elif m.near(h, ("ex_near",), _WIN) and m.has("fear"):
            v.add("ex_danger", CRISIS, (AB,), imminent=now)


_REPORTED = frozenset({"says", "said", "thinks", "insists", "claims", "dice", "sagt", "dit",
                       "diz", "zegt", "говорит", "mowi", "diyor"})


def _all_clear_after(m: _Msg, h: Span) -> bool:
    """An all-clear ("he's fine, we're fine") told after hit ``h``, not as reported speech
    ("he says he's fine") that a worried writer doubts."""
    for ok in m.hits.get("med_ok", ()):
        if ok[0] >= h[1] and not (ok[0] and m.toks[ok[0] - 1] in _REPORTED):
            return True
    return False


def _medical(m: _Msg, v: _Verdict) -> None:
    """Someone collapsed/not breathing; a child swallowed something dangerous."""
    for h in m.spans("medical"):
        who = m.before(h, ("person", "self", "child"), 8) or m.after(h, ("person",), 4)
        if who is None or m.before(h, ("pet",), 4):
            continue
        if m.toks[who[0]] in ("a", "this") and not m.has("urgency"):
            continue  # "a woman, unconscious" in a story; a bystander asking for help is kept
        if _all_clear_after(m, h):
            continue
        v.add("medical", CRISIS, (MED,), imminent=True)
    for h in m.spans("medical_3p"):
        who = m.before(h, ("person", "child"), 6)
        if who is None or m.before(h, ("pet",), 4) or m.before(h, ("self",), 2):
            continue
        if m.negated(h):
            continue
        v.add("medical", CRISIS, (MED,), imminent=True)
    for h in m.spans("ingest_past"):
        child = m.before(h, ("child",), 6)
        if child is not None and m.after(h, ("child_ingest_obj",), 6) and not m.negated(h):
            v.add("child_ingestion", CRISIS, (MED,), imminent=True)


def _third_party(m: _Msg, v: _Verdict) -> None:
    """Someone else said goodbye / has a plan to die."""
    for h in m.spans("third_goodbye"):
        nxt = m.toks[h[1]] if h[1] < len(m.toks) else ""
        if nxt == "with" or m.negated(h):
            continue
        if m.before(h, ("third",), 8) or m.toks[h[0]] in ("kill", "end", "suicide"):
            v.add("third_party", CRISIS, (SUI,))
    for h in m.spans("third_wants"):
        if m.before(h, ("third",), 8) and not m.negated(h):
            v.add("third_party", CONCERN, (SUI,))
    for h in m.spans("third_silent"):
        if m.before(h, ("third",), 6) and m.has("farewell", "finality_strong",
                                                "finality_heavy", "third_goodbye", "ending"):
            v.add("third_party", CRISIS, (SUI,), imminent=True)


_TIMES = ("time_tonight", "time_later", "time_covert")
_VEILED = ("finality_strong", "finality_heavy", "affairs", "pet_give")


def _veiled(m: _Msg, v: _Verdict) -> None:
    """Novel phrasing: a place or means with scouting, a date or veiled finality; settled
    affairs (passwords, a pet rehomed, a will) with a date or a second farewell sign."""
    if m.has("past_story") or (m.has("hyperbole") and m.has("mundane")):
        return
    cont = m.has("continuity")
    benign = m.has("benign")
    third = m.has("third_post")
    for h in m.spans(*_PLACES):
        if m.negated(h) or third:
            continue
        if m.near(h, ("scout",), 16) and not benign:
            v.add("place_scouted", CRISIS, (SUI,), imminent=m.has("time_now", "time_tonight"))
        elif (m.near(h, _VEILED, 16) and not cont
              and (m.near(h, (*_TIMES, "time_now", "intent", "self")) or m.has(*_TIMES))):
            v.add("place_final", CRISIS, (SUI,), imminent=m.has("time_now", "time_tonight"))
    for h in m.spans("research_height"):
        if m.has("height") and not benign and not m.negated(h):
            v.add("method_research", CRISIS, (SUI,))
    if third:
        return
    for h in m.spans(*_HOLDABLE):
        if benign or cont or m.negated(h):
            continue
        fin = m.near(h, _VEILED, 16)
        if fin is not None and (m.has(*_TIMES) or m.has("acquire_strong", "acquire_weak")):
            v.add("means_veiled", CRISIS, (SUI,), imminent=m.has("time_now", "time_tonight"))
    if cont:
        return
    kinds = [c for c in ("affairs", "pet_give", "finality_heavy", "farewell", "finality_strong")
             if m.has(c)]
    n = m.count_distinct("affairs") + m.count_distinct("finality_heavy") + m.has("pet_give")
    settled = "affairs" in kinds or "pet_give" in kinds
    if (settled and (m.has(*_TIMES) or len(kinds) >= 2)) or (n >= 2 and m.has(*_TIMES)):
        v.add("veiled_final", CRISIS, (SUI,), imminent=m.has("time_tonight", "time_covert"))


def _third_post(m: _Msg, v: _Verdict) -> None:
    """Someone else's goodbye post / voice note / drawing naming a farewell, means or place."""
    for h in m.spans("third_post"):
        if m.negated(h):
            continue
        fin = m.near(h, ("finality_strong", "finality_heavy", "farewell", "third_silent"), 16)
        means = m.near(h, _MEANS, 16)
        goodbye = fin is not None and (means is not None or m.has("third_silent", *_TIMES)
                                       or m.has("farewell", "finality_strong"))
        if goodbye or (means is not None and m.has(*_TIMES, "third_silent")):
            v.add("third_party", CRISIS, (SUI,), imminent=True)


def _bare(m: _Msg, v: _Verdict) -> None:
    """Clipped fragments: "rope's up", "tonight. the reservoir. done"; farewell letters next
    to settled affairs ("giving my things away and writing letters")."""
    if m.has("past_story", "benign", "third_post", "continuity"):
        return
    toks = m.toks
    short = len(toks) - toks.count("|") <= 8
    for h in m.spans("bare_means"):
        if m.negated(h):
            continue
        w = toks[h[0]]
        if w.startswith(("rope", "noose")) or w in ("веревка", "петля", "sznur", "ip"):
            v.add("bare_means", CRISIS, (SUI,), imminent=True)
        elif short and m.has("bare_done") and m.has("time_tonight", "time_now", "time_later"):
            v.add("bare_means", CRISIS, (SUI,), imminent=m.has("time_tonight", "time_now"))
    if m.has("farewell_letter") and m.has("affairs", "pet_give", "finality_heavy"):
        v.add("veiled_final", CRISIS, (SUI,))


def _events(m: _Msg, v: _Verdict) -> None:
    """Emergencies described by their signs, in any language: stroke/anaphylaxis/seizure/
    bleeding (two distinct signs, or one strong sign with a person); abuse of an elder or a
    child; violence in the house while the writer hides; strangling; documents taken and
    confinement; a minor told to keep a secret; planned violence (weapon + time + target or
    revenge); self-harm happening now."""
    if m.has("past_story"):
        return
    calm = m.has("med_calm", "hyperbole")
    if not calm and m.has("med_sign", "med_strong"):
        n = m.count_kinds("med_sign") + m.count_kinds("med_strong")
        strong = [h for h in m.spans("med_strong") if not m.negated(h)]
        who = m.has("person", "self", "child", "victim3", "family3", "abuser", "drug",
                    "ingest_past")
        if (n >= 2 and who) or n >= 3 or (strong and (who or n >= 2)):
            v.add("medical_signs", CRISIS, (MED,), imminent=True)
    acts = [h for h in m.spans("ab_act3") if not m.negated(h)]
    if acts and (len(acts) >= 2 or m.has("victim3", "fear", "bruises")):
        v.add("abuse_vulnerable", CRISIS, (AB,))
    for h in m.spans("viol_verb3"):
        if m.negated(h) or m.before(h, ("family3", "abuser"), 6) is None:
            continue
        if m.has("hiding", "now_imminent", "fear"):
            v.add("violence_home", CRISIS, (AB,), imminent=True)
            break
    for h in m.spans("strangle"):
        if not m.negated(h) and not m.has("hyperbole", "mundane") and not m.before(
                h, ("modal",), 6):
            v.add("strangled", CRISIS, (AB,))
            break
    if m.has("threat2") and m.has("confine", "took_docs", "ab_act3", "abuse_verb", "hiding",
                                  "strangle", "lockin", "victim3", "fear", "bruises",
                                  "threat_cond") and not m.has("hyperbole", "mundane"):
        v.add("threat", CRISIS, (AB,), imminent=True)
    for h in m.spans("deep_cut"):
        if m.near(h, ("cut_noun", "sh_act", "sh_verb", "sh_reflexive"), _WIN):
            v.add("self_harm_now", CRISIS, (SH,))
            break
    if m.has("child_out") and m.has("home_noise", "bruises", "abuse_context"):
        v.add("child_neglect", CRISIS, (AB,))
    if m.has("took_docs") and m.has("confine", "abuse_verb"):
        v.add("confined", CRISIS, (AB,), imminent=True)
    if m.has("secret") and m.has("age_minor", "night_visit2"):
        v.add("grooming", CRISIS, (AB,))
    if m.has("night_visit2") and m.has("age_minor", "fear", "chair_door", "minor"):
        v.add("night_visit", CRISIS, (AB,))
    if not m.has("hyperbole"):
        for h in m.spans("weapon"):
            if m.negated(h):
                continue
            if m.has("at_their_door"):
                v.add("planned_violence", CRISIS, (HO,), imminent=True)
                break
            if m.has("revenge") and (m.has("at_hand", "acquire_strong", "acquire_weak")
                                     or m.count_distinct("revenge") >= 2):
                v.add("planned_violence", CRISIS, (HO,), imminent=m.has("time_tonight"))
                break
            when = m.has("when_any", "time_tonight", "time_later", "time_now")
            rev = m.has("revenge")
            if (when and (rev or m.has("target_place"))) and (rev or m.has("intent", "harm_verb")
                                                               or m.has("plan_other")):
                v.add("planned_violence", CRISIS, (HO,), imminent=m.has("time_tonight"))
                break
        if (m.has("revenge") and m.has("target_place") and m.has("when_any", "time_later")
                and not m.has("weapon")):
            for h in m.spans("revenge"):
                if m.toks[h[0]] in ("list", "liste", "lista", "список", "listesini",
                                    "made", "hice", "fiz", "eine", "une", "una", "een"):
                    v.add("planned_violence", CRISIS, (HO,))
                    break
    for h in m.spans("sh_mark"):
        act = m.near(h, ("sh_act", "sh_verb", "sh_reflexive"), 8)
        if act is None or m.negated(act) or m.near(act, ("sh_accident",), 3):
            continue
        if m.has("sh_more", "again"):
            v.add("self_harm_now", CRISIS, (SH,), imminent=m.has("time_now"))
            break


_RULES = (_overdose, _means, _finality, _research, _accident, _step, _self_harm,
          _harm_others, _abuse, _medical, _third_party, _veiled, _third_post, _bare, _events)

# The classes without which a rule records nothing (it acts only inside loops over their hits
# or behind tests for them), so a message matching none of them skips it.  Keep in step with
# the rules: ``test_signal_rules_record_nothing_without_their_triggers`` checks each one.
_TRIGGERS: dict[Callable[[_Msg, _Verdict], None], frozenset[str]] = {
    _overdose: frozenset({"overdose", "ingest_past", "ingest_intent"}),
    _means: frozenset(_HOLDABLE),
    _finality: frozenset({"finality_strong", "finality_heavy", "affairs", "ending", "plan_self",
                          "time_covert"}),
    _research: frozenset({"research_q", "research_struct"}),
    _accident: frozenset({"wish", "wish_1p"}),
    _step: frozenset({"step", "position_edge", "position_on", *_PLACES}),
    _self_harm: frozenset({"sh_verb", "sh_reflexive", "sh_craving"}),
    _harm_others: frozenset({"harm_verb", "harm_verb_target"}),
    _abuse: frozenset({"abuse_verb", "threat_cond", "threat", "night_visit", "bruises",
                       "lockin", "ex"}),
    _medical: frozenset({"medical", "medical_3p", "ingest_past"}),
    _third_party: frozenset({"third_goodbye", "third_wants", "third_silent"}),
    _veiled: frozenset({"research_height", "affairs", "pet_give", "finality_heavy", *_PLACES,
                        *_HOLDABLE}),
    _third_post: frozenset({"third_post"}),
    _bare: frozenset({"bare_means", "farewell_letter"}),
    _events: frozenset({"med_sign", "med_strong", "ab_act3", "viol_verb3", "strangle", "threat2",
                        "deep_cut", "child_out", "took_docs", "secret", "night_visit2", "weapon",
                        "revenge", "sh_mark"}),
}
_TRIGGERED_RULES = tuple((rule, _TRIGGERS[rule]) for rule in _RULES)


# ---------------------------------------------------------------------------------- API

def score(normalized: str) -> SignalResult:
    """Score co-occurring crisis signals in one ``safety.normalize``-d message."""
    return score_tokens(normalized.split())


def score_tokens(toks: list[str]) -> SignalResult:
    """``score`` for a message already split into its normalised tokens."""
    if not toks:
        return NONE_RESULT
    lex = _lex()
    tokset = set(toks)
    if not lex.may_fire(tokset):
        return NONE_RESULT
    hits = _match(toks, lex, tokset)
    _drop_senses(toks, hits, lex)
    m = _Msg(toks, hits, lex)
    v = _Verdict()
    matched = hits.keys()
    for rule, triggers in _TRIGGERED_RULES:
        if not matched.isdisjoint(triggers):
            rule(m, v)
    if not v.rules:
        return NONE_RESULT
    return v.result()
