"""The detector's speed-ups must never change a result: each fast structure against a plain one."""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

import pytest

from safety import assess, compiled_cache, signals
from safety import detector as det
from safety.detector import Alt, _anchor_index, _anchored_on, _candidates, _lexicon, _match_all
from safety.normalize import tokenize

norm_mod = sys.modules["safety.normalize"]


def _texts(n: int, seed: int) -> list[str]:
    """Random messages mixing lexicon words, obfuscation and punctuation."""
    rnd = random.Random(seed)
    vocab = sorted(_lexicon().vocab)
    extra = ["k i l l", "s.u.i.c.i.d.e.", "k*ll", "k1ll", "diiie", "self-harm", "**", "-a", "x.",
             ".", ",", "!", "\n", "'", "3am", "40mg", "і", "ᴋɪʟʟ", "\u200b", "e.g.", "a", "i"]
    out = []
    for _ in range(n):
        words = [rnd.choice(vocab) if rnd.random() < 0.7 else rnd.choice(extra)
                 for _ in range(rnd.randint(0, 25))]
        out.append("".join(w + rnd.choice([" ", " ", " ", ". ", ", ", "-", ".", "  "])
                           for w in words))
    return out


def _reference_columns(chunks: list[str], results: list) -> tuple:
    """The tokeniser's columns built one token at a time (the plain, slow formulation)."""
    bounds = [0]
    for c in chunks:
        bounds.append(bounds[-1] + len(c))
    words, starts, ends, sent, clause, single = [], [], [], [], [], []
    s_id = c_id = 0
    prev_dotted = False
    for k, (_, parts, dotted) in enumerate(results):
        sg = False
        if words:
            ds, dc, sg = norm_mod._gap_info(chunks[2 * k], prev_dotted)
            s_id, c_id = s_id + ds, c_id + dc
        prev_dotted = dotted
        for word, a, b in parts:
            words.append(word)
            starts.append(bounds[2 * k + 1] + a)
            ends.append(bounds[2 * k + 1] + b)
            sent.append(s_id)
            clause.append(c_id)
            single.append(sg)
            sg = False
    return words, starts, ends, sent, clause, single


def test_token_columns_match_one_token_at_a_time() -> None:
    lex = _lexicon()
    for text in _texts(1500, 3):
        norm, _ = norm_mod.normalize_chars(text)
        ctx = norm_mod._context(norm)
        chunks = norm_mod._TOKEN_SPLIT_RE.split(norm)
        results = [norm_mod._token_pieces(r, lex.vocab, ctx) for r in chunks[1::2]]
        assert norm_mod._columns(chunks, results) == _reference_columns(chunks, results), text


def test_normalize_chars_offsets_point_at_source_characters() -> None:
    for text in ["k\u200bi\u200dl\u2060l", "straße ﬁne …", "e\u0301 ok", "", "plain"]:
        folded, offs = norm_mod.normalize_chars(text)
        if offs is None:
            assert len(folded) == len(text)
            continue
        assert len(offs) == len(folded)
        for i, o in enumerate(offs):
            assert folded[i] in norm_mod.fold_char(text[o]) or text[o].lower() == folded[i]


def test_candidates_equal_a_plain_feasibility_filter() -> None:
    lex = _lexicon()
    for langs in (None, frozenset({"en", "xx"}), frozenset({"de", "en", "xx"})):
        for text in _texts(400, 5):
            present = set(tokenize(text, lex.vocab, lex.maxlen).words)
            for w in present:
                want = [s for s in _anchored_on(lex, w)
                        if all(not r.isdisjoint(present) for r in s.required)
                        and (langs is None or s.rule.lang in langs)]
                idx = _anchor_index(lex, w)
                got = _candidates(idx, present, langs) if idx is not None else []
                assert got == want, (text, w)


def test_remembered_candidates_equal_fresh_ones() -> None:
    """``_memo_candidates`` answers like ``_candidates`` whether or not it remembered."""
    lex = _lexicon()
    texts = _texts(300, 59)
    for langs in (None, frozenset({"en", "xx"}), frozenset({"pl", "en", "xx"})):
        for text in texts + texts[:100]:  # the repeats are answered from memory
            present = set(tokenize(text, lex.vocab, lex.maxlen).words)
            for idx in det._anchor_indexes(lex, present):
                assert det._memo_candidates(lex, idx, present, langs) == \
                    _candidates(idx, present, langs), (text, idx.word)


