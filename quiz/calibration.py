"""How well a player's certainty matches their knowledge, for certainty-based marking.

Under the marks 1/0, 2/-2, 3/-6, certainty 1 pays best when you expect to be right less than 67% of the
time, 2 between 67% and 80%, and 3 above 80%.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

BEST_RANGES = {1: (0.0, 0.67), 2: (0.67, 0.80), 3: (0.80, 1.0)}


@dataclass(frozen=True)
class LevelRecord:
    """How the answers given at one certainty level went."""

    level: int
    answered: int
    right: int

    @property
    def accuracy(self) -> float | None:
        """The share right, or None when the level was never used."""
        return self.right / self.answered if self.answered else None

    @property
    def best_range(self) -> tuple[float, float]:
        """The accuracy range in which this level earns the most."""
        return BEST_RANGES[self.level]

    @property
    def verdict(self) -> str:
        """ "over" when right less often than the level needs, "under" when more, "fit" inside, "unused"."""
        accuracy = self.accuracy
        if accuracy is None:
            return "unused"
        low, high = self.best_range
        if accuracy < low:
            return "over"
        if accuracy > high and self.level < 3:
            return "under"
        return "fit"


def by_level(answers: Iterable[tuple[int, bool]]) -> list[LevelRecord]:
    """One record per certainty level from (certainty, correct) pairs."""
    counts = {level: [0, 0] for level in BEST_RANGES}
    for certainty, correct in answers:
        counts[certainty][0] += 1
        counts[certainty][1] += int(correct)
    return [LevelRecord(level, answered, right) for level, (answered, right) in counts.items()]


def advice(records: list[LevelRecord]) -> str:
    """The one piece of advice that matters most: "overconfident", "underconfident" or "calibrated"."""
    verdicts = {record.level: record.verdict for record in records}
    if verdicts.get(3) == "over" or verdicts.get(2) == "over":
        return "overconfident"
    if verdicts.get(1) == "under" or verdicts.get(2) == "under":
        return "underconfident"
    return "calibrated"
