"""How an answer reads to the player, the same in every front-end."""

from __future__ import annotations

from quiz.game import TIMEOUT, Round
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
