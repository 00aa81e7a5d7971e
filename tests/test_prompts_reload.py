"""Live reload: a good edit goes live with a new hash; a broken one is refused, the old stays."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
from pathlib import Path

import pytest

from bot.config import SHIPPED_PROMPTS
from bot.prompts import Prompts
from bot.prompts_check import check_set


@pytest.fixture
def prompts(tmp_path: Path) -> Prompts:
    """A live set over a private copy of the shipped prompts, gated by the checker."""
    root = shutil.copytree(SHIPPED_PROMPTS, tmp_path / "prompts")
    return Prompts(Path(root), checker=check_set)


def write(path: Path, text: str) -> None:
    """Write a file and move its mtime on, as a slow editor would."""
    path.write_text(text, "utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_good_edit_goes_live_with_a_new_hash(prompts: Prompts, caplog):
    seen = prompts.fingerprint()
    old = prompts.hash
    write(prompts.root / "en" / "welcome_back.txt", "{# vars: #}\nGood to see you again.\n")
    with caplog.at_level(logging.INFO, logger="bot.prompts"):
        seen = prompts.poll(seen)
    assert prompts.hash != old
    assert prompts.render("welcome_back", "en") == "Good to see you again."
    assert f"prompts reloaded: hash {prompts.hash}" in caplog.text
    assert prompts.poll(seen) == seen  # nothing changed: nothing reloaded


def test_syntax_error_is_refused_and_the_old_set_stays(prompts: Prompts, caplog):
    seen = prompts.fingerprint()
    old = prompts.hash
    before = prompts.render("help", "de")
    path = prompts.root / "de" / "help.txt"
    write(path, "{# vars: #}\nHallo\n{% if %}\n")
    with caplog.at_level(logging.WARNING, logger="bot.prompts"):
        prompts.poll(seen)
    assert prompts.hash == old
    assert prompts.render("help", "de") == before
    refused = [r for r in caplog.records if "reload refused" in r.getMessage()]
    assert len(refused) == 1
    assert refused[0].getMessage().startswith(f"prompts reload refused: {path}:3: ")


def test_checker_problem_is_refused(prompts: Prompts, caplog):
    seen = prompts.fingerprint()
    old = prompts.hash
    path = prompts.root / "es" / "welcome_back.txt"
    write(path, "{# vars: #}\nHola {{ nombre }}.\n")
    with caplog.at_level(logging.WARNING, logger="bot.prompts"):
        prompts.poll(seen)
    assert prompts.hash == old
    assert f"prompts reload refused: {path}:2: variable 'nombre'" in caplog.text


def test_deleting_a_required_template_is_refused(prompts: Prompts, caplog):
    seen = prompts.fingerprint()
    old = prompts.hash
    (prompts.root / "de" / "crisis.txt").unlink()
    with caplog.at_level(logging.WARNING, logger="bot.prompts"):
        prompts.poll(seen)
    assert prompts.hash == old
    assert "crisis.txt:1: required template is missing" in caplog.text


async def test_watch_reloads_in_the_background(prompts: Prompts):
    old = prompts.hash
    task = asyncio.create_task(prompts.watch(interval=0.02))
    try:
        await asyncio.sleep(0.05)
        write(prompts.root / "en" / "breathe.txt", "{# vars: #}\nBreathe with me.\n")
        for _ in range(200):
            if prompts.hash != old:
                break
            await asyncio.sleep(0.01)
        assert prompts.hash != old
        assert prompts.render("breathe", "en") == "Breathe with me."
        good = prompts.hash
        write(prompts.root / "en" / "breathe.txt", "{# vars: #}\n{{ broken\n")
        await asyncio.sleep(0.1)
        assert prompts.hash == good  # still the last good set, and still watching
        write(prompts.root / "en" / "breathe.txt", "{# vars: #}\nFixed.\n")
        for _ in range(200):
            if prompts.hash != good:
                break
            await asyncio.sleep(0.01)
        assert prompts.render("breathe", "en") == "Fixed."
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
