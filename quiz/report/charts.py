"""The report's two charts as inline SVG, drawn from numbers alone: no script, no font or file from elsewhere.

Every text put into the SVG goes through html.escape, so a question id or label can never become markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from quiz.text import cell_width

WIDTH, HEIGHT = 560, 300
_LEFT, _RIGHT, _TOP, _BOTTOM = 48, 16, 16, 44
_BINS = 10
FLAGGED_COLOUR = "#b3261e"
PLAIN_COLOUR = "#2f5d8a"
_CELL_PX, _LINE_PX = 6.6, 13
"""About how wide one terminal cell of text is, and how tall a line, at the charts' 12 px font."""
_SHIFTS = (-1, 14, -15, 28, -29, 42)
"""Where a label's baseline may go below its point, nearest first, when other labels are in the way."""


@dataclass(frozen=True)
class Point:
    """A question on the scatter: its number, where it sits, whether it is flagged, and its label when it is."""

    number: int
    facility: float
    discrimination: float
    flagged: bool
    label: str
    title: str
    """What a pointer over the dot shows (the browser's own tooltip)."""


def histogram(scores: Sequence[float], x_label: str, y_label: str) -> str:
    """Players' scores (0 to 100) counted in ten bins of 10 points; the last bin holds 100 too."""
    counts = [0] * _BINS
    for score in scores:
        counts[min(int(score // 10), _BINS - 1)] += 1
    top = max(counts, default=0) or 1
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM
    bar_w = plot_w / _BINS
    parts = [_frame(x_label, y_label)]
    for index, count in enumerate(counts):
        height = plot_h * count / top
        x, y = _LEFT + index * bar_w, _TOP + plot_h - height
        span = f"{index * 10}–{index * 10 + 10}%"
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" height="{height:.1f}" fill="{PLAIN_COLOUR}">'
            f"<title>{escape(span)}: {count}</title></rect>"
        )
        if count:
            parts.append(_text(x + bar_w / 2, y - 4, str(count), "middle"))
    for tick in range(0, 101, 20):
        parts.append(_text(_LEFT + plot_w * tick / 100, _TOP + plot_h + 16, str(tick), "middle"))
    parts.append(_text(_LEFT - 6, _TOP + 4, str(top), "end"))
    parts.append(_text(_LEFT - 6, _TOP + plot_h, "0", "end"))
    return _svg(parts, escape(x_label))


def scatter(points: Sequence[Point], x_label: str, y_label: str) -> str:
    """Questions by facility (0 to 1, across) and discrimination (−1 to 1, up), with the flags' thresholds dashed:
    discrimination 0 and 0.2, facility 0.2 and 0.9. Flagged questions are squares in red, labelled."""
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM

    def at(facility: float, discrimination: float) -> tuple[float, float]:
        return _LEFT + plot_w * facility, _TOP + plot_h * (1 - discrimination) / 2

    parts = [_frame(x_label, y_label)]
    for value in (0.0, 0.2):
        x0, y = at(0, value)
        x1, _ = at(1, value)
        parts.append(_dashed(x0, y, x1, y))
    for value in (0.2, 0.9):
        x, y0 = at(value, 1)
        _, y1 = at(value, -1)
        parts.append(_dashed(x, y0, x, y1))
    for tick in (0.0, 0.2, 0.4, 0.6, 0.8, 1.0):
        parts.append(_text(at(tick, -1)[0], _TOP + plot_h + 16, f"{tick:.1f}", "middle"))
    for tick in (-1.0, -0.5, 0.0, 0.5, 1.0):
        parts.append(_text(_LEFT - 6, at(0, tick)[1] + 4, f"{tick:.1f}", "end"))
    placed: list[tuple[float, float, float, float]] = []
    for point in points:
        x, y = at(min(max(point.facility, 0), 1), min(max(point.discrimination, -1), 1))
        title = f"<title>{escape(point.title)}</title>"
        if point.flagged:
            parts.append(
                f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{FLAGGED_COLOUR}">{title}</rect>'
            )
            parts.append(_label(x, y, point.label, x > _LEFT + plot_w * 0.75, placed))
        else:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{PLAIN_COLOUR}">{title}</circle>')
    return _svg(parts, escape(y_label))


def _label(x: float, y: float, text: str, leftwards: bool, placed: list[tuple[float, float, float, float]]) -> str:
    """A point's label beside it, moved up or down past the labels already `placed` (boxes it adds its own to)."""
    width = cell_width(text) * _CELL_PX
    left = x - 7 - width if leftwards else x + 7
    for shift in _SHIFTS:
        box = (left, y + shift - _LINE_PX, left + width, y + shift)
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            break
    placed.append(box)
    return _text(x - 7 if leftwards else x + 7, box[3] - 2, text, "end" if leftwards else "start", FLAGGED_COLOUR)


def _frame(x_label: str, y_label: str) -> str:
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM
    bottom, right = _TOP + plot_h, _LEFT + plot_w
    return (
        f'<path d="M{_LEFT} {_TOP} V{bottom} H{right}" fill="none" stroke="#555"/>'
        + _text(_LEFT + plot_w / 2, HEIGHT - 8, x_label, "middle")
        + f'<text x="14" y="{_TOP + plot_h / 2:.1f}" text-anchor="middle" font-size="12" '
        f'transform="rotate(-90 14 {_TOP + plot_h / 2:.1f})">{escape(y_label)}</text>'
    )


def _dashed(x0: float, y0: float, x1: float, y1: float) -> str:
    return f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}" stroke="#999" stroke-dasharray="4 3"/>'


def _text(x: float, y: float, text: str, anchor: str, colour: str = "#222") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="12" fill="{colour}">{escape(text)}</text>'


def _svg(parts: Sequence[str], label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{label}">' + "".join(parts) + "</svg>"
    )
