"""Regenerate the "Countries and services shipped" table in docs/safety_hotlines_guard.md.

Run: `python tools/hotlines_table.py` (rewrites the table in place) or `--check` (exit 1 when the
table differs from `safety/hotlines.yaml`). Hours are shown in the directory's own spec form.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety.hotlines import Country, Directory, Service  # noqa: E402

DOC = ROOT / "docs" / "safety_hotlines_guard.md"
HEADER = "| CC | emergency | service | topics | contact | hours | free | source | verified |"


def _contact(s: Service) -> str:
    parts = [f"call {s.phone}"] if s.phone else []
    if s.sms:
        parts.append(f"text {s.sms.keyword} to {s.sms.number}" if s.sms.keyword
                     else f"text {s.sms.number}")
    if s.chat_url:
        parts.append("chat")
    return "; ".join(parts)


def _rows(c: Country) -> list[str]:
    emergency = " / ".join((c.emergency, *c.emergency_other))
    rows = [f"| {c.code} | {emergency} | _emergency_ | | | | | {c.emergency_source} | "
            f"{c.verified.isoformat()} |"]
    for s in c.services:
        free = "yes" if s.free else "not confirmed"
        rows.append(f"| {c.code} | | {s.name} | {', '.join(s.topics)} | {_contact(s)} | "
                    f"{s.hours} | {free} | {s.source} | {s.verified.isoformat()} |")
    return rows


def table(directory: Directory) -> list[str]:
    """The table's lines, header first, countries in code order."""
    lines = [HEADER, "|---|---|---|---|---|---|---|---|---|"]
    for code in directory.codes():
        country = directory.country(code)
        assert country is not None
        lines += _rows(country)
    return lines


def replace_table(doc: str, lines: list[str]) -> str:
    """``doc`` with its hotline table (header to the first blank line) replaced by ``lines``."""
    before, header, rest = doc.partition(HEADER + "\n")
    if not header:
        raise ValueError(f"{DOC}: table header not found")
    _old, blank, after = rest.partition("\n\n")
    return before + "\n".join(lines) + blank + after


def main(argv: list[str] | None = None) -> int:
    """Rewrite the table, or with --check report whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args(argv)
    doc = DOC.read_text("utf-8")
    new = replace_table(doc, table(Directory.load()))
    if args.check:
        if new != doc:
            print(f"{DOC}: hotline table is stale: run python tools/hotlines_table.py")
            return 1
        return 0
    DOC.write_text(new, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
