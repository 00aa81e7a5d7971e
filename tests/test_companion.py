"""The companion: streamed LLM replies, history, and a kind fallback on every failure."""

from __future__ import annotations

import time

import pytest

from bot.messages import ReplyKind
from tests.conftest import Chat, kinds
from tests.fakes.openai_api import Fault


async def test_reply_is_what_the_endpoint_streamed_with_the_system_prompt(make_app, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.consent()
    replies = await chat.say("I had a rough day at work")
    assert kinds(replies) == [ReplyKind.COMPANION]
    assert replies[0].text == fake_llm.reply_text
    body = fake_llm.requests[-1]
    assert body["stream"] is True
    system = app.services.prompts.render("system", "en", country_name=None, preferred_name=None,
                                         intake_reason=None, intake_goals=None)
    assert body["messages"][0] == {"role": "system", "content": system}
    assert body["messages"][-1] == {"role": "user", "content": "I had a rough day at work"}


async def test_history_is_sent_and_capped(make_app, fake_llm):
    app = await make_app(fake_llm, history_turns=4)
    chat = Chat(app)
    await chat.consent()
    for n in range(4):
        await chat.say(f"message number {n}")
    messages = fake_llm.requests[-1]["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user", "assistant",
                                             "user"]
    assert messages[1]["content"] == "message number 1"
    user = await app.store.get_user("console", "alice-1")
    assert len(await app.store.recent_turns(user.id, 100, 0)) == 4


async def test_drafts_stream_before_the_final_reply(make_app, fake_llm):
    fake_llm.chunk_delay = 0.1
    fake_llm.reply_text = "One two three four five six seven eight nine ten eleven twelve."
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.consent()
    replies = await chat.say("tell me something")
    assert replies[-1].text == fake_llm.reply_text
    assert len(chat.drafts) >= 2
    assert all(fake_llm.reply_text.startswith(d) for d in chat.drafts)


@pytest.mark.parametrize("fault", [
    Fault(status=500),
    Fault(status=429, retry_after=0.1),
    Fault(delay=10),
    Fault(cut_after=2),
    Fault(content_filter=True),
], ids=["5xx", "429", "timeout", "broken-stream", "content-filter"])
async def test_every_llm_failure_gives_a_kind_fallback_in_time(make_app, fake_llm, fault):
    fake_llm.always = fault
    app = await make_app(fake_llm, llm_timeout=2.0)
    chat = Chat(app)
    await chat.consent()
    started = time.monotonic()
    replies = await chat.say("I had a rough day at work")
    assert time.monotonic() - started < 2.0 + 2
    assert kinds(replies) == [ReplyKind.FALLBACK]
    assert "/sos" in replies[0].text
    user = await app.store.get_user("console", "alice-1")
    assert await app.store.recent_turns(user.id, 10, 0) == [("user", "I had a rough day at work")]


async def test_a_429_then_success_is_retried_by_the_client(make_app, fake_llm):
    fake_llm.faults = [Fault(status=429, retry_after=0.1)]
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.consent()
    assert kinds(await chat.say("hello")) == [ReplyKind.COMPANION]
    assert len(fake_llm.requests) == 2


async def test_endpoint_down_gives_fallback_within_timeout(make_app):
    app = await make_app(openai_base_url="http://127.0.0.1:9/v1", llm_timeout=2.0)
    chat = Chat(app)
    await chat.consent()
    started = time.monotonic()
    assert kinds(await chat.say("hello")) == [ReplyKind.FALLBACK]
    assert time.monotonic() - started < 4.0


async def test_no_endpoint_configured_says_so_and_the_rest_works(make_app):
    app = await make_app()
    chat = Chat(app)
    await chat.consent()
    assert kinds(await chat.say("hello")) == [ReplyKind.NOT_CONFIGURED]
    assert kinds(await chat.say("/sos")) == [ReplyKind.CRISIS]
    assert kinds(await chat.say("/breathe")) == [ReplyKind.EXERCISE]


async def test_one_users_messages_are_handled_in_order(make_app, fake_llm):
    import asyncio

    fake_llm.chunk_delay = 0.05
    fake_llm.script = lambda body: "re: " + body["messages"][-1]["content"]
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.consent()
    results = await asyncio.gather(*(chat.say(f"m{n}") for n in range(4)))
    assert [r[0].text for r in results] == [f"re: m{n}" for n in range(4)]
    user = await app.store.get_user("console", "alice-1")
    texts = [t for role, t in await app.store.recent_turns(user.id, 20, 0) if role == "user"]
    assert texts == ["m0", "m1", "m2", "m3"]


async def test_an_invented_phone_number_never_reaches_the_user(make_app, fake_llm):
    fake_llm.reply_text = "That sounds so hard. You could call a helpline on 0800 555 0199 now."
    fake_llm.chunk_delay = 0.05
    app = await make_app(fake_llm, default_country="GB")
    chat = Chat(app)
    await chat.consent()
    replies = await chat.say("everything is too much lately")
    shown = [r.text for r in replies] + chat.drafts
    assert kinds(replies) == [ReplyKind.COMPANION]
    assert not any("0800 555 0199" in text for text in shown)
    assert "116 123" in replies[0].text  # the directory's number instead


async def test_a_method_draft_is_blocked_and_replaced(make_app, fake_llm):
    fake_llm.reply_text = "A lethal dose of paracetamol is about 20 tablets."
    app = await make_app(fake_llm, moderation_telegram_chat_id="-100")
    chat = Chat(app)
    await chat.consent()
    replies = await chat.say("how are you")
    assert kinds(replies) == [ReplyKind.GUARDED]
    assert "paracetamol" not in replies[0].text
    assert [c.reason for c in await app.store.list_cases()] == ["guard"]
