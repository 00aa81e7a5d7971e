"""Daily check-in reminders at a local time the user picks, time-zone aware, kept in the store."""

from __future__ import annotations

import functools
import logging
import re
from datetime import UTC, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.messages import Button, Platform, Reply, ReplyKind, Target
from bot.pipeline import Services, Turn

log = logging.getLogger(__name__)

LATE_GRACE = 2 * 3600  # a reminder missed by more than this (the bot was down) is skipped
_TIME = re.compile(r"^(\d{1,2})(?::|\.|h)?(\d{2})?\s*(am|pm)?$")


def parse_time(text: str) -> time | None:
    """A local time as people type it: `20:00`, `8:30`, `8pm`, `8.30am`, `20h`."""
    match = _TIME.match(text.strip().lower())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = match.group(3)
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def zone(name: str | None) -> ZoneInfo | None:
    """The IANA zone for a name such as `Europe/Berlin` (case-insensitive), or None."""
    if not name:
        return None
    canonical = _zone_names().get(name.casefold())
    if canonical is None:
        return None
    try:
        return ZoneInfo(canonical)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@functools.cache
def _zone_names() -> dict[str, str]:
    import zoneinfo

    return {n.casefold(): n for n in zoneinfo.available_timezones()}


@functools.cache
def country_zones() -> dict[str, tuple[str, ...]]:
    """Country code → its IANA zones, from the tz database's zone.tab."""
    text = ""
    try:
        text = (resources.files("tzdata") / "zoneinfo" / "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        system = Path("/usr/share/zoneinfo/zone.tab")
        text = system.read_text("utf-8") if system.exists() else ""
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            out.setdefault(fields[0], []).append(fields[2])
    return {code: tuple(zones) for code, zones in out.items()}


def zone_for_country(country: str | None) -> str | None:
    """The country's time zone when its clocks all agree (GB, DE, JP…), else None (US, AU…).

    Zones that keep the same offsets all year count as one: Germany's Busingen is Berlin time.
    """
    zones = country_zones().get((country or "").upper(), ())
    if not zones:
        return None
    year = datetime.now(UTC).year
    probes = [datetime(year, month, 15, 12, tzinfo=UTC) for month in (1, 4, 7, 10)]
    offsets = {tuple(p.astimezone(ZoneInfo(z)).utcoffset() for p in probes) for z in zones}
    return zones[0] if len(offsets) == 1 else None


def next_at(local: time, tz: ZoneInfo, now: float) -> float:
    """The next moment after `now` when the clock in `tz` shows `local`."""
    today = datetime.fromtimestamp(now, UTC).astimezone(tz).date()
    for offset in range(0, 3):
        candidate = datetime.combine(today + timedelta(days=offset), local, tzinfo=tz)
        ts = candidate.timestamp()
        if ts > now:
            return ts
    raise AssertionError("a local time always recurs within two days")


class Reminders:
    """`/remind 20:00 [Area/City]`, `/remind off`, `/remind` to see the current setting."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def __call__(self, turn: Turn) -> list[Reply]:
        """Set, show or turn off the daily reminder."""
        svc = self.svc
        render = svc.prompts.render
        args = turn.args
        if not args:
            current = await svc.store.reminder(turn.user.id)
            return [self._reply(render("remind_status", turn.locale,
                                       time=current[0] if current else None,
                                       timezone=current[1] if current else None))]
        if args[0].lower() in {"off", "stop", "no"}:
            had = await svc.store.delete_reminder(turn.user.id)
            return [self._reply(render("remind_off", turn.locale, had=had))]
        local = parse_time(args[0])
        if local is None:
            return [self._reply(render("remind_usage", turn.locale, problem="time"))]
        tz_name = args[1] if len(args) > 1 else (
            turn.user.timezone or zone_for_country(turn.country))
        tz = zone(tz_name)
        if tz is None:
            problem = "zone" if len(args) > 1 else "no_zone"
            return [self._reply(render("remind_usage", turn.locale, problem=problem,
                                       time=local.strftime("%H:%M")))]
        when = next_at(local, tz, svc.clock())
        await svc.store.set_timezone(turn.user.id, tz.key)
        await svc.store.set_reminder(turn.user.id, local.strftime("%H:%M"), tz.key, when)
        return [self._reply(render("remind_set", turn.locale, time=local.strftime("%H:%M"),
                                   timezone=tz.key))]

    @staticmethod
    def _reply(text: str) -> Reply:
        return Reply(ReplyKind.REMINDER, text)

    async def due(self) -> list[Reply]:
        """The reminders due now, addressed to each user's private chat; moves each to tomorrow.

        Only users who still consent and can be reached are selected (the store's query); a
        reminder the bot missed by more than LATE_GRACE is skipped, not sent late.
        """
        svc = self.svc
        now = svc.clock()
        out: list[Reply] = []
        for reminder in await svc.store.due_reminders(now):
            tz = zone(reminder.timezone) or ZoneInfo("UTC")
            local = parse_time(reminder.local_time) or time(20, 0)
            late = now - reminder.next_at > LATE_GRACE
            await svc.store.reminder_done(reminder.user_id, next_at(local, tz, now),
                                          None if late else now)
            if late:
                log.info("reminder skipped user=%s: missed by more than the grace",
                         reminder.user_id)
                continue
            locale = svc.prompts.current.resolve_locale(reminder.locale)
            text = svc.prompts.render("reminder", locale)
            buttons = (Button(svc.prompts.label("checkin", locale), "/checkin"),)
            target = Target.private_chat(Platform(reminder.platform), reminder.platform_user_id)
            out.append(Reply(ReplyKind.REMINDER, text, buttons=buttons, target=target,
                             tags=frozenset({"daily"})))
        return out
