"""Which answers a report counts: one per player and question, the first attempt (or the last), of one pack.

A player who plays a pack twice has seen its questions and their explanations once already: their second
answers say more about the feedback than about the question, so by default each player's first attempt at each
question is the one that counts. Answers are put in order by the time they were given, and answers given within
the same second (times are saved to the second) by the order their sources hold them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from quiz.game import TIMEOUT, answer_keys
from quiz.model import Pack
from quiz.report.records import Answer


class Attempt(Enum):
    """Which of a player's answers to a question counts."""

    FIRST = "first"
    LAST = "last"


@dataclass(frozen=True)
class Response:
    """The answer that counts for one player and one question."""

    key: str
    correct: bool


@dataclass(frozen=True)
class LeftOut:
    """How many answers were read but not counted, and why; each figure is said in the report when not zero."""

    other_attempts: int = 0
    """Answers to a question the player had answered before (or after, with --attempt last)."""
    unknown_questions: int = 0
    """Answers to questions the pack no longer has."""
    unknown_answers: int = 0
    """Answers that are not an answer to the question as the pack has it now (a choice removed since)."""
    duplicates: int = 0
    """The same answer found in two sources."""


@dataclass(frozen=True)
class Responses:
    """The answers that count, by player, then by question id."""

    pack: Pack
    attempt: Attempt
    by_player: Mapping[str, Mapping[str, Response]]
    classes: Mapping[str, tuple[str, ...]]
    """The classes each player's counted answers were given in (none before classes existed)."""
    left_out: LeftOut


def packs_answered(answers: Iterable[Answer]) -> list[str]:
    """The ids of the packs the answers are to, most answered first."""
    counts: dict[str, int] = {}
    for answer in answers:
        counts[answer.pack_id] = counts.get(answer.pack_id, 0) + 1
    return sorted(counts, key=lambda pack_id: (-counts[pack_id], pack_id))


def classes_named(answers: Iterable[Answer]) -> list[str]:
    """The class codes the answers carry, sorted."""
    return sorted({answer.class_code for answer in answers if answer.class_code})


def counted(
    answers: Sequence[Answer],
    pack: Pack,
    attempt: Attempt = Attempt.FIRST,
    class_code: str | None = None,
    duplicates: int = 0,
) -> Responses:
    """The answer that counts for each player and question of `pack`, from `answers` in the order read.

    With `class_code`, only answers given in that class count (a player's answers at home are left out).
    """
    keys = {question.id: set(answer_keys(question)) | {TIMEOUT} for question in pack.questions}
    mine = [a for a in answers if a.pack_id == pack.id and (class_code is None or a.class_code == class_code)]
    unknown_questions = sum(1 for a in mine if a.question_id not in keys)
    known = [a for a in mine if a.question_id in keys]
    fitting = [a for a in known if a.answer in keys[a.question_id]]
    # sorted() is stable: answers in the same second keep the order their sources hold them in; for the last
    # attempt the whole order is turned round, ties too, so the later of two answers in one second wins.
    ordered = sorted(fitting, key=lambda a: a.answered_at)
    if attempt is Attempt.LAST:
        ordered.reverse()
    by_player: dict[str, dict[str, Response]] = {}
    classes: dict[str, set[str]] = {}
    for answer in ordered:
        questions = by_player.setdefault(answer.player, {})
        if answer.question_id in questions:
            continue
        questions[answer.question_id] = Response(answer.answer, answer.correct)
        if answer.class_code:
            classes.setdefault(answer.player, set()).add(answer.class_code)
    kept = sum(len(questions) for questions in by_player.values())
    left_out = LeftOut(
        other_attempts=len(fitting) - kept,
        unknown_questions=unknown_questions,
        unknown_answers=len(known) - len(fitting),
        duplicates=duplicates,
    )
    frozen_classes = {player: tuple(sorted(classes.get(player, ()))) for player in by_player}
    return Responses(pack, attempt, by_player, frozen_classes, left_out)
