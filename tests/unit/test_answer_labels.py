"""How an answer reads: in a game (numbered as shown) and on paper (in the pack's order, with its own marks)."""

from __future__ import annotations

from quiz.game import TIMEOUT, Game
from quiz.i18n import tr
from quiz.labels import answer_label, right_answer
from quiz.model import FACT, MYTH, Pack, Question


def question(pack: Pack, question_id: str) -> Question:
    return next(q for q in pack.questions if q.id == question_id)


def test_the_right_answer_of_a_claim_is_myth_or_fact_in_the_readers_language(sample_pack: Pack) -> None:
    """A myth reads "Myth" (谣言 in Chinese), a fact "Fact", with no mark before it."""
    assert right_answer(question(sample_pack, "sky-green"), "zh") == tr("answer.myth", "zh")
    assert right_answer(question(sample_pack, "water-wet"), "en") == "Fact"
    assert tr("answer.myth", "zh") != tr("answer.myth", "en")


def test_the_right_choice_is_numbered_in_the_packs_order_or_marked(sample_pack: Pack) -> None:
    """On paper the choices keep the pack's order: the second of three is "2.", or "B." with letters as marks."""
    legs = question(sample_pack, "legs-count")
    assert right_answer(legs, "zh") == "2. 八条"
    assert right_answer(legs, "en", marks=("A", "B", "C")) == "B. Eight"
    assert right_answer(question(sample_pack, "days-week"), "en") == "2. Seven"


def test_answers_in_a_game_are_numbered_as_shown(sample_pack: Pack) -> None:
    """The number is the place the choice was shown at; myth, fact and no answer read as words."""
    game = Game.of_questions(sample_pack, [question(sample_pack, "days-week"), question(sample_pack, "sky-green")])
    choices, claim = game.rounds
    assert answer_label(choices, "1", "zh") == f"{choices.order.index('1') + 1}. 七天"
    assert (answer_label(claim, MYTH, "zh"), answer_label(claim, FACT, "zh")) == (
        tr("answer.myth", "zh"),
        tr("answer.fact", "zh"),
    )
    assert answer_label(claim, TIMEOUT, "zh") == tr("answer.none", "zh")
