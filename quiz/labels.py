"""How answers read to the player, the same in every front-end."""

from __future__ import annotations

from quiz.calibration import LevelRecord
from quiz.game import TIMEOUT, Outcome, Round
from quiz.i18n import tr
from quiz.model import MYTH, Kind
from quiz.text import one_line


def answer_label(round_: Round, key: str, lang: str) -> str:
    """How the answer `key` reads: "Myth", "Fact" or "2. the choice's text" (numbered as shown)."""
    question = round_.question
    if key == TIMEOUT:
        return tr("answer.none", lang)
    if question.kind is Kind.MYTH_FACT:
        return tr("answer.myth" if key == MYTH else "answer.fact", lang)
    position = round_.order.index(key) + 1
    return f"{position}. {one_line(question.choices[int(key)].text.get(lang))}"


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
