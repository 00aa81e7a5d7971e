"""Result types of the crisis detector (see ``safety.detector.assess``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Assessment", "Category", "Evidence", "Level"]

_RANK = {"none": 0, "concern": 1, "crisis": 2}


class Level(StrEnum):
    """How worried the detector is about a message, ordered none < concern < crisis."""

    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"

    @property
    def rank(self) -> int:
        """Integer order of the level (none=0, concern=1, crisis=2)."""
        return _RANK[self]  # members are str: no ``.value`` lookup on the hot path

    @classmethod
    def max(cls, *levels: Level) -> Level:
        """Return the most severe of ``levels`` (NONE when empty)."""
        best = cls.NONE
        for level in levels:
            if _RANK[level] > _RANK[best]:
                best = level
        return best

    def at_least(self, other: Level) -> bool:
        """True when this level is as severe as ``other`` or more."""
        return _RANK[self] >= _RANK[other]


class Category(StrEnum):
    """What kind of danger a piece of evidence points to."""

    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    ABUSE = "abuse"
    MEDICAL_EMERGENCY = "medical_emergency"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One lexicon rule that matched: what it means and where (offsets into the original text)."""

    category: Category
    level: Level
    rule: str
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Assessment:
    """The detector's verdict on one message (plus the user's recent history)."""

    level: Level
    categories: tuple[Category, ...]
    evidence: tuple[Evidence, ...]
    imminent: bool
    lang: str | None

    @property
    def is_crisis(self) -> bool:
        """True when the level is CRISIS."""
        return self.level is Level.CRISIS

    @property
    def is_concern_or_above(self) -> bool:
        """True when the level is CONCERN or CRISIS."""
        return self.level is not Level.NONE
