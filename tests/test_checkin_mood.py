"""Mood check-ins and the /mood chart: what is stored, and a real PNG with a text summary."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.app import build
from bot.messages import AttachmentKind, ReplyKind
from bot.store import Checkin
from handlers.mood_chart import HEIGHT_PX, WIDTH_PX, summarise, trend
from tests.conftest import Chat, kinds, make_settings
from tests.media import png_size

DAY = 86400.0


def checkins(db: Path) -> list[tuple[int, str | None]]:
    con = sqlite3.connect(db)
    try:
        return list(con.execute("SELECT mood, feeling FROM checkins ORDER BY id"))
    finally:
        con.close()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


async def test_checkin_by_buttons_then_a_word(make_app, tmp_path):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    ask = await chat.say("/checkin")
    assert kinds(ask) == [ReplyKind.CHECKIN]
    assert [b.action for b in ask[0].buttons][:11] == [f"/checkin {n}" for n in range(11)]
    feeling = await chat.press("/checkin 7")
    assert "ask_feeling" in feeling[0].tags
    done = await chat.say("tired")
    assert "recorded" in done[0].tags and "/mood" in [b.action for b in done[0].buttons]
    assert checkins(tmp_path / "carebridge.db") == [(7, "tired")]


async def test_checkin_typed_values_and_skip(make_app, tmp_path):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/checkin")
    retry = await chat.say("eleven")
    assert "ask_mood" in retry[0].tags  # asked again, nothing stored
    await chat.say("3/10")
    await chat.say("skip")
    await chat.say("/checkin 9 calm and rested")
    assert checkins(tmp_path / "carebridge.db") == [(3, None), (9, "calm and rested")]


async def test_a_sentence_instead_of_a_word_goes_to_the_companion(make_app, tmp_path, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.consent()
    await chat.say("/checkin 4")
    replies = await chat.say("honestly it has been a long week and I can't sleep at all")
    assert kinds(replies) == [ReplyKind.COMPANION]
    assert checkins(tmp_path / "carebridge.db") == [(4, None)]  # the check-in itself is kept


async def test_checkin_needs_consent(make_app, tmp_path):
    app = await make_app()
    chat = Chat(app)
    assert kinds(await chat.say("/checkin 5"))[0] == ReplyKind.DISCLOSURE
    assert checkins(tmp_path / "carebridge.db") == []


def test_trend_needs_three_points_over_two_days() -> None:
    rising = [Checkin(m, None, i * DAY) for i, m in enumerate((2, 4, 6, 8))]
    assert trend(rising) == "up"
    assert trend(list(reversed([Checkin(c.mood, None, c.at) for c in rising]))) is None
    falling = [Checkin(m, None, i * DAY) for i, m in enumerate((8, 6, 4, 2))]
    assert trend(falling) == "down"
    assert trend([Checkin(5, None, i * DAY) for i in range(5)]) == "steady"
    assert trend(rising[:2]) is None
    assert trend([Checkin(m, None, i * 60.0) for i, m in enumerate((1, 5, 9))]) is None


def test_summary_figures() -> None:
    points = [Checkin(m, f, i * DAY) for i, (m, f) in enumerate(((2, None), (6, "ok"), (7, None)))]
    s = summarise(points, [], ZoneInfo("UTC"))
    assert (s["count"], s["average"], s["lowest"], s["highest"], s["latest"]) == (3, 5.0, 2, 7, 7)
    assert s["latest_date"] == "1970-01-03" and s["phq9"] is None


async def test_mood_chart_is_a_png_of_the_expected_size_with_scores(tmp_path):
    clock = Clock(1_795_000_000.0)
    app = await build(make_settings(tmp_path), clock=clock)
    try:
        chat = Chat(app)
        await chat.consent()
        for mood in (3, 5, 6, 8):
            await chat.say(f"/checkin {mood} fine")
            clock.now += DAY
        await chat.say("/gad7")
        for _ in range(7):
            await chat.say("1")
        replies = await chat.say("/mood")
        assert kinds(replies) == [ReplyKind.MOOD]
        chart = replies[0].attachment
        assert chart is not None and chart.kind == AttachmentKind.IMAGE
        assert chart.mime == "image/png" and chart.filename.endswith(".png")
        assert png_size(chart.data) == (WIDTH_PX, HEIGHT_PX)
        user = await app.store.get_user("console", "alice-1")
        assert user is not None
        expected = summarise(await app.store.checkins(user.id), await app.store.results(user.id),
                             ZoneInfo("UTC"))
        assert expected["trend"] == "up" and expected["gad7"]["score"] == 7
        assert replies[0].text == app.services.prompts.render("mood_summary", "en", days=30,
                                                              **expected)
    finally:
        await app.close()


async def test_mood_without_data_says_how_to_start(make_app):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    replies = await chat.say("/mood")
    assert kinds(replies) == [ReplyKind.MOOD] and replies[0].attachment is None
    assert [b.action for b in replies[0].buttons] == ["/checkin"]
