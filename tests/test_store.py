"""The store: migrations, WAL, retention purge."""

from __future__ import annotations

import sqlite3
import time

from bot.store import MIGRATIONS, Store


async def test_migrations_apply_once_and_record_the_version(tmp_path):
    path = tmp_path / "s.db"
    async with Store(path) as store:
        assert await store.schema_version() == MIGRATIONS[-1][0]
    async with Store(path) as store:  # a second start applies nothing twice
        assert await store.schema_version() == MIGRATIONS[-1][0]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in con.execute("SELECT version FROM schema_version")] == [
        v for v, _ in MIGRATIONS]


async def test_history_keeps_at_most_n_turns_and_purge_drops_old_ones(tmp_path):
    async with Store(tmp_path / "s.db") as store:
        user = await store.ensure_user("console", "u", None, None)
        await store.add_turns(user.id, [("user", f"t{n}") for n in range(10)], keep=3)
        assert [t for _, t in await store.recent_turns(user.id, 100, 0)] == ["t7", "t8", "t9"]
        assert await store.purge_turns(time.time() + 1) == 3
        assert await store.recent_turns(user.id, 100, 0) == []


async def test_report_counts_without_personal_data(tmp_path):
    async with Store(tmp_path / "s.db") as store:
        user = await store.ensure_user("telegram", "42", None, None)
        await store.add_safety_event(user.id, "telegram", "message", "crisis", ["suicide"], False)
        await store.add_safety_event(user.id, "telegram", "sos", "crisis", [], False)
        case, created = await store.open_case(user.id, "telegram", "42", "user-x", "crisis",
                                              "high", "suicide", "text")
        assert created
        again, created = await store.open_case(user.id, "telegram", "42", "user-x", "crisis",
                                               "imminent", "suicide", "more")
        assert not created and again.id == case.id and again.flags == 2
        assert again.severity == "imminent"
        report = await store.report(0, time.time() + 10)
        assert report["crisis_referrals"] == 2
        assert report["cases"] == [{"category": "suicide", "state": "open", "count": 1}]
        assert "42" not in str(report) and "text" not in str(report["cases"])
