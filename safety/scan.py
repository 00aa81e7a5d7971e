"""Batch interface for external evaluators: JSON lines in, one verdict line out per line."""

from __future__ import annotations

import functools
import json
from typing import TextIO

from safety.assessment import Category, Level
from safety.detector import assess

__all__ = ["run_scan"]


def run_scan(inp: TextIO, out: TextIO) -> int:
    """Read ``{"text", "lang"?}`` JSON lines from ``inp``; write ``{"level", "categories"}``."""
    lines: list[str] = []
    errors = 0
    for raw in inp:
        line = raw.strip().lstrip("\ufeff")  # a byte-order mark from an editor is not JSON
        if not line:
            lines.append(_error("blank line"))
            errors += 1
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            lines.append(_error("invalid JSON"))
            errors += 1
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            lines.append(_error("missing string field 'text'"))
            errors += 1
            continue
        lang = obj.get("lang")
        a = assess(obj["text"], lang if isinstance(lang, str) and lang else None)
        lines.append(_verdict(a.level, a.categories))
    if lines:
        out.write("\n".join(lines))
        out.write("\n")
    out.flush()
    return 0


@functools.cache  # a handful of distinct verdicts: each line is encoded once
def _verdict(level: Level, categories: tuple[Category, ...]) -> str:
    return json.dumps({"level": level.value, "categories": [c.value for c in categories]})


def _error(msg: str) -> str:
    return json.dumps({"level": "none", "categories": [], "error": msg})
