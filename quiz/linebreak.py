"""Wrapping text to a width in terminal cells, breaking lines where the Unicode rules allow.

Where a line may break comes from the Unicode line-breaking algorithm (UAX #14) as uniseg implements it:
between two Chinese characters, after a space, never before closing punctuation (，。、；：！？）」』” , . ; : ! ? ) ] })
nor after opening punctuation (（「『“‘ ( [), never inside a word or a number such as 12.6%. Two tailorings on top
keep codes whole: no break after the slash of "WS/T" (URLs still break after theirs), and no break at the space
between a capitalised code and the number it names ("WS/T 578.4-2018", "OR 1.7").

Finding the breaks is the slow part (uniseg is pure Python) and does not depend on the width, so it is split from the
layout: `find_breaks` once per text, then `lay_out` at every width. `wrap` does both. `find_breaks` keeps the breaks
of the texts it saw last, since a screen shows the same texts again (see its docstring).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from uniseg.graphemecluster import grapheme_cluster_boundaries
from uniseg.linebreak import LineBreak, line_break, line_break_breakables

from quiz.text import cell_width

# Letters in capitals, maybe joined by slashes ("OR", "WS/T"), then spaces and a digit: a code and its number.
_CODE_BEFORE_NUMBER = re.compile(r"(?<![A-Za-z0-9/])[A-Z]+(?:/[A-Z]+)* +(?=\d)")
_NON_SPACE_RUN = re.compile(r"\S+")

# What a forced cut (a run wider than the line) must not put at a line's start or end; the same classes UAX #14 uses.
_CLOSING = {LineBreak.CL, LineBreak.CP, LineBreak.IS, LineBreak.EX, LineBreak.NS}
_OPENING = {LineBreak.OP}
# Classes whose runs need not all go through uniseg, with the answer between two of them: see _allowed_breaks.
_RUNS = {LineBreak.ID: 1, LineBreak.AL: 0, LineBreak.NU: 0}
# Texts whose breaks are kept: a question screen shows about twenty (prompt, answers, explanation), so this holds
# several screens' worth while bounding what a long game keeps.
_KEPT_TEXTS = 256


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


@lru_cache(maxsize=_KEPT_TEXTS)
def find_breaks(text: str) -> Breaks:
    """Where `text` may break, whatever the width; each newline starts a paragraph.

    Kept for the texts seen last: a text shown again (the question after its answer, the disclaimer after every
    answer) costs nothing the second time, and a screen can find the breaks of what it will show before showing it.
    `Breaks` is frozen, so sharing one between widgets is safe.
    """
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
    allowed = _allowed_breaks(paragraph)
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


def _allowed_breaks(paragraph: str) -> list[int]:
    """UAX #14's answer for each position of `paragraph`: 1 if a line may break before it, else 0.

    uniseg takes 0.1 to 0.2 ms a character, so it is asked about as little of the text as gives the same answers.
    The rules compare neighbours, looking further only across spaces, combining marks, quotes and the signs inside
    numbers. So inside a run of ideographs (ID), letters (AL) or digits (NU) the answer never changes (break between
    ideographs, never between letters, nor between digits), and spaces between two such characters always allow a
    break after them and cut the paragraph into pieces that do not affect each other. uniseg is asked about the
    pieces that are not a single run, with their runs cut down to their two ends, joined by single spaces.
    tests/test_linebreak.py checks this gives uniseg's answers on the whole text.
    """
    if not paragraph:
        return []
    classes = [line_break(char) for char in paragraph]
    allowed = [_RUNS.get(kind, 0) for kind in classes]
    asked: list[int | None] = []  # positions whose answers uniseg gives; None for a joining space
    pieces = _pieces(classes)
    for start, end in pieces:
        if classes[start] in _RUNS and all(kind == classes[start] for kind in classes[start:end]):
            continue
        if asked:
            asked.append(None)
        asked += _ends_of_runs(classes, start, end)
    answers = line_break_breakables("".join(" " if i is None else paragraph[i] for i in asked))
    for i, answer in zip(asked, answers):
        if i is not None:
            allowed[i] = answer
    for start, _ in pieces:
        allowed[start] = 1 if start else 0
    return allowed


def _ends_of_runs(classes: list[LineBreak], start: int, end: int) -> list[int]:
    """The positions from `start` to `end`, less those inside a run of one of the run classes."""
    return [
        i
        for i in range(start, end)
        if i in (start, end - 1) or not classes[i - 1] == classes[i] == classes[i + 1] in _RUNS
    ]


def _pieces(classes: list[LineBreak]) -> list[tuple[int, int]]:
    """Where the paragraph splits into pieces at spaces between two characters of run classes: each piece's start
    and end, its spaces after it left out (the paragraph's first piece keeps the spaces before it)."""
    starts = [0]
    before = None  # the class of the last character that is not a space
    for i, kind in enumerate(classes):
        if i and kind in _RUNS and classes[i - 1] == LineBreak.SP and before in _RUNS:
            starts.append(i)
        if kind != LineBreak.SP:
            before = kind
    ends = []
    for start, stop in zip(starts, [*starts[1:], len(classes)]):
        while stop > start + 1 and classes[stop - 1] == LineBreak.SP:
            stop -= 1
        ends.append(stop)
    return list(zip(starts, ends))


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
    boundaries: list[int] = [start + b for b in grapheme_cluster_boundaries(window) if b]
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
