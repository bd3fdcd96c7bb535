"""The `quiz stats` and `quiz history` commands: the player's record printed or exported."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from quiz.history import EXPORT_FIELDS, export_rows, report
from quiz.packs import Catalog
from quiz.store import Store

FORMATS = ("table", "csv", "json")


def print_stats(store: Store, catalog: Catalog, lang: str, out: TextIO) -> None:
    """Past games, accuracy over time, mastery per tag and the most missed questions, as text."""
    for number, (heading, lines) in enumerate(report(store.games(), store.answer_records(), catalog, lang)):
        if number:
            print(file=out)
        print(heading, file=out)
        print("-" * len(heading), file=out)
        for line in lines:
            print(line, file=out)


def export_history(store: Store, fmt: str, out: TextIO) -> None:
    """Every answer ever given, as a table, CSV (with a header row) or JSON (a list of objects)."""
    rows = export_rows(store.answer_records())
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        print(file=out)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        cells = [[str("" if row[field] is None else row[field]) for field in EXPORT_FIELDS] for row in rows]
        widths = [max([len(field), *(len(cell[i]) for cell in cells)]) for i, field in enumerate(EXPORT_FIELDS)]
        for line in [list(EXPORT_FIELDS), *cells]:
            print("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip(), file=out)
