"""The scoring rules (classic, certainty, timed), as the README states them."""

from __future__ import annotations

import pytest

from quiz.scoring import (
    Mode,
    ModeName,
    Score,
    certainty_marks,
    score_answer,
    streak_bonus,
    timed_points,
)


def play(answers: list[bool]) -> tuple[Score, list[int]]:
    score, earned = Score(), []
    for correct in answers:
        score, points = score_answer(Mode(), score, correct)
        earned.append(points)
    return score, earned


def test_right_answer_earns_100_and_starts_a_streak() -> None:
    """A first right answer is worth 100 points and a streak of 1."""
    score, earned = play([True])
    assert earned == [100]
    assert (score.points, score.right, score.answered, score.streak) == (100, 1, 1, 1)


def test_streak_bonus_grows_by_20_and_stops_at_100() -> None:
    """Each right answer in a row adds 20 more, up to a bonus of 100."""
    _, earned = play([True] * 8)
    assert earned == [100, 120, 140, 160, 180, 200, 200, 200]


def test_wrong_answer_earns_nothing_and_resets_the_streak() -> None:
    """After a miss the next right answer is back to 100."""
    score, earned = play([True, True, False, True])
    assert earned == [100, 120, 0, 100]
    assert score.streak == 1
    assert score.best_streak == 2
    assert (score.right, score.answered, score.points) == (3, 4, 320)


def test_all_wrong_scores_zero() -> None:
    """A game of misses has no points and no streak."""
    score, earned = play([False] * 3)
    assert earned == [0, 0, 0]
    assert score == Score(points=0, right=0, answered=3, streak=0, best_streak=0)


def test_streak_bonus_table() -> None:
    """The bonus belongs to the length of the streak the answer makes."""
    assert [streak_bonus(n) for n in range(0, 8)] == [0, 0, 20, 40, 60, 80, 100, 100]


def test_certainty_marks_follow_the_ucl_scheme() -> None:
    """Right at certainty 1, 2, 3 earns 1, 2, 3; wrong costs 0, 2, 6."""
    assert [certainty_marks(True, level) for level in (1, 2, 3)] == [1, 2, 3]
    assert [certainty_marks(False, level) for level in (1, 2, 3)] == [0, -2, -6]


def test_certainty_game_can_go_below_zero() -> None:
    """A confidently wrong answer outweighs a cautious right one."""
    mode = Mode(ModeName.CERTAINTY)
    score, first = score_answer(mode, Score(), True, certainty=1)
    score, second = score_answer(mode, score, False, certainty=3)
    assert (first, second, score.points, score.right, score.streak) == (1, -6, -5, 1, 0)


def test_certainty_is_required_in_certainty_mode() -> None:
    """Without a certainty the answer cannot be marked."""
    with pytest.raises(ValueError):
        score_answer(Mode(ModeName.CERTAINTY), Score(), True)


def test_timed_points_fall_with_time_taken() -> None:
    """Instantly right earns 1000, right at the limit 500, halfway 750; late or wrong earns nothing."""
    assert timed_points(True, 0, 20, streak=1) == 1000
    assert timed_points(True, 10, 20, streak=1) == 750
    assert timed_points(True, 20, 20, streak=1) == 500
    assert timed_points(True, 35, 20, streak=1) == 500
    assert timed_points(True, 3, 20, streak=1) == round(1000 * (1 - (3 / 20) / 2))
    assert timed_points(False, 1, 20, streak=0) == 0


def test_timed_streak_bonus_is_100_a_step_capped_at_500_and_can_be_off() -> None:
    """The bonus grows by 100 per right answer in a row after the first, stops at 500, and can be turned off."""
    assert [timed_points(True, 0, 10, streak=n) - 1000 for n in range(1, 9)] == [0, 100, 200, 300, 400, 500, 500, 500]
    assert timed_points(True, 0, 10, streak=5, bonus=False) == 1000


def test_timed_game_resets_the_streak_on_a_miss() -> None:
    """After a wrong answer the bonus starts again from nothing."""
    mode = Mode(ModeName.TIMED, time_limit=10)
    score = Score()
    earned = []
    for correct in (True, True, False, True):
        score, points = score_answer(mode, score, correct, seconds=0)
        earned.append(points)
    assert earned == [1000, 1100, 0, 1000]


def test_unknown_mode_is_refused() -> None:
    """Only certainty and timed exist."""
    with pytest.raises(ValueError):
        Mode("speedrun")
