"""The per-question table as CSV, for a spreadsheet: one row per question, the answers chosen in columns A, B, C...

A choice keeps its letter in the pack's order (A is the first choice in the file, whatever order players saw);
a myth-or-fact question has Myth in A and Fact in B. Text cells that a spreadsheet would run as a formula get a
quote in front (quiz.exchange.sheetcells); figures are written as numbers, blank when they cannot be computed.
Encode the text as ENCODING: Excel needs the byte-order mark to read Chinese.
"""

from __future__ import annotations

import csv
import io

from quiz.exchange.sheetcells import guarded
from quiz.model import Kind
from quiz.report import words
from quiz.report.figures import QuestionStats, Report

ENCODING = "utf-8-sig"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
FIXED = (
    "number", "question_id", "kind", "prompt", "answered", "right", "facility", "discrimination", "timeouts", "key",
    "flags", "reasons",
)  # fmt: skip


def columns(report: Report) -> list[str]:
    """The header: the fixed columns, then text, share and point-biserial for each answer slot the pack needs."""
    slots = max((len(stats.options) for stats in report.questions), default=0)
    per_option = [f"{letter}_{part}" for letter in _LETTERS[:slots] for part in ("text", "share", "point_biserial")]
    return [*FIXED, *per_option]


def render_csv(report: Report, lang: str) -> str:
    """The table as CSV text, rows ending in CRLF as spreadsheets expect."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns(report), restval="", lineterminator="\r\n")
    writer.writeheader()
    for number, stats in enumerate(report.questions, 1):
        writer.writerow(_row(number, stats, lang))
    return out.getvalue()


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _row(number: int, stats: QuestionStats, lang: str) -> dict[str, str]:
    question = stats.question
    row = {
        "number": str(number),
        "question_id": guarded(question.id),
        "kind": "choice" if question.kind is Kind.CHOICE else "myth-fact",
        "prompt": guarded(words.prompt(question, lang)),
        "answered": str(stats.answered),
        "right": str(stats.right),
        "facility": _figure(stats.facility),
        "discrimination": _figure(stats.discrimination),
        "timeouts": str(stats.timeouts),
        "key": guarded(words.label(question, question.correct_key, lang)),
        "flags": " ".join(stats.flag_names),
        "reasons": guarded(" ".join(words.reason(flag, stats, lang) for flag in stats.flags)),
    }
    for letter, option in zip(_LETTERS, stats.options):
        row[f"{letter}_text"] = guarded(words.option_text(question, option.key, lang))
        row[f"{letter}_share"] = _figure(option.share)
        row[f"{letter}_point_biserial"] = _figure(option.point_biserial)
    return row
