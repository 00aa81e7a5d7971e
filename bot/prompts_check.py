"""Checks a template set before it goes live: syntax, variables, locales, labels, lengths, numbers.

Every problem is one line `file:line: problem`. `check_set` runs on a loaded `PromptSet` (the live
reload uses it as its gate); `run_check` also reports files that stop the set from loading at all.

Sample values: every variable a template declares needs an entry in `SAMPLES` below (a missing
sample is itself a problem). The first value of each entry is the default; further values are
alternatives that are tried one variable at a time, so each branch of an `{% if %}` gets rendered
and measured. Add a realistic, long-ish value for any new variable.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import yaml
from jinja2 import TemplateSyntaxError, meta
from jinja2.exceptions import TemplateError

from bot.prompts import (
    LABELS_FILE,
    MANIFEST_FILE,
    TEMPLATE_SUFFIX,
    PromptError,
    PromptSet,
    Template,
    declared_vars,
    make_environment,
)
from safety.hotlines import DayRange, Hours, Period
from safety.phones import find_phone_numbers

# Every template the code renders (grep `render(` in bot/ and handlers/); each must exist in every
# locale. A test keeps this list in step with the code.
REQUIRED = (
    "system", "crisis_mode", "disclosure", "consent_request", "consent_recorded",
    "consent_declined", "needs_consent", "welcome_back", "fallback", "not_configured",
    "guarded", "help", "privacy", "export", "forget_confirm", "forgotten", "country_set",
    "country_invalid", "unknown_command", "non_text", "too_long", "group_redirect", "crisis",
    "crisis_reminder", "crisis_support", "hours", "breathe", "checkin", "checkin_recorded",
    "checkin_feeling", "mood_empty", "mood_summary", "breathe_intro", "breathe_step",
    "breathe_done", "grounding_intro", "grounding_step", "grounding_done", "thought_intro",
    "thought_step", "thought_summary", "thought_saved", "safety_plan_intro", "safety_plan_step",
    "safety_plan", "remind_status", "remind_set", "remind_off", "remind_usage", "reminder",
    "intake_intro", "intake_step", "intake_done", "stopped", "phq9_intro", "phq9_item",
    "phq9_result", "gad7_intro", "gad7_item", "gad7_result",
    "human_requested", "human_no_team", "human_timeout", "handoff_started", "handoff_ended",
    "from_moderator", "mod_alert", "mod_cases", "mod_done", "mod_no_case", "mod_refused",
    "mod_usage", "mod_user_message", "dm_invite", "send_failed", "risk_classifier",
)  # fmt: skip

# Every label the code asks for (`label("...")`); each must exist in every locale's labels.yaml.
REQUIRED_LABELS = (
    "agree", "decline", "forget_confirm", "human", "claim", "takeover", "release", "resolve",
    "stop", "skip", "next", "save", "discard", "checkin", "mood", "safety_plan", "edit_plan",
    "intake", "breathe_box", "breathe_478", "freq_0", "freq_1", "freq_2", "freq_3",
    "chart_title", "chart_mood", "chart_score", "chart_phq9", "chart_gad7",
)  # fmt: skip

# Prompts for the model, never sent to a chat: no message length limit applies.
MODEL_PROMPTS = frozenset({"system", "crisis_mode"})

# Message limits of the platforms we send to (characters).
LIMITS = {"Discord": 2000, "Telegram": 4096}
LABEL_LIMIT = 80  # Discord button labels; Telegram's are longer

# Numbers allowed in template text: 112 reaches emergency services from mobiles in most of the
# world and is the one number the crisis text may name when the person's country is unknown.
ALLOWED_NUMBERS: frozenset[str] = frozenset()

_LONG_SERVICES: list[dict[str, Any]] = [
    {
        "name": "TelefonSeelsorge – Evangelische und Katholische Telefonseelsorge Deutschland",
        "phone": "0800 111 0 111", "sms": None, "sms_keyword": None,
        "chat_url": "https://online.telefonseelsorge.de/chat-beratung/anmeldung",
        "web_url": "https://www.telefonseelsorge.de",
        "hours": "Telefon rund um die Uhr, Chat Mo–Fr 09:30–17:00 Uhr und Sa 10:00–24:00 Uhr",
        "free": True,
    },
    {
        "name": "TelefonSeelsorge (second number, also free and anonymous, round the clock)",
        "phone": "0800 111 0 222", "sms": "85258", "sms_keyword": "SHOUTTEXT",
        "chat_url": "https://www.telefonseelsorge.de/chat-und-mail-beratung",
        "web_url": None, "hours": "", "free": True,
    },
    {
        "name": "Nummer gegen Kummer – Kinder- und Jugendtelefon und Elterntelefon",
        "phone": "116 111", "sms": None, "sms_keyword": None,
        "chat_url": "https://www.nummergegenkummer.de/onlineberatung",
        "web_url": None,
        "hours": "de lunes a sábado de 14:00 a 20:00 y lunes, miércoles y jueves de 10:00 a 12:00",
        "free": True,
    },
    {
        "name": "Hilfetelefon Gewalt gegen Frauen – bundesweites Beratungsangebot",
        "phone": "116 016", "sms": "116016", "sms_keyword": None,
        "chat_url": "https://www.hilfetelefon.de/das-hilfetelefon/beratung/chat-beratung.html",
        "web_url": None, "hours": "rund um die Uhr", "free": True,
    },
]

_LONG_EXCERPT = (
    "I don't know how to say this but everything has been falling apart for months now and "
    "tonight I keep thinking that nobody would even notice if I was gone. " * 4
).strip()

# User data (export, relayed messages) is as long as the person made it: adapters split long
# messages. The samples here are typical sizes, so the check measures the template's own text.
_EXPORT_DATA = yaml.safe_dump(
    {
        "user": {"platform": "telegram", "country": "GB", "locale": "en", "consent": "agreed"},
        "turns": [
            {"role": "user" if i % 2 == 0 else "assistant", "text": "A typical message " * 6}
            for i in range(6)
        ],
        "safety_events": [{"kind": "message", "level": "crisis"}] * 3,
        "cases": [{"id": 12, "state": "resolved"}],
    },
    sort_keys=False,
)

# A typical free-text answer (a thought record's step, a safety plan's step, an intake answer).
_ANSWER = ("When I notice I'm staying in bed all day and not answering my phone, and I start "
           "thinking that nothing will ever change.")
_RECORD = {"situation": _ANSWER, "thought": _ANSWER, "feeling": "ashamed", "intensity": 85,
           "evidence_for": _ANSWER, "evidence_against": _ANSWER, "balanced": _ANSWER,
           "new_intensity": 40}
_PLAN = {"warning_signs": _ANSWER, "coping": _ANSWER, "distractions": _ANSWER,
         "people": _ANSWER, "professionals": _ANSWER, "environment": _ANSWER}
_COUNTS = {"users": 1, "consents": 1, "turns": 20, "replies": 412, "safety_events": 7,
           "crisis_state": 1, "cases": 3, "checkins": 120, "questionnaire_results": 9,
           "thought_records": 4, "safety_plans": 1, "reminders": 1, "profiles": 1, "flows": 1,
           "something_new": 2}

# Opening hours for hours.txt: per channel with several periods (the longest), 24/7, one weekday
# period, several periods, unknown, and per channel with one channel unknown.
_HOURS = (
    Hours(channels=(
        ("phone", Hours(always=True)),
        ("sms", Hours(periods=(Period((DayRange("mon", "fri"),), "09:30", "17:00"),))),
        ("chat", Hours(periods=(Period((DayRange("mon", "fri"), DayRange("sun", "sun")), "18:00",
                                       "02:00"),
                                Period((), "10:00", "24:00")))),
    )),
    Hours(always=True),
    Hours(periods=(Period((DayRange("mon", "fri"),), "09:30", "17:00"),)),
    Hours(periods=(Period((DayRange("mon", "sat"),), "14:00", "20:00"),
                   Period((DayRange("mon", "mon"), DayRange("wed", "wed"), DayRange("thu", "thu")),
                          "10:00", "12:00"))),
    Hours(),
    Hours(channels=(("phone", Hours(always=True)), ("chat", Hours()))),
)

# Sample values by variable name; the first is the default, the rest are alternatives.
SAMPLES: dict[str, list[Any]] = {
    # hours (one helpline's opening hours, rendered into each service's "hours" phrase)
    "hours": [h.template_vars() for h in _HOURS],
    # crisis / crisis_reminder
    "imminent": [True, False],
    "emergency": ["112", None],
    "services": [_LONG_SERVICES, []],
    "country_known": [True, False],
    "country_name": ["United Kingdom of Great Britain and Northern Ireland", None],
    "findahelpline_url": ["https://findahelpline.com"],
    "categories": [["suicide", "self_harm"], ["abuse"], ["harm_to_others"],
                   ["medical_emergency"]],
    "group": [False, True],
    # commands and consent
    "code": ["GB"],
    "history_turns": [20],
    "history_hours": [24],
    "score": [2, 3, 5],
    "command": ["averyveryverylongcommandnamethatdoesnotexist"],
    "limit": [4000],
    "data": [_EXPORT_DATA],
    "consent": ["agreed", "declined", None],
    "consent_version": ["2026-11-23"],
    "country": ["GB", None],
    "turns": [20],
    "cases": [3, 0],
    "safety_events": [7],
    # moderators and handoff
    "text": [_LONG_EXCERPT],
    "case_id": [12345],
    "platform": ["telegram"],
    "handle": ["telegram user #a1b2c3d4e5"],
    "severity": ["imminent"],
    "category": ["medical_emergency"],
    "reason": ["crisis"],
    "state": ["claimed", "open"],
    "taken_over": [True, False],
    "moderator": ["discord:123456789012345678", ""],
    "excerpt": [_LONG_EXCERPT[:500], ""],
    "flags": [4, 1],
    "opened": ["2026-11-23 21:04 UTC"],
    "action": ["takeover"],
    # questionnaires, check-ins and the mood chart
    "items": [9],
    "number": [1],
    "total": [9],
    "resumed": [False, True],
    "retry": [False, True],
    "max_score": [27],
    "band": ["moderately_severe", "minimal", "mild", "moderate", "severe"],
    "mood": [2, 0, 10, 5, None],
    "feeling": ["exhausted", None],
    "days": [30],
    "count": [14, 1, 0],
    "average": [5.4, None],
    "lowest": [1],
    "highest": [9],
    "latest": [6],
    "latest_date": ["2026-11-23"],
    "latest_feeling": ["hopeful", None],
    "trend": ["down", "up", "steady", None],
    "phq9": [{"score": 14, "band": "moderate", "count": 2, "date": "2026-11-20"}, None],
    "gad7": [{"score": 21, "band": "severe", "count": 12, "date": "2026-11-21"}, None],
    # exercises
    "pattern": ["box", "478"],
    "phase": ["in", "hold", "out", "hold_empty"],
    "seconds": [8, 4],
    "round": [1, 4],
    "rounds": [4],
    "steps": [5],
    "record": [_RECORD, dict.fromkeys(_RECORD)],
    "saved": [True, False],
    # safety plan, reminders, intake, export
    "editing": [False, True],
    "current": [_ANSWER, None],
    "plan": [_PLAN, dict.fromkeys(_PLAN)],
    "finished": [True, False],
    "time": ["20:00", None],
    "timezone": ["America/Argentina/ComodRivadavia", None],
    "had": [True, False],
    "problem": ["time", "zone", "no_zone"],
    "counts": [_COUNTS, dict.fromkeys(_COUNTS, 0)],
    "records": [{"checkins": 40, "results": 6, "thought_records": 3, "safety_plan": 1,
                 "reminder": 1, "profile": 1},
                {"checkins": 0, "results": 0, "thought_records": 0, "safety_plan": 0,
                 "reminder": 0, "profile": 0}],
    "preferred_name": ["Sam", None],
    "intake_reason": [_ANSWER, None],
    "intake_goals": [_ANSWER, None],
}
# mod_cases takes a list of case rows, not a count: keyed by template where a name means two things.
TEMPLATE_SAMPLES: dict[str, dict[str, list[Any]]] = {
    "phq9_item": {"number": list(range(1, 10)), "total": [9]},
    "gad7_item": {"number": list(range(1, 8)), "total": [7], "items": [7]},
    "gad7_intro": {"items": [7]},
    "gad7_result": {"max_score": [21], "band": ["severe", "minimal", "mild", "moderate"]},
    "phq9_result": {"score": [27, 0, 14]},
    "grounding_step": {"count": [5, 4, 3, 2, 1], "step": [1, 5]},
    "thought_step": {"step": ["situation", "thought", "feeling", "intensity", "evidence_for",
                              "evidence_against", "balanced", "new_intensity"],
                     "number": [1, 8], "total": [8]},
    "safety_plan_step": {"step": ["professionals", "warning_signs", "coping", "distractions",
                                  "people", "environment"], "number": [5, 1], "total": [6]},
    "intake_step": {"step": ["reason", "goals", "name", "country"], "number": [1, 4],
                    "total": [4]},
    "mod_cases": {
        "cases": [
            [
                {"id": 1000 + i, "state": "claimed", "severity": "imminent",
                 "category": "medical_emergency", "handle": "telegram user #a1b2c3d4e5",
                 "taken_over": True}
                for i in range(20)
            ],
            [],
        ]
    }
}


def check_set(prompt_set: PromptSet) -> list[str]:
    """Every problem in the set as `file:line: problem`; empty when it is fit to go live."""
    problems: list[str] = []
    problems += _check_manifest(prompt_set)
    for (_locale, _name), tpl in sorted(prompt_set.templates.items()):
        problems += _check_variables(prompt_set, tpl)
        problems += _check_numbers(tpl.path, tpl.source)
    problems += _check_locales(prompt_set)
    problems += _check_labels(prompt_set)
    problems += _check_lengths(prompt_set)
    return problems


def scan_files(root: Path) -> list[str]:
    """Problems that stop a folder from loading, file by file (all of them, not just the first)."""
    root = Path(root)
    problems: list[str] = []
    env = make_environment()
    manifest = root / MANIFEST_FILE
    if not manifest.is_file():
        problems.append(f"{manifest}:1: manifest.yaml is missing")
    else:
        problems += _yaml_problem(manifest)
    for path in sorted(root.glob(f"*/*{TEMPLATE_SUFFIX}")):
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{path}:1: not UTF-8 text")
            continue
        if declared_vars(text) is None:
            problems.append(f"{path}:1: missing '{{# vars: ... #}}' header")
        try:
            env.parse(text)
        except TemplateSyntaxError as exc:
            problems.append(f"{path}:{exc.lineno}: {exc.message}")
    for path in sorted(root.glob(f"*/{LABELS_FILE}")):
        problems += _yaml_problem(path)
    return problems


def run_check(root: Path, out: TextIO) -> int:
    """Print every problem of the folder as `file:line: problem`; 0 when clean, 1 otherwise."""
    try:
        prompt_set = PromptSet(Path(root))
    except PromptError as exc:
        problems = scan_files(Path(root)) or str(exc).splitlines()
    else:
        problems = check_set(prompt_set)
    for line in problems:
        out.write(line + "\n")
    if problems:
        out.write(f"{len(problems)} problem(s)\n")
        return 1
    out.write(f"ok: {len(prompt_set.templates)} templates in {len(prompt_set.locales)} "
              f"locale(s) ({', '.join(prompt_set.locales)}), hash {prompt_set.hash}\n")
    return 0


def sample_values(name: str) -> dict[str, Any]:
    """The default sample value of every variable (for previews)."""
    values = {var: options[0] for var, options in SAMPLES.items()}
    for var, options in TEMPLATE_SAMPLES.get(name, {}).items():
        values[var] = options[0]
    return values


def variants(tpl: Template) -> Iterator[dict[str, Any]]:
    """Sample variable sets for one template: the defaults, then one alternative at a time."""
    options = {v: _options(tpl.name, v) for v in tpl.declared}
    if any(not opts for opts in options.values()):
        return
    base = {v: opts[0] for v, opts in options.items()}
    yield base
    for var, opts in options.items():
        for alt in opts[1:]:
            yield {**base, var: alt}
    if tpl.name == "crisis":  # the widest full block: every line listed, imminent, one person
        yield {**base, "imminent": True, "group": False, "country_known": True,
               "services": _LONG_SERVICES}


def _options(template: str, var: str) -> list[Any]:
    return TEMPLATE_SAMPLES.get(template, {}).get(var) or SAMPLES.get(var) or []


def _yaml_problem(path: Path) -> list[str]:
    try:
        yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        return [f"{path}:{line}: invalid YAML"]
    except UnicodeDecodeError:
        return [f"{path}:1: not UTF-8 text"]
    return []


def _check_manifest(ps: PromptSet) -> list[str]:
    path = ps.root / MANIFEST_FILE
    problems = []
    if not str(ps.manifest.get("disclosure_version") or "").strip():
        problems.append(f"{path}:1: disclosure_version is missing")
    if "default_locale" not in ps.manifest:
        problems.append(f"{path}:1: default_locale is missing")
    return problems


def _check_variables(ps: PromptSet, tpl: Template) -> list[str]:
    problems = []
    used = meta.find_undeclared_variables(ps.env.parse(tpl.source))
    for var in sorted(used - set(tpl.declared)):
        problems.append(f"{tpl.path}:{_line_of(ps, tpl.source, var)}: variable '{var}' is used "
                        "but not declared in the vars header")
    for var in sorted(set(tpl.declared) - used):
        problems.append(f"{tpl.path}:1: variable '{var}' is declared but never used")
    for var in tpl.declared:
        if not _options(tpl.name, var):
            problems.append(f"{tpl.path}:1: variable '{var}' has no sample value: add one to "
                            "SAMPLES in bot/prompts_check.py")
    base = ps.templates.get((ps.default_locale, tpl.name))
    if base is not None and base is not tpl and set(base.declared) != set(tpl.declared):
        problems.append(f"{tpl.path}:1: vars header ({', '.join(tpl.declared) or 'none'}) differs "
                        f"from {base.path.name} in {ps.default_locale} "
                        f"({', '.join(base.declared) or 'none'})")
    return problems


def _check_numbers(path: Path, text: str) -> list[str]:
    problems = []
    for match in find_phone_numbers(text):
        if match.digits in ALLOWED_NUMBERS:
            continue
        line = text.count("\n", 0, match.start) + 1
        problems.append(f"{path}:{line}: phone number '{match.raw}' in the text: numbers come "
                        "only from the hotline directory (safety/hotlines.yaml) via variables")
    return problems


def _check_locales(ps: PromptSet) -> list[str]:
    problems = []
    for locale in ps.locales:
        for name in REQUIRED:
            if (locale, name) not in ps.templates:
                path = ps.root / locale / (name + TEMPLATE_SUFFIX)
                problems.append(f"{path}:1: required template is missing")
        for (loc, name), tpl in sorted(ps.templates.items()):
            if loc == locale and locale != ps.default_locale and \
                    (ps.default_locale, name) not in ps.templates:
                problems.append(f"{tpl.path}:1: no template '{name}' in {ps.default_locale}: "
                                "misspelt name?")
    return problems


def _check_labels(ps: PromptSet) -> list[str]:
    problems = []
    default = ps.labels.get(ps.default_locale, {})
    for locale in ps.locales:
        path = ps.root / locale / LABELS_FILE
        labels = ps.labels.get(locale)
        if labels is None:
            problems.append(f"{path}:1: labels.yaml is missing")
            continue
        text = path.read_text("utf-8")
        expected = set(default) if locale != ps.default_locale else set(REQUIRED_LABELS)
        if locale == ps.default_locale:
            expected |= set(REQUIRED_LABELS)
        for key in sorted(expected - set(labels)):
            problems.append(f"{path}:1: label '{key}' is missing")
        if locale != ps.default_locale:
            for key in sorted(set(labels) - set(default)):
                problems.append(f"{path}:{_key_line(text, key)}: label '{key}' is not in "
                                f"{ps.default_locale}/{LABELS_FILE}")
        for key, value in labels.items():
            line = _key_line(text, key)
            if not value.strip():
                problems.append(f"{path}:{line}: label '{key}' is empty")
            elif len(value) > LABEL_LIMIT:
                problems.append(f"{path}:{line}: label '{key}' is {len(value)} characters "
                                f"(buttons allow {LABEL_LIMIT})")
            for match in find_phone_numbers(value):
                if match.digits not in ALLOWED_NUMBERS:
                    problems.append(f"{path}:{line}: phone number '{match.raw}' in label '{key}'")
    return problems


def _check_lengths(ps: PromptSet) -> list[str]:
    problems = []
    for (locale, name), tpl in sorted(ps.templates.items()):
        if name in MODEL_PROMPTS:
            continue
        if meta.find_undeclared_variables(ps.env.parse(tpl.source)) - set(tpl.declared):
            continue  # reported as an undeclared variable already
        longest = 0
        for values in variants(tpl):
            try:
                text = ps.render(name, locale, **values)
            except (TemplateError, TypeError, ValueError, AttributeError) as exc:
                problems.append(f"{tpl.path}:{_error_line(exc)}: fails to render with sample "
                                f"values: {type(exc).__name__}: {exc}")
                break
            longest = max(longest, len(text))
        over = [f"{platform}'s {limit:,}" for platform, limit in LIMITS.items() if longest > limit]
        if over:
            problems.append(f"{tpl.path}:1: renders to {longest:,} characters with sample values, "
                            f"over {' and '.join(over)}-character limit")
    return problems


def _error_line(exc: Exception) -> int:
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    tb = exc.__traceback__
    line = 1
    while tb is not None:  # the deepest frame compiled from template code carries its line
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _line_of(ps: PromptSet, source: str, word: str) -> int:
    """The line of the first use of a name inside a Jinja block (not in plain text)."""
    try:
        for lineno, kind, value in ps.env.lex(source):
            if kind == "name" and value == word:
                return lineno
    except TemplateSyntaxError:
        pass
    return 1


def _key_line(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip("'\" ")
        if stripped.startswith(f"{key}:") or stripped.startswith(f"{key}'") or \
                stripped.startswith(f'{key}"'):
            return number
    return 1




# version and preview ---------------------------------------------------------------------------


def run_version(root: Path, out: TextIO) -> int:
    """Print the folder's content hash (the one recorded with every reply); 1 if it cannot load."""
    try:
        prompt_set = PromptSet(Path(root))
    except PromptError as exc:
        out.write(f"{exc}\n")
        return 1
    out.write(prompt_set.hash + "\n")
    return 0


