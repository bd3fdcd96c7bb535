"""Small statistics and formatting helpers shared by the benchmarks."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass


def median(values: Sequence[float]) -> float:
    """The median of `values` (which must not be empty)."""
    return statistics.median(values)


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value with at least `share` (0 to 1) of `values` at or below it.

    Nearest rank always returns a value that was measured, which reads better than an interpolation
    when there are only a few hundred samples.
    """
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def repeat(measure: Callable[[], float], warmup: int, runs: int) -> list[float]:
    """`runs` results of `measure()`, after `warmup` calls whose results are thrown away."""
    for _ in range(warmup):
        measure()
    return [measure() for _ in range(runs)]


@dataclass(frozen=True)
class Row:
    """One line of the results table, already formatted."""

    figure: str
    value: str
    floor: str = "—"
    ratio: str = "—"
    goal: str = "—"
    met: bool | None = None
    """True or False when the row has a goal, None when it is for reference only."""

    @property
    def verdict(self) -> str:
        """What the table says about the goal."""
        return {True: "yes", False: "**no**", None: "—"}[self.met]


def seconds(value: float) -> str:
    """A duration in the unit that keeps three significant figures readable."""
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.01:
        return f"{value * 1000:.0f} ms"
    return f"{value * 1000:.1f} ms"


def megabytes(value: float) -> str:
    """A size in MB (2**20 bytes)."""
    return f"{value / 1_048_576:.0f} MB"


def times(value: float) -> str:
    """A ratio, written the way the goals are."""
    return f"{value:.2f}×"
