"""The SQLite store: every SQL statement CareBridge runs, and the numbered migrations."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosqlite

# Each migration runs once, in order, inside one transaction; never edit a shipped one.
MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            platform_user_id TEXT NOT NULL,
            country TEXT,
            locale TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_at REAL NOT NULL,
            UNIQUE (platform, platform_user_id)
        );
        CREATE TABLE consents (
            user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            state TEXT NOT NULL CHECK (state IN ('agreed', 'declined')),
            disclosure_version TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE TABLE turns (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
            text TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE INDEX turns_by_user ON turns (user_id, id);
        CREATE INDEX turns_by_time ON turns (at);
        CREATE TABLE safety_events (
            id INTEGER PRIMARY KEY,
            user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
            platform TEXT NOT NULL,
            source TEXT NOT NULL,
            level TEXT NOT NULL,
            categories TEXT NOT NULL,
            imminent INTEGER NOT NULL DEFAULT 0,
            at REAL NOT NULL
        );
        CREATE TABLE crisis_state (
            user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            rank INTEGER NOT NULL,
            imminent INTEGER NOT NULL,
            country TEXT,
            full_at REAL NOT NULL,
            last_at REAL NOT NULL
        );
        CREATE TABLE replies (
            id INTEGER PRIMARY KEY,
            user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
            platform TEXT NOT NULL,
            kind TEXT NOT NULL,
            prompt_hash TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE INDEX replies_by_user ON replies (user_id);
        """,
    ),
    (
        2,
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
            platform TEXT NOT NULL,
            chat_id TEXT,
            handle TEXT,
            reason TEXT NOT NULL,
            severity TEXT NOT NULL,
            category TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'claimed', 'resolved')),
            taken_over INTEGER NOT NULL DEFAULT 0,
            moderator TEXT,
            excerpt TEXT,
            note TEXT,
            flags INTEGER NOT NULL DEFAULT 1,
            opened_at REAL NOT NULL,
            claimed_at REAL,
            resolved_at REAL,
            timeout_notified INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX cases_by_user ON cases (user_id, state);
        CREATE TABLE case_alerts (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            platform TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            message_id TEXT NOT NULL,
            PRIMARY KEY (platform, chat_id, message_id)
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            actor TEXT NOT NULL,
            case_id INTEGER,
            action TEXT NOT NULL,
            allowed INTEGER NOT NULL,
            detail TEXT
        );
        """,
    ),
    (
        3,
        """
        ALTER TABLE users ADD COLUMN timezone TEXT;
        CREATE TABLE flows (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            step INTEGER NOT NULL,
            data TEXT NOT NULL,
            active INTEGER NOT NULL,
            updated_at REAL NOT NULL,
            PRIMARY KEY (user_id, name)
        );
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            mood INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
            feeling TEXT,
            at REAL NOT NULL
        );
        CREATE INDEX checkins_by_user ON checkins (user_id, at);
        CREATE TABLE questionnaire_results (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            instrument TEXT NOT NULL,
            score INTEGER NOT NULL,
            band TEXT NOT NULL,
            answers TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE INDEX results_by_user ON questionnaire_results (user_id, at);
        CREATE TABLE thought_records (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            record TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE TABLE safety_plans (
            user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            plan TEXT NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE TABLE reminders (
            user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            local_time TEXT NOT NULL,
            timezone TEXT NOT NULL,
            next_at REAL NOT NULL,
            last_sent_at REAL
        );
        CREATE INDEX reminders_due ON reminders (next_at);
        CREATE TABLE profiles (
            user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            answers TEXT NOT NULL,
            updated_at REAL NOT NULL
        );
        """,
    ),
)

# Tables keyed by something other than `user_id` that still hold a user's data: none today.
# `export` and the forget test find every table with a `user_id` column by themselves.


@dataclass(frozen=True)
class CrisisState:
    """The last crisis reply a user got, to choose between a full block and a reminder."""

    rank: int
    imminent: bool
    country: str | None
    full_at: float
    last_at: float


@dataclass(frozen=True)
class FlowState:
    """A guided conversation in progress (a questionnaire, an exercise, the intake)."""

    name: str
    step: int
    data: dict[str, Any]


@dataclass(frozen=True)
class Checkin:
    """One mood check-in."""

    mood: int
    feeling: str | None
    at: float


@dataclass(frozen=True)
class Result:
    """One completed questionnaire."""

    instrument: str
    score: int
    band: str
    answers: tuple[int, ...]
    at: float


@dataclass(frozen=True)
class Reminder:
    """A daily check-in reminder, with who gets it."""

    user_id: int
    platform: str
    platform_user_id: str
    locale: str | None
    local_time: str
    timezone: str
    next_at: float


@dataclass(frozen=True)
class User:
    """What the store keeps about one person."""

    id: int
    platform: str
    platform_user_id: str
    country: str | None
    locale: str | None
    active: bool
    consent: str | None
    consent_version: str | None
    consent_at: float | None
    crisis: CrisisState | None = None  # the last crisis reply, read with the user in one query
    timezone: str | None = None
    flow: FlowState | None = None  # the guided conversation that takes plain messages, if any


@dataclass(frozen=True)
class Case:
    """A flagged conversation for moderators to review."""

    id: int
    user_id: int | None
    platform: str
    chat_id: str | None
    handle: str | None
    reason: str
    severity: str
    category: str
    state: str
    taken_over: bool
    moderator: str | None
    excerpt: str | None
    note: str | None
    flags: int
    opened_at: float
    claimed_at: float | None
    resolved_at: float | None
    timeout_notified: bool


_USER_SELECT = """
    SELECT u.id, u.platform, u.platform_user_id, u.country, u.locale, u.active,
           c.state, c.disclosure_version, c.at,
           s.rank, s.imminent, s.country, s.full_at, s.last_at,
           u.timezone, f.name, f.step, f.data
    FROM users u LEFT JOIN consents c ON c.user_id = u.id
    LEFT JOIN crisis_state s ON s.user_id = u.id
    LEFT JOIN flows f ON f.user_id = u.id AND f.active = 1
"""
_CASE_COLUMNS = (
    "id, user_id, platform, chat_id, handle, reason, severity, category, state, taken_over, "
    "moderator, excerpt, note, flags, opened_at, claimed_at, resolved_at, timeout_notified"
)


def _user(row: Sequence[Any]) -> User:
    return User(
        id=row[0],
        platform=row[1],
        platform_user_id=row[2],
        country=row[3],
        locale=row[4],
        active=bool(row[5]),
        consent=row[6],
        consent_version=row[7],
        consent_at=row[8],
        crisis=CrisisState(row[9], bool(row[10]), row[11], row[12], row[13])
        if row[9] is not None else None,
        timezone=row[14],
        flow=FlowState(row[15], row[16], json.loads(row[17])) if row[15] is not None else None,
    )


def _case(row: Sequence[Any]) -> Case:
    return Case(
        *row[:9],
        taken_over=bool(row[9]),
        moderator=row[10],
        excerpt=row[11],
        note=row[12],
        flags=row[13],
        opened_at=row[14],
        claimed_at=row[15],
        resolved_at=row[16],
        timeout_notified=bool(row[17]),
    )


class Store:
    """One aiosqlite connection; each method is one atomic step that commits before it returns.

    Coroutines share the connection, so every statement group runs under one lock: a cursor or
    transaction never interleaves with another user's (SQLite reports "API misuse" otherwise).
    """

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()

    @property
    def db(self) -> aiosqlite.Connection:
        """The open connection."""
        if self._db is None:
            raise RuntimeError("store is not open")
        return self._db

    async def open(self) -> Store:
        """Open the file, switch on WAL and foreign keys, and apply pending migrations."""
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(self.path)
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=NORMAL",
            "PRAGMA foreign_keys=ON",
            "PRAGMA secure_delete=ON",  # deleted text is overwritten, not left in free pages
            "PRAGMA busy_timeout=5000",
        ):
            await self.db.execute(pragma)
        await self._migrate()
        return self

    async def close(self) -> None:
        """Checkpoint the WAL and close."""
        if self._db is not None:
            async with self._lock:
                await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                await self._db.close()
                self._db = None

    async def __aenter__(self) -> Store:
        return await self.open()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        async with self._lock:
            return list(await self.db.execute_fetchall(sql, params))

    async def _one(self, sql: str, params: Sequence[Any] = ()) -> Sequence[Any] | None:
        rows = await self._all(sql, params)
        return rows[0] if rows else None

    async def _write(self, *steps: tuple[str, Sequence[Any]]) -> tuple[int, int]:
        """Run statements in one transaction; returns (last row id, rows changed by the last)."""

        def transaction() -> tuple[int, int]:
            # Runs on aiosqlite's connection thread: one hop for the whole transaction instead
            # of one per statement (the hops, not SQLite, were most of a message's cost).
            conn: sqlite3.Connection = self.db._conn
            try:
                cur = None
                for sql, params in steps:
                    cur = conn.execute(sql, params)
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            assert cur is not None
            return int(cur.lastrowid or 0), cur.rowcount

        async with self._lock:
            return await self.db._execute(transaction)

    async def _migrate(self) -> None:
        await self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        current = await self.schema_version()
        for version, sql in MIGRATIONS:
            if version <= current:
                continue
            await self.db.executescript(
                f"BEGIN; {sql}; INSERT INTO schema_version (version) VALUES ({version}); COMMIT;"
            )

    async def schema_version(self) -> int:
        """The newest migration applied."""
        row = await self._one("SELECT MAX(version) FROM schema_version")
        return int(row[0] or 0) if row else 0

    # users and consent -------------------------------------------------------------------

    async def get_user(self, platform: str, platform_user_id: str) -> User | None:
        """The user with this platform id, or None."""
        row = await self._one(_USER_SELECT + " WHERE u.platform = ? AND u.platform_user_id = ?",
                              (platform, platform_user_id))
        return _user(row) if row else None

    async def get_user_by_id(self, user_id: int) -> User | None:
        """The user with this row id, or None."""
        row = await self._one(_USER_SELECT + " WHERE u.id = ?", (user_id,))
        return _user(row) if row else None

    async def ensure_user(
        self, platform: str, platform_user_id: str, country: str | None, locale: str | None
    ) -> User:
        """Fetch the user, creating the row (ids only, no text) on first contact."""
        user = await self.get_user(platform, platform_user_id)
        if user is not None:
            if not user.active:  # they wrote again, so they can be reached again
                await self.set_active(platform, platform_user_id, True)
                user = await self.get_user(platform, platform_user_id)
                assert user is not None
            return user
        await self._write((
            "INSERT OR IGNORE INTO users (platform, platform_user_id, country, locale, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (platform, platform_user_id, country, locale, time.time()),
        ))
        user = await self.get_user(platform, platform_user_id)
        assert user is not None
        return user

    async def set_country(self, user_id: int, country: str | None) -> None:
        """Set the country used for hotlines."""
        await self._write(("UPDATE users SET country = ? WHERE id = ?", (country, user_id)))

    async def set_locale(self, user_id: int, locale: str | None) -> None:
        """Remember the user's language."""
        await self._write(("UPDATE users SET locale = ? WHERE id = ?", (locale, user_id)))

    async def set_active(self, platform: str, platform_user_id: str, active: bool) -> None:
        """Mark a user reachable or not (for example after they blocked the bot)."""
        await self._write((
            "UPDATE users SET active = ? WHERE platform = ? AND platform_user_id = ?",
            (int(active), platform, platform_user_id),
        ))

    async def set_consent(self, user_id: int, state: str, version: str) -> None:
        """Record agreement or refusal with the disclosure version shown."""
        await self._write((
            "INSERT INTO consents (user_id, state, disclosure_version, at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET state = excluded.state,"
            " disclosure_version = excluded.disclosure_version, at = excluded.at",
            (user_id, state, version, time.time()),
        ))

    # conversation history ----------------------------------------------------------------

    async def add_turns(self, user_id: int, turns: Sequence[tuple[str, str]], keep: int) -> None:
        """Append (role, text) turns and keep only the newest `keep` for this user."""
        now = time.time()
        steps: list[tuple[str, Sequence[Any]]] = [
            ("INSERT INTO turns (user_id, role, text, at) VALUES (?, ?, ?, ?)",
             (user_id, role, text, now))
            for role, text in turns
        ]
        steps.append((
            "DELETE FROM turns WHERE user_id = ? AND id NOT IN"
            " (SELECT id FROM turns WHERE user_id = ? ORDER BY id DESC LIMIT ?)",
            (user_id, user_id, keep),
        ))
        await self._write(*steps)

    async def recent_turns(
        self, user_id: int, limit: int, newer_than: float
    ) -> list[tuple[str, str]]:
        """The newest (role, text) turns, oldest first."""
        rows = await self._all(
            "SELECT role, text FROM turns WHERE user_id = ? AND at >= ? ORDER BY id DESC LIMIT ?",
            (user_id, newer_than, limit),
        )
        return [(r[0], r[1]) for r in reversed(rows)]

    async def purge_turns(self, older_than: float) -> int:
        """Delete turns older than a timestamp; returns how many went."""
        _, changed = await self._write(("DELETE FROM turns WHERE at < ?", (older_than,)))
        return changed

    # safety -------------------------------------------------------------------------------

    async def add_safety_event(
        self,
        user_id: int | None,
        platform: str,
        source: str,
        level: str,
        categories: Sequence[str],
        imminent: bool,
    ) -> int:
        """Record a crisis or guard event (kinds and categories only, never text)."""
        row_id, _ = await self._write((
            "INSERT INTO safety_events (user_id, platform, source, level, categories, imminent, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user_id, platform, source, level, json.dumps(list(categories)), int(imminent),
             time.time()),
        ))
        return row_id

    async def set_crisis_state(
        self, user_id: int, rank: int, imminent: bool, country: str | None, full: bool
    ) -> None:
        """Remember a crisis reply; a full block resets the level, a reminder only raises it."""
        now = time.time()
        await self._write((
            "INSERT INTO crisis_state (user_id, rank, imminent, country, full_at, last_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
            " rank = CASE WHEN ? THEN excluded.rank ELSE MAX(rank, excluded.rank) END,"
            " imminent = CASE WHEN ? THEN excluded.imminent"
            " ELSE MAX(imminent, excluded.imminent) END,"
            " country = excluded.country, last_at = excluded.last_at,"
            " full_at = CASE WHEN ? THEN excluded.full_at ELSE full_at END",
            (user_id, rank, int(imminent), country, now, now, int(full), int(full), int(full)),
        ))

    async def record_reply(
        self, user_id: int | None, platform: str, kind: str, prompt_hash: str
    ) -> None:
        """Record that a reply of this kind was sent, with the template set's hash."""
        await self._write((
            "INSERT INTO replies (user_id, platform, kind, prompt_hash, at) VALUES (?, ?, ?, ?, ?)",
            (user_id, platform, kind, prompt_hash, time.time()),
        ))

    async def last_reply_hash(self, user_id: int) -> str | None:
        """The template hash recorded with the user's newest reply."""
        row = await self._one(
            "SELECT prompt_hash FROM replies WHERE user_id = ? ORDER BY id DESC LIMIT 1", (user_id,)
        )
        return row[0] if row else None

    async def set_timezone(self, user_id: int, timezone: str | None) -> None:
        """Remember the user's IANA time zone (for reminders and the mood chart)."""
        await self._write(("UPDATE users SET timezone = ? WHERE id = ?", (timezone, user_id)))

    # guided conversations -----------------------------------------------------------------

    async def save_flow(self, user_id: int, name: str, step: int, data: dict[str, Any]) -> None:
        """Make `name` the user's active flow at `step`; any other flow is paused, not lost."""
        await self._write(
            ("UPDATE flows SET active = 0 WHERE user_id = ? AND name != ?", (user_id, name)),
            ("INSERT INTO flows (user_id, name, step, data, active, updated_at)"
             " VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (user_id, name) DO UPDATE SET"
             " step = excluded.step, data = excluded.data, active = 1,"
             " updated_at = excluded.updated_at",
             (user_id, name, step, json.dumps(data, ensure_ascii=False), time.time())),
        )

    async def get_flow(self, user_id: int, name: str) -> FlowState | None:
        """A flow's saved state, active or paused."""
        row = await self._one("SELECT name, step, data FROM flows WHERE user_id = ? AND name = ?",
                              (user_id, name))
        return FlowState(row[0], row[1], json.loads(row[2])) if row else None

    async def pause_flows(self, user_id: int) -> None:
        """Stop routing plain messages to any flow; saved progress stays for resuming."""
        await self._write(("UPDATE flows SET active = 0 WHERE user_id = ?", (user_id,)))

    async def end_flow(self, user_id: int, name: str) -> None:
        """Delete a flow's saved state (finished or cancelled)."""
        await self._write(("DELETE FROM flows WHERE user_id = ? AND name = ?", (user_id, name)))

    async def purge_flows(self, older_than: float) -> int:
        """Delete flows nobody touched since a timestamp; returns how many went."""
        _, changed = await self._write(("DELETE FROM flows WHERE updated_at < ?", (older_than,)))
        return changed

    # self-care records --------------------------------------------------------------------

    async def add_checkin(self, user_id: int, mood: int, feeling: str | None, at: float) -> int:
        """Store a mood check-in; returns its id."""
        row_id, _ = await self._write((
            "INSERT INTO checkins (user_id, mood, feeling, at) VALUES (?, ?, ?, ?)",
            (user_id, mood, feeling, at)))
        return row_id

    async def set_checkin_feeling(self, user_id: int, checkin_id: int, feeling: str) -> None:
        """Add the word for the feeling to a check-in."""
        await self._write(("UPDATE checkins SET feeling = ? WHERE id = ? AND user_id = ?",
                           (feeling, checkin_id, user_id)))

    async def checkins(self, user_id: int, since: float = 0.0) -> list[Checkin]:
        """The user's check-ins since a timestamp, oldest first."""
        rows = await self._all("SELECT mood, feeling, at FROM checkins WHERE user_id = ?"
                               " AND at >= ? ORDER BY at, id", (user_id, since))
        return [Checkin(r[0], r[1], r[2]) for r in rows]

    async def add_result(self, user_id: int, instrument: str, score: int, band: str,
                         answers: Sequence[int], at: float) -> None:
        """Store a completed questionnaire."""
        await self._write((
            "INSERT INTO questionnaire_results (user_id, instrument, score, band, answers, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (user_id, instrument, score, band, json.dumps(list(answers)), at)))

    async def results(self, user_id: int, since: float = 0.0) -> list[Result]:
        """The user's questionnaire results since a timestamp, oldest first."""
        rows = await self._all(
            "SELECT instrument, score, band, answers, at FROM questionnaire_results"
            " WHERE user_id = ? AND at >= ? ORDER BY at, id", (user_id, since))
        return [Result(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]) for r in rows]

    async def add_thought_record(self, user_id: int, record: dict[str, Any], at: float) -> None:
        """Store a CBT thought record the user chose to keep."""
        await self._write(("INSERT INTO thought_records (user_id, record, at) VALUES (?, ?, ?)",
                           (user_id, json.dumps(record, ensure_ascii=False), at)))

    async def thought_records(self, user_id: int) -> list[dict[str, Any]]:
        """The user's saved thought records, oldest first."""
        rows = await self._all("SELECT record, at FROM thought_records WHERE user_id = ?"
                               " ORDER BY id", (user_id,))
        return [{**json.loads(r[0]), "at": r[1]} for r in rows]

    async def save_safety_plan(self, user_id: int, plan: dict[str, Any]) -> None:
        """Store (or replace) the user's safety plan."""
        await self._write((
            "INSERT INTO safety_plans (user_id, plan, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET plan = excluded.plan,"
            " updated_at = excluded.updated_at",
            (user_id, json.dumps(plan, ensure_ascii=False), time.time())))

    async def safety_plan(self, user_id: int) -> dict[str, Any] | None:
        """The user's safety plan, or None."""
        row = await self._one("SELECT plan FROM safety_plans WHERE user_id = ?", (user_id,))
        return json.loads(row[0]) if row else None

    async def save_profile(self, user_id: int, answers: dict[str, Any]) -> None:
        """Store the intake answers that personalise the companion."""
        await self._write((
            "INSERT INTO profiles (user_id, answers, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET answers = excluded.answers,"
            " updated_at = excluded.updated_at",
            (user_id, json.dumps(answers, ensure_ascii=False), time.time())))

    async def profile(self, user_id: int) -> dict[str, Any]:
        """The intake answers ({} when there are none)."""
        row = await self._one("SELECT answers FROM profiles WHERE user_id = ?", (user_id,))
        return json.loads(row[0]) if row else {}

    # reminders ---------------------------------------------------------------------------

    async def set_reminder(self, user_id: int, local_time: str, timezone: str,
                           next_at: float) -> None:
        """Turn on (or move) the user's daily reminder."""
        await self._write((
            "INSERT INTO reminders (user_id, local_time, timezone, next_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET local_time = excluded.local_time,"
            " timezone = excluded.timezone, next_at = excluded.next_at",
            (user_id, local_time, timezone, next_at)))

    async def reminder(self, user_id: int) -> tuple[str, str] | None:
        """The user's reminder as (local time, time zone), or None."""
        row = await self._one("SELECT local_time, timezone FROM reminders WHERE user_id = ?",
                              (user_id,))
        return (row[0], row[1]) if row else None

    async def delete_reminder(self, user_id: int) -> bool:
        """Turn the user's reminder off; True when there was one."""
        _, changed = await self._write(("DELETE FROM reminders WHERE user_id = ?", (user_id,)))
        return changed > 0

    async def due_reminders(self, now: float) -> list[Reminder]:
        """Reminders due by `now` for users who can be reached and still consent."""
        rows = await self._all(
            "SELECT r.user_id, u.platform, u.platform_user_id, u.locale, r.local_time,"
            " r.timezone, r.next_at FROM reminders r JOIN users u ON u.id = r.user_id"
            " JOIN consents c ON c.user_id = r.user_id"
            " WHERE r.next_at <= ? AND u.active = 1 AND c.state = 'agreed' ORDER BY r.next_at",
            (now,))
        return [Reminder(*r) for r in rows]

    async def reminder_done(self, user_id: int, next_at: float, sent_at: float | None) -> None:
        """Move a reminder to its next time, noting when it was last sent."""
        await self._write((
            "UPDATE reminders SET next_at = ?, last_sent_at = COALESCE(?, last_sent_at)"
            " WHERE user_id = ?", (next_at, sent_at, user_id)))

    # what we keep, and forgetting -----------------------------------------------------------

    async def summary(self, user_id: int) -> dict[str, Any]:
        """Counts about what is stored for one user, for `/privacy`."""
        row = await self._one(
            "SELECT (SELECT COUNT(*) FROM turns WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM safety_events WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM cases WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM replies WHERE user_id = ?),"
            " (SELECT MIN(at) FROM turns WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM checkins WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM questionnaire_results WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM thought_records WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM safety_plans WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM reminders WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM profiles WHERE user_id = ?)",
            (user_id,) * 11,
        )
        assert row is not None
        keys = ("turns", "safety_events", "cases", "replies", "oldest_turn_at", "checkins",
                "results", "thought_records", "safety_plan", "reminder", "profile")
        return dict(zip(keys, row, strict=True))

    async def user_tables(self) -> list[str]:
        """Every table with a `user_id` column: where a person's data can be."""
        async with self._lock:
            names = [r[0] for r in await self.db.execute_fetchall(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            out = []
            for name in names:
                columns = await self.db.execute_fetchall(f"PRAGMA table_info({name})")
                if any(c[1] == "user_id" for c in columns):
                    out.append(name)
        return out

    async def export(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Every row the database holds about one user, table by table, exactly as stored."""
        out: dict[str, list[dict[str, Any]]] = {}
        tables = ["users", *await self.user_tables()]
        async with self._lock:
            for table in tables:
                column = "id" if table == "users" else "user_id"
                cursor = await self.db.execute(
                    f"SELECT * FROM {table} WHERE {column} = ? ORDER BY rowid", (user_id,))
                names = [d[0] for d in cursor.description]
                rows = await cursor.fetchall()
                await cursor.close()
                out[table] = [dict(zip(names, row, strict=True)) for row in rows]
        return out

    async def withdraw(self, user_id: int) -> None:
        """After a refusal: drop the conversation, flows in progress and the reminder."""
        await self._write(
            ("DELETE FROM turns WHERE user_id = ?", (user_id,)),
            ("DELETE FROM flows WHERE user_id = ?", (user_id,)),
            ("DELETE FROM reminders WHERE user_id = ?", (user_id,)),
        )

    async def forget(self, user_id: int) -> None:
        """Delete every row about a user; cases and events stay only as anonymous counts."""
        await self._write(
            ("UPDATE cases SET user_id = NULL, chat_id = NULL, handle = NULL, excerpt = NULL,"
             " note = NULL WHERE user_id = ?", (user_id,)),
            ("UPDATE safety_events SET user_id = NULL WHERE user_id = ?", (user_id,)),
            ("DELETE FROM users WHERE id = ?", (user_id,)),
        )
        async with self._lock:
            await self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # cases (moderator review) -------------------------------------------------------------

    async def open_case(
        self,
        user_id: int | None,
        platform: str,
        chat_id: str | None,
        handle: str,
        reason: str,
        severity: str,
        category: str,
        excerpt: str | None,
    ) -> tuple[Case, bool]:
        """Open a case, or join the user's open one; returns (case, created)."""
        existing = await self.open_case_for(user_id) if user_id is not None else None
        if existing is not None:
            ranks = {"low": 0, "medium": 1, "high": 2, "imminent": 3}
            severity = max(existing.severity, severity, key=lambda s: ranks.get(s, 0))
            await self._write((
                "UPDATE cases SET flags = flags + 1, severity = ?,"
                " excerpt = COALESCE(excerpt, ?) WHERE id = ?",
                (severity, excerpt, existing.id),
            ))
            case = await self.get_case(existing.id)
            assert case is not None
            return case, False
        row_id, _ = await self._write((
            "INSERT INTO cases (user_id, platform, chat_id, handle, reason, severity, category,"
            " excerpt, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, platform, chat_id, handle, reason, severity, category, excerpt, time.time()),
        ))
        case = await self.get_case(row_id)
        assert case is not None
        return case, True

    async def open_case_for(self, user_id: int) -> Case | None:
        """The user's case that is not yet resolved, if any."""
        row = await self._one(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE user_id = ? AND state != 'resolved'"
            " ORDER BY id DESC LIMIT 1",
            (user_id,),
        )
        return _case(row) if row else None

    async def get_case(self, case_id: int) -> Case | None:
        """One case by id."""
        row = await self._one(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        return _case(row) if row else None

    async def list_cases(self, state: str | None = None, limit: int = 200) -> list[Case]:
        """Cases, newest first, optionally in one state."""
        sql = f"SELECT {_CASE_COLUMNS} FROM cases"
        params: tuple[Any, ...] = ()
        if state:
            sql += " WHERE state = ?"
            params = (state,)
        rows = await self._all(sql + " ORDER BY id DESC LIMIT ?", (*params, limit))
        return [_case(r) for r in rows]

    async def update_case(self, case_id: int, **fields: Any) -> Case | None:
        """Change a case's state, moderator, takeover flag, note or timestamps."""
        allowed = {"state", "moderator", "taken_over", "note", "claimed_at", "resolved_at",
                   "timeout_notified"}
        if not fields or set(fields) - allowed:
            raise ValueError(f"cannot update {sorted(set(fields) - allowed)}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        await self._write(
            (f"UPDATE cases SET {assignments} WHERE id = ?", (*fields.values(), case_id)))
        return await self.get_case(case_id)

    async def unclaimed_human_requests(self, older_than: float) -> list[Case]:
        """Open `/human` cases nobody claimed in time and whose user was not yet told."""
        rows = await self._all(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE state = 'open' AND reason = 'human'"
            " AND timeout_notified = 0 AND opened_at < ? AND user_id IS NOT NULL",
            (older_than,),
        )
        return [_case(r) for r in rows]

    async def add_alert(self, case_id: int, platform: str, chat_id: str, message_id: str) -> None:
        """Remember where a case's alert was posted so it can be updated."""
        await self._write((
            "INSERT OR REPLACE INTO case_alerts (case_id, platform, chat_id, message_id)"
            " VALUES (?, ?, ?, ?)",
            (case_id, platform, chat_id, message_id),
        ))

    async def alerts_for(self, case_id: int) -> list[tuple[str, str, str]]:
        """(platform, chat id, message id) of every alert posted for a case."""
        rows = await self._all(
            "SELECT platform, chat_id, message_id FROM case_alerts WHERE case_id = ?", (case_id,))
        return [(r[0], r[1], r[2]) for r in rows]

    async def case_for_alert(self, platform: str, chat_id: str, message_id: str) -> int | None:
        """The case an alert message belongs to."""
        row = await self._one(
            "SELECT case_id FROM case_alerts WHERE platform = ? AND chat_id = ? AND message_id = ?",
            (platform, chat_id, message_id),
        )
        return int(row[0]) if row else None

    async def audit(
        self, actor: str, action: str, case_id: int | None, allowed: bool, detail: str = ""
    ) -> None:
        """Append to the moderators' audit log."""
        await self._write((
            "INSERT INTO audit_log (at, actor, case_id, action, allowed, detail)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (time.time(), actor, case_id, action, int(allowed), detail),
        ))

    async def audit_entries(self, case_id: int | None = None) -> list[dict[str, Any]]:
        """The audit log, oldest first."""
        sql = "SELECT at, actor, case_id, action, allowed, detail FROM audit_log"
        params: tuple[Any, ...] = ()
        if case_id is not None:
            sql += " WHERE case_id = ?"
            params = (case_id,)
        rows = await self._all(sql + " ORDER BY id", params)
        keys = ("at", "actor", "case_id", "action", "allowed", "detail")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    async def report(self, since: float, until: float) -> dict[str, Any]:
        """Anonymous counts for a period: referrals, cases by category and state, claim times."""
        rows = await self._all(
            "SELECT source, COUNT(*) FROM safety_events WHERE level = 'crisis'"
            " AND source IN ('message', 'sos') AND at >= ? AND at < ? GROUP BY source",
            (since, until),
        )
        by_source = {r[0]: int(r[1]) for r in rows}
        out: dict[str, Any] = {
            # A referral is every crisis reply with lines: detected crises and /sos requests.
            "crisis_referrals": sum(by_source.values()),
            "referrals_detected": by_source.get("message", 0),
            "referrals_requested": by_source.get("sos", 0),
        }
        rows = await self._all(
            "SELECT category, state, COUNT(*) FROM cases WHERE opened_at >= ? AND opened_at < ?"
            " GROUP BY category, state ORDER BY category, state",
            (since, until),
        )
        out["cases"] = [{"category": r[0], "state": r[1], "count": r[2]} for r in rows]
        rows = await self._all(
            "SELECT claimed_at - opened_at FROM cases WHERE claimed_at IS NOT NULL"
            " AND opened_at >= ? AND opened_at < ? ORDER BY 1",
            (since, until),
        )
        out["median_seconds_to_claim"] = _median([float(r[0]) for r in rows])
        return out


def _median(values: list[float]) -> float | None:
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
