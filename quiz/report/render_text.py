"""The report as a terminal page that fits 80 columns, in the reader's language: the class, the questions with
their flags and the answers chosen, then the players, lowest score first (those who may need help on top)."""

from __future__ import annotations

from quiz.i18n import tr
from quiz.linebreak import wrap
from quiz.localformat import percent
from quiz.model import Kind
from quiz.report import words
from quiz.report.columns import Column, fit, pad, table
from quiz.report.columns import wrap as wrap_parts
from quiz.report.figures import PlayerStats, Report
from quiz.text import cell_width

WIDTH = 80
_INDENT = 2


def render_text(report: Report, lang: str) -> str:
    """The whole report as lines of at most 80 cells."""
    sections = [
        _heading(report, lang),
        _class(report, lang),
        _questions(report, lang),
        _flagged(report, lang),
        _players(report, lang),
    ]
    return "\n\n".join("\n".join(lines) for lines in sections if lines) + "\n"


def _heading(report: Report, lang: str) -> list[str]:
    lines = [fit(words.title(report, lang), WIDTH)]
    for sentence in [words.attempt_note(report, lang), *words.notes(report, lang)]:
        lines += _sentence(sentence, WIDTH, 0)
    return lines


def _class(report: Report, lang: str) -> list[str]:
    rows = words.class_rows(report, lang)
    width = max(cell_width(name) for name, _ in rows) + 2
    return [tr("report.class_heading", lang), *(" " * _INDENT + pad(name, width) + value for name, value in rows)]


def _questions(report: Report, lang: str) -> list[str]:
    columns = [
        Column("#", 3, right=True),
        Column(tr("report.col.question", lang), 22),
        Column(tr("report.col.answered", lang), 8, right=True),
        Column(tr("report.col.facility", lang), 8, right=True),
        Column(tr("report.col.discrimination", lang), 6, right=True),
        Column(tr("report.col.flags", lang), WIDTH - _INDENT - 3 - 22 - 8 - 8 - 6 - 5),
    ]
    lines = [tr("report.questions_heading", lang)]
    for number, stats in enumerate(report.questions, 1):
        row = [
            str(number),
            stats.question.id,
            str(stats.answered),
            words.number(stats.facility, lang),
            words.number(stats.discrimination, lang),
            "\n".join(words.flag_label(name, lang) for name in stats.flag_names),
        ]
        body = table(columns, [row], _INDENT, tr("cli.list_comma", lang))
        lines += body if number == 1 else body[2:]
        if stats.answered:
            # Short pieces that never need breaking inside: no need for the Unicode line-breaking rules.
            lines += [
                " " * (_INDENT + 4) + line for line in wrap_parts(words.shares(stats, lang), WIDTH - _INDENT - 4, " · ")
            ]
    return lines


def _flagged(report: Report, lang: str) -> list[str]:
    flagged = [(number, stats) for number, stats in enumerate(report.questions, 1) if stats.flags]
    if not flagged:
        return []
    lines = [tr("report.flagged_heading", lang)]
    for number, stats in flagged:
        heading = tr("label", lang, label=f"{number}. {stats.question.id}") + words.prompt(stats.question, lang)
        lines += _sentence(heading, WIDTH, _INDENT)
        for flag in stats.flags:
            lines += _sentence(words.reason(flag, stats, lang), WIDTH, _INDENT + 3)
        if stats.question.kind is Kind.CHOICE:
            # The reasons name choices by letter: say what each letter is.
            for option in stats.options:
                mark = tr("report.key_mark", lang) if option.correct else ""
                line = (
                    f"{words.option_line(stats.question, option.key, lang)}{mark} {words.percent(option.share, lang)}"
                )
                lines += _sentence(line, WIDTH, _INDENT + 5)
    return lines


def _players(report: Report, lang: str) -> list[str]:
    if not report.players:
        return []
    columns = [
        Column(tr("report.col.player", lang), 20),
        Column(tr("report.col.answered", lang), 8, right=True),
        Column(tr("report.col.right", lang), 6, right=True),
        Column(tr("report.col.score", lang), 6, right=True),
        Column(tr("report.col.weakest", lang), WIDTH - _INDENT - 20 - 8 - 6 - 6 - 4),
    ]
    rows = [
        [
            player.player,
            str(player.answered),
            str(player.right),
            percent(player.percent, lang),
            _weakest(report, player, lang),
        ]
        for player in words.ranked(report)
    ]
    return [tr("report.players_heading", lang), *table(columns, rows, _INDENT)]


def _weakest(report: Report, player: PlayerStats, lang: str) -> str:
    """The player's weakest tag and their score on it; nothing when their every tag went equally well."""
    if len(player.tags) < 2:
        return ""
    weakest = min(player.tags, key=lambda tag: (tag.percent, -tag.answered))
    if all(tag.percent == weakest.percent for tag in player.tags):
        return ""
    return f"{words.tag_name(report, weakest.tag, lang)} {percent(weakest.percent, lang)}"


def _sentence(text: str, width: int, indent: int) -> list[str]:
    """A sentence wrapped where the Unicode rules let a line break (between Chinese characters too), indented."""
    return [" " * indent + line for line in wrap(text, width - indent)]
