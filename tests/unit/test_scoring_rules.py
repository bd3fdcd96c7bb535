"""The scoring rules at their edges: timed games without a streak bonus, timeouts, the shortest limit, the tally."""

from __future__ import annotations

import pytest

from quiz.scoring import (
    MODES,
    Mode,
    ModeName,
    Score,
    score_answer,
    timed_points,
)


def play(mode: Mode, answers: list[tuple[bool, float | None]]) -> tuple[Score, list[int]]:
    """The score after these (correct, seconds) answers, and what each one earned."""
    score, earned = Score(), []
    for correct, seconds in answers:
        score, points = score_answer(mode, score, correct, seconds=seconds)
        earned.append(points)
    return score, earned


def test_timed_game_without_streak_bonus_pays_only_for_speed() -> None:
    """With the bonus turned off, four quick right answers in a row earn the same as the first."""
    _, earned = play(Mode(ModeName.TIMED, time_limit=10, streak_bonus=False), [(True, 0.0)] * 4)
    assert earned == [1000, 1000, 1000, 1000]


def test_timed_game_with_streak_bonus_adds_100_a_step() -> None:
    """The same answers with the bonus on (the default) earn 100 more for each answer in the streak."""
    score, earned = play(Mode(ModeName.TIMED, time_limit=10), [(True, 0.0)] * 4)
    assert earned == [1000, 1100, 1200, 1300]
    assert (score.points, score.right, score.answered, score.streak, score.best_streak) == (4600, 4, 4, 4, 4)


def test_a_timeout_earns_nothing_and_ends_the_streak() -> None:
    """Running out of time counts as a wrong answer: no points, streak back to zero, the best streak kept."""
    mode = Mode(ModeName.TIMED, time_limit=10)
    score, earned = play(mode, [(True, 2.0), (True, 2.0), (False, 10.0), (True, 2.0)])
    assert earned == [900, 1000, 0, 900]
    assert (score.right, score.answered, score.streak, score.best_streak) == (3, 4, 1, 2)
    assert score.points == 2800


def test_a_timed_answer_with_no_time_counts_as_taken_at_the_limit() -> None:
    """Without a time (a replayed answer saved without one), a right answer earns what it would at the limit."""
    _, earned = play(Mode(ModeName.TIMED, time_limit=20, streak_bonus=False), [(True, None), (False, None)])
    assert earned == [500, 0]


def test_time_taken_is_held_between_zero_and_the_limit() -> None:
    """A clock that ran backwards pays like an instant answer; a late one like an answer at the limit."""
    assert timed_points(True, -3.0, 20, streak=1) == 1000
    assert timed_points(True, 45.0, 20, streak=1) == 500
    assert timed_points(True, 5.0, 20, streak=1) == 875


def test_one_second_is_the_shortest_time_limit() -> None:
    """A limit of one second is allowed and scores on its own scale; zero or less is refused."""
    mode = Mode(ModeName.TIMED, time_limit=1)
    assert mode.time_limit == 1
    _, earned = play(mode, [(True, 0.5)])
    assert earned == [750]
    for limit in (0, -5):
        with pytest.raises(ValueError, match="^the time limit must be at least one second$"):
            Mode(ModeName.TIMED, time_limit=limit)


def test_the_default_mode_is_classic_with_a_twenty_second_limit_and_the_bonus_on() -> None:
    """What a game plays when nothing is chosen."""
    assert Mode() == Mode(ModeName.CLASSIC, time_limit=20, streak_bonus=True)


def test_mode_names_are_the_words_the_command_line_and_store_use() -> None:
    """A mode given as text becomes the enum; an unknown word is refused with the word in the message."""
    assert MODES == ("classic", "certainty", "timed")
    assert Mode("timed").name is ModeName.TIMED
    assert Mode("certainty") == Mode(ModeName.CERTAINTY)
    with pytest.raises(ValueError, match="^unknown mode 'speedrun'$"):
        Mode("speedrun")


def test_classic_ignores_time_and_certainty() -> None:
    """A classic game scores by streak alone, however long the answer took."""
    score, earned = play(Mode(), [(True, 500.0), (True, None)])
    assert earned == [100, 120]
    assert score.points == 220


def test_certainty_game_keeps_the_tally() -> None:
    """Marks add up, right answers and the streak are counted as in the other modes."""
    mode = Mode(ModeName.CERTAINTY)
    score = Score()
    earned = []
    for correct, certainty in [(True, 3), (True, 2), (False, 2), (True, 1)]:
        score, points = score_answer(mode, score, correct, certainty=certainty)
        earned.append(points)
    assert earned == [3, 2, -2, 1]
    assert score == Score(points=4, right=3, answered=4, streak=1, best_streak=2)


@pytest.mark.parametrize("certainty", [0, 4, None])
def test_certainty_outside_one_to_three_is_refused(certainty: int | None) -> None:
    """Only 1, 2 and 3 are certainties."""
    with pytest.raises(ValueError, match="^a certainty-based answer needs a certainty of 1, 2 or 3$"):
        score_answer(Mode(ModeName.CERTAINTY), Score(), True, certainty=certainty)
