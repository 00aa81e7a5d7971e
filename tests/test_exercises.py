"""Breathing paced by timed messages, 5-4-3-2-1 grounding, and the CBT thought record."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

from bot.app import build
from bot.messages import Reply, ReplyKind
from handlers.exercises import PATTERNS, THOUGHT_STEPS
from tests.conftest import Chat, db_holds, kinds, make_settings


class Recorder:
    """Stands in for the outbox and the clock's sleep: keeps what was sent and every delay."""

    def __init__(self, block_after: int | None = None) -> None:
        self.sent: list[Reply] = []
        self.delays: list[float] = []
        self.block_after = block_after
        self.blocked = asyncio.Event()

    async def deliver(self, reply: Reply) -> None:
        self.sent.append(reply)

    async def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self.block_after is not None and len(self.delays) > self.block_after:
            self.blocked.set()
            await asyncio.Event().wait()  # hangs until the exercise is cancelled


def paced(app, recorder: Recorder) -> None:
    app.services.pacer.deliver = recorder.deliver
    app.services.pacer.sleep = recorder.sleep


async def test_breathe_offers_both_patterns(make_app):
    app = await make_app()
    replies = await Chat(app).say("/breathe")
    assert kinds(replies) == [ReplyKind.EXERCISE]
    assert [b.action for b in replies[0].buttons] == ["/breathe box", "/breathe 478"]


async def test_box_breathing_is_paced_step_by_step_in_the_users_dm(make_app):
    app = await make_app()
    recorder = Recorder()
    paced(app, recorder)
    intro = await Chat(app).say("/breathe box")  # works before consent: nothing is stored
    assert kinds(intro) == [ReplyKind.EXERCISE] and "box" in intro[0].tags
    await app.services.pacer.drain()
    box = PATTERNS["box"]
    steps = [r for r in recorder.sent if "breathe_step" in r.tags]
    assert len(steps) == len(box.phases) * box.rounds
    assert "breathe_done" in recorder.sent[-1].tags
    assert recorder.delays == [3.0] + [float(s) for _, s in box.phases] * box.rounds
    assert {r.target.user_id for r in recorder.sent if r.target} == {"alice-1"}
    assert recorder.sent[0].text == app.services.prompts.render(
        "breathe_step", "en", phase="in", seconds=4, round=1, rounds=4)


async def test_478_breathing_counts(make_app):
    app = await make_app()
    recorder = Recorder()
    paced(app, recorder)
    await Chat(app).press("/breathe 478")
    await app.services.pacer.drain()
    assert recorder.delays[1:4] == [4.0, 7.0, 8.0]
    assert len(recorder.sent) == 3 * 4 + 1


async def test_writing_anything_stops_the_pacing(make_app):
    app = await make_app()
    recorder = Recorder(block_after=2)
    paced(app, recorder)
    chat = Chat(app)
    await chat.say("/breathe box")
    await asyncio.wait_for(recorder.blocked.wait(), 5)
    assert app.services.pacer.pending("console:alice-1")
    await chat.say("/help")
    assert not app.services.pacer.pending("console:alice-1")
    await app.services.pacer.drain()
    assert len(recorder.sent) == 2  # nothing after the interruption


async def test_grounding_runs_before_consent_and_keeps_nothing(make_app, tmp_path):
    app = await make_app()
    chat = Chat(app)
    first = await chat.say("/grounding")
    assert kinds(first) == [ReplyKind.EXERCISE, ReplyKind.EXERCISE]
    assert "step:1" in first[-1].tags
    second = await chat.say("a green lamp-xyzzy and my cat")
    assert "step:2" in second[0].tags  # not the consent request
    for _ in range(3):
        await chat.press("/grounding next")
    done = await chat.say("mint tea")
    assert "grounding_done" in done[0].tags
    assert db_holds(tmp_path / "carebridge.db", "xyzzy") == []


async def test_thought_record_saved_when_asked(make_app, tmp_path):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    intro = await chat.say("/thought")
    assert "step:situation" in intro[-1].tags
    answers = {"situation": "meeting-q1 ran late", "thought": "they think I'm useless",
               "feeling": "ashamed", "intensity": "80", "evidence_for": "I stumbled once",
               "evidence_against": "my manager thanked me", "balanced": "one slip is not me",
               "new_intensity": "40%"}
    replies: list[Reply] = []
    for step in THOUGHT_STEPS:
        if step == "intensity":
            retry = await chat.say("very")
            assert "step:intensity" in retry[0].tags  # a number is needed here
        replies = await chat.say(answers[step])
    assert "summary" in replies[0].tags
    assert [b.action for b in replies[0].buttons] == ["/thought save", "/thought discard"]
    saved = await chat.press("/thought save")
    assert kinds(saved) == [ReplyKind.EXERCISE]
    user = await app.store.get_user("console", "alice-1")
    assert user is not None
    records = await app.store.thought_records(user.id)
    assert len(records) == 1
    assert records[0]["situation"] == "meeting-q1 ran late" and records[0]["intensity"] == 80
    assert records[0]["new_intensity"] == 40
    assert await app.store.get_flow(user.id, "thought") is None


async def test_thought_record_discarded_leaves_no_trace(make_app, tmp_path):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/thought")
    await chat.say("plugh-situation at the station")
    await chat.press("/thought skip")
    for _ in range(6):
        await chat.press("/thought skip")
    summary = await chat.press("/thought 50")  # the last step's intensity button
    assert "summary" in summary[0].tags
    assert db_holds(tmp_path / "carebridge.db", "plugh") != []  # waiting for the choice
    await chat.press("/thought discard")
    assert db_holds(tmp_path / "carebridge.db", "plugh") == []
    con = sqlite3.connect(Path(tmp_path / "carebridge.db"))
    try:
        assert con.execute("SELECT COUNT(*) FROM thought_records").fetchone() == (0,)
    finally:
        con.close()


async def test_a_flow_left_for_a_day_is_purged(tmp_path):
    offset = [0.0]
    app = await build(make_settings(tmp_path), clock=lambda: time.time() + offset[0])
    try:
        chat = Chat(app)
        await chat.consent()
        await chat.say("/thought")
        await chat.say("zorkmid situation")
        await app.purge()
        assert db_holds(tmp_path / "carebridge.db", "zorkmid") != []  # still fresh
        offset[0] = 25 * 3600
        await app.purge()
        assert db_holds(tmp_path / "carebridge.db", "zorkmid") == []
        user = await app.store.get_user("console", "alice-1")
        assert user is not None and user.flow is None
    finally:
        await app.close()