def test_option_index_lists_every_option_that_can_start_with_a_word() -> None:
    lex = _lexicon()
    alts: dict[int, Alt] = {}

    def collect(els: tuple) -> None:
        for el in els:
            if isinstance(el, Alt) and id(el) not in alts:
                alts[id(el)] = el
                for opt in el.options:
                    collect(opt)

    for s in lex.seqs:
        collect(s.elements)
    words = [*sorted(lex.vocab)[::50], "zzz-not-a-word"]
    for alt in alts.values():
        for index, end in ((alt.first, 0), (alt.last, -1)):
            by_word, generic = index
            for w in words:
                order = by_word.get(w, generic)
                assert list(order) == sorted(order)
                for o, opt in enumerate(alt.options):
                    plain = det._plain(opt[end]) if opt else None
                    if plain is None or w in plain:
                        assert o in order, (alt, w, o)


def test_compiled_cache_reuses_and_invalidates(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled_cache.CACHE_ENV, str(tmp_path / "cache"))
    src = tmp_path / "words.yaml"
    src.write_text("a: 1\n")
    calls = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"n": len(calls)}

    def valid(d: object) -> bool:
        return isinstance(d, dict)

    assert compiled_cache.cached("t", [src], build, valid) == {"n": 1}
    assert compiled_cache.cached("t", [src], build, valid) == {"n": 1}  # from disk
    src.write_text("a: 2\n")
    assert compiled_cache.cached("t", [src], build, valid) == {"n": 2}  # source changed
    monkeypatch.setenv(compiled_cache.CACHE_ENV, "")
    assert compiled_cache.cached("t", [src], build, valid) == {"n": 3}  # cache off
    for f in (tmp_path / "cache").glob("t-*.pickle"):
        f.write_bytes(b"not a pickle")
    monkeypatch.setenv(compiled_cache.CACHE_ENV, str(tmp_path / "cache"))
    assert compiled_cache.cached("t", [src], build, valid) == {"n": 4}  # damaged file


def test_cached_lexicon_matches_a_fresh_compilation(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled_cache.CACHE_ENV, str(tmp_path))
    first = det._load_cached()  # compiles and stores
    second = det._load_cached()  # unpickled
    assert list(tmp_path.glob("lexicon-*.pickle"))
    assert second is not first and second.vocab == first.vocab
    assert [s.rule.id for s in second.seqs] == [s.rule.id for s in first.seqs]
    for text in _texts(300, 11):
        toks = tokenize(text, first.vocab, first.maxlen)
        a = _match_all(first, toks.words, toks.sent, toks.clause, None)
        b = _match_all(second, toks.words, toks.sent, toks.clause, None)
        assert [(h.rule.id, h.start, h.end, h.level) for h in a[0] + a[1]] == \
               [(h.rule.id, h.start, h.end, h.level) for h in b[0] + b[1]], text


@pytest.mark.parametrize("text", [("k i l l m y s e l f " * 250)[:4096],
                                  ("k i l l " * 600)[:4096],
                                  ("k1ll m*self d13 su!c!de " * 200)[:4096]])
def test_adversarial_messages_stay_fast(text: str) -> None:
    assess(text)
    t0 = time.process_time()
    assess(text)
    assert time.process_time() - t0 < 0.25  # ~3 ms today; catastrophic backtracking is far above


