"""The scoring rules, as pure functions of what happened.

Classic: a right answer earns 100 points, plus a streak bonus of 20 points for each right answer in a row
before it, capped at 100; a wrong answer earns nothing and resets the streak.

Certainty-based marking (Gardner-Medwin, UCL): after answering, the player says how sure they are, 1 to 3.
Right answers earn 1, 2 or 3 marks; wrong ones 0, -2 or -6.

Timed: a right answer earns round(1000 * (1 - (t / T) / 2)) points, t the seconds taken and T the limit, plus
(unless turned off) a streak bonus of 100 for each right answer in a row before it, capped at 500. A wrong or
late answer earns nothing and resets the streak.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class ModeName(StrEnum):
    """The three ways a game is scored; the values are what the command line and the store say."""

    CLASSIC = "classic"
    CERTAINTY = "certainty"
    TIMED = "timed"


MODES = tuple(name.value for name in ModeName)

POINTS_PER_RIGHT = 100
STREAK_STEP = 20
STREAK_CAP = 100

CERTAINTY_MARKS = {1: (1, 0), 2: (2, -2), 3: (3, -6)}
"""Certainty level -> (marks when right, marks when wrong)."""

TIMED_MAX = 1000
TIMED_STREAK_STEP = 100
TIMED_STREAK_CAP = 500
DEFAULT_TIME_LIMIT = 20


@dataclass(frozen=True)
class Mode:
    """How a game is scored; the time limit and streak bonus matter only when timed."""

    name: ModeName = ModeName.CLASSIC
    time_limit: int = DEFAULT_TIME_LIMIT
    streak_bonus: bool = True

    def __post_init__(self) -> None:
        # The store and the command line give the name as text; ModeName() refuses any other word.
        try:
            object.__setattr__(self, "name", ModeName(self.name))
        except ValueError:
            raise ValueError(f"unknown mode {self.name!r}") from None
        if self.time_limit < 1:
            raise ValueError("the time limit must be at least one second")


@dataclass(frozen=True)
class Score:
    """The running tally of a game."""

    points: int = 0
    right: int = 0
    answered: int = 0
    streak: int = 0
    best_streak: int = 0


def streak_bonus(streak: int) -> int:
    """The classic bonus for a right answer that makes a streak of `streak` right answers in a row."""
    return min(STREAK_STEP * max(streak - 1, 0), STREAK_CAP)


def certainty_marks(correct: bool, certainty: int) -> int:
    """The marks for an answer given with certainty 1, 2 or 3."""
    right, wrong = CERTAINTY_MARKS[certainty]
    return right if correct else wrong


def timed_points(correct: bool, seconds: float, limit: int, streak: int, bonus: bool = True) -> int:
    """The points for an answer after `seconds` of `limit`, making a streak of `streak` when right."""
    if not correct:
        return 0
    taken = min(max(seconds, 0.0), float(limit))
    points = round(TIMED_MAX * (1 - (taken / limit) / 2))
    if bonus:
        points += min(TIMED_STREAK_STEP * max(streak - 1, 0), TIMED_STREAK_CAP)
    return points


def score_answer(
    mode: Mode, score: Score, correct: bool, certainty: int | None = None, seconds: float | None = None
) -> tuple[Score, int]:
    """The score after one more answer under `mode`, and the points that answer earned."""
    streak = score.streak + 1 if correct else 0
    if mode.name is ModeName.CERTAINTY:
        if certainty not in CERTAINTY_MARKS:
            raise ValueError("a certainty-based answer needs a certainty of 1, 2 or 3")
        earned = certainty_marks(correct, certainty)
    elif mode.name is ModeName.TIMED:
        earned = timed_points(
            correct, seconds if seconds is not None else mode.time_limit, mode.time_limit, streak, mode.streak_bonus
        )
    else:
        earned = POINTS_PER_RIGHT + streak_bonus(streak) if correct else 0
    updated = replace(
        score,
        points=score.points + earned,
        right=score.right + int(correct),
        answered=score.answered + 1,
        streak=streak,
        best_streak=max(streak, score.best_streak),
    )
    return updated, earned
