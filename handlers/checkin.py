"""Mood check-ins (`/checkin`, 0 to 10 and an optional word) and the trend (`/mood`)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.messages import Attachment, AttachmentKind, Button, Reply, ReplyKind
from bot.pipeline import Services, Turn
from bot.store import FlowState
from handlers.flows import is_skip_word, restart, stop_button
from handlers.mood_chart import ChartLabels, render_chart, summarise
from handlers.reminders import zone

MOODS = range(0, 11)
FEELING_MAX_CHARS = 40
FEELING_MAX_WORDS = 4
DEFAULT_DAYS = 30
MAX_DAYS = 365


def parse_mood(text: str) -> int | None:
    """A mood from 0 to 10 as typed: `7`, `7/10`, ` 7 `."""
    value = text.strip().removesuffix("/10").strip()
    return int(value) if value.isdigit() and int(value) in MOODS else None


def user_zone(turn: Turn) -> ZoneInfo:
    """The user's time zone (UTC until they set one with /remind)."""
    return zone(turn.user.timezone) or ZoneInfo("UTC")


class Checkin:
    """`/checkin`: mood buttons 0 to 10, then an optional word for the feeling."""

    name = "checkin"
    open = False

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def start(self, turn: Turn) -> list[Reply]:
        """`/checkin`, `/checkin 7`, `/checkin 7 tired` or `/checkin skip`."""
        args = turn.args
        if args and args[0].lower() == "skip":
            await self.svc.store.end_flow(turn.user.id, self.name)
            return [self._done(turn, None, None)]
        mood = parse_mood(args[0]) if args else None
        if mood is None:
            await restart(self.svc, turn, self.name)
            return [self._ask_mood(turn, retry=bool(args))]
        return await self._record(turn, mood, " ".join(args[1:]) or None)

    async def answer(self, turn: Turn, state: FlowState) -> list[Reply] | None:
        """A typed mood (step 0) or feeling word (step 1)."""
        if state.step == 0:
            mood = parse_mood(turn.text)
            if mood is None:
                return [self._ask_mood(turn, retry=True)]
            return await self._record(turn, mood, None)
        feeling = turn.text.strip()
        await self.svc.store.end_flow(turn.user.id, self.name)
        if is_skip_word(self.svc, turn):
            return [self._done(turn, state.data.get("mood"), None)]
        if len(feeling) > FEELING_MAX_CHARS or len(feeling.split()) > FEELING_MAX_WORDS:
            return None  # they are telling us more than a word: the companion listens
        await self.svc.store.set_checkin_feeling(turn.user.id, state.data["id"], feeling)
        return [self._done(turn, state.data.get("mood"), feeling)]

    def _ask_mood(self, turn: Turn, retry: bool = False) -> Reply:
        buttons = tuple(Button(str(n), f"/checkin {n}") for n in MOODS)
        text = self.svc.prompts.render("checkin", turn.locale, retry=retry)
        stop = stop_button(self.svc, turn.locale)
        return Reply(ReplyKind.CHECKIN, text, buttons=(*buttons, stop),
                     tags=frozenset({"ask_mood"}))

    async def _record(self, turn: Turn, mood: int, feeling: str | None) -> list[Reply]:
        store = self.svc.store
        if feeling is not None:
            feeling = feeling[:FEELING_MAX_CHARS]
        checkin_id = await store.add_checkin(turn.user.id, mood, feeling, self.svc.clock())
        if feeling is not None:
            await store.end_flow(turn.user.id, self.name)
            return [self._done(turn, mood, feeling)]
        await store.save_flow(turn.user.id, self.name, 1, {"id": checkin_id, "mood": mood})
        skip = Button(self.svc.prompts.label("skip", turn.locale), "/checkin skip")
        text = self.svc.prompts.render("checkin_feeling", turn.locale, mood=mood)
        return [Reply(ReplyKind.CHECKIN, text, buttons=(skip,), tags=frozenset({"ask_feeling"}))]

    def _done(self, turn: Turn, mood: int | None, feeling: str | None) -> Reply:
        label = self.svc.prompts.label
        text = self.svc.prompts.render("checkin_recorded", turn.locale, mood=mood,
                                       feeling=feeling)
        see = Button(label("mood", turn.locale), "/mood")
        return Reply(ReplyKind.CHECKIN, text, buttons=(see,), tags=frozenset({"recorded"}))


class Mood:
    """`/mood [days]`: the trend as a PNG chart with a text summary for screen readers."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    async def __call__(self, turn: Turn) -> list[Reply]:
        """Chart the check-ins and questionnaire scores of the last days (30 by default)."""
        svc = self.svc
        days = DEFAULT_DAYS
        if turn.args and turn.args[0].isdigit():
            days = max(1, min(MAX_DAYS, int(turn.args[0])))
        now = svc.clock()
        since = now - days * 86400
        checkins = await svc.store.checkins(turn.user.id, since)
        results = await svc.store.results(turn.user.id, since)
        if not checkins and not results:
            return [Reply(ReplyKind.MOOD, svc.prompts.render("mood_empty", turn.locale),
                          buttons=(Button(svc.prompts.label("checkin", turn.locale),
                                          "/checkin"),))]
        zone = user_zone(turn)
        summary = summarise(checkins, results, zone)
        text = svc.prompts.render("mood_summary", turn.locale, days=days, **summary)
        label = svc.prompts.label
        labels = ChartLabels(
            title=label("chart_title", turn.locale), mood=label("chart_mood", turn.locale),
            score=label("chart_score", turn.locale), phq9=label("chart_phq9", turn.locale),
            gad7=label("chart_gad7", turn.locale))
        start = datetime.fromtimestamp(since, UTC).astimezone(zone)
        end = datetime.fromtimestamp(now, UTC).astimezone(zone)
        png = await asyncio.to_thread(render_chart, checkins, results, zone, labels, start, end)
        image = Attachment(AttachmentKind.IMAGE, "mood.png", png, "image/png")
        return [Reply(ReplyKind.MOOD, text, attachment=image, tags=frozenset({"chart"}))]
