"""Every setting is documented in .env.example, and .env.example parses as valid settings."""

from __future__ import annotations

import re
from pathlib import Path

from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_in_env_example_and_nothing_else():
    text = (ROOT / ".env.example").read_text()
    documented = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", text, re.M))
    fields = {name.upper() for name in Settings.model_fields}
    assert documented == fields


def test_env_example_values_are_valid(tmp_path):
    Settings(_env_file=ROOT / ".env.example")  # type: ignore[call-arg]
