"""Operator-editable templates: load a prompts/ folder and render its texts in a sandbox."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

log = logging.getLogger(__name__)

TEMPLATE_SUFFIX = ".txt"
LABELS_FILE = "labels.yaml"
MANIFEST_FILE = "manifest.yaml"
_VARS_HEADER = re.compile(r"\A\{#-?\s*vars:([^#]*)-?#\}")


class PromptError(Exception):
    """A template set that cannot be used; the message says `file:line: problem`."""


@dataclass(frozen=True)
class Template:
    """One template file: its source, the variables it declares, and where it lives."""

    name: str
    locale: str
    path: Path
    source: str
    declared: tuple[str, ...]


def declared_vars(source: str) -> tuple[str, ...] | None:
    """The names in a `{# vars: a, b #}` header, or None when the header is missing."""
    match = _VARS_HEADER.match(source)
    if match is None:
        return None
    return tuple(v.strip() for v in match.group(1).replace("-", " ").split(",") if v.strip())


def make_environment() -> SandboxedEnvironment:
    """The sandboxed Jinja2 environment every template renders in."""
    return SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class PromptSet:
    """An immutable, loaded set of templates with its content hash."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        if not self.root.is_dir():
            raise PromptError(f"{self.root}: prompts folder not found")
        manifest_path = self.root / MANIFEST_FILE
        try:
            manifest = yaml.safe_load(manifest_path.read_text("utf-8")) or {}
        except FileNotFoundError:
            raise PromptError(f"{manifest_path}:1: manifest.yaml is missing") from None
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
            raise PromptError(f"{manifest_path}:{line}: invalid YAML") from None
        if not isinstance(manifest, dict):
            raise PromptError(f"{manifest_path}:1: expected a mapping")
        self.manifest: dict[str, Any] = manifest
        version = manifest.get("disclosure_version")
        if not version:
            raise PromptError(f"{manifest_path}:1: disclosure_version is missing")
        self.disclosure_version = str(version)
        self.default_locale = str(manifest.get("default_locale", "en"))
        self.env = make_environment()
        self.templates: dict[tuple[str, str], Template] = {}
        self.labels: dict[str, dict[str, str]] = {}
        digest = hashlib.sha256()
        for path in sorted(self.root.rglob("*")):
            if not path.is_file() or path.name.startswith("."):
                continue
            rel = path.relative_to(self.root).as_posix()
            data = path.read_bytes()
            digest.update(rel.encode() + b"\0" + data + b"\0")
            if len(path.relative_to(self.root).parts) != 2:
                continue
            locale = path.parent.name
            text = data.decode("utf-8")
            if path.suffix == TEMPLATE_SUFFIX:
                self._add_template(locale, path, text)
            elif path.name == LABELS_FILE:
                self._add_labels(locale, path, text)
        self.hash = digest.hexdigest()[:16]
        self.locales = tuple(sorted({loc for loc, _ in self.templates}))
        if self.default_locale not in self.locales:
            raise PromptError(f"{self.root / self.default_locale}: default locale has no templates")
        self._compiled: dict[tuple[str, str], Any] = {}

    def _add_template(self, locale: str, path: Path, text: str) -> None:
        declared = declared_vars(text)
        if declared is None:
            raise PromptError(f"{path}:1: missing '{{# vars: ... #}}' header")
        try:
            self.env.parse(text)
        except TemplateSyntaxError as exc:
            raise PromptError(f"{path}:{exc.lineno}: {exc.message}") from None
        name = path.stem
        self.templates[(locale, name)] = Template(name, locale, path, text, declared)

    def _add_labels(self, locale: str, path: Path, text: str) -> None:
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
            raise PromptError(f"{path}:{line}: invalid YAML") from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise PromptError(f"{path}:1: labels must map names to strings")
        self.labels[locale] = {str(k): v for k, v in data.items()}

    def resolve_locale(self, locale: str | None) -> str:
        """The best locale this set has for a language tag such as `es-MX`."""
        if locale:
            tag = locale.replace("_", "-").lower()
            if tag in self.locales:
                return tag
            base = tag.split("-", 1)[0]
            if base in self.locales:
                return base
        return self.default_locale

    def template(self, name: str, locale: str | None) -> Template:
        """The template for a locale, falling back to the default locale."""
        loc = self.resolve_locale(locale)
        found = self.templates.get((loc, name)) or self.templates.get((self.default_locale, name))
        if found is None:
            raise PromptError(f"{self.root / self.default_locale / (name + TEMPLATE_SUFFIX)}:1: "
                              "template is missing")
        return found

    def render(self, name: str, locale: str | None = None, **variables: Any) -> str:
        """Render a template; only the variables it declares are passed in."""
        tpl = self.template(name, locale)
        key = (tpl.locale, name)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = self.env.from_string(tpl.source)
        given = {k: v for k, v in variables.items() if k in tpl.declared}
        return compiled.render(**given).strip()

    def label(self, key: str, locale: str | None = None) -> str:
        """A short label (a button's text), falling back to the default locale."""
        loc = self.resolve_locale(locale)
        value = (self.labels.get(loc, {}).get(key)
                 or self.labels.get(self.default_locale, {}).get(key))
        if value is None:
            raise PromptError(f"{self.root / self.default_locale / LABELS_FILE}:1: label {key!r} "
                              "is missing")
        return value


