"""How the results judge a player's certainty against the ranges where each level pays best."""

from __future__ import annotations

from quiz.calibration import advice, by_level


def test_records_count_each_level() -> None:
    """Answers are grouped by certainty with their share right."""
    records = by_level([(3, True), (3, False), (1, True), (3, True)])
    assert [(r.level, r.answered, r.right) for r in records] == [(1, 1, 1), (2, 0, 0), (3, 3, 2)]
    assert records[1].accuracy is None and records[1].verdict == "unused"
    assert abs(records[2].accuracy - 2 / 3) < 1e-9


def test_sure_but_often_wrong_is_overconfident() -> None:
    """Right only 2 times in 3 at certainty 3 (best above 80%) is overconfidence."""
    records = by_level([(3, True), (3, True), (3, False)])
    assert records[2].verdict == "over"
    assert advice(records) == "overconfident"


def test_unsure_but_always_right_is_underconfident() -> None:
    """Always right at certainty 1 (best below 67%) means the player knows more than they think."""
    records = by_level([(1, True)] * 4)
    assert records[0].verdict == "under"
    assert advice(records) == "underconfident"


def test_levels_inside_their_ranges_are_calibrated() -> None:
    """Half right at 1, three in four at 2, all right at 3: each level in its best range."""
    records = by_level([(1, True), (1, False), (2, True), (2, True), (2, True), (2, False), (3, True)])
    assert [r.verdict for r in records] == ["fit", "fit", "fit"]
    assert advice(records) == "calibrated"
