"""The Aiken format: one-line multiple-choice questions, lettered options and an ANSWER line, nothing else.

Aiken has no ids, feedback, explanations, references or comments. Myth-or-fact questions are written as
two-option questions, "A. Myth" and "B. Fact" (in the export language), and read back as myth-or-fact when a
question has exactly those two options. Line breaks inside a text become spaces, since Aiken gives each
question and each option one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.exchange.common import (
    IdMaker,
    Imported,
    at_line,
    myth_fact_key,
    placeholder_explanation,
    skipped,
)
from quiz.i18n import tr
from quiz.model import FACT, MYTH, Choice, Kind, Pack, Question, Text
from quiz.packs import MAX_CHOICES, MIN_CHOICES
from quiz.text import clean_all

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_OPTION = re.compile(r"([A-Z])[.)][ \t]+(.*)\Z")
_ANSWER = re.compile(r"ANSWER\s*:\s*([A-Za-z])\b", re.IGNORECASE)


# == export ========================================================================================


def _line(text: str) -> str:
    """`text` on one line, as Aiken needs it."""
    return " ".join(text.split())


def export_question(question: Question, lang: str) -> str:
    """One question as an Aiken block."""
    if question.kind is Kind.MYTH_FACT:
        options = [tr("answer.myth", lang), tr("answer.fact", lang)]
        right = 0 if question.answer == MYTH else 1
    else:
        options = [choice.text.get(lang) for choice in question.choices]
        right = next(i for i, choice in enumerate(question.choices) if choice.correct)
    lines = [_line(question.prompt.get(lang))]
    lines += [f"{LETTERS[i]}. {_line(option)}" for i, option in enumerate(options)]
    lines.append(f"ANSWER: {LETTERS[right]}")
    return "\n".join(lines)


def export_aiken(pack: Pack, lang: str) -> str:
    """The whole pack in `lang` as an Aiken file (Aiken has no comments, so there is no header)."""
    pack = clean_all(pack)
    return "\n\n".join(export_question(question, lang) for question in pack.questions) + "\n"


# == import ========================================================================================


@dataclass
class _Pending:
    line: int
    prompt: list[str] = field(default_factory=list)
    options: list[tuple[str, str]] = field(default_factory=list)


def parse_aiken(text: str, lang: str) -> Imported:
    """The questions of an Aiken file, in language `lang`; malformed questions are skipped with a warning."""
    result = Imported(languages=(lang,))
    ids = IdMaker()
    pending: _Pending | None = None
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer and pending is not None:
            _finish(pending, answer.group(1).upper(), result, ids, lang)
            pending = None
        elif answer:
            result.warn(at_line(number, skipped("exchange.aiken.answer_first")))
        elif option and pending is not None and pending.prompt:
            pending.options.append((option.group(1), option.group(2).strip()))
        else:
            if pending is not None and pending.options:
                result.warn(at_line(pending.line, skipped("exchange.aiken.no_answer")))
                pending = None
            if pending is None:
                pending = _Pending(number)
            pending.prompt.append(line)
    if pending is not None:
        result.warn(at_line(pending.line, skipped("exchange.aiken.no_answer")))
    return result


def _finish(pending: _Pending, letter: str, result: Imported, ids: IdMaker, lang: str) -> None:
    """Turn a complete Aiken question into a Question, or warn why it cannot be one."""
    labels = [label for label, _ in pending.options]
    if letter not in labels:
        result.warn(at_line(pending.line, skipped("exchange.aiken.no_such_option", letter=letter)))
        return
    right = labels.index(letter)
    prompt = "\n".join(pending.prompt)
    texts = [text for _, text in pending.options]
    keys = [myth_fact_key(text) for text in texts]
    myth_fact = len(texts) == 2 and set(keys) == {MYTH, FACT}
    if not myth_fact and not MIN_CHOICES <= len(texts) <= MAX_CHOICES:
        reason = skipped("exchange.option_count", n=len(texts), low=MIN_CHOICES, high=MAX_CHOICES)
        result.warn(at_line(pending.line, reason))
        return
    # Aiken never carries an explanation, and a pack question needs one.
    result.placeholders += 1
    explanation = placeholder_explanation((lang,))
    question_id = ids.make(None, prompt)
    if myth_fact:
        question = Question(
            id=question_id, kind=Kind.MYTH_FACT, prompt=Text({lang: prompt}),
            explanation=explanation, answer=keys[right],
        )  # fmt: skip
    else:
        choices = tuple(Choice(text=Text({lang: text}), correct=i == right) for i, text in enumerate(texts))
        question = Question(
            id=question_id, kind=Kind.CHOICE, prompt=Text({lang: prompt}),
            explanation=explanation, choices=choices,
        )  # fmt: skip
    result.questions.append(question)
