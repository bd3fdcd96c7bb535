"""How answers read to the player, the same in every front-end."""

from __future__ import annotations

from collections.abc import Sequence

from quiz.calibration import LevelRecord
from quiz.game import TIMEOUT, Outcome, Round
from quiz.i18n import tr
from quiz.model import MYTH, Kind, Question
from quiz.text import one_line


def choice_label(question: Question, key: str, lang: str, mark: str) -> str:
    """How the answer `key` reads: "Myth", "Fact", or the choice's text after its `mark` ("2. the text")."""
    if question.kind is Kind.MYTH_FACT:
        return tr("answer.myth" if key == MYTH else "answer.fact", lang)
    return f"{mark}. {question.choices[int(key)].text.get(lang)}"


def right_answer(question: Question, lang: str, marks: Sequence[str] | None = None) -> str:
    """The right answer as a printed key gives it: Myth, Fact, or the right choice with its mark (its number when
    no `marks` are given), in the order the pack writes the choices."""
    key = question.correct_key
    if question.kind is Kind.MYTH_FACT:
        return choice_label(question, key, lang, "")
    index = int(key)
    return choice_label(question, key, lang, marks[index] if marks else str(index + 1))


def answer_label(round_: Round, key: str, lang: str) -> str:
    """How the answer `key` reads in a game: "Myth", "Fact" or "2. the choice's text" (numbered as shown)."""
    if key == TIMEOUT:
        return tr("answer.none", lang)
    question = round_.question
    mark = str(round_.order.index(key) + 1) if question.kind is Kind.CHOICE else ""
    return one_line(choice_label(question, key, lang, mark))


def points_label(outcome: Outcome, lang: str) -> str:
    """What an answer earned, in the words of its mode; empty for a plain miss."""
    if outcome.certainty is not None:
        return tr("certainty.marks", lang, marks=outcome.points, level=outcome.certainty)
    return tr("feedback.points", lang, points=outcome.points) if outcome.points else ""


def level_line(record: LevelRecord, lang: str) -> str:
    """One certainty level's record against the range where it pays best."""
    best = tr(f"range.{record.level}", lang)
    if record.accuracy is None:
        return tr("results.level_unused", lang, level=record.level, range=best)
    percent = round(100 * record.accuracy)
    return tr(
        "results.level", lang, level=record.level, right=record.right, answered=record.answered, percent=percent,
        range=best,
    )  # fmt: skip
