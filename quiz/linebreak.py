"""Wrapping text to a width in terminal cells, breaking lines where the Unicode rules allow.

Where a line may break comes from the Unicode line-breaking algorithm (UAX #14) as uniseg implements it:
between two Chinese characters, after a space, never before closing punctuation (，。、；：！？）」』” , . ; : ! ? ) ] })
nor after opening punctuation (（「『“‘ ( [), never inside a word or a number such as 12.6%. Two tailorings on top
keep codes whole: no break after the slash of "WS/T" (URLs still break after theirs), and no break at the space
between a capitalised code and the number it names ("WS/T 578.4-2018", "OR 1.7").

Finding the breaks is the slow part (uniseg is pure Python) and does not depend on the width, so it is split from the
layout: `find_breaks` once per text, then `lay_out` at every width. `wrap` does both.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from uniseg.graphemecluster import grapheme_cluster_boundaries
from uniseg.linebreak import LineBreak, line_break, line_break_breakables

from quiz.text import cell_width

# Letters in capitals, maybe joined by slashes ("OR", "WS/T"), then spaces and a digit: a code and its number.
_CODE_BEFORE_NUMBER = re.compile(r"(?<![A-Za-z0-9/])[A-Z]+(?:/[A-Z]+)* +(?=\d)")
_NON_SPACE_RUN = re.compile(r"\S+")

# What a forced cut (a run wider than the line) must not put at a line's start or end; the same classes UAX #14 uses.
_CLOSING = {LineBreak.CL, LineBreak.CP, LineBreak.IS, LineBreak.EX, LineBreak.NS}
_OPENING = {LineBreak.OP}


@dataclass(frozen=True)
class Unit:
    """A piece of text that no line break may split: `text[start:end]` shows, `text[end:stop]` is spaces."""

    start: int
    end: int
    stop: int
    width: int
    """Cells of the part that shows."""


@dataclass(frozen=True)
class Breaks:
    """A text cut into unbreakable units, one tuple of them per paragraph (a paragraph may have none)."""

    text: str
    paragraphs: tuple[tuple[Unit, ...], ...]
    starts: tuple[int, ...]
    """Where each paragraph starts in `text`."""


@dataclass(frozen=True)
class Line:
    """One wrapped line: `indent` spaces, then `text[start:end]` of the text it was laid out from."""

    start: int
    end: int
    indent: int


def find_breaks(text: str) -> Breaks:
    """Where `text` may break, whatever the width; each newline starts a paragraph."""
    paragraphs: list[tuple[Unit, ...]] = []
    starts: list[int] = []
    offset = 0
    for paragraph in text.split("\n"):
        starts.append(offset)
        paragraphs.append(_units(paragraph, offset))
        offset += len(paragraph) + 1
    return Breaks(text, tuple(paragraphs), tuple(starts))


def lay_out(breaks: Breaks, width: int, indent: int = 0) -> list[Line]:
    """The lines of `breaks` filled up to `width` cells; every line but the first starts with `indent` spaces.

    The indent is a hanging one: the first line carries its own prefix (a list row's "1. ✔ right  ") and the rest
    line up under the text after it. It never takes more than half the width, and empty lines stay empty. Spaces at
    a break are dropped; a unit wider than a line is cut at the width, at a character boundary.
    """
    if width < 1:
        raise ValueError(f"width must be at least 1, not {width}")
    hang = min(max(indent, 0), width // 2)
    lines: list[Line] = []
    for paragraph, start in zip(breaks.paragraphs, breaks.starts):
        _fill(breaks.text, paragraph, start, width, hang if lines else 0, hang, lines)
    return lines


def wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """`text` as lines of at most `width` cells, later lines indented by `indent` cells (see `lay_out`)."""
    return [" " * line.indent + text[line.start : line.end] for line in lay_out(find_breaks(text), width, indent)]


def _units(paragraph: str, offset: int) -> tuple[Unit, ...]:
    if not paragraph:
        return ()
    allowed = list(line_break_breakables(paragraph))
    _keep_codes_whole(paragraph, allowed)
    cuts = [i for i, may in enumerate(allowed) if may and i] + [len(paragraph)]
    units = []
    start = 0
    for stop in cuts:
        piece = paragraph[start:stop]
        # A paragraph's leading spaces are part of the text; spaces after a unit are where it may break.
        shown = len(piece.rstrip(" ")) or len(piece)
        units.append(Unit(offset + start, offset + start + shown, offset + stop, cell_width(piece[:shown])))
        start = stop
    return tuple(units)


def _keep_codes_whole(paragraph: str, allowed: list[int]) -> None:
    """Take back the breaks UAX #14 allows inside standard numbers and statistics written with a space or slash."""
    for match in _CODE_BEFORE_NUMBER.finditer(paragraph):
        allowed[match.end()] = 0
    for match in _NON_SPACE_RUN.finditer(paragraph):
        if "://" in match.group():
            continue  # a URL, whose slashes are the natural places to break it
        for i in range(match.start() + 1, match.end()):
            if paragraph[i - 1] == "/":
                allowed[i] = 0


def _fill(text: str, units: tuple[Unit, ...], start: int, width: int, indent: int, hang: int, out: list[Line]) -> None:
    """Append the lines of one paragraph to `out`, greedily: each unit goes on the line if it fits."""
    if not units:
        out.append(Line(start, start, 0))  # an empty line stays empty, indent or not
        return
    line_start = line_end = -1
    used = spaces = 0
    for unit in units:
        if line_start >= 0 and used + spaces + unit.width <= width - indent:
            line_end, used, spaces = unit.end, used + spaces + unit.width, unit.stop - unit.end
            continue
        if line_start >= 0:
            out.append(Line(line_start, line_end, indent))
            indent = hang
        line_start, used = unit.start, unit.width
        while used > width - indent:
            cut = _cut(text, line_start, unit.end, width - indent)
            out.append(Line(line_start, line_start + len(text[line_start:cut].rstrip(" ")), indent))
            indent = hang
            line_start, used = cut, cell_width(text[cut : unit.end])
        line_end, spaces = unit.end, unit.stop - unit.end
    out.append(Line(line_start, line_end, indent))


def _cut(text: str, start: int, end: int, room: int) -> int:
    """Where to cut `text[start:end]` so the part before fits in `room` cells.

    Best after a space the rules glued (a code and its number), then at a character boundary that leaves no closing
    punctuation first or opening punctuation last, else the last boundary that fits; one character if none fits.
    """
    # Every character takes a cell or more, so what fits lies within the next room + 1 characters: looking no
    # further keeps cutting a very long run linear.
    window = text[start : min(end, start + room + 1)]
    boundaries = [start + b for b in grapheme_cluster_boundaries(window) if b]
    fitting = [cut for cut in boundaries if cut < end and cell_width(text[start:cut].rstrip(" ")) <= room]
    if not fitting:
        return boundaries[0]
    after_space = [cut for cut in fitting if text[cut - 1] == " " != text[cut] and text[start:cut].strip(" ")]
    clean = [cut for cut in fitting if not _closes(text[cut]) and not _opens(text[cut - 1])]
    return (after_space or clean or fitting)[-1]


def _closes(char: str) -> bool:
    # Closing quotes are class QU, shared with opening ones; their general category tells them apart.
    return line_break(char) in _CLOSING or unicodedata.category(char) == "Pf"


def _opens(char: str) -> bool:
    return line_break(char) in _OPENING or unicodedata.category(char) == "Pi"
