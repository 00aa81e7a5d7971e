"""`prompts check`: every problem of a template folder as `file:line: problem`."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from bot.config import SHIPPED_PROMPTS
from bot.prompts import PromptSet
from bot.prompts_check import REQUIRED, REQUIRED_LABELS, SAMPLES, check_set, run_check

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A private copy of the shipped prompts folder."""
    return Path(shutil.copytree(SHIPPED_PROMPTS, tmp_path / "prompts"))


def check(root: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_check(root, out)
    return code, out.getvalue().splitlines()


def edit(path: Path, line: int, text: str) -> None:
    """Insert `text` as line number `line` (1-based) of a file."""
    lines = path.read_text("utf-8").splitlines()
    lines.insert(line - 1, text)
    path.write_text("\n".join(lines) + "\n", "utf-8")


def test_the_shipped_set_is_clean():
    code, lines = check(SHIPPED_PROMPTS)
    assert code == 0, "\n".join(lines)
    assert lines[-1].startswith("ok: ")
    assert {"en", "es", "de"} <= set(PromptSet(SHIPPED_PROMPTS).locales)


def test_undeclared_variable_names_file_and_line(root: Path):
    edit(root / "en" / "help.txt", 3, "Hello {{ nickname }}!")
    code, lines = check(root)
    assert code == 1
    assert f"{root / 'en' / 'help.txt'}:3: variable 'nickname' is used but not declared" \
        in "\n".join(lines)


def test_unused_declared_variable(root: Path):
    path = root / "es" / "welcome_back.txt"
    path.write_text(path.read_text("utf-8").replace("{# vars: #}", "{# vars: name #}"), "utf-8")
    code, lines = check(root)
    assert code == 1
    text = "\n".join(lines)
    assert f"{path}:1: variable 'name' is declared but never used" in text
    assert f"{path}:1: vars header (name) differs from welcome_back.txt in en" in text


def test_missing_locale_file(root: Path):
    (root / "es" / "breathe.txt").unlink()
    code, lines = check(root)
    assert code == 1
    assert f"{root / 'es' / 'breathe.txt'}:1: required template is missing" in lines


def test_phone_number_in_a_template(root: Path):
    edit(root / "de" / "fallback.txt", 3, "Ruf die TelefonSeelsorge an: 0800 111 0 111.")
    code, lines = check(root)
    assert code == 1
    assert any(line.startswith(f"{root / 'de' / 'fallback.txt'}:3: phone number '0800 111 0 111'")
               for line in lines), lines


def test_988_in_a_template_is_caught_and_112_is_allowed(root: Path):
    edit(root / "es" / "guarded.txt", 2, "Si estás en peligro, llama al 988 o al 112.")
    code, lines = check(root)
    assert code == 1
    flagged = [line for line in lines if "phone number" in line]
    assert flagged == [f"{root / 'es' / 'guarded.txt'}:2: phone number '988' in the text: numbers "
                       "come only from the hotline directory (safety/hotlines.yaml) via variables"]


def test_phone_number_in_a_label(root: Path):
    path = root / "en" / "labels.yaml"
    path.write_text(path.read_text("utf-8").replace('human: "Talk to a person"',
                                                    'human: "Call 116 123"'), "utf-8")
    code, lines = check(root)
    assert code == 1
    assert any(re.match(rf"{re.escape(str(path))}:\d+: phone number '116 123' in label 'human'",
                        line) for line in lines), lines


def test_too_long_after_rendering(root: Path):
    path = root / "en" / "welcome_back.txt"
    path.write_text("{# vars: #}\n" + "Welcome back, it is lovely to see you again. " * 50,
                    "utf-8")
    code, lines = check(root)
    assert code == 1
    assert any(line.startswith(f"{path}:1: renders to 2,") and "Discord's 2,000" in line
               for line in lines), lines


def test_crisis_block_with_four_long_services_fits_discord(root: Path):
    prompt_set = PromptSet(root)
    services = SAMPLES["services"][0]
    assert len(services) == 4
    for locale in prompt_set.locales:
        text = prompt_set.render("crisis", locale, imminent=True, emergency="112",
                                 services=services, country_known=True,
                                 country_name=SAMPLES["country_name"][0],
                                 findahelpline_url="https://findahelpline.com",
                                 categories=["suicide"], group=False)
        assert all(s["name"] in text for s in services)
        assert len(text) <= 2000


def test_syntax_errors_are_reported_for_every_broken_file(root: Path):
    edit(root / "en" / "help.txt", 2, "{% if %}")
    edit(root / "de" / "help.txt", 4, "{{ unclosed ")
    code, lines = check(root)
    assert code == 1
    assert any(line.startswith(f"{root / 'en' / 'help.txt'}:2: ") for line in lines), lines
    assert any(line.startswith(f"{root / 'de' / 'help.txt'}:") for line in lines), lines


def test_missing_vars_header(root: Path):
    path = root / "es" / "forgotten.txt"
    path.write_text("Hecho.\n", "utf-8")
    code, lines = check(root)
    assert code == 1
    assert f"{path}:1: missing '{{# vars: ... #}}' header" in lines


def test_labels_must_have_the_same_keys_in_every_locale(root: Path):
    es = root / "es" / "labels.yaml"
    es.write_text(es.read_text("utf-8").replace('decline: "No, gracias"\n', ""), "utf-8")
    de = root / "de" / "labels.yaml"
    de.write_text(de.read_text("utf-8") + 'extra_button: "Noch einer"\n', "utf-8")
    code, lines = check(root)
    assert code == 1
    assert f"{es}:1: label 'decline' is missing" in lines
    extra_line = len(de.read_text("utf-8").splitlines())
    assert f"{de}:{extra_line}: label 'extra_button' is not in en/labels.yaml" in lines


def test_a_new_variable_needs_a_sample(root: Path):
    path = root / "en" / "welcome_back.txt"
    path.write_text("{# vars: streak_days #}\nWelcome back! {{ streak_days }} days.\n", "utf-8")
    for locale in ("es", "de"):
        (root / locale / "welcome_back.txt").write_text(
            "{# vars: streak_days #}\n{{ streak_days }}\n", "utf-8")
    code, lines = check(root)
    assert code == 1
    assert f"{path}:1: variable 'streak_days' has no sample value: add one to SAMPLES in " \
           "bot/prompts_check.py" in lines


def test_disclosure_version_must_be_in_the_manifest(root: Path):
    manifest = root / "manifest.yaml"
    manifest.write_text("default_locale: en\n", "utf-8")
    code, lines = check(root)
    assert code == 1
    assert f"{manifest}:1: disclosure_version is missing" in lines


def test_misspelt_template_in_a_locale(root: Path):
    (root / "de" / "welcom_back.txt").write_text("{# vars: #}\nHallo\n", "utf-8")
    code, lines = check(root)
    assert code == 1
    assert any("welcom_back.txt:1: no template 'welcom_back' in en" in line for line in lines)


def test_check_set_is_empty_for_the_shipped_set():
    assert check_set(PromptSet(SHIPPED_PROMPTS)) == []


def test_required_lists_every_template_and_label_the_code_uses():
    source = "\n".join(p.read_text("utf-8") for folder in ("bot", "handlers")
                       for p in (REPO / folder).rglob("*.py"))
    rendered = set(re.findall(r"render\(\s*\"([a-z_]+)\"", source))
    rendered |= set(re.findall(r"(?:simple|_mod_reply|_to_user)\([^\"]*\"([a-z_]+)\"", source))
    rendered |= set(re.findall(r"user_notice = \"([a-z_]+)\"", source))
    assert rendered, "no render calls found: has the code moved?"
    assert rendered <= set(REQUIRED), sorted(rendered - set(REQUIRED))
    labels = set(re.findall(r"label\(\s*\"([a-z_0-9]+)\"", source))
    assert labels <= set(REQUIRED_LABELS) | set(PromptSet(SHIPPED_PROMPTS).labels["en"])
    shipped = {name for (loc, name) in PromptSet(SHIPPED_PROMPTS).templates if loc == "en"}
    assert set(REQUIRED) <= shipped
