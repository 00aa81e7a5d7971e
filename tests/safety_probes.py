"""Assertions shared by the probe-sentence tests of the lexicons (test_safety_round*)."""

from __future__ import annotations

from safety import Assessment, Category, Level, assess


def assert_crisis(text: str, lang: str | None, category: Category | str | None = None
                  ) -> Assessment:
    """The text reaches crisis (with ``category`` among its categories, when given)."""
    a = assess(text, lang)
    assert a.level is Level.CRISIS, (text, lang, a.evidence)
    if category is not None:
        assert Category(category) in a.categories, (text, a.categories)
    return a


def assert_not_crisis(text: str, *langs: str | None) -> None:
    """The text stays below crisis with each of the given language hints."""
    for lang in langs:
        a = assess(text, lang)
        assert a.level is not Level.CRISIS, (text, lang, a.evidence)
