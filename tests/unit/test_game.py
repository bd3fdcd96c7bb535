"""One run of a quiz: order, answers, score and progress, with no terminal involved."""

from __future__ import annotations

import pytest

from quiz.game import Game
from quiz.model import FACT, MYTH, Kind, Pack


def test_same_seed_same_game(sample_pack: Pack) -> None:
    """Two games with the same seed ask the same questions with the same choice order."""
    first = Game.new(sample_pack, seed=7)
    second = Game.new(sample_pack, seed=7)
    assert [(r.question.id, r.order) for r in first.rounds] == [(r.question.id, r.order) for r in second.rounds]


def test_seeds_shuffle_questions_and_choices(sample_pack: Pack) -> None:
    """Different seeds give different orders of questions and of choices."""
    orders = {tuple(r.question.id for r in Game.new(sample_pack, seed=s).rounds) for s in range(20)}
    choice_orders = {
        next(r.order for r in Game.new(sample_pack, seed=s).rounds if r.question.id == "days-week") for s in range(20)
    }
    assert len(orders) > 1
    assert len(choice_orders) > 1


def test_myth_and_fact_keep_their_places(sample_pack: Pack) -> None:
    """Myth is always shown first and fact second, so M and F stay where they are."""
    for round_ in Game.new(sample_pack, seed=3).rounds:
        if round_.question.kind is Kind.MYTH_FACT:
            assert round_.order == (MYTH, FACT)


def test_count_limits_the_game(sample_pack: Pack) -> None:
    """Asking for 2 questions gives a game of 2."""
    game = Game.new(sample_pack, count=2, seed=1)
    assert game.total == 2


def test_playing_through_scores_and_finishes(sample_pack: Pack) -> None:
    """Right answers score, wrong ones are listed as missed, and the game ends after the last."""
    game = Game.new(sample_pack, seed=5)
    for number, round_ in enumerate(game.rounds, 1):
        assert game.number == number
        assert game.current == round_
        right = round_.question.correct_key
        wrong = next(key for key in round_.order if key != right)
        outcome = game.answer(right if number % 2 else wrong)
        assert outcome.correct == bool(number % 2)
    assert game.finished
    assert game.current is None
    assert game.score.right == 3
    assert game.score.answered == 5
    assert [o.round.question.id for o in game.missed()] == [r.question.id for r in game.rounds[1::2]]


def test_choice_position_maps_to_the_shuffled_key(sample_pack: Pack) -> None:
    """Pressing the number of the correct choice as shown scores it right, wherever it was shuffled to."""
    for seed in range(10):
        game = Game.new(sample_pack, seed=seed)
        round_ = next(r for r in game.rounds if r.question.id == "legs-count")
        position = round_.order.index(round_.question.correct_key) + 1
        assert round_.key_at(position) == round_.question.correct_key
        assert round_.question.choices[int(round_.key_at(position))].text.get("en") == "Eight"


def test_answers_outside_the_question_are_refused(sample_pack: Pack) -> None:
    """An answer key the question does not have is an error, and so is answering after the end."""
    game = Game.new(sample_pack, count=1, seed=2)
    with pytest.raises(ValueError):
        game.answer("7")
    game.answer(game.rounds[0].order[0])
    with pytest.raises(ValueError):
        game.answer(MYTH)