def parse_var_args(pairs: list[str]) -> dict[str, str]:
    """Turn `--var key=value` arguments into a dict; a pair without `=` raises ValueError."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--var {pair!r}: expected key=value")
        out[key.strip()] = value
    return out


def _scalar(value: str) -> Any:
    """A `--var` value as a YAML scalar (`true`, `3`, `null`, `[a, b]`), else the plain string."""
    try:
        return yaml.safe_load(value) if value.strip() else value
    except yaml.YAMLError:
        return value


def run_preview(
    root: Path, name: str, locale: str | None, variables: dict[str, str], out: TextIO
) -> int:
    """Render one template with sample values, overridden by `variables` (YAML scalars).

    For `crisis` and `crisis_reminder`, `country=XX` fills the hotline variables from the real
    directory. Exit 0 rendered, 1 the set cannot load or the template fails to render, 2 unknown
    template or variable.
    """
    try:
        ps = PromptSet(Path(root))
    except PromptError as exc:
        out.write(f"{exc}\n")
        return 1
    if (ps.default_locale, name) not in ps.templates and \
            not any(n == name for _, n in ps.templates):
        known = ", ".join(sorted({n for _, n in ps.templates}))
        out.write(f"unknown template '{name}'; known templates: {known}\n")
        return 2
    shown = ps.resolve_locale(locale)
    if locale and shown == ps.default_locale and \
            locale.replace("_", "-").lower().split("-")[0] != ps.default_locale:
        out.write(f"(no '{locale}' templates: showing {shown})\n")
    tpl = ps.template(name, locale)
    values = {k: v for k, v in sample_values(name).items() if k in tpl.declared}
    overrides = {k: _scalar(v) for k, v in variables.items()}
    country = overrides.pop("country", None) if name in ("crisis", "crisis_reminder") else None
    if country is not None:
        values.update(_country_values(ps, str(country), list(values.get("categories") or []),
                                      tpl.locale))
    unknown = sorted(set(overrides) - set(tpl.declared))
    if unknown:
        out.write(f"template '{name}' does not declare {', '.join(unknown)}; it declares: "
                  f"{', '.join(tpl.declared) or 'nothing'}\n")
        return 2
    values.update(overrides)
    try:
        text = ps.render(name, tpl.locale, **values)
    except (TemplateError, TypeError, ValueError, AttributeError) as exc:
        out.write(f"{tpl.path}:{_error_line(exc)}: {type(exc).__name__}: {exc}\n")
        return 1
    out.write(text + "\n")
    limits = " / ".join(f"{p} {n:,}" for p, n in LIMITS.items())
    out.write(f"--- {tpl.path} · {len(text):,} characters (limits: {limits})\n")
    return 0


def _country_values(
    ps: PromptSet, code: str, categories: list[str], locale: str
) -> dict[str, Any]:
    """The crisis variables for one real country, exactly as the crisis handler builds them."""
    from types import SimpleNamespace

    from handlers.crisis import crisis_vars
    from safety.hotlines import Directory

    svc = SimpleNamespace(directory=Directory.load(), prompts=ps)
    if code.lower() in ("none", "unknown", ""):
        code = ""
    return crisis_vars(svc, code.upper() or None, tuple(categories), locale)  # type: ignore[arg-type]
