"""The classic scoring rule, as the README states it."""

from __future__ import annotations

from quiz.scoring import Score, classic, streak_bonus


def play(answers: list[bool]) -> tuple[Score, list[int]]:
    score, earned = Score(), []
    for correct in answers:
        score, points = classic(score, correct)
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
