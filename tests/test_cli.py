"""The `carebridge` command as a user runs it: help, bad settings, and `chat --json`."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import db_holds
from tests.fakes.openai_api import FakeOpenAI

ROOT = Path(__file__).resolve().parent.parent
SETTING_NAMES = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "LLM_MODEL", "LLM_TIMEOUT", "DATABASE_PATH",
                 "DEFAULT_COUNTRY", "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "DISCORD_BOT_TOKEN",
                 "DISCORD_API_URL", "DISCORD_GATEWAY_URL", "MODERATOR_IDS")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SETTING_NAMES}
    env.update({"DATABASE_PATH": str(tmp_path / "cli.db"), "LOG_LEVEL": "WARNING",
                "PYTHONPATH": str(ROOT)})
    env.update(extra)
    return env


def _run(args: list[str], tmp_path: Path, stdin: str = "", **extra: str):
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=tmp_path, env=_env(tmp_path, **extra),
                          timeout=60)


@pytest.mark.parametrize("args", [
    [], ["chat"], ["run"], ["safety"], ["safety", "scan"], ["safety", "eval"],
    ["safety", "hotlines"], ["prompts"], ["prompts", "check"], ["prompts", "version"],
    ["prompts", "preview"], ["eval"], ["review"], ["review", "list"], ["review", "show"],
    ["review", "claim"], ["review", "resolve"], ["report"],
])
def test_help_on_every_subcommand(args, tmp_path):
    result = _run([*args, "--help"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "usage: carebridge" in result.stdout


def test_a_bad_setting_ends_with_one_line_naming_it(tmp_path):
    result = _run(["chat", "--json"], tmp_path, "hi\n", LLM_TIMEOUT="abc")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "LLM_TIMEOUT" in lines[0]
    assert "Traceback" not in result.stderr


def test_env_file_is_read(tmp_path):
    (tmp_path / ".env").write_text("DEFAULT_COUNTRY=not-a-country\n")
    result = _run(["chat", "--json"], tmp_path, "hi\n")
    assert result.returncode != 0 and "DEFAULT_COUNTRY" in result.stderr


async def _chat(tmp_path: Path, lines: list[str], **extra: str) -> tuple[list[dict], float, int]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", "--json", "--user", "cli-user",
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=tmp_path, env=_env(tmp_path, **extra))
    started = time.monotonic()
    out, err = await asyncio.wait_for(proc.communicate("\n".join(lines).encode() + b"\n"), 60)
    assert not err or b"Traceback" not in err, err.decode()
    return ([json.loads(line) for line in out.decode().splitlines()], time.monotonic() - started,
            proc.returncode or 0)


async def test_chat_json_scripted_conversation(tmp_path):
    async with FakeOpenAI() as fake:
        replies, _, code = await _chat(
            tmp_path, ["/start", "/agree", "I had a rough day at work"],
            OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="k")
    assert code == 0
    assert [r["kind"] for r in replies] == ["disclosure", "consent_request", "consent_recorded",
                                            "companion"]
    assert replies[1]["buttons"] == ["I agree", "No thanks"]
    assert replies[3]["text"] == fake.reply_text
    body = fake.requests[-1]
    system = (ROOT / "prompts/en/system.txt").read_text().splitlines()[1]
    assert system in body["messages"][0]["content"]
    assert body["messages"][-1]["content"] == "I had a rough day at work"


async def test_chat_json_button_pressed_by_hash_number_or_label(tmp_path):
    replies, _, _ = await _chat(tmp_path, ["/start", "#1", "/forget", "Yes, delete everything"])
    assert [r["kind"] for r in replies] == ["disclosure", "consent_request", "consent_recorded",
                                            "forget_confirm", "forgotten"]


async def test_chat_json_endpoint_down_gives_fallback_in_time(tmp_path):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", "--json", "--user", "cli-user",
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
        env=_env(tmp_path, OPENAI_BASE_URL="http://127.0.0.1:9/v1", LLM_TIMEOUT="3"))
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(b"/agree\n")
    await proc.stdin.drain()
    first = json.loads(await asyncio.wait_for(proc.stdout.readline(), 60))
    # timed from here, so a slow interpreter start on a busy machine does not count
    asked = time.monotonic()
    proc.stdin.write(b"I had a rough day at work\n")
    await proc.stdin.drain()
    second = json.loads(await asyncio.wait_for(proc.stdout.readline(), 60))
    elapsed = time.monotonic() - asked
    proc.stdin.close()
    assert await asyncio.wait_for(proc.wait(), 60) == 0
    assert [first["kind"], second["kind"]] == ["consent_recorded", "fallback"]
    assert elapsed < 3 + 1.5  # the LLM budget plus handling


async def test_chat_json_never_agreed_means_no_llm_call_and_no_text_stored(tmp_path):
    async with FakeOpenAI() as fake:
        replies, _, _ = await _chat(tmp_path, ["my neighbour Rumpelstilzchen is loud"],
                                    OPENAI_BASE_URL=fake.base_url)
    assert [r["kind"] for r in replies] == ["disclosure", "consent_request"]
    assert fake.requests == []
    assert db_holds(tmp_path / "cli.db", "Rumpelstilzchen") == []


async def test_chat_json_forget_leaves_no_row_with_the_user(tmp_path):
    async with FakeOpenAI() as fake:
        await _chat(tmp_path, ["/agree", "/country GB", "my dog Biscuit ran away",
                               "/forget confirm"], OPENAI_BASE_URL=fake.base_url)
    assert db_holds(tmp_path / "cli.db", "cli-user") == []
    assert db_holds(tmp_path / "cli.db", "Biscuit") == []
    con = sqlite3.connect(tmp_path / "cli.db")
    assert con.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0


async def test_chat_json_crisis_numbers_by_country(tmp_path):
    gb, _, _ = await _chat(tmp_path, ["I want to kill myself"], DATABASE_PATH=str(tmp_path / "g"))
    assert gb[0]["kind"] == "crisis"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", "--json", "--country", "GB",
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=tmp_path, env=_env(tmp_path, DATABASE_PATH=str(tmp_path / "gb.db")))
    out, _ = await proc.communicate(b"I want to kill myself\n")
    reply = json.loads(out.decode().splitlines()[0])
    assert reply["kind"] == "crisis" and "116 123" in reply["text"] and "988" not in reply["text"]


async def test_chat_json_self_care_tools_end_to_end(tmp_path):
    """The issue's check: PHQ-9 score and band, item 9 → crisis, /mood image, /export, /forget."""
    answers = ["2", "2", "1", "1", "0", "0", "1", "1", "Several days"]  # total 9: mild
    lines = ["/start", "/agree", "/checkin 4 low", "/checkin 6", "okay", "/phq9", *answers,
             "/mood", "/export", "/forget confirm"]
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", "--json", "--country", "GB", "--files",
        str(tmp_path / "out"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, cwd=tmp_path, env=_env(tmp_path))
    out, err = await asyncio.wait_for(proc.communicate("\n".join(lines).encode() + b"\n"), 60)
    assert proc.returncode == 0, err.decode()
    replies = [json.loads(line) for line in out.decode().splitlines()]
    kinds_seen = [r["kind"] for r in replies]
    at = kinds_seen.index("crisis")
    assert kinds_seen[at + 1] == "questionnaire"
    assert "116 123" in replies[at]["text"] and "988" not in replies[at]["text"]
    assert "9 out of 27" in replies[at + 1]["text"]
    mood = next(r for r in replies if r["kind"] == "mood")
    image = Path(mood["image"])
    data = image.read_bytes()
    assert image.parent == tmp_path / "out" and data[:8] == b"\x89PNG\r\n\x1a\n"
    exported = next(r for r in replies if r["kind"] == "export")
    tables = json.loads(Path(exported["file"]).read_text("utf-8"))["tables"]
    assert [(c["mood"], c["feeling"]) for c in tables["checkins"]] == [(4, "low"), (6, "okay")]
    assert [(q["score"], q["band"]) for q in tables["questionnaire_results"]] == [(9, "mild")]
    assert kinds_seen[-1] == "forgotten"
    con = sqlite3.connect(tmp_path / "cli.db")
    try:
        for table in ("checkins", "questionnaire_results", "users", "flows"):
            assert con.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,), table
    finally:
        con.close()