def test_sentence_run_gating_finds_what_whole_message_gating_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Long messages are gated per run of sentences; gating on the whole message agrees."""
    lex = _lexicon()
    rnd = random.Random(5)
    texts = [". ".join(rnd.sample(_texts(60, 17), 6)) for _ in range(200)]
    texts += [" ".join(_texts(40, 23))]  # one very long message
    for text in texts:
        toks = tokenize(text, lex.vocab, lex.maxlen)
        chunked = _match_all(lex, toks.words, toks.sent, toks.clause, None)
        with monkeypatch.context() as m:
            m.setattr(det, "_CHUNK_WORDS", 10**9)
            whole = _match_all(lex, toks.words, toks.sent, toks.clause, None)
        assert [(h.rule.id, h.start, h.end, h.level) for h in chunked[0] + chunked[1]] == \
               [(h.rule.id, h.start, h.end, h.level) for h in whole[0] + whole[1]], text


def test_mask_lookup_equals_a_plain_scan_of_the_vocabulary() -> None:
    """A masked key resolves to the first word, in priority order, that it spells."""
    vocab = _lexicon().vocab
    index = norm_mod._MaskIndex(vocab)
    ordered = [w for w in norm_mod._MASK_PRIORITY if w in vocab]
    ordered += sorted(w for w in vocab if w not in norm_mod._MASK_PRIORITY)
    ordered = [w for w in ordered if 3 <= len(w) <= 14 and w.isalpha()]

    def plain(key: str) -> str | None:
        if not 1 <= key.count("*") <= 2:
            return None
        return next((w for w in ordered if len(w) == len(key)
                     and all(k in ("*", c) for k, c in zip(key, w, strict=True))), None)

    rnd = random.Random(3)
    keys = ["k*ll", "s*icide", "c*t", "**", "a*", "k**l", "1*3", "***l", "d*e"]
    for w in rnd.sample(ordered, 400):
        i, j = sorted(rnd.sample(range(len(w)), 2))
        keys += [w[:i] + "*" + w[i + 1:], w[:i] + "*" + w[i + 1:j] + "*" + w[j + 1:]]
    for key in keys:
        assert index.lookup(key) == plain(key), key


def _ascii_texts(n: int, seed: int) -> list[str]:
    """Random lowercase ASCII messages dense in boundaries, joiners, symbols and digits."""
    rnd = random.Random(seed)
    alphabet = [*"abcdeiklmoxyz '.,-_!?;:\n\"()[]{}/*#@$|&%+=<>~\t1234", "  ", "... ", "'s",
                "a.b", "e.g.", "3am", "a1", "kill", "myself", "die", "don't", "end.then"]
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def test_ascii_plain_path_equals_the_general_plain_path() -> None:
    for text in _ascii_texts(20000, 13):
        norm = text.lower()
        if "''" in norm or ".'" in norm:
            continue  # routed to the general path
        fast = norm_mod._plain_ascii(norm, None)
        ref = norm_mod._plain_general(norm, None)
        assert (fast is None) == (ref is None), text
        if fast is not None and ref is not None:
            assert (fast.words, fast.sent, fast.clause) == (ref.words, ref.sent, ref.clause), text


def test_ascii_token_split_equals_the_unicode_token_split() -> None:
    for text in _ascii_texts(20000, 17):
        norm = text.lower()
        assert norm_mod._TOKEN_SPLIT_ASCII_RE.split(norm) == \
            norm_mod._TOKEN_SPLIT_RE.split(norm), text


def _plain_anchor_positions(lex: det.Lexicon, words: list[str], sent: list[int],
                            langs: frozenset[str] | None) -> list[tuple[int, list[int]]]:
    """Chunk gating one word at a time: every anchor of a chunk through ``_candidates``."""
    out = []
    n = len(words)
    lo = 0
    while lo < n:
        hi = n
        if n - lo > 2 * det._CHUNK_WORDS:
            hi = lo + det._CHUNK_WORDS
            while hi < n and sent[hi] == sent[hi - 1]:
                hi += 1
            if n - hi < det._CHUNK_WORDS:
                hi = n
        present = set(words[lo:hi])
        cache = {}
        for w in present:
            idx = _anchor_index(lex, w)
            c = _candidates(idx, present, langs) if idx is not None else []
            if c:
                cache[w] = c
        out += [(p, [s.sid for s in cache[words[p]]]) for p in range(lo, hi) if words[p] in cache]
        lo = hi
    return out


def test_anchor_positions_equal_plain_chunk_gating() -> None:
    lex = _lexicon()
    rnd = random.Random(29)
    texts = _texts(600, 31) + [". ".join(rnd.sample(_texts(60, 37), 8)) for _ in range(100)]
    for langs in (None, frozenset({"de", "en", "xx"})):
        for text in texts:
            toks = tokenize(text, lex.vocab, lex.maxlen)
            got = [(p, [s.sid for s in cache[toks.words[p]]])
                   for p, cache in det._anchor_positions(lex, toks.words, toks.sent, langs)]
            assert got == _plain_anchor_positions(lex, toks.words, toks.sent, langs), text


def _plain_signal_hits(toks: list[str], lex: signals._Lex) -> dict[str, list[tuple[int, int]]]:
    """Every class hit, trying every phrase that starts with each token (no start index)."""
    hits: dict[str, list[tuple[int, int]]] = {}
    n = len(toks)
    for i, t in enumerate(toks):
        cands = []
        entry = lex.first2.get(t)
        if entry is not None:
            by_next, other = entry
            cands += other + (by_next.get(toks[i + 1], []) if i + 1 < n else [])
        if len(t) >= 4:
            cands += lex.first_pfx.get(t[:4], [])
        if t[0].isdigit():
            m = signals._DIGITS.match(t)
            nxt = toks[i + 1] if i + 1 < n else ""
            if (m and m.end() == len(t) and int(m.group()) >= 10 and nxt not in lex.time_units
                    and not (i + 1 < n and nxt.isdigit())):
                hits.setdefault("number", []).append((i, i + 1))
        if len(t) > 7:
            for cls, sfx in signals._SUFFIXES.items():
                if t.endswith(sfx):
                    hits.setdefault(cls, []).append((i, i + 1))
        for p, cls in cands:
            if i + len(p) <= n and all(
                    pj == tj or (pj[-1] == "*" and tj != "|"
                                 and (len(pj) == 1 or tj.startswith(pj[:-1])))
                    for pj, tj in zip(p, toks[i:i + len(p)], strict=True)):
                hits.setdefault(cls, []).append((i, i + len(p)))
    return hits


def test_signal_matches_equal_a_plain_scan() -> None:
    lex = signals._lex()
    rnd = random.Random(41)
    vocab = sorted({w for p, _ in (x for v in lex.first.values() for x in v) for w in p
                    if not w.endswith("*")})
    vocab += ["|", "12", "40", "7", "minutes", "erasmusbrug", "overdosed", "x"]
    vocab += [p + "ing" for p in sorted(lex.first_pfx)]
    for _ in range(3000):
        toks = [rnd.choice(vocab) for _ in range(rnd.randint(1, 40))]
        assert signals._match(toks, lex) == _plain_signal_hits(toks, lex), toks


def test_fold_by_runs_equals_one_translate_of_the_whole_text() -> None:
    rnd = random.Random(47)
    alphabet = [*"aZ 'é’ßﬁ\u200bЖж😭İ…x.ǅΣς", "\u0301", "ＡＢ", "ǈ"]
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
             for _ in range(20000)]
    texts += ["plain ascii", "it’s fine", "Straße", "Жить не хочу", "x" * 50 + "é"]
    for text in texts:
        folded = text.translate(norm_mod._TABLE)
        regular = len(folded) == len(text) and norm_mod._TABLE.irregular.isdisjoint(text)
        assert norm_mod._fold(text) == (folded, regular), text


def test_no_character_folds_to_an_upper_case_ascii_letter() -> None:
    """The ASCII paths read folded ASCII text as lower case ([a-z0-9] words)."""
    upper = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for i in range(0x110000):
        if not 0xD800 <= i < 0xE000:
            assert upper.isdisjoint(norm_mod.fold_char(chr(i))), hex(i)


def test_fast_paths_agree_with_plain_ones_on_the_labelled_sets() -> None:
    """ASCII plain path, fold by runs, anchor gating and signal matching on real messages."""
    lex, slex = _lexicon(), signals._lex()
    data = Path(__file__).parent / "data"
    texts = [json.loads(line)["text"] for f in sorted(data.glob("*.jsonl"))
             if "blind" not in f.name for line in f.read_text("utf-8").splitlines()
             if line.strip()]
    assert len(texts) > 5000
    for text in texts:
        folded = text.translate(norm_mod._TABLE)
        assert norm_mod._fold(text)[0] == folded
        if folded.isascii() and "''" not in folded and ".'" not in folded:
            fast, ref = norm_mod._plain_ascii(folded, None), norm_mod._plain_general(folded)
            assert (None if fast is None else (fast.words, fast.sent, fast.clause)) == \
                   (None if ref is None else (ref.words, ref.sent, ref.clause)), text
        toks = tokenize(text, lex.vocab, lex.maxlen)
        got = [(p, [s.sid for s in cache[toks.words[p]]])
               for p, cache in det._anchor_positions(lex, toks.words, toks.sent, None)]
        assert got == _plain_anchor_positions(lex, toks.words, toks.sent, None), text
        assert signals._match(toks.words, slex) == _plain_signal_hits(toks.words, slex), text


def test_signal_rules_record_nothing_without_their_triggers() -> None:
    """A rule skipped for lack of its trigger classes would have recorded nothing anyway."""
    lex = signals._lex()
    classes = {cls for index in (lex.first, lex.first_pfx) for cands in index.values()
               for _, cls in cands} | {"number"} | set(signals._SUFFIXES)
    rnd = random.Random(53)
    words = ["i", "my", "not", "never", "|", "tonight", "with", "a", "this", "to", "rope",
             "cutting", "kill", "list", "made", "x"]
    for rule in signals._RULES:
        others = sorted(classes - signals._TRIGGERS[rule])
        for _ in range(1500):
            toks = [rnd.choice(words) for _ in range(rnd.randint(1, 30))]
            hits: dict[str, list[tuple[int, int]]] = {}
            for cls in rnd.sample(others, rnd.randint(1, min(len(others), 40))):
                for _ in range(rnd.randint(1, 3)):
                    a = rnd.randrange(len(toks))
                    hits.setdefault(cls, []).append((a, rnd.randint(a + 1, len(toks))))
            verdict = signals._Verdict()
            rule(signals._Msg(toks, hits, lex), verdict)
            assert not verdict.rules, (rule.__name__, sorted(hits))
