"""PHQ-9 and GAD-7: published scoring, one item at a time, resuming, and item 9's crisis flow."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.app import build
from bot.messages import ReplyKind
from handlers.questionnaires import GAD7, PHQ9, Instrument, band, score
from tests.conftest import Chat, kinds, make_settings

# Every band edge of the published tables (Kroenke 2001; Spitzer 2006).
PHQ9_EDGES = [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
              (14, "moderate"), (15, "moderately_severe"), (19, "moderately_severe"),
              (20, "severe"), (27, "severe")]
GAD7_EDGES = [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
              (14, "moderate"), (15, "severe"), (21, "severe")]


def answers_for(instrument: Instrument, total: int, item9: int = 0) -> list[int]:
    """Answers adding up to `total`, filled from the first item (item 9 fixed when asked)."""
    answers = [0] * instrument.items
    fixed = instrument is PHQ9 and item9
    if fixed:
        answers[8] = item9
        total -= item9
    for i in range(instrument.items - (1 if fixed else 0)):
        answers[i] = min(3, total)
        total -= answers[i]
    assert total == 0
    return answers


@pytest.mark.parametrize(("total", "expected"), PHQ9_EDGES)
def test_phq9_band_edges(total: int, expected: str) -> None:
    assert score(PHQ9, answers_for(PHQ9, total)) == total
    assert band(PHQ9, total) == expected


@pytest.mark.parametrize(("total", "expected"), GAD7_EDGES)
def test_gad7_band_edges(total: int, expected: str) -> None:
    assert score(GAD7, answers_for(GAD7, total)) == total
    assert band(GAD7, total) == expected


def test_scoring_refuses_impossible_answers() -> None:
    with pytest.raises(ValueError):
        score(PHQ9, [1] * 8)
    with pytest.raises(ValueError):
        score(GAD7, [4, 0, 0, 0, 0, 0, 0])
    with pytest.raises(ValueError):
        band(GAD7, 22)


def results(db: Path) -> list[tuple[str, int, str]]:
    con = sqlite3.connect(db)
    try:
        return list(con.execute("SELECT instrument, score, band FROM questionnaire_results"))
    finally:
        con.close()


@pytest.mark.parametrize(("total", "expected"), PHQ9_EDGES[1:-1:2])
async def test_phq9_typed_answers_give_the_score_and_band(make_app, tmp_path, total, expected):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    first = await chat.say("/phq9")
    assert kinds(first) == [ReplyKind.QUESTIONNAIRE, ReplyKind.QUESTIONNAIRE]
    assert "item:1" in first[-1].tags
    assert [b.action for b in first[-1].buttons][:4] == [f"/phq9 1={o}" for o in range(4)]
    replies = []
    for value in answers_for(PHQ9, total):
        replies = await chat.say(str(value))
    assert kinds(replies) == [ReplyKind.QUESTIONNAIRE]
    assert {"result", f"band:{expected}"} <= replies[0].tags
    assert replies[0].text == app.services.prompts.render(
        "phq9_result", "en", score=total, max_score=27, band=expected)
    assert results(tmp_path / "carebridge.db") == [("phq9", total, expected)]


async def test_gad7_by_buttons_and_option_words(make_app, tmp_path):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/gad7")
    for number in range(1, 7):
        await chat.press(f"/gad7 {number}=2")
    last = await chat.say("nearly every day")  # an option's words work as well as its number
    assert {"result", "band:severe"} <= last[0].tags
    assert results(tmp_path / "carebridge.db") == [("gad7", 15, "severe")]


@pytest.mark.parametrize("item9", [1, 2, 3])
async def test_item9_above_not_at_all_starts_the_crisis_flow(make_app, tmp_path, item9):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/country GB")
    await chat.say("/phq9")
    for _ in range(8):
        await chat.say("0")
    option = app.services.prompts.label(f"freq_{item9}", "en")
    replies = await chat.say(option)
    assert kinds(replies) == [ReplyKind.CRISIS, ReplyKind.QUESTIONNAIRE]  # whatever the total
    assert "116 123" in replies[0].text and "988" not in replies[0].text
    assert "/safetyplan" in [b.action for b in replies[0].buttons]
    con = sqlite3.connect(tmp_path / "carebridge.db")
    try:
        assert list(con.execute("SELECT source, level FROM safety_events")) == [
            ("phq9_item9", "crisis")]
        assert list(con.execute("SELECT reason, severity, category FROM cases")) == [
            ("phq9_item9", "high", "suicide")]
        assert con.execute("SELECT COUNT(*) FROM crisis_state").fetchone() == (1,)
    finally:
        con.close()
    assert results(tmp_path / "carebridge.db") == [("phq9", item9, "minimal")]


async def test_item9_not_at_all_is_no_crisis(make_app):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/phq9")
    replies = []
    for value in [3, 3, 3, 3, 3, 3, 3, 3, 0]:
        replies = await chat.say(str(value))
    assert kinds(replies) == [ReplyKind.QUESTIONNAIRE]
    assert "band:moderately_severe" not in replies[0].tags and "band:severe" in replies[0].tags


async def test_stop_and_resume_even_after_a_restart(tmp_path, fake_llm):
    settings = make_settings(tmp_path, openai_base_url=fake_llm.base_url, openai_api_key="k")
    app = await build(settings)
    chat = Chat(app)
    await chat.consent()
    await chat.say("/phq9")
    for value in (1, 2, 3, 0):
        await chat.say(str(value))
    assert kinds(await chat.say("/stop")) == [ReplyKind.STOPPED]
    assert kinds(await chat.say("I'd rather just talk for a bit")) == [ReplyKind.COMPANION]
    await app.close()

    app = await build(settings)  # a restart: the progress is in the database
    try:
        chat = Chat(app)
        resumed = await chat.say("/phq9")
        assert kinds(resumed) == [ReplyKind.QUESTIONNAIRE] and "item:5" in resumed[0].tags
        stale = await chat.press("/phq9 2=3")  # a button from an earlier question
        assert "item:5" in stale[0].tags
        retry = await chat.say("maybe?")
        assert "item:5" in retry[0].tags
        for value in (1, 1, 1, 1, 1):
            replies = await chat.say(str(value))
        assert replies[0].kind == ReplyKind.CRISIS  # item 9 was "several days"
        assert results(tmp_path / "carebridge.db") == [("phq9", 11, "moderate")]
        again = await chat.say("/phq9")
        assert "item:1" in again[-1].tags  # a finished questionnaire starts afresh
    finally:
        await app.close()


async def test_questionnaires_need_consent(make_app, tmp_path):
    app = await make_app()
    chat = Chat(app)
    assert kinds(await chat.say("/phq9")) == [ReplyKind.DISCLOSURE, ReplyKind.CONSENT_REQUEST]
    assert results(tmp_path / "carebridge.db") == []


async def test_a_crisis_typed_mid_questionnaire_pauses_it(make_app):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/gad7")
    await chat.say("1")
    assert kinds(await chat.say("I want to kill myself")) == [ReplyKind.CRISIS]
    user = await app.store.get_user("console", "alice-1")
    assert user is not None and user.flow is None  # paused: "2" is no longer an answer
    saved = await app.store.get_flow(user.id, "gad7")
    assert saved is not None and saved.step == 1


async def test_a_button_from_a_finished_questionnaire_starts_a_fresh_one(make_app):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/gad7")
    for _ in range(7):
        await chat.say("0")
    fresh = await chat.press("/gad7 7=1")
    assert "item:1" in fresh[-1].tags
    assert "item:2" in (await chat.say("1"))[0].tags  # typed answers are taken again
