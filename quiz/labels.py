"""How an answer reads to the player, the same in every front-end."""

from __future__ import annotations

from collections.abc import Sequence

from quiz.game import TIMEOUT, Round
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
