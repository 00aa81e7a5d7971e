"""Split a long reply into platform-sized messages at paragraph, sentence or word boundaries."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…。！？][)\"'”’»]*\s")


def utf16_units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _fit(text: str, limit: int, utf16: bool) -> int:
    """The length of the longest prefix of `text` within `limit` units."""
    if not utf16:
        return min(len(text), limit)
    used = 0
    for index, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def _cut(window: str) -> int:
    """Where to end a chunk inside `window`: paragraph, line, sentence, word, else hard."""
    floor = len(window) // 3  # never leave a tiny chunk just to cut at a nicer place
    for sep in ("\n\n", "\n"):
        at = window.rfind(sep)
        if at > floor:
            return at
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends and ends[-1] > floor:
        return ends[-1]
    at = max(window.rfind(" "), window.rfind("\t"))
    if at > floor:
        return at
    return len(window)


def split_text(text: str, limit: int, utf16: bool = False) -> list[str]:
    """Chunks of at most `limit` characters (UTF-16 units with `utf16`), cut at the nicest
    boundary; whitespace between chunks is dropped and empty chunks are never returned."""
    if limit < 1:
        raise ValueError("limit must be positive")
    size = utf16_units if utf16 else len
    chunks: list[str] = []
    rest = text.strip()
    while rest:
        if size(rest) <= limit:
            chunks.append(rest)
            break
        window = rest[:_fit(rest, limit, utf16)]
        # a boundary right after the window means the whole window is a clean chunk
        at = len(window) if rest[len(window)].isspace() else _cut(window)
        chunk = rest[:at].rstrip()
        if not chunk:  # only whitespace before the cut: cut hard instead
            at = len(window)
            chunk = rest[:at]
        chunks.append(chunk)
        rest = rest[at:].lstrip()
    return chunks
