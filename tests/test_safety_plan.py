"""The Stanley–Brown safety plan: built step by step, kept, shown again, offered after a crisis."""

from __future__ import annotations

from bot.messages import ReplyKind
from handlers.safety_plan import STEPS
from tests.conftest import Chat, kinds


async def test_plan_is_built_step_by_step_and_shown_again(make_app):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/country GB")
    first = await chat.say("/safetyplan")
    assert kinds(first) == [ReplyKind.SAFETY_PLAN, ReplyKind.SAFETY_PLAN]
    assert "step:warning_signs" in first[-1].tags
    answers = {"warning_signs": "not sleeping, cancelling plans", "coping": "a long shower",
               "distractions": "the library", "people": "my sister Ana",
               "environment": "give the pills to Ana"}
    for step in STEPS:
        if step == "professionals":
            shown = await chat.press("/safetyplan skip")
            continue
        shown = await chat.say(answers[step])
        if step == "people":
            assert "step:professionals" in shown[0].tags
            assert "116 123" in shown[0].text  # the directory's lines are part of the plan
    assert "plan" in shown[0].tags
    user = await app.store.get_user("console", "alice-1")
    assert user is not None
    plan = await app.store.safety_plan(user.id)
    assert plan == answers
    again = await chat.say("/safetyplan")
    assert kinds(again) == [ReplyKind.SAFETY_PLAN] and "plan" in again[0].tags
    assert all(value in again[0].text for value in answers.values())
    assert "116 123" in again[0].text and "988" not in again[0].text


async def test_editing_keeps_skipped_steps(make_app):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/safetyplan")
    await chat.say("racing thoughts")
    for _ in STEPS[1:]:
        await chat.press("/safetyplan skip")
    edit = await chat.press("/safetyplan edit")
    assert "racing thoughts" in edit[-1].text  # each step shows what the plan says now
    await chat.say("Skip")  # typing the button's word works as well as pressing it
    await chat.say("music")
    user = await app.store.get_user("console", "alice-1")
    assert user is not None
    assert await app.store.safety_plan(user.id) == {"warning_signs": "racing thoughts",
                                                    "coping": "music"}


async def test_stop_then_resume(make_app):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    await chat.say("/safetyplan")
    await chat.say("feeling numb")
    assert kinds(await chat.say("stop")) == [ReplyKind.STOPPED]
    resumed = await chat.say("/safetyplan")
    assert "step:coping" in resumed[0].tags


async def test_crisis_reply_offers_a_plan_to_consenting_users_only(make_app):
    app = await make_app()
    stranger = Chat(app, user="bob-2")
    crisis = await stranger.say("I want to kill myself")
    assert crisis[0].kind == ReplyKind.CRISIS
    assert "/safetyplan" not in [b.action for b in crisis[0].buttons]
    chat = Chat(app)
    await chat.consent()
    crisis = await chat.say("I want to kill myself")
    assert [b.action for b in crisis[0].buttons] == ["/human", "/safetyplan"]
    assert "step:warning_signs" in (await chat.press("/safetyplan"))[-1].tags
