"""Rebuilding a saved game, timeouts in a game, and games of chosen questions: the game's edges."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quiz.game import TIMEOUT, Game, GivenAnswer, carry_over
from quiz.model import FACT, MYTH, Pack
from quiz.scoring import Mode, ModeName

TIMED = Mode(ModeName.TIMED, time_limit=20)


def saved_rounds(game: Game) -> list[tuple[str, list[str]]]:
    """The rounds as the store keeps them: question id and the answer order shown."""
    return [(r.question.id, list(r.order)) for r in game.rounds]


def wrong_key(game: Game) -> str:
    """A wrong answer to the current question."""
    round_ = game.current
    assert round_ is not None
    return next(key for key in round_.order if key != round_.question.correct_key)


def right_key(game: Game) -> str:
    """The right answer to the current question."""
    assert game.current is not None
    return game.current.question.correct_key


def test_a_fully_answered_game_is_rebuilt_finished(sample_pack: Pack) -> None:
    """Every answer replayed: the game is over with the same score, nothing is current, the number is the last."""
    played = Game.new(sample_pack, seed=4)
    given = []
    for number in range(played.total):
        key = right_key(played) if number % 2 == 0 else wrong_key(played)
        played.answer(key)
        given.append(GivenAnswer(key))
    rebuilt = Game.resume(sample_pack, saved_rounds(played), given)
    assert rebuilt is not None
    assert rebuilt.finished and rebuilt.current is None
    assert rebuilt.number == rebuilt.total == played.total
    assert rebuilt.score == played.score
    assert [o.correct for o in rebuilt.outcomes] == [o.correct for o in played.outcomes]


def test_a_timed_game_is_rebuilt_with_its_times(sample_pack: Pack) -> None:
    """The seconds saved with each answer give back the same points; a timeout stays a timeout."""
    played = Game.new(sample_pack, count=3, seed=1, mode=TIMED)
    played.answer(right_key(played), seconds=5.0)
    played.answer(right_key(played), seconds=12.0)
    played.answer(TIMEOUT, seconds=20.0)
    given = [GivenAnswer(o.given, seconds=o.seconds) for o in played.outcomes]
    rebuilt = Game.resume(sample_pack, saved_rounds(played), given, TIMED)
    assert rebuilt is not None and rebuilt.mode == TIMED
    assert [(o.given, o.points, o.seconds) for o in rebuilt.outcomes] == [
        (played.rounds[0].question.correct_key, 875, 5.0),
        (played.rounds[1].question.correct_key, 700 + 100, 12.0),
        (TIMEOUT, 0, 20.0),
    ]
    assert rebuilt.score == played.score


def test_a_certainty_game_is_rebuilt_with_its_certainties(sample_pack: Pack) -> None:
    """The marks depend on the saved certainty, so it is replayed too."""
    mode = Mode(ModeName.CERTAINTY)
    played = Game.new(sample_pack, count=3, seed=1, mode=mode)
    played.answer(right_key(played), certainty=3)
    played.answer(wrong_key(played), certainty=2)
    given = [GivenAnswer(o.given, certainty=o.certainty) for o in played.outcomes]
    rebuilt = Game.resume(sample_pack, saved_rounds(played), given, mode)
    assert rebuilt is not None and not rebuilt.finished
    assert [(o.points, o.certainty) for o in rebuilt.outcomes] == [(3, 3), (-2, 2)]
    assert rebuilt.score.points == 1


def test_a_game_that_no_longer_fits_the_pack_is_not_rebuilt(sample_pack: Pack) -> None:
    """A question gone, its answers changed, more answers than questions, or nothing at all: no game."""
    played = Game.new(sample_pack, count=2, seed=1)
    rounds = saved_rounds(played)
    assert Game.resume(sample_pack, rounds, []) is not None
    assert Game.resume(sample_pack, [("no-such-question", [MYTH, FACT])] + rounds, []) is None
    choice = next(q for q in sample_pack.questions if q.id == "legs-count")
    assert Game.resume(sample_pack, [(choice.id, ["0", "1"])], []) is None
    assert Game.resume(sample_pack, [(choice.id, ["0", "1", "2", "3"])], []) is None
    assert Game.resume(sample_pack, rounds, [GivenAnswer(MYTH)] * 3) is None
    assert Game.resume(sample_pack, [], []) is None
    assert Game.resume(sample_pack, [("sky-green", [MYTH, FACT])], [GivenAnswer("7")]) is None


def test_a_timeout_in_a_game_scores_nothing_and_breaks_the_streak(sample_pack: Pack) -> None:
    """Running out of time is an answer the game accepts, never right, and it keeps the time it took."""
    game = Game.new(sample_pack, seed=2, mode=Mode(ModeName.TIMED, time_limit=10))
    first = game.answer(right_key(game), seconds=0.0)
    second = game.answer(right_key(game), seconds=0.0)
    timeout = game.answer(TIMEOUT, seconds=10.0)
    after = game.answer(right_key(game), seconds=0.0)
    assert (first.points, second.points, after.points) == (1000, 1100, 1000)
    assert (timeout.given, timeout.correct, timeout.points, timeout.seconds) == (TIMEOUT, False, 0, 10.0)
    assert (game.score.streak, game.score.best_streak, game.score.right) == (1, 2, 3)
    assert [o.given for o in game.missed()] == [TIMEOUT]


def test_a_timed_game_without_the_streak_bonus(sample_pack: Pack) -> None:
    """With the bonus off, only speed counts, however long the streak."""
    game = Game.new(sample_pack, seed=2, mode=Mode(ModeName.TIMED, time_limit=10, streak_bonus=False))
    points = [game.answer(right_key(game), seconds=seconds).points for seconds in (0.0, 0.0, 5.0)]
    assert points == [1000, 1000, 750]
    assert game.score.points == 2750


def test_answers_are_refused_with_a_reason(sample_pack: Pack) -> None:
    """A key the question does not have, an answer after the end, a game with no questions."""
    game = Game.new(sample_pack, count=1, seed=2)
    with pytest.raises(ValueError, match="^'7' is not an answer to this question$"):
        game.answer("7")
    game.answer(right_key(game))
    with pytest.raises(ValueError, match="^the game is over$"):
        game.answer(MYTH)
    with pytest.raises(ValueError, match="^a game needs at least one question$"):
        Game(sample_pack, ())


def test_key_at_knows_only_the_positions_shown(sample_pack: Pack) -> None:
    """Position 1 is the first answer shown; 0 and one past the last are nothing."""
    round_ = next(r for r in Game.new(sample_pack, seed=1).rounds if r.question.id == "days-week")
    assert round_.key_at(1) == round_.order[0]
    assert round_.key_at(4) == round_.order[3]
    assert round_.key_at(0) is None and round_.key_at(5) is None


def test_a_game_of_chosen_questions_keeps_their_order_and_shuffles_choices_by_seed(sample_pack: Pack) -> None:
    """A review or retry asks its questions in the order given; the same seed shows the choices the same way."""
    chosen = [q for q in sample_pack.questions if q.id in ("days-week", "sky-green", "legs-count")][::-1]
    orders = []
    for seed in range(8):
        first = Game.of_questions(sample_pack, chosen, seed=seed)
        again = Game.of_questions(sample_pack, chosen, seed=seed)
        assert [r.question.id for r in first.rounds] == [q.id for q in chosen]
        assert [r.order for r in first.rounds] == [r.order for r in again.rounds]
        orders.append(first.rounds[0].order)
    assert len(set(orders)) > 1


def test_a_whole_pack_game_carries_over_new_questions_and_timed_answers(sample_pack: Pack) -> None:
    """A question added to the pack joins the end of a whole-pack game; answers keep their time and points."""
    smaller = replace(sample_pack, questions=sample_pack.questions[:3])
    mode = Mode(ModeName.TIMED, time_limit=20)
    game = Game.of_questions(smaller, list(smaller.questions), mode=mode)
    game.answer(right_key(game), seconds=5.0)
    moved = carry_over(game, sample_pack)
    assert moved is not None
    assert [r.question.id for r in moved.rounds] == [q.id for q in sample_pack.questions]
    added = moved.rounds[-1]
    assert sorted(added.order) == ["0", "1", "2", "3"] and added.key_at(2) == added.order[1]
    assert [(o.points, o.seconds) for o in moved.outcomes] == [(875, 5.0)]
    assert moved.score == game.score
