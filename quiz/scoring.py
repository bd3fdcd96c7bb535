"""The scoring rules, as pure functions of what happened.

Classic rule: a right answer earns 100 points, plus a streak bonus of 20 points for each right answer in a row
before it, capped at 100; a wrong answer earns nothing and resets the streak.
"""

from __future__ import annotations

from dataclasses import dataclass

POINTS_PER_RIGHT = 100
STREAK_STEP = 20
STREAK_CAP = 100


@dataclass(frozen=True)
class Score:
    """The running tally of a game."""

    points: int = 0
    right: int = 0
    answered: int = 0
    streak: int = 0
    best_streak: int = 0


def streak_bonus(streak: int) -> int:
    """The bonus for a right answer that makes a streak of `streak` right answers in a row."""
    return min(STREAK_STEP * max(streak - 1, 0), STREAK_CAP)


def classic(score: Score, correct: bool) -> tuple[Score, int]:
    """The score after one more answer, and the points that answer earned."""
    if not correct:
        return Score(score.points, score.right, score.answered + 1, 0, score.best_streak), 0
    streak = score.streak + 1
    earned = POINTS_PER_RIGHT + streak_bonus(streak)
    return (
        Score(score.points + earned, score.right + 1, score.answered + 1, streak, max(streak, score.best_streak)),
        earned,
    )