class Prompts:
    """The live template set; `reload()` swaps in a new one only if it loads and checks clean."""

    def __init__(self, root: Path, checker: Any = None) -> None:
        self.root = Path(root)
        self._checker = checker
        self.current = self._load()

    def _load(self) -> PromptSet:
        prompt_set = PromptSet(self.root)
        if self._checker is not None:
            problems = self._checker(prompt_set)
            if problems:
                raise PromptError("\n".join(problems))
        return prompt_set

    def reload(self) -> bool:
        """Load the folder again; on any problem keep the last good set and raise."""
        new = self._load()
        changed = new.hash != self.current.hash
        self.current = new
        return changed

    def fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        """Path, mtime and size of every file under the folder (stat only, no reads)."""
        entries = []
        for path in self.root.rglob("*"):
            if path.name.startswith("."):
                continue
            try:
                st = path.stat()
            except OSError:
                continue  # deleted between listing and stat: the next poll sees the final state
            if not path.is_dir():
                entries.append((path.relative_to(self.root).as_posix(), st.st_mtime_ns, st.st_size))
        return tuple(sorted(entries))

    def poll(self, seen: tuple[tuple[str, int, int], ...]) -> tuple[tuple[str, int, int], ...]:
        """Reload when the folder's fingerprint differs from `seen`; return the new fingerprint.

        A broken edit is refused with one log line naming the first problem (`file:line`) and the
        last good set stays live; a good edit logs the new hash.
        """
        now = self.fingerprint()
        if now == seen:
            return now
        before = self.current.hash
        try:
            self.reload()
        except PromptError as exc:
            first = str(exc).splitlines()[0] if str(exc) else "unknown problem"
            log.warning("prompts reload refused: %s", first)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            log.warning("prompts reload refused: %s: %s", self.root, type(exc).__name__)
        else:
            if self.current.hash != before:
                log.info("prompts reloaded: hash %s (was %s)", self.current.hash, before)
        return now

    async def watch(self, interval: float = 2.0) -> None:
        """Poll the folder every `interval` seconds and hot-reload it when a file changes."""
        seen = self.fingerprint()
        while True:
            await asyncio.sleep(interval)
            seen = self.poll(seen)

    @property
    def hash(self) -> str:
        """The live set's content hash."""
        return self.current.hash

    def render(self, name: str, locale: str | None = None, **variables: Any) -> str:
        """Render with the live set."""
        return self.current.render(name, locale, **variables)

    def label(self, key: str, locale: str | None = None) -> str:
        """A label from the live set."""
        return self.current.label(key, locale)
