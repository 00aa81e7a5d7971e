"""The flow stays one way: only adapters import platform libraries; all SQL in the store."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = [p for d in ("bot", "handlers", "safety") for p in (ROOT / d).rglob("*.py")]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_adapters_import_telegram_or_discord():
    for path in CODE:
        rel = path.relative_to(ROOT).as_posix()
        platform = {n for n in _imports(path) if n.split(".")[0] in {"telegram", "discord"}}
        if rel.startswith("bot/adapters/"):
            continue
        assert not platform, f"{rel} imports {platform}"


def test_only_the_runner_and_wiring_import_adapters():
    allowed = {"bot/runner.py", "bot/cli.py", "bot/app.py"}
    for path in CODE:
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("bot/adapters/") or rel in allowed:
            continue
        assert not any(n.startswith("bot.adapters") for n in _imports(path)), rel


def test_handlers_and_safety_never_import_the_wiring_or_adapters():
    for path in CODE:
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(("handlers/", "safety/")):
            bad = {n for n in _imports(path) if n in {"bot.app", "bot.runner", "bot.cli"}}
            assert not bad, f"{rel} imports {bad}"


def test_all_sql_lives_in_the_store():
    sql = re.compile(r"\b(SELECT\s+\S+.*\bFROM|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET)\b")
    for path in CODE:
        rel = path.relative_to(ROOT).as_posix()
        if rel == "bot/store.py":
            continue
        assert not sql.search(path.read_text("utf-8")), f"SQL in {rel}"


def test_messages_are_frozen():
    from dataclasses import FrozenInstanceError

    import pytest

    from bot.messages import Incoming, Platform, Reply, ReplyKind

    with pytest.raises(FrozenInstanceError):
        Incoming(Platform.CONSOLE, "1", "1").text = "x"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        Reply(ReplyKind.HELP, "x").text = "y"  # type: ignore[misc]
