"""The report as JSON, for other tools: `questions`, `players` and `class` at the top, documented in docs/report.md.

Keys and flag names are stable English ids; the texts (prompts, option texts, tag names, reasons) are in the
language asked for. Figures are rounded to four decimals; a figure that cannot be computed is null.
"""

from __future__ import annotations

import json

from quiz.model import Kind
from quiz.report import words
from quiz.report.figures import ClassStats, PlayerStats, QuestionStats, Report

PLACES = 4


def render_json(report: Report, lang: str) -> str:
    """The whole report as a JSON document."""
    document = {
        "pack": {"id": report.pack.id, "version": report.pack.version, "title": words.title(report, lang)},
        "lang": lang,
        "attempt": report.attempt.value,
        "class_code": report.class_code,
        "notes": [words.attempt_note(report, lang), *words.notes(report, lang)],
        "questions": [_question(number, stats, lang) for number, stats in enumerate(report.questions, 1)],
        "players": [_player(report, player, lang) for player in report.players],
        "class": _class(report.summary),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, PLACES)


def _question(number: int, stats: QuestionStats, lang: str) -> dict[str, object]:
    question = stats.question
    return {
        "id": question.id,
        "number": number,
        "kind": "choice" if question.kind is Kind.CHOICE else "myth-fact",
        "prompt": words.prompt(question, lang),
        "answered": stats.answered,
        "right": stats.right,
        "facility": _round(stats.facility),
        "discrimination": _round(stats.discrimination),
        "timeouts": stats.timeouts,
        "options": [
            {
                "key": option.key,
                "label": words.label(question, option.key, lang),
                "text": words.option_text(question, option.key, lang),
                "correct": option.correct,
                "count": option.count,
                "share": _round(option.share),
                "point_biserial": _round(option.point_biserial),
                "top_third": _round(option.top_count),
            }
            for option in stats.options
        ],
        "top_third": stats.top_third,
        "flags": list(stats.flag_names),
        "reasons": [{"flag": flag.name, "reason": words.reason(flag, stats, lang)} for flag in stats.flags],
    }


def _player(report: Report, player: PlayerStats, lang: str) -> dict[str, object]:
    return {
        "player": player.player,
        "classes": list(player.classes),
        "answered": player.answered,
        "right": player.right,
        "percent": _round(player.percent),
        "tags": [
            {
                "tag": tag.tag,
                "name": words.tag_name(report, tag.tag, lang),
                "answered": tag.answered,
                "right": tag.right,
                "percent": _round(tag.percent),
            }
            for tag in player.tags
        ],
    }


def _class(summary: ClassStats) -> dict[str, object]:
    return {
        "players": summary.players,
        "questions": summary.questions,
        "mean": _round(summary.mean),
        "sd": _round(summary.sd),
        "complete": summary.complete,
        "kr20": _round(summary.kr20),
        "sem": _round(summary.sem),
    }
