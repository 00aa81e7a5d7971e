"""The optional second opinion adds recall, within its budget; failures keep the local verdict."""

from __future__ import annotations

import time

from bot.messages import ReplyKind
from tests.conftest import Chat, kinds

# oblique enough that the local detector misses it (the learned layer caught the earlier example,
# "the quiet would be nice, a long sleep and nobody waiting for anything", in session 8)
OBLIQUE = "i keep thinking about a long sleep where nobody needs anything from me"


def _flag_oblique(text: str) -> set[str]:
    return {"self-harm/intent"} if "long sleep" in text else set()


async def test_moderation_flag_turns_a_missed_message_into_a_crisis_reply(make_app, fake_llm):
    fake_llm.flagged = _flag_oblique
    app = await make_app(fake_llm, safety_second_opinion="moderation", default_country="GB")
    chat = Chat(app)
    await chat.consent()
    replies = await chat.say(OBLIQUE)
    assert kinds(replies) == [ReplyKind.CRISIS] and "116 123" in replies[0].text
    assert fake_llm.moderation_requests[-1]["input"] == OBLIQUE
    assert kinds(await chat.say("I had pasta for dinner")) == [ReplyKind.COMPANION]


async def test_no_second_opinion_before_consent_or_when_off(make_app, fake_llm):
    fake_llm.flagged = _flag_oblique
    app = await make_app(fake_llm, safety_second_opinion="moderation")
    await Chat(app, user="new").say(OBLIQUE)
    assert fake_llm.moderation_requests == []  # nothing leaves the machine before consent
    off = await make_app(fake_llm, database_path=app.settings.database_path.with_name("o.db"))
    chat = Chat(off)
    await chat.consent()
    assert kinds(await chat.say(OBLIQUE)) == [ReplyKind.COMPANION]
    assert fake_llm.moderation_requests == []


async def test_a_slow_or_failing_second_opinion_leaves_the_local_verdict(make_app, fake_llm):
    fake_llm.flagged = _flag_oblique
    fake_llm.moderation_delay = 5
    app = await make_app(fake_llm, safety_second_opinion="moderation",
                         safety_second_opinion_timeout=0.5)
    chat = Chat(app)
    await chat.consent()
    started = time.monotonic()
    assert kinds(await chat.say(OBLIQUE)) == [ReplyKind.COMPANION]
    assert time.monotonic() - started < 4
    assert kinds(await chat.say("I want to kill myself")) == [ReplyKind.CRISIS]  # local, at once


async def test_classifier_opinion_uses_the_template_and_parses_json(make_app, fake_llm):
    def answer(body):
        if body["messages"][0]["content"].startswith("You are a safety classifier"):
            crisis = "long sleep" in body["messages"][-1]["content"]
            return '{"crisis": %s, "category": "suicide"}' % ("true" if crisis else "false")
        return "I'm listening."
    fake_llm.script = answer
    app = await make_app(fake_llm, safety_second_opinion="classifier")
    chat = Chat(app)
    await chat.consent()
    assert kinds(await chat.say(OBLIQUE)) == [ReplyKind.CRISIS]
    assert kinds(await chat.say("just a normal tuesday")) == [ReplyKind.COMPANION]
