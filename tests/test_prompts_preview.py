"""`prompts version` and `prompts preview`."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from bot.config import SHIPPED_PROMPTS
from bot.prompts import PromptSet
from bot.prompts_check import parse_var_args, run_preview, run_version


def preview(name: str, locale: str | None = None, root: Path = SHIPPED_PROMPTS,
            **variables: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_preview(root, name, locale, variables, out)
    return code, out.getvalue()


def test_version_is_the_set_hash(tmp_path: Path):
    out = io.StringIO()
    assert run_version(SHIPPED_PROMPTS, out) == 0
    assert out.getvalue() == PromptSet(SHIPPED_PROMPTS).hash + "\n"
    root = Path(shutil.copytree(SHIPPED_PROMPTS, tmp_path / "prompts"))
    (root / "en" / "help.txt").write_text("{# vars: #}\nchanged\n", "utf-8")
    out = io.StringIO()
    run_version(root, out)
    assert out.getvalue().strip() == PromptSet(root).hash != PromptSet(SHIPPED_PROMPTS).hash


def test_version_of_a_broken_set_fails(tmp_path: Path):
    root = Path(shutil.copytree(SHIPPED_PROMPTS, tmp_path / "prompts"))
    (root / "manifest.yaml").unlink()
    out = io.StringIO()
    assert run_version(root, out) == 1
    assert "manifest.yaml" in out.getvalue()


def test_preview_with_samples_and_a_yaml_override():
    code, text = preview("checkin_recorded", "en", mood="1", feeling="numb")
    assert code == 0
    assert text.startswith('Thanks for checking in ("numb"). That sounds like a hard moment.')
    assert "characters (limits: Discord 2,000 / Telegram 4,096)" in text


def test_preview_crisis_for_a_real_country_in_german():
    code, text = preview("crisis", "de", country="DE", imminent="true")
    assert code == 0
    assert "0800 111 0 111" in text
    assert "ruf bitte jetzt die 112 an" in text
    assert "988" not in text


def test_preview_crisis_not_imminent_in_spanish():
    code, text = preview("crisis", "es", country="ES", imminent="false")
    assert code == 0
    assert "024" in text
    assert "peligro inmediato" not in text


def test_unknown_template_is_exit_2():
    code, text = preview("no_such_template")
    assert code == 2
    assert "unknown template 'no_such_template'" in text
    assert "crisis" in text  # the known names are listed


def test_unknown_variable_is_exit_2():
    code, text = preview("checkin_recorded", "es", scor="1")
    assert code == 2
    assert "does not declare scor" in text


def test_missing_locale_falls_back_with_a_note():
    code, text = preview("help", "fr")
    assert code == 0
    assert text.startswith("(no 'fr' templates: showing en)")


def test_render_error_is_reported_with_file_and_line():
    code, text = preview("checkin_recorded", "en", mood="not-a-number")
    assert code == 1
    assert "checkin_recorded.txt:" in text


def test_parse_var_args():
    assert parse_var_args(["imminent=true", "text=a=b"]) == {"imminent": "true", "text": "a=b"}
    with pytest.raises(ValueError, match="expected key=value"):
        parse_var_args(["imminent"])
