"""CareBridge safety layer: the crisis detector and its result types."""

from safety.assessment import Assessment, Category, Evidence, Level
from safety.detector import assess
from safety.normalize import normalize

__all__ = ["Assessment", "Category", "Evidence", "Level", "assess", "normalize"]
