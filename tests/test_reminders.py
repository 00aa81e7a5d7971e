"""Daily check-in reminders: local time and time zone, a controllable clock, restarts, delivery."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.app import build
from bot.messages import Platform, ReplyKind
from handlers.reminders import next_at, parse_time, zone_for_country
from tests.conftest import Chat, kinds, make_settings
from tests.fakes.telegram_api import FakeTelegram, running_bot

LONDON = ZoneInfo("Europe/London")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, when: datetime) -> None:
        self.now = when.timestamp()

    def set(self, when: datetime) -> None:
        self.now = when.timestamp()

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(("typed", "expected"), [
    ("20:00", clock_time(20, 0)), ("8:30", clock_time(8, 30)), ("8pm", clock_time(20, 0)),
    ("12am", clock_time(0, 0)), ("8.30am", clock_time(8, 30)), ("20h", clock_time(20, 0)),
    ("7", clock_time(7, 0)), ("24:00", None), ("13pm", None), ("tonight", None), ("9:75", None),
])
def test_parse_time(typed, expected) -> None:
    assert parse_time(typed) == expected


def test_next_at_follows_the_local_clock_across_dst() -> None:
    # Europe/London moves to BST on 2026-03-29: 20:00 local is 20:00 UTC before, 19:00 UTC after.
    before = datetime(2026, 3, 28, 21, 0, tzinfo=UTC).timestamp()
    first = next_at(clock_time(20, 0), LONDON, before)
    assert datetime.fromtimestamp(first, UTC) == datetime(2026, 3, 29, 19, 0, tzinfo=UTC)
    assert datetime.fromtimestamp(first, LONDON).hour == 20
    same_day = datetime(2026, 1, 10, 12, 0, tzinfo=UTC).timestamp()
    assert datetime.fromtimestamp(next_at(clock_time(20, 0), LONDON, same_day), UTC).day == 10


def test_zone_for_country_only_when_unambiguous() -> None:
    assert zone_for_country("GB") == "Europe/London"
    assert zone_for_country("DE") == "Europe/Berlin"
    assert zone_for_country("US") is None and zone_for_country(None) is None


async def test_remind_asks_for_a_zone_when_it_cannot_tell(make_app):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    replies = await chat.say("/remind 20:00")
    assert kinds(replies) == [ReplyKind.REMINDER]
    assert replies[0].text == app.services.prompts.render(
        "remind_usage", "en", problem="no_zone", time="20:00")
    bad = await chat.say("/remind 20:00 Mars/Olympus")
    assert bad[0].text == app.services.prompts.render("remind_usage", "en", problem="zone",
                                                      time="20:00")
    ok = await chat.say("/remind 8pm america/new_york")
    assert ok[0].text == app.services.prompts.render("remind_set", "en", time="20:00",
                                                     timezone="America/New_York")
    assert kinds(await chat.say("/remind 25:00")) == [ReplyKind.REMINDER]


async def test_reminder_fires_at_local_time_and_survives_a_restart(tmp_path):
    settings = make_settings(tmp_path)
    clock = Clock(datetime(2026, 6, 1, 12, 0, tzinfo=LONDON))
    app = await build(settings, clock=clock)
    chat = Chat(app)
    await chat.consent()
    await chat.say("/country GB")  # one time zone: Europe/London, no need to ask
    set_reply = await chat.say("/remind 20:00")
    assert set_reply[0].text == app.services.prompts.render(
        "remind_set", "en", time="20:00", timezone="Europe/London")
    clock.set(datetime(2026, 6, 1, 19, 59, tzinfo=LONDON))
    assert await app.reminders.due() == []
    await app.close()

    clock.set(datetime(2026, 6, 1, 20, 0, 20, tzinfo=LONDON))
    app = await build(settings, clock=clock)  # restarted just before the time
    try:
        due = await app.reminders.due()
        assert [r.kind for r in due] == [ReplyKind.REMINDER]
        assert due[0].target is not None and due[0].target.user_id == "alice-1"
        assert due[0].target.platform == Platform.CONSOLE
        assert [b.action for b in due[0].buttons] == ["/checkin"]
        assert await app.reminders.due() == []  # once a day
        clock.set(datetime(2026, 6, 2, 20, 0, 5, tzinfo=LONDON))
        assert len(await app.reminders.due()) == 1
        assert kinds(await Chat(app).say("/remind")) == [ReplyKind.REMINDER]
        assert kinds(await Chat(app).say("/remind off")) == [ReplyKind.REMINDER]
        clock.set(datetime(2026, 6, 3, 20, 0, 5, tzinfo=LONDON))
        assert await app.reminders.due() == []
    finally:
        await app.close()


async def test_no_reminder_after_withdrawing_consent_or_blocking(tmp_path):
    clock = Clock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
    app = await build(make_settings(tmp_path), clock=clock)
    try:
        alice, bob = Chat(app), Chat(app, user="bob-2")
        for chat in (alice, bob):
            await chat.consent()
            await chat.say("/remind 20:00 UTC")
        await bob.say("/decline")
        await app.store.set_active("console", "alice-1", False)  # blocked the bot
        clock.set(datetime(2026, 6, 1, 20, 1, tzinfo=UTC))
        assert await app.reminders.due() == []
        bob_user = await app.store.get_user("console", "bob-2")
        assert bob_user is not None and await app.store.reminder(bob_user.id) is None
    finally:
        await app.close()


async def test_a_reminder_missed_by_hours_is_skipped_not_sent_late(tmp_path):
    clock = Clock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
    app = await build(make_settings(tmp_path), clock=clock)
    try:
        chat = Chat(app)
        await chat.consent()
        await chat.say("/remind 20:00 UTC")
        clock.set(datetime(2026, 6, 2, 1, 0, tzinfo=UTC))  # the bot was down at 20:00
        assert await app.reminders.due() == []
        clock.set(datetime(2026, 6, 2, 20, 0, 1, tzinfo=UTC))
        assert len(await app.reminders.due()) == 1  # back on schedule the next day
    finally:
        await app.close()


async def test_reminder_is_sent_through_the_telegram_adapter(tmp_path: Path):
    async with FakeTelegram() as tg:
        settings = make_settings(tmp_path, telegram_bot_token=tg.token,
                                 telegram_api_url=tg.url)
        async with running_bot(settings) as (app, _adapter):
            since = tg.mark()
            tg.user_message(777, "/agree")
            await tg.wait_for("sendMessage", since=since)
            since = tg.mark()
            tg.user_message(777, "/remind 21:30 Europe/Berlin")
            await tg.wait_for("sendMessage", since=since)
            await tg.idle()
            user = await app.store.get_user("telegram", "777")
            assert user is not None
            await app.store.set_reminder(user.id, "21:30", "Europe/Berlin", time.time() - 5)
            since = tg.mark()
            assert await app.send_reminders() == 1
            call = await tg.wait_for("sendMessage", since=since)
            assert str(call.params["chat_id"]) == "777"
            assert call.params["text"] == app.services.prompts.render("reminder", "en")
