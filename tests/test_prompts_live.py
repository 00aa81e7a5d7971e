"""Templates while the bot runs: edits reach the LLM without a restart; broken edits do not;
every reply records the hash of the template set that produced it."""

from __future__ import annotations

import asyncio
import io
import shutil
from pathlib import Path

from bot.config import SHIPPED_PROMPTS
from bot.prompts_check import run_version
from tests.conftest import Chat


async def _wait_for_hash_change(app, old: str, timeout: float = 8.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while app.services.prompts.hash == old:
        assert asyncio.get_running_loop().time() < deadline, "the edit was not picked up"
        await asyncio.sleep(0.2)


async def test_system_prompt_edit_reaches_the_llm_without_restart(make_app, fake_llm, tmp_path):
    live = tmp_path / "prompts"
    shutil.copytree(SHIPPED_PROMPTS, live)
    app = await make_app(fake_llm, prompts_dir=live)
    app.start_background()
    chat = Chat(app)
    await chat.consent()
    await chat.say("hello")
    assert "Be extra gentle today." not in fake_llm.requests[-1]["messages"][0]["content"]

    system = live / "en" / "system.txt"
    old = app.services.prompts.hash
    system.write_text(system.read_text() + "\nBe extra gentle today.\n")
    await _wait_for_hash_change(app, old)
    await chat.say("hello again")
    assert "Be extra gentle today." in fake_llm.requests[-1]["messages"][0]["content"]

    good = app.services.prompts.hash
    system.write_text(system.read_text() + "\n{{ undefined_variable }}\n")
    await asyncio.sleep(3.5)  # more than one polling interval
    assert app.services.prompts.hash == good
    await chat.say("and again")
    assert "Be extra gentle today." in fake_llm.requests[-1]["messages"][0]["content"]


async def test_a_replys_stored_hash_matches_prompts_version(make_app, fake_llm, tmp_path: Path):
    app = await make_app(fake_llm)
    chat = Chat(app)
    await chat.consent()
    await chat.say("hello")
    user = await app.store.get_user("console", "alice-1")
    out = io.StringIO()
    assert run_version(app.settings.prompts_dir, out) == 0
    assert await app.store.last_reply_hash(user.id) == out.getvalue().strip()
