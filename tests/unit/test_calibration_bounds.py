"""Where each certainty level pays best, to the edge: the bounds 67% and 80%, and the advice each verdict gives."""

from __future__ import annotations

import pytest

from quiz.calibration import BEST_RANGES, advice, by_level
from quiz.views import Msg


def verdict(level: int, right: int, answered: int) -> str:
    """The verdict on `level` after `right` of `answered` answers at it."""
    answers = [(level, True)] * right + [(level, False)] * (answered - right)
    return by_level(answers)[level - 1].verdict


# Each pair sits just inside and just outside a bound, closer than 0.05 to it, so moving a bound that far flips one.
@pytest.mark.parametrize(
    ("level", "right", "answered", "expected"),
    [
        (1, 2, 3, "fit"),  # 66.7%: still below 67%, where 1 pays best
        (1, 7, 10, "under"),  # 70%: right often enough for certainty 2
        (2, 2, 3, "over"),  # 66.7%: too often wrong for certainty 2
        (2, 7, 10, "fit"),  # 70%
        (2, 4, 5, "fit"),  # 80%: the top of the range still fits
        (2, 5, 6, "under"),  # 83.3%: right often enough for certainty 3
        (3, 3, 4, "over"),  # 75%: too often wrong for certainty 3
        (3, 4, 5, "fit"),  # 80%: the bottom of the range fits
        (3, 5, 5, "fit"),  # 100%: nothing is above certainty 3
        (1, 0, 4, "fit"),  # 0%: never right is what certainty 1 is for
    ],
)
def test_verdicts_change_at_67_and_80_percent(level: int, right: int, answered: int, expected: str) -> None:
    """The verdict turns exactly where the marks 1/0, 2/-2, 3/-6 make another level pay more."""
    assert verdict(level, right, answered) == expected


def test_each_level_states_the_range_the_results_screen_shows() -> None:
    """The ranges in the records and in both languages' wording are the same numbers."""
    records = by_level([])
    assert [record.best_range for record in records] == [(0.0, 0.67), (0.67, 0.80), (0.80, 1.0)]
    assert [record.verdict for record in records] == ["unused", "unused", "unused"]
    assert BEST_RANGES[2] == (0.67, 0.80)
    for lang in ("en", "zh"):
        assert "67%" in Msg("range.1").text(lang)
        assert "67%" in Msg("range.2").text(lang) and "80%" in Msg("range.2").text(lang)
        assert "80%" in Msg("range.3").text(lang)


def test_overconfidence_at_certainty_2_alone_is_overconfident() -> None:
    """Two right in three at certainty 2, nothing else: the player should say 1 more often."""
    records = by_level([(2, True), (2, True), (2, False)])
    assert [record.verdict for record in records] == ["unused", "over", "unused"]
    assert advice(records) == "overconfident"


def test_underconfidence_at_certainty_2_alone_is_underconfident() -> None:
    """Always right at certainty 2: the player could say 3."""
    records = by_level([(2, True)] * 6)
    assert [record.verdict for record in records] == ["unused", "under", "unused"]
    assert advice(records) == "underconfident"


def test_overconfidence_is_said_before_underconfidence() -> None:
    """Too sure at 3 and too unsure at 1 at once: the costly mistake (losing 6 marks) comes first."""
    records = by_level([(3, True), (3, False), (1, True), (1, True), (1, True)])
    assert [record.verdict for record in records] == ["under", "unused", "over"]
    assert advice(records) == "overconfident"


def test_no_answers_with_a_certainty_is_calibrated() -> None:
    """Nothing to judge gives no warning."""
    assert advice(by_level([])) == "calibrated"
