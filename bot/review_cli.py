"""`carebridge review …` and `carebridge report`: moderators' work on the same database."""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, date, datetime, timedelta
from typing import TextIO

from bot.config import Settings
from bot.store import Case, Store


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M") if ts else "-"


def _row(case: Case) -> str:
    held = case.moderator or "-"
    over = " taken-over" if case.taken_over else ""
    return (f"#{case.id:<5} {case.state:<9} {case.severity:<9} {case.category:<18} "
            f"{case.platform:<9} {case.handle or 'forgotten':<12} {held}{over}")


async def run_review(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """List, show, claim or resolve cases; every change goes into the audit log."""
    async with Store(settings.database_path) as store:
        action = args.review_command
        if action == "list":
            cases = await store.list_cases(args.state)
            out.write(f"{'id':<6} {'state':<9} {'severity':<9} {'category':<18} "
                      f"{'platform':<9} {'who':<12} moderator\n")
            for case in cases:
                out.write(_row(case) + "\n")
            if not cases:
                out.write("no cases\n")
            return 0
        case = await store.get_case(args.id)
        if case is None:
            out.write(f"no case #{args.id}\n")
            return 1
        if action == "show":
            await store.audit("cli", "show", case.id, allowed=True)
            out.write(_row(case) + "\n")
            out.write(f"reason: {case.reason}  flags: {case.flags}\n")
            out.write(f"opened: {_when(case.opened_at)}  claimed: {_when(case.claimed_at)}  "
                      f"resolved: {_when(case.resolved_at)}\n")
            out.write(f"excerpt: {case.excerpt or '(none kept)'}\n")
            if case.note:
                out.write(f"note: {case.note}\n")
            for entry in await store.audit_entries(case.id):
                out.write(f"  {_when(entry['at'])} {entry['actor']} {entry['action']}"
                          f"{'' if entry['allowed'] else ' (refused)'}\n")
            return 0
        actor = args.actor
        moderators = settings.moderators
        if moderators and actor not in moderators and actor != "cli":
            await store.audit(actor, action, case.id, allowed=False)
            out.write(f"{actor} is not in MODERATOR_IDS\n")
            return 1
        now = time.time()
        if action == "claim":
            if case.state == "resolved":
                out.write(f"case #{case.id} is already resolved\n")
                return 1
            await store.update_case(case.id, state="claimed", moderator=actor,
                                    claimed_at=case.claimed_at or now)
        else:
            await store.update_case(case.id, state="resolved", taken_over=0, resolved_at=now,
                                    note=args.note or None)
        await store.audit(actor, action, case.id, allowed=True)
        updated = await store.get_case(case.id)
        assert updated is not None
        out.write(_row(updated) + "\n")
        return 0


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date like 2026-01-31") from None


async def run_report(settings: Settings, since: str, until: str, as_json: bool,
                     out: TextIO) -> int:
    """Anonymous counts for a period (both dates inclusive): no ids, no text."""
    start = datetime.combine(_day(since), datetime.min.time(), UTC).timestamp()
    end = datetime.combine(_day(until) + timedelta(days=1), datetime.min.time(), UTC).timestamp()
    async with Store(settings.database_path) as store:
        data = await store.report(start, end)
    data = {"from": since, "to": until, **data}
    if as_json:
        out.write(json.dumps(data) + "\n")
        return 0
    out.write(f"CareBridge report {since} to {until}\n")
    out.write(f"crisis referrals: {data['crisis_referrals']} "
              f"({data['referrals_detected']} detected, {data['referrals_requested']} via /sos)\n")
    out.write("cases by category and state:\n")
    for row in data["cases"] or [{"category": "-", "state": "-", "count": 0}]:
        out.write(f"  {row['category']:<20} {row['state']:<9} {row['count']}\n")
    median = data["median_seconds_to_claim"]
    out.write("median time to claim: "
              + (f"{median / 60:.1f} minutes" if median is not None else "no claims") + "\n")
    return 0
