"""`/forget confirm` deletes every row about a user, for real."""

from __future__ import annotations

from bot.messages import ReplyKind
from tests.conftest import Chat, db_holds, kinds


async def test_forget_removes_every_trace_of_the_user(make_app, fake_llm, tmp_path):
    app = await make_app(fake_llm, moderation_telegram_chat_id="-100")
    chat = Chat(app, user="zebra-4242")
    other = Chat(app, user="other-7")
    await chat.consent()
    await other.consent()
    await chat.say("/country DE")
    await chat.say("my cat is called Marmalade")
    await chat.say("I want to kill myself")
    await chat.say("/human")
    await other.say("hello from someone else")
    db = tmp_path / "carebridge.db"
    assert db_holds(db, "Marmalade") and db_holds(db, "zebra-4242")

    assert kinds(await chat.say("/forget")) == [ReplyKind.FORGET_CONFIRM]
    assert db_holds(db, "Marmalade")
    assert kinds(await chat.say("/forget confirm")) == [ReplyKind.FORGOTTEN]

    user = await app.store.get_user("console", "zebra-4242")
    assert user is None
    for needle in ("zebra-4242", "Marmalade", "kill myself"):
        assert db_holds(db, needle) == [], needle
    # the anonymous record stays, so counts stay right
    cases = await app.store.list_cases()
    assert len(cases) == 1 and cases[0].user_id is None and cases[0].excerpt is None
    assert db_holds(db, "hello from someone else")
    raw = db.read_bytes() + (db.with_suffix(".db-wal").read_bytes()
                             if db.with_suffix(".db-wal").exists() else b"")
    assert b"Marmalade" not in raw


async def test_after_forget_the_user_starts_fresh(make_app, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.consent()
    await chat.say("/forget confirm")
    assert kinds(await chat.say("hi")) == [ReplyKind.DISCLOSURE, ReplyKind.CONSENT_REQUEST]
