"""Laying text out in terminal cells: a Chinese character takes two, so widths are counted with `cell_width`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quiz.text import cell_width

ELLIPSIS = "…"


def fit(text: str, width: int) -> str:
    """`text` cut to at most `width` cells, with an ellipsis when something was cut."""
    if cell_width(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        size = cell_width(char)
        if used + size > width - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept) + ELLIPSIS


def pad(text: str, width: int, right: bool = False) -> str:
    """`text` fitted into `width` cells and filled with spaces, on the left when `right` aligns it right."""
    text = fit(text, width)
    room = " " * (width - cell_width(text))
    return room + text if right else text + room


def wrap(words: Sequence[str], width: int, joiner: str = ", ") -> list[str]:
    """`words` joined with `joiner` into lines of at most `width` cells, never splitting a word (a word longer than
    a line is cut)."""
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = line + joiner + word if line else word
        if line and cell_width(candidate) > width:
            lines.append(line)
            candidate = word
        line = candidate
    if line:
        lines.append(line)
    return [fit(line, width) for line in lines]


@dataclass(frozen=True)
class Column:
    """A column of a table: its heading, its width in cells, and whether numbers align right in it."""

    heading: str
    width: int
    right: bool = False


def table(columns: Sequence[Column], rows: Sequence[Sequence[str]], indent: int = 2, joiner: str = ", ") -> list[str]:
    """A table with a heading line and a rule. Cells are cut to their column, but the last: its cell holds parts
    separated by line breaks ("too easy\nweak"), joined with `joiner` and wrapped onto as many lines as they need."""
    lines = [_line(columns, [column.heading for column in columns], indent)]
    lines.append(" " * indent + " ".join("─" * column.width for column in columns))
    last = columns[-1]
    for row in rows:
        tail = wrap([part for part in row[-1].split("\n") if part], last.width, joiner) or [""]
        lines.append(_line(columns, [*row[:-1], tail[0]], indent))
        blank = [""] * (len(columns) - 1)
        lines += [_line(columns, [*blank, more], indent) for more in tail[1:]]
    return lines


def _line(columns: Sequence[Column], cells: Sequence[str], indent: int) -> str:
    return (
        " " * indent + " ".join(pad(cell, column.width, column.right) for cell, column in zip(cells, columns))
    ).rstrip()
