"""The formulas of the class report, on plain numbers: mean, spread, correlation, reliability, measurement error.

Every variance here is the population variance (the sum of squared deviations divided by N, not N − 1): a class
report describes the players who played, not a sample drawn from a larger group, and KR-20 needs its item
variances p·q and the variance of the totals to be taken the same way. docs/report.md states each formula with
what it gives when there are too few players or no spread, which is None here: a figure that cannot be computed
is left out rather than shown as 0.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def mean(values: Sequence[float]) -> float | None:
    """The arithmetic mean; None for no values."""
    return sum(values) / len(values) if values else None


def variance(values: Sequence[float]) -> float | None:
    """The population variance, Σ(x − mean)² / N; None for no values."""
    centre = mean(values)
    if centre is None:
        return None
    return sum((value - centre) ** 2 for value in values) / len(values)


def spread(values: Sequence[float]) -> float | None:
    """The population standard deviation; None for fewer than 2 values, where it says nothing about a class."""
    if len(values) < 2:
        return None
    found = variance(values)
    return math.sqrt(found) if found is not None else None


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The correlation of paired values, cov(x, y) / (sd(x) · sd(y)).

    None for fewer than 2 pairs, or when either side has no spread (everyone right, or every score equal): the
    correlation is then 0/0, not zero. With a 0/1 side this is the point-biserial correlation.
    """
    count = len(xs)
    if count < 2 or count != len(ys):
        return None
    mean_x, mean_y = sum(xs) / count, sum(ys) / count
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    # Rounding can carry a perfect correlation a hair past ±1.
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def kr20(rows: Sequence[Sequence[int]]) -> float | None:
    """Kuder–Richardson 20 of a complete table of 0/1 item scores (one row per player, one column per item).

    KR-20 = k / (k − 1) · (1 − Σ pᵢqᵢ / σ²), with k items, pᵢ the share right on item i, qᵢ = 1 − pᵢ and σ² the
    population variance of the players' totals. None for fewer than 2 players or items, or when every total is the
    same (σ² = 0).
    """
    if len(rows) < 2:
        return None
    items = len(rows[0])
    if items < 2 or any(len(row) != items for row in rows):
        return None
    totals = [sum(row) for row in rows]
    total_variance = variance(totals)
    if not total_variance:
        return None
    shares = [sum(row[item] for row in rows) / len(rows) for item in range(items)]
    item_variances = sum(share * (1 - share) for share in shares)
    return items / (items - 1) * (1 - item_variances / total_variance)


def sem(sd: float | None, reliability: float | None) -> float | None:
    """The standard error of measurement, sd · √(1 − reliability), in the units of `sd`; None without both."""
    if sd is None or reliability is None:
        return None
    return sd * math.sqrt(max(0.0, 1 - reliability))


def rest_share(right: int, answered: int, item: int) -> float | None:
    """A player's share right on the other questions they answered, leaving out one item scored `item` (0 or 1).

    (right − item) / (answered − 1); None when that item was their only answer.
    """
    if answered < 2:
        return None
    return (right - item) / (answered - 1)


def top_weights(scores: Sequence[float], share: float = 1 / 3) -> list[float]:
    """How much each player in `scores` belongs to the top `share` of players by score: 1, 0, or a part.

    The top group has ⌈share · N⌉ places. Players above the score at the last place fill their places; the players
    tied at that score share the places left equally, so that a tie neither swells the group (ten players tied at
    the edge of a top third of 10 would make it 15) nor is broken by anything as arbitrary as a name.
    """
    if not scores:
        return []
    places = math.ceil(share * len(scores))
    cut = sorted(scores, reverse=True)[places - 1]
    above = sum(1 for score in scores if score > cut)
    tied = sum(1 for score in scores if score == cut)
    part = (places - above) / tied
    return [1.0 if score > cut else part if score == cut else 0.0 for score in scores]
