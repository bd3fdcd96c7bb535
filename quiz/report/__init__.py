"""`quiz report`: what a class's answers say about each question, each player and the class.

The package is pure apart from reading its sources: `sources` reads data folders (read-only) and exported history
files into `records.Answer`s, `select` keeps the answer that counts for each player and question, `build` turns
those into the figures of `figures` with the formulas of `stats` and the rules of `flags`, and one module per
format renders them (`render_text`, `render_csv`, `render_json`, `render_html`). Nothing here draws on a terminal.
"""

from __future__ import annotations

from collections.abc import Callable

from quiz.report.figures import Report
from quiz.report.render_csv import render_csv
from quiz.report.render_html import render_html
from quiz.report.render_json import render_json
from quiz.report.render_text import render_text

RENDERERS: dict[str, Callable[[Report, str], str]] = {
    "text": render_text,
    "csv": render_csv,
    "json": render_json,
    "html": render_html,
}
"""Each format's renderer: the report and the language of its words, to the document's text."""
FORMATS = tuple(RENDERERS)
