"""Consent and disclosure: first contact, agreement, refusal, and version changes."""

from __future__ import annotations

from bot.messages import ReplyKind
from tests.conftest import Chat, db_holds, kinds


async def test_start_gives_disclosure_and_consent_request_with_two_buttons(make_app, fake_llm):
    app = await make_app(fake_llm)
    replies = await Chat(app).say("/start")
    assert kinds(replies) == [ReplyKind.DISCLOSURE, ReplyKind.CONSENT_REQUEST]
    assert [b.action for b in replies[1].buttons] == ["/agree", "/decline"]
    assert "AI" in replies[0].text and "/sos" in replies[0].text


async def test_any_first_message_gets_the_disclosure_and_nothing_is_stored(
        make_app, fake_llm, tmp_path):
    app = await make_app(fake_llm)
    replies = await Chat(app).say("hello, my secret-word is pineapple")
    assert kinds(replies) == [ReplyKind.DISCLOSURE, ReplyKind.CONSENT_REQUEST]
    assert fake_llm.requests == []
    assert db_holds(tmp_path / "carebridge.db", "pineapple") == []


async def test_agree_by_button_records_consent_with_the_disclosure_version(make_app, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.say("/start")
    assert kinds(await chat.press("/agree")) == [ReplyKind.CONSENT_RECORDED]
    user = await app.store.get_user("console", "alice-1")
    assert user is not None and user.consent == "agreed"
    assert user.consent_version == app.services.prompts.current.disclosure_version
    assert kinds(await chat.say("I had a rough day at work")) == [ReplyKind.COMPANION]


async def test_decline_is_respected_and_sos_still_works(make_app, fake_llm, tmp_path):
    app = await make_app(fake_llm)
    chat = Chat(app)
    assert kinds(await chat.say("/decline")) == [ReplyKind.CONSENT_DECLINED]
    assert kinds(await chat.say("can we talk about my sister")) == [ReplyKind.NEEDS_CONSENT]
    assert kinds(await chat.say("/sos")) == [ReplyKind.CRISIS]
    assert kinds(await chat.say("/start")) == [ReplyKind.DISCLOSURE, ReplyKind.CONSENT_REQUEST]
    assert fake_llm.requests == []
    assert db_holds(tmp_path / "carebridge.db", "my sister") == []


async def test_a_new_disclosure_version_asks_again(make_app, fake_llm, tmp_path):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.consent()
    user = await app.store.get_user("console", "alice-1")
    await app.store.set_consent(user.id, "agreed", "an-older-version")
    assert kinds(await chat.say("hi again")) == [ReplyKind.DISCLOSURE, ReplyKind.CONSENT_REQUEST]
    await chat.consent()
    assert kinds(await chat.say("hi again")) == [ReplyKind.COMPANION]


async def test_typed_and_pressed_buttons_are_equivalent(make_app, fake_llm):
    app = await make_app(fake_llm)
    typed, pressed = Chat(app, user="typed"), Chat(app, user="pressed")
    assert kinds(await typed.say("/forget")) == kinds(await pressed.press("/forget"))
    assert kinds(await typed.say("/forget confirm")) == [ReplyKind.FORGOTTEN]
    assert kinds(await pressed.press("/forget confirm")) == [ReplyKind.FORGOTTEN]
