"""The `quiz stats` and `quiz history` commands: the player's record printed, or every answer exported.

The CSV is for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Chinese as Windows-1252 and shows
mojibake), rows ending in CRLF, and no text cell that a spreadsheet would take for a formula (the rule of
quiz.exchange.sheetcells). docs/history-format.md describes every column.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TextIO

from quiz.exchange.sheetcells import guarded
from quiz.history import EXPORT_FIELDS, export_rows, report
from quiz.packs import Catalog
from quiz.store import AnswerRecord, Store
from quiz.text import cell_width, one_line

ENCODINGS = {"table": "utf-8", "csv": "utf-8-sig", "json": "utf-8"}
"""How each export is written as bytes."""


def print_stats(store: Store, catalog: Catalog, lang: str, out: TextIO, player: str | None = None) -> None:
    """The player's past games, accuracy over time, mastery per tag and most missed questions, as text (those of
    every player together when `player` is None)."""
    sections = report(store.games(player), store.answer_records(player), catalog, lang)
    for number, (heading, lines) in enumerate(sections):
        if number:
            print(file=out)
        print(heading, file=out)
        print("-" * len(heading), file=out)
        for line in lines:
            print(line, file=out)


def export_history(answers: Sequence[AnswerRecord], fmt: str) -> str:
    """`answers` as a table, CSV (a header row, then a row each) or JSON (a list of objects); write the text in
    ENCODINGS[fmt]."""
    rows = export_rows(answers)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({name: _csv_cell(value) for name, value in row.items()} for row in rows)
        return out.getvalue()
    return _table(rows)


def _csv_cell(value: object) -> object:
    # Only text can start a formula; a negative number of points stays a number.
    return guarded(value) if isinstance(value, str) else value


def _table(rows: list[dict[str, object]]) -> str:
    cells = [[one_line("" if row[name] is None else str(row[name])) for name in EXPORT_FIELDS] for row in rows]
    widths = [max([len(name), *(cell_width(line[i]) for line in cells)]) for i, name in enumerate(EXPORT_FIELDS)]
    lines = [
        "  ".join(cell + " " * (width - cell_width(cell)) for cell, width in zip(line, widths)).rstrip()
        for line in [list(EXPORT_FIELDS), *cells]
    ]
    return "".join(line + "\n" for line in lines)
