"""Crisis replies through the pipeline: before consent, with the LLM down, by country."""

from __future__ import annotations

from bot.messages import ReplyKind
from tests.conftest import Chat, db_holds, kinds

CRISIS = "I want to kill myself"


async def test_crisis_before_consent_gets_help_first_and_keeps_only_the_excerpt(
        make_app, fake_llm, tmp_path):
    app = await make_app(fake_llm)
    chat = Chat(app, user="u-crisis")
    replies = await chat.say(CRISIS)
    assert kinds(replies) == [ReplyKind.CRISIS]
    assert fake_llm.requests == []
    held = db_holds(tmp_path / "carebridge.db", CRISIS)
    assert [table for table, _ in held] == ["cases"]
    events = await app.store.list_cases()
    assert len(events) == 1 and events[0].reason == "crisis"


async def test_crisis_reply_is_unchanged_with_the_llm_endpoint_down(make_app):
    up = await make_app(openai_base_url="http://127.0.0.1:9/v1")
    down_chat = Chat(up, user="u1")
    await down_chat.say("/country GB")
    replies = await down_chat.say(CRISIS)
    assert kinds(replies) == [ReplyKind.CRISIS]
    assert "116 123" in replies[0].text


async def test_crisis_numbers_follow_the_country(make_app, fake_llm):
    app = await make_app(fake_llm)
    gb, us, nowhere = Chat(app, user="gb"), Chat(app, user="us"), Chat(app, user="nowhere")
    await gb.say("/country GB")
    await us.say("/country US")
    gb_text = (await gb.say(CRISIS))[0].text
    us_text = (await us.say(CRISIS))[0].text
    none_text = (await nowhere.say(CRISIS))[0].text
    assert "116 123" in gb_text and "988" not in gb_text
    assert "988" in us_text
    assert "findahelpline.com" in none_text and "/country" in none_text and "988" not in none_text


async def test_second_crisis_message_gets_a_reminder_and_full_block_when_risk_rises(
        make_app, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.say("/country GB")
    first = await chat.say(CRISIS)
    again = await chat.say("I really want to die")
    assert kinds(first) == kinds(again) == [ReplyKind.CRISIS]
    assert "full" in first[0].tags and "reminder" in again[0].tags
    assert "116 123" in again[0].text
    assert len(again[0].text) < len(first[0].text)
    rises = await chat.say("I have the pills in my hand and I'm going to take them all tonight")
    assert kinds(rises) == [ReplyKind.CRISIS]
    assert "full" in rises[0].tags and "imminent" in rises[0].tags
    assert rises[0].text.index("999") < rises[0].text.index("116 123")


async def test_consenting_users_conversation_goes_on_with_a_crisis_aware_prompt(
        make_app, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.consent()
    await chat.say(CRISIS)
    assert fake_llm.requests == []
    assert kinds(await chat.say("I don't know what to do")) == [ReplyKind.COMPANION]
    crisis_mode = app.services.prompts.render("crisis_mode", "en")
    assert crisis_mode in fake_llm.requests[-1]["messages"][0]["content"]


async def test_user_without_consent_gets_a_scripted_supportive_message_after_a_crisis(
        make_app, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.say(CRISIS)
    replies = await chat.say("i dont know")
    assert kinds(replies) == [ReplyKind.NEEDS_CONSENT]
    assert "crisis_support" in replies[0].tags
    assert fake_llm.requests == []


async def test_sos_works_with_and_without_consent(make_app, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.say("/country US")
    assert kinds(await chat.say("/sos")) == [ReplyKind.CRISIS]
    await chat.consent()
    assert "988" in (await chat.say("/sos"))[0].text


async def test_spanish_crisis_reply_shows_hours_in_spanish(make_app, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app, user="es-it", locale="es")
    await chat.say("/country IT")
    first = await chat.say("quiero suicidarme")
    assert kinds(first) == [ReplyKind.CRISIS] and "full" in first[0].tags
    text = first[0].text
    # Telefono Amico Italia (Italy's one suicide/crisis line in the directory) is not 24/7.
    assert "02 2327 2327 · todos los días de 10:00 a 24:00" in text
    assert "daily" not in text and "10:00-24:00" not in text
    again = await chat.say("de verdad quiero morir")
    assert "reminder" in again[0].tags
    assert "(todos los días de 10:00 a 24:00)" in again[0].text


async def test_german_sos_shows_per_channel_hours_in_german(make_app, fake_llm):
    app = await make_app(fake_llm)
    chat = Chat(app, user="de-at", locale="de")
    await chat.say("/country AT")
    text = (await chat.say("/sos"))[0].text
    assert "Telefon rund um die Uhr, Chat täglich 16:00–23:00 Uhr" in text
    assert "phone" not in text and "daily" not in text
