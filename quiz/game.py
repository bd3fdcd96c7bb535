"""One run of a quiz: which questions, in which order, the answers given and the score. Pure: no I/O."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Mapping

from quiz.model import FACT, MYTH, Kind, Pack, Question
from quiz.scoring import Mode, Score, score_answer

TIMEOUT = "timeout"
"""The answer recorded when the time ran out before the player chose."""


@dataclass(frozen=True)
class Round:
    """A question as it is put to the player: the answer keys in the order they are shown."""

    question: Question
    order: tuple[str, ...]

    def key_at(self, position: int) -> str | None:
        """The answer key shown at `position` (1-based), if there is one."""
        return self.order[position - 1] if 1 <= position <= len(self.order) else None


@dataclass(frozen=True)
class Outcome:
    """What happened when a round was answered."""

    round: Round
    given: str
    correct: bool
    points: int
    score: Score
    certainty: int | None = None
    seconds: float | None = None


@dataclass(frozen=True)
class GivenAnswer:
    """An answer as saved, enough to replay it: the key, and the certainty and time when the mode uses them."""

    key: str
    certainty: int | None = None
    seconds: float | None = None


def answer_keys(question: Question) -> tuple[str, ...]:
    """The keys a question can be answered with, in the pack's order."""
    if question.kind is Kind.MYTH_FACT:
        return (MYTH, FACT)
    return tuple(str(i) for i in range(len(question.choices)))


def make_rounds(questions: list[Question], rng: random.Random, keep_order: bool = False) -> tuple[Round, ...]:
    """Rounds for `questions` with their choices shuffled by `rng`, and the questions too unless `keep_order`."""
    questions = list(questions)
    if not keep_order:
        rng.shuffle(questions)
    rounds = []
    for question in questions:
        keys = list(answer_keys(question))
        # Myth and fact keep their places: players answer them by letter, M and F.
        if question.kind is Kind.CHOICE:
            rng.shuffle(keys)
        rounds.append(Round(question, tuple(keys)))
    return tuple(rounds)


class Game:
    """A run through a list of rounds, answered one at a time."""

    def __init__(self, pack: Pack, rounds: tuple[Round, ...], mode: Mode = Mode()) -> None:
        if not rounds:
            raise ValueError("a game needs at least one question")
        self.pack = pack
        self.rounds = rounds
        self.mode = mode
        self._outcomes: list[Outcome] = []

    @classmethod
    def new(cls, pack: Pack, count: int | None = None, seed: int | None = None, mode: Mode = Mode()) -> Game:
        """A game of `count` questions (all by default) from `pack`; the same seed gives the same game."""
        rng = random.Random(seed)
        rounds = make_rounds(list(pack.questions), rng)
        return cls(pack, rounds[:count] if count else rounds, mode)

    @classmethod
    def of_questions(cls, pack: Pack, questions: list[Question], seed: int | None = None, mode: Mode = Mode()) -> Game:
        """A game of just these questions in this order (a retry of the missed ones, or a review)."""
        return cls(pack, make_rounds(questions, random.Random(seed), keep_order=True), mode)

    @classmethod
    def resume(
        cls, pack: Pack, rounds: list[tuple[str, list[str]]], given: list[GivenAnswer], mode: Mode = Mode()
    ) -> Game | None:
        """The game with these rounds (question id, answer order) after replaying the answers `given`.

        None when the pack has changed so much that the game cannot be rebuilt: a question is gone, its
        answers changed, or a saved answer no longer fits.
        """
        by_id = {question.id: question for question in pack.questions}
        rebuilt = []
        for question_id, order in rounds:
            question = by_id.get(question_id)
            if question is None or sorted(order) != sorted(answer_keys(question)):
                return None
            rebuilt.append(Round(question, tuple(order)))
        if not rebuilt or len(given) > len(rebuilt):
            return None
        game = cls(pack, tuple(rebuilt), mode)
        for answer in given:
            try:
                game.answer(answer.key, answer.certainty, answer.seconds)
            except ValueError:
                return None
        return game

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        """The answers given so far, in order."""
        return tuple(self._outcomes)

    @property
    def score(self) -> Score:
        """The score so far."""
        return self._outcomes[-1].score if self._outcomes else Score()

    @property
    def total(self) -> int:
        """How many questions the game has."""
        return len(self.rounds)

    @property
    def finished(self) -> bool:
        """Whether every question has been answered."""
        return len(self._outcomes) == len(self.rounds)

    @property
    def current(self) -> Round | None:
        """The round waiting for an answer, or None when the game is over."""
        return None if self.finished else self.rounds[len(self._outcomes)]

    @property
    def number(self) -> int:
        """The 1-based number of the current question (the total once finished)."""
        return min(len(self._outcomes) + 1, self.total)

    def answer(self, key: str, certainty: int | None = None, seconds: float | None = None) -> Outcome:
        """Answer the current round with `key` ("myth", "fact", a choice key, or TIMEOUT) and score it.

        Certainty (1 to 3) is needed in certainty mode; `seconds` is the time taken, used in timed mode.
        """
        current = self.current
        if current is None:
            raise ValueError("the game is over")
        if key not in current.order and key != TIMEOUT:
            raise ValueError(f"{key!r} is not an answer to this question")
        correct = key == current.question.correct_key
        score, points = score_answer(self.mode, self.score, correct, certainty, seconds)
        outcome = Outcome(current, key, correct, points, score, certainty, seconds)
        self._outcomes.append(outcome)
        return outcome

    def missed(self) -> list[Outcome]:
        """The rounds answered wrongly."""
        return [outcome for outcome in self._outcomes if not outcome.correct]


def carry_over(game: Game, pack: Pack) -> Game | None:
    """`game` moved onto `pack`, the reloaded version of its pack, with the player in the same place.

    Rounds whose question is gone are dropped; the others take the new text and answers. Answers already given
    are scored again against the new pack, and dropped with their round when the answer no longer exists. The
    question waiting for an answer stays the current one while it exists (else the one after it comes next).
    A game that held the whole pack also gets the questions added since, at the end. None when no question is
    left.
    """
    by_id = {question.id: question for question in pack.questions}
    answered: list[tuple[Round, str, int | None, float | None]] = []
    for outcome in game.outcomes:
        round_ = _refreshed(outcome.round, by_id)
        if round_ is not None and (outcome.given in round_.order or outcome.given == TIMEOUT):
            answered.append((round_, outcome.given, outcome.certainty, outcome.seconds))
    waiting = [r for r in (_refreshed(r, by_id) for r in game.rounds[len(game.outcomes) :]) if r is not None]
    rounds = [entry[0] for entry in answered] + waiting
    if len(game.rounds) == len(game.pack.questions):
        present = {old.question.id for old in game.rounds}
        rounds += [Round(q, answer_keys(q)) for q in pack.questions if q.id not in present]
    if not rounds:
        return None
    moved = Game(pack, tuple(rounds), game.mode)
    for _, given, certainty, seconds in answered:
        moved.answer(given, certainty, seconds)
    return moved


def _refreshed(round_: Round, by_id: Mapping[str, Question]) -> Round | None:
    """`round_` with its question as the new pack has it; the shown order is kept while the answers are the same."""
    question = by_id.get(round_.question.id)
    if question is None:
        return None
    keys = answer_keys(question)
    order = round_.order if sorted(round_.order) == sorted(keys) else keys
    return Round(question, order)
