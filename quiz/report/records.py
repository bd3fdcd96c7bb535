"""One answer as the class report reads it, whichever source it came from, and reading it from an exported row.

`quiz history --format csv|json` writes one row per answer (docs/history-format.md); a data folder gives the same
through the store. Only the fields the report uses are kept. A row without a player belongs to the default player
and a row without a class to no class, as every answer saved before players existed does. Player names and class
codes are folded onto one line and cleaned of control characters: they are shown in terminals and pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from quiz.exchange.sheetcells import GUARD, unguarded
from quiz.players import FALLBACK_PLAYER
from quiz.text import one_line

REQUIRED = ("pack_id", "question_id", "answer", "correct", "answered_at")
"""The columns an exported history must have for the report to read it."""

_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


@dataclass(frozen=True)
class Answer:
    """One answer to one question, by one player."""

    player: str
    class_code: str | None
    pack_id: str
    question_id: str
    answer: str
    """The stable key: "myth", "fact", the choice's 0-based index in the pack's order, or "timeout"."""
    correct: bool
    answered_at: datetime
    """Always with a time zone, so answers from different machines compare."""
    game_id: str = ""
    lang: str | None = None
    pack_version: str | None = None


class RowError(ValueError):
    """A row of an exported history that cannot be read: the field and the value it has."""

    def __init__(self, field: str, value: object) -> None:
        super().__init__(field)
        self.field = field
        self.value = value


def missing_fields(fields: set[str]) -> list[str]:
    """The required columns that `fields` lacks, in their documented order."""
    return [name for name in REQUIRED if name not in fields]


def answer_from_row(row: Mapping[str, object]) -> Answer:
    """The answer an exported row holds; raises RowError naming the first field that cannot be read.

    CSV cells may carry the quote a spreadsheet guard puts before a formula character; it is taken off.
    """
    return Answer(
        player=one_line(_text(row, "player")) or FALLBACK_PLAYER,
        class_code=one_line(_text(row, "class")) or None,
        pack_id=_required(row, "pack_id"),
        question_id=_required(row, "question_id"),
        answer=_required(row, "answer"),
        correct=_flag(row.get("correct")),
        answered_at=moment(row.get("answered_at")),
        game_id=_text(row, "game_id"),
        lang=_text(row, "lang") or None,
        pack_version=_text(row, "pack_version") or None,
    )


def moment(value: object) -> datetime:
    """An ISO 8601 time as saved (2026-11-25T15:55:00+00:00); one without a zone is taken to be UTC."""
    if not isinstance(value, str):
        raise RowError("answered_at", value)
    try:
        found = datetime.fromisoformat(value.strip())
    except ValueError:
        raise RowError("answered_at", value) from None
    return found if found.tzinfo is not None else found.replace(tzinfo=timezone.utc)


def _text(row: Mapping[str, object], field: str) -> str:
    value = row.get(field)
    if value is None:
        return ""
    if type(value) is str:
        # Most cells carry no spreadsheet guard; this runs eight times for each of a class's answers.
        return (unguarded(value) if value.startswith(GUARD) else value).strip()
    if isinstance(value, bool) or not isinstance(value, int):
        raise RowError(field, value)
    return str(value)


def _required(row: Mapping[str, object], field: str) -> str:
    text = _text(row, field)
    if not text:
        raise RowError(field, row.get(field))
    return text


def _flag(value: object) -> bool:
    """`correct` as JSON (true), Python's CSV (True) or a spreadsheet (1, TRUE) writes it."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().casefold() if isinstance(value, (str, int)) else None
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise RowError("correct", value)
