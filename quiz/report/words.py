"""What every renderer says the same way, in the reader's language: answer labels, flag reasons, notes, numbers.

Pack text comes out cleaned and on one line; a renderer that writes markup (HTML) escapes it itself.
"""

from __future__ import annotations

from quiz.game import TIMEOUT
from quiz.i18n import tr, tr_n
from quiz.localformat import number as local_number
from quiz.localformat import percent as local_percent
from quiz.model import FACT, MYTH, Kind, Question
from quiz.report.figures import Flag, OptionStats, PlayerStats, QuestionStats, Report
from quiz.report.select import Attempt
from quiz.text import one_line

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def label(question: Question, key: str, lang: str) -> str:
    """The short name of an answer: Myth or Fact, a choice's letter in the pack's order (A is the first)."""
    if key == MYTH:
        return tr("answer.myth", lang)
    if key == FACT:
        return tr("answer.fact", lang)
    if key == TIMEOUT:
        return tr("report.timeout", lang)
    return _LETTERS[int(key)] if key.isdigit() and int(key) < len(_LETTERS) else key


def option_text(question: Question, key: str, lang: str) -> str:
    """The text of an answer: a choice's own text, or Myth / Fact."""
    if question.kind is Kind.CHOICE and key.isdigit() and int(key) < len(question.choices):
        return one_line(question.choices[int(key)].text.get(lang))
    return label(question, key, lang)


def option_line(question: Question, key: str, lang: str) -> str:
    """An answer with its text, "B: 7 to 9 hours"; a myth-or-fact answer is its one word."""
    if question.kind is not Kind.CHOICE:
        return label(question, key, lang)
    return tr("label", lang, label=label(question, key, lang)) + option_text(question, key, lang)


def prompt(question: Question, lang: str) -> str:
    """The question's prompt on one line."""
    return one_line(question.prompt.get(lang))


def number(value: float | None, lang: str, places: int = 2) -> str:
    """A figure with `places` decimals as `lang` writes it, or the word for "not available"."""
    return tr("report.not_available", lang) if value is None else local_number(value, lang, places)


def percent(value: float | None, lang: str, places: int = 0) -> str:
    """A share from 0 to 1 as a percentage, as `lang` writes it."""
    return tr("report.not_available", lang) if value is None else local_percent(100 * value, lang, places)


def shares(stats: QuestionStats, lang: str) -> list[str]:
    """Who chose what, a piece per answer, to be joined with " · ": "A 17%", "B 73% (key)", "C 10%"."""
    parts = [_share(stats.question, option, lang) for option in stats.options]
    if stats.timeouts:
        parts.append(f"{tr('report.timeout', lang)} {stats.timeouts}")
    return parts


def _share(question: Question, option: OptionStats, lang: str) -> str:
    text = f"{label(question, option.key, lang)} {percent(option.share, lang)}"
    return text + tr("report.key_mark", lang) if option.correct else text


def flag_label(name: str, lang: str) -> str:
    """A flag's short name for a table column."""
    return tr(f"report.flag.{name}", lang)


def reason(flag: Flag, stats: QuestionStats, lang: str) -> str:
    """Why the question has `flag`, as a sentence."""
    question = stats.question
    key = label(question, question.correct_key, lang)
    options = tr("cli.list_comma", lang).join(label(question, option, lang) for option in flag.options)
    return tr(
        f"report.reason.{flag.name}.{flag.cause}", lang,
        discrimination=number(stats.discrimination, lang), facility=percent(stats.facility, lang),
        answer=key, options=options, top=stats.top_third,
    )  # fmt: skip


def attempt_note(report: Report, lang: str) -> str:
    """Which attempt counts, said at the top of every report."""
    return tr("report.attempt_first" if report.attempt is Attempt.FIRST else "report.attempt_last", lang)


def notes(report: Report, lang: str) -> list[str]:
    """What was read but not counted, and how KR-20 was taken, one sentence each."""
    left_out = report.left_out
    found = [
        tr_n(key, lang, count)
        for key, count in (
            ("report.left_out.attempts", left_out.other_attempts),
            ("report.left_out.questions", left_out.unknown_questions),
            ("report.left_out.answers", left_out.unknown_answers),
            ("report.left_out.duplicates", left_out.duplicates),
        )
        if count
    ]
    summary = report.summary
    if summary.kr20 is not None and summary.complete < summary.players:
        found.append(
            tr("report.kr20_over", lang, complete=summary.complete, players=summary.players, k=summary.questions)
        )
    elif summary.kr20 is None and summary.players:
        found.append(tr_n("report.kr20_none", lang, summary.complete, k=summary.questions))
    return found


def class_rows(report: Report, lang: str) -> list[tuple[str, str]]:
    """The class's figures as (name, value) pairs, in the order every renderer lists them."""
    summary = report.summary
    mean = tr("report.not_available", lang) if summary.mean is None else local_percent(summary.mean, lang, 1)
    return [
        (tr("report.players", lang), str(summary.players)),
        (tr("report.questions_answered", lang), str(summary.questions)),
        (tr("report.mean", lang), mean),
        (tr("report.sd", lang), _points(summary.sd, lang)),
        (tr("report.kr20", lang), number(summary.kr20, lang)),
        (tr("report.sem", lang), _points(summary.sem, lang)),
    ]


def _points(value: float | None, lang: str) -> str:
    """A spread in percentage points."""
    return (
        tr("report.not_available", lang) if value is None else tr("report.points", lang, value=number(value, lang, 1))
    )


def ranked(report: Report) -> list[PlayerStats]:
    """The players, lowest score first: those who may need help on top."""
    return sorted(report.players, key=lambda player: (player.percent, player.player.casefold(), player.player))


def tag_name(report: Report, tag: str, lang: str) -> str:
    """A tag's readable name, as the pack gives it."""
    return one_line(report.pack.tag_name(tag, lang))


def title(report: Report, lang: str) -> str:
    """The report's heading: the pack's title, and the class when there is one."""
    pack = one_line(report.pack.title.get(lang))
    if report.class_code:
        return tr("report.title_class", lang, pack=pack, code=one_line(report.class_code))
    return tr("report.title", lang, pack=pack)
