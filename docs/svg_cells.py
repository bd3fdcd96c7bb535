"""Pin every character of a Textual SVG screenshot to its terminal cell, so it renders the same in any browser.

Textual writes each run of text with one start position and a `textLength` of one cell per character, counting a
Chinese character (two cells on screen) as one; a browser squeezes the run into that length, so Chinese glyphs
overlap, and it collapses runs of spaces. Giving each character its own x (SVG allows a list of positions) at the
cell where the terminal shows it keeps the grid exact.
"""

from __future__ import annotations

import html
import re

from quiz.text import cell_width

_RUN = re.compile(r'<text (?P<before>[^>]*?)x="(?P<x>[\d.]+)"(?P<middle>[^>]*?)textLength="(?P<length>[\d.]+)"'
                  r'(?P<after>[^>]*)>(?P<text>[^<]*)</text>')  # fmt: skip


def _pinned(match: re.Match[str]) -> str:
    text = html.unescape(match["text"])
    if not text:
        return match[0]
    start, cell = float(match["x"]), float(match["length"]) / len(text)
    positions, column = [], 0
    for char in text:
        positions.append(f"{start + column * cell:.1f}")
        column += cell_width(char)
    attributes = f'{match["before"]}x="{" ".join(positions)}"{match["middle"]}{match["after"]}'
    # xml:space keeps runs of spaces, which browsers otherwise collapse to one.
    return f'<text xml:space="preserve" {attributes}>{html.escape(text, quote=False)}</text>'


def pin_cells(svg: str) -> str:
    """`svg` (a Textual screenshot) with every character placed at its own cell."""
    return _RUN.sub(_pinned, svg)
