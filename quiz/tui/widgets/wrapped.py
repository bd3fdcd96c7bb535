"""A widget showing text wrapped by quiz.linebreak, so Chinese breaks between characters and codes stay whole.

Textual's own wrapping breaks only at spaces; here the lines are laid out at the widget's content width before
Textual sees them, and Textual is told not to wrap them again. `StackedVisual` lays out several paragraphs, each
with its own spacing and indents, for a widget that shows them all: one widget costs Textual far less to mount,
style and lay out than one per paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from textual.content import Content
from textual.css.styles import RulesMap
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widget import Widget

from quiz.linebreak import Line, find_breaks, lay_out
from quiz.tui.safe import literal

# Wide enough that no text of ours wraps: the natural width of a text is that of its longest paragraph.
_UNBOUNDED = 1 << 20


class _NoRewrap:
    """The widget's style rules, except that Textual must not wrap, fold or pad the laid-out lines again."""

    _FIXED = {"text_wrap": "nowrap", "text_overflow": "clip", "line_pad": 0}

    def __init__(self, rules: RulesMap) -> None:
        self._rules = rules

    def get(self, key: str, default: object = None) -> object:
        if key in self._FIXED:
            return self._FIXED[key]
        return self._rules.get(key, default)


class WrappedVisual(Visual):
    """`content` laid out by quiz.linebreak at whatever width Textual renders it, later lines indented by `indent`."""

    def __init__(self, content: Content, indent: int = 0) -> None:
        self.content = content
        self.indent = indent
        # Finding the breaks is the slow part and does not depend on the width: once per text, not per resize.
        self._breaks = find_breaks(content.plain)
        self._laid_out: tuple[int, list[Line]] = (-1, [])

    def lines(self, width: int) -> list[Line]:
        """The lines at `width` cells (none at width 0)."""
        if width < 1:
            return []
        if self._laid_out[0] != width:
            self._laid_out = (width, lay_out(self._breaks, width, self.indent))
        return self._laid_out[1]

    def rows(self, width: int) -> list[Content]:
        """The content as shown at `width`, one line at a time, indents included and styles kept."""
        return [self.content[line.start : line.end].pad_left(line.indent) for line in self.lines(width)]

    def text_at(self, width: int) -> Content:
        """The content as shown at `width`: its lines joined by newlines, styles kept."""
        return Content("\n").join(self.rows(width))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        if width < 1:
            return []
        # The rules object is the widget's styles, not the RulesMap dict it is declared as; Textual only ever calls
        # .get on it, so a stand-in with .get serves, though it is no RulesMap either.
        options = replace(options, rules=_NoRewrap(options.rules))  # type: ignore[arg-type]
        return self.text_at(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        unwrapped = lay_out(self._breaks, _UNBOUNDED, self.indent)
        return max((line.indent + _cells(self.content, line) for line in unwrapped), default=0)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return max((unit.width for paragraph in self._breaks.paragraphs for unit in paragraph), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))


@dataclass(frozen=True)
class Block:
    """One paragraph of a `StackedVisual`."""

    text: Content
    space_before: int = 0
    """Blank lines above it."""
    inset: int = 0
    """Cells left blank before each of its lines."""
    indent: int = 0
    """The hanging indent of its lines after the first, past the inset."""


class StackedVisual(Visual):
    """Blocks of text one under another, each wrapped by quiz.linebreak at the width left after its inset."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = tuple(blocks)
        self._visuals = tuple(WrappedVisual(block.text, block.indent) for block in self.blocks)

    def rows(self, width: int) -> list[Content]:
        """Every line as shown at `width`, blank lines between blocks included."""
        rows: list[Content] = []
        for block, visual in self._pairs():
            rows += [Content()] * block.space_before
            rows += [row.pad_left(block.inset) for row in visual.rows(width - block.inset)]
        return rows

    def text_at(self, width: int) -> Content:
        """The blocks as shown at `width`: their lines joined by newlines, styles kept."""
        return Content("\n").join(self.rows(width))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        if width < 1:
            return []
        options = replace(options, rules=_NoRewrap(options.rules))  # type: ignore[arg-type]  # as in WrappedVisual
        return self.text_at(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(
            (block.inset + visual.get_optimal_width(rules, container_width) for block, visual in self._pairs()),
            default=0,
        )

    def get_minimal_width(self, rules: RulesMap) -> int:
        return max((block.inset + visual.get_minimal_width(rules) for block, visual in self._pairs()), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(block.space_before + len(visual.lines(width - block.inset)) for block, visual in self._pairs())

    def _pairs(self) -> Iterable[tuple[Block, WrappedVisual]]:
        return zip(self.blocks, self._visuals)


class WrappedText(Widget):
    """Like a Static, for text: plain text (never markup) or styled Content, wrapped by quiz.linebreak.

    `indent` is a hanging indent in cells: the first line starts at the left edge (with the row's own prefix, such
    as "1. ✔ right  "), every later line is indented by `indent`.
    """

    DEFAULT_CSS = """
    WrappedText {
        height: auto;
    }
    """

    def __init__(
        self,
        text: str | Content = "",
        *,
        indent: int = 0,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled, markup=False)
        self._visual = WrappedVisual(_as_content(text), indent)

    @property
    def text(self) -> Content:
        """What the widget shows, before wrapping."""
        return self._visual.content

    @property
    def indent(self) -> int:
        """The hanging indent of lines after the first, in cells."""
        return self._visual.indent

    @property
    def lines(self) -> list[str]:
        """The lines as laid out at the widget's current content width, indents included."""
        return self._visual.text_at(self.content_size.width).plain.split("\n") if self.content_size.width else []

    def update(self, text: str | Content, *, indent: int | None = None) -> None:
        """Show `text` instead (plain text is never read as markup), with a new hanging indent if given."""
        self._visual = WrappedVisual(_as_content(text), self.indent if indent is None else indent)
        self.clear_cached_dimensions()
        self.refresh(layout=True)

    def render(self) -> Visual:
        return self._visual

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        # Selections are made on the lines as shown, so they are read back from the same lines.
        return selection.extract("\n".join(self.lines)), "\n"


def find_breaks_ahead(texts: Iterable[str | Content]) -> None:
    """Find the line breaks of texts about to be shown, so a WrappedText showing one of them later finds them kept."""
    for text in texts:
        find_breaks(_as_content(text).plain)


def _as_content(text: str | Content) -> Content:
    return text if isinstance(text, Content) else literal(text)


def _cells(content: Content, line: Line) -> int:
    return content[line.start : line.end].cell_length
